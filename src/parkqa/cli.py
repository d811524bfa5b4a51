"""``parkqa`` command line: a thin layer over :class:`parkqa.ParkQA`.

Machine-readable output (``--json``) is always the last line of stdout, so scripts can take
``tail -n 1``; progress and warnings go to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from parkqa.answer.measures import label
from parkqa.answer.ontology import ontology
from parkqa.api import ParkQA, ReportNotFound
from parkqa.compose import place
from parkqa.config import BACKENDS, DEFAULT_BACKEND, Settings
from parkqa.question import analyse


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--store", metavar="DIR", help="store folder (default: $PARKQA_STORE or ./parkqa-store)"
    )
    common.add_argument(
        "--backend",
        choices=BACKENDS,
        default=None,
        help=f"how the embedding model runs (default: $PARKQA_BACKEND or {DEFAULT_BACKEND}); "
        "a store's vectors are made by one backend",
    )
    parser = argparse.ArgumentParser(
        prog="parkqa", description="Exact, cited answers from industrial-park reports."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "reembed",
        parents=[common],
        help="re-embed every chunk of the store with --backend (after switching backend)",
    )

    p = sub.add_parser("index", parents=[common], help="index report files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--prune", action="store_true", help="remove reports whose files are gone")
    p.add_argument("--json", action="store_true", help="print the counts as JSON (last line)")
    _detail_options(p, "for one file: ")

    p = sub.add_parser(
        "details",
        parents=[common],
        help="show a report's details (title, park, year, period) or correct them",
    )
    p.add_argument("source", help="the report's source name, as `parkqa list` shows it")
    _detail_options(p, "")
    p.add_argument("--json", action="store_true", help="print the details as JSON (last line)")

    p = sub.add_parser("list", parents=[common], help="list the indexed reports")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("remove", parents=[common], help="remove one report from the index")
    p.add_argument("source", help="the report's source name, as `parkqa list` shows it")

    p = sub.add_parser(
        "check", parents=[common], help="check that catalog and vector store agree (exit 1 if not)"
    )
    p.add_argument("--repair", action="store_true", help="fix what the check finds")
    p.add_argument("--json", action="store_true", help="print the findings as JSON (last line)")

    p = sub.add_parser("ask", parents=[common], help="ask a question")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print the answer as JSON (last line)")

    p = sub.add_parser("facts", parents=[common], help="show the facts read from one report")
    p.add_argument("source", help="the report's source name, as `parkqa list` shows it")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="one JSON list (last line)")
    out.add_argument("--csv", action="store_true", help="CSV with a header row")

    p = sub.add_parser("eval", parents=[common], help="score answers against a gold file")
    p.add_argument(
        "gold",
        nargs="+",
        metavar="GOLD",
        help="gold questions (.jsonl) or conversations (.json, a list of lists of turns)",
    )
    p.add_argument("--json", action="store_true", help="print the metrics as JSON (last line)")

    p = sub.add_parser("serve", parents=[common], help="start the web chat")
    p.add_argument("--host", default=None, help="default 127.0.0.1 ($PARKQA_HOST)")
    p.add_argument("--port", type=int, default=None, help="default 7860 ($PARKQA_PORT)")
    p.add_argument(
        "--reports",
        metavar="DIR",
        default=None,
        help="folder that uploads go to and 're-index' reads (default: STORE/reports)",
    )
    return parser


def _progress_bar():
    """A tqdm bar on stderr, shown only on a terminal and only for runs of several files."""
    from tqdm import tqdm

    state: dict[str, tqdm] = {}

    def update(done: int, total: int, current: str) -> None:
        if "bar" not in state:
            state["bar"] = tqdm(
                total=total,
                unit="file",
                disable=None if total > 3 else True,
                file=sys.stderr,
                leave=False,
            )
        bar = state["bar"]
        bar.n = done
        bar.set_postfix_str(current[-40:], refresh=True)
        if done >= total:
            bar.close()

    return update


def _detail_options(p: argparse.ArgumentParser, scope: str) -> None:
    """--park/--title/--year/--period: what a user knows of a report better than its text."""
    p.add_argument("--park", help=f"{scope}the report's park (e.g. 青槐高新区)")
    p.add_argument("--title", help=f"{scope}the report's title")
    p.add_argument("--year", help=f"{scope}the year its figures cover ('' clears it)")
    p.add_argument(
        "--period", help=f"{scope}the period it covers: 1-9月, 前三季度, 上半年, 全年 ('' clears)"
    )


def _details_given(args: argparse.Namespace) -> dict[str, object]:
    return {
        name: getattr(args, name)
        for name in ("park", "title", "year", "period")
        if getattr(args, name) is not None
    }


def cmd_index(qa: ParkQA, args: argparse.Namespace) -> int:
    given = _details_given(args)
    if given and (len(args.paths) != 1 or not Path(args.paths[0]).is_file()):
        raise ValueError("--park/--title/--year/--period describe one file: give exactly one")
    result = qa.index(
        args.paths,
        prune=args.prune,
        progress=None if args.json else _progress_bar(),
        details=given or None,
    )
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(
            f"added {result.added}, updated {result.updated}, unchanged {result.unchanged}, "
            f"removed {result.removed}, skipped {result.skipped}, failed {len(result.failed)} "
            f"({result.chunks_added} chunks embedded, {result.chunks_deleted} deleted, "
            f"{result.seconds:.1f} s)"
        )
        for line in result.repaired:
            print(f"repaired: {line}")
        for failure in result.failed:
            print(f"FAILED {failure.path}: {failure.error}")
    return 1 if result.failed else 0


def cmd_list(qa: ParkQA, args: argparse.Namespace) -> int:
    reports = qa.describe()
    if args.json:
        print(json.dumps(reports, ensure_ascii=False))
        return 0
    if not reports:
        print("no reports indexed")
    for r in reports:
        areas = "、".join(map(str, r["areas"]))  # type: ignore[call-overload]
        when = f"{r['year'] or ''} {r['period'] or ''}".strip()
        pages = f"{r['pages']} pages" if r["pages"] else "-"
        ocr = "OCR" if r["ocr"] else "-"
        print(
            f"{r['source']}\t{r['format']}\t{pages}\t{ocr}\t{r['chunks']} chunks\t"
            f"{r['indexed_at']}\t{r['title']}\t"
            f"{r['park'] or '-'}{'（' + areas + '）' if areas else ''}\t{when}\t"
            f"{r['published'] or '-'}\t{r['publisher'] or '-'}"
        )
    return 0


def cmd_details(qa: ParkQA, args: argparse.Namespace) -> int:
    given = _details_given(args)
    if given:
        qa.correct(args.source, **given)
    row = next(iter(qa.describe([args.source])), None)
    if row is None:
        raise ReportNotFound(args.source)
    shown = {k: row[k] for k in ("source", "title", "park", "parks", "year", "period", "corrected")}
    if args.json:
        print(json.dumps(shown, ensure_ascii=False))
        return 0
    for key, value in shown.items():
        if isinstance(value, list):
            value = "、".join(map(str, value))
        print(f"{key}\t{value if value not in (None, '') else '-'}")
    return 0


def cmd_reembed(qa: ParkQA, args: argparse.Namespace) -> int:
    chunks = qa.reembed(progress=_progress_bar())
    print(f"re-embedded {chunks} chunks with the {qa.settings.backend} backend")
    return 0


def cmd_remove(qa: ParkQA, args: argparse.Namespace) -> int:
    deleted = qa.remove(args.source)
    print(f"removed {args.source} ({deleted} chunks)")
    return 0


def cmd_check(qa: ParkQA, args: argparse.Namespace) -> int:
    found = qa.check(repair=args.repair)
    if args.json:
        print(json.dumps(found.to_dict(), ensure_ascii=False))
        return 0 if found.ok else 1
    for line in found.repaired:
        print(f"repaired: {line}")
    for line in found.problems():
        print(f"PROBLEM {line}")
    state = "consistent" if found.ok else "NOT consistent (run: parkqa check --repair)"
    print(f"{found.reports} reports, {found.chunks} chunks, {found.records} records: {state}")
    return 0 if found.ok else 1


def cmd_ask(qa: ParkQA, args: argparse.Namespace) -> int:
    answer = qa.ask(args.question)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False))
        return 0
    print(answer.answer)
    lang = analyse(answer.question).lang
    for n, c in enumerate(answer.citations, 1):
        where = place(c, lang)
        print(f"[{n}] {c.source}{' · ' + where if where else ''} [{c.start}:{c.end}] {c.quote}")
    if answer.related:
        print("相关数字：" if lang == "zh" else "Related figures:")
        for r in answer.related:
            what = label(r.indicator, r.measure, "zh")
            when = " ".join(x for x in (f"{r.year}年" if r.year else "", r.period) if x)
            print(f"  · {what} {r.value} ({when}) — {r.source} [{r.start}:{r.end}] {r.quote}")
    if not answer.citations:
        for n, p in enumerate(answer.passages, 1):
            print(f"  {n}. {p.source} [{p.start}:{p.end}] ({p.score:.3f}) {p.text}")
    return 0


_FACT_COLUMNS = (
    "indicator_id",
    "indicator_name",
    "measure",
    "base_id",
    "indicator",
    "value",
    "kind",
    "unit",
    "period",
    "year",
    "status",
    "comparison",
    "subject",
    "start",
    "end",
    "quote",
)


def cmd_facts(qa: ParkQA, args: argparse.Namespace) -> int:
    text = qa.report_text(args.source)
    rows = []
    onto = ontology()
    for fact in qa.facts(args.source):
        row = fact.to_dict()
        row["quote"] = text[fact.sentence_start : fact.sentence_end]
        row["indicator_name"] = onto.get(fact.indicator_id).name if fact.indicator_id else ""
        rows.append({k: row[k] for k in _FACT_COLUMNS})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    elif args.csv:
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=_FACT_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    else:
        for r in rows:
            linked = f"{r['indicator_name'] or '-'}/{r['measure'] or '-'}"
            if r["base_id"]:
                linked += f" of {onto.get(str(r['base_id'])).name}"
            print(
                f"{linked:<22}\t{r['value']}\t{r['kind']}\t{r['period']}\t"
                f"{r['year'] or ''}\t{r['status']}\t{r['subject']}\t"
                f"{str(r['indicator'])[-16:]}\t[{r['start']}:{r['end']}]"
            )
    return 0


def cmd_eval(qa: ParkQA, args: argparse.Namespace) -> int:
    from parkqa.evaluation import evaluate, load_gold, summary_line

    rows = [row for path in args.gold for row in load_gold(path)]
    report = evaluate(qa, rows)
    metrics = report.metrics()
    for miss in report.misses():
        print("MISS " + miss.miss())
    print(summary_line(metrics))
    if args.json:
        print(json.dumps(metrics, ensure_ascii=False))
    return 0


def cmd_serve(qa: ParkQA, args: argparse.Namespace) -> int:
    from parkqa.web import serve

    serve(qa, host=args.host, port=args.port, reports_dir=args.reports)
    return 0


COMMANDS = {
    "index": cmd_index,
    "reembed": cmd_reembed,
    "list": cmd_list,
    "remove": cmd_remove,
    "check": cmd_check,
    "ask": cmd_ask,
    "facts": cmd_facts,
    "eval": cmd_eval,
    "details": cmd_details,
    "serve": cmd_serve,
}


#: Commands that only read a store: on a folder that is not a store they say so instead of
#: silently creating an empty one there.
NEEDS_STORE = ("list", "remove", "check", "ask", "facts", "eval", "details")


def _store_settings(args: argparse.Namespace) -> Settings:
    settings = Settings.from_env(args.store, backend=getattr(args, "backend", None))
    store = settings.store
    if store.exists() and not store.is_dir():
        raise ValueError(f"the store {store} is a file, not a folder")
    if args.command in NEEDS_STORE and not (store / "reports.sqlite").is_file():
        raise FileNotFoundError(
            f"no parkqa store at {store} (create one with: parkqa index PATH --store {store})"
        )
    return settings


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        qa = ParkQA(settings=_store_settings(args))
        return COMMANDS[args.command](qa, args)
    except BrokenPipeError:
        # `parkqa facts … | head`: the reader stopped reading; not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (ReportNotFound, FileNotFoundError, ValueError) as exc:  # GoldError is a ValueError
        print(f"parkqa: error: {_printable(str(exc))}", file=sys.stderr)
        return 2
    except (RuntimeError, OSError) as exc:  # store unreachable or busy, model conversion failed
        print(f"parkqa: error: {_printable(str(exc))}", file=sys.stderr)
        return 3


def _printable(text: str) -> str:
    """One line, encodable on any terminal (a message may quote undecodable input)."""
    line = " ".join(text.split())
    return line.encode("utf-8", "backslashreplace").decode("utf-8")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
