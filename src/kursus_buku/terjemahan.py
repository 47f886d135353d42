"""Indonesian labels for the theme and the extensions, through gettext like every Sphinx project.

locales/id/LC_MESSAGES/<domain>.po holds the book's translations for each message domain: ``sphinx`` (the
strings of pydata-sphinx-theme's templates and the overrides in sablon/), ``booktheme`` (sphinx-book-theme's
buttons) and ``exercise`` (sphinx-exercise). They are compiled with Babel at every build into
_build/kursus-locales/ and registered with ``app.add_message_catalog``. Catalogues of one domain merge; the first
registered wins where two translate the same message. For ``sphinx`` that is Sphinx's own Indonesian catalogue
(ours fills its gaps); for the others register_catalogues puts ours first.
To change a label: edit the .po file and rebuild. tests/test_built_html.py checks no English label returns.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALES = Path(__file__).parent / "locales"


def compile_catalogues(target: Path) -> list[str]:
    """Compile every locales/<language>/LC_MESSAGES/<domain>.po into the same layout under target; the domains."""
    domains = set()
    for po in sorted(LOCALES.glob("*/LC_MESSAGES/*.po")):
        with po.open("rb") as f:
            catalog = read_po(f, locale=po.parent.parent.name, domain=po.stem)
        mo = target / po.relative_to(LOCALES).with_suffix(".mo")
        mo.parent.mkdir(parents=True, exist_ok=True)
        with mo.open("wb") as f:
            write_mo(f, catalog)
        domains.add(po.stem)
    return sorted(domains)


def register_catalogues(app) -> None:
    """Call from setup(). ``sphinx``: after Sphinx's own catalogue, filling its gaps. Other domains: ours first,
    with any catalogue already registered for the domain (e.g. the theme's, if it was set up earlier) behind
    it; one registered later falls behind ours by itself."""
    import gettext

    from sphinx.locale import NullTranslations, translators

    target = Path(app.doctreedir).parent / "kursus-locales"
    for domain in compile_catalogues(target):
        before = translators.get(("general", domain))
        app.add_message_catalog(domain, str(target))
        if domain == "sphinx" or before is None or before.__class__ is NullTranslations or not app.config.language:
            continue
        ours = gettext.translation(domain, str(target), [app.config.language])
        ours._fallback = None  # a fresh chain: ours, then what was there before
        ours.add_fallback(before)
        translators[("general", domain)] = ours
