"""Small helpers for the hand-written PostScript programs of this set.

The programs imitate what a Windows PostScript driver or a package's own
print module sends to a virtual PDF printer: fonts re-encoded to a
Windows-like vector, lines justified with widthshow (word spacing),
headings letter-spaced with ashow, table cells set with moveto/show.
"""
from reportlab.pdfbase.pdfmetrics import stringWidth

PROLOG = r"""%!PS-Adobe-3.0
%%Creator: {creator}
%%Title: {title}
%%Pages: (atend)
%%DocumentMedia: A4 595 842 0 () ()
%%BoundingBox: 0 0 595 842
%%EndComments
%%BeginProlog
/WinEnc ISOLatin1Encoding 256 array copy def
WinEnc 39 /quotesingle put WinEnc 96 /grave put
WinEnc 128 /Euro put WinEnc 146 /quoteright put WinEnc 147 /quotedblleft put
WinEnc 148 /quotedblright put WinEnc 150 /endash put WinEnc 151 /emdash put
WinEnc 149 /bullet put WinEnc 45 /hyphen put
/reenc {{ % newname oldname
  findfont dup length dict begin {{ 1 index /FID ne {{ def }} {{ pop pop }} ifelse }} forall
  /Encoding WinEnc def currentdict end definefont pop }} bind def
/F1 /Times-Roman reenc /F2 /Times-Bold reenc /F3 /Times-Italic reenc
/F4 /Helvetica reenc /F5 /Helvetica-Bold reenc /F6 /Courier reenc /F7 /Courier-Bold reenc
/F8 /Helvetica-Oblique reenc
/ft {{ exch findfont exch scalefont setfont }} bind def
/L {{ moveto lineto stroke }} bind def
/R {{ 4 2 roll moveto 1 index 0 rlineto 0 exch rlineto neg 0 rlineto closepath stroke }} bind def
%%EndProlog
%%BeginSetup
<< /PageSize [595 842] >> setpagedevice
%%EndSetup
"""

FONTS = {'F1': 'Times-Roman', 'F2': 'Times-Bold', 'F3': 'Times-Italic',
         'F4': 'Helvetica', 'F5': 'Helvetica-Bold', 'F6': 'Courier',
         'F7': 'Courier-Bold', 'F8': 'Helvetica-Oblique'}


def pstr(s):
    b = s.encode('cp1252')
    out = []
    for c in b:
        if c in (40, 41, 92):
            out.append('\\' + chr(c))
        elif c < 32 or c > 126:
            out.append('\\%03o' % c)
        else:
            out.append(chr(c))
    return '(' + ''.join(out) + ')'


def width(s, font, size):
    return stringWidth(s, FONTS[font], size)


def wrap(text, font, size, maxw, first_indent=0):
    words = text.split()
    lines, cur = [], []
    limit = maxw - first_indent
    for w in words:
        trial = ' '.join(cur + [w])
        if cur and width(trial, font, size) > limit:
            lines.append(cur)
            cur = [w]
            limit = maxw
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return [' '.join(l) for l in lines]


class Page:
    def __init__(self):
        self.ops = []

    def add(self, s):
        self.ops.append(s)

    def font(self, f, size):
        self.add('/%s %g ft' % (f, size))

    def text(self, x, y, s, f=None, size=None):
        if f:
            self.font(f, size)
        self.add('%.2f %.2f moveto %s show' % (x, y, pstr(s)))

    def right(self, x, y, s, f, size):
        self.font(f, size)
        self.add('%.2f %.2f moveto %s show' % (x - width(s, f, size), y, pstr(s)))

    def center(self, x, y, s, f, size):
        self.font(f, size)
        self.add('%.2f %.2f moveto %s show' % (x - width(s, f, size) / 2, y, pstr(s)))

    def spaced(self, x, y, s, f, size, track, center=False):
        """letter-spaced heading: ashow"""
        self.font(f, size)
        w = width(s, f, size) + track * (len(s) - 1)
        if center:
            x = x - w / 2
        self.add('%.2f %.2f moveto %g 0 %s ashow' % (x, y, track, pstr(s)))

    def justify(self, x, y, s, f, size, target, last=False):
        """a line justified by word spacing: widthshow on the space (Tw)"""
        self.font(f, size)
        n = s.count(' ')
        w = width(s, f, size)
        if last or n == 0:
            self.add('%.2f %.2f moveto %s show' % (x, y, pstr(s)))
        else:
            tw = (target - w) / n
            self.add('%.2f %.2f moveto %.3f 0 32 %s widthshow' % (x, y, tw, pstr(s)))

    def para(self, x, y, text, f, size, maxw, lead, indent=0, justify=True):
        lines = wrap(text, f, size, maxw, indent)
        for i, ln in enumerate(lines):
            xx = x + (indent if i == 0 else 0)
            ww = maxw - (indent if i == 0 else 0)
            if justify:
                self.justify(xx, y, ln, f, size, ww, last=(i == len(lines) - 1))
            else:
                self.text(xx, y, ln, f, size)
            y -= lead
        return y

    def line(self, x1, y1, x2, y2, w=0.5):
        self.add('%g setlinewidth %.2f %.2f %.2f %.2f L' % (w, x2, y2, x1, y1))

    def rect(self, x, y, w, h, lw=0.5):
        self.add('%g setlinewidth %.2f %.2f %.2f %.2f R' % (lw, x, y, w, h))

    def body(self):
        return '\n'.join(self.ops)


def document(creator, title, pages, forms=''):
    """pages: list of (setup_ps, body_ps) strings. forms: PS defining forms."""
    out = [PROLOG.format(creator=creator, title=title)]
    if forms:
        out.insert(1, '')
        out[0] = out[0].replace('%%EndProlog', forms + '\n%%EndProlog')
    for i, body in enumerate(pages, 1):
        out.append('%%%%Page: %d %d\n%%%%BeginPageSetup\n/pgsave save def\n%%%%EndPageSetup\n%s\npgsave restore\nshowpage' % (i, i, body))
    out.append('%%%%Trailer\n%%%%Pages: %d\n%%%%EOF\n' % len(pages))
    return '\n'.join(out)


class Flow:
    """Flows paragraphs over pages between top and bottom; new pages get
    their top from next_top."""
    def __init__(self, top, bottom, x, w, first_top=None):
        self.pages = [Page()]
        self.top, self.bottom, self.x, self.w = top, bottom, x, w
        self.y = first_top if first_top is not None else top

    @property
    def pg(self):
        return self.pages[-1]

    def need(self, h):
        if self.y - h < self.bottom:
            self.pages.append(Page())
            self.y = self.top

    def para(self, text, f='F1', size=11, lead=14, indent=0, justify=True,
             after=4, hang=0, label=None, label_font=None):
        lines = wrap(text, f, size, self.w - hang, indent)
        for i, ln in enumerate(lines):
            self.need(lead)
            xx = self.x + hang + (indent if i == 0 else 0)
            ww = self.w - hang - (indent if i == 0 else 0)
            if i == 0 and label:
                self.pg.text(self.x, self.y, label, label_font or f, size)
            if justify:
                self.pg.justify(xx, self.y, ln, f, size, ww, last=(i == len(lines) - 1))
            else:
                self.pg.text(xx, self.y, ln, f, size)
            self.y -= lead
        self.y -= after

    def center(self, s, f, size, lead, track=0, after=4):
        self.need(lead)
        if track:
            self.pg.spaced(self.x + self.w / 2, self.y, s, f, size, track, center=True)
        else:
            self.pg.center(self.x + self.w / 2, self.y, s, f, size)
        self.y -= lead + after

    def skip(self, h):
        self.y -= h
