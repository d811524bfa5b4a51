"""Train the ranker: ``python -m parkqa.answer.training --store S GOLD... [--out FILE]``.

For every gold question the real pipeline produces its candidate facts (``ParkQA.candidates``);
a candidate is positive when its value equals a gold answer (the grader's normalisation) and it
comes from the gold report. A logistic regression (scikit-learn, balanced classes, standardised
features) learns the weights. The refusal threshold is chosen on out-of-fold probabilities (two
folds inside the training questions) to maximise right answers plus right refusals, so it is
never fitted on the questions it is later measured on.

The floors (fact, ranked, named) and the margin are chosen on the engine's own decisions: the
training questions' out of fold, and the questions of the recipe's ``calibration_only`` sets
(development sets the ranker is never fitted on) with the fitted ranker; a few hundred training
questions alone let one or two of them move the fact floor a whole grid step.

``--split FILE`` takes a JSON ``{"train": [ids or sources], ...}`` to train on a fixed part of a
set and measure the rest (see docs/benchmarks.md for the dev-set protocol).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from parkqa.answer.engine import MATCHED, Candidate, Engine
from parkqa.answer.fact import Fact
from parkqa.answer.features import FEATURES
from parkqa.answer.ranker import Ranker
from parkqa.evaluation import GoldRow, exact_numeric, load_gold
from parkqa.question import Question


@dataclass
class Example:
    row: GoldRow
    vectors: list[list[float]]
    labels: list[int]
    #: The question as analysed, its candidates' facts, and the engine that read them (to
    #: replay the engine's decision under other floors: calibration).
    question: Question | None = None
    facts: list[Fact] = field(default_factory=list)
    engine: Engine | None = None
    #: The set the row came from (folds never split a report across train and test).
    group: str = ""
    #: From a set that only calibrates the floors (never trained on): scored by the ranker
    #: fitted on every training example, as a user's questions are.
    calibration: bool = False


def collect(qa, rows: list[GoldRow], name: str = "") -> list[Example]:
    """Candidates and labels of every single-turn gold question (conversation turns skipped)."""
    examples = []
    for row in rows:
        if row.turn is not None:
            continue
        question, candidates = qa.examine(row.question, history=list(row.history) or None)
        labels = [
            int(
                bool(row.answers)
                and c.fact.source == row.source
                and exact_numeric(c.fact.value, row.answers)
            )
            for c in candidates
        ]
        examples.append(
            Example(
                row,
                [list(c.features) for c in candidates],
                labels,
                question,
                [c.fact for c in candidates],
                qa.engine,
                name,
            )
        )
    return examples


def fit(
    examples: list[Example], c: float = 1.0
) -> tuple[list[float], float, list[float], list[float]]:
    """Logistic regression on every candidate of the examples: (weights, bias, mean, scale)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    x = np.array([v for e in examples for v in e.vectors], dtype=float)
    y = np.array([label for e in examples for label in e.labels])
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    model.fit((x - scaler.mean_) / scale, y)
    return list(model.coef_[0]), float(model.intercept_[0]), list(scaler.mean_), list(scale)


def fit_pairwise(
    examples: list[Example], c: float = 1.0
) -> tuple[list[float], float, list[float], list[float]]:
    """Pairwise logistic regression (RankNet-style): for every question with a right candidate,
    each (right, wrong) pair is an example of "the first beats the second". The weights then
    order the candidates of one question, which is the engine's actual decision; the refusal
    threshold on the top score is calibrated separately (out of fold)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    x_all = np.array([v for e in examples for v in e.vectors], dtype=float)
    scaler = StandardScaler().fit(x_all)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    diffs, labels = [], []
    for e in examples:
        x = (np.array(e.vectors, dtype=float) - scaler.mean_) / scale
        right = [i for i, label in enumerate(e.labels) if label]
        wrong = [i for i, label in enumerate(e.labels) if not label]
        for i in right:
            for j in wrong:
                diffs += [x[i] - x[j], x[j] - x[i]]
                labels += [1, 0]
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000)
    model.fit(np.array(diffs), np.array(labels))
    return list(model.coef_[0]), 0.0, list(scaler.mean_), list(scale)


def _best(ranker: Ranker, example: Example) -> tuple[float, int]:
    """(probability, label) of the example's top candidate; (0, 0) when it has none."""
    scored = [
        (ranker.probability(v), label)
        for v, label in zip(example.vectors, example.labels, strict=True)
    ]
    return max(scored, default=(0.0, 0), key=lambda s: s[0])


