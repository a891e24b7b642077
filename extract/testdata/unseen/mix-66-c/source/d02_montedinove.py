# Comune di Montedinove (AP): "copia di deliberazione della Giunta comunale" in the print of a Halley-like
# package, written by a small custom PDF generator (no PDF library): the two fonts are Type 3 fonts whose
# glyph procedures are the outlines of Liberation Sans / Liberation Sans Bold (read with fontTools), with a
# ToUnicode CMap; every glyph is placed on its own with Td, no space glyph is ever drawn (word gaps are
# only distances), justified lines spread their gaps; the running foot of every page is drawn before the
# body in the content stream.
import sys, zlib
from fontTools.ttLib import TTFont
from fontTools.pens.basePen import BasePen

LIB = "/usr/share/fonts/truetype/liberation/"


class PDFPathPen(BasePen):
    def __init__(self, gs, scale):
        super().__init__(gs); self.ops = []; self.s = scale
    def _p(self, pt): return "%d %d" % (round(pt[0] * self.s), round(pt[1] * self.s))
    def _moveTo(self, pt): self.ops.append(self._p(pt) + " m")
    def _lineTo(self, pt): self.ops.append(self._p(pt) + " l")
    def _curveToOne(self, p1, p2, p3): self.ops.append(" ".join(self._p(p) for p in (p1, p2, p3)) + " c")
    def _closePath(self): self.ops.append("h")


class T3Font:
    """A Type 3 font made of the outlines of a TrueType font, codes assigned as characters are used."""
    def __init__(self, path, tag):
        self.tt = TTFont(path); self.tag = tag
        self.cmap = self.tt.getBestCmap(); self.gs = self.tt.getGlyphSet()
        self.scale = 1000.0 / self.tt["head"].unitsPerEm
        self.codes = {}  # char -> code
        self.widths = {}
    def width(self, ch):
        g = self.cmap.get(ord(ch), ".notdef")
        return self.tt["hmtx"][g][0] * self.scale
    def code(self, ch):
        if ch not in self.codes:
            c = len(self.codes) + 33
            if c > 255: raise SystemExit("too many glyphs")
            self.codes[ch] = c
        return self.codes[ch]
    def objects(self, pdf):
        procs = {}
        for ch, c in self.codes.items():
            g = self.cmap.get(ord(ch), ".notdef")
            pen = PDFPathPen(self.gs, self.scale); self.gs[g].draw(pen)
            w = round(self.width(ch))
            body = ("%d 0 d0\n" % w) + "\n".join(pen.ops) + ("\nf" if pen.ops else "")
            procs[c] = pdf.stream(body.encode())
        first, last = min(procs), max(procs)
        widths = " ".join(str(round(self.width(next(k for k, v in self.codes.items() if v == c)))) if c in procs else "0"
                          for c in range(first, last + 1))
        diffs = " ".join("%d /g%d" % (c, c) for c in sorted(procs))
        cp = " ".join("/g%d %d 0 R" % (c, procs[c]) for c in sorted(procs))
        bf = "\n".join("<%02X> <%04X>" % (c, ord(ch)) for ch, c in sorted(self.codes.items(), key=lambda x: x[1]))
        cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
                "%d beginbfchar\n%s\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n" % (len(self.codes), bf))
        tu = pdf.stream(cmap.encode())
        return pdf.obj("<< /Type /Font /Subtype /Type3 /Name /%s /FontBBox [-200 -250 1100 950] /FontMatrix [0.001 0 0 0.001 0 0] "
                       "/CharProcs << %s >> /Encoding << /Type /Encoding /Differences [%s] >> /FirstChar %d /LastChar %d "
                       "/Widths [%s] /Resources << >> /ToUnicode %d 0 R >>" % (self.tag, cp, diffs, first, last, widths, tu))


