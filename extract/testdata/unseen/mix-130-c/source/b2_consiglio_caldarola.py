#!/usr/bin/env python3
"""Comune di Caldarola - Deliberazione del Consiglio Comunale n. 22/2028 (house style "Halley").

Content streams written by hand and assembled with pikepdf, as a report engine writes them:
every glyph placed on its own with a text matrix and no space characters, justified lines,
the letterhead a Form XObject painted after the body (out of reading order), the running
foot painted first, the roll in two columns, and a publication stamp turned 90 degrees up
the left margin (another Form XObject). Standard 14 fonts, WinAnsiEncoding.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-consiglio-caldarola-halley.pdf"
W, H = 595.28, 841.89
LM, RM, TOP, BOT = 57.0, 51.0, 48.0, 62.0
FONTS = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"}


def esc(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(ch))
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(chr(ch))
    return "".join(out)


def sw(t, f, size):
    return stringWidth(t, FONTS[f], size)


def glyphs(ops, x, y, text, f="R", size=10, gap=0.0):
    """Place each glyph alone; spaces are skipped (they only advance), optionally widened by gap."""
    ops.append("BT /%s %.2f Tf" % (f, size))
    cx = x
    for ch in text:
        if ch == " ":
            cx += sw(" ", f, size) + gap
            continue
        ops.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (cx, y, esc(ch)))
        cx += sw(ch, f, size)
    ops.append("ET")
    return cx


def wrap(words, f, size, width):
    lines, cur = [], []
    for w_ in words:
        trial = " ".join(cur + [w_])
        if cur and sw(trial, f, size) > width:
            lines.append(cur)
            cur = [w_]
        else:
            cur.append(w_)
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = H - TOP - (84 if len(self.pages) == 1 else 22)

    def need(self, h):
        if self.y - h < BOT:
            self.new_page()

    def para(self, runs, size=10, lead=13.2, justify=True, indent=0.0, hang=None, after=4.0, center=False):
        """runs: list of (font, text). Words keep their font."""
        words = []
        for f, t in runs:
            for w_ in t.split():
                words.append((f, w_))
        width = W - LM - RM - indent
        lines, cur, curw = [], [], 0.0
        for f, w_ in words:
            ww = sw(w_, f, size)
            spc = sw(" ", "R", size) if cur else 0
            if cur and curw + spc + ww > width:
                lines.append(cur); cur, curw = [], 0.0; spc = 0
            cur.append((f, w_)); curw += spc + ww
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            self.need(lead)
            natural = sum(sw(w_, f, size) for f, w_ in ln) + sw(" ", "R", size) * (len(ln) - 1)
            last = i == len(lines) - 1
            gap = (width - natural) / (len(ln) - 1) if (justify and not last and len(ln) > 1) else 0.0
            x = LM + indent
            if center:
                x = LM + (W - LM - RM - natural) / 2
            if hang is not None and i == 0:
                glyphs(self.ops, LM + indent - 16, self.y, hang, "R", size)
            for j, (f, w_) in enumerate(ln):
                x = glyphs(self.ops, x, self.y, w_, f, size)
                x += sw(" ", "R", size) + gap
            self.y -= lead
        self.y -= after

    def rule(self, at, drop, lw=0.8):
        self.ops.append("%.2f w %.2f %.2f m %.2f %.2f l S" % (lw, LM, self.y + at, W - RM, self.y + at))
        self.y -= drop


doc = Doc()
P = doc.para

# grid kind / number / date
g = doc.ops
gy = doc.y
g.append("0.6 w %.2f %.2f %.2f %.2f re S" % (LM, gy - 6, W - LM - RM, 20))
g.append("%.2f %.2f m %.2f %.2f l S" % (W - RM - 150, gy - 6, W - RM - 150, gy + 14))
g.append("%.2f %.2f m %.2f %.2f l S" % (W - RM - 90, gy - 6, W - RM - 90, gy + 14))
glyphs(g, LM + 5, gy, "DELIBERAZIONE DEL CONSIGLIO COMUNALE", "B", 10.5)
glyphs(g, W - RM - 145, gy, "N. ", "R", 10.5)
glyphs(g, W - RM - 145 + sw("N. ", "R", 10.5), gy, "22", "B", 10.5)
glyphs(g, W - RM - 85, gy, "Data ", "R", 10.5)
glyphs(g, W - RM - 85 + sw("Data ", "R", 10.5), gy, "29/06/2028", "B", 10.5)
doc.y -= 22
P([("I", "Adunanza ordinaria di prima convocazione – seduta pubblica")], size=8.5, lead=10, justify=False, after=2)
doc.rule(4, 10)
P([("B", "ESAME ED APPROVAZIONE DELL'AGGIORNAMENTO 2028 DEL PIANO COMUNALE DI PROTEZIONE CIVILE "
         "AI SENSI DELL'ART. 12 DEL D.LGS. 2 GENNAIO 2018, N. 1")], size=10.5, lead=13.5, justify=False, after=0)
doc.rule(8, 8)
P([("R", "L'anno"), ("B", "duemilaventotto"), ("R", "il giorno"), ("B", "ventinove"), ("R", "del mese di"), ("B", "giugno"),
   ("R", "alle ore"), ("B", "21:00,"),
   ("R", "nella sala delle adunanze consiliari di Palazzo Pallotta, convocato con avvisi scritti recapitati a norma "
         "di legge, si è riunito il Consiglio Comunale. Fatto l'appello nominale risultano:")])

# roll in two columns
left = [("MARINOZZI Stefano", True), ("PAOLONI Federica", True), ("SCARPONI Michele", True),
        ("CINGOLANI Luca", True), ("BARTOLACCI Giovanna", True), ("ERCOLI Daniele", True)]
right = [("PIERONI Sara", True), ("GIUSTOZZI Marco", True), ("CARDUCCI Emanuele", False),
         ("SALVUCCI Ilaria", True), ("FALCIONI Renato", True)]
o = doc.ops
cw = (W - LM - RM) / 2
top = doc.y + 10
rows = max(len(left), len(right)) + 1
rh = 13.5
o.append("0.5 w")
for col in range(2):
    x0 = LM + col * cw
    o.append("%.2f %.2f %.2f %.2f re S" % (x0, top - rows * rh, cw - 6, rows * rh))
    o.append("0.92 g %.2f %.2f %.2f %.2f re f 0 g" % (x0 + 0.3, top - rh + 0.3, cw - 6.6, rh - 0.6))
    for r in range(1, rows):
        o.append("%.2f %.2f m %.2f %.2f l S" % (x0, top - r * rh, x0 + cw - 6, top - r * rh))
    for xx in (x0 + cw - 66, x0 + cw - 36):
        o.append("%.2f %.2f m %.2f %.2f l S" % (xx, top, xx, top - rows * rh))
    glyphs(o, x0 + 4, top - rh + 4, "Consiglieri", "B", 9)
    glyphs(o, x0 + cw - 62, top - rh + 4, "Pres.", "B", 9)
    glyphs(o, x0 + cw - 31, top - rh + 4, "Ass.", "B", 9)
    for i, (name, pres) in enumerate(left if col == 0 else right):
        yy = top - (i + 2) * rh + 4
        glyphs(o, x0 + 4, yy, name, "R", 9.5)
        glyphs(o, x0 + cw - (54 if pres else 24), yy, "X", "R", 9.5)
doc.y = top - rows * rh - 14
P([("R", "Assegnati n. 11   In carica n. 11   Presenti n. 10   Assenti n. 1")], size=9.5, justify=False, center=True)
P([("R", "Assiste il Segretario Comunale dott. Andrea Compagnucci, incaricato della redazione del verbale. "
         "Assume la presidenza il Sindaco Stefano Marinozzi il quale, riconosciuta legale l'adunanza, dichiara "
         "aperta la seduta e nomina scrutatori i consiglieri ERCOLI Daniele, SALVUCCI Ilaria e FALCIONI Renato.")])
doc.y -= 2
P([("B", "IL CONSIGLIO COMUNALE")], size=10.5, justify=False, center=True)
P([("B", "Premesso"), ("R", "che l'art. 12 del D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile) attribuisce ai "
   "Comuni la predisposizione dei piani comunali di protezione civile e ne prevede l'approvazione con deliberazione "
   "consiliare, nonché il periodico aggiornamento;")])
P([("B", "Richiamata"), ("R", "la propria deliberazione n. 31 del 27/11/2019, con la quale è stato approvato il Piano comunale "
   "di protezione civile attualmente vigente;")])
P([("B", "Considerato"), ("R", "che a seguito della ricostruzione post sisma 2016 sono mutate la viabilità del capoluogo e della "
   "frazione di Valcimarra e la disponibilità delle aree di attesa e di accoglienza, e che la Regione Marche ha emanato "
   "nuove linee guida per la pianificazione del rischio idrogeologico;")])
P([("B", "Visto"), ("R", "l'aggiornamento 2028 del Piano, redatto dall'Area Tecnica in collaborazione con il gruppo comunale "
   "volontari di protezione civile, composto da relazione generale, scenari di rischio, modello di intervento, "
   "rubrica e cartografia in scala 1:5.000;")])
P([("B", "Visti"), ("R", "i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
   "n. 267/2000, riportati in calce al presente atto;")])
P([("B", "Uditi"), ("R", "la relazione del Sindaco e gli interventi dei consiglieri, riportati nel resoconto della seduta;")])
P([("R", "Con votazione espressa in forma palese per alzata di mano, che dà il seguente risultato: Presenti n. 10 – "
         "Votanti n. 10 – Favorevoli n. 10 – Contrari n. 0 – Astenuti n. 0;")])
doc.need(40)
P([("B", "D E L I B E R A")], size=10.5, justify=False, center=True)
for n, t in [
    ("1)", "di approvare l'aggiornamento 2028 del Piano comunale di protezione civile, composto dagli elaborati elencati "
           "in premessa, che si allegano al presente atto quale parte integrante e sostanziale;"),
    ("2)", "di trasmettere il Piano aggiornato alla Regione Marche – Servizio Protezione Civile, alla Prefettura – Ufficio "
           "territoriale del Governo di Macerata e alla Provincia di Macerata;"),
    ("3)", "di dare mandato all'Area Tecnica di curare la divulgazione del Piano alla popolazione, anche mediante "
           "assemblee pubbliche nel capoluogo e nella frazione di Valcimarra."),
]:
    P([("R", t)], indent=18, hang=n, after=3)
P([("R", "Successivamente, con separata votazione espressa per alzata di mano (Presenti n. 10 – Favorevoli n. 10), "
         "il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, "
         "comma 4, del D.Lgs. n. 267/2000.")])

# pareri box
doc.need(50)
doc.y -= 6
o = doc.ops
y0 = doc.y + 10
P([("B", "PARERE DI REGOLARITÀ TECNICA"), ("R", "– Si esprime parere Favorevole. Data 20/06/2028 – Il Responsabile del "
   "Servizio F.to ing. Paolo Mogliani")], size=9, lead=11.5, justify=False, indent=4, after=2)
P([("B", "PARERE DI REGOLARITÀ CONTABILE"), ("R", "– Si esprime parere Favorevole. Data 21/06/2028 – Il Responsabile del "
   "Servizio Finanziario F.to dott.ssa Rita Brandoni")], size=9, lead=11.5, justify=False, indent=4, after=0)
doc.ops.append("0.5 w %.2f %.2f %.2f %.2f re S" % (LM, doc.y + 6, W - LM - RM, y0 - doc.y - 6))
doc.y -= 10
P([("R", "Letto, approvato e sottoscritto.")], justify=False)
doc.need(40)
o = doc.ops
yb = doc.y + 10
o.append("0.5 w %.2f %.2f %.2f %.2f re S" % (LM, yb - 32, W - LM - RM, 32))
o.append("%.2f %.2f m %.2f %.2f l S" % (LM + (W - LM - RM) / 2, yb, LM + (W - LM - RM) / 2, yb - 32))
half = (W - LM - RM) / 2
for i, (a, b) in enumerate([("IL PRESIDENTE", "F.to Stefano Marinozzi"),
                            ("IL SEGRETARIO COMUNALE", "F.to dott. Andrea Compagnucci")]):
    cx = LM + half * i + half / 2
    glyphs(o, cx - sw(a, "R", 9.5) / 2, yb - 13, a, "R", 9.5)
    glyphs(o, cx - sw(b, "R", 9.5) / 2, yb - 26, b, "R", 9.5)
doc.y = yb - 48
P([("B", "CERTIFICATO DI PUBBLICAZIONE")], size=9, justify=False, after=1)
P([("R", "Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on line per quindici giorni "
         "consecutivi (Reg. Pubbl. n. 741). Caldarola, 02/07/2028 – Il Segretario Comunale F.to dott. Andrea Compagnucci")],
  size=9, lead=11.5)

pdf = pikepdf.new()
fonts = Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                  Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
fonts = pdf.make_indirect(fonts)

# letterhead form
lh = []
lh.append("0.55 0.1 0.1 RG 0.98 0.9 0.9 rg 1 w")
lh.append("57 800 m 81 800 l 81 783 l 81 775 72 771 69 768 c 66 771 57 775 57 783 c h B")
lh.append("0.55 0.1 0.1 rg 62 786 14 10 re f 1 g 66.5 786 5 6 re f 0 g 0 G")
glyphs(lh, 90, 791, "COMUNE DI CALDAROLA", "B", 15)
glyphs(lh, 90, 779, "PROVINCIA DI MACERATA", "R", 9)
glyphs(lh, 90, 769, "Piazza Vittorio Emanuele II, 4 – 62020 Caldarola (MC) – Tel. 0733 905529", "R", 7)
lh.append("0.8 w 494 781 50 16 re S")
glyphs(lh, 502, 785.5, "COPIA", "B", 10)
lh_form = pdf.make_stream("\n".join(lh).encode("latin-1"))
lh_form.Type = Name.XObject; lh_form.Subtype = Name.Form
lh_form.BBox = Array([0, 740, W, H]); lh_form.Resources = Dictionary(Font=fonts)

# small head of later pages (a second form)
hd = []
glyphs(hd, LM, H - 34, "COMUNE DI CALDAROLA – Deliberazione del Consiglio Comunale n. 22 del 29/06/2028", "I", 8)
hd.append("0.4 w %.2f %.2f m %.2f %.2f l S" % (LM, H - 38, W - RM, H - 38))
hd_form = pdf.make_stream("\n".join(hd).encode("latin-1"))
hd_form.Type = Name.XObject; hd_form.Subtype = Name.Form
hd_form.BBox = Array([0, 780, W, H]); hd_form.Resources = Dictionary(Font=fonts)

# rotated stamp form
stp = ["0.35 0.35 0.35 RG 0.35 0.35 0.35 rg 0.7 w 0 0 372 30 re S"]
glyphs(stp, 6, 18, "PUBBLICATA ALL'ALBO PRETORIO ON LINE", "B", 8.5)
glyphs(stp, 6, 6, "dal 02/07/2028 al 17/07/2028 – Reg. Pubbl. n. 741", "R", 8.5)
stamp = pdf.make_stream("\n".join(stp).encode("latin-1"))
stamp.Type = Name.XObject; stamp.Subtype = Name.Form
stamp.BBox = Array([0, 0, 372, 30]); stamp.Resources = Dictionary(Font=fonts)

n = len(doc.pages)
for i, ops in enumerate(doc.pages, 1):
    foot = []
    glyphs(foot, LM, 34, "Delibera di Consiglio Comunale n. 22 del 29/06/2028", "R", 8)
    s = "Pag. %d di %d" % (i, n)
    glyphs(foot, W - RM - sw(s, "R", 8), 34, s, "R", 8)
    foot.append("0.4 w %.2f 44 m %.2f 44 l S" % (LM, W - RM))
    content = foot + ["q"] + ops + ["Q"]
    xobj = Dictionary()
    if i == 1:
        content += ["q /Lh Do Q", "q 0 1 -1 0 40 250 cm /St Do Q"]
        xobj.Lh = lh_form
        xobj.St = stamp
    else:
        content += ["q /Hd Do Q"]
        xobj.Hd = hd_form
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                   Resources=Dictionary(Font=fonts, XObject=xobj),
                                   Contents=pdf.make_stream("\n".join(content).encode("latin-1"))))
    pdf.pages.append(page)

pdf.docinfo[Name.Title] = "Deliberazione del Consiglio Comunale n. 22 del 29/06/2028"
pdf.docinfo[Name.Creator] = "Halley Informatica - Atti Amministrativi"
pdf.save(OUT, compress_streams=True)
