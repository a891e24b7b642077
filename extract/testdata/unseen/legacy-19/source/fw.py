"""Small helpers for composing fixed-width (Courier) printouts."""
import textwrap


def center(s, w):
    s = s.strip()
    pad = (w - len(s)) // 2
    return " " * max(pad, 0) + s


def right(s, w):
    return s.rjust(w)


def lr(left, rightpart, w):
    gap = w - len(left) - len(rightpart)
    return left + " " * max(gap, 1) + rightpart


def wrap(text, w, first="", rest=None):
    if rest is None:
        rest = " " * len(first)
    return textwrap.wrap(" ".join(text.split()), width=w, initial_indent=first,
                         subsequent_indent=rest, break_long_words=False,
                         break_on_hyphens=False)


def leader(label, value, w, ch="."):
    n = w - len(label) - len(value) - 2
    return label + " " + ch * max(n, 2) + " " + value


def spaced(word):
    return " ".join(word)


def check_width(lines, w, name):
    for i, l in enumerate(lines):
        if len(l) > w:
            raise SystemExit(f"{name}: line {i+1} is {len(l)} > {w}: {l!r}")
