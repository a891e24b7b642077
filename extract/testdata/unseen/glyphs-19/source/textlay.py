"""textlay: line breaking and the several ways the hand-written documents
write a line of text into a content stream.

Modes of a paragraph:
  tw        one Tj per line, justified by Tw (word spacing) and optional Tc
  glyph_tm  every glyph placed by its own absolute Tm, no space characters
  glyph_td  every glyph placed by a relative Td, no space characters
  tj        words cut into syllables, drawn as TJ arrays with kerning numbers;
            the gaps between words are numbers, not space characters
  syl       syllables drawn by separate Tj operators, space characters kept
"""
import re

from rawpdf import fmt, lit, hexs

VOW = "aeiouàèéìòùAEIOUÀÈÉÌÒÙ"


def syllables(word):
    """Rough Italian syllabification, good enough to cut words into pieces."""
    parts, cur = [], ""
    i = 0
    while i < len(word):
        cur += word[i]
        if word[i] in VOW and i + 1 < len(word):
            rest = word[i + 1:]
            m = re.match(r"[^%s]*" % VOW, rest)
            cons = m.group(0)
            if len(rest) > len(cons) and cons.isalpha() or cons == "":
                if len(cons) >= 2 and cons[0] == cons[1]:
                    cur += cons[0]
                    i += 1
                elif len(cons) >= 2 and cons[0] in "lmnr" and cons[1] not in "h":
                    cur += cons[0]
                    i += 1
                elif len(cons) >= 2 and cons[0] != "s" and cons[1] not in "lrh":
                    cur += cons[0]
                    i += 1
                if cur:
                    parts.append(cur)
                    cur = ""
        i += 1
    if cur:
        parts.append(cur)
    return [p for p in parts if p]


def wrap(words, font, size, width, tc=0.0):
    lines, cur = [], []
    sp = font.width(" ", size)
    for w in words:
        trial = cur + [w]
        t = " ".join(trial)
        if cur and font.width(t, size) + tc * len(t) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


