"""The book-building side: Sphinx and MyST-NB extensions and the book's browser assets.

Only `make book` uses this package. Learners never install it: Binder, Colab and a school JupyterHub
get the course package `kursus` alone. It may import `kursus`; `kursus` never imports it.
"""
