"""Editions: the student edition (default: no teacher pages, no solutions or answer keys, also in the sources
offered as downloads) and the teacher edition (KURSUS_EDISI=guru: everything shown open)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

# A fenced MyST directive block holding a solution or an answer key: ```{solution} ... ``` or :::{solution} ... :::
# (any fence length), or an admonition whose class list names kunci-jawaban.
KELAS_KUNCI = "kunci-jawaban"
BLOK = re.compile(r"^(?P<pagar>`{3,}|:{3,})\{(?P<nama>[\w-]+)\}[^\n]*\n(?P<isi>.*?)^(?P=pagar)[ \t]*$\n?",
                  re.M | re.S)


def tanpa_kunci(markdown: str) -> str:
    """Markdown without solution blocks and blocks of class kunci-jawaban."""
    def ganti(m):
        kunci = m.group("nama") == "solution" or re.search(rf"^:class:.*\b{KELAS_KUNCI}\b", m.group("isi"), re.M)
        return "" if kunci else m.group(0)
    return BLOK.sub(ganti, markdown)


def notebook_siswa(data: bytes) -> bytes:
    """A notebook (.ipynb bytes) whose Markdown cells have lost every solution and answer key block."""
    nb = json.loads(data)
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "markdown":
            teks = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            baru = tanpa_kunci(teks)
            if baru != teks:
                cell["source"] = baru.splitlines(keepends=True)
    return (json.dumps(nb, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def sumber_siswa(nama: str, data: bytes) -> bytes:
    """A source file as the student edition may publish it (under _sources/ or in the student pack)."""
    if nama.endswith(".ipynb"):
        return notebook_siswa(data)
    if nama.endswith((".md", ".md.txt", ".ipynb.txt")):
        return tanpa_kunci(data.decode("utf-8")).encode("utf-8")
    return data


# --- Editions ------------------------------------------------------------------------------------
# KURSUS_EDISI=guru builds the teacher edition: every solution and answer key is shown open, `{only} guru`
# blocks are included, and each page says which edition it is. Unset (or "siswa"): the student edition.
EDISI_GURU = "guru"
BANNER_GURU = ('<p class="kursus-edisi-guru" role="note">Edisi guru: semua pembahasan dan kunci jawaban '
               "ditampilkan terbuka. Jangan bagikan edisi ini kepada siswa.</p>")


def edisi() -> str:
    return EDISI_GURU if os.environ.get("KURSUS_EDISI", "").strip().lower() == EDISI_GURU else "siswa"


def tag_edition(app, config=None):
    if edisi() == EDISI_GURU:
        app.tags.add(EDISI_GURU)


# The student edition leaves out every teacher page (the part of _toc.yml captioned BAGIAN_GURU) and every
# solution (sphinx-exercise's hide_solutions); blocks with the class KELAS_KUNCI are dropped too.
BAGIAN_GURU = "Untuk guru"


def teacher_docs(site_map) -> list[str]:
    """Docnames of the teacher part of the table of contents (and their sections)."""
    docs: list[str] = []
    for toctree in site_map.root.subtrees:
        if toctree.caption == BAGIAN_GURU:
            pending = [str(item) for item in toctree.items]
            while pending:
                name = pending.pop(0)
                docs.append(name)
                pending += [str(i) for sub in site_map[name].subtrees for i in sub.items]
    return docs


def student_edition(app, config):
    """Student edition: drop the teacher part from the parsed table of contents and from the sources read,
    and hide every solution. Runs after sphinx-external-toc has parsed _toc.yml (config-inited, 500)."""
    if edisi() == EDISI_GURU:
        return
    config.hide_solutions = True
    site_map = getattr(config, "external_site_map", None)
    if site_map is None:
        return
    docs = teacher_docs(site_map)
    site_map.root.subtrees = [t for t in site_map.root.subtrees if t.caption != BAGIAN_GURU]
    for name in docs:
        del site_map[name]
    config.exclude_patterns = list(config.exclude_patterns) + [f"{name}.*" for name in docs]


def drop_answer_keys(app, doctree):
    """Student edition: remove any block marked as an answer key, wherever it is."""
    if edisi() == EDISI_GURU:
        return
    from docutils import nodes

    for node in list(doctree.findall(nodes.Element)):
        if KELAS_KUNCI in node.get("classes", []) and node.parent is not None:
            node.parent.remove(node)


def open_solutions(app, doctree, docname):
    """Teacher edition: drop the dropdown class from solutions and answer keys, so they render open."""
    if edisi() != EDISI_GURU:
        return
    from docutils import nodes
    from sphinx_exercise.nodes import solution_node

    for node in doctree.findall(lambda n: isinstance(n, (solution_node, nodes.Element))):
        kelas = node.get("classes", [])
        if "dropdown" in kelas and (isinstance(node, solution_node) or KELAS_KUNCI in kelas):
            node["classes"] = [k for k in kelas if k != "dropdown"] + ["kursus-terbuka"]


def strip_sources(app, exception):
    """Student edition: the copied sources (_sources/, offered as downloads) lose their solutions too."""
    if exception or edisi() == EDISI_GURU or app.builder.format != "html":
        return
    from kursus_buku.edisi import sumber_siswa

    for path in (Path(app.outdir) / "_sources").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            baru = sumber_siswa(path.name, data)
            if baru != data:
                path.write_bytes(baru)


def mark_edition(app, pagename, templatename, context, doctree):
    if edisi() == EDISI_GURU and "body" in context:
        context["body"] = BANNER_GURU + context["body"]