#: What a wrong answer costs against a right one (a right refusal gains 1, a false refusal
#: costs nothing): a user misled by a figure is worse off than one told "not found". 0.5 was
#: chosen on the dev set's 2-fold figures among 0, 0.5 and 1 (docs/benchmarks.md).
WRONG_ANSWER_COST = 0.5


def _utility(tops: list[tuple[float, int, bool]], t: float) -> float:
    right = sum((p >= t and label == 1) or (p < t and refuse) for p, label, refuse in tops)
    wrong = sum(p >= t and label != 1 for p, label, _ in tops)
    return right - WRONG_ANSWER_COST * wrong


def choose_threshold(tops: list[tuple[float, int, bool]]) -> float:
    """The threshold that maximises right answers + right refusals − :data:`WRONG_ANSWER_COST`
    × wrong answers over (p, label, must_refuse): calibrated for precision (the lowest one
    when several tie)."""
    candidates = sorted({p for p, _, _ in tops} | {0.5})
    best, best_score = 0.5, -float("inf")
    for t in candidates:
        score = _utility(tops, t)
        if score > best_score:
            best, best_score = t, score
    # Sit between this threshold and the next lower probability, not on a training point.
    lower = max((p for p, _, _ in tops if p < best), default=best)
    return (best + lower) / 2


#: Folds of the out-of-fold probabilities the threshold and C are chosen on.
FOLDS = 5

#: Regularisation strengths tried; the one with the best out-of-fold result is used.
C_GRID = (1.0, 0.3, 0.1, 0.03)


def fold_of(example: Example, index: int) -> int:
    """The fold of an example: by its report (a report's questions are never split between
    training and test: questions of one report share sentences and wording), must-refuse
    questions by position."""
    key = f"{example.group}/{example.row.source}" if example.row.source else f"refuse/{index}"
    return sum(key.encode()) % FOLDS


def _out_of_fold(examples: list[Example], c: float, fit_) -> list[tuple[float, int, bool]]:
    """(top probability, its label, must refuse) of every example, each scored by a model
    trained on the other folds (folds by report, :func:`fold_of`)."""
    tops: list[tuple[float, int, bool]] = []
    for ranker, test_part in _fold_rankers(examples, c, fit_):
        for e in test_part:
            p, label = _best(ranker, e)
            tops.append((p, label, e.row.must_refuse))
    return tops


def _fold_rankers(examples: list[Example], c: float, fit_) -> list[tuple[Ranker, list[Example]]]:
    folds = [fold_of(e, i) for i, e in enumerate(examples)]
    out = []
    for fold in range(FOLDS):
        train_part = [e for e, f in zip(examples, folds, strict=True) if f != fold and e.vectors]
        test_part = [e for e, f in zip(examples, folds, strict=True) if f == fold]
        if not test_part or not train_part:
            continue
        w, b, m, s = fit_(train_part, c)
        out.append((Ranker(tuple(w), b, 0.5, tuple(m), tuple(s)), test_part))
    return out


#: The precision a shown answer must have (right ÷ shown as found), at the margin: the floors
#: admit a group of out-of-fold decisions only if it is right this often (:func:`calibrate`).
TARGET_PRECISION = 0.95
FACT_FLOORS = tuple(round(0.05 * i, 2) for i in range(2, 19))
RANKED_FLOORS = tuple(round(0.05 * i, 2) for i in range(6, 20))
MARGINS = (0.0, 0.05, 0.1, 0.2, 0.3)
#: What a wrong answer shown costs in right ones, for :func:`calibrate`: 19 at 95%.
_MARGINAL_COST = TARGET_PRECISION / (1 - TARGET_PRECISION)


