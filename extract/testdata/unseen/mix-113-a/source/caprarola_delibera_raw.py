#!/usr/bin/env python3
"""Comune di Caprarola (VT) - Giunta deliberation n. 3 of 14/01/2027.
House style "Sicraweb" as its report engine writes the PDF: content streams
written by hand and assembled with pikepdf.
 - every glyph is placed alone with its own text matrix, no space characters;
   justified lines spread the gaps between words;
 - the page is drawn out of reading order: the body first, then the roll
   column by column (names, roles, marks), then the title block, then the
   letterhead, which is a Form XObject reused on both pages, last;
 - the Albo's publication stamp runs up the left margin, rotated 90 degrees;
 - a running foot with the number and "Pagina X di Y"."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 62.0, 538.0          # text block
FONTS = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"}
FKEY = {"R": "/F1", "B": "/F2", "I": "/F3"}


def enc(s):
    return s.encode("cp1252").hex().upper()


def sw(s, f, size):
    return stringWidth(s, FONTS[f], size)


def glyphs(x, y, text, f="R", size=10, gap=None):
    """Emit one glyph at a time. Words separated by gap (default: a space's width)."""
    ops = [f"BT {FKEY[f]} {size} Tf"]
    space = sw(" ", f, size) if gap is None else gap
    for wi, word in enumerate(text.split(" ")):
        if wi:
            x += space
        for ch in word:
            ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm <{enc(ch)}> Tj")
            x += sw(ch, f, size)
    ops.append("ET")
    return "\n".join(ops), x


def wrap(text, f, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        t = " ".join(cur + [w])
        if cur and sw(t, f, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.pages.append({"body": [], "roll": [], "title": [], "stamp": []})
        self.y = H - 130 if len(self.pages) > 1 else None

    def para(self, text, f="R", size=10, lead=13.2, indent=0, hang=0, justify=True, after=5, center=False,
             first_prefix=None):
        width = RM - LM - indent
        lines = wrap(text, f, size, width)
        for i, ln in enumerate(lines):
            if self.y < 75:
                self.new_page()
            s = " ".join(ln)
            x0 = LM + indent
            if center:
                x0 = LM + (RM - LM - sw(s, f, size)) / 2
            gap = None
            if justify and not center and i < len(lines) - 1 and len(ln) > 1:
                natural = sum(sw(w, f, size) for w in ln)
                gap = (width - natural) / (len(ln) - 1)
            if i == 0 and first_prefix:
                o, _ = glyphs(LM + indent - hang, self.y, first_prefix, f, size)
                self.pages[-1]["body"].append(o)
            o, _ = glyphs(x0, self.y, s, f, size, gap)
            self.pages[-1]["body"].append(o)
            self.y -= lead
        self.y -= after


d = Doc()
P1 = d.pages[0]

# ---- title block (drawn after the body, though it stands above it) ----
t = []
o, _ = glyphs(RM - sw("COPIA", "B", 9), H - 124, "COPIA", "B", 9); t.append(o)
title = "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"
o, _ = glyphs(LM + (RM - LM - sw(title, "B", 12.5)) / 2, H - 140, title, "B", 12.5); t.append(o)
# number/date grid: labels over values
t.append("0.92 g 62 656 476 28 re f 0 g 0.6 w 62 656 476 28 re S 181 656 m 181 684 l S 300 656 m 300 684 l S "
         "419 656 m 419 684 l S")
for x, lab, val in ((66, "Numero", "3"), (185, "Data", "14/01/2027"), (304, "Proposta n.", "5"),
                    (423, "del", "11/01/2027")):
    o, _ = glyphs(x, 675, lab, "R", 7.5); t.append(o)
    o, _ = glyphs(x + 30, 661, val, "B", 11); t.append(o)
o, _ = glyphs(LM, 640, "Settore proponente:", "R", 8.5); t.append(o)
o, _ = glyphs(LM + 82, 640, "AREA AMMINISTRATIVA", "B", 8.5); t.append(o)
# Oggetto: label left, subject right
subj = ("Approvazione dello schema di convenzione con l'Associazione Pro Loco di Caprarola per la gestione "
        "del servizio di informazione e accoglienza turistica - Anno 2027.")
o, _ = glyphs(LM, 620, "Oggetto:", "B", 10.5); t.append(o)
yy = 620
for ln in wrap(subj, "B", 10.5, RM - LM - 58):
    o, _ = glyphs(LM + 58, yy, " ".join(ln), "B", 10.5); t.append(o)
    yy -= 13.5
t.append(f"0.6 w {LM} {yy + 4} m {RM} {yy + 4} l S")
P1["title"] = t

d.y = yy - 14
d.para("L'anno duemilaventisette il giorno quattordici del mese di gennaio alle ore 12:30, nella sede comunale, "
       "si è riunita la Giunta Comunale, convocata nelle forme di legge, con la presenza dei signori:")

# ---- roll, drawn column by column ----
roll = [("CARDARELLI FABIO", "SINDACO", True), ("MANCINI LAURA", "VICE SINDACO", True),
        ("BRUNELLI STEFANO", "ASSESSORE", True), ("ZAPPONI MARTA", "ASSESSORE", False),
        ("PAOLOCCI DANIELE", "ASSESSORE", True)]
top = d.y + 2
rows = len(roll) + 1
rh = 15
cols = (LM, LM + 190, LM + 330, LM + 400, LM + 470)
r = [f"0.5 w 0.92 g {LM} {top - rh} {RM - LM} {rh} re f 0 g"]
for i in range(rows + 1):
    r.append(f"{LM} {top - i * rh:.1f} m {RM} {top - i * rh:.1f} l S")
for x in cols + (RM,):
    r.append(f"{x} {top} m {x} {top - rows * rh:.1f} l S")
heads = ("Cognome e Nome", "Carica", "Presente", "Assente")
for ci, col in enumerate((0, 1, 2, 3)):
    cx = cols[col] + 4
    o, _ = glyphs(cx, top - rh + 4.5, heads[ci], "B", 8.5); r.append(o)
    for ri, (n, role, pres) in enumerate(roll, 1):
        yb = top - (ri + 1) * rh + 4.5
        if col == 0:
            o, _ = glyphs(cx, yb, n, "R", 9.5)
        elif col == 1:
            o, _ = glyphs(cx, yb, role, "R", 9.5)
        elif col == 2:
            o, _ = glyphs(cx + 20, yb, "X" if pres else "", "B", 9.5)
        else:
            o, _ = glyphs(cx + 20, yb, "" if pres else "X", "B", 9.5)
        r.append(o)
P1["roll"] = r
d.y = top - rows * rh - 16
d.para("Presenti n. 4    Assenti n. 1", "B", 9.5, justify=False, after=6)
d.para("Partecipa il Segretario Comunale Dott.ssa Rossella Fabbri, incaricato della redazione del verbale.")
d.para("Il Sindaco Sig. Fabio Cardarelli, constatato il numero legale degli intervenuti, assume la presidenza e "
       "dichiara aperta la seduta, invitando la Giunta a deliberare sull'argomento in oggetto.", after=9)
d.para("LA GIUNTA COMUNALE", "B", 10.5, center=True, after=7)
for txt in [
    "Premesso che il territorio di Caprarola, per la presenza di Palazzo Farnese e della Riserva Naturale Regionale "
    "del Lago di Vico, registra durante l'intero anno un significativo afflusso di visitatori, ai quali è necessario "
    "assicurare un servizio continuativo di informazione e accoglienza;",
    "Considerato che l'Associazione Pro Loco di Caprarola, iscritta all'Albo regionale delle Pro Loco, gestisce da anni "
    "con soddisfazione dell'Amministrazione il punto di informazione turistica di piazza Romei, e ha manifestato con "
    "nota prot. n. 214 del 07/01/2027 la propria disponibilità a proseguire il servizio per l'anno 2027;",
    "Visto lo schema di convenzione predisposto dal Servizio Cultura e Turismo, che prevede l'apertura del punto di "
    "informazione per almeno 20 ore settimanali e un contributo comunale a parziale copertura delle spese di euro "
    "6.000,00;",
    "Visti l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore) e il vigente Regolamento comunale per "
    "la concessione di contributi;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile, espressi ai sensi dell'art. 49 del D.Lgs. "
    "18 agosto 2000, n. 267, dai Responsabili delle Aree interessate;",
    "Con voti unanimi favorevoli, espressi nelle forme di legge,",
]:
    d.para(txt)
d.para("DELIBERA", "B", 10.5, center=True, after=7)
pts = [
    "di approvare lo schema di convenzione con l'Associazione Pro Loco di Caprarola per la gestione del servizio di "
    "informazione e accoglienza turistica per l'anno 2027, allegato al presente atto quale parte integrante e "
    "sostanziale;",
    "di demandare al Responsabile dell'Area Amministrativa la sottoscrizione della convenzione e l'adozione di tutti "
    "gli atti gestionali conseguenti;",
    "di dare atto che la spesa di euro 6.000,00 trova copertura al capitolo 7140 del bilancio di previsione "
    "2027/2029, esercizio 2027;",
    "di trasmettere copia della presente deliberazione ai Capigruppo consiliari contestualmente alla pubblicazione "
    "all'Albo Pretorio on line, ai sensi dell'art. 125 del D.Lgs. n. 267/2000.",
]
for i, ptxt in enumerate(pts, 1):
    d.para(ptxt, indent=18, hang=18, first_prefix=f"{i})")
d.para("Successivamente, con separata votazione unanime, la presente deliberazione è dichiarata immediatamente "
       "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", after=14)
d.para("Letto, confermato e sottoscritto.", justify=False, after=10)
# signatures: two columns
if d.y < 150:
    d.new_page()
sy = d.y
for x, a, b in ((LM + 20, "Il Presidente", "F.to Sig. Fabio Cardarelli"),
                (LM + 270, "Il Segretario Comunale", "F.to Dott.ssa Rossella Fabbri")):
    o, _ = glyphs(x, sy, a, "B", 10); d.pages[-1]["body"].append(o)
    o, _ = glyphs(x, sy - 14, b, "R", 10); d.pages[-1]["body"].append(o)
d.y = sy - 44
d.para("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", "B", 8.5, justify=False, after=3)
d.para("Regolarità tecnica: FAVOREVOLE. Il Responsabile dell'Area Amministrativa F.to Dott. Marco Pieri "
       "(11/01/2027)", "R", 8.5, lead=11, justify=False, after=2)
d.para("Regolarità contabile: FAVOREVOLE. Il Responsabile dell'Area Economico-Finanziaria F.to Dott. Massimo "
       "Ceccarelli (12/01/2027)", "R", 8.5, lead=11, justify=False, after=8)
d.para("La presente deliberazione è stata dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000).",
       "I", 8.5, lead=11, justify=False)

# ---- stamp up the left margin of page 1 ----
stamp = ("ALBO PRETORIO ON LINE - Pubblicata dal 15/01/2027 al 30/01/2027 - Registro di pubblicazione n. 52 "
         "- Il Messo Comunale")
st = ["q 0.75 0 0 RG 0.75 0 0 rg 0 1 -1 0 40 250 cm 0.8 w -4 -4 372 15 re S"]
st.append(f"BT /F2 7.5 Tf 0 0 Td <{enc(stamp)}> Tj ET Q")
P1["stamp"] = st

# ---- assemble ----
pdf = pikepdf.new()
fonts = Dictionary()
for k, f in (("/F1", "Helvetica"), ("/F2", "Helvetica-Bold"), ("/F3", "Helvetica-Oblique")):
    fonts[k] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + f),
                                            Encoding=Name.WinAnsiEncoding))
