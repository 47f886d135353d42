"""Spelling of the built book's Indonesian text: Debian's hunspell-id plus the reviewed project word list.

tests/kata-proyek.txt holds names, technical terms and loanwords that the dictionary lacks; every entry
there was reviewed by a person. A word that is neither in the dictionary nor in that list fails the test.
"""

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from conftest import ROOT, teacher_pages, toc_pages
from test_kelas_build import guru_dir  # noqa: F401  (fixture)

WORD_LIST = ROOT / "tests" / "kata-proyek.txt"
SKIP_TAGS = {"script", "style", "pre", "code", "nav", "header", "footer", "head", "cite"}


class BookText(HTMLParser):
    """Reader-facing text of a page's main article: no code cells, navigation or citation labels."""

    def __init__(self):
        super().__init__()
        self.depth_main = 0
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class") or ""
        if tag == "article":
            self.depth_main += 1
        if self.depth_main and (tag in SKIP_TAGS or "cell_input" in cls or "citation" in cls
                                or "bibtex" in cls or "headerlink" in cls):
            self.skip += 1
        elif self.skip and tag not in {"br", "img", "input", "meta", "link", "hr", "wbr"}:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth_main -= 1
        if self.skip and tag not in {"br", "img", "input", "meta", "link", "hr", "wbr"}:
            self.skip -= 1

    def handle_data(self, data):
        if self.depth_main and not self.skip:
            self.parts.append(data)


def words(text: str) -> set[str]:
    text = re.sub(r"https?://\S+", " ", text)
    return {w for w in re.findall(r"[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*", text) if len(w) > 1}


def unknown(ws: set[str]) -> set[str]:
    out = subprocess.run(["hunspell", "-d", "id_ID", "-l"], input="\n".join(sorted(ws)),
                         capture_output=True, text=True, check=True).stdout.split()
    return set(out)


def shared_root(a: str, b: str) -> bool:
    """The halves of an affixed kata ulang share their root (berkali-kali, kehati-hatian, sebaik-baiknya)."""
    from difflib import SequenceMatcher
    m = SequenceMatcher(None, a, b).find_longest_match(0, len(a), 0, len(b))
    return m.size >= min(4, len(a), len(b))


CLITICS = ("nya", "mu", "ku", "lah", "kah", "pun")


def base_unknown(ws: set[str], known: set[str] = frozenset()) -> set[str]:
    """Of the words hunspell did not know, those still unknown after removing a clitic (-nya, -mu, -ku...).

    hunspell-id's affix rules lack these clitics, which attach freely to any word (sekolahnya, skormu).
    """
    bases = {}
    for w in ws:
        for c in CLITICS:
            if w.lower().endswith(c) and len(w) - len(c) >= 3:
                bases[w] = w[: -len(c)]
                break
    still = unknown(set(bases.values())) if bases else set()
    return {w for w in ws if w not in bases or (bases[w] in still and bases[w].lower() not in known)}


@pytest.fixture(scope="module")
def project_words() -> set[str]:
    lines = WORD_LIST.read_text(encoding="utf-8").splitlines()
    return {w.strip().lower() for w in lines if w.strip() and not w.startswith("#")}


def test_hunspell_with_the_indonesian_dictionary_is_installed():
    assert shutil.which("hunspell"), "hunspell missing: make test installs Debian's hunspell and hunspell-id"
    assert unknown({"rumah", "xqzt"}) == {"xqzt"}


@pytest.mark.parametrize("page", toc_pages())
def test_every_word_of_the_page_is_spelled_correctly(html_dir, project_words, page):
    check_spelling(html_dir, project_words, page)


@pytest.mark.parametrize("page", teacher_pages())
def test_every_word_of_the_teacher_pages_is_spelled_correctly(guru_dir, project_words, page):  # noqa: F811
    check_spelling(guru_dir, project_words, page)


def parts_to_check(ws: set[str]) -> set[str]:
    """A hyphenated word the dictionary lacks is checked by its parts. In a kata ulang with an affix
    (berkali-kali, kehati-hatian) the affixed half is right when it contains the other half; a clitic joined to
    a foreign word or a name by a hyphen, as EYD writes it (WhatsApp-nya, Instagram-mu), leaves that word."""
    parts = set()
    for w in ws:
        if "-" not in w:
            parts.add(w)
            continue
        a, *rest = w.split("-")
        if rest and rest[-1].lower() in CLITICS:
            rest.pop()
        parts.update(rest)
        if not any(shared_root(a.lower(), r.lower()) for r in rest):
            parts.add(a)
    return parts


def test_a_clitic_after_a_hyphen_leaves_the_word_itself_to_check():
    assert parts_to_check({"WhatsApp-nya", "berkali-kali"}) == {"WhatsApp", "kali"}
    assert "xqzt" in parts_to_check({"xqzt-nya"})


def check_spelling(html_dir, project_words, page):
    parser = BookText()
    parser.feed((html_dir / page).read_text(encoding="utf-8"))
    ws = words(" ".join(parser.parts))
    assert ws, "no text found on the page"
    parts = parts_to_check(unknown(ws))
    salah = sorted(p for p in base_unknown(unknown(parts), project_words) if p.lower() not in project_words)
    assert not salah, f"{page}: unknown words (fix them, or add reviewed names/terms to {WORD_LIST.name}): {salah}"
