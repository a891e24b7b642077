"""Helpers for the Macchia d'Isernia house style: an old "Halley"-like
80-column report, plain ASCII, accents written as apostrophes, paragraphs
justified by padding spaces, rules of '=' and '-'."""

WIDTH = 80


def centre(s, width=WIDTH):
    return (" " * max(0, (width - len(s)) // 2) + s).rstrip()


def rule(ch="=", width=WIDTH):
    return ch * width


def _just(words, width):
    if len(words) == 1:
        return words[0]
    gaps = len(words) - 1
    total = width - sum(len(w) for w in words)
    base, extra = divmod(total, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


def para(text, width=WIDTH, indent=0, hang="", justify=True, first=""):
    """Wrap text; hang = label in the first line's indent ("1) "),
    first = extra indent of the first line only."""
    words = text.split()
    lines, cur = [], []
    avail = width - indent
    firstavail = avail - len(first)
    for w in words:
        lim = firstavail if not lines else avail
        if cur and len(" ".join(cur + [w])) > lim:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    out = []
    for i, ws in enumerate(lines):
        lim = firstavail if i == 0 else avail
        body = _just(ws, lim) if (justify and i < len(lines) - 1) else " ".join(ws)
        if i == 0:
            lead = (hang.ljust(indent) if hang else " " * indent) + first
        else:
            lead = " " * indent
        out.append(lead + body)
    return out


def header(title_lines):
    out = [centre("COMUNE DI MACCHIA D'ISERNIA"), centre("Provincia di Isernia"),
           centre("86070 Macchia d'Isernia (IS)"), rule("=")]
    out += title_lines
    out.append(rule("="))
    return out


def subject(s):
    out = para(s, indent=9, hang="OGGETTO:", justify=False)
    return out + [rule("=")]


def two(left, right, col=40):
    return (left.ljust(col) + right).rstrip()
