"""Fixed-width report layout shared by every renderer of set mix-110-c.

A document is a list of pages; a page is a list of lines; a line is a dict:
  t   : the line as an 80/132-column report prints it (padded, centred, justified
        with extra blanks as old line-printer software did)
  k   : 'p' plain, 'j' a justified paragraph line (not the last of its paragraph),
        'sp' a letter-spaced heading
  raw : for 'j' the words joined by one blank (renderers that justify with Tw use it),
        for 'sp' the heading without the letter spacing
  ind : left indent in columns (for 'j' and 'sp')
  ov  : overlays [(column, text)] typed over the line (forms filled over underscores)
  b   : bold flag (renderers that have a bold Courier may use it)
"""

import textwrap


def L(t="", k="p", raw=None, ind=0, ov=None, b=False):
    return {"t": t, "k": k, "raw": raw if raw is not None else t, "ind": ind, "ov": ov or [], "b": b}


def blank(n=1):
    return [L("") for _ in range(n)]


def center(text, width, b=False):
    pad = max(0, (width - len(text)) // 2)
    return [L(" " * pad + text, b=b)]


def spaced(text, width):
    """Letter-spaced heading: V E R B A L E   D I ..."""
    words = text.split(" ")
    sp = "   ".join(" ".join(w) for w in words)
    pad = max(0, (width - len(sp)) // 2)
    return [L(" " * pad + sp, k="sp", raw=text, ind=pad, b=True)]


def rule(ch, width, ind=0):
    return [L(" " * ind + ch * (width - ind))]


def lr(left, right, width, ind=0):
    gap = width - ind - len(left) - len(right)
    if gap < 1:
        gap = 1
    return [L(" " * ind + left + " " * gap + right)]


def cols(parts, width):
    """parts: list of (column, text)."""
    s = ""
    for c, t in parts:
        if len(s) <= c:
            s += " " * (c - len(s))
        else:
            s += " "
        s += t
    return [L(s)]


def _justify(words, width):
    if len(words) == 1:
        return words[0]
    total = sum(len(w) for w in words)
    gaps = len(words) - 1
    spaces = width - total
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


def para(text, width, ind=0, first=None, hang=None, justify=True, b=False):
    """Wrap a paragraph. first: text put before the first line (e.g. '1. ') and
    hang: indent of the following lines (defaults to ind + len(first))."""
    first = first or ""
    if hang is None:
        hang = ind + len(first)
    lines = []
    words = text.split()
    cur = []
    avail = width - ind - len(first)
    indent_now = ind
    prefix = first
    out = []
    while words:
        cur = [words.pop(0)]
        while words and len(" ".join(cur + [words[0]])) <= avail:
            cur.append(words.pop(0))
        last = not words
        body_raw = " ".join(cur)
        if justify and not last:
            body = _justify(cur, avail)
            k = "j"
        else:
            body = body_raw
            k = "p"
        out.append(L(" " * indent_now + prefix + body, k=k, raw=prefix + body_raw, ind=indent_now, b=b))
        indent_now = hang
        prefix = ""
        avail = width - hang
    return out


def labelled(label, text, width, ind=0, justify=False):
    """'OGGETTO: ....' with continuation lines aligned under the text."""
    return para(text, width, ind=ind, first=label, justify=justify)


# ---------------------------------------------------------------- dates in words
DAYS = {1: "PRIMO", 2: "DUE", 3: "TRE", 4: "QUATTRO", 5: "CINQUE", 6: "SEI", 7: "SETTE", 8: "OTTO",
        9: "NOVE", 10: "DIECI", 11: "UNDICI", 12: "DODICI", 13: "TREDICI", 14: "QUATTORDICI",
        15: "QUINDICI", 16: "SEDICI", 17: "DICIASSETTE", 18: "DICIOTTO", 19: "DICIANNOVE",
        20: "VENTI", 21: "VENTUNO", 22: "VENTIDUE", 23: "VENTITRE'", 24: "VENTIQUATTRO",
        25: "VENTICINQUE", 26: "VENTISEI", 27: "VENTISETTE", 28: "VENTOTTO", 29: "VENTINOVE",
        30: "TRENTA", 31: "TRENTUNO"}
HOURS = {9: "NOVE", 10: "DIECI", 11: "UNDICI", 12: "DODICI", 13: "TREDICI", 17: "DICIASSETTE",
         18: "DICIOTTO", 19: "DICIANNOVE", 20: "VENTI", 21: "VENTUNO"}
MINS = {0: "", 15: " E MINUTI QUINDICI", 30: " E MINUTI TRENTA", 45: " E MINUTI QUARANTACINQUE"}


def day_words(d):
    return DAYS[d]


def time_words(h, m):
    return HOURS[h] + MINS[m]


# ---------------------------------------------------------------- pagination
def paginate(blocks, per_page, head, foot):
    """blocks: list of ('keep'|'flow'|'break', lines). head(p, n) and foot(p, n)
    return lists of lines. Returns pages (lists of lines)."""
    # first pass with a placeholder page count, second pass with the real one
    def run(n_total):
        pages = []
        cur = []
        hl = len(head(1, n_total))
        fl = len(foot(1, n_total))
        room = per_page - hl - fl

        def flush():
            nonlocal cur
            pages.append(cur)
            cur = []

        for kind, lines in blocks:
            if kind == "break":
                if cur:
                    flush()
                continue
            if kind == "keep" and len(lines) <= room and len(cur) + len(lines) > room:
                flush()
            for ln in lines:
                if len(cur) >= room:
                    flush()
                if not cur and ln["t"].strip() == "":
                    continue  # no blank line at the top of a page
                cur.append(ln)
        if cur:
            flush()
        out = []
        n = len(pages)
        for i, p in enumerate(pages, 1):
            body = p + blank(room - len(p))
            out.append(head(i, n) + body + foot(i, n))
        return out

    pages = run(9)
    pages = run(len(pages))
    return pages


def merged(l):
    """The line with its overlays typed over it (as a character grid)."""
    t = l["t"]
    for c, s in l["ov"]:
        t = t.ljust(c + len(s))
        t = t[:c] + s + t[c + len(s):]
    return t


def to_text(pages):
    return "\f".join("\n".join(merged(l).rstrip() for l in p) for p in pages) + "\n"