def _replayed(e: Example, ranker: Ranker, margin: float) -> tuple[str, float, int]:
    """The engine's decision for one example under ``ranker``'s probabilities, every floor at
    zero: (path: fact, ranked or none; the chosen candidate's probability; its label)."""
    assert e.engine is not None and e.question is not None
    probe = replace(
        ranker, fact_floor=0.0, ranked_floor=0.0, name_floor=0.0, threshold=0.0, margin=margin
    )
    engine = e.engine.with_ranker(probe)
    ranked = sorted(
        (
            Candidate(f, tuple(v), ranker.probability(v))
            for f, v in zip(e.facts, e.vectors, strict=True)
        ),
        key=lambda c: (-c.probability, c.fact.source, c.fact.start),
    )
    decision = engine.decide(e.question, ranked)
    if decision.chosen is None:
        return "none", 0.0, 0
    # A figure matching the frame, or a date or name read beside the thing named, stands on
    # the fact floor; the ranker's bare pick on its path's floor.
    path = "fact" if decision.reason in MATCHED else engine.path(e.question)
    label = e.labels[e.facts.index(decision.chosen.fact)]
    return path, decision.chosen.probability, label


def calibrate(
    examples: list[Example], c: float, fit_, held_out: tuple[Ranker, list[Example]] | None = None
) -> tuple[float, float, float, float, dict[str, float]]:
    """(fact floor, ranked floor, name floor, margin, out-of-fold figures): the floors and
    margin under which the engine's own decisions, each made with a model that never saw the
    example's report, gain the most: right answers and right refusals, less
    :data:`_MARGINAL_COST` per wrong answer (what lowering a floor admits must be right
    :data:`TARGET_PRECISION` of the time). ``held_out``: the ranker fitted on every training
    example and the questions of calibration-only sets it never saw, decided as a user's are
    (a few hundred training questions alone moved the fact floor between 0.50 and 0.70 as one
    or two of them crossed a grid step)."""
    return _counted(_replays(examples, c, fit_, held_out))


#: Each margin's replayed decisions: (path, probability, label, must refuse).
Replays = dict[float, list[tuple[str, float, int, bool]]]


def _replays(
    examples: list[Example], c: float, fit_, held_out: tuple[Ranker, list[Example]] | None
) -> Replays:
    """The engine's decisions of every example under every margin, each made by a model that
    never saw the example's report (out of fold), or by the fitted one (``held_out``)."""
    replays: Replays = {m: [] for m in MARGINS}
    parts = list(_fold_rankers(examples, c, fit_))
    if held_out is not None:
        parts.append(held_out)
    for ranker, test_part in parts:
        for e in test_part:
            if e.engine is None or e.question is None:
                continue
            for margin in MARGINS:
                path, p, label = _replayed(e, ranker, margin)
                replays[margin].append((path, p, label, e.row.must_refuse))
    return replays


