"""Sharing: the address Open Graph tags need and clean descriptions (sphinxext-opengraph writes the tags;
_config.yml sets it up).

A chat app shows a shared link with the page's title, description (the chapter's first paragraph) and picture
(assets/kartu-bagikan.png, drawn by tools/kartu_bagikan.py). It needs absolute addresses, so the book's
published address is derived from the one repository setting in _config.yml: .github/workflows/book.yml
publishes to that repository's GitHub Pages. A book published elsewhere sets `ogp_site_url` in _config.yml.
"""

from __future__ import annotations

import re
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
