#!/usr/bin/env python3
"""Comune di Calatabiano - Giunta Municipale n. 131/2027, APSystems-like house style.

ReportLab canvas used as a report engine would use it:
- every glyph is placed on its own (one text matrix per glyph, no space
  characters at all; justified lines only widen the gaps);
- the letterhead and the running head are Form XObjects defined once and
  painted at the END of each page's content (out of reading order);
- a rotated "copia conforme" stamp up the left margin.
"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-calatabiano-apsystems.pdf"
W, H = A4
LM, RM = 24 * mm, W - 18 * mm
TW = RM - LM

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Deliberazione G.M. n. 131 del 17/11/2027")
c.setAuthor("Comune di Calatabiano")
c.setCreator("APSystems - Gestione Atti Amministrativi")

# ---------------------------------------------------------------- glyph setter
def glyphs(x, y, s, font, size, extra_gap=0.0):
    """Place each glyph of s alone; spaces are not written, they only move x."""
    t = c.beginText()
    t.setFont(font, size)
    for ch in s:
        if ch == " ":
            x += stringWidth(" ", font, size) + extra_gap
            continue
        t.setTextOrigin(x, y)
        t.textOut(ch)
        x += stringWidth(ch, font, size)
    c.drawText(t)
    return x


def wrap(text, font, size, width, indent=0):
    words = text.split()
    lines, cur = [], []
    w_avail = width - indent
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > w_avail:
            lines.append(cur)
            cur = [w]
            w_avail = width
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Flow:
    def __init__(self):
        self.y = None
        self.page = 0

    def need(self, h):
        if self.y - h < 26 * mm:
            finish_page()
            start_page()

    def para(self, text, font="Times-Roman", size=11, lead=14.2, justify=True, indent=0, hang=None,
             label=None, after=4, x0=LM, width=TW):
        lines = wrap(text, font, size, width - (hang or 0), indent)
        for i, ws in enumerate(lines):
            self.need(lead)
            x = x0 + (hang or 0) + (indent if i == 0 else 0)
            w_line = width - (hang or 0) - (indent if i == 0 else 0)
            s = " ".join(ws)
            gap = 0.0
            if justify and i < len(lines) - 1 and len(ws) > 1:
                gap = (w_line - stringWidth(s, font, size)) / (len(ws) - 1)
            if i == 0 and label:
                glyphs(x0, self.y, label, font, size)
            glyphs(x, self.y, s, font, size, gap)
            self.y -= lead
        self.y -= after

    def center(self, s, font="Times-Bold", size=11.5, lead=16, after=2):
        self.need(lead)
        glyphs((W - stringWidth(s, font, size)) / 2, self.y, s, font, size)
        self.y -= lead + after


flow = Flow()

# ---------------------------------------------------------------- forms
c.beginForm("Intestazione")
cx = W / 2
c.setLineWidth(0.9)
c.circle(cx, H - 22 * mm, 7 * mm)
c.setLineWidth(0.5)
c.circle(cx, H - 22 * mm, 5.6 * mm)
c.line(cx - 3 * mm, H - 24 * mm, cx + 3 * mm, H - 24 * mm)
c.rect(cx - 2.2 * mm, H - 24 * mm, 4.4 * mm, 5 * mm)
glyphs(cx - stringWidth("COMUNE DI CALATABIANO", "Helvetica-Bold", 15) / 2, H - 36 * mm, "COMUNE DI CALATABIANO", "Helvetica-Bold", 15)
glyphs(cx - stringWidth("Città Metropolitana di Catania", "Helvetica-Oblique", 10) / 2, H - 41 * mm, "Città Metropolitana di Catania", "Helvetica-Oblique", 10)
s = "Piazza Vittorio Emanuele, 32 – 95011 Calatabiano (CT) – C.F. 87000630872"
glyphs(cx - stringWidth(s, "Helvetica", 7.5) / 2, H - 45 * mm, s, "Helvetica", 7.5)
c.setLineWidth(0.8)
c.line(LM, H - 47.5 * mm, RM, H - 47.5 * mm)
c.setLineWidth(0.3)
c.line(LM, H - 48.3 * mm, RM, H - 48.3 * mm)
c.endForm()

c.beginForm("Testatina")
glyphs(LM, H - 12 * mm, "Comune di Calatabiano", "Helvetica-Oblique", 7.5)
s = "Deliberazione G.M. n. 131 del 17/11/2027"
glyphs(RM - stringWidth(s, "Helvetica-Oblique", 7.5), H - 12 * mm, s, "Helvetica-Oblique", 7.5)
c.setLineWidth(0.3)
c.line(LM, H - 13.5 * mm, RM, H - 13.5 * mm)
c.endForm()

c.beginForm("Timbro")
c.saveState()
c.translate(11 * mm, 60 * mm)
c.rotate(90)
c.setStrokeColorRGB(0.15, 0.25, 0.6)
c.setFillColorRGB(0.15, 0.25, 0.6)
c.setLineWidth(0.6)
c.rect(0, -2.5 * mm, 150 * mm, 8 * mm)
glyphs(3 * mm, 0.2 * mm, "COPIA CONFORME ALL'ORIGINALE INFORMATICO FIRMATO DIGITALMENTE – D.Lgs. 82/2005",
       "Helvetica-Bold", 7.5)
c.restoreState()
c.endForm()

TOTAL = 2


def start_page():
    flow.page += 1
    flow.y = H - (56 * mm if flow.page == 1 else 22 * mm)


def finish_page():
    s = "pag. %d di %d" % (flow.page, TOTAL)
    glyphs(RM - stringWidth(s, "Helvetica", 7.5), 14 * mm, s, "Helvetica", 7.5)
    # painted last: the letterhead / running head and the stamp
    if flow.page == 1:
        c.doForm("Intestazione")
    else:
        c.doForm("Testatina")
    c.doForm("Timbro")
    c.showPage()


# ---------------------------------------------------------------- page 1
start_page()
# title box
y = flow.y
c.setLineWidth(1)
c.rect(LM, y - 15 * mm, TW, 19 * mm)
c.setLineWidth(0.4)
c.rect(LM + 1 * mm, y - 14 * mm, TW - 2 * mm, 17 * mm)
s = "COPIA DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE"
glyphs((W - stringWidth(s, "Times-Bold", 13)) / 2, y - 3 * mm, s, "Times-Bold", 13)
glyphs(LM + 30 * mm, y - 10.5 * mm, "N. 131", "Times-Bold", 13)
glyphs(LM + 100 * mm, y - 10.5 * mm, "del 17/11/2027", "Times-Bold", 13)
flow.y = y - 24 * mm

flow.para("ATTO DI INDIRIZZO E ASSEGNAZIONE RISORSE AL RESPONSABILE DELL'AREA AMMINISTRATIVA PER "
          "L'ORGANIZZAZIONE DELLE MANIFESTAZIONI “NATALE A CALATABIANO 2027” E DEL PRESEPE VIVENTE AL CASTELLO",
          font="Times-Bold", size=11, hang=24 * mm, label="OGGETTO:", after=8)

flow.para("L'anno duemilaventisette, il giorno diciassette del mese di novembre, alle ore 13,00 e seguenti, nella "
          "Casa Comunale e nella consueta sala delle adunanze, si è riunita la Giunta Municipale, convocata nelle "
          "forme di legge, con l'intervento dei Signori:", after=6)

# roll
rows = [("1", "RUSSO CARMELO", "Sindaco", True), ("2", "MUSUMECI AGATA", "Vice Sindaco", True),
        ("3", "DI BELLA SALVATORE", "Assessore", True), ("4", "PENNISI ROSARIA", "Assessore", False),
        ("5", "CAVALLARO ALFIO", "Assessore", True)]
cols = [LM + 6 * mm, LM + 14 * mm, LM + 78 * mm, LM + 118 * mm, LM + 143 * mm]
y = flow.y
c.setLineWidth(0.5)
c.line(LM + 4 * mm, y + 10, RM - 4 * mm, y + 10)
for x, h in zip(cols, ["N.", "Cognome e Nome", "Carica", "Presenti", "Assenti"]):
    glyphs(x, y, h, "Times-Bold", 10.5)
y -= 4
c.line(LM + 4 * mm, y, RM - 4 * mm, y)
y -= 11
for n, name, role, pres in rows:
    glyphs(cols[0], y, n, "Times-Roman", 10.5)
    glyphs(cols[1], y, name, "Times-Roman", 10.5)
    glyphs(cols[2], y, role, "Times-Roman", 10.5)
    glyphs(cols[3] + 5 * mm if pres else cols[4] + 5 * mm, y, "X", "Times-Roman", 10.5)
    y -= 13.5
c.line(LM + 4 * mm, y + 9, RM - 4 * mm, y + 9)
glyphs(cols[3], y - 3, "Presenti n. 4", "Times-Bold", 10)
glyphs(cols[3] + 27 * mm, y - 3, "Assenti n. 1", "Times-Bold", 10)
flow.y = y - 20

flow.para("Presiede l'adunanza il Sindaco dott. Carmelo Russo.", after=1)
flow.para("Partecipa il Segretario Generale dott.ssa Grazia Maria Leonardi.", after=1)
flow.para("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita i "
          "convenuti a deliberare sull'argomento in oggetto specificato.", after=8)

flow.center("LA GIUNTA MUNICIPALE")
flow.para("VISTA la proposta di deliberazione n. 139 del 12/11/2027, predisposta dall'Ufficio proponente "
          "Area Amministrativa – Servizi Culturali e Turistici, avente ad oggetto quanto sopra specificato, allegata "
          "al presente atto per farne parte integrante e sostanziale;")
flow.para("VISTI i pareri favorevoli di regolarità tecnica e contabile espressi sulla proposta ai sensi dell'art. 53 "
          "della Legge 142/1990, come recepito dall'art. 1, comma 1, lett. i), della L.R. 48/1991 e successive "
          "modifiche ed integrazioni, e dell'art. 147-bis del D.Lgs. 267/2000;")
flow.para("CONSIDERATO che le manifestazioni natalizie e il presepe vivente allestito nel borgo e nel Castello "
          "costituiscono ormai un appuntamento consolidato per la promozione turistica del territorio e che "
          "l'Amministrazione intende garantirne lo svolgimento dal 8 dicembre 2027 al 6 gennaio 2028;")
flow.para("RITENUTO di dover provvedere in merito;")
flow.para("VISTO l'O.R.EE.LL. vigente nella Regione Siciliana;")
flow.para("Con voti unanimi, espressi in forma palese,", after=6)

flow.center("D E L I B E R A")
pts = [
    "di approvare la proposta di deliberazione indicata in premessa, facendone proprie la motivazione e il dispositivo;",
    "di formulare al Responsabile dell'Area Amministrativa atto di indirizzo per l'organizzazione del programma "
    "“Natale a Calatabiano 2027”, comprendente il presepe vivente al Castello, gli spettacoli in piazza e le "
    "iniziative per i bambini delle scuole;",
    "di assegnare al Responsabile dell'Area Amministrativa la somma complessiva di € 14.500,00, da imputare alla "
    "missione 5, programma 2, capitolo 7340 del bilancio di previsione 2027/2029, esercizio 2027;",
    "di demandare al Responsabile dell'Area Amministrativa l'adozione di tutti gli atti gestionali conseguenti, "
    "nel rispetto del D.Lgs. 36/2023.",
]
for i, p in enumerate(pts, 1):
    flow.para(p, hang=8 * mm, label="%d." % i, x0=LM + 2 * mm, width=TW - 2 * mm)

flow.para("Successivamente, la Giunta Municipale, con separata votazione unanime, stante l'urgenza di provvedere,", after=4)
flow.center("D E L I B E R A")
flow.para("di dichiarare la presente deliberazione immediatamente esecutiva ai sensi dell'art. 12, comma 2, della "
          "L.R. 3 dicembre 1991, n. 44.", after=10)

flow.para("Il presente verbale, previa lettura, viene approvato e sottoscritto.", after=10)
flow.need(40)
y = flow.y
for x, a, b in [(LM, "IL SINDACO", "f.to dott. Carmelo Russo"),
                (LM + 60 * mm, "L'ASSESSORE ANZIANO", "f.to Agata Musumeci"),
                (LM + 114 * mm, "IL SEGRETARIO GENERALE", "f.to dott.ssa Grazia Maria Leonardi")]:
    glyphs(x, y, a, "Times-Bold", 9.5)
    glyphs(x, y - 12, b, "Times-Roman", 9.5)
flow.y = y - 34

flow.need(80)
y = flow.y
c.setLineWidth(0.5)
c.rect(LM, y - 58 * mm, TW, 62 * mm)
flow.y = y - 4
flow.center("CERTIFICATO DI PUBBLICAZIONE", size=10.5, lead=14)
flow.para("Il sottoscritto Segretario Generale, su conforme attestazione del Messo Comunale, CERTIFICA che la "
          "presente deliberazione è stata pubblicata all'Albo Pretorio on line il giorno 18/11/2027, per "
          "rimanervi quindici giorni consecutivi (Reg. pubbl. n. 1562).", size=10, lead=13, x0=LM + 4 * mm, width=TW - 8 * mm)
flow.para("Calatabiano, 18/11/2027      Il Segretario Generale f.to dott.ssa Grazia Maria Leonardi", size=10, lead=13,
          x0=LM + 4 * mm, width=TW - 8 * mm, justify=False, after=8)
flow.center("ESECUTIVITÀ", size=10.5, lead=14)
flow.para("La presente deliberazione è divenuta esecutiva il 17/11/2027, perché dichiarata immediatamente "
          "esecutiva (art. 12, comma 2, L.R. 44/1991).", size=10, lead=13, x0=LM + 4 * mm, width=TW - 8 * mm)
flow.para("Copia conforme all'originale, per uso amministrativo.", size=10, lead=13, x0=LM + 4 * mm, width=TW - 8 * mm)

finish_page()
c.save()
assert flow.page == TOTAL, flow.page
