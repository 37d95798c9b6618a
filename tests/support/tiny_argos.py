"""Build a tiny but real ``.argosmodel`` package for tests.

The package holds a real SentencePiece model and a real CTranslate2 Transformer whose
weights are set by hand so that it copies its input: ``translate(x) == x``. That lets
tests check the plumbing (the right sentence comes back for the right input, in order,
with glossary placeholders intact) through argostranslate itself, with no download.

How the copy works: the residual stream has a token block and a position block. The
encoder adds nothing to its input, so each encoder state is "token j at position j".
Decoder embeddings are zero, so at step t the decoder state is only "position t"; its
cross-attention looks up the encoder state at position t and copies that state's token
block to the output projection. ``add_source_eos`` appends ``</s>`` to the source, which
the decoder copies last, ending the sequence. RMS norm (no mean subtraction) keeps the
blocks apart.
"""

from __future__ import annotations

import io
import json
import math
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np

_FREQUENCIES = 12
_MAX_POSITIONS = 1024


def _position_block() -> np.ndarray:
    """Sinusoids whose dot product peaks sharply where two positions are equal."""
    periods = np.geomspace(2.2, 3000.0, _FREQUENCIES)
    positions = np.arange(_MAX_POSITIONS)[:, None]
    angles = 2 * math.pi * positions / periods[None, :]
    return np.concatenate([np.cos(angles), np.sin(angles)], axis=1).astype(np.float32)


def _train_sentencepiece(corpus: Iterable[str], vocab_size: int) -> bytes:
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(list(corpus)),
        model_writer=model,
        vocab_size=vocab_size,
        character_coverage=1.0,
        hard_vocab_limit=False,
        normalization_rule_name="identity",
        minloglevel=2,
    )
    return model.getvalue()


def _vocabulary(sp_model: bytes) -> list[str]:
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=sp_model)
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def _copy_spec(vocabulary: list[str]):
    import ctranslate2

    spec = ctranslate2.specs.TransformerSpec.from_config(1, 1, rms_norm=True)
    size = len(vocabulary)
    pos = _position_block()
    pos_dim = pos.shape[1]
    depth = size + pos_dim
    tok = slice(0, size)
    where = slice(size, depth)

    def zeros(*shape: int) -> np.ndarray:
        return np.zeros(shape, dtype=np.float32)

    encodings = zeros(_MAX_POSITIONS, depth)
    encodings[:, where] = pos
    token_embeddings = zeros(size, depth)
    token_embeddings[:, tok] = np.eye(size, dtype=np.float32) * math.sqrt(_FREQUENCIES)

    encoder = spec.encoder
    encoder.scale_embeddings = False
    encoder.embeddings[0].weight = token_embeddings
    encoder.position_encodings.encodings = encodings
    encoder.layer_norm.gamma = np.ones(depth, dtype=np.float32)
    for layer in encoder.layer:
        layer.self_attention.layer_norm.gamma = np.ones(depth, dtype=np.float32)
        layer.self_attention.linear[0].weight = zeros(3 * depth, depth)
        layer.self_attention.linear[1].weight = zeros(depth, depth)
        layer.ffn.layer_norm.gamma = np.ones(depth, dtype=np.float32)
        layer.ffn.linear_0.weight = zeros(4, depth)
        layer.ffn.linear_1.weight = zeros(depth, 4)

    decoder = spec.decoder
    decoder.scale_embeddings = False
    decoder.embeddings.weight = zeros(size, depth)
    decoder.position_encodings.encodings = encodings
    decoder.layer_norm.gamma = np.ones(depth, dtype=np.float32)
    projection = zeros(size, depth)
    projection[:, tok] = np.eye(size, dtype=np.float32) * 50.0
    decoder.projection.weight = projection
    for layer in decoder.layer:
        layer.self_attention.layer_norm.gamma = np.ones(depth, dtype=np.float32)
        layer.self_attention.linear[0].weight = zeros(3 * depth, depth)
        layer.self_attention.linear[1].weight = zeros(depth, depth)
        cross = layer.attention
        cross.layer_norm.gamma = np.ones(depth, dtype=np.float32)
        query = zeros(depth, depth)
        query[where, where] = np.eye(pos_dim, dtype=np.float32) * 40.0
        cross.linear[0].weight = query
        key_value = zeros(2 * depth, depth)
        key_value[where, where] = np.eye(pos_dim, dtype=np.float32)
        key_value[depth:, :][tok, tok] = np.eye(size, dtype=np.float32)
        cross.linear[1].weight = key_value
        output = zeros(depth, depth)
        output[tok, tok] = np.eye(size, dtype=np.float32) * 10.0
        cross.linear[2].weight = output
        layer.ffn.layer_norm.gamma = np.ones(depth, dtype=np.float32)
        layer.ffn.linear_0.weight = zeros(4, depth)
        layer.ffn.linear_1.weight = zeros(depth, 4)

    spec.config.add_source_eos = True
    spec.config.unk_token = "<unk>"
    spec.config.bos_token = "<s>"
    spec.config.eos_token = "</s>"
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(None)
    return spec


def build_copy_package(
    destination: Path,
    from_code: str = "nl",
    to_code: str = "en",
    corpus: Iterable[str] = (),
    package_version: str = "0.1",
) -> Path:
    """Write ``translate-<from>_<to>-tiny.argosmodel`` into ``destination`` and return it."""
    sentences = list(corpus) or [
        "De minister sprak in Den Haag met de pers.",
        "Der Minister sprach in Berlin mit der Presse.",
    ]
    sp_model = _train_sentencepiece(sentences, vocab_size=96)
    vocabulary = _vocabulary(sp_model)
    name = f"translate-{from_code}_{to_code}-tiny"
    with tempfile.TemporaryDirectory() as work:
        model_dir = Path(work) / "model"
        model_dir.mkdir()
        _copy_spec(vocabulary).save(str(model_dir))
        archive = destination / f"{name}.argosmodel"
        metadata = {
            "package_version": package_version,
            "argos_version": "1.9",
            "from_code": from_code,
            "from_name": from_code,
            "to_code": to_code,
            "to_name": to_code,
            "type": "translate",
        }
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(f"{name}/metadata.json", json.dumps(metadata))
            zf.writestr(f"{name}/sentencepiece.model", sp_model)
            for path in sorted(model_dir.iterdir()):
                zf.write(path, f"{name}/model/{path.name}")
    return archive
