"""Learner notebooks: every chapter as a notebook that Jupyter front ends render as the book does.

The sources in notebooks/ are MyST (directives, roles, substitutions, glue), which JupyterLab, Notebook 7,
Colab, VS Code and Voilà show as raw text. So at the end of each build the resolved doctree of every notebook
(substitutions filled in, glued numbers written, terms and references resolved, exercises numbered: exactly
what the HTML page is made from) is written back as a notebook of plain CommonMark cells and the source's
code cells, into _build/notebooks/<edition>/ and over the page's download (_sources/). Cells that only feed
the build (tagged remove-cell) are left out; a short, collapsed setup cell stands before the first code cell.
Student edition: no solution at all. Teacher edition: each solution in a closed <details> block.

Only the node types the book uses are written; any other stops the build (-W) with its name, so nothing is
ever dropped silently.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin

from docutils import nodes
from sphinx import addnodes
from sphinx.locale import admonitionlabels
from sphinx.util import logging

from .edisi import KELAS_KUNCI, edisi

logger = logging.getLogger(__name__)

SETUP_TAG = "kursus-setup"
FOLDER = Path("_build") / "notebooks"  # below the project: _build/notebooks/siswa, _build/notebooks/guru

# Characters Markdown would read as markup, and "$", which JupyterLab and Colab read as the start of maths.
_MARKUP = re.compile(r"([\\`*_\[\]<>$|])")


def _escape(text: str) -> str:
    return _MARKUP.sub(r"\\\1", text)


def setup_source(repo_url: str, branch: str) -> str:
    """The learner notebook's first code cell: `kursus` from the src/ folder beside the notebooks (a school
    JupyterHub pulls the whole branch), already installed (Binder, a laptop), or installed from the branch
    (Colab). The first line is Colab's collapsed-cell title."""
    return "\n".join([
        "#@title Sel penyiap: jalankan sel ini dulu (memasang paket `kursus` bila belum ada)",
        "import importlib.util, pathlib, sys",
        "src = pathlib.Path.cwd().parent / \"src\"",
        "if importlib.util.find_spec(\"kursus\") is None and (src / \"kursus\").is_dir():",
        "    sys.path.insert(0, str(src))",
        "if importlib.util.find_spec(\"kursus\") is None:",
        f"    %pip install --quiet git+{repo_url.rstrip('/')}@{branch}",
    ])


def _cell(kind: str, source: str, metadata: dict | None = None) -> dict:
    cell = {"cell_type": kind, "metadata": metadata or {}, "source": source}
    if kind == "code":
        cell.update(execution_count=None, outputs=[])
    return cell