class PDF:
    def __init__(self): self.objs = []
    def obj(self, s):
        self.objs.append(s if isinstance(s, bytes) else s.encode("latin-1")); return len(self.objs)
    def stream(self, data, compress=True):
        if compress:
            z = zlib.compress(data)
            return self.obj(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
        return self.obj(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
    def reserve(self): self.objs.append(None); return len(self.objs)
    def set(self, n, s): self.objs[n - 1] = s.encode("latin-1")
    def write(self, path, root, info):
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); offs = []
        for i, o in enumerate(self.objs, 1):
            offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
        x = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1)
        for o in offs: out += b"%010d 00000 n \n" % o
        out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(self.objs) + 1, root, info, x)
        open(path, "wb").write(out)


R = T3Font(LIB + "LiberationSans-Regular.ttf", "F1")
B = T3Font(LIB + "LiberationSans-Bold.ttf", "F2")
W, H = 595.0, 842.0
LM, RM = 62.0, 533.0


class Page:
    def __init__(self): self.ops = []
    def glyphs(self, font, size, x, y, text, gapextra=0.0):
        """every glyph its own BT ... Td Tj ET-less run: one BT per line, one Td per glyph, spaces never drawn"""
        self.ops.append("BT /%s %.1f Tf" % (font.tag, size))
        cx, lastx, lasty = x, 0.0, 0.0
        first = True
        for ch in text:
            if ch == " ":
                cx += font.width(" ") * size / 1000 + gapextra; continue
            dx, dy = (cx, y) if first else (cx - lastx, 0)
            self.ops.append("%.2f %.2f Td <%02X> Tj" % (dx, dy, font.code(ch)))
            first = False; lastx = cx
            cx += font.width(ch) * size / 1000
        self.ops.append("ET")
    def rule(self, x1, y1, x2, y2, w=0.5):
        self.ops.append("%.2f w %.1f %.1f m %.1f %.1f l S" % (w, x1, y1, x2, y2))
    def rect(self, x, y, w, h, lw=0.5):
        self.ops.append("%.2f w %.1f %.1f %.1f %.1f re S" % (lw, x, y, w, h))


def tw(font, size, s): return sum(font.width(c) for c in s) * size / 1000


def para(page, y, text, font=R, size=10.5, lead=14.0, x0=LM, x1=RM, indent=0.0, justify=True, first_indent=0.0):
    words = text.split(); line = []; lines = []
    width = x1 - x0
    for wd in words:
        trial = " ".join(line + [wd])
        avail = width - indent - (first_indent if not lines else 0)
        if line and tw(font, size, trial) > avail:
            lines.append(line); line = [wd]
        else:
            line.append(wd)
    if line: lines.append(line)
    for i, ln in enumerate(lines):
        xs = x0 + indent + (first_indent if i == 0 else 0)
        s = " ".join(ln)
        extra = 0.0
        if justify and i < len(lines) - 1 and len(ln) > 1:
            extra = (x1 - xs - tw(font, size, s)) / (len(ln) - 1)
        page.glyphs(font, size, xs, y, s, extra)
        y -= lead
    return y


def centre(page, y, text, font=B, size=11):
    page.glyphs(font, size, (W - tw(font, size, text)) / 2, y, text)


def foot(page, n):
    page.rule(LM, 52, RM, 52, 0.4)
    page.glyphs(R, 7.5, LM, 42, "DELIBERAZIONE DELLA GIUNTA COMUNALE n. 57 del 05-10-2026 - COMUNE DI MONTEDINOVE")
    page.glyphs(R, 7.5, RM - tw(R, 7.5, "Pag. %d" % n), 42, "Pag. %d" % n)


