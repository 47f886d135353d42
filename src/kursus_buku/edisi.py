"""Student edition helpers: take solutions and answer keys out of MyST sources (notebooks and Markdown pages)."""

from __future__ import annotations

import json
import re

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
