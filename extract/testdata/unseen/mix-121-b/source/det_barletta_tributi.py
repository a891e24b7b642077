#!/usr/bin/env python3
"""Citta' di Barletta - determinazione del Dirigente del Settore Programmazione
Economico-Finanziaria e Tributi, as a J-Iride report engine writes it.

Hand-written content streams assembled with pikepdf:
- every glyph placed alone with its own Tm, no space characters at all, lines
  justified by moving the words;
- standard-14 fonts (Helvetica, Times) with WinAnsiEncoding, not embedded;
- the letterhead and the register box are a Form XObject painted AFTER the body
  (so the content stream starts with the body text);
- the Albo publication stamp is a second Form XObject, rotated 90 degrees up
  the left margin;
- a running foot with the number on every page.
The Servizio appears only in the signature block.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-barletta-jiride-tributi.pdf"
W, H = 595.28, 841.89
LM, RM = 62.0, 56.0
TW = W - LM - RM
FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica", "F4": "Helvetica-Bold",
         "F5": "Times-Italic"}


def esc(s):
    b = s.encode("cp1252")
    out = bytearray()
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([ch])
        elif ch < 32 or ch > 126:
            out += b"\\%03o" % ch
        else:
            out.append(ch)
    return out.decode("latin-1")


class Page:
    def __init__(self):
        self.ops = []
        self.y = H - 150

    def glyphs(self, x, y, text, font, size, wordgap=None):
        """place each glyph alone; spaces are not written, the next glyph just moves."""
        base = FONTS[font]
        sw = stringWidth(" ", base, size) if wordgap is None else wordgap
        self.ops.append("BT /%s %.1f Tf" % (font, size))
        cx = x
        for ch in text:
            if ch == " ":
                cx += sw
                continue
            self.ops.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (cx, y, esc(ch)))
            cx += stringWidth(ch, base, size)
        self.ops.append("ET")
        return cx

    def para(self, text, font="F1", size=10.5, lead=13.6, indent=0.0, justify=True, first_bold=None,
             hang=0.0):
        """justified paragraph; first_bold: number of leading words set in bold."""
        words = text.split()
        styles = []
        for i, w in enumerate(words):
            styles.append("F2" if first_bold and i < first_bold else font)
        width = TW - indent
        lines, cur = [], []
        curw = 0.0
        for w, f in zip(words, styles):
            ww = stringWidth(w, FONTS[f], size)
            sp = stringWidth(" ", FONTS[font], size)
            lim = width - (hang if lines else 0)
            if cur and curw + sp + ww > lim:
                lines.append(cur); cur, curw = [], 0.0
            cur.append((w, f, ww)); curw += (sp if len(cur) > 1 else 0) + ww
        if cur:
            lines.append(cur)
        for li, line in enumerate(lines):
            x0 = LM + indent + (hang if li else 0)
            lim = width - (hang if li else 0)
            total = sum(ww for _, _, ww in line)
            gaps = len(line) - 1
            sp = stringWidth(" ", FONTS[font], size)
            gap = (lim - total) / gaps if (justify and gaps and li < len(lines) - 1) else sp
            cx = x0
            for w, f, ww in line:
                self.glyphs(cx, self.y, w, f, size)
                cx += ww + gap
            self.y -= lead
        self.y -= 3

    def centre(self, text, font="F2", size=11, lead=15):
        w = stringWidth(text, FONTS[font], size)
        self.glyphs(LM + (TW - w) / 2, self.y, text, font, size)
        self.y -= lead

    def left(self, x, text, font="F1", size=10.5, lead=13.5):
        self.glyphs(x, self.y, text, font, size)
        self.y -= lead

    def rule(self, x1, y1, x2, y2, w=0.5):
        self.ops.append("%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x1, y1, x2, y2))


def form_letterhead(pdf, fontres):
    ops = []
    # crest: a red and white shield drawn with paths
    ops.append("q 0.48 0.12 0.17 rg 0.48 0.12 0.17 RG 1 w")
    ops.append("62 768 m 100 768 l 100 742 l 100 730 90 722 81 718 c 72 722 62 730 62 742 c h B")
    ops.append("1 1 1 rg 70 748 22 7 re f Q")
    t = []

    def put(x, y, s, f, size):
        t.append("BT /%s %.1f Tf %.2f %.2f Td (%s) Tj ET" % (f, size, x, y, esc(s)))
    put(110, 753, "CITTÀ DI BARLETTA", "F2", 16)
    put(110, 740, "Medaglia d'Oro al Valor Militare e al Merito Civile", "F5", 8.5)
    put(110, 729, "Provincia di Barletta-Andria-Trani", "F1", 8.5)
    # register box on the right
    ops.append("0.6 w 372 716 167 52 re S")
    put(378, 753, "Reg. Gen. n. 1351 del 22/09/2027", "F4", 8.5)
    put(378, 740, "Reg. Settore n. 87 del 21/09/2027", "F3", 8.5)
    put(378, 727, "Proposta n. 1529 del 20/09/2027", "F3", 8.5)
    ops += t
    return pikepdf.Stream(pdf, "\n".join(ops).encode("latin-1"),
                          Type=Name.XObject, Subtype=Name.Form, BBox=Array([0, 0, W, H]),
                          Resources=Dictionary(Font=fontres))


def form_stamp(pdf, fontres):
    ops = ["q 0.15 0.3 0.6 RG 0.15 0.3 0.6 rg 0.8 w 0 0 330 30 re S",
           "BT /F4 8 Tf 8 18 Td (ALBO PRETORIO ON LINE - CITTA' DI BARLETTA) Tj ET",
           "BT /F3 7.5 Tf 8 7 Td (Pubblicata dal 22/09/2027 al 07/10/2027 - Reg. pubbl. n. 2871) Tj ET Q"]
    return pikepdf.Stream(pdf, "\n".join(ops).encode("latin-1"),
                          Type=Name.XObject, Subtype=Name.Form, BBox=Array([0, 0, 330, 30]),
                          Resources=Dictionary(Font=fontres))


def footer(pg, n, tot):
    pg.rule(LM, 48, W - RM, 48, 0.4)
    pg.ops.append("BT /F3 7.5 Tf %.2f 38 Td (%s) Tj ET" % (
        LM, esc("Città di Barletta - Determinazione Dirigenziale R.G. n. 1351 del 22/09/2027 - "
                "Settore Programmazione Economico-Finanziaria e Tributi")))
    pg.ops.append("BT /F3 7.5 Tf %.2f 28 Td (pag. %d di %d) Tj ET" % (W - RM - 32, n, tot))


SUBJECT = ("Rimborso a contribuenti diversi di somme versate e non dovute a titolo di IMU per gli "
           "anni d'imposta 2023 e 2024 - Liquidazione e pagamento.")

p1 = Page()
p1.y = H - 168
p1.centre("DETERMINAZIONE DEL DIRIGENTE DEL SETTORE", "F2", 11.5, 15)
p1.centre("PROGRAMMAZIONE ECONOMICO-FINANZIARIA E TRIBUTI", "F2", 11.5, 26)
# subject with a hanging label
lab = "OGGETTO:"
p1.glyphs(LM, p1.y, lab, "F2", 10.5)
saved = p1.y
p1.para(SUBJECT, "F2", 10.5, 13.6, indent=62, justify=True)
p1.y -= 8
p1.centre("IL DIRIGENTE", "F2", 11, 18)
prem = [
    ("Premesso", "Premesso che l'art. 1, comma 164, della legge 27 dicembre 2006, n. 296, dispone che il rimborso delle "
     "somme versate e non dovute deve essere richiesto dal contribuente entro il termine di cinque anni dal giorno del "
     "versamento e che l'ente locale provvede entro centottanta giorni dalla data di presentazione dell'istanza;"),
    ("Viste", "Viste le istanze di rimborso IMU presentate dai contribuenti indicati nell'elenco allegato, conservato "
     "agli atti d'ufficio in forma non pubblicabile ai sensi del Regolamento (UE) 2016/679, relative a versamenti "
     "eccedenti o non dovuti per gli anni d'imposta 2023 e 2024;"),
    ("Dato atto", "Dato atto che l'istruttoria, svolta dal Servizio Tributi Locali mediante il riscontro dei versamenti "
     "registrati nella banca dati F24 e delle risultanze catastali, ha accertato il diritto al rimborso per n. 23 "
     "posizioni, per un importo complessivo di euro 18.942,37, comprensivo degli interessi calcolati al tasso legale;"),
    ("Richiamati", "Richiamati il Regolamento comunale per la disciplina dell'IMU, approvato con deliberazione di "
     "Consiglio Comunale n. 27 del 29/06/2020, e il decreto sindacale n. 29 del 04/07/2027 di conferimento "
     "dell'incarico di direzione del Settore;"),
    ("Visti", "Visti il D.Lgs. 18 agosto 2000, n. 267, e in particolare gli articoli 107, 183 e 184, e il vigente "
     "Regolamento di contabilità;"),
]
for head, txt in prem:
    p1.para(txt, "F1", 10.5, 13.6, first_bold=len(head.split()))
p1.y -= 2
p1.centre("DETERMINA", "F2", 11, 17)
points = [
    "1. di approvare le risultanze dell'istruttoria svolta dal Servizio Tributi Locali e di riconoscere il "
    "diritto al rimborso dell'IMU versata e non dovuta per gli anni d'imposta 2023 e 2024 in favore dei n. 23 "
    "contribuenti indicati nell'elenco conservato agli atti;",
    "2. di liquidare e pagare la somma complessiva di euro 18.942,37, di cui euro 18.406,10 per imposta ed euro "
    "536,27 per interessi, con imputazione al capitolo 1420 \"Rimborsi di imposte e tasse\" del bilancio 2027-2029, "
    "esercizio 2027, impegno n. 2211/2027;",
    "3. di autorizzare il Servizio Ragioneria all'emissione dei mandati di pagamento mediante accredito sui conti "
    "correnti indicati dai contribuenti, secondo il prospetto riepilogativo che segue;",
]
for t in points:
    p1.para(t, "F1", 10.5, 13.6, hang=12)

p2 = Page()
p2.y = H - 70
points2 = [
    "4. di dare atto che il presente provvedimento è pubblicato all'Albo Pretorio on line per quindici giorni "
    "consecutivi, omettendo i dati personali dei beneficiari.",
]
for t in points2:
    p2.para(t, "F1", 10.5, 13.6, hang=12)
# small summary table
p2.y -= 6
rows = [("Anno d'imposta", "Posizioni", "Imposta (euro)", "Interessi (euro)", "Totale (euro)"),
        ("2023", "9", "7.315,40", "298,62", "7.614,02"),
        ("2024", "14", "11.090,70", "237,65", "11.328,35"),
        ("Totale", "23", "18.406,10", "536,27", "18.942,37")]
cols = [LM, LM + 110, LM + 190, LM + 290, LM + 390, W - RM]
top = p2.y + 11
for r, row in enumerate(rows):
    f = "F4" if r in (0, len(rows) - 1) else "F3"
    for c, cell in enumerate(row):
        if c == 0:
            p2.glyphs(cols[c] + 4, p2.y, cell, f, 9)
        else:
            w = stringWidth(cell, FONTS[f], 9)
            p2.glyphs(cols[c + 1] - 6 - w, p2.y, cell, f, 9)
    p2.y -= 15
bottom = p2.y + 11
for x in cols:
    p2.rule(x, top, x, bottom, 0.4)
for k in range(len(rows) + 1):
    yy = top - 15 * k
    p2.rule(LM, yy, W - RM, yy, 0.4)
p2.y -= 26
p2.left(LM, "Barletta, 22/09/2027", "F1", 10.5, 30)
ysig = p2.y
p2.left(LM, "Il Funzionario E.Q. del Servizio Tributi Locali", "F1", 10.5)
p2.left(LM, "Responsabile del procedimento", "F5", 9.5)
p2.left(LM, "dott. Ruggiero Cafagna", "F1", 10.5)
p2.y = ysig
p2.left(330, "IL DIRIGENTE DEL SETTORE", "F2", 10.5)
p2.left(330, "dott.ssa Michela Doronzo", "F1", 10.5)
p2.left(330, "firmato digitalmente ai sensi del D.Lgs. 82/2005", "F5", 8.5)
p2.y -= 40
p2.centre("VISTO DI REGOLARITÀ CONTABILE", "F2", 10.5, 15)
p2.para("Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, "
        "del D.Lgs. n. 267/2000. Mandati n. 6102-6124 del 22/09/2027.", "F1", 10.5, 13.6)
p2.left(330, "Il Responsabile del Servizio Ragioneria", "F1", 10.5)
p2.left(330, "rag. Sabino Lamacchia", "F1", 10.5)

pdf = pikepdf.new()
fontres = Dictionary()
for k, base in FONTS.items():
    fontres[Name("/" + k)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                          BaseFont=Name("/" + base),
                                                          Encoding=Name.WinAnsiEncoding))
lh = pdf.make_indirect(form_letterhead(pdf, fontres))
st = pdf.make_indirect(form_stamp(pdf, fontres))
pages = [p1, p2]
for n, pg in enumerate(pages, 1):
    footer(pg, n, len(pages))
    ops = list(pg.ops)
    if n == 1:
        ops.append("q 1 0 0 1 0 0 cm /LH Do Q")          # letterhead after the body
    ops.append("q 0 1 -1 0 36 250 cm /ST Do Q")          # stamp rotated up the left margin
    content = pikepdf.Stream(pdf, ("\n".join(ops) + "\n").encode("latin-1"))
    page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Contents=pdf.make_indirect(content),
                      Resources=Dictionary(Font=fontres, XObject=Dictionary(LH=lh, ST=st)))
    pdf.pages.append(pikepdf.Page(page))
pdf.docinfo["/Producer"] = "J-Iride Report Engine 4.2"
pdf.docinfo["/Creator"] = "J-Iride Atti"
pdf.docinfo["/Title"] = "Determinazione R.G. 1351/2027"
pdf.save(OUT, compress_streams=True)
