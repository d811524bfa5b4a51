"""``ParkQA``: the one Python API that the CLI and the web app are thin layers over.

Everything heavy is created on first use and once per instance: the catalog (SQLite), the Chroma
client, the record manager and the embedding model. Listing reports or reading a report's text
never loads the model; removing a report never embeds anything.
"""

from __future__ import annotations

import functools
import os
import re
import threading
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cachetools import LRUCache

from parkqa.answer import Answer, Passage
from parkqa.answer.crosslingual import translations
from parkqa.answer.engine import Candidate, Engine, places_named
from parkqa.answer.fact import FIELD_AT, Fact, facts_from_json
from parkqa.answer.facts import (
    FACTS_VERSION,
    ReportMeta,
    abridged,
    extract_facts,
    name_kind,
    published_year,
    report_meta,
)
from parkqa.answer.measures import measure_in
from parkqa.answer.ontology import ontology
from parkqa.answer.ranker import Ranker, load_ranker
from parkqa.answer.respond import Responder
from parkqa.answer.vocab import (
    NAME_SUFFIXES,
    OTHER_THING,
    PARKS_TOGETHER_EN,
    REFERS_BACK,
    SPOKEN_NAME,
    TOTAL_ROW,
    WHOLE_PARK_ASKED,
    cities_named,
    period_name,
)
from parkqa.catalog import DETAILS_VERSION, Catalog, Details, ReportInfo
from parkqa.compose import no_reports, not_found
from parkqa.config import Settings
from parkqa.consistency import CheckResult, chunk_ids, chunks_by_id, looks_consistent
from parkqa.embedding import LazyEmbeddings
from parkqa.figures import is_unit
from parkqa.indexing import Indexer, IndexResult, Progress, report_facts
from parkqa.ingest.details import check_corrections, read_details
from parkqa.lexical import translate_groups
from parkqa.lexical_store import LexicalStore
from parkqa.parks import (
    SPOKEN_KIND,
    NameIndex,
    ParkIndex,
    ReportKey,
    english_keys,
    member_parks,
    names_english_park,
    own_name,
    parks_mentioned,
    report_key,
    spoken_of,
    unknown_english_park,
    unknown_park,
)
from parkqa.question import Question, analyse, is_follow_up
from parkqa.reader import Reader
from parkqa.retrieval import hybrid_chain
from parkqa.rwlock import RWLock
from parkqa.store import collection_name, record_manager, store_collection, vector_store
from parkqa.writerlock import WriterLock

if TYPE_CHECKING:
    from langchain_core.indexing import RecordManager

#: Names shorter than this (配套项目, 红旗项目) are too generic to choose a report by.
ENTITY_MIN_CHARS = 6

#: Passages the engine reads per question (the best five are shown with a refusal).
RETRIEVE_K = 30
#: Reports whose parsed facts and metadata stay in memory (a question reads a few; parsing one
#: again takes ~0.3 ms).
CACHED_REPORTS = 1024


class ReportNotFound(KeyError):
    """No report with that source is indexed."""

    def __str__(self) -> str:
        return f"no indexed report named {self.args[0]!r}"


#: The store's backend record while ``reembed`` runs (a crash leaves it, and says so).
REEMBEDDING = "reembedding:"


class BackendMismatch(RuntimeError):
    """The store's vectors were made by another embedding backend than this run's: queries
    would be compared with vectors of a different model run. The message names the fix."""