def _counted(replays: Replays) -> tuple[float, float, float, float, dict[str, float]]:
    """The floors and margin of the greatest gain, counted over the replayed decisions."""
    results = []
    for margin, rows in replays.items():
        for ff in FACT_FLOORS:
            for rf in RANKED_FLOORS:
                for nf in RANKED_FLOORS:
                    floor = {"fact": ff, "ranked": rf, "named": nf}
                    shown = [
                        (label, refuse)
                        for path, p, label, refuse in rows
                        if path in floor and p >= floor[path]
                    ]
                    right = sum(label == 1 for label, _ in shown)
                    refusals = sum(r for *_, r in rows) - sum(r for _, r in shown)
                    precision = right / len(shown) if shown else 0.0
                    # An answer is worth showing when it is right TARGET_PRECISION of the
                    # time: each wrong one costs as much as that many right ones gain, so a
                    # floor admits a group of answers only at that precision at the margin
                    # (a hard "≥ 95% overall" let low-precision groups in on the back of
                    # precise ones, and jumped between extremes as the data changed).
                    wrong = len(shown) - right
                    key = round(right + refusals - _MARGINAL_COST * wrong, 4)
                    figures = {
                        "shown": len(shown),
                        "right": right,
                        "wrong": len(shown) - right,
                        "precision": round(precision, 4),
                        "questions": len(rows),
                    }
                    results.append((key, (ff, rf, nf, margin), figures))
    best_key = max(r[0] for r in results)
    tied = [r for r in results if r[0] == best_key]
    # Many settings tie on a few hundred questions: the one nearest the middle of the tied
    # ones is the least fitted to where the training questions happen to fall.
    centre = [sum(r[1][i] for r in tied) / len(tied) for i in range(4)]
    _, (ff, rf, nf, margin), figures = min(
        tied, key=lambda r: (sum((r[1][i] - centre[i]) ** 2 for i in range(4)), r[1])
    )
    return ff, rf, nf, margin, figures


def train(examples: list[Example], c: float | None = None, pairwise: bool = False) -> Ranker:
    """Fit the ranker. ``c=None`` chooses the regularisation from :data:`C_GRID` by the
    out-of-fold result inside ``examples`` (never by the questions it is measured on later,
    preferring the simpler model within the noise);
    the refusal threshold is chosen on the same out-of-fold probabilities; the floors on those
    and on the examples of calibration-only sets (never fitted on)."""
    fit_ = fit_pairwise if pairwise else fit
    calibration = [e for e in examples if e.calibration]
    examples = [e for e in examples if not e.calibration]
    grid = C_GRID if c is None else (c,)
    results = []
    for strength in grid:
        tops = _out_of_fold(examples, strength, fit_)
        results.append((_utility(tops, choose_threshold(tops)), strength, tops))
    # One-standard-error rule: the most regularised strength whose out-of-fold result is within
    # the noise of the best one (a few hundred questions cannot tell closer results apart).
    best_utility = max(u for u, _, _ in results)
    noise = (len(results[0][2]) ** 0.5) / 2
    _, strength, tops = min(
        (r for r in results if r[0] >= best_utility - noise), key=lambda r: r[1]
    )
    weights, bias, mean, scale = fit_([e for e in examples if e.vectors], strength)
    fitted = Ranker(tuple(weights), bias, 0.0, tuple(mean), tuple(scale), strength)
    held_out = (fitted, calibration) if calibration else None
    fact_floor, ranked_floor, name_floor, margin, figures = calibrate(
        examples, strength, fit_, held_out
    )
    print(f"out of fold and held out, calibrated: {json.dumps(figures)}", file=sys.stderr)
    return Ranker(
        tuple(weights),
        bias,
        ranked_floor,
        tuple(mean),
        tuple(scale),
        strength,
        fact_floor,
        ranked_floor,
        margin,
        name_floor,
    )


def score(ranker: Ranker, examples: list[Example]) -> dict[str, object]:
    """Top-candidate accuracy of a ranker over examples (a quick check, not the real eval)."""
    right = 0
    for e in examples:
        p, label = _best(ranker, e)
        right += (p >= ranker.threshold and label == 1) or (
            p < ranker.threshold and e.row.must_refuse
        )
    return {"questions": len(examples), "right": right}


def half(rows: list[GoldRow], split: dict[str, list[str]], name: str) -> list[GoldRow]:
    """The rows of one half of a split: questions about the half's reports, and every other
    must-refuse question (by position), so both halves have refusals."""
    sources = set(split[name])
    refusals = [r for r in rows if r.must_refuse]
    first = sorted(split)[0] == name
    kept_refusals = {id(r) for i, r in enumerate(refusals) if (i % 2 == 0) == first}
    return [r for r in rows if r.source in sources or id(r) in kept_refusals]


