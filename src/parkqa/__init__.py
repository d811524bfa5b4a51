"""parkqa: exact, cited answers to questions about industrial-park reports, offline.

The public surface is small: :class:`ParkQA` (index, list, remove, read, ask), the
:class:`Answer` it returns, :class:`IndexResult`, and :class:`Settings`.
"""

from parkqa.answer import Answer, Citation, Passage
from parkqa.api import ParkQA, ReportNotFound
from parkqa.config import Settings
from parkqa.indexing import IndexResult
from parkqa.ingest.dispatch import LoadError

__all__ = [
    "Answer",
    "Citation",
    "IndexResult",
    "LoadError",
    "ParkQA",
    "Passage",
    "ReportNotFound",
    "Settings",
]
__version__ = "0.1.0"
