#!/usr/bin/env python3
"""Pagnacco, Giunta Comunale n. 112 of 22/11/2028 -- Insiel-style minute.

Hand-written content streams through pikepdf, as a report engine writes them:
- every glyph placed alone with its own Tm, no space characters at all
  (justification is only in the positions);
- the letterhead, the running foot and the margin stamp are Form XObjects;
- page 1 is drawn out of reading order: foot, body, roll, then the title block
  with the subject, then the letterhead, then the stamp turned 90 degrees up
  the left margin.
Standard 14 fonts (Times, Helvetica) with WinAnsiEncoding; widths from the AFM
metrics shipped with ReportLab.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
PW, PH = 595.28, 841.89
LM, RM = 62.0, 535.0
TW = RM - LM

FONTS = {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic",
         "H": "Helvetica", "HB": "Helvetica-Bold"}

def enc(ch):
    return ch.encode("cp1252")

def esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

class Page:
    def __init__(self):
        self.ops = []

    def raw(self, s):
        self.ops.append(s if isinstance(s, bytes) else s.encode())

    def glyphs(self, x, y, text, font="R", size=11, extra=None):
        """Place each glyph alone. extra: additional advance after each space."""
        fn = FONTS[font]
        self.raw("BT /%s %.1f Tf" % (font, size))
        cx = x
        for ch in text:
            w = stringWidth(ch, fn, size)
            if ch == " ":
                cx += w + (extra or 0)
                continue
            self.ops.append(b"1 0 0 1 %.2f %.2f Tm (" % (cx, y) + esc(enc(ch)) + b") Tj")
            cx += w
        self.raw("ET")
        return cx

    def center(self, y, text, font="R", size=11, x0=LM, x1=RM):
        w = stringWidth(text, FONTS[font], size)
        return self.glyphs(x0 + (x1 - x0 - w) / 2, y, text, font, size)

    def right(self, y, text, font="R", size=11, x1=RM):
        w = stringWidth(text, FONTS[font], size)
        return self.glyphs(x1 - w, y, text, font, size)

    def para(self, y, text, font="R", size=11, lead=14.2, x0=LM, x1=RM, indent=0, justify=True):
        """Greedy line breaking, justified by spreading the space advances."""
        fn = FONTS[font]
        words = text.split()
        sw = stringWidth(" ", fn, size)
        lines, cur = [], []
        for w in words:
            trial = cur + [w]
            width = stringWidth(" ".join(trial), fn, size)
            avail = x1 - x0 - (indent if not lines else 0)
            if width > avail and cur:
                lines.append(cur)
                cur = [w]
            else:
                cur = trial
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            xs = x0 + (indent if i == 0 else 0)
            s = " ".join(ln)
            extra = 0
            if justify and i < len(lines) - 1 and len(ln) > 1:
                extra = (x1 - xs - stringWidth(s, fn, size)) / (len(ln) - 1)
            self.glyphs(xs, y, s, font, size, extra)
            y -= lead
        return y

    def stream(self):
        return b"\n".join(self.ops)


pdf = pikepdf.new()
fontdict = Dictionary()
for k, v in FONTS.items():
    fontdict[Name("/" + k)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                            BaseFont=Name("/" + v),
                                                            Encoding=Name.WinAnsiEncoding))

def xobject(page, bbox, matrix=None):
    d = Dictionary(Type=Name.XObject, Subtype=Name.Form, BBox=Array(bbox),
                   Resources=Dictionary(Font=fontdict))
    if matrix:
        d.Matrix = Array(matrix)
    return pdf.make_indirect(Stream(pdf, page.stream(), d))

# ---- letterhead (Form XObject) --------------------------------------------
lh = Page()
lh.raw("q 0.13 0.27 0.52 rg 0.78 0.62 0.16 RG 1.2 w")
lh.raw("62 800 m 100 800 l 100 772 l 100 756 88 748 81 745 c 74 748 62 756 62 772 c h B")
lh.raw("0.78 0.62 0.16 rg 73 770 16 16 re f Q")
lh.glyphs(112, 786, "COMUNE DI PAGNACCO", "HB", 17)
lh.glyphs(112, 770, "Provincia di Udine", "H", 10)
lh.glyphs(112, 758, "Regione Autonoma Friuli Venezia Giulia", "H", 8)
lh.raw("q 0.13 0.27 0.52 RG 1.4 w 62 738 m 535 738 l S Q")
LH = xobject(lh, [0, 700, PW, PH])

# ---- running foot (Form XObject, page number drawn outside it) -----------
ft = Page()
ft.raw("q 0.4 w 0.5 G 62 46 m 535 46 l S Q")
ft.glyphs(62, 34, "Comune di Pagnacco \u2013 Deliberazione della Giunta comunale n. 112 del 22/11/2028", "H", 7.5)
FT = xobject(ft, [0, 0, PW, 60])

# ---- stamp up the left margin (Form XObject with a rotation) -------------
st = Page()
st.raw("0.45 g")
st.glyphs(0, 0, "Atto sottoscritto con firma digitale ai sensi del D.Lgs. 82/2005 \u2013 "
          "copia conforme all\u2019originale informatico conservato presso il Comune di Pagnacco", "H", 7)
ST = xobject(st, [-5, -5, 520, 12], [0, 1, -1, 0, 36, 140])

SUBJECT = ("CONCESSIONE DI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE, CULTURALI E DI "
           "VOLONTARIATO DEL TERRITORIO PER L\u2019ANNO 2028. APPROVAZIONE DEI CRITERI E DEL PIANO DI RIPARTO.")

pages = []
# ======================= page 1 ===========================================
p = Page()
p.raw("q /Ft Do Q")
y = 606
y = p.para(y, "L\u2019anno 2028, il giorno 22 del mese di NOVEMBRE alle ore 18:00, nella sala comunale, "
           "in seguito a convocazione disposta con invito e relativo ordine del giorno notificato ai "
           "singoli componenti, si è riunita la Giunta comunale.", "R", 11)
y -= 6
# roll
cols = [LM + 4, LM + 200, LM + 330, LM + 405]
p.raw("q 0.5 w 0 G")
top = y + 4
rows = [("", "", "Presente", "Assente"),
        ("ZANIN Marco", "Sindaco", "X", ""),
        ("TOSOLINI Paola", "Vice Sindaco", "X", ""),
        ("CESCUTTI Alessandro", "Assessore", "X", ""),
        ("DEL FABBRO Francesca", "Assessore", "", "X"),
        ("PIVIDORI Daniele", "Assessore", "X", "")]
rh = 15.5
p.raw("%.2f %.2f %.2f %.2f re S" % (LM, top - rh * len(rows), TW, rh * len(rows)))
for i in range(1, len(rows)):
    p.raw("%.2f %.2f m %.2f %.2f l S" % (LM, top - rh * i, LM + TW, top - rh * i))
for cx in (cols[1] - 6, cols[2] - 6, cols[3] - 6):
    p.raw("%.2f %.2f m %.2f %.2f l S" % (cx, top, cx, top - rh * len(rows)))
p.raw("Q")
yy = top - 11.2
for r in rows:
    fnt = "HB" if r[0] == "" else "H"
    p.glyphs(cols[0], yy, r[0], "H", 10)
    p.glyphs(cols[1], yy, r[1], "H", 10)
    p.glyphs(cols[2] + 14 if r[2] == "X" else cols[2], yy, r[2], fnt if r[0] == "" else "H", 10 if r[0] else 9)
    p.glyphs(cols[3] + 14 if r[3] == "X" else cols[3], yy, r[3], fnt if r[0] == "" else "H", 10 if r[0] else 9)
    yy -= rh
y = top - rh * len(rows) - 18
y = p.para(y, "Assiste il Segretario comunale dott.ssa Giovanna Morassi.", "R", 11)
y = p.para(y, "Constatato il numero legale degli intervenuti, assume la presidenza il dott. Marco Zanin "
           "nella sua qualità di Sindaco ed espone gli oggetti iscritti all\u2019ordine del giorno e su "
           "questi la Giunta comunale adotta la seguente deliberazione:", "R", 11)
y -= 10
p.center(y, "PROPOSTA DI DELIBERAZIONE N. 128 DEL 15/11/2028", "HB", 10)
y -= 14
p.center(y, "Ufficio proponente: Area Amministrativa \u2013 Ufficio Cultura, Sport e Associazionismo", "H", 9)
y -= 20
p.center(y, "LA GIUNTA COMUNALE", "B", 11.5)
y -= 18
for t in [
    "PREMESSO che il vigente Regolamento comunale per la concessione di sovvenzioni, contributi e "
    "vantaggi economici, approvato con deliberazione consiliare n. 17 del 26/04/2019, prevede che la "
    "Giunta comunale definisca annualmente i criteri e il piano di riparto dei contributi ordinari a "
    "favore delle associazioni iscritte all\u2019Albo comunale;",
    "VISTE le n. 23 istanze pervenute entro il termine del 30/09/2028, corredate dei rendiconti "
    "dell\u2019attività svolta e dei programmi per l\u2019anno in corso, e la relativa istruttoria "
    "dell\u2019Ufficio Cultura, Sport e Associazionismo;",
    "RICHIAMATO il bilancio di previsione 2028-2030, approvato con deliberazione consiliare n. 9 del "
    "27/02/2028, che stanzia al capitolo 1860 la somma di euro 38.500,00 per contributi ordinari alle "
    "associazioni;",
]:
    y = p.para(y, t, "R", 11, indent=0)
    y -= 3
pages.append((p, y))

# title block and letterhead drawn last on page 1 (out of reading order)
t = Page()
t.center(716, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "HB", 12)
t.raw("q 0.6 w 0 G 62 676 m 535 676 l S Q")
t.glyphs(LM, 697, "N. 112 del Reg. Delib.", "HB", 11)
t.right(697, "Seduta del 22/11/2028", "H", 10)
yt = 660
t.glyphs(LM, yt, "OGGETTO:", "HB", 11)
yt = t.para(yt, SUBJECT, "B", 11, lead=14, x0=LM + 64)
t.raw("q 0.6 w 0 G 62 %.2f m 535 %.2f l S Q" % (yt + 5, yt + 5))
p.ops += t.ops
p.raw("q /Lh Do Q")
p.raw("q /St Do Q")
p.right(28, "Pag. 1 di 2", "H", 7.5)

# ======================= page 2 ===========================================
q = Page()
q.raw("q /Ft Do Q")
q.raw("q /St Do Q")
y = 790
for tx in [
    "RITENUTO di ripartire lo stanziamento secondo i criteri del numero dei soci residenti, "
    "dell\u2019attività giovanile, della continuità delle iniziative e dell\u2019apporto alla vita "
    "della comunità, come specificato nell\u2019allegato \u201cA\u201d;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi "
    "dell\u2019art. 49 del D.Lgs. 267/2000 e riportati in calce al presente atto;",
    "Con voti unanimi, espressi in forma palese,",
]:
    y = q.para(y, tx, "R", 11)
    y -= 3
y -= 6
q.center(y, "D E L I B E R A", "B", 11.5)
y -= 18
pts = [
    "di approvare i criteri per la concessione dei contributi ordinari per l\u2019anno 2028 e il "
    "relativo piano di riparto tra le 23 associazioni richiedenti, riportati nell\u2019allegato "
    "\u201cA\u201d che forma parte integrante del presente atto;",
    "di dare atto che la spesa complessiva di euro 38.500,00 trova copertura al capitolo 1860 del "
    "bilancio 2028-2030, esercizio 2028;",
    "di demandare al Responsabile dell\u2019Area Amministrativa l\u2019adozione degli atti di impegno "
    "e liquidazione, previa presentazione dei rendiconti;",
    "di pubblicare l\u2019elenco dei beneficiari nella sezione \u201cAmministrazione trasparente\u201d ai "
    "sensi degli artt. 26 e 27 del D.Lgs. 33/2013.",
]
for i, tx in enumerate(pts, 1):
    q.glyphs(LM + 6, y, "%d." % i, "R", 11)
    y = q.para(y, tx, "R", 11, x0=LM + 22)
    y -= 3
y -= 4
y = q.para(y, "Con successiva, separata votazione unanime, la Giunta comunale dichiara la presente "
           "deliberazione immediatamente esecutiva ai sensi dell\u2019art. 1, comma 19, della L.R. 11 "
           "dicembre 2003, n. 21, stante la necessità di procedere alla liquidazione entro "
           "l\u2019esercizio.", "R", 11)
y -= 14
q.center(y, "PARERI (art. 49 del D.Lgs. 267/2000)", "HB", 9.5)
y -= 14
y = q.para(y, "Regolarità tecnica: FAVOREVOLE. Pagnacco, 16/11/2028 \u2013 Il Responsabile dell\u2019Area "
           "Amministrativa, dott. Fabio Cargnelutti.", "H", 9, lead=12)
y = q.para(y, "Regolarità contabile: FAVOREVOLE. Pagnacco, 17/11/2028 \u2013 La Responsabile dell\u2019Area "
           "Economico-Finanziaria, rag. Sonia Blasutti.", "H", 9, lead=12)
y -= 20
q.glyphs(LM, y, "Letto, confermato e sottoscritto.", "I", 10.5)
y -= 30
q.center(y, "Il Presidente", "B", 11, LM, LM + 230)
q.center(y, "Il Segretario comunale", "B", 11, LM + 243, RM)
y -= 15
q.center(y, "dott. Marco Zanin", "R", 11, LM, LM + 230)
q.center(y, "dott.ssa Giovanna Morassi", "R", 11, LM + 243, RM)
q.right(28, "Pag. 2 di 2", "H", 7.5)

res = Dictionary(Font=fontdict, XObject=Dictionary(Lh=LH, Ft=FT, St=ST))
for pg in (p, q):
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, PW, PH]),
                                   Resources=res,
                                   Contents=pdf.make_stream(pg.stream())))
    pdf.pages.append(page)

with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
    m["dc:title"] = "Deliberazione GC 112/2028"
pdf.docinfo[Name.Title] = "Deliberazione GC 112/2028"
pdf.docinfo[Name.Creator] = "Insiel - Atti Amministrativi (ADWeb) report engine"
pdf.docinfo[Name.Producer] = "Insiel ADWeb PDF writer (pikepdf " + pikepdf.__version__ + ")"
pdf.save(out)