def main(out):
    p1, p2 = Page(), Page()
    foot(p1, 1); foot(p2, 2)   # the foot goes first in each content stream
    pg = p1
    # letterhead
    centre(pg, 790, "COMUNE DI MONTEDINOVE", B, 16)
    centre(pg, 774, "Provincia di Ascoli Piceno", R, 9.5)
    pg.rule(LM, 764, RM, 764, 0.8)
    centre(pg, 740, "COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE", B, 12.5)
    pg.rect(200, 708, 195, 22, 0.6)
    pg.glyphs(R, 10.5, 212, 715, "Numero")
    pg.glyphs(B, 10.5, 255, 715, "57")
    pg.glyphs(R, 10.5, 300, 715, "Del")
    pg.glyphs(B, 10.5, 323, 715, "05-10-2026")
    y = 684
    pg.glyphs(B, 10.5, LM, y, "Oggetto:")
    y = para(pg, y, "APPROVAZIONE SCHEMA DI CONVENZIONE CON IL COMUNE DI ROTELLA PER LA GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE - PERIODO 01.11.2026 - 31.10.2029.", B, 10.5, 14, LM + 50, RM)
    pg.rule(LM, y + 6, RM, y + 6, 0.4)
    y -= 10
    y = para(pg, y, "L'anno duemilaventisei il giorno cinque del mese di ottobre alle ore 12:30, nella sala delle adunanze si è riunita la Giunta Comunale convocata nelle forme di legge.")
    y -= 4
    y = para(pg, y, "Dei Signori componenti della Giunta Comunale di questo Comune:")
    y -= 6
    for nm, rl, pa in (("ALESSANDRINI ANTONIO", "SINDACO", "P"), ("CAPRIOTTI LUCIA", "VICESINDACO", "P"), ("VAGNONI MARCO", "ASSESSORE", "A")):
        pg.glyphs(R, 10.5, LM + 30, y, nm); pg.glyphs(R, 10.5, LM + 230, y, rl); pg.glyphs(R, 10.5, LM + 370, y, pa)
        y -= 15
    y -= 4
    y = para(pg, y, "ne risultano presenti n.   2 e assenti n.   1.", justify=False)
    y -= 4
    y = para(pg, y, "Assume la presidenza il Signor ALESSANDRINI ANTONIO in qualità di SINDACO assistito dal SEGRETARIO COMUNALE DOTT.SSA FELICI ROBERTA.")
    y = para(pg, y, "Il Presidente, accertato il numero legale per la validità dell'adunanza, dichiara aperta la seduta ed invita i presenti alla trattazione dell'oggetto sopra indicato.")
    y -= 8
    centre(pg, y, "LA GIUNTA COMUNALE", B, 11); y -= 20
    body = [
        "PREMESSO che l'art. 30 del D.Lgs. 18 agosto 2000, n. 267, consente agli enti locali di stipulare tra loro apposite convenzioni al fine di svolgere in modo coordinato funzioni e servizi determinati;",
        "CONSIDERATO che il Comune di Montedinove non dispone in pianta organica di personale di Polizia Locale in numero sufficiente a garantire con continuità i servizi di vigilanza, e che il Comune di Rotella ha manifestato, con nota prot. n. 2214 del 18.09.2026, la disponibilità a gestire in forma associata il servizio;",
        "VISTA la legge regionale Marche 17 febbraio 2014, n. 1, in materia di polizia locale, che promuove l'esercizio associato delle funzioni;",
        "VISTO lo schema di convenzione composto da n. 12 articoli, allegato alla presente deliberazione quale parte integrante e sostanziale;",
        "ACQUISITI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000 dal Responsabile del Servizio interessato e dal Responsabile del Servizio Finanziario;",
        "Con voti unanimi favorevoli espressi nelle forme di legge;",
    ]
    for b in body:
        y = para(pg, y, b); y -= 3
    y -= 4
    centre(pg, y, "D E L I B E R A", B, 11); y -= 20
    pts = [
        "di approvare lo schema di convenzione tra i Comuni di Montedinove e Rotella per la gestione in forma associata del servizio di Polizia Locale per il periodo 01.11.2026 - 31.10.2029, che si allega al presente atto per farne parte integrante e sostanziale;",
        "di individuare nel Comune di Rotella l'ente capofila della gestione associata;",
        "di dare atto che la spesa a carico del Comune di Montedinove, stimata in euro 9.800,00 annui, trova copertura al capitolo 1320 del bilancio di previsione 2026-2028;",
        "di autorizzare il Sindaco alla sottoscrizione della convenzione.",
    ]
    # page break: page 1 is full after the second point
    for i, t in enumerate(pts, 1):
        if y < 120:
            pg = p2; y = 790
        pg.glyphs(R, 10.5, LM + 8, y, "%d)" % i)
        y = para(pg, y, t, indent=26); y -= 3
    y -= 6
    y = para(pg, y, "Successivamente, con separata votazione unanime favorevole, la Giunta Comunale dichiara il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
    y -= 16
    pg.glyphs(R, 10.5, LM, y, "Il presente verbale viene letto, approvato e sottoscritto."); y -= 26
    pg.glyphs(B, 10, LM + 30, y, "IL PRESIDENTE"); pg.glyphs(B, 10, LM + 290, y, "IL SEGRETARIO COMUNALE"); y -= 14
    pg.glyphs(R, 10, LM + 10, y, "F.to ALESSANDRINI ANTONIO"); pg.glyphs(R, 10, LM + 290, y, "F.to DOTT.SSA FELICI ROBERTA"); y -= 34
    pg.rule(LM, y + 12, RM, y + 12, 0.4)
    pg.rect(LM, y - 52, RM - LM, 58, 0.5)
    pg.glyphs(B, 9.5, LM + 8, y - 6, "PARERE:  Favorevole in ordine alla REGOLARITA' TECNICA")
    pg.glyphs(R, 9.5, LM + 8, y - 20, "Data: 02-10-2026")
    pg.glyphs(R, 9.5, LM + 190, y - 20, "Il Responsabile del servizio F.to CORRADETTI PAOLO")
    pg.glyphs(B, 9.5, LM + 8, y - 34, "PARERE:  Favorevole in ordine alla REGOLARITA' CONTABILE")
    pg.glyphs(R, 9.5, LM + 8, y - 46, "Data: 02-10-2026")
    pg.glyphs(R, 9.5, LM + 190, y - 46, "Il Responsabile del servizio F.to TALAMONTI ELENA")
    y -= 84
    centre(pg, y, "ATTESTATO DI PUBBLICAZIONE", B, 10); y -= 16
    y = para(pg, y, "Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on line per 15 giorni consecutivi dal 07-10-2026 al 22-10-2026.", R, 9.5, 12.5)
    pg.glyphs(R, 9.5, LM, y - 4, "Montedinove, li 07-10-2026")
    pg.glyphs(R, 9.5, LM + 250, y - 4, "IL SEGRETARIO COMUNALE")
    pg.glyphs(R, 9.5, LM + 250, y - 17, "F.to DOTT.SSA FELICI ROBERTA")

    pdf = PDF()
    catalog = pdf.reserve(); pages = pdf.reserve()
    f1 = R.objects(pdf); f2 = B.objects(pdf)
    kids = []
    for pgx in (p1, p2):
        cs = pdf.stream(("0 g 0 G\n" + "\n".join(pgx.ops)).encode("latin-1"))
        kids.append(pdf.obj("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                            "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> /ProcSet [/PDF /Text] >> >>" % (pages, cs, f1, f2)))
    pdf.set(pages, "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids)))
    pdf.set(catalog, "<< /Type /Catalog /Pages %d 0 R >>" % pages)
    info = pdf.obj("<< /Producer (Halley PA - Stampa Atti 9.2) /Creator (HALLEY Informatica - modulo Delibere) /Title (Delibera G.C. n. 57 del 05-10-2026) /CreationDate (D:20261007093112+02'00') >>")
    pdf.write(out, catalog, info)


main(sys.argv[1])
