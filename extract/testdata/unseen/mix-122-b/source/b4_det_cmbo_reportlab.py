#!/usr/bin/env python3
"""Città metropolitana di Bologna - determinazione dirigenziale (house style "Civilia Next")
as the package's server-side report prints it: ReportLab canvas, every body line justified
with word spacing (Tw), headings letter-spaced with character spacing (Tc), a running head
with the number from page 2, a two-column table of amounts inside the dispositivo, and the
Albo's stamp rotated in the right margin. No Servizio printed."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth, registerFont
from reportlab.pdfbase.ttfonts import TTFont

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-cmbologna-civilianext-sociale.pdf"
# the report engine uses the standard Type 1 fonts (WinAnsi), so that Tw acts on the space
FONT = {"Serif": "Times-Roman", "Serif-B": "Times-Bold", "Sans": "Helvetica", "Sans-B": "Helvetica-Bold"}
RED = colors.HexColor("#a1122a")
NUM, DATA = "2107", "27/10/2027"
W, H = A4
LM, RM = 22 * mm, W - 20 * mm
TOP1, TOP2, BOT = H - 92 * mm, H - 30 * mm, 26 * mm

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle(f"Determinazione dirigenziale n. {NUM} del {DATA}")
c.setAuthor("Città metropolitana di Bologna")
c.setCreator("Civilia Next - Report atti")
st = {"y": TOP1, "page": 1}


def spaced(text, font, size, x, y, cs, align="left"):
    w = stringWidth(text, font, size) + cs * (len(text) - 1)
    if align == "center":
        x = (LM + RM - w) / 2
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(cs)
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)


def running_head():
    c.setFont(FONT["Sans"], 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(LM, H - 16 * mm, f"Città metropolitana di Bologna – Determinazione dirigenziale n. {NUM} del {DATA}")
    c.drawRightString(RM, H - 16 * mm, "Settore Sviluppo sociale e pari opportunità")
    c.setStrokeColor(RED); c.setLineWidth(0.6)
    c.line(LM, H - 18 * mm, RM, H - 18 * mm)
    c.setFillColor(colors.black)


def footer():
    c.setFont(FONT["Sans"], 7)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(LM, 14 * mm, "Documento generato da Civilia Next – firmato digitalmente ai sensi del D.Lgs. 82/2005")
    c.drawRightString(RM, 14 * mm, f"pagina {st['page']}")
    c.setFillColor(colors.black)


def newpage():
    footer()
    c.showPage()
    st["page"] += 1
    running_head()
    st["y"] = TOP2


def wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            out.append(cur); cur = w
    out.append(cur)
    return out


def para(text, font=FONT["Serif"], size=10.5, lead=14, indent=0, label=None, before=2, justify=True):
    st["y"] -= before
    x = LM + indent
    width = RM - x
    lines = wrap(text, font, size, width)
    for i, ln in enumerate(lines):
        if st["y"] < BOT:
            newpage()
        t = c.beginText(x, st["y"])
        t.setFont(font, size)
        if label and i == 0:
            c.setFont(font, size)
            c.drawString(LM, st["y"], label)
        if justify and i < len(lines) - 1 and ln.count(" "):
            t.setWordSpace((width - stringWidth(ln, font, size)) / ln.count(" "))
        t.textOut(ln)
        t.setWordSpace(0)
        c.drawText(t)
        st["y"] -= lead


def heading(text, size=10.5, before=8, cs=2.2, align="left"):
    st["y"] -= before
    if st["y"] < BOT + 30:
        newpage()
    c.setFillColor(RED)
    spaced(text, FONT["Sans-B"], size, LM, st["y"], cs, align)
    c.setFillColor(colors.black)
    st["y"] -= size + 6


# ---- page 1 letterhead
c.setFillColor(RED)
spaced("CITTÀ METROPOLITANA DI BOLOGNA", FONT["Sans-B"], 13, LM, H - 22 * mm, 0.9)
c.setFillColor(colors.HexColor("#333333"))
c.setFont(FONT["Sans"], 7.5)
c.drawRightString(RM, H - 19 * mm, "Via Zamboni, 13 – 40126 Bologna")
c.drawRightString(RM, H - 22.5 * mm, "tel. 051 659 8111 · C.F. 03428581205")
c.setStrokeColor(RED); c.setLineWidth(1.6)
c.line(LM, H - 25 * mm, RM, H - 25 * mm)
c.setFillColor(colors.black)
# grid
rows = [("Determinazione dirigenziale", f"n. {NUM} del {DATA}"), ("Proposta", "n. 2368/2027 del 26/10/2027"),
        ("Settore", "SETTORE SVILUPPO SOCIALE E PARI OPPORTUNITÀ"), ("Classificazione", "07.2.1 – Fascicolo 2027/9")]
y = H - 32 * mm
c.setLineWidth(0.5); c.setStrokeColor(colors.HexColor("#888888"))
for lab, val in rows:
    c.setFillColor(colors.HexColor("#f1e4e6"))
    c.rect(LM, y - 6.5 * mm, 52 * mm, 6.5 * mm, stroke=1, fill=1)
    c.rect(LM + 52 * mm, y - 6.5 * mm, RM - LM - 52 * mm, 6.5 * mm, stroke=1, fill=0)
    c.setFillColor(colors.black)
    c.setFont(FONT["Sans-B"], 8.5); c.drawString(LM + 2 * mm, y - 4.5 * mm, lab)
    c.setFont(FONT["Sans"], 8.5); c.drawString(LM + 54 * mm, y - 4.5 * mm, val)
    y -= 6.5 * mm
st["y"] = y - 12 * mm
spaced("DETERMINAZIONE DEL DIRIGENTE DEL SETTORE", FONT["Sans-B"], 12, LM, st["y"], 1.6, "center")
st["y"] -= 15
spaced("SVILUPPO SOCIALE E PARI OPPORTUNITÀ", FONT["Sans-B"], 12, LM, st["y"], 1.6, "center")
st["y"] -= 20
subj = ("Contributi ai Distretti socio-sanitari per i progetti di contrasto alla povertà educativa – "
        "Annualità 2027 – Impegno e liquidazione della prima tranche.")
c.setLineWidth(0.8); c.setStrokeColor(colors.black)
c.line(LM, st["y"] + 11, RM, st["y"] + 11)
para(subj, FONT["Serif-B"], 10.5, 14, indent=22 * mm, label="Oggetto:", before=0)
c.line(LM, st["y"] + 8, RM, st["y"] + 8)
st["y"] -= 4

heading("DECISIONE")
para("Il Dirigente del Settore Sviluppo sociale e pari opportunità", before=0)
pts = [
    ("1.", "ripartisce tra i sette Distretti socio-sanitari del territorio metropolitano il fondo di € 640.000,00 "
           "destinato ai progetti di contrasto alla povertà educativa per l’annualità 2027, secondo la tabella che segue:"),
]
for lab, tx in pts:
    para(tx, indent=7 * mm, label=lab)
# two-column table of amounts
tab = [("Distretto Città di Bologna", "€ 214.400,00"), ("Distretto Pianura Est", "€ 84.480,00"),
       ("Distretto Pianura Ovest", "€ 58.240,00"), ("Distretto Reno, Lavino e Samoggia", "€ 71.040,00"),
       ("Distretto Appennino Bolognese", "€ 52.480,00"), ("Distretto di San Lazzaro di Savena", "€ 42.880,00"),
       ("Distretto Imolese (Nuovo Circondario Imolese)", "€ 116.480,00"), ("Totale", "€ 640.000,00")]
st["y"] -= 2
for i, (d, v) in enumerate(tab):
    yy = st["y"]
    c.setStrokeColor(colors.HexColor("#888888")); c.setLineWidth(0.4)
    c.rect(LM + 7 * mm, yy - 3, 100 * mm, 13, stroke=1, fill=0)
    c.rect(LM + 107 * mm, yy - 3, 40 * mm, 13, stroke=1, fill=0)
    c.setFont(FONT["Sans-B"] if d == "Totale" else FONT["Sans"], 8.5)
    c.drawString(LM + 9 * mm, yy, d)
    c.drawRightString(LM + 145 * mm, yy, v)
    st["y"] -= 13
st["y"] -= 4
pts = [
    ("2.", "impegna la spesa complessiva di € 640.000,00 al capitolo 31540 “Trasferimenti ai Distretti per "
           "politiche sociali” del bilancio 2027-2029, esercizio 2027, finanziato dal Fondo regionale per le "
           "politiche sociali;"),
    ("3.", "liquida a ciascun Distretto, per il tramite dell’ente capofila, una prima tranche pari al 60% della "
           "quota assegnata, per complessivi € 384.000,00, rinviando a successivo atto la liquidazione del saldo "
           "a seguito della rendicontazione delle attività svolte entro il 30 giugno 2028;"),
    ("4.", "dispone la pubblicazione del presente atto all’Albo pretorio on line e, ai sensi degli articoli 26 e 27 "
           "del D.Lgs. 14 marzo 2013, n. 33, nella sezione Amministrazione trasparente."),
]
for lab, tx in pts:
    para(tx, indent=7 * mm, label=lab)

heading("MOTIVAZIONE")
mot = [
    "Con deliberazione della Giunta regionale n. 1388 del 28/07/2027 la Regione Emilia-Romagna ha assegnato alla "
    "Città metropolitana di Bologna la somma di € 640.000,00 per il sostegno di progetti distrettuali di contrasto "
    "alla povertà educativa, da ripartire secondo criteri che tengano conto della popolazione minorile residente e "
    "dell’incidenza delle famiglie in condizione di fragilità economica.",
    "La Conferenza territoriale sociale e sanitaria metropolitana, nella seduta del 14 ottobre 2027, ha espresso "
    "parere favorevole al riparto proposto, calcolato per l’80% sulla popolazione residente di età compresa tra 0 e "
    "17 anni al 1° gennaio 2027 e per il 20% sul numero dei nuclei beneficiari dell’assegno di inclusione.",
    "I Distretti hanno trasmesso le schede progettuali entro il termine del 30 settembre 2027 e l’istruttoria del "
    "Settore ne ha verificato la coerenza con le linee guida regionali. Il presente provvedimento è adottato ai sensi "
    "dell’art. 107 del D.Lgs. 18 agosto 2000, n. 267, e dell’atto del Sindaco metropolitano n. 23 del 03/02/2027 di "
    "conferimento dell’incarico dirigenziale.",
]
for m in mot:
    para(m, before=3)

st["y"] -= 16
if st["y"] < BOT + 40:
    newpage()
x0 = LM + 95 * mm
c.setFont(FONT["Serif-B"], 10.5); c.drawCentredString(x0 + 30 * mm, st["y"], "IL DIRIGENTE DEL SETTORE")
c.setFont(FONT["Serif"], 10.5); c.drawCentredString(x0 + 30 * mm, st["y"] - 14, "Dott.ssa Laura Gamberini")
c.setFont(FONT["Serif"], 8); c.drawCentredString(x0 + 30 * mm, st["y"] - 26, "(documento firmato digitalmente)")
st["y"] -= 50
heading("VISTO DI REGOLARITÀ CONTABILE", before=6)
para("Si attesta la copertura finanziaria della spesa ai sensi dell’art. 153, comma 5, del D.Lgs. 267/2000 "
     "(impegno n. 4388/2027 di € 640.000,00; liquidazione n. 7712/2027 di € 384.000,00). Bologna, 27/10/2027.", before=0)
st["y"] -= 14
c.setFont(FONT["Serif-B"], 10.5)
c.drawCentredString(x0 + 30 * mm, st["y"], "IL DIRIGENTE DEL SETTORE PROGRAMMAZIONE")
c.drawCentredString(x0 + 30 * mm, st["y"] - 13, "E GESTIONE RISORSE")
c.setFont(FONT["Serif"], 10.5); c.drawCentredString(x0 + 30 * mm, st["y"] - 27, "Dott. Alberto Maccaferri")

# Albo stamp, rotated, in the right margin of the last page
c.saveState()
c.translate(W - 9 * mm, 60 * mm)
c.rotate(90)
c.setStrokeColor(colors.HexColor("#1d4f91")); c.setFillColor(colors.HexColor("#1d4f91"))
c.setLineWidth(0.7)
c.rect(-2 * mm, -2.2 * mm, 118 * mm, 6.5 * mm)
c.setFont(FONT["Sans-B"], 6.5)
c.drawString(0, 0, "ALBO PRETORIO ON LINE – pubblicato dal 27/10/2027 al 11/11/2027 – reg. n. 5562")
c.restoreState()
footer()
c.save()
