"""What an HTML page says about itself: meta tags, JSON-LD, canonical link, headline, visible text."""

from __future__ import annotations

import html
import json
import re
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from etl.document import PageMeta
from etl.metadata.outlet import squash

_WS = re.compile(r"\s+")


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        # JSON-LD strings may carry HTML entities ('Hukum &amp; Kriminal' from WordPress)
        value = _WS.sub(" ", html.unescape(value) if "&" in value else value).strip()
        return value or None
    return None


def _walk_jsonld(node: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if isinstance(node, list):
        for item in node:
            out.extend(_walk_jsonld(item))
    elif isinstance(node, dict):
        out.append(node)
        if "@graph" in node:
            out.extend(_walk_jsonld(node["@graph"]))
    return out


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _html_breadcrumbs(tree: Any) -> list[str]:
    """Link texts of the first element whose class or id names a breadcrumb."""
    for el in tree.xpath(
        '//*[contains(translate(@class, "BREADCRUMB", "breadcrumb"), "breadcrumb")'
        ' or contains(translate(@id, "BREADCRUMB", "breadcrumb"), "breadcrumb")]'
    ):
        crumbs = [t for a in el.iter("a") if (t := _text(a.text_content()))]
        if crumbs:
            return crumbs
    return []


def _headline_element(tree: Any, headline: str | None) -> Any:
    if not headline:
        return None
    for h in tree.iter("h1"):
        if _text(h.text_content()) == headline:
            return h
    return None


def _header_time(tree: Any, h1: Any) -> str | None:
    """The ``datetime`` of the article header's ``<time>``: the first after the headline (a
    related-stories list further down has its own), else the first inside ``<article>``."""
    found = h1.xpath("following::time[@datetime][1]/@datetime") if h1 is not None else []
    if not found:
        found = tree.xpath("//article//time[@datetime][1]/@datetime")
    return _text(found[0]) if found else None


_RUBRIC_CLASS = (
    '//*[contains(translate(@class, "CATEGORYUBIKNL", "categoryubiknl"), "categor")'
    ' or contains(translate(@class, "CATEGORYUBIKNL", "categoryubiknl"), "kategor")'
    ' or contains(translate(@class, "CATEGORYUBIKNL", "categoryubiknl"), "rubri")'
    ' or contains(translate(@class, "CATEGORYUBIKNL", "categoryubiknl"), "kanal")]'
    # WordPress marks a post's category link: '<a rel="category tag">Ambon</a>'
    ' | //a[contains(@rel, "category")]'
)


def _rubric_label(tree: Any, h1: Any) -> list[str]:
    """The rubric a page labels above its headline ('<div class="category"><a>Dunia</a>'): the
    nearest such element before the headline whose text is a short label."""
    if h1 is None:
        return []
    before = set(h1.xpath("preceding::*"))
    labels = [el for el in tree.xpath(_RUBRIC_CLASS) if el in before]
    for el in reversed(labels):
        text = _text(el.text_content())
        if text and len(text.split()) <= 4 and not any(ch.isdigit() for ch in text):
            return [text]
    return []


def _headline(tree: Any, meta: PageMeta) -> str | None:
    """The h1 that is the story's headline, not the site's logo ('Okezone.com - Experience
    The Zone'): the one the page's titles repeat, else the first of two words or more."""
    h1s = [t for h in tree.iter("h1") if (t := _text(h.text_content())) and len(t.split()) >= 2]
    titles = [t.casefold() for t in (meta.jsonld_headline, meta.title) if t]
    for text in h1s:
        if text.casefold() in titles:
            return text
    page_title = (meta.html_title or "").casefold()
    for text in h1s:
        if page_title.startswith(text.casefold()):
            return text
    return h1s[0] if h1s else None


def parse_tree(html: str) -> Any:
    """The page parsed with lxml (scripts kept for JSON-LD); None when it cannot be parsed."""
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _home_hosts(tree: Any, limit: int = 5) -> list[str]:
    """Hosts of the page's links to a site's home page and of its favicon, in page order."""
    out: list[str] = []
    hrefs = tree.xpath('//link[contains(@rel, "icon")]/@href | //a/@href')
    for href in hrefs[:400]:
        parts = urlsplit(str(href).strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            continue
        if parts.path.strip("/") and not parts.path.lower().endswith((".ico", ".png", ".svg")):
            continue  # an article or a section, not the home page
        if parts.hostname not in out:
            out.append(parts.hostname)
        if len(out) >= limit:
            break
    return out


def _spells_domain(name: str, site_name: str) -> bool:
    """Whether a name spells a domain-like site name's stem ('Metro TV News', 'metrotvnews.com')."""
    if "." in name or "." not in site_name:
        return False
    fold = squash(name)
    return bool(fold) and fold == squash(site_name.split(".")[0])


def _logo_names(tree: Any, limit: int = 3) -> list[str]:
    """The ``alt``/``title`` of images in links to a site's home page ('Tribun Papua')."""
    out: list[str] = []
    for a in tree.xpath("//a[@href][.//img]")[:50]:
        parts = urlsplit(str(a.get("href")).strip())
        if parts.path.strip("/") or not (parts.hostname or parts.path == "/"):
            continue
        for img in a.xpath(".//img"):
            for name in (img.get("alt"), img.get("title")):
                text = _text(name)
                if text and len(text) <= 40 and text not in out:
                    out.append(text)
        if len(out) >= limit:
            break
    return out


def _captions(tree: Any, limit: int = 20) -> list[str]:
    """Texts of the page's photo captions: ``<figcaption>`` and elements whose class names a
    caption ('wp-caption-text', 'post-image-caption'), in page order."""
    out: list[str] = []
    for el in tree.xpath(
        '//figcaption | //*[contains(translate(@class, "CAPTION", "caption"), "caption")]'
    )[:50]:
        text = _text(el.text_content())
        if text and len(text) <= 400 and text not in out:
            out.append(text)
        if len(out) >= limit:
            break
    return out


def page_meta(tree: Any) -> PageMeta:
    """Read meta tags and JSON-LD from a parsed page."""
    meta = PageMeta()
    if tree is None:
        return meta
    props: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = _text(el.get("content"))
        if key and content and key not in props:
            props[key] = content
    canonical = tree.xpath('//link[translate(@rel, "CANONICAL", "canonical")="canonical"]/@href')
    meta.url = _text(canonical[0]) if canonical else props.get("og:url")
    meta.site_name = props.get("og:site_name") or props.get("application-name")
    meta.home_hosts = _home_hosts(tree)
    meta.logo_names = _logo_names(tree)
    meta.captions = _captions(tree)
    meta.title = props.get("og:title") or props.get("twitter:title")
    for key in (
        "article:published_time",
        "dtk:publishdate",
        "publishdate",
        "pubdate",
        "datepublished",
        "date",
        "dc.date.issued",
        "og:published_time",
        "content_publishedtime",
    ):
        if key in props:
            meta.published, meta.published_source = props[key], "html_meta"
            meta.published_key = key
            break
    meta.modified = (
        props.get("article:modified_time")
        or props.get("og:updated_time")
        or props.get("dtk:updatedate")
    )
    meta.section = props.get("article:section") or props.get("dtk:rubrik")
    for key in ("author", "article:author", "dtk:author", "content_author"):
        value = props.get(key)
        if value and not value.startswith("http"):
            meta.authors.append(value)
            break
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = script.text_content() or ""
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, ValueError):
            continue
        for node in _walk_jsonld(data):
            kind = node.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            # every schema.org article type: 'NewsArticle', 'ReportageNewsArticle' (BBC),
            # 'AnalysisNewsArticle', 'BlogPosting', ...
            if any(
                isinstance(k, str)
                and (k.endswith("Article") or k in ("ReportageNews", "BlogPosting", "WebPage"))
                for k in kinds
            ):
                published = _text(node.get("datePublished"))
                if published and (meta.published_source != "json_ld"):
                    meta.published, meta.published_source, meta.published_key = (
                        published,
                        "json_ld",
                        "datePublished",
                    )
                meta.modified = _text(node.get("dateModified")) or meta.modified
                headline = _text(node.get("headline"))
                if headline:
                    meta.jsonld_headline = headline
                authors = _names(node.get("author"))
                if authors:
                    meta.authors = authors
                publisher = _names(node.get("publisher"))
                if publisher and (
                    not meta.site_name or _spells_domain(publisher[0], meta.site_name)
                ):
                    # the publisher's name over a site name that is its domain ('Metro TV News'
                    # over og:site_name 'metrotvnews.com')
                    meta.site_name = publisher[0]
                section = node.get("articleSection")
                if isinstance(section, list) and section:
                    section = section[0]
                if isinstance(section, str) and not meta.section:
                    meta.section = _text(section)
            if "BreadcrumbList" in kinds:
                items = node.get("itemListElement") or []
                crumbs = []
                for item in items if isinstance(items, list) else []:
                    if isinstance(item, dict):
                        name = (
                            item.get("name") or (item.get("item") or {}).get("name")
                            if isinstance(item.get("item"), dict)
                            else item.get("name")
                        )
                        if isinstance(name, str):
                            crumbs.append(name.strip())
                meta.breadcrumbs = crumbs
    if not meta.breadcrumbs:
        meta.breadcrumbs = _html_breadcrumbs(tree)
    html_title = tree.find(".//title")
    if html_title is not None:
        meta.html_title = _text(html_title.text_content())
    meta.h1 = _headline(tree, meta)
    h1 = _headline_element(tree, meta.h1)
    if not meta.published:
        stamp = _header_time(tree, h1)
        if stamp:
            meta.published, meta.published_source, meta.published_key = stamp, "html_meta", "time"
    if not meta.breadcrumbs:
        meta.breadcrumbs = _rubric_label(tree, h1)
    return meta


_SKIP = {"script", "style", "noscript", "template", "svg"}
#: Elements that start a new line of visible text (a byline, a date, a caption each on its own).
_BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "section",
    "table",
    "td",
    "th",
    "time",
    "tr",
    "ul",
}
#: An inline element whose class names a date is a line of its own too ('<span
#: class="meta-date">' glued to the byline's name before it).
_DATED_CLASS = re.compile(r"date|time|tanggal|tgl", re.I)
_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r"\s*\n\s*")


def visible_text(tree: Any, limit: int = 200_000) -> str:
    """The page's visible text (scripts and styles left out), one line per block element.

    Bylines, dates and captions sit in blocks of their own; keeping the line breaks keeps
    ``Oleh : Maya Sofia`` apart from the caption that follows it.
    """
    if tree is None:
        return ""
    body = tree.find("body")
    root = body if body is not None else tree
    parts: list[str] = []
    size = 0
    skipping = 0
    for action, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if action == "start":
            if tag in _SKIP or not tag:
                skipping += 1
            elif not skipping:
                if tag in _BLOCK or _DATED_CLASS.search(el.get("class") or ""):
                    parts.append("\n")
                if el.text:
                    parts.append(el.text)
                    size += len(el.text)
        else:
            if tag in _SKIP or not tag:
                skipping -= 1
            elif not skipping and (tag in _BLOCK or _DATED_CLASS.search(el.get("class") or "")):
                parts.append("\n")
            if not skipping and el.tail and el is not root:
                parts.append(el.tail)
                size += len(el.tail)
        if size > limit:
            break
    text = _SPACES.sub(" ", "".join(parts))
    return _NEWLINES.sub("\n", text).strip()
