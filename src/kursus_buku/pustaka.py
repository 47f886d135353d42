"""The bibliography's style: pybtex's "plain" in Indonesian ("dan" between authors), titles as the .bib writes them.

pybtex's plain style joins names with "and" and lower-cases every title after its first letter, which turns
"Kamus Besar Bahasa Indonesia" and "PP Tunas" into "Kamus besar bahasa indonesia" and "pp tunas". The .bib
therefore writes each title as it should appear (sentence case for articles, proper nouns capitalised), and this
style keeps it. A @misc entry also shows its organization, so a regulation names the body that issued it.
_config.yml selects it with ``bibtex_default_style: kursus``.
"""

from __future__ import annotations

from pybtex.plugin import register_plugin
from pybtex.style.formatting.plain import Style as Plain
from pybtex.style.formatting import toplevel
from pybtex.style.template import field, names, optional, sentence


class GayaPustaka(Plain):
    def format_names(self, role, as_sentence=True):
        daftar = names(role, sep=", ", sep2=" dan ", last_sep=", dan ")
        return sentence[daftar] if as_sentence else daftar

    def format_title(self, e, which_field, as_sentence=True):
        judul = field(which_field)
        return sentence[judul] if as_sentence else judul

    def get_misc_template(self, e):
        return toplevel[
            optional[sentence[self.format_names("author")]],
            optional[self.format_title(e, "title")],
            optional[sentence[field("organization")]],
            sentence[optional[field("howpublished")], optional[field("year")]],
            sentence[optional[field("note")]],
            self.format_web_refs(e),
        ]


def register() -> None:
    """Make the style known to pybtex as "kursus" (call from the extension's setup)."""
    register_plugin("pybtex.style.formatting", "kursus", GayaPustaka, force=True)
