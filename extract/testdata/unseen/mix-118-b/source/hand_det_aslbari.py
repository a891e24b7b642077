#!/usr/bin/env python3
"""ASL Bari - DocSuite-like determinazione dirigenziale, content streams written by hand (pikepdf).

What the text layer looks like:
  * the body is drawn first, one glyph at a time (each glyph its own Tm + Tj,
    no space characters at all), the justified lines spread by the gaps only;
  * the last line of each paragraph and the points' hanging lines are written
    whole, justified with Tc (character spacing) instead;
  * the letterhead + heading grid and the signature block are Form XObjects,
    painted after the body (so they come last in the stream);
  * a publication stamp is drawn rotated 90 degrees up the left margin;
  * a running foot carries the act's number.
Fonts are the standard Times/Helvetica (WinAnsiEncoding, not embedded).
Usage: hand_det_aslbari.py OUTDIR
"""
import os
import sys

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = os.path.join(sys.argv[1], "determinazione-aslbari-docsuite-impianti.pdf")
W, H = 595.28, 841.89
LM, RM = 62.0, 533.0
FONTS = {"TR": "Times-Roman", "TB": "Times-Bold", "HV": "Helvetica", "HB": "Helvetica-Bold"}

NUM, DATA = "871", "22/06/2027"
SUBJECT = ("Affidamento diretto, ai sensi dell'art. 50, comma 1, lett. b) del D.Lgs. n. 36/2023, "
           "del servizio di verifica periodica biennale degli impianti elevatori del Presidio "
           "Ospedaliero \u201cDi Venere\u201d di Bari. CIG B8F1D2A604.")


def enc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def sw(s, f, size):
    return stringWidth(s, FONTS[f], size)