lh_ops = [
    "q 0.12 0.32 0.20 rg 62 772 m 92 772 l 92 748 l 77 736 l 62 748 l h f",
    "0.95 0.80 0.20 rg 70 752 m 84 752 l 84 764 l 70 764 l h f Q",
    f"BT /F2 16 Tf 1 0 0 1 102 758 Tm <{enc('COMUNE DI CAPRAROLA')}> Tj ET",
    f"BT /F1 9.5 Tf 1 0 0 1 102 745 Tm <{enc('Provincia di Viterbo')}> Tj ET",
    f"BT /F1 7.5 Tf 1 0 0 1 350 758 Tm <{enc('01032 Caprarola (VT) - tel. 0761 649001')}> Tj ET",
    f"BT /F1 7.5 Tf 1 0 0 1 350 748 Tm <{enc('www.comune.caprarola.vt.it - PEC istituzionale')}> Tj ET",
    "0.12 0.32 0.20 RG 1.4 w 62 732 m 538 732 l S",
]
letterhead = pdf.make_stream("\n".join(lh_ops).encode())
letterhead["/Type"] = Name.XObject
letterhead["/Subtype"] = Name.Form
letterhead["/BBox"] = Array([0, 700, W, H])
letterhead["/Resources"] = Dictionary(Font=fonts)

n = len(d.pages)
for i, pg in enumerate(d.pages, 1):
    foot_txt = f"Comune di Caprarola - Deliberazione della Giunta Comunale n. 3 del 14/01/2027"
    foot = [f"0.5 w {LM} 48 m {RM} 48 l S", glyphs(LM, 38, foot_txt, "R", 7.5)[0],
            glyphs(RM - sw(f"Pagina {i} di {n}", "R", 7.5), 38, f"Pagina {i} di {n}", "R", 7.5)[0]]
    parts = pg["body"] + pg["roll"] + pg["title"] + pg["stamp"] + ["q /LH Do Q"] + foot
    content = pdf.make_stream("\n".join(parts).encode())
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Contents=content,
                                   Resources=Dictionary(Font=fonts, XObject=Dictionary(LH=letterhead))))
    pdf.pages.append(page)
pdf.docinfo["/Producer"] = "Sicraweb - Atti Amministrativi (PDF engine 4.2)"
pdf.docinfo["/Title"] = "Deliberazione di Giunta n. 3 del 14/01/2027"
pdf.save(out, compress_streams=True)
