#!/usr/bin/env python3
"""Consorzio di Bonifica Litorale Nord: determinazione dirigenziale of the
Area Tecnica, "Sicraweb" house style, written as hand-made content streams
with pikepdf, the way report engines write them:

* the premises are justified by word spacing (Tw) one Tj per line;
* the subject, the dispositivo and the signatures are placed one glyph at
  a time (a Tm per glyph, no space characters at all);
* headings are letter-spaced with Tc;
* the letterhead and the address foot are Form XObjects drawn at the END
  of each page's content stream (out of reading order);
* a publication stamp runs up the left margin, rotated 90 degrees.
Standard 14 Helvetica in WinAnsiEncoding; widths from ReportLab's AFM."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "b2.pdf"
W, H = 595.28, 841.89
LM, RM = 62.0, 56.0
TW = W - LM - RM
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def esc(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        c = bytes([ch])
        if c in (b"(", b")", b"\\"):
            out.append("\\" + c.decode("latin-1"))
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(c.decode("latin-1"))
    return "".join(out)


def sw(s, f, size):
    return stringWidth(s, FONTS[f], size)


class Page:
    def __init__(self):
        self.ops = []

    def add(self, s):
        self.ops.append(s)

    # --- glyphs placed one at a time, no spaces emitted -------------------
    def glyphs(self, x, y, text, f="F1", size=10):
        self.add(f"BT /{f} {size} Tf")
        cx = x
        for ch in text:
            if ch != " ":
                self.add(f"1 0 0 1 {cx:.2f} {y:.2f} Tm ({esc(ch)}) Tj")
            cx += sw(ch, f, size)
        self.add("ET")

    def glyph_par(self, x, y, text, f="F1", size=10, width=TW, lead=13.2, indent=0.0, first=None):
        """wrap and set ragged-right, each glyph alone; returns new y"""
        lines = wrap(text, f, size, width - indent)
        for i, ln in enumerate(lines):
            xx = x + (indent if (i > 0 or first is None) else 0)
            if i == 0 and first is not None:
                self.glyphs(x, y, first, f, size)
                xx = x + indent
            self.glyphs(xx, y, ln, f, size)
            y -= lead
        return y

    # --- justified by word spacing ----------------------------------------
    def justified(self, x, y, text, f="F1", size=10, width=TW, lead=13.2):
        lines = wrap(text, f, size, width)
        self.add(f"BT /{f} {size} Tf {lead} TL 1 0 0 1 {x:.2f} {y:.2f} Tm")
        for i, ln in enumerate(lines):
            nsp = ln.count(" ")
            if i < len(lines) - 1 and nsp:
                tw = (width - sw(ln, f, size)) / nsp
            else:
                tw = 0
            self.add(f"{tw:.3f} Tw ({esc(ln)}) Tj T*")
            y -= lead
        self.add("0 Tw ET")
        return y

    # --- letter-spaced with Tc --------------------------------------------
    def spaced(self, y, text, f="F2", size=11, tc=3.0, center=True, x=None):
        n = len(text)
        w = sw(text, f, size) + tc * (n - 1)
        if x is None:
            x = LM + (TW - w) / 2
        self.add(f"BT /{f} {size} Tf {tc} Tc 1 0 0 1 {x:.2f} {y:.2f} Tm ({esc(text)}) Tj 0 Tc ET")

    def text(self, x, y, s, f="F1", size=9, align="l"):
        if align == "r":
            x -= sw(s, f, size)
        elif align == "c":
            x -= sw(s, f, size) / 2
        self.add(f"BT /{f} {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm ({esc(s)}) Tj ET")

    def rect(self, x, y, w, h, lw=0.6):
        self.add(f"q {lw} w {x:.2f} {y:.2f} {w:.2f} {h:.2f} re S Q")


def wrap(text, f, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if sw(t, f, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def letterhead_stream():
    s = ["q 0.122 0.306 0.475 rg 62 772 58 42 re f",
         "1 1 1 RG 2.6 w 66 792 m 73 800 80 784 87 792 c 94 800 101 784 108 792 c 112 797 114 795 116 792 c S",
         "0.61 0.76 0.9 RG 66 782 m 73 790 80 774 87 782 c 94 790 101 774 108 782 c 112 787 114 785 116 782 c S Q",
         f"BT /F2 14 Tf 1.2 Tc 0.122 0.306 0.475 rg 1 0 0 1 130 797 Tm ({esc('CONSORZIO DI BONIFICA LITORALE NORD')}) Tj 0 Tc ET",
         f"BT /F1 8 Tf 0.2 g 1 0 0 1 130 785 Tm ({esc('Ente pubblico economico – Legge Regionale Lazio 10 agosto 2016, n. 12')}) Tj ET",
         "q 0.122 0.306 0.475 RG 0.8 w 62 764 m 539.28 764 l S Q"]
    return "\n".join(s).encode("latin-1")


def foot_stream():
    t = "Via Vittorio Vidali, 1 – 00155 Roma – C.F. 97212580583 – PEC: protocollo@pec.bonificalitoralenord.it"
    x = W / 2 - sw(t, "F1", 7) / 2
    return (f"q 0.6 G 0.4 w 62 40 m 539.28 40 l S Q BT /F1 7 Tf 0.35 g 1 0 0 1 {x:.2f} 31 Tm ({esc(t)}) Tj ET").encode("latin-1")


def stamp(p, page_no):
    lines = ["ALBO CONSORTILE ON LINE – PUBBLICATO IL 16/02/2027 – REG. PUBBL. N. 214",
             "Affissione dal 16/02/2027 al 03/03/2027"]
    p.add("q 0.75 0.1 0.1 RG 0.75 0.1 0.1 rg 0 1 -1 0 34 250 cm")
    p.add("0.8 w -4 -6 372 26 re S")
    p.add(f"BT /F2 7.5 Tf 1 0 0 1 0 10 Tm ({esc(lines[0])}) Tj ET")
    p.add(f"BT /F1 7 Tf 1 0 0 1 0 0 Tm ({esc(lines[1])}) Tj ET")
    p.add("Q")


SUBJECT = ("Lavori urgenti di ripristino della sponda sinistra del canale allacciante in località Testa di "
           "Lepre – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 – "
           "CIG B7D19E4A20 – CUP J87H27000040005.")

PREMESSE = [
    "VISTA la deliberazione del Consiglio di Amministrazione n. 41 del 20/12/2026, con la quale è stato "
    "approvato il bilancio di previsione per l'esercizio 2027;",
    "VISTO il provvedimento del Direttore Generale n. 3 del 08/01/2027, di assegnazione al sottoscritto "
    "delle risorse finanziarie per la gestione dell'Area Tecnica;",
    "PREMESSO che a seguito delle precipitazioni intense dei giorni 3 e 4 febbraio 2027 si è verificato il "
    "cedimento della sponda sinistra del canale allacciante in località Testa di Lepre, per un tratto di circa "
    "sessanta metri, con pericolo per la viabilità poderale adiacente e per il regolare deflusso delle acque;",
    "VISTO il verbale di somma urgenza redatto dal tecnico del Settore in data 05/02/2027 e la perizia "
    "giustificativa, che quantifica i lavori in € 38.420,00 oltre IVA, di cui € 1.150,00 per oneri della "
    "sicurezza non soggetti a ribasso;",
    "RITENUTO di affidare i lavori all'impresa Edilcanali Tiberina s.r.l., con sede in Roma, che si è resa "
    "immediatamente disponibile e ha offerto un ribasso del 4,5% sull'importo dei lavori, ritenuto congruo;",
    "DATO ATTO che il Responsabile unico del progetto è il geom. Alessio Bernardini, funzionario del Settore;",
]

POINTS = [
    "di affidare all'impresa Edilcanali Tiberina s.r.l., ai sensi dell'art. 50, comma 1, lett. a), del "
    "D.Lgs. 36/2023, i lavori urgenti di ripristino della sponda sinistra del canale allacciante in località "
    "Testa di Lepre, per l'importo netto di € 36.741,35 oltre IVA;",
    "di impegnare la spesa complessiva di € 44.824,45, IVA compresa, sul capitolo 410.20 \"Manutenzione "
    "straordinaria canali e manufatti\" del bilancio 2027;",
    "di dare atto che il CIG è B7D19E4A20 e il CUP è J87H27000040005;",
    "di stabilire che i lavori dovranno essere ultimati entro trenta giorni naturali e consecutivi dalla "
    "consegna;",
    "di disporre la pubblicazione del presente provvedimento all'Albo consortile on line e nella sezione "
    "Amministrazione Trasparente.",
]


def build():
    pdf = pikepdf.new()
    fonts = Dictionary()
    for k, base in FONTS.items():
        fonts[Name("/" + k)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                            BaseFont=Name("/" + base),
                                                            Encoding=Name.WinAnsiEncoding))
    res_forms = Dictionary(Font=fonts)
    lh = pikepdf.Stream(pdf, letterhead_stream())
    lh.Type, lh.Subtype = Name.XObject, Name.Form
    lh.BBox, lh.Resources = Array([0, 700, W, H]), res_forms
    ft = pikepdf.Stream(pdf, foot_stream())
    ft.Type, ft.Subtype = Name.XObject, Name.Form
    ft.BBox, ft.Resources = Array([0, 0, W, 60]), res_forms

    pages = []
    # ---------------------------------------------------------------- page 1
    p = Page()
    y = 745
    p.text(LM, y, "AREA TECNICA", "F2", 11)
    p.text(LM, y - 13, "Settore Manutenzione ed Esercizio Impianti", "F1", 9.5)
    bx = W - RM - 190
    p.rect(bx, y - 30, 190, 44)
    p.spaced(y + 2, "DETERMINAZIONE DIRIGENZIALE", "F2", 9, 1.2, center=False, x=bx + 8)
    p.text(bx + 95, y - 12, "N. 52 del 15/02/2027", "F2", 11, "c")
    p.text(bx + 95, y - 24, "Proposta n. 63 del 12/02/2027", "F1", 8, "c")
    y = 690
    p.text(LM, y, "OGGETTO:", "F2", 10)
    ys = p.glyph_par(LM + 58, y, SUBJECT, "F2", 10, width=TW - 58, lead=12.5)
    p.rect(LM - 4, ys + 4, TW + 8, y - ys + 8)
    y = ys - 16
    p.spaced(y, "IL DIRIGENTE DELL'AREA TECNICA", "F2", 10, 2.0)
    y -= 18
    for para in PREMESSE:
        y = p.justified(LM, y, para, "F1", 10) - 4
    y -= 6
    p.spaced(y, "DETERMINA", "F2", 11, 5.0)
    y -= 18
    for i, pt in enumerate(POINTS[:2], 1):
        y = p.glyph_par(LM, y, pt, "F1", 10, indent=16, first=f"{i}.") - 4
    stamp(p, 1)
    p.text(W - RM, 50, "Pag. 1 di 2", "F1", 7.5, "r")
    p.add("q 1 0 0 1 0 0 cm /Lh Do Q")   # letterhead drawn last
    p.add("q /Ft Do Q")
    pages.append(p)
    # ---------------------------------------------------------------- page 2
    p = Page()
    p.text(LM, 805, "Consorzio di Bonifica Litorale Nord – Determinazione dirigenziale n. 52 del 15/02/2027",
           "F3", 7.5)
    p.add("q 0.5 w 62 800 m 539.28 800 l S Q")
    y = 775
    for i, pt in enumerate(POINTS[2:], 3):
        y = p.glyph_par(LM, y, pt, "F1", 10, indent=16, first=f"{i}.") - 4
    y -= 14
    p.glyphs(LM, y, "Roma, 15/02/2027", "F1", 10)
    y -= 24
    cx = W - RM - 120
    for s, f in (("IL DIRIGENTE DELL'AREA TECNICA", "F2"), ("ing. Paolo Venturini", "F1"),
                 ("(documento firmato digitalmente)", "F3")):
        p.glyphs(cx - sw(s, f, 10 if f != "F3" else 8) / 2, y, s, f, 10 if f != "F3" else 8)
        y -= 13
    y -= 24
    p.add(f"q 0.4 w {LM} {y + 14:.2f} m {W - RM:.2f} {y + 14:.2f} l S Q")
    p.spaced(y, "VISTO DI REGOLARITÀ CONTABILE", "F2", 9.5, 1.5, center=False, x=LM)
    y -= 16
    y = p.justified(LM, y, "Si attesta la regolarità contabile e la copertura finanziaria della spesa, "
                    "registrata con impegno n. 2027/188 sul capitolo 410.20 del bilancio 2027.", "F1", 9.5)
    y -= 8
    p.text(LM, y, "Roma, 15/02/2027", "F1", 9.5)
    y -= 20
    for s, f in (("IL DIRIGENTE DELL'AREA AMMINISTRATIVA", "F2"), ("dott.ssa Silvia Orlandi", "F1")):
        p.text(cx, y, s, f, 9.5, "c")
        y -= 12
    p.text(W - RM, 50, "Pag. 2 di 2", "F1", 7.5, "r")
    p.add("q /Ft Do Q")
    pages.append(p)

    for p in pages:
        content = pikepdf.Stream(pdf, "\n".join(p.ops).encode("latin-1"))
        page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Contents=content,
                          Resources=Dictionary(Font=fonts, XObject=Dictionary(Lh=lh, Ft=ft)))
        pdf.pages.append(pikepdf.Page(page))
    with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
        m["dc:title"] = "Determinazione dirigenziale n. 52/2027"
    pdf.docinfo["/Title"] = "Determinazione dirigenziale n. 52/2027"
    pdf.docinfo["/Producer"] = "Sicr@web Atti - motore di stampa"
    pdf.docinfo["/Creator"] = "Sicr@web"
    pdf.save(OUT)


if __name__ == "__main__":
    build()
