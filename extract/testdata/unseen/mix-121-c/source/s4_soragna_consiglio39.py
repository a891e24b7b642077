#!/usr/bin/env python3
"""Comune di Soragna - Consiglio n. 39 del 16/09/2027 - house style "Sicraweb",
as the package's report engine writes it: content streams written by hand
(pikepdf), every glyph placed on its own with an absolute text matrix and no
space characters (word gaps are only distances), justified lines; the
letterhead and the running head are Form XObjects painted at the END of each
page's stream (after the body), and the Albo's publication stamp runs up the
left margin, rotated 90 degrees.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "consiglio-39-soragna-sicraweb.pdf"
W, H = 595.28, 841.89
LM, RM, TOP, BOT = 62.0, 533.0, 742.0, 70.0
FONTS = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"}


def enc(ch):
    b = ch.encode("cp1252")
    out = ""
    for x in b:
        c = chr(x)
        if c in "()\\":
            out += "\\" + c
        elif x < 32 or x > 126:
            out += "\\%03o" % x
        else:
            out += c
    return out


class Page:
    def __init__(self):
        self.ops = []


class Writer:
    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.page = Page()
        self.pages.append(self.page)
        self.y = TOP if len(self.pages) > 1 else 640.0

    def glyphs(self, x, y, text, f, size, extra=0.0):
        """Place each glyph alone; 'extra' is added at every word gap (justification)."""
        ops = self.page.ops
        ops.append("BT /%s %.1f Tf" % (f, size))
        for word_i, word in enumerate(text.split(" ")):
            if word_i:
                x += stringWidth(" ", FONTS[f], size) + extra
            for ch in word:
                ops.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, enc(ch)))
                x += stringWidth(ch, FONTS[f], size)
        ops.append("ET")

    def need(self, h):
        if self.y - h < BOT:
            self.new_page()

    def para(self, text, f="R", size=10.5, align="j", indent=0.0, hang=0.0, lead=None, after=5.0):
        lead = lead or size * 1.38
        words = text.split()
        lines, cur = [], []
        width = RM - LM - indent
        for w in words:
            trial = " ".join(cur + [w])
            avail = width - (hang if lines else 0.0)
            if cur and stringWidth(trial, FONTS[f], size) > avail:
                lines.append(cur); cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            s = " ".join(ln)
            x0 = LM + indent + (hang if i else 0.0)
            avail = width - (hang if i else 0.0)
            sw = stringWidth(s, FONTS[f], size)
            extra = 0.0
            if align == "c":
                x0 = LM + (RM - LM - sw) / 2
            elif align == "j" and i < len(lines) - 1 and len(ln) > 1:
                extra = (avail - sw) / (len(ln) - 1)
            self.glyphs(x0, self.y, s, f, size, extra)
        self.y -= after

    def row(self, cols, f="R", size=10, lead=15.0, rule=True):
        self.need(lead)
        top = self.y
        self.y -= lead
        for x, t in cols:
            self.glyphs(x + 3, self.y + 4, t, f, size)
        if rule:
            self.page.ops.append("0.5 w %.2f %.2f m %.2f %.2f l S" % (LM, self.y, RM, self.y))
        return top


def form(pdf, ops, bbox):
    st = Stream(pdf, "\n".join(ops).encode("latin1"))
    st.Type = Name.XObject
    st.Subtype = Name.Form
    st.BBox = Array(bbox)
    return pdf.make_indirect(st)


w = Writer()
SUBJ = ("MODIFICA DEL REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, "
        "AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA")
# title block under the letterhead (the letterhead itself is a form drawn last)
w.y = 700
w.para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", "B", 12, "c", after=8)
w.y -= 4
top = w.y
w.glyphs(LM + 4, w.y - 15, "Deliberazione n. 39", "B", 10.5)
w.glyphs(LM + 150, w.y - 15, "in data 16/09/2027", "B", 10.5)
w.glyphs(LM + 290, w.y - 15, "Adunanza ordinaria - seduta pubblica", "R", 10)
w.page.ops.append("0.6 w %.2f %.2f %.2f %.2f re S" % (LM, w.y - 22, RM - LM, 22))
w.page.ops.append("%.2f %.2f m %.2f %.2f l S" % (LM + 145, w.y - 22, LM + 145, w.y))
w.page.ops.append("%.2f %.2f m %.2f %.2f l S" % (LM + 285, w.y - 22, LM + 285, w.y))
w.y -= 34
w.glyphs(LM, w.y - 12, "OGGETTO:", "B", 10.5)
save = w.y
w.para(SUBJ, "B", 10.5, "l", indent=70, after=10)
w.para("L'anno duemilaventisette, addì sedici del mese di settembre alle ore 20:45, nella sala consiliare "
       "della Residenza Municipale, a seguito di convocazione disposta dal Sindaco con avviso prot. n. 10198 "
       "dell'8 settembre 2027, si è riunito il Consiglio Comunale in sessione ordinaria ed in seduta pubblica "
       "di prima convocazione.")
w.para("Il Sindaco introduce il punto n. 3 dell'ordine del giorno. Prima della trattazione del presente "
       "argomento, alle ore 22:10, è uscito dall'aula il Consigliere Tedeschi. Risultano pertanto:")
w.y -= 2
cx = [LM, LM + 28, LM + 190, LM + 290]
w.page.ops.append("0.92 g %.2f %.2f %.2f %.2f re f 0 g" % (LM, w.y - 15, RM - LM, 15))
w.row(list(zip(cx, ["N.", "Cognome e nome", "Carica", "Presenza"])), "B")
roll = [
    ("1", "PEZZANI Giorgio", "Sindaco", "Presente"),
    ("2", "CAVALLI Elisa", "Consigliere", "Presente"),
    ("3", "GHIDINI Marco", "Consigliere", "Presente"),
    ("4", "BOCCHI Laura", "Consigliere", "Presente"),
    ("5", "TEDESCHI Andrea", "Consigliere", "Assente (esce alle ore 22:10)"),
    ("6", "FERRARINI Chiara", "Consigliere", "Presente"),
    ("7", "ROSSETTI Paolo", "Consigliere", "Presente"),
    ("8", "ZANICHELLI Luca", "Consigliere", "Presente"),
    ("9", "SCARAMUZZA Sara", "Consigliere", "Presente"),
    ("10", "CONCARI Davide", "Consigliere", "Assente giustificato"),
    ("11", "BOTTAZZI Federica", "Consigliere", "Presente"),
    ("12", "MALPELI Stefano", "Consigliere", "Presente"),
    ("13", "ARDUINI Giulia", "Consigliere", "Presente"),
]
tbl_top = w.y + 15
for r in roll:
    w.row(list(zip(cx, r)))
for x in cx[1:] + [RM]:
    w.page.ops.append("0.5 w %.2f %.2f m %.2f %.2f l S" % (x, w.y, x, tbl_top))
w.page.ops.append("0.5 w %.2f %.2f m %.2f %.2f l S" % (LM, w.y, LM, tbl_top))
w.page.ops.append("0.5 w %.2f %.2f m %.2f %.2f l S" % (LM, tbl_top, RM, tbl_top))
w.y -= 6
w.para("Presenti n. 11 - Assenti n. 2", "B", 10.5, "l")
w.para("Partecipa alla seduta il Segretario Comunale dott.ssa Roberta Manfredi, che cura la "
       "verbalizzazione. Presiede il Sindaco, dott. Giorgio Pezzani, il quale, accertato il numero legale, "
       "invita il Consiglio a deliberare sull'oggetto sopra indicato.")
w.para("IL CONSIGLIO COMUNALE", "B", 11, "c", after=6)
for t in [
    "UDITA la relazione dell'Assessore al Bilancio, Laura Bocchi, che illustra le modifiche proposte agli "
    "articoli 12, 18 e 27 del regolamento e alla tariffa standard per le esposizioni pubblicitarie "
    "temporanee;",
    "RICHIAMATI l'art. 1, commi da 816 a 847, della legge 27 dicembre 2019, n. 160, istitutivi del canone "
    "patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, e il regolamento comunale "
    "approvato con deliberazione del Consiglio Comunale n. 7 del 30/03/2021;",
    "RITENUTO di semplificare il procedimento per le occupazioni temporanee di suolo pubblico connesse a "
    "manifestazioni promosse da associazioni senza scopo di lucro e di adeguare le riduzioni previste per "
    "i mercati straordinari;",
    "ACQUISITI il parere favorevole dell'Organo di revisione, verbale n. 19 del 10 settembre 2027, e i "
    "pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
    "18 agosto 2000, n. 267;",
    "Con la seguente votazione, espressa in forma palese per alzata di mano: presenti n. 11, votanti n. 11, "
    "voti favorevoli n. 8, voti contrari n. 2 (Bottazzi, Malpeli), astenuti n. 1 (Arduini);",
]:
    w.para(t)
w.need(40)
w.para("DELIBERA", "B", 11, "c", after=6)
pts = [
    "di approvare le modifiche al Regolamento per l'applicazione del canone patrimoniale di concessione, "
    "autorizzazione o esposizione pubblicitaria, come riportate nel testo coordinato allegato sub A, che "
    "costituisce parte integrante e sostanziale del presente atto;",
    "di stabilire che le modifiche approvate si applicano dal 1 gennaio 2028;",
    "di trasmettere copia della presente deliberazione al Ministero dell'Economia e delle Finanze mediante "
    "inserimento nel Portale del federalismo fiscale.",
]
for i, p in enumerate(pts, 1):
    w.need(14)
    y0 = w.y - 10.5 * 1.38
    w.glyphs(LM + 8, y0, "%d." % i, "R", 10.5)
    w.para(p, indent=24)
w.y -= 6
w.para("Letto, approvato e sottoscritto.", after=18)
w.need(60)
y = w.y
for x, lines in ((LM + 40, [("B", "IL SINDACO"), ("R", "dott. Giorgio Pezzani")]),
                 (LM + 280, [("B", "IL SEGRETARIO COMUNALE"), ("R", "dott.ssa Roberta Manfredi")])):
    yy = y
    for f, t in lines:
        w.glyphs(x, yy, t, f, 10.5)
        yy -= 15
    w.glyphs(x, yy, "(firmato digitalmente)", "I", 8.5)
w.y = y - 60
w.need(70)
w.para("CERTIFICATO DI ESECUTIVITÀ", "B", 10, "l", after=3)
w.para("Si certifica che la presente deliberazione, pubblicata all'Albo Pretorio on line dal 20/09/2027 "
       "al 05/10/2027, è divenuta esecutiva il 30/09/2027, decorsi dieci giorni dall'inizio della "
       "pubblicazione, ai sensi dell'art. 134, comma 3, del D.Lgs. 267/2000.", size=9.5)
w.para("Il Segretario Comunale - dott.ssa Roberta Manfredi (firmato digitalmente)", "I", 9, "l")

# ---- assemble with pikepdf
pdf = pikepdf.new()
fonts = Dictionary()
for k, base in FONTS.items():
    fonts[Name("/" + k)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                        BaseFont=Name("/" + base),
                                                        Encoding=Name.WinAnsiEncoding))
# letterhead form (page 1 only)
lh_ops = ["BT /B 17 Tf 1 0 0 1 0 30 Tm (COMUNE DI SORAGNA) Tj ET",
          "BT /R 10 Tf 1 0 0 1 0 14 Tm (Provincia di Parma) Tj ET",
          "0.9 w 340 18 131 26 re S",
          "BT /B 11 Tf 1 0 0 1 372 27 Tm (ORIGINALE) Tj ET",
          "0.8 w 0 4 m 471 4 l S"]
lh = form(pdf, lh_ops, [0, 0, 471, 52])
lh.Resources = Dictionary(Font=fonts)
# running head form (every page)
rh_ops = ["BT /R 8 Tf 1 0 0 1 0 4 Tm (Comune di Soragna) Tj ET",
          "BT /R 8 Tf 1 0 0 1 %.2f 4 Tm (Deliberazione di Consiglio Comunale n. 39 del 16/09/2027) Tj ET"
          % (471 - stringWidth("Deliberazione di Consiglio Comunale n. 39 del 16/09/2027", "Helvetica", 8)),
          "0.4 w 0 0 m 471 0 l S"]
rh = form(pdf, rh_ops, [0, -2, 471, 14])
rh.Resources = Dictionary(Font=fonts)
# stamp form (rotated when painted)
stamp_txt1 = "ALBO PRETORIO ON LINE - COMUNE DI SORAGNA"
stamp_txt2 = "Pubblicata dal 20/09/2027 al 05/10/2027 - Reg. pubbl. n. 1187"
st_ops = ["0.2 0.2 0.6 RG 0.2 0.2 0.6 rg 0.8 w 0 0 300 30 re S",
          "BT /B 8 Tf 1 0 0 1 8 18 Tm (%s) Tj ET" % stamp_txt1,
          "BT /R 8 Tf 1 0 0 1 8 7 Tm (%s) Tj ET" % stamp_txt2]
stamp = form(pdf, st_ops, [0, 0, 300, 30])
stamp.Resources = Dictionary(Font=fonts)

n = len(w.pages)
for i, pg in enumerate(w.pages, 1):
    ops = list(pg.ops)
    ftxt = "Comune di Soragna - Piazza Garibaldi, 35 - 43019 Soragna (PR)"
    w.page = pg
    ops.append("0.4 w %.2f 58 m %.2f 58 l S" % (LM, RM))
    ops.append("BT /R 8 Tf 1 0 0 1 %.2f 48 Tm (%s) Tj ET" % (LM, ftxt))
    pn = "Pag. %d di %d" % (i, n)
    ops.append("BT /R 8 Tf 1 0 0 1 %.2f 48 Tm (%s) Tj ET" % (RM - stringWidth(pn, "Helvetica", 8), pn))
    ops.append("q 1 0 0 1 %.2f %.2f cm /RH Do Q" % (LM, 790))
    if i == 1:
        ops.append("q 1 0 0 1 %.2f %.2f cm /LH Do Q" % (LM, 712))
        ops.append("q 0 1 -1 0 40 300 cm /ST Do Q")
    content = Stream(pdf, "\n".join(ops).encode("latin1"))
    page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Contents=pdf.make_indirect(content),
                      Resources=Dictionary(Font=fonts, XObject=Dictionary(RH=rh, LH=lh, ST=stamp)))
    pdf.pages.append(pikepdf.Page(page))
pdf.docinfo[Name.Title] = "Deliberazione di Consiglio Comunale n. 39 del 16/09/2027"
pdf.docinfo[Name.Creator] = "Sicraweb - Stampa atti"
pdf.docinfo[Name.Producer] = "pikepdf %s (hand-written content streams)" % pikepdf.__version__
pdf.save(OUT)
print(OUT, n, "pages")