ROOT = Path(__file__).resolve().parents[3]


def examples_of_recipe(recipe: dict, workdir: Path, root: Path = ROOT) -> list[Example]:
    """Index each set of a recipe into its own store under ``workdir`` (as ``parkqa index``
    does) and collect its gold questions' candidates."""
    from parkqa import ParkQA, Settings

    examples: list[Example] = []
    for spec in recipe["sets"]:
        settings = Settings(store=workdir / spec["name"])
        result = ParkQA(settings=settings).index([root / p for p in spec["reports"]])
        if result.failed:
            raise SystemExit(f"set {spec['name']}: reports that failed to index: {result.failed}")
        # Read as `parkqa eval` reads a store: opened afresh after indexing (the indexer's own
        # instance still holds what it cached while writing, and two runs differed by it)
        qa = ParkQA(settings=settings)
        split = (
            json.loads((root / spec["split"]).read_text(encoding="utf-8"))
            if spec.get("split")
            else {}
        )
        for gold in spec["gold"]:
            rows = load_gold(root / gold)
            if spec.get("half"):
                rows = half(rows, split, spec["half"])
            found = collect(qa, rows, f"{spec['name']}:{gold}")
            if spec.get("calibration_only"):
                for e in found:
                    e.calibration = True
            examples += found
    return examples


def train_recipe(recipe: dict, workdir: Path, root: Path = ROOT) -> Ranker:
    """The ranker a recipe makes (what ``--recipe`` and ``--again`` write)."""
    ranker = train(examples_of_recipe(recipe, workdir, root))
    return replace(ranker, recipe=json.dumps(recipe, ensure_ascii=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m parkqa.answer.training")
    parser.add_argument(
        "--gold",
        action="append",
        metavar="STORE=GOLD[@HALF]",
        help="a store and a gold file of its reports; @A/@B takes one half of --split",
    )
    parser.add_argument(
        "--recipe", help="JSON naming the sets to train on (benchmarks/ranker_recipe.json)"
    )
    parser.add_argument(
        "--again", action="store_true", help="retrain from the recipe the shipped ranker names"
    )
    parser.add_argument("--split", help="JSON {half: [report sources]} for @HALF")
    parser.add_argument("--out", default=None, help="where to write the ranker JSON")
    parser.add_argument(
        "--c", type=float, default=None, help="inverse regularisation (default: chosen by CV)"
    )
    parser.add_argument(
        "--pairwise", action="store_true", help="pairwise (RankNet-style) instead of pointwise"
    )
    args = parser.parse_args(argv)
    from parkqa import ParkQA

    out = Path(args.out) if args.out else Path(__file__).parent.parent / "data" / "ranker.json"
    if args.recipe or args.again:
        import tempfile

        from parkqa.answer.ranker import load_ranker

        recipe_text = (
            Path(args.recipe).read_text(encoding="utf-8") if args.recipe else load_ranker().recipe
        )
        with tempfile.TemporaryDirectory() as work:
            ranker = train_recipe(json.loads(recipe_text), Path(work))
    else:
        if not args.gold:
            parser.error("give --recipe, --again or --gold")
        split = json.loads(Path(args.split).read_text(encoding="utf-8")) if args.split else {}
        examples: list[Example] = []
        for spec in args.gold:
            store, _, gold = spec.partition("=")
            gold, _, name = gold.partition("@")
            rows = load_gold(gold)
            if name:
                rows = half(rows, split, name)
            examples += collect(ParkQA(store), rows, gold)
        ranker = train(examples, args.c, pairwise=args.pairwise)
        print(json.dumps(score(ranker, examples)), file=sys.stderr)
    for feature, w in sorted(zip(FEATURES, ranker.weights, strict=True), key=lambda t: -abs(t[1])):
        print(f"{feature:22s} {w:+.3f}", file=sys.stderr)
    print(f"threshold {ranker.threshold:.3f}, C {ranker.c}", file=sys.stderr)
    ranker.save(out)
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