class Penulis:
    """Writes one resolved doctree as notebook cells (a list of nbformat 4 cell dicts)."""

    def __init__(self, app, docname: str, source_cells: list[dict], page_url: str):
        self.app, self.docname, self.source_cells, self.page_url = app, docname, source_cells, page_url
        self.env = app.env
        self.cells: list[dict] = []
        self.markdown: list[str] = []
        self.setup_done = False

    # --- cells -----------------------------------------------------------------------------------
    def flush(self):
        text = "\n\n".join(b.strip("\n") for b in self.markdown if b.strip()).strip()
        if text:
            self.cells.append(_cell("markdown", text + "\n"))
        self.markdown = []

    def code_cell(self, node: nodes.Element):
        self.flush()
        cell = self.source_cells[int(node["cell_index"])]
        if not self.setup_done:
            url = self.app.config.html_theme_options.get("repository_url", "")
            branch = self.app.config.kursus_cabang_notebook
            self.cells.append(_cell("code", setup_source(url, branch), {
                "tags": [SETUP_TAG], "cellView": "form", "jupyter": {"source_hidden": True}}))
            self.setup_done = True
        meta = {k: v for k, v in cell.get("metadata", {}).items() if k != "tags"}
        tags = [t for t in cell.get("metadata", {}).get("tags", []) if not t.startswith(("remove", "hide"))]
        if tags:
            meta["tags"] = tags
        self.cells.append(_cell("code", "".join(cell["source"]), meta))

    # --- blocks ----------------------------------------------------------------------------------
    def document(self, doctree: nodes.document) -> list[dict]:
        for child in doctree.children:
            self.body(child, 1)
        self.flush()
        return self.cells

    def body(self, node: nodes.Node, level: int):
        """A node at section level: sections and code cells shape the cells; the rest is Markdown."""
        if isinstance(node, nodes.section):
            self.flush()  # every heading starts a cell of its own
            for child in node.children:
                self.body(child, level + 1 if not isinstance(child, nodes.title) else level)
        elif isinstance(node, nodes.title):
            self.markdown.append("#" * level + " " + self.number(node) + self.inline(node))
        elif isinstance(node, nodes.Element) and node.get("nb_element") == "cell_code":
            self.code_cell(node)
        else:
            self.markdown.append(self.block(node))

    def number(self, title: nodes.title) -> str:
        """The section number the page shows ("5.8. "), from the table of contents."""
        section = title.parent
        ids = section.get("ids", [])
        numbers = self.env.toc_secnumbers.get(self.docname, {})
        anchor = "" if isinstance(section.parent, nodes.document) else "#" + ids[0] if ids else None
        found = numbers.get(anchor) if anchor is not None else None
        return ".".join(map(str, found)) + ". " if found else ""

    def block(self, node: nodes.Node) -> str:
        if isinstance(node, nodes.paragraph):
            return self.inline(node)
        if isinstance(node, (nodes.bullet_list, nodes.enumerated_list)):
            return self.listing(node)
        if isinstance(node, nodes.table):
            return self.table(node)
        if isinstance(node, nodes.block_quote):
            return self.quoted(self.blocks(node.children))
        if isinstance(node, nodes.literal_block):
            return "```\n" + node.astext() + "\n```"
        if isinstance(node, (nodes.target, nodes.comment, addnodes.index)):
            return ""
        if isinstance(node, nodes.Admonition):  # admonitions, notes, exercises, solutions
            return self.admonition(node)
        if isinstance(node, nodes.definition_list):
            return "\n\n".join(f"**{self.inline(i.children[0])}**  \n"
                               + self.blocks(i.children[-1].children) for i in node.children)
        if isinstance(node, (nodes.container, nodes.compound, nodes.section)):  # an exercise's content section
            return self.blocks(node.children)
        if isinstance(node, nodes.title):
            return f"**{self.inline(node)}**"
        return self.unknown(node)

    def blocks(self, children) -> str:
        return "\n\n".join(b for b in (self.block(c) for c in children) if b.strip())

    def admonition(self, node: nodes.Element) -> str:
        name = type(node).__name__
        if name == "solution_node" or KELAS_KUNCI in node.get("classes", []):  # closed until the teacher opens it
            title = " ".join(node.children[0].astext().split()) if node.children else ""
            body = self.blocks(node.children[1:])
            return f"<details>\n<summary>{_escape(title)}</summary>\n\n{body}\n\n</details>"
        if name == "exercise_enumerable_node":  # numbered as the page numbers it: "Latihan 5.1 (subtitle)"
            number = self.env.toc_fignumbers.get(self.docname, {}).get("exercise", {}).get(node["ids"][0])
            title = self.app.config.numfig_format["exercise"] % ".".join(map(str, number or ()))
            subtitle = self.inline(node.children[0]).strip()
            title = f"{title} ({subtitle})" if subtitle else title
        elif isinstance(node.children[0], nodes.title):
            title = self.inline(node.children[0])
        else:
            title = admonitionlabels.get(name, "")
        body = self.blocks([c for c in node.children if not isinstance(c, nodes.title)])
        return self.quoted(f"**{title}**\n\n{body}")

    @staticmethod
    def quoted(text: str) -> str:
        return "\n".join(("> " + line).rstrip() for line in text.split("\n"))

    def listing(self, node: nodes.Element) -> str:
        items = []
        for i, item in enumerate(node.children, int(node.get("start", 1))):
            mark = f"{i}." if isinstance(node, nodes.enumerated_list) else "-"
            text = self.blocks(item.children)
            pad = " " * (len(mark) + 1)
            items.append(mark + " " + text.replace("\n", "\n" + pad).replace("\n" + pad + "\n", "\n\n"))
        return "\n".join(items)

    def table(self, node: nodes.table) -> str:
        rows = []
        for part in node.findall(lambda n: isinstance(n, (nodes.thead, nodes.tbody))):
            for row in part.children:
                rows.append([" ".join(self.blocks(e.children).split()).replace("|", "\\|") for e in row.children])
        if not rows:
            return ""
        width = max(map(len, rows))
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        title = [c for c in node.children if isinstance(c, nodes.title)]
        return (f"**{self.inline(title[0])}**\n\n" if title else "") + "\n".join(lines)

    # --- inline ----------------------------------------------------------------------------------
    def inline(self, node: nodes.Node) -> str:
        if isinstance(node, nodes.Text):
            return _escape(re.sub(r"\s+", " ", str(node)))
        inner = "".join(self.inline(c) for c in node.children)
        if isinstance(node, nodes.strong):
            return f"**{inner}**" if inner.strip() else inner
        if isinstance(node, nodes.emphasis):
            return f"*{inner}*" if inner.strip() else inner
        if isinstance(node, nodes.literal):
            text = node.astext()
            fence = "``" if "`" in text else "`"
            return f"{fence}{text}{fence}"
        if isinstance(node, nodes.reference):
            url = self.url(node)
            return f"[{inner}]({url})" if url else inner
        if isinstance(node, (nodes.inline, nodes.paragraph, nodes.title, nodes.term, nodes.abbreviation,
                             nodes.title_reference, addnodes.literal_emphasis, nodes.subscript,
                             nodes.superscript, addnodes.pending_xref)):
            return inner
        if isinstance(node, (nodes.target, nodes.footnote_reference, addnodes.index)):
            return ""
        if isinstance(node, nodes.raw) and node.get("format") == "html":
            return node.astext()
        if isinstance(node, nodes.image):
            return f"![{_escape(node.get('alt', ''))}]({urljoin(self.page_url, node['uri'])})"
        return self.unknown(node)

    def url(self, node: nodes.reference) -> str:
        """Every link as an address on the published book (a notebook opened on Colab has no pages beside it)."""
        if node.get("refuri"):
            return urljoin(self.page_url, node["refuri"])
        if node.get("refid"):
            return f"{self.page_url}#{node['refid']}"
        return ""

    def unknown(self, node: nodes.Node) -> str:
        logger.warning(f"notebook siswa: jenis node {type(node).__name__} belum bisa ditulis; "
                       "tambahkan ke kursus_buku/notebook.py", location=node)
        return node.astext()


