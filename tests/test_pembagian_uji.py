"""How make test shares the work of its two workers (tests/conftest.py): the units and their order."""

from pathlib import Path

from conftest import LONG_FIRST, ROOT, scope_of


def test_a_module_is_one_unit_and_the_learner_notebooks_one_unit_per_front_end():
    assert scope_of("tests/test_a11y.py::test_page[book/intro.html-phone]") == "tests/test_a11y.py"
    assert scope_of("tests/test_survei.py::test_x") == "tests/test_survei.py"
    lab = "tests/test_jupyterlab.py::test_a_learner_notebook_runs_and_reads_as_a_lesson[{}.ipynb-{}]"
    assert {scope_of(lab.format(nb, fe)) for nb in ("01-pendahuluan", "05-perbedaan")
            for fe in ("jupyterlab", "notebook7", "colab-versions")} == {
        "tests/test_jupyterlab.py::jupyterlab", "tests/test_jupyterlab.py::notebook7",
        "tests/test_jupyterlab.py::colab-versions"}


def test_every_module_named_to_go_first_exists():
    """A renamed module would silently lose its place at the front."""
    assert [m for m in LONG_FIRST if not (ROOT / "tests" / m).is_file()] == []
    assert len(set(LONG_FIRST)) == len(LONG_FIRST)


def test_make_test_runs_two_workers_one_module_at_a_time():
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "-m pytest -n 2 --dist loadscope --no-loadscope-reorder" in make
    assert Path(ROOT / "requirements.txt").read_text(encoding="utf-8").count("pytest-xdist==") == 1
