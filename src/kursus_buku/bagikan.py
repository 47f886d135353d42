"""Sharing: the address Open Graph tags need and clean descriptions (sphinxext-opengraph writes the tags;
_config.yml sets it up).

A chat app shows a shared link with the page's title, description (the chapter's first paragraph) and picture
(assets/kartu-bagikan.png, drawn by tools/kartu_bagikan.py). It needs absolute addresses, so the book's
published address is derived from the one repository setting in _config.yml: .github/workflows/book.yml
publishes to that repository's GitHub Pages. A book published elsewhere sets `ogp_site_url` in _config.yml.
The root index.html, the address people share, carries the first page's description and picture too.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urlparse

# A numbered citation as sphinxext-opengraph writes it into a description: "Artikel sumber[ 1] menyebut".
CITATION_MARK = re.compile(r"\s?\[ ?\d+(?:[,;–-] ?\d+)*\]")
DESCRIBING_TAGS = re.compile(r'(<meta (?:property="og:description"|name="description") content=")([^"]*)(")')


def pages_url(repository_url: str) -> str:
    """https://github.com/OWNER/REPO -> https://OWNER.github.io/REPO/ ("" if it is not a GitHub repository)."""
    parts = urlparse(repository_url.strip())
    path = [p for p in parts.path.removesuffix(".git").split("/") if p]
    if parts.netloc.lower() not in ("github.com", "www.github.com") or len(path) != 2:
        return ""
    owner, repo = path[0].lower(), path[1]
    if repo.lower() == f"{owner}.github.io":
        return f"https://{owner}.github.io/"
    return f"https://{owner}.github.io/{repo}/"


def set_site_url(app, config):
    if hasattr(config, "ogp_site_url") and not config.ogp_site_url:
        config.ogp_site_url = pages_url((config.html_theme_options or {}).get("repository_url", ""))


def drop_citation_marks(app, pagename, templatename, context, doctree):
    """html-page-context, after sphinxext-opengraph: the description a chat app or a search engine shows has no
    citation marks ("Artikel sumber[ 1] menyebut" becomes "Artikel sumber menyebut"); the page keeps them."""
    if context.get("metatags"):
        context["metatags"] = DESCRIBING_TAGS.sub(lambda m: m[1] + CITATION_MARK.sub("", m[2]) + m[3],
                                                  context["metatags"])


# What the root page takes from the book's first page: its description and its Open Graph tags.
SHARED_TAGS = re.compile(r'<meta (?:property="og:[a-z:_]+"|name="description") content="[^"]*" ?/?>')
ROOT_MARK = "<!-- kursus_buku.bagikan: the root page -->"
ROOT_PAGE = """<!DOCTYPE html>
<html lang="id">
<head>
{mark}
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{tags}
<link rel="canonical" href="{canonical}">
<meta http-equiv="refresh" content="0; url={first}">
</head>
<body><p><a href="{first}">Buka buku {title}</a></p></body>
</html>
"""


def write_root_page(app, exception):
    """build-finished, after sphinx-external-toc: the root index.html (the address people share) becomes a small
    page with the book's description and share picture that forwards to the first page. sphinx-external-toc
    writes it as a bare redirect with no description, so a chat app showed an empty preview."""
    if exception is not None or app.builder.format != "html" or app.config.master_doc == "index":
        return
    outdir = Path(app.outdir)
    root, first = outdir / "index.html", f"{app.config.master_doc}.html"
    if root.exists() and not (root.read_text(encoding="utf-8").lstrip().startswith("<meta http-equiv=\"Refresh\"")
                              or ROOT_MARK in root.read_text(encoding="utf-8")):
        return  # a real page of the book: leave it
    page = (outdir / first).read_text(encoding="utf-8")
    site = getattr(app.config, "ogp_site_url", "") or ""
    tags = [t.replace(f'content="{site}{first}"', f'content="{site}"') if 'property="og:url"' in t else t
            for t in SHARED_TAGS.findall(page)]
    title = html.escape(app.config.html_title or app.config.project or "")
    root.write_text(ROOT_PAGE.format(mark=ROOT_MARK, title=title, tags="\n".join(tags), first=first,
                                     canonical=html.escape(site + first) if site else first), encoding="utf-8")