def wrap(text, f, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        if cur and sw(" ".join(cur + [w]), f, size) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Ops:
    def __init__(self):
        self.b = []

    def add(self, s):
        self.b.append(s if isinstance(s, bytes) else s.encode("latin-1"))

    def data(self):
        return b"\n".join(self.b)

    def text(self, x, y, s, f, size, tc=0.0):
        self.add("BT /%s %.2f Tf %.3f Tc 1 0 0 1 %.2f %.2f Tm" % (f, size, tc, x, y))
        self.add(b"(" + enc(s) + b") Tj ET")

    def glyphs(self, x, y, words, f, size, gap):
        """every glyph placed alone; words separated by the gap only"""
        self.add("BT /%s %.2f Tf 0 Tc" % (f, size))
        for w in words:
            for ch in w:
                self.add("1 0 0 1 %.2f %.2f Tm" % (x, y))
                self.add(b"(" + enc(ch) + b") Tj")
                x += sw(ch, f, size)
            x += gap
        self.add("ET")

    def rect(self, x, y, w, h, lw=0.6, fill=None):
        if fill:
            self.add("q %s rg %.2f %.2f %.2f %.2f re f Q" % (fill, x, y, w, h))
        self.add("%.2f w %.2f %.2f %.2f %.2f re S" % (lw, x, y, w, h))

    def line(self, x1, y1, x2, y2, lw=0.6):
        self.add("%.2f w %.2f %.2f m %.2f %.2f l S" % (lw, x1, y1, x2, y2))


def paragraph(ops, y, text, f="TR", size=11, lead=14.0, left=LM, right=RM, indent=0.0,
              first=None):
    """justified paragraph: full lines glyph by glyph, last line with Tc."""
    width = right - left
    lines = wrap(text, f, size, width - indent)
    for i, ws in enumerate(lines):
        x = left + indent
        if first is not None and i == 0:
            ops.text(left, y, first, f, size)
        if i < len(lines) - 1:
            natural = sum(sw(w, f, size) for w in ws)
            gap = (width - indent - natural) / max(1, len(ws) - 1)
            ops.glyphs(x, y, ws, f, size, gap)
        else:
            s = " ".join(ws)
            ops.text(x, y, s, f, size, tc=0.0)
        y -= lead
    return y


def spaced_heading(ops, y, s, f="TB", size=12, tc=4.0):
    w = sw(s, f, size) + tc * (len(s) - 1)
    ops.text((LM + RM) / 2 - w / 2, y, s, f, size, tc=tc)


def form(pdf, ops, bbox):
    res = Dictionary(Font=font_dict(pdf))
    return pdf.make_stream(ops.data(), Type=Name.XObject, Subtype=Name.Form,
                           BBox=Array(bbox), Resources=res)


_fonts = {}


def font_dict(pdf):
    if not _fonts.get("d"):
        d = Dictionary()
        for k, v in FONTS.items():
            d[Name("/" + k)] = pdf.make_indirect(Dictionary(
                Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                Encoding=Name.WinAnsiEncoding))
        _fonts["d"] = pdf.make_indirect(d)
    return _fonts["d"]


def header_form(pdf):
    o = Ops()
    top = 800
    o.rect(LM - 6, top - 62, RM - LM + 12, 62, lw=0.9)
    o.line(LM - 6 + 290, top - 62, LM - 6 + 290, top, lw=0.9)
    o.add("0.043 0.325 0.580 rg")
    o.text(LM + 2, top - 26, "ASL BARI", "HB", 22)
    o.add("0 0 0 rg")
    o.text(LM + 2, top - 41, "Azienda Sanitaria Locale della provincia di Bari", "HV", 9)
    o.text(LM + 2, top - 53, "Lungomare Starita, 6 - 70132 Bari - C.F./P.IVA 06534340721", "HV", 7.5)
    cx = (LM - 6 + 290 + RM + 6) / 2
    for s, f, sz, dy in [("DETERMINAZIONE DIRIGENZIALE", "HB", 10.5, 20),
                         ("N. %s del %s" % (NUM, DATA), "HV", 11, 36),
                         ("(Registro Generale)", "HV", 8, 50)]:
        o.text(cx - sw(s, f, sz) / 2, top - dy, s, f, sz)
    # heading grid
    rows = [("STRUTTURA PROPONENTE", ["Area Gestione Tecnica"], "TB"),
            ("UNIT\u00c0 OPERATIVA", ["U.O.S. Manutenzione Impianti"], "TR"),
            ("RESPONSABILE DEL PROCEDIMENTO", ["geom. Onofrio Lamanna"], "TR"),
            ("DIRETTORE DELL'AREA", ["ing. Domenico Sciannimanico"], "TR"),
            ("OGGETTO", [" ".join(l) for l in wrap(SUBJECT, "TB", 10.5, RM - LM - 160)], "TB")]
    y = top - 68
    for lab, vals, f in rows:
        h = 8 + 13 * len(vals)
        o.rect(LM - 6, y - h, 152, h, lw=0.5, fill="0.91 0.933 0.965")
        o.rect(LM + 146, y - h, RM - LM - 140, h, lw=0.5)
        o.text(LM, y - 14 if len(vals) > 1 else y - h / 2 - 3, lab, "HB", 7.5)
        yy = y - 14
        for v in vals:
            o.text(LM + 152, yy, v, f, 10.5)
            yy -= 13
        y -= h
    return form(pdf, o, [0, 0, W, H]), y


def sign_form(pdf):
    o = Ops()
    x = 370
    for s, f, dy in [("Il Direttore dell'Area Gestione Tecnica", "TR", 0),
                     ("ing. Domenico Sciannimanico", "TR", 14),
                     ("(firmato digitalmente)", "TR", 28)]:
        size = 10.5 if dy < 28 else 8.5
        o.text(x - sw(s, f, size) / 2, 60 - dy, s, f, size)
    return form(pdf, o, [0, 0, W, 80])


def foot(ops, page, total):
    ops.add("0.4 0.4 0.4 RG")
    ops.line(LM, 48, RM, 48, lw=0.4)
    ops.add("0 0 0 RG 0.3 0.3 0.3 rg")
    ops.text(LM, 38, "ASL BA \u2013 Determinazione Dirigenziale n. %s del %s \u2013 Area Gestione Tecnica"
             % (NUM, DATA), "HV", 7.5)
    s = "Pag. %d/%d" % (page, total)
    ops.text(RM - sw(s, "HV", 7.5), 38, s, "HV", 7.5)
    ops.add("0 0 0 rg")


def stamp(ops):
    # a publication stamp up the left margin, rotated 90 degrees
    ops.add("q 0 1 -1 0 34 420 cm")
    ops.add("0.75 0.1 0.1 RG 0.75 0.1 0.1 rg")
    ops.rect(-4, -4, 232, 26, lw=1.2)
    ops.text(0, 11, "ALBO PRETORIO ON LINE", "HB", 9)
    ops.text(0, 1, "pubblicato dal 23/06/2027 al 07/07/2027", "HV", 7.5)
    ops.add("Q")


def main():
    pdf = pikepdf.new()
    fonts = font_dict(pdf)
    head, grid_bottom = header_form(pdf)
    sign = sign_form(pdf)

    p1 = Ops()
    y = grid_bottom - 26
    spaced_heading(p1, y, "IL DIRETTORE DELL'AREA")
    y -= 20
    paras = [
        "Premesso che presso il Presidio Ospedaliero \u201cDi Venere\u201d di Bari sono in esercizio "
        "n. 14 impianti elevatori, tra ascensori e montalettighe, soggetti alla verifica periodica "
        "biennale prevista dall'art. 13 del D.P.R. 30 aprile 1999, n. 162, e che le verifiche in "
        "corso di validit\u00e0 scadono nel mese di luglio 2027;",
        "Dato atto che l'U.O.S. Manutenzione Impianti ha richiesto, tramite la piattaforma EmPULIA, "
        "un preventivo a tre organismi di ispezione abilitati e che l'offerta pi\u00f9 conveniente "
        "\u00e8 risultata quella della societ\u00e0 Verifiche Impianti Sud S.r.l., con sede in "
        "Altamura (BA), per l'importo di euro 6.160,00 oltre IVA;",
        "Ritenuto congruo il prezzo offerto e accertato il possesso dei requisiti dichiarati "
        "dall'operatore economico, nonch\u00e9 la regolarit\u00e0 contributiva risultante dal DURC "
        "in corso di validit\u00e0;",
        "Attestata la regolarit\u00e0 tecnica e la legittimit\u00e0 del presente provvedimento;",
    ]
    for t in paras:
        y = paragraph(p1, y, t) - 5
    y -= 6
    spaced_heading(p1, y, "DETERMINA", tc=5.0)
    y -= 20
    pts = [
        "di affidare alla societ\u00e0 Verifiche Impianti Sud S.r.l. il servizio di verifica "
        "periodica biennale dei n. 14 impianti elevatori del Presidio Ospedaliero \u201cDi Venere\u201d "
        "di Bari, per l'importo di euro 6.160,00 oltre IVA al 22%, per complessivi euro 7.515,20;",
        "di imputare la spesa al conto economico 70.20.10.05 \u00abManutenzione impianti e "
        "macchinari\u00bb del bilancio dell'esercizio 2027;",
        "di nominare Responsabile unico del progetto il geom. Onofrio Lamanna, in servizio presso "
        "l'U.O.S. Manutenzione Impianti;",
        "di trasmettere il presente provvedimento all'Area Gestione Risorse Finanziarie per i "
        "conseguenti adempimenti.",
    ]
    pages = [p1]
    cur = p1
    for i, t in enumerate(pts, 1):
        if y < 150:
            cur = Ops()
            pages.append(cur)
            y = 790
        y = paragraph(cur, y, t, indent=20, first="%d." % i) - 4
    sign_y = y - 95
    if sign_y < 70:
        cur = Ops()
        pages.append(cur)
        sign_y = 650
    # content streams: body first, then the forms, then the stamp, then the foot
    total = len(pages)
    for n, ops in enumerate(pages, 1):
        if n == 1:
            ops.add("q 1 0 0 1 0 0 cm /Fh Do Q")
        if ops is cur:
            ops.add("q 1 0 0 1 0 %.2f cm /Fs Do Q" % sign_y)
        if n == 1:
            stamp(ops)
        foot(ops, n, total)
        page = pikepdf.Page(Dictionary(
            Type=Name.Page, MediaBox=Array([0, 0, W, H]),
            Contents=pdf.make_stream(ops.data()),
            Resources=Dictionary(Font=fonts, XObject=Dictionary(Fh=head, Fs=sign))))
        pdf.pages.append(page)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
        m["dc:title"] = "Determinazione Dirigenziale n. %s del %s" % (NUM, DATA)
    pdf.docinfo["/Title"] = "Determinazione Dirigenziale n. %s del %s" % (NUM, DATA)
    pdf.docinfo["/Creator"] = "DocSuite - modulo Atti"
    pdf.docinfo["/Producer"] = "pikepdf %s" % pikepdf.__version__
    pdf.save(OUT)


if __name__ == "__main__":
    main()