class Stream:
    def __init__(self):
        self.ops = []

    def raw(self, s):
        self.ops.append(s if isinstance(s, bytes) else s.encode("latin-1"))

    def data(self):
        return b"\n".join(self.ops) + b"\n"

    def s(self, font, text):
        b = font.enc(text)
        return hexs(b) if getattr(font, "two_byte", False) or font.__class__.__name__ == "TTIdentityFont" else lit(b)

    # ------------------------------------------------------------ graphics
    def rect(self, x, y, w, h, lw=0.5, fill=None):
        if fill is not None:
            self.raw("q %s g %s %s %s %s re f Q" % (fmt(fill), fmt(x), fmt(y), fmt(w), fmt(h)))
        if lw:
            self.raw("%s w %s %s %s %s re S" % (fmt(lw), fmt(x), fmt(y), fmt(w), fmt(h)))

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.raw("%s w %s %s m %s %s l S" % (fmt(lw), fmt(x1), fmt(y1), fmt(x2), fmt(y2)))

    # ------------------------------------------------------------ text
    def text(self, font, size, x, y, s, align="left", tc=0.0, width=None):
        w = font.width(s, size) + tc * len(s)
        if align == "center":
            x = x + (width - w) / 2.0 if width else x - w / 2.0
        elif align == "right":
            x = x + width - w if width else x - w
        tcop = " %s Tc" % fmt(tc) if tc else ""
        self.raw(b"BT /" + font.name.encode() + (" %s Tf%s %s %s Td " % (fmt(size), tcop, fmt(x), fmt(y))).encode()
                 + self.s(font, s) + (b" Tj 0 Tc ET" if tc else b" Tj ET"))
        return w

    def glyphs_tm(self, font, size, x, y, s, gaps=None, tracking=0.0):
        """Every glyph by its own Tm; spaces are not drawn, only skipped."""
        ops = [b"BT /" + font.name.encode() + (" %s Tf" % fmt(size)).encode()]
        cx = x
        for ch in s:
            if ch == " ":
                cx += font.width(" ", size) + (gaps or 0.0)
                continue
            ops.append(("1 0 0 1 %s %s Tm " % (fmt(cx), fmt(y))).encode() + self.s(font, ch) + b" Tj")
            cx += font.width(ch, size) + tracking
        ops.append(b"ET")
        self.raw(b"\n".join(ops))
        return cx - x

    def glyphs_td(self, font, size, x, y, s, gaps=0.0, tracking=0.0):
        """Every glyph by a relative Td from the previous glyph; no spaces."""
        ops = [b"BT /" + font.name.encode() + (" %s Tf %s %s Td" % (fmt(size), fmt(x), fmt(y))).encode()]
        pend = 0.0
        first = True
        for ch in s:
            if ch == " ":
                pend += font.width(" ", size) + gaps
                continue
            if not first:
                ops.append(("%s 0 Td" % fmt(pend)).encode())
            ops.append(self.s(font, ch) + b" Tj")
            first = False
            pend = font.width(ch, size) + tracking
        ops.append(b"ET")
        self.raw(b"\n".join(ops))

    def tj_line(self, font, size, x, y, words, gap_extra=0.0, kern=True):
        """Words as TJ arrays cut into syllables with kerning numbers; the
        gaps between words are TJ numbers (no space characters)."""
        sp = font.width(" ", size) + gap_extra
        arr = []
        for wi, w in enumerate(words):
            if wi:
                arr.append(fmt(-sp * 1000.0 / size).encode())
            pieces = syllables(w) if len(w) > 3 else [w]
            for pi, p in enumerate(pieces):
                if pi and kern and hasattr(font, "kerning"):
                    k = font.kerning(pieces[pi - 1][-1], p[0])
                    if k:
                        arr.append(fmt(-k).encode())
                # kerning inside the piece, as a real kerning engine writes it
                seg = ""
                for ci, ch in enumerate(p):
                    if ci and kern and hasattr(font, "kerning"):
                        k = font.kerning(p[ci - 1], ch)
                        if k:
                            arr.append(self.s(font, seg))
                            arr.append(fmt(-k).encode())
                            seg = ""
                    seg += ch
                arr.append(self.s(font, seg))
        self.raw(b"BT /" + font.name.encode() + (" %s Tf %s %s Td [" % (fmt(size), fmt(x), fmt(y))).encode()
                 + b" ".join(arr) + b"] TJ ET")

    def para(self, font, size, x, y, width, leading, text, mode="tw", justify=True, tc=0.0,
             indent=0.0, last_justify=False):
        words = text.split()
        lines = wrap(words, font, size, width - indent, tc) if indent else wrap(words, font, size, width, tc)
        if indent and len(lines) > 1:
            # re-wrap the rest at full width
            first = lines[0]
            rest = wrap(words[len(first):], font, size, width, tc)
            lines = [first] + rest
        if mode == "tw":
            self.raw(b"BT /" + font.name.encode() + (" %s Tf %s TL %s Tc %s %s Td" % (
                fmt(size), fmt(leading), fmt(tc), fmt(x + indent), fmt(y))).encode())
        for li, ln in enumerate(lines):
            s = " ".join(ln)
            lx = x + (indent if li == 0 else 0)
            lw = width - (indent if li == 0 else 0)
            nat = font.width(s, size) + tc * len(s)
            nsp = len(ln) - 1
            last = li == len(lines) - 1
            extra = (lw - nat) / nsp if (justify and nsp and (not last or last_justify)) else 0.0
            ly = y - li * leading
            if mode == "tw":
                if li == 1 and indent:
                    self.raw("%s 0 Td" % fmt(-indent))
                self.raw(("%s Tw " % fmt(extra)).encode() + self.s(font, s) + b" Tj T*")
            elif mode == "glyph_tm":
                self.glyphs_tm(font, size, lx, ly, s, gaps=extra)
            elif mode == "glyph_td":
                self.glyphs_td(font, size, lx, ly, s, gaps=extra)
            elif mode == "tj":
                self.tj_line(font, size, lx, ly, ln, gap_extra=extra)
            elif mode == "syl":
                ops = [b"BT /" + font.name.encode() + (" %s Tf %s Tw %s %s Td" % (
                    fmt(size), fmt(extra), fmt(lx), fmt(ly))).encode()]
                for wi, w in enumerate(ln):
                    pcs = syllables(w) if len(w) > 4 else [w]
                    if wi:
                        pcs[0] = " " + pcs[0]
                    for p in pcs:
                        ops.append(self.s(font, p) + b" Tj")
                ops.append(b"0 Tw ET")
                self.raw(b"\n".join(ops))
        if mode == "tw":
            self.raw("0 Tw 0 Tc ET")
        return y - len(lines) * leading


def hyph_parts(word):
    """Syllables fit for visible hyphenation: never split two vowels
    (diphthongs, hiatus), never leave fewer than two letters at either end."""
    parts = syllables(word)
    out = []
    for p in parts:
        if out and (out[-1][-1] in VOW and p[0] in VOW):
            out[-1] += p
        else:
            out.append(p)
    while len(out) > 1 and len(out[0]) < 2:
        out[1] = out[0] + out[1]
        out.pop(0)
    while len(out) > 1 and len(out[-1]) < 3:
        out[-2] += out[-1]
        out.pop()
    return out
