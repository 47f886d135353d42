"""Links that open a chapter notebook live: Binder, Colab, and a school's own JupyterHub (via nbgitpuller)."""

from __future__ import annotations

import html
import re
from urllib.parse import quote, urlencode, urlparse


def _pemilik_repo(repo_url: str) -> tuple[str, str]:
    bagian = urlparse(repo_url).path.strip("/").removesuffix(".git").split("/")
    if len(bagian) != 2 or not all(bagian):
        raise ValueError(f"Alamat repositori harus berbentuk https://github.com/pemilik/nama, bukan {repo_url!r}.")
    return bagian[0], bagian[1]


def tautan_jupyterhub(hub_url: str, repo_url: str, branch: str, notebook: str, antarmuka: str = "lab") -> str:
    """An nbgitpuller link: the hub clones (or updates) the repository for the user, then opens the notebook."""
    if urlparse(hub_url).scheme not in ("http", "https"):
        raise ValueError(f"Alamat JupyterHub harus diawali https://, bukan {hub_url!r}.")
    _, nama = _pemilik_repo(repo_url)
    jalur = ("lab/tree/" if antarmuka == "lab" else "tree/") + f"{nama}/{notebook}"
    kueri = urlencode({"repo": repo_url, "urlpath": jalur, "branch": branch}, quote_via=quote)
    return f"{hub_url.rstrip('/')}/hub/user-redirect/git-pull?{kueri}"


def tautan_colab(repo_url: str, branch: str, notebook: str) -> str:
    pemilik, nama = _pemilik_repo(repo_url)
    return f"https://colab.research.google.com/github/{pemilik}/{nama}/blob/{quote(branch)}/{quote(notebook)}"


def tautan_binder(repo_url: str, branch: str, notebook: str, binder_url: str = "https://mybinder.org") -> str:
    pemilik, nama = _pemilik_repo(repo_url)
    return (f"{binder_url.rstrip('/')}/v2/gh/{pemilik}/{nama}/{quote(branch)}?"
            + urlencode({"urlpath": f"lab/tree/{notebook}"}, quote_via=quote))


def _sel_md(teks: str) -> str:
    """Text for a Markdown table cell: no raw HTML, no cell break, no line break, no Markdown markup."""
    teks = " ".join("".join(c if c.isprintable() else " " for c in str(teks)).split())  # one line, no controls
    teks = html.escape(teks, quote=False)
    return re.sub(r"([\\`*_\[\]|#!])", r"\\\1", teks)


def _tautan_md(url: str) -> str:
    """[buka](url) with the characters that would end or break a Markdown link destination percent-encoded."""
    return "[buka](" + re.sub(r"[\s()<>\\|]", lambda m: quote(m.group(0)), url) + ")"


def tabel_tautan(notebooks: list[tuple[str, str]], repo_url: str, branch: str, hub_url: str) -> str:
    """A Markdown table: for each (title, path) notebook, its Binder, Colab and JupyterHub links."""
    baris = ["| Notebook | Binder | Colab | JupyterHub sekolah |", "|---|---|---|---|"]
    for judul, jalur in notebooks:
        baris.append(f"| {_sel_md(judul)} | {_tautan_md(tautan_binder(repo_url, branch, jalur))} "
                     f"| {_tautan_md(tautan_colab(repo_url, branch, jalur))} "
                     f"| {_tautan_md(tautan_jupyterhub(hub_url, repo_url, branch, jalur))} |")
    return "\n".join(baris)
