"""The J-Serfin house style of San Giorgio Ionico: an 80-column report, a
running head with the act's number on every page, the frame in capitals
with apostrophes for accents, the proposal's text in mixed case."""
import textwrap

WIDTH = 80


def wrap(text, indent=0, first=None, width=WIDTH):
    """Wrap TEXT into lines of WIDTH; FIRST is a label for the first line."""
    pad = " " * indent
    lines = textwrap.wrap(text, width=width - indent, break_long_words=False, break_on_hyphens=False)
    out = []
    for i, l in enumerate(lines):
        if i == 0 and first is not None:
            out.append((first.ljust(indent) if indent else first) + l)
        else:
            out.append(pad + l)
    return out


def centre(s, width=WIDTH):
    return s.center(width).rstrip()


def spaced(s):
    """Letter-spaced banner: C O M U N E   D I ..."""
    return "   ".join(" ".join(w) for w in s.split())


def paginate(lines, head, per_page=62, foot=None):
    """Split LINES into pages with HEAD (a function of the page number) and
    an optional FOOT line; return a list of pages (lists of lines)."""
    pages, cur = [], []
    body = per_page - 3 - (2 if foot else 0)
    # keep blocks marked with None as page-break hints
    for l in lines:
        if l is None:
            if cur:
                pages.append(cur); cur = []
            continue
        cur.append(l)
        if len(cur) >= body:
            pages.append(cur); cur = []
    if cur:
        pages.append(cur)
    out = []
    n = len(pages)
    for i, p in enumerate(pages, 1):
        pg = [head(i, n), "-" * WIDTH, ""] + p
        if foot:
            pg += [""] * (per_page - 2 - len(pg)) + ["-" * WIDTH, foot]
        out.append(pg)
    return out


def roll_across(rows, hdr=("COGNOME E NOME", "CARICA", "PRES")):
    """Two members a line, read across."""
    def cell(n, r, p):
        return f"{n:<21}{r:<13}{p:<4}"
    out = [" " + cell(*hdr) + " | " + cell(*hdr), " " + "-" * 78]
    for i in range(0, len(rows), 2):
        left = cell(*rows[i])
        right = cell(*rows[i + 1]) if i + 1 < len(rows) else ""
        out.append((" " + left + " | " + right).rstrip())
    return out


def roll_down(rows, hdr=("COGNOME E NOME", "CARICA", "PRES")):
    """Two columns, read down."""
    half = (len(rows) + 1) // 2
    def cell(n, r, p):
        return f"{n:<21}{r:<13}{p:<4}"
    out = [" " + cell(*hdr) + " | " + cell(*hdr), " " + "-" * 78]
    for i in range(half):
        left = cell(*rows[i])
        right = cell(*rows[half + i]) if half + i < len(rows) else ""
        out.append((" " + left + " | " + right).rstrip())
    return out
