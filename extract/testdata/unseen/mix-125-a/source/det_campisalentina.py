#!/usr/bin/env python3
"""Campi Salentina, determinazione of the Settore Lavori Pubblici e Ambiente
(Settore n. 9 of 11/01/2028, Registro Generale n. 27 of 12/01/2028), in the Halley
house style, as a report engine writes it: content streams written by hand and
assembled with pikepdf. Headings and boxes have every glyph placed alone (its
own Tm, no space characters); body lines are justified with Tc (character
spacing) over the whole line; the running foot is drawn first and the
letterhead, a Form XObject reused on both pages, last."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-campisalentina-halley.pdf"
W, H = 595.28, 841.89
LM, RM = 62.0, W - 56.0
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
        self.y = H - 150

    def glyphs(self, x, y, s, f="F1", size=10):
        """Each glyph with its own text matrix: no spaces are written."""
        self.ops.append("BT /%s %.1f Tf" % (f, size))
        for ch in s:
            if ch != " ":
                self.ops.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, esc(ch)))
            x += sw(ch, f, size)
        self.ops.append("ET")

    def glyphs_c(self, y, s, f="F1", size=10, x0=LM, x1=RM):
        self.glyphs(x0 + (x1 - x0 - sw(s, f, size)) / 2, y, s, f, size)

    def line_tc(self, x, y, s, f, size, width=None):
        """One Tj for the line; justified by character spacing."""
        tc = 0.0
        if width is not None and len(s) > 1:
            tc = (width - sw(s, f, size)) / (len(s) - 1)
        self.ops.append("BT /%s %.1f Tf %.4f Tc 1 0 0 1 %.2f %.2f Tm (%s) Tj 0 Tc ET" % (f, size, tc, x, y, esc(s)))

    def rect(self, x, y, w, h, lw=0.6):
        self.ops.append("q %.2f w %.2f %.2f %.2f %.2f re S Q" % (lw, x, y, w, h))

    def hline(self, x0, x1, y, lw=0.5):
        self.ops.append("q %.2f w %.2f %.2f m %.2f %.2f l S Q" % (lw, x0, y, x1, y))


def wrap(text, f, size, width, indent=0.0):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        lim = width - (indent if lines else 0)
        if sw(t, f, size) <= lim:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def para(pg, text, f="F1", size=10, lead=13.2, indent=0.0, label=None, after=5, lm=LM, rm=RM):
    """A justified paragraph; 'label' is a bold lead word drawn glyph by glyph."""
    width = rm - lm
    first_x = lm
    if label:
        pg.glyphs(lm, pg.y, label, "F2", size)
        first_x = lm + sw(label + " ", "F2", size)
        width0 = rm - first_x
    lines = []
    words = text.split()
    cur = ""
    avail = (rm - first_x) if label else width - 0
    for w in words:
        t = (cur + " " + w) if cur else w
        if sw(t, f, size) <= avail:
            cur = t
        else:
            lines.append(cur)
            cur = w
            avail = width - indent
    lines.append(cur)
    for i, ln in enumerate(lines):
        x = first_x if i == 0 else lm + indent
        last = i == len(lines) - 1
        pg.line_tc(x, pg.y, ln, f, size, None if last else rm - x)
        pg.y -= lead
    pg.y -= after


SUBJECT = ("CONFERIMENTO DELLA FRAZIONE ORGANICA (CER 20.01.08) PRESSO IMPIANTO AUTORIZZATO – LIQUIDAZIONE "
           "FATTURE DEL MESE DI NOVEMBRE 2027 ALLA DITTA ECOLOGICA SALENTO S.R.L. – CIG A03F5D7C21.")

pages = [Page(), Page()]
p1, p2 = pages
TOTAL = len(pages)
# running foot first on each page
for i, pg in enumerate(pages):
    pg.hline(LM, RM, 48, 0.4)
    pg.glyphs(LM, 36, "Determinazione R.G. n. 27 del 12/01/2028 – Pag. %d di %d" % (i + 1, TOTAL), "F3", 7.5)
    pg.glyphs(RM - sw("Halley – Atti amministrativi", "F1", 7), 36, "Halley – Atti amministrativi", "F1", 7)

# page 1 body
pg = p1
pg.y = H - 138
pg.glyphs_c(pg.y, "SETTORE LAVORI PUBBLICI E AMBIENTE", "F2", 11.5)
pg.y -= 14
pg.glyphs_c(pg.y, "Servizio Ambiente e Igiene Urbana", "F1", 9.5)
pg.y -= 14
top = pg.y
pg.rect(LM, top - 38, RM - LM, 38)
mid = LM + (RM - LM) / 2
pg.ops.append("q 0.6 w %.2f %.2f m %.2f %.2f l S Q" % (mid, top, mid, top - 38))
pg.glyphs_c(top - 15, "DETERMINAZIONE", "F2", 10, LM, mid)
pg.glyphs_c(top - 29, "N. 9 DEL 11/01/2028", "F2", 10.5, LM, mid)
pg.glyphs_c(top - 15, "REGISTRO GENERALE", "F2", 10, mid, RM)
pg.glyphs_c(top - 29, "N. 27 DEL 12/01/2028", "F2", 10.5, mid, RM)
pg.y = top - 58
pg.glyphs(LM, pg.y, "OGGETTO:", "F2", 10)
sub_lines = wrap(SUBJECT, "F2", 10, RM - LM - 62)
for ln in sub_lines:
    pg.glyphs(LM + 62, pg.y, ln, "F2", 10)
    pg.y -= 13
pg.hline(LM, RM, pg.y + 4, 0.8)
pg.y -= 16
pg.glyphs_c(pg.y, "IL RESPONSABILE DEL SETTORE", "F2", 10.5)
pg.y -= 20
para(pg, "il decreto sindacale n. 21 del 30/12/2027, con il quale è stata attribuita al sottoscritto la "
     "responsabilità del Settore Lavori Pubblici e Ambiente per l'anno 2028;", label="Visto")
para(pg, "che con determinazione R.G. n. 1188 del 15/12/2026 è stato affidato alla ditta Ecologica Salento "
     "S.r.l., con sede in Lecce, P.IVA 04417250756, il servizio di trattamento e recupero della frazione "
     "organica dei rifiuti urbani (CER 20.01.08) per il biennio 2027/2028, al prezzo unitario di € 128,50 "
     "a tonnellata oltre IVA al 10%, e impegnata la relativa spesa;", label="Premesso")
para(pg, "la fattura n. 2291/PA del 05/12/2027, acquisita al prot. n. 17844 del 06/12/2027, di € 24.436,38 "
     "IVA compresa, relativa al conferimento di t 172,88 di frazione organica nel mese di novembre 2027, "
     "quantità riscontrata con i formulari di identificazione dei rifiuti e con le pesate dell'impianto;",
     label="Vista")
para(pg, "la regolarità contributiva della ditta (DURC prot. INAIL_51102236, scadenza 09/04/2028) e "
     "acquisita la dichiarazione di tracciabilità dei flussi finanziari ai sensi dell'art. 3 della Legge "
     "13 agosto 2010, n. 136;", label="Verificata")
para(pg, "gli artt. 107, 183 e 184 del D.Lgs. 18 agosto 2000, n. 267, e il vigente Regolamento di contabilità;",
     label="Visti")
pg.y -= 2
pg.glyphs_c(pg.y, "DETERMINA", "F2", 11)
pg.y -= 20
pts = [
    "1) di liquidare alla ditta Ecologica Salento S.r.l. la somma complessiva di € 24.436,38, di cui "
    "€ 22.214,89 per imponibile ed € 2.221,49 per IVA al 10% da versare all'Erario in regime di split "
    "payment, a saldo della fattura n. 2291/PA del 05/12/2027;",
    "2) di imputare la spesa all'impegno n. 1736/2027, capitolo 1736/3 “Smaltimento rifiuti solidi urbani” "
    "del bilancio 2027, gestione residui;",
    "3) di trasmettere il presente atto al Settore Economico-Finanziario per l'emissione del mandato di "
    "pagamento mediante bonifico sul conto corrente dedicato indicato dalla ditta;",
    "4) di dare atto che il presente provvedimento è pubblicato all'Albo Pretorio on line per 15 giorni "
    "consecutivi e nella sezione “Amministrazione trasparente”.",
]
for i, t in enumerate(pts):
    if pg.y < 90:
        pg = p2
        pg.y = H - 140
    para(pg, t, indent=14)

pg.y -= 10
if pg.y < 70 + 60:
    pg = p2
    pg.y = H - 140
pg.glyphs(LM, pg.y, "Campi Salentina, 12/01/2028", "F1", 10)
pg.glyphs_c(pg.y, "IL RESPONSABILE DEL SETTORE", "F2", 10, W / 2, RM)
pg.y -= 14
pg.glyphs_c(pg.y, "F.to ing. Paolo Stefanelli", "F1", 10, W / 2, RM)
pg.y -= 34
if pg.y < 70 + 100:
    pg = p2
    pg.y = H - 140
pg.rect(LM, pg.y - 70, RM - LM, 82)
pg.glyphs_c(pg.y, "VISTO DI REGOLARITÀ CONTABILE", "F2", 9.5)
pg.y -= 16
para(pg, "Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi degli artt. 147-bis "
     "e 183, comma 7, del D.Lgs. n. 267/2000. Liquidazione n. 61/2028 – impegno n. 1736/2027.", size=9,
     lead=12, lm=LM + 8, rm=RM - 8)
pg.glyphs(LM + 8, pg.y - 2, "Campi Salentina, 12/01/2028", "F1", 9)
pg.glyphs_c(pg.y - 2, "IL RESPONSABILE DEL SETTORE ECONOMICO-FINANZIARIO", "F2", 8.5, W / 2 - 10, RM)
pg.glyphs_c(pg.y - 14, "F.to rag. Antonella Vetrugno", "F1", 9, W / 2 - 10, RM)
pg.y -= 60
pg.glyphs(LM, pg.y, "Copia conforme all'originale per uso amministrativo.", "F3", 8.5)

# letterhead form XObject
lh = []
lh.append("q 0.9 w 0.12 0.23 0.45 RG")
lh.append("%.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c h S" % (
    LM, H - 52, LM + 38, H - 52, LM + 38, H - 80, LM + 38, H - 92, LM + 19, H - 100, LM + 19, H - 100,
    LM + 19, H - 100, LM, H - 92, LM, H - 80))
lh.append("Q")
t = Page()
t.glyphs_c(H - 66, "COMUNE DI CAMPI SALENTINA", "F2", 16)
t.glyphs_c(H - 80, "PROVINCIA DI LECCE", "F1", 9.5)
t.glyphs_c(H - 92, "Piazza Libertà – 73012 Campi Salentina (LE) – C.F. 80010350752", "F1", 7.5)
t.hline(LM, RM, H - 104, 0.8)
lh += t.ops
copia = Page()
copia.rect(RM - 46, H - 42, 46, 16, 0.8)
copia.glyphs(RM - 38, H - 37, "COPIA", "F2", 10)
lh += copia.ops

pdf = pikepdf.new()
fontdict = Dictionary()
for k, base in FONTS.items():
    fontdict[Name("/" + k)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
                                                          Encoding=Name.WinAnsiEncoding))
res_font = pdf.make_indirect(fontdict)
form = pikepdf.Stream(pdf, "\n".join(lh).encode("latin-1"))
form.Type = Name.XObject
form.Subtype = Name.Form
form.BBox = Array([0, 0, W, H])
form.Resources = Dictionary(Font=res_font)
form = pdf.make_indirect(form)
for pg in pages:
    ops = pg.ops + ["q /Fm0 Do Q"]
    cs = pikepdf.Stream(pdf, "\n".join(ops).encode("latin-1"))
    page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Contents=pdf.make_indirect(cs),
                      Resources=Dictionary(Font=res_font, XObject=Dictionary(Fm0=form)))
    pdf.pages.append(pikepdf.Page(page))
pdf.docinfo["/Title"] = "Determinazione R.G. n. 27/2028"
pdf.docinfo["/Creator"] = "Halley - Atti amministrativi"
pdf.docinfo["/Producer"] = "pikepdf %s (content streams written by hand)" % pikepdf.__version__
pdf.save(OUT, compress_streams=True)