def learner_notebook(app, docname: str) -> dict:
    """The learner notebook of one chapter, as a notebook dict (nbformat 4.5)."""
    source = json.loads(Path(app.env.doc2path(docname)).read_text(encoding="utf-8"))
    doctree = app.env.get_and_resolve_doctree(docname, app.builder)
    site = app.config.ogp_site_url or ""
    page_url = urljoin(site, docname + ".html") if site else docname + ".html"
    cells = Penulis(app, docname, source["cells"], page_url).document(doctree)
    for i, cell in enumerate(cells):
        cell["id"] = SETUP_TAG if SETUP_TAG in cell["metadata"].get("tags", []) else f"sel-{i:02d}"
    metadata = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                "language_info": {"name": "python"},
                "kursus": {"edisi": edisi(), "halaman": page_url}}
    return {"cells": cells, "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}


def notebook_docs(app) -> list[str]:
    return sorted(d for d in app.env.found_docs if app.env.doc2path(d).endswith(".ipynb"))


def dumps(nb: dict) -> str:
    return json.dumps(nb, ensure_ascii=False, indent=1) + "\n"


def write_learner_notebooks(app, exception):
    """build-finished: write every chapter's learner notebook to _build/notebooks/<edition>/ and over its
    download copy in _sources/."""
    if exception or app.builder.format != "html":
        return
    folder = Path(app.srcdir) / FOLDER / edisi()
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.ipynb"):
        stale.unlink()
    for docname in notebook_docs(app):
        text = dumps(learner_notebook(app, docname))
        (folder / Path(docname).name).with_suffix(".ipynb").write_text(text, encoding="utf-8")
        download = Path(app.outdir) / "_sources" / (docname + ".ipynb")
        if download.parent.is_dir():
            download.write_text(text, encoding="utf-8")
