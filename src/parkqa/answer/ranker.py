"""The learned ranker: logistic regression over :data:`parkqa.answer.features.FEATURES`.

Why learned: hand-set weights end up fitted to the questions at hand one rule at a time. Here
the weights come from ``python -m parkqa.answer.training`` (logistic regression, scikit-learn) on
gold questions, are saved as ``data/ranker.json`` beside this package and read without
scikit-learn at run time; the refusal threshold is calibrated on questions not trained on.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from parkqa.answer.features import FEATURES


@dataclass(frozen=True)
class Ranker:
    weights: tuple[float, ...]
    bias: float
    #: Below this probability the best candidate is not an answer: the engine refuses.
    threshold: float
    #: Mean and scale per feature (standardisation learned with the weights).
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    #: The regularisation the weights were fitted with (chosen by cross-validation).
    c: float = 1.0
    #: The least probability shown as an answer for a fact matching the question's indicator
    #: and measure, and for the ranker's top pick when the question names no indicator the
    #: ontology knows (only its words vouch for it); how far a matching figure must be ahead
    #: of a different one that fits as well. Calibrated with the weights (training).
    fact_floor: float = 0.5
    ranked_floor: float = 0.7
    margin: float = 0.1
    #: The floor for a date, name or list the ranker chose (no indicator to match).
    name_floor: float = 0.7
    #: The recipe it was made from (the sets, by path): ``python -m parkqa.answer.training
    #: --again`` makes it again from them.
    recipe: str = ""

    def probability(self, vector: list[float]) -> float:
        z = self.bias + sum(
            w * (x - m) / s
            for w, x, m, s in zip(self.weights, vector, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict[str, object]:
        return {
            "features": list(FEATURES),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
            "mean": list(self.mean),
            "scale": list(self.scale),
            "c": self.c,
            "fact_floor": self.fact_floor,
            "ranked_floor": self.ranked_floor,
            "margin": self.margin,
            "name_floor": self.name_floor,
            "recipe": json.loads(self.recipe) if self.recipe else None,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Ranker:
        if list(data["features"]) != list(FEATURES):
            raise ValueError(
                "the ranker file was trained on other features; retrain it with "
                "`python -m parkqa.answer.training`"
            )
        return cls(
            tuple(data["weights"]),
            float(data["bias"]),
            float(data["threshold"]),
            tuple(data["mean"]),
            tuple(data["scale"]),
            float(data.get("c", 1.0)),
            float(data.get("fact_floor", 0.5)),
            float(data.get("ranked_floor", 0.7)),
            float(data.get("margin", 0.1)),
            float(data.get("name_floor", 0.7)),
            json.dumps(data["recipe"], ensure_ascii=False) if data.get("recipe") else "",
        )

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_dict(), indent=1) + "\n", encoding="utf-8")


def load_ranker(path: Path | None = None) -> Ranker:
    """The shipped ranker (``parkqa/data/ranker.json``), or the one at ``path``."""
    if path is not None:
        return Ranker.from_dict(json.loads(path.read_text(encoding="utf-8")))
    text = resources.files("parkqa").joinpath("data/ranker.json").read_text(encoding="utf-8")
    return Ranker.from_dict(json.loads(text))
