"""Editions: the student edition (default) and the teacher edition (KURSUS_EDISI=guru)."""

from __future__ import annotations

import os

# --- Editions ------------------------------------------------------------------------------------
# KURSUS_EDISI=guru builds the teacher edition: every solution and answer key is shown open, `{only} guru`
# blocks are included, and each page says which edition it is. Unset (or "siswa"): the student edition.
EDISI_GURU = "guru"
KELAS_KUNCI = "kunci-jawaban"  # class of a dropdown admonition that holds an answer key
BANNER_GURU = ('<p class="kursus-edisi-guru" role="note">Edisi guru: semua pembahasan dan kunci jawaban '
               "ditampilkan terbuka. Jangan bagikan edisi ini kepada siswa.</p>")


def edisi() -> str:
    return EDISI_GURU if os.environ.get("KURSUS_EDISI", "").strip().lower() == EDISI_GURU else "siswa"


def tag_edition(app, config=None):
    if edisi() == EDISI_GURU:
        app.tags.add(EDISI_GURU)


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


def mark_edition(app, pagename, templatename, context, doctree):
    if edisi() == EDISI_GURU and "body" in context:
        context["body"] = BANNER_GURU + context["body"]
