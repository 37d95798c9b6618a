"""The pages' small coloured labels can be read: every colour a ``.label`` rule of the
style sheet sets has a contrast of at least 4.5:1 (WCAG AA for text of their size) on the
paper and on a linked row's background."""

from __future__ import annotations

import re
from pathlib import Path

STYLE = Path(__file__).resolve().parent.parent / "web" / "static" / "style.css"
LINKED_ROW = "#f3f7ff"  # tr.linked td


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    low, high = sorted((_luminance(a), _luminance(b)))
    return (high + 0.05) / (low + 0.05)


def test_the_coloured_labels_have_enough_contrast() -> None:
    css = STYLE.read_text(encoding="utf-8")
    variables = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css))
    found = re.findall(r"([^{}]*\.label)\s*\{\s*color:\s*([^;]+);", css)
    assert len(found) >= 4  # shared, partial, only (pairs and stories)
    for selector, value in found:
        named = re.fullmatch(r"var\(--([\w-]+)\)", value.strip())
        colour = variables[named.group(1)] if named else value.strip()
        for background in (variables["paper"], LINKED_ROW):
            ratio = contrast(colour, background)
            assert ratio >= 4.5, f"{selector.strip()}: {colour} on {background} is {ratio:.2f}:1"