class ParkQA:
    """Question answering over a folder of indexed park reports.

    >>> qa = ParkQA("parkqa-store")          # doctest: +SKIP
    >>> qa.index(["reports/"])               # doctest: +SKIP
    >>> qa.ask("10月31日签约了多少个项目？")     # doctest: +SKIP
    """

    def __init__(
        self,
        store: str | os.PathLike[str] | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        if settings is not None and store is not None:
            settings = settings.with_(store=Path(store))
        self.settings = settings or Settings.from_env(store)
        # Writers (index/remove) take this lock so concurrent callers never interleave updates;
        # questions and store writes share the readers–writer lock (see rwlock.py).
        self._write_lock = threading.RLock()
        self._rw = RWLock()
        self._model_loader: threading.Thread | None = None
        # Parsed facts and metadata of the reports questions read, the most recent first: at
        # 10,000 reports all of them would hold ~1M facts for questions that read a few.
        self._facts_cache: LRUCache[str, tuple[tuple[object, ...], list[Fact]]] = LRUCache(
            CACHED_REPORTS
        )
        self._cache_lock = threading.Lock()
        self._texts_cache: tuple[str, dict[str, str | None]] | None = None
        self._meta_cache: LRUCache[str, tuple[str, ReportMeta]] = LRUCache(CACHED_REPORTS)
        self._names_cache: tuple[str, dict[str, set[str]]] | None = None
        self._catalog_cache: dict[str, tuple[str, Any]] = {}
        self._upgraded = False

    # ------------------------------------------------------------------ lazily built parts

    @cached_property
    def embeddings(self) -> LazyEmbeddings:
        return LazyEmbeddings(self.settings)

    @cached_property
    def _namespace(self) -> str:
        return f"{self.settings.chroma_url or 'local'}/{store_collection(self.settings)}"

    @cached_property
    def catalog(self) -> Catalog:
        catalog = Catalog(Path(self.settings.store) / "reports.sqlite", self._namespace)
        if self.settings.chroma_url:
            # Stores on a server were once kept under the model's collection alone; a store of
            # that time keeps its reports (their chunks are re-embedded by the next `index`).
            catalog.adopt(f"{self.settings.chroma_url}/{collection_name(self.settings.model)}")
        return catalog

    @cached_property
    def vector_store(self):
        return vector_store(self.settings, self.embeddings)

    @cached_property
    def lexical(self) -> LexicalStore:
        """The BM25 index, on disk beside the store and updated incrementally."""
        return LexicalStore(
            Path(self.settings.store) / "lexical",
            self._namespace,
            lambda: chunk_ids(self._records),
            lambda ids: chunks_by_id(self.vector_store, ids),
            self.catalog.signature,
        )

    @cached_property
    def _records(self) -> RecordManager:
        return record_manager(self.settings)

    @cached_property
    def retriever(self):
        """The hybrid retrieval chain (LCEL runnable): ``question -> list[Passage]``."""
        return hybrid_chain(
            self.vector_store,
            self.lexical,
            k=RETRIEVE_K,
            current=self._is_current,
            ids_of=lambda sources: chunk_ids(self._records, sources),
        )

    def _is_current(self, doc) -> bool:
        """Is this chunk exactly the catalog's text of its report at its offsets? (Anything
        else is a leftover of a crash or a write in progress in another process.)"""
        text = self._text_of(str(doc.metadata.get("source", "")))
        start, end = int(doc.metadata.get("start", -1)), int(doc.metadata.get("end", -1))
        return text is not None and 0 <= start < end and text[start:end] == doc.page_content

    @cached_property
    def _writer(self) -> WriterLock:
        return WriterLock(Path(self.settings.store), role="index")

    def hold_store(self, role: str = "serve") -> None:
        """Own the store for writing until :meth:`close` (what ``parkqa serve`` does with an
        embedded Chroma); raises :class:`StoreBusy` naming the process that holds it."""
        self._writer.role = role
        self._writer.acquire(0)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One writer per store: threads of this process, then processes (``writerlock.py``)."""
        with self._write_lock:
            self._writer.acquire(self.settings.writer_wait)
            try:
                yield
            finally:
                self._writer.release()

    @cached_property
    def _indexer(self) -> Indexer:
        return Indexer(self.settings, self.catalog, self.vector_store, self._records, self._rw)

    # ------------------------------------------------------------------ reports

    def index(
        self,
        paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        prune: bool = False,
        progress: Progress | None = None,
        details: dict[str, object] | None = None,
    ) -> IndexResult:
        """Index files and folders incrementally; ``prune`` drops reports whose files are gone.
        ``details`` (``park``, ``title``, ``year``, ``period``; one file only) corrects what is
        read of the file, as :meth:`correct` does, once it is indexed."""
        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        files = [Path(p) for p in paths]
        if details:
            check_corrections(details)  # bad input is refused before anything is written
            if len(files) != 1 or not files[0].is_file():
                raise ValueError("details describe one file: give exactly one file")
        self._check_backend()
        with self._writing():
            self.upgrade()
            if self.catalog.backend() is None:  # the first write records the backend
                self.catalog.set_backend(self._stored_backend() or self.settings.backend)
            result = self._indexer.index(files, prune=prune, progress=progress)
            if details and not result.failed:
                self.correct(files[0].name, **details)
            self._refresh_lexical()
            return result

    def reembed(self, progress: Progress | None = None) -> int:
        """Replace every chunk's vector with one made by this run's backend (after switching
        ``backend``); the texts, offsets and catalog stay as they are. Returns the number of
        chunks. Interrupted, the store says so and the next run finishes it."""
        target = self.settings.backend
        with self._writing():
            self.catalog.set_backend(f"{REEMBEDDING}{target}")
            collection = self.vector_store._collection
            total, done = collection.count(), 0
            while True:
                got = collection.get(include=["documents"], limit=256, offset=done)
                if not got["ids"]:
                    break
                vectors = self.embeddings.embed_documents(list(got["documents"] or []))
                with self._rw.write():
                    collection.update(ids=got["ids"], embeddings=vectors)
                done += len(got["ids"])
                if progress:
                    progress(done, total, "")
            self.catalog.set_backend(target)
        return done

    def _refresh_lexical(self) -> None:
        """Bring the BM25 index up to date now, in the writer (tokenizing the new chunks, and
        saving a rebuilt index for other processes), not in the next question."""
        try:
            self.lexical.get()
        except Exception as exc:  # the write is committed; the next question retries this
            warnings.warn(f"the lexical index was not updated: {exc}", stacklevel=2)

    def _stored_backend(self) -> str | None:
        """The backend of the store's vectors: as recorded, else ``torch`` for a store indexed
        before backends were recorded, else ``None`` (nothing indexed yet)."""
        stored = self.catalog.backend()
        if stored is None and self.catalog.has_reports():
            return "torch"
        return stored

    def _check_backend(self) -> None:
        """:class:`BackendMismatch` unless this run embeds as the store's vectors were made."""
        # Read once per catalog state (recording a backend bumps it), not twice per question.
        stored = self._by_catalog("backend", self._stored_backend)
        current = self.settings.backend
        if stored is None or stored == current:
            return
        store = self.settings.store
        if stored.startswith(REEMBEDDING):
            target = stored[len(REEMBEDDING) :]
            raise BackendMismatch(
                f"re-embedding this store with the {target} backend was interrupted: run "
                f"`parkqa reembed --store {store} --backend {target}` again"
            )
        raise BackendMismatch(
            f"this store's vectors were made by the {stored} embedding backend, not {current}: "
            f"run with --backend {stored} (or PARKQA_BACKEND={stored}), or re-embed the store "
            f"with `parkqa reembed --store {store} --backend {current}`"
        )

    def reports(self) -> list[ReportInfo]:
        """The indexed reports, by source."""
        return self.catalog.all()

    def remove(self, source: str) -> int:
        """Remove one report from the index; returns how many chunks were deleted."""
        with self._writing():
            if self.catalog.get(source) is None:
                raise ReportNotFound(source)
            removed = self._indexer.remove(source)
            self._refresh_lexical()
            return removed

    def check(self, repair: bool = False) -> CheckResult:
        """Compare the catalog, the record manager and the vector store chunk by chunk.

        With ``repair``, fix what was found (interrupted removals finished, orphan and stale
        chunks deleted, missing chunks re-embedded from the report's file) and return the check
        of the repaired store, whose ``repaired`` lists what was fixed.
        """
        with self._writing() if repair else self._write_lock:
            found, fixed = self._indexer.check(repair)
            if fixed is None:
                return found
            self._refresh_lexical()
            after = self._indexer.check(False)[0]
            after.repaired = fixed.repaired + [f"{f.path}: {f.error}" for f in fixed.failed]
            return after

    def warm(self) -> None:
        """Load now what the first question would otherwise wait for: the embedding model,
        the vector store, the lexical index, and the facts of the first reports (a server
        calls this before it says it is ready; the first question after start took 19–26 s
        without it)."""
        self._check_backend()
        self.embeddings.embed_query("预热")
        if self.catalog.has_reports():
            with self._rw.read():
                for info in self.catalog.all()[:CACHED_REPORTS]:
                    self._facts_of(info.source)
                    self._meta_of(info.source)
            # A real question in each language: the ranker, the dictionaries (jieba, CC-CEDICT)
            # and every cache on the answer path are loaded by the time the page says ready.
            self.ask("园区全年新签约项目多少个？")
            self.ask("How many projects were signed?")

    def problems(self, lang: str = "en") -> list[str]:
        """What is wrong with the store, one line each in ``lang`` (the cheap count comparison
        first: the full check only runs when it fails). Empty while this process is writing: counts
        disagree mid-write, and the write itself ends with the store whole (or says why not)."""
        if not self._write_lock.acquire(blocking=False):
            return []
        try:
            if looks_consistent(self.catalog, self.vector_store, self._indexer.record_manager):
                return []
            return self._indexer.check(False)[0].problems(lang)
        finally:
            self._write_lock.release()

    def report_text(self, source: str) -> str:
        """The cleaned text of a report: every offset in passages and citations refers to it."""
        text = self.catalog.text(source)
        if text is None:
            raise ReportNotFound(source)
        return text

    # ------------------------------------------------------------------ questions

    def retrieve(
        self, question: str, k: int = 5, sources: Iterable[str] | None = None
    ) -> list[Passage]:
        """The ``k`` best passages for the question (dense + BM25, fused), optionally only
        from the given reports."""
        question = self._checked_question(question)
        self._check_backend()
        if not self.catalog.has_reports():
            return []
        query = {
            "question": question,
            "sources": sorted(sources) if sources else None,
            "dates": analyse(question).dates,
        }
        return self.retriever.invoke(query)[:k]

    def ask(self, question: str, history: Sequence[dict[str, str]] | None = None) -> Answer:
        """Answer a question from the indexed reports, with its verbatim value and citation.

        ``history`` is the conversation so far (``{"role": "user"|"assistant", "content"}``):
        a follow-up ("其中10亿元以上的有几个？", "and their total investment?") inherits the
        previous question's subject, report and constraints.
        """
        question = self._checked_question(question)
        history = _checked_history(history)
        self._load_model_beside()
        self._reach_store()
        with self._rw.read():  # never between a report's new chunks and its catalog text
            return self._placed(self._ask(question, history))

    def _load_model_beside(self) -> None:
        """On a process's first question, load the embedding model on another thread while
        this one connects to the store and analyses the question: ONNX Runtime builds its
        session outside the GIL, so a cold ``parkqa ask`` overlaps the two instead of adding
        them. The retriever waits for the model (``LazyEmbeddings.inner`` is locked). Not with
        an empty store: its answer needs no model, and the process would wait for it at exit."""
        if self.embeddings.loaded or self._model_loader is not None:
            return
        if not self.catalog.has_reports():
            return

        def load() -> None:
            # A model that fails to load fails again, with its message, where the
            # question needs it; here it would only print a thread's traceback.
            with suppress(Exception):
                self.embeddings.inner  # noqa: B018 - loading is the point

        self._model_loader = threading.Thread(target=load, name="parkqa-model-load")
        self._model_loader.start()

    def _placed(self, answer: Answer) -> Answer:
        """The answer with each citation's page, and whether its text came from OCR."""
        answer.citations = [
            replace(c, page=details.page_at(c.start), ocr=details.ocr_at(c.start))
            for c in answer.citations
            for details in [self.details(c.source)]
        ]
        return answer

    def details(self, source: str) -> Details:
        """What the catalog keeps about a report beside its text (pages, OCR, publication)."""
        info = self.catalog.get(source)
        if info is None:
            raise ReportNotFound(source)
        return info.details

    def correct(self, source: str, **fields: object) -> ReportInfo:
        """Correct a report's details: ``title``, ``park``, ``year``, ``period`` (``1-9月``,
        ``前三季度``, ``全年``; an empty year or period clears it). Kept in the catalog apart from
        what was read, so they take effect for the next question without embedding anything
        and survive re-indexing; the report's facts are read again under them. Raises
        :class:`ReportNotFound`, or ``ValueError`` for a value that is not one."""
        checked = check_corrections(fields)
        with self._writing():
            info = self.catalog.get(source)
            if info is None:
                raise ReportNotFound(source)
            merged = {**self.catalog.corrections(source), **checked}
            details = Details.from_json(self.catalog.details(source)).corrected_by(merged)
            title = str(merged.get("title") or info.title)
            facts = report_facts(source, title, self.report_text(source), details)
            if not self.catalog.correct(source, merged, facts):
                raise ReportNotFound(source)
            updated = self.catalog.get(source)
            assert updated is not None
            return updated

    def upgrade(self) -> int:
        """Read again the details (park, year, period, title) and facts (linked to the
        ontology) of every report indexed by an older release, from the catalog's own texts:
        no file is opened and no chunk embedded again. Returns how many reports were upgraded
        (0 on an up-to-date store)."""
        outdated = self.catalog.outdated_details(DETAILS_VERSION, FACTS_VERSION)
        for source in outdated:
            info = self.catalog.get(source)
            text = self.catalog.text(source)
            if info is None or text is None:
                continue
            old = Details.from_json(self.catalog.details(source))
            read = read_details(source, text, title=info.title, published=old.published)
            details = replace(
                old,
                published=read.published,
                park=read.park,
                parks=read.parks,
                year=read.year,
                months=read.months,
                corrected=(),
                version=DETAILS_VERSION,
                facts_version=FACTS_VERSION,
            )
            effective = details.corrected_by(self.catalog.corrections(source))
            facts = report_facts(source, read.title, text, effective)
            self.catalog.reread(source, title=read.title, details=details.to_json(), facts=facts)
        return len(outdated)

    def _reach_store(self) -> None:
        """With a Chroma server, connect now: an unreachable or mistyped server is a
        :class:`StoreError`, not an empty store ("no reports indexed"). A store written by an
        older release has its details read again here (:meth:`upgrade`)."""
        if self.settings.chroma_url:
            self.vector_store  # noqa: B018 - connecting is the point
        self._check_backend()
        if not self._upgraded:
            self.upgrade()
            self._upgraded = True

    def _checked_question(self, question: object) -> str:
        """The question, or ``ValueError`` saying what is wrong with it."""
        if not isinstance(question, str):
            raise ValueError(f"the question must be text, not {type(question).__name__}")
        try:
            question.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("the question is not valid text (undecodable characters)") from None
        question = question.strip()
        if not question:
            raise ValueError("the question is empty")
        limit = self.settings.max_question_chars
        if len(question) > limit:
            raise ValueError(
                f"the question is {len(question)} characters long, over the limit of {limit}: "
                "ask for one figure at a time"
            )
        return question

    def _prepare(self, question: str, history: Sequence[dict[str, str]] | None) -> _Prepared:
        """Analyse the question in its conversation, choose its reports, retrieve passages."""
        reports = self.catalog.has_reports()
        keys = self._keys()
        # The conversation is read turn by turn: a follow-up of a follow-up ("其中…" then
        # "那2025年一季度呢？") still knows the report and subject of the first question.
        context: _Turn | None = None
        said = ""  # the answer given just before the turn being read
        for earlier, answered in _conversation(history):
            context = self._understand(earlier, keys, context, said)
            said = answered
        turn = self._understand(question, keys, context, said)
        analysed, sources, query, unknown = turn.question, turn.sources, turn.query, turn.unknown
        # Words that name the chosen report (park name, title) select it; they say nothing
        # about which sentence holds the answer.
        # (Only the park's names: a title's other words, 重点项目 or 招商引资, are content.)
        key_of = self._key_of()
        analysed = analysed.without_words_of(
            [
                n
                for s in sorted(sources)
                if s in key_of
                for n in (key_of[s].name, key_of[s].short)
                if n
            ]
        )
        if analysed.lang == "en":
            analysed = self._with_dictionary_words(analysed, sources)
        passages: list[Passage] = []
        if reports:  # a park no report names still gets the closest passages shown
            passages = self.retriever.invoke(
                {
                    "question": query,
                    "sources": sorted(sources) if sources else None,
                    "dates": analysed.dates,
                    "terms": " ".join(ontology().get(i).name for i in analysed.indicators),
                }
            )
        return _Prepared(analysed, passages, sources, keys, unknown, turn.unresolved)

    def _understand(
        self, question: str, keys: list[ReportKey], context: _Turn | None, said: str = ""
    ) -> _Turn:
        """One turn: the reports it names, its analysis, and what it inherits when it is a
        follow-up of ``context`` (the slots it names replace the inherited ones; a turn that
        refers back to the thing the previous answer ``said`` is about that thing)."""
        mentioned = parks_mentioned(question, self._containing)
        sources = (
            self._park_index()
            .named(question, lambda place: bool(self.catalog.containing([place + "市"])))
            .union(*mentioned.values())
        )
        unknown = not sources and (
            unknown_park(question, self._containing) is not None
            or (
                re.search(r"[A-Za-z]", question) is not None
                and unknown_english_park(question, self._park_pinyin()) is not None
            )
        )
        if sources and not re.search(r"[\u4e00-\u9fff]", question):
            # A park named in English is looked for as its Chinese name is: in every report
            # whose text names it (a city bulletin's row of it), not only in its own reports.
            names = {
                n
                for k in keys
                if k.source in sources
                for n in (k.name, k.short)
                if n and len(n) > 3
            }
            sources = sources | self.catalog.containing(names)
        if not sources and re.search(r"[A-Za-z]{3,}", question):
            # An English question writing a place in Chinese beside its English ("Zheyuan
            # (柘垣)"): the reports whose text names it.
            # ("the 砺垣 ETDZ", "楠岢 Industrial Park": the Chinese name without brackets too)
            chinese = re.findall(r"[（(]([\u4e00-\u9fff]{2,8})[）)]", question)
            chinese += re.findall(
                r"(?<![\u4e00-\u9fff（(])[\u4e00-\u9fff]{2,12}(?![\u4e00-\u9fff])", question
            )
            sources = self._containing(chinese) if chinese else set()
        city_only = False
        if not sources and not re.search(r"[\u4e00-\u9fff]", question):
            # A park some report reports on (a city workbook's member), spelled in English
            # ("Kunyuan Economic and Technological Development Zone"): the reports naming it.
            members = self._by_catalog("member_names", lambda: NameIndex(self.catalog.park_names()))
            spelled = members.mentioned(question)
            if not spelled:  # "Kunyuan's four parks combined": the city the parks are named after
                cities = self._by_catalog("member_cities", self._city_stems)
                spelled = cities.mentioned(question)
                # (a park of that city no report names: "Kunyuan's Langbu … Industrial Park")
                city_only = bool(spelled and names_english_park(question)) and not (
                    PARKS_TOGETHER_EN.search(question)
                )
            sources = self._containing(spelled) if spelled else set()
        if not sources:
            # No park named, but a company or project of some reports ("泽康药业创新药研发中心
            # 是哪天动工的？"): those reports hold the answer.
            sources = (
                self._reports_naming_entities(question)
                or self._reports_naming_areas(question)
                # ("麓麸市四个重点开发园区…": the reports of that city, not another's workbook;
                # never for a park of that city no report names)
                or (set() if unknown else self._containing(cities_named(question)))
                # ("鸾陵那五个园区…": a city some report's title names, said without 市)
                or (
                    set()
                    if unknown
                    else self._containing(sorted(self._cities().contained(question)))
                )
            )
        # "柘垣市碛岭临港产业园": a park the index does not know by that whole name is no
        # unknown park when a report names it (a bulletin's member park).
        unknown = (unknown and not sources) or city_only
        analysed = _analyse_without_parks(question, keys, sources, tuple(mentioned))
        if context is not None and is_follow_up(analysed, names_a_report=bool(sources)):
            merged = analysed.merged_with(context.question)
            # The thing the conversation is about stays until a turn names another.
            index = self._by_catalog("names", lambda: NameIndex(self._names()))
            places, in_english = places_named(
                question, self.engine.parks_of(sources or context.sources)
            )
            names_own = bool(places) or in_english
            names_own = names_own or any(not _is_indicator(n) for n in index.contained(question))
            # (a member park of a city's bulletin, in Chinese or English: "What about Weiji
            # High-tech Zone's score?" after a turn about 帷吉经开区)
            members = self.engine.members_of(sources or context.sources)
            names_own = names_own or bool(
                members
                and (
                    any(len(m) >= 3 and m in question for m in members)
                    or NameIndex(members).mentioned(question)
                )
            )
            # ("其中鸳澜那个项目投多少？": a project or company spoken of by its first words)
            spoken = self._spoken_name(question, sources or context.sources)
            names_own = names_own or spoken is not None
            entity = spoken if spoken else None if names_own else context.question.entity
            if len(places) == 1:  # "其中汭湖片区呢？": the part the conversation turns to
                entity = places[0]
            elif (
                entity is None
                and not names_own
                and not OTHER_THING.search(question)
                # ("哪个项目…最大？" then "它的总投资多少？": 它 is the project answered, not the
                # park the question named)
                and not (context.question.asks_name and REFERS_BACK.search(question))
            ):
                # "碛岭临港产业园1—9月进出口总额是多少？" then "同比增长多少？": still that park
                earlier, _ = places_named(
                    context.question.text, self.engine.parks_of(context.sources)
                )
                # (or the one member park of a bulletin it named: "砚霖高新区2025年…")
                members = {
                    m
                    for m in self.engine.members_of(context.sources)
                    if len(m) >= 3 and m in context.question.text
                }
                if not earlier and len(members) == 1:
                    earlier = list(members)
                entity = earlier[0] if len(earlier) == 1 else None
                if entity is None and not WHOLE_PARK_ASKED.search(question):
                    # ("棣峰新能源储能电池项目总投资多少？" then "它是哪天开工的？": the project
                    # the question before named, wholly or with its middle left out; never for
                    # a turn asking of the whole park, "全区全年完成投资多少？")
                    entity = self._thing_named(context.question.text, sources or context.sources)
            # (after "which project…?" the next turn asks about the project answered)
            refers_back = (
                REFERS_BACK.search(question)
                or analysed.names_an_indicator()
                or context.question.asks_name
            )
            named = None
            if said and refers_back and not names_own:
                named = self._name_in(said, sources or context.sources, context.question.text)
                entity = named or entity
            # "Which sub-zone had the highest output?" refused, then "How fast did its output
            # grow?": "its" is a name no answer gave; the whole park's figure is not its
            # (and a turn after it still saying "it"; or "it" after "What about the Daiyan
            # sub-park?", a part no report's name was found for)
            earlier_places, earlier_english = places_named(
                context.question.text, self.engine.parks_of(context.sources)
            )
            unresolved = (
                bool(REFERS_BACK.search(question))
                and not names_own
                and named is None
                and entity is None  # (an earlier answer's name the conversation kept)
                and (
                    context.question.asks_name
                    or context.unresolved
                    or bool(earlier_places)
                    or earlier_english
                )
            )
            return _Turn(
                replace(merged, entity=entity),
                sources or context.sources,
                f"{context.base} {entity or ''} {question}",
                unknown,
                context.base,
                unresolved,
            )
        spoken = self._park_spoken_of(question)
        if spoken is not None and analysed.entity is None:
            # ("焱山那个新材料园前三季度…": a park some report reports on, spoken of by its place
            # and its kind: the question's subject)
            analysed = replace(analysed, entity=spoken)
            sources = sources or self._containing([spoken])
        return _Turn(analysed, sources, question, unknown, question)

    def _park_spoken_of(self, question: str) -> str | None:
        """The one park some report reports on that a Chinese question speaks of by its place
        and kind (:func:`spoken_of`: "樾江那个数字园子"), None when none or several; never by its
        place alone (那边, which the engine reads as its report's or row's)."""
        if not SPOKEN_KIND.search(question):
            return None
        names = self._by_catalog("park_names", self.catalog.park_names)
        found = {n for n in names if spoken_of(question, n)}
        return found.pop() if len(found) == 1 else None

    def _containing(self, names: Iterable[str]) -> set[str]:
        """Reports whose text, file or folder name, title or park names any of ``names``: a
        park is looked for everywhere a report says it before a question about it is refused.
        Names no text holds (rare: a park named only in a file name) cost one pass over the
        reports' keys."""
        names = list(names)
        found = self.catalog.containing(names)
        if found:  # the text index answered: no pass over every report's names
            return found
        return {
            key.source
            for key in self._keys()
            if any(n in key.source or n in key.title or (key.name and n in key.name) for n in names)
        }

    def _city_stems(self) -> NameIndex:
        """The cities the parks of the reports are named after: two characters that begin the
        names of two parks or more (琨垣 of 琨垣高新区 and 琨垣经开区)."""
        stems = Counter(n[:2] for n in self.catalog.park_names() if len(n) >= 4)
        return NameIndex(stem for stem, n in stems.items() if n >= 2)

    def _cities(self) -> NameIndex:
        """The cities the reports' titles name (鸾陵 of 鸾陵市重点开发园区…通报): a question
        may say the city without 市 ("鸾陵五个园区谁排第一")."""
        return self._by_catalog(
            "title_cities",
            lambda: NameIndex(c[:-1] for k in self._keys() for c in cities_named(k.title)),
        )

    def _park_pinyin(self) -> set[str]:
        """Pinyin of the distinctive part of every park any report is about or reports on
        (``binjiang`` for 滨江经济开发区): an English question naming none of them names an
        unknown park."""

        def build() -> set[str]:
            names = self.catalog.park_names() | {k.name for k in self._keys() if k.name}
            spelled = {k for name in names for k in english_keys(name)}
            return spelled | set(self._park_index().pinyin)

        return self._by_catalog("park_pinyin", build)

    def indexed_parks(self) -> list[str]:
        """The parks the indexed reports are about (their details' parks), in pinyin order
        (how a Chinese list of names is read)."""

        def build() -> list[str]:
            from pypinyin import lazy_pinyin

            names = {k.name for k in self._keys() if k.name}
            return sorted(names, key=lambda n: (lazy_pinyin(n), n))

        return self._by_catalog("parks", build)

    def _reports_naming_entities(self, question: str) -> set[str]:
        """Reports with a company, project or area name (a fact, at least
        :data:`ENTITY_MIN_CHARS` long) that the question names (in English: by pinyin)."""
        index = self._by_catalog(
            "entities",
            lambda: NameIndex(
                n for n in self._names() if len(n) >= ENTITY_MIN_CHARS and not _is_indicator(n)
            ),
        )
        names = self._names()
        return {source for name in index.mentioned(question) for source in names[name]}

    def _names(self) -> dict[str, set[str]]:
        """Every name fact of the catalog (company, project, area, table row) → its reports;
        built once per catalog state, from one query over the stored facts (parsing every
        report's facts took 3.7 s at 10,000 reports)."""
        signature = self.catalog.signature()
        if self._names_cache is None or self._names_cache[0] != signature:
            index: dict[str, set[str]] = {}
            stored, unstored = self.catalog.fact_values("name", FIELD_AT["kind"], FIELD_AT["value"])
            found = stored + [
                (source, f.value)
                for source in unstored
                for f in self._facts_of(source)
                if f.kind == "name"
            ]
            for source, value in found:
                # (a table's 合计, 其他 and 亿元 rows are no thing a follow-up refers back to)
                if len(value) >= 2 and not _no_name(value):
                    index.setdefault(value, set()).add(source)
            self._names_cache = (signature, index)
        return self._names_cache[1]

    def _spoken_name(self, question: str, sources: set[str]) -> str | None:
        """The one project or company of the reports a question speaks of by its first words
        ("鸳澜那个项目" → 鸳澜新能源汽车热管理系统项目, "鹌丰这家企业"), None when none or
        several begin so."""
        m = SPOKEN_NAME.search(question)
        if m is None:
            return None
        where = self._names()
        found = {
            n
            for n in where
            if n.startswith(m.group("stem"))
            and len(n) > len(m.group("stem")) + 1
            and (not sources or where[n] & sources)
            and name_kind(n) == ("project" if m.group("kind") in ("项目", "工程") else "company")
        }
        return found.pop() if len(found) == 1 else None

    def _thing_named(self, question: str, sources: set[str]) -> str | None:
        """The one project or company of the reports ``sources`` a question names, by its
        whole name or with its middle left out (:func:`abridged`); the longest of nested
        ones; None when none or several."""
        where = self._names()
        found = {
            n
            for n in where
            if n[:3] in question
            and where[n] & sources
            and name_kind(n) in ("project", "company")
            and (n in question or abridged(n, question))
        }
        widest = {n for n in found if not any(n != m and (n in m or abridged(m, n)) for m in found)}
        return widest.pop() if len(widest) == 1 else None

    def _name_in(self, said: str, sources: set[str], asked: str = "") -> str | None:
        """The name that an earlier answer states, of the given reports (of any when none is
        given): the entity a follow-up such as "它的总分是多少？" asks about. The one the earlier
        question named first, then the longest, then the first stated (a project's row also
        names its builder: "它的建设单位是哪家？" is about the project)."""
        index = self._by_catalog("names", lambda: NameIndex(self._names()))
        where = self._names()
        names = {
            n
            for n in index.contained(said)
            if (not sources or where[n] & sources) and not _is_indicator(n)
        }
        # (a park the reports report on, answered by a ranking: "谁排第一" → 鹭湾高新技术产业开发区)
        names |= {m for m in self.engine.members_of(sources) if len(m) >= 3 and m in said}
        if not names:
            return None
        return min(names, key=lambda n: (n not in asked, -len(n), said.find(n), n))

    def _with_dictionary_words(self, analysed: Question, sources: set[str]) -> Question:
        """English words the glossary does not know, translated through CC-CEDICT into words
        that occur in the reports being read."""
        known = {w.lower() for phrase, _ in translate_groups(analysed.text) for w in phrase.split()}
        extra = translations(
            analysed.text, lambda word: self.catalog.contains(word, sources), known
        )
        if not extra:
            return analysed
        return replace(analysed, groups=tuple(dict.fromkeys(analysed.groups + tuple(extra))))

    def _ask(self, question: str, history: Sequence[dict[str, str]] | None) -> Answer:
        if not self.catalog.has_reports():
            return no_reports(analyse(question))
        prepared = self._prepare(question, history)
        analysed, passages, sources = prepared.question, prepared.passages, prepared.sources
        if prepared.unknown_park:
            return not_found(analysed, passages[:5], parks=self.indexed_parks())
        if prepared.unresolved:
            return not_found(analysed, passages[:5])
        return self.responder.respond(analysed, passages, sources, self._titles())

    def candidates(
        self, question: str, history: Sequence[dict[str, str]] | None = None
    ) -> list[Candidate]:
        """The engine's ranked candidate facts for a question (for training and inspection)."""
        return self.examine(question, history)[1]

    def examine(
        self, question: str, history: Sequence[dict[str, str]] | None = None
    ) -> tuple[Question, list[Candidate]]:
        """The question as analysed in its conversation, and the engine's ranked candidates
        (empty for a question the engine does not answer): what training and inspection read."""
        question, history = self._checked_question(question), _checked_history(history)
        self._reach_store()  # (a store of an older release is read again first, as ask does)
        with self._rw.read():
            prepared = self._prepare(question, history)
            if (
                prepared.unknown_park
                or prepared.unresolved
                or not self.engine.handles(prepared.question)
            ):
                return prepared.question, []
            allowed = prepared.sources or None
            if self.engine.ranker is None:
                return prepared.question, [
                    Candidate(fact, tuple(v), 0.0)
                    for fact, v in self.engine.candidates(
                        prepared.question, prepared.passages, allowed
                    )
                ]
            return prepared.question, self.engine.rank(
                prepared.question, prepared.passages, allowed
            )

    def describe(self, sources: Iterable[str] | None = None) -> list[dict[str, object]]:
        """Every report (or those of ``sources``) with what was understood of it as a whole:
        its park and the other parks it reports on (its details: title, file and folder names,
        body, or a user's correction), the sub-areas its text names more than once, its year
        and period (what ``parkqa list`` shows)."""
        self._reach_store()
        out = []
        wanted = set(sources) if sources is not None else None
        reports = (
            self.reports()
            if wanted is None
            else [i for i in map(self.catalog.get, sorted(wanted)) if i is not None]
        )
        for info in reports:
            key = self._key_of().get(info.source) or report_key(info.source, info.title)
            meta = self._meta_of(info.source)
            areas = self._areas_of(info.source, key)
            row = info.to_dict()
            row.update(
                park=key.name,
                parks=list(info.details.parks) or ([key.name] if key.name else []),
                areas=areas,
                year=meta.year,
                period=period_name(meta.period),
                months=list(meta.period) if meta.period else None,
            )
            out.append(row)
        return out

    def _areas_of(self, source: str, key: ReportKey) -> list[str]:
        """The sub-areas a report's text names more than once (峪东片区, 临空园), most named
        first: parts of its park, not other parks."""
        counts = Counter(
            f.value
            for f in self._facts_of(source)
            if f.kind == "name"
            and f.unit == "area"
            and not (key.name and f.value.startswith(key.name))
        )
        return [
            name
            for name, n in counts.most_common()
            if n >= 2 and not re.search(r"[园区]", name[: -len(_area_suffix(name))])
        ]

    def _reports_naming_areas(self, question: str) -> set[str]:
        """Reports one of whose sub-areas the question names, whole (峪东片区), or in English by
        its own name in brackets or pinyin ("Lanting (岚汀) area"): a question about a part of a
        park that names no park is about the report of that part. (In Chinese the whole name
        only: 新能源 alone is an industry, not 新能源产业园.)"""

        def build() -> tuple[NameIndex, dict[str, set[str]], NameIndex, dict[str, set[str]]]:
            # One query over the stored facts (as :meth:`_names`), not a parse of every report.
            stored, unstored = self.catalog.fact_values("name", FIELD_AT["kind"], FIELD_AT["value"])
            counts = Counter(stored)
            for source in unstored:
                counts.update((source, f.value) for f in self._facts_of(source) if f.kind == "name")
            key_of = self._key_of()
            where: dict[str, set[str]] = {}
            stems: dict[str, set[str]] = {}
            for (source, area), n in counts.items():
                suffix, key = _area_suffix(area), key_of.get(source)
                own = area[: -len(suffix)] if suffix else ""
                if n < 2 or not own or re.search(r"[园区]", own):
                    continue
                if key is not None and key.name and area.startswith(key.name):
                    continue
                where.setdefault(area, set()).add(source)
                if len(own) >= 2:  # by its own name only in English ("Lanting (岚汀) area")
                    stems.setdefault(own, set()).add(source)
            return NameIndex(where), where, NameIndex(stems), stems

        index, where, stem_index, stems = self._by_catalog("areas", build)
        found = {source for name in index.mentioned(question) for source in where[name]}
        if not found and re.search(r"[A-Za-z]{3,}", question):
            found = {source for name in stem_index.contained(question) for source in stems[name]}
        return found

    def facts(self, source: str) -> list[Fact]:
        """The facts read from a report at index time (what ``parkqa facts`` shows)."""
        if self.catalog.get(source) is None:
            raise ReportNotFound(source)
        return self._facts_of(source)

    def _keys(self) -> list[ReportKey]:
        """Every report's park key, and their index, built once per catalog state."""
        return self._by_catalog(
            "keys",
            lambda: [
                report_key(source, title, park if read else None)
                for source, title, park, read in self.catalog.titles()
            ],
        )

    def _key_of(self) -> dict[str, ReportKey]:
        """Each report's park key by source (per catalog state: a question looks its reports
        up instead of going through every report)."""
        return self._by_catalog("key_of", lambda: {k.source: k for k in self._keys()})

    def _titles(self) -> dict[str, str]:
        return self._by_catalog("titles", lambda: {k.source: k.title for k in self._keys()})

    def _park_index(self) -> ParkIndex:
        return self._by_catalog("park_index", lambda: ParkIndex(self._keys()))

    def _by_catalog(self, name: str, build: Callable[[], Any]) -> Any:
        """``build()``, cached until the catalog changes (any process's write bumps it)."""
        signature = self.catalog.signature()
        cached = self._catalog_cache.get(name)
        if cached is None or cached[0] != signature:
            cached = self._catalog_cache[name] = (signature, build())
        return cached[1]

    def _facts_of(self, source: str) -> list[Fact]:
        info = self.catalog.get(source)
        if info is None:
            return []
        # (the details: a user's correction re-reads the facts without a new file or index run)
        key = (source, info.file_sha256, info.indexed_at, info.details)
        with self._cache_lock:  # an LRU's get reorders it: not safe from several threads
            cached = self._facts_cache.get(source)
        if cached is not None and cached[0] == key:
            return cached[1]
        stored = self.catalog.facts(source)
        if stored is not None:
            facts = facts_from_json(stored)
        else:  # a store indexed before facts existed: read them now
            text = self.report_text(source)
            facts = extract_facts(source, info.title, text, info.details.published)
        with self._cache_lock:
            self._facts_cache[source] = (key, facts)
        return facts

    def _text_of(self, source: str) -> str | None:
        """A report's cleaned text, read once per catalog state: retrieval checks every chunk
        against it (the reports a question reads, not every report's)."""
        signature = self.catalog.signature()
        if self._texts_cache is None or self._texts_cache[0] != signature:
            self._texts_cache = (signature, {})
        texts = self._texts_cache[1]
        if source not in texts:
            texts[source] = self.catalog.text(source)
        return texts[source]

    def _meta_of(self, source: str) -> ReportMeta:
        """The report's year and period: its details' (read at index time from the document
        and its file, or corrected by a user); a report indexed before details had them: read
        from its title and first lines. Cached per version."""
        info = self.catalog.get(source)
        if info is None:
            return ReportMeta(None, None)
        key = self._key_of().get(source)
        parks = tuple(
            dict.fromkeys(
                p
                for p in (key.name if key else None, key.short if key else None, info.details.park)
                if p
            )
        )
        if info.details.version or info.details.corrected:
            members = member_parks(info.details.parks, info.details.park)
            return ReportMeta(
                info.details.year,
                info.details.months,
                parks,
                members,
                published_year(info.details.published),
            )
        with self._cache_lock:
            cached = self._meta_cache.get(source)
        if cached is None or cached[0] != info.indexed_at:
            meta = report_meta(info.title, self.report_text(source)[:400], info.details.published)
            cached = (info.indexed_at, meta)
            with self._cache_lock:
                self._meta_cache[source] = cached
        return replace(cached[1], parks=parks)

    @cached_property
    def engine(self) -> Engine:
        return Engine(self._facts_of, self.report_text, self._meta_of, _shipped_ranker())

    @cached_property
    def responder(self) -> Responder:
        return Responder(
            self.engine,
            self.reader,
            self.report_text,
            lambda: self._by_catalog("years", lambda: {k.source: k.year for k in self._keys()}),
        )

    @cached_property
    def reader(self) -> Reader:
        return Reader(self.report_text, self._facts_of)

    def close(self) -> None:
        with self._write_lock:  # never under a write still running in another thread
            if "_indexer" in self.__dict__:
                self._indexer.close()
            if "_writer" in self.__dict__:
                while self._writer._depth:
                    self._writer.release()
            if "catalog" in self.__dict__:
                self.catalog.close()


@dataclass(frozen=True)
class _Turn:
    question: Question
    sources: set[str]
    #: What retrieval is asked: the conversation's first question and this one.
    query: str
    unknown: bool
    #: The question that opened this line of the conversation.
    base: str
    #: It refers back to a name no earlier answer gave ("its output" after a refused "which
    #: sub-zone…"): nothing in the reports says what it asks about.
    unresolved: bool = False


@functools.lru_cache(maxsize=1 << 16)
def _is_indicator(name: str) -> bool:
    """A table row's name that is an indicator's (规上工业总产值): what every report measures,
    not a company or project that picks out the reports naming it (its unit in brackets and a
    其中 before it said or not: "其中：税收收入（亿元）")."""
    name = re.sub(r"^其中[：:]?|[（(][^（()）]{1,8}[）)]$", "", name.strip())
    return any(m.end - m.start == len(name) for m in ontology().mentions(name))


def _no_name(value: str) -> bool:
    """A table row's label that names nothing (合计, 其他, 亿元, 增长): never the thing a
    follow-up refers back to."""
    return (
        is_unit(value)
        or bool(TOTAL_ROW.search(value))
        or value in ("其他", "其它", "其余")
        or (len(value) <= 4 and measure_in(value) != "level")
    )


def _area_suffix(name: str) -> str:
    return next((s for s in NAME_SUFFIXES["area"] if name.endswith(s)), "")


#: Only this many of the latest turns of a conversation are read (older turns cannot change
#: what a follow-up refers to, and each costs an analysis).
MAX_HISTORY_TURNS = 24
#: ... and each of them only up to this many characters (a question's limit; an answer
#: names its figure and source well within this).
MAX_TURN_CHARS = 500


def _checked_history(history: object) -> list[dict[str, str]]:
    """The conversation's latest turns, or ``ValueError`` saying what is malformed."""
    if history is None:
        return []
    if isinstance(history, str | bytes | dict) or not isinstance(history, Sequence):
        raise ValueError("history must be a list of {'role', 'content'} turns")
    turns: list[dict[str, str]] = []
    for n, turn in enumerate(history[-MAX_HISTORY_TURNS:]):
        if not isinstance(turn, dict):
            raise ValueError(f"history turn {n} is a {type(turn).__name__}, not a dict")
        role, content = turn.get("role"), turn.get("content", "")
        if role not in ("user", "assistant"):
            raise ValueError(f"history turn {n} has role {role!r}, not 'user' or 'assistant'")
        if not isinstance(content, str):
            raise ValueError(f"history turn {n}: content must be text")
        # Earlier turns are read like questions: each is cut to a question's length, so a
        # history can cost no more than that many questions.
        content = content[:MAX_TURN_CHARS].encode("utf-8", "replace").decode()
        turns.append({"role": role, "content": content})
    return turns


def _conversation(history: Sequence[dict[str, str]] | None) -> list[tuple[str, str]]:
    """The user's earlier questions, oldest first, each with the answer given to it (empty when
    none was); ``history`` has passed :func:`_checked_history`."""
    turns: list[tuple[str, str]] = []
    for turn in history or []:
        content = turn["content"].strip()
        if turn.get("role") == "user" and content:
            turns.append((content, ""))
        elif turn.get("role") == "assistant" and turns and not turns[-1][1]:
            turns[-1] = (turns[-1][0], content)
    return turns


@dataclass(frozen=True)
class _Prepared:
    question: Question
    passages: list[Passage]
    sources: set[str]
    keys: list[ReportKey]
    unknown_park: bool
    unresolved: bool = False


def _shipped_ranker() -> Ranker | None:
    """The packaged ranker, or the file named by ``$PARKQA_RANKER`` (to measure another one)."""
    path = os.environ.get("PARKQA_RANKER")
    try:
        return load_ranker(Path(path) if path else None)
    except (FileNotFoundError, ValueError) as exc:
        # Without a usable ranker questions fail with a clear error at ask time, while
        # candidates (what training needs) still work.
        warnings.warn(f"no usable ranker: {exc}", stacklevel=2)
        return None


def _analyse_without_parks(
    question: str, keys: list[ReportKey], sources: set[str], parks: tuple[str, ...] = ()
) -> Question:
    """Analyse the question with the names of the reports it chose removed from its words:
    they choose what is read, they are no words a figure's sentence must hold. A park it names
    with its city first (煜浔市淞焕高新区: a bulletin's member park) is read by its own name,
    the one the bulletin's sentences hold."""
    text = question
    for key in keys:
        if key.source in sources:
            text = key.strip_from(text)
    for park in sorted(parks, key=len, reverse=True):
        text = text.replace(park, " " + own_name(park))
    analysed = analyse(text)
    return replace(analysed, text=question)
