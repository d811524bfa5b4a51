"""Reading report files: from a file on disk to cleaned text, its chunks and its details.

``dispatch`` finds files and hands each to its format's reader (``text``, ``webpage``, ``word``,
``pdf``, ``sheets``, ``ocr``), all built on the shared ``core``; ``worker`` runs that in a killable
process with a time limit; ``cleaning`` and ``chunking`` turn the markup into cited text and
chunks. Importing this package imports none of them.
"""
