# -*- coding: utf-8 -*-
"""A3: Giunta dell'Unione n. 31, the Unione's house style drawn straight on a
ReportLab canvas the way report engines do it: every justified line is one
text object with its own word spacing (Tw), headings letter-spaced with
character spacing (Tc), a running head and foot with the number on every
page.  usage: a3_reportlab.py out.pdf"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from content import D, GIORNI, it_date, UNIONE_COMUNI

d = D["A3"]
out = sys.argv[1]
W, H = A4
LM, RM, TOP, BOT = 62, 50, 70, 60
TW = W - LM - RM
F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
NAVY = (0.12, 0.23, 0.39)


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4, pageCompression=1)
        self.c.setTitle("Delibera G.U. n. %d del %s" % (d["number"], it_date(d["date"])))
        self.c.setAuthor("Unione dei Comuni dell'Appennino Bolognese")
        self.c.setCreator("Civilia Next - Atti amministrativi")
        self.pages = []
        self.page = 0
        self.new_page()

    def new_page(self):
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = H - TOP
        c = self.c
        c.setFont(F, 7.5)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(LM, H - 36, "Unione dei Comuni dell'Appennino Bolognese")
        c.drawRightString(W - RM, H - 36, "Delibera G.U. n. %d del %s" % (d["number"], it_date(d["date"])))
        c.setLineWidth(0.4)
        c.line(LM, H - 40, W - RM, H - 40)
        c.line(LM, 44, W - RM, 44)
        c.drawString(LM, 34, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005")
        # the page total is not known yet: written at the end in a form
        c.doForm("pgtot")
        c.drawRightString(W - RM - 14, 34, "Pag. %d di" % self.page)
        c.setFillColorRGB(0, 0, 0)

    def need(self, h):
        if self.y - h < BOT:
            self.new_page()

    def lines(self, text, font, size, width):
        words = text.split()
        out, cur = [], []
        for w in words:
            t = " ".join(cur + [w])
            if cur and stringWidth(t, font, size) > width:
                out.append(cur)
                cur = [w]
            else:
                cur.append(w)
        if cur:
            out.append(cur)
        return out

    def para(self, text, font=F, size=9.6, lead=13, indent=0, first=None, after=4):
        """justified paragraph: one BT..ET per line, Tw set per line"""
        width = TW - indent
        ls = self.lines(text, font, size, width - (stringWidth(first, font, size) if first else 0))
        for i, ws in enumerate(ls):
            self.need(lead)
            x = LM + indent
            c = self.c
            if first and i == 0:
                c.setFont(font, size)
                f = c.beginText(LM + indent - stringWidth(first, font, size), self.y)
                f.setFont(font, size)
                f.setCharSpace(0)
                f.setWordSpace(0)
                f.textOut(first)
                c.drawText(f)
            s = " ".join(ws)
            t = c.beginText(x, self.y)
            t.setFont(font, size)
            t.setCharSpace(0)
            gap = 0
            if i < len(ls) - 1 and len(ws) > 1:
                gap = (width - stringWidth(s, font, size)) / (len(ws) - 1)
            t.setWordSpace(gap)
            t.textOut(s)
            c.drawText(t)
            self.y -= lead
        self.y -= after

    def spaced(self, text, size=10.5, cs=3.2, after=8):
        self.need(22)
        self.y -= 6
        c = self.c
        t = c.beginText()
        t.setFont(FB, size)
        t.setCharSpace(cs)
        w = stringWidth(text, FB, size) + cs * (len(text) - 1)
        t.setTextOrigin((W - w) / 2 + (LM - RM) / 2, self.y)
        t.textOut(text)
        t.setCharSpace(0)
        c.drawText(t)
        self.y -= 14 + after - 8


doc = Doc(out)
c = doc.c
# letterhead: crest and name
c.saveState()
c.setStrokeColorRGB(*NAVY); c.setFillColorRGB(0.91, 0.93, 0.96); c.setLineWidth(1.4)
p = c.beginPath(); x0, y0 = LM, H - 122
p.moveTo(x0, y0 + 52); p.lineTo(x0 + 40, y0 + 52); p.lineTo(x0 + 40, y0 + 24)
p.curveTo(x0 + 40, y0 + 10, x0 + 28, y0 + 3, x0 + 20, y0); p.curveTo(x0 + 12, y0 + 3, x0, y0 + 10, x0, y0 + 24); p.close()
c.drawPath(p, fill=1, stroke=1)
c.setFillColorRGB(0.25, 0.43, 0.23)
p = c.beginPath(); p.moveTo(x0 + 5, y0 + 18); p.lineTo(x0 + 14, y0 + 34); p.lineTo(x0 + 20, y0 + 25); p.lineTo(x0 + 27, y0 + 38); p.lineTo(x0 + 36, y0 + 18); p.close()
c.drawPath(p, fill=1, stroke=0)
c.restoreState()
c.setFillColorRGB(*NAVY)
c.setFont(FB, 14)
c.drawString(LM + 52, H - 88, "UNIONE DEI COMUNI DELL'APPENNINO BOLOGNESE")
c.setFillColorRGB(0, 0, 0)
c.setFont(F, 8.3)
c.drawString(LM + 52, H - 100, "Città metropolitana di Bologna - Piazza della Pace, 4 - 40038 Vergato (BO)")
c.setFont(F, 6.6)
c.setFillColorRGB(0.3, 0.3, 0.3)
c.drawString(LM + 52, H - 110, " - ".join(UNIONE_COMUNI[:7]))
c.drawString(LM + 52, H - 118, " - ".join(UNIONE_COMUNI[7:]))
c.setFillColorRGB(0, 0, 0)
c.setStrokeColorRGB(*NAVY); c.setLineWidth(1.6)
c.line(LM, H - 128, W - RM, H - 128)
doc.y = H - 150
# number box
c.setLineWidth(0.8)
c.setFillColorRGB(0.91, 0.93, 0.96)
c.rect(LM, doc.y - 7, TW, 21, stroke=1, fill=1)
c.setFillColorRGB(0, 0, 0)
c.line(W - RM - 130, doc.y - 7, W - RM - 130, doc.y + 14)
c.setFont(FB, 10.5)
c.drawString(LM + 7, doc.y, "DELIBERAZIONE DELLA GIUNTA DELL'UNIONE")
c.drawRightString(W - RM - 7, doc.y, "N. %d del %s" % (d["number"], it_date(d["date"])))
doc.y -= 22
c.setFont(F, 8.3)
c.drawString(LM, doc.y, "Proposta n. %d del %s - Servizio proponente: %s"
             % (d["proposal_number"], it_date(d["proposal_date"]), d["proposing_office"]))
doc.y -= 18
# subject
sl = doc.lines(d["subject"], FB, 10, TW - 80)
c.setLineWidth(0.5)
c.rect(LM, doc.y - 13 * len(sl) + 6, TW, 13 * len(sl) + 8, stroke=1, fill=0)
c.setFont(FB, 8.5)
c.drawString(LM + 6, doc.y - 3, "OGGETTO:")
for ws in sl:
    c.setFont(FB, 10)
    c.drawString(LM + 72, doc.y - 3, " ".join(ws))
    doc.y -= 13
doc.y -= 16

day = int(d["date"][8:10])
doc.para("L'anno duemilaventisette (2027) il giorno %s del mese di aprile alle ore %s, presso la sede dell'Unione "
         "in Vergato e in collegamento telematico ai sensi del Regolamento per le sedute in modalità mista, si è "
         "riunita la Giunta dell'Unione, regolarmente convocata. Per i Comuni i cui Sindaci sono impediti partecipano "
         "i componenti delle rispettive Giunte comunali da essi delegati, ai sensi dell'art. 18 dello Statuto." % (GIORNI[day], d["time"]))
# roll table
cols = [LM, LM + 150, LM + 270, LM + 390, W - RM]
doc.need(16 * 14)
c.setFont(FB, 8)
c.setFillColorRGB(0.91, 0.93, 0.96)
c.rect(LM, doc.y - 4, TW, 13, stroke=0, fill=1)
c.setFillColorRGB(0, 0, 0)
for x, h in zip(cols, ["Comune", "Componente", "in qualità di", "Presenza"]):
    c.drawString(x + 4, doc.y, h)
doc.y -= 13
c.setLineWidth(0.3)
for r in d["roll"]:
    c.setFont(F, 8.8)
    c.drawString(cols[0] + 4, doc.y, r["comune"])
    c.drawString(cols[1] + 4, doc.y, r["name"])
    c.drawString(cols[2] + 4, doc.y, r["role"])
    c.drawString(cols[3] + 4, doc.y, "presente" if r["present"] else "assente")
    c.line(LM, doc.y - 4, W - RM, doc.y - 4)
    doc.y -= 13
np = sum(r["present"] for r in d["roll"])
doc.y -= 6
doc.para("Presenti n. %d - Assenti n. %d." % (np, len(d["roll"]) - np), font=FB)
doc.para("Presiede la Presidente Giulia Venturi, che, riconosciuta la validità della seduta, invita la Giunta a deliberare "
         "sull'oggetto sopra indicato, con l'assistenza del Segretario dell'Unione Fabrizio Melloni, che cura la verbalizzazione.")
doc.spaced("LA GIUNTA DELL'UNIONE")
for p in d["premesse"]:
    doc.para(p)
doc.para("Con voti unanimi favorevoli resi nelle forme di legge,")
doc.spaced("DELIBERA")
for i, p in enumerate(d["points"], 1):
    doc.para(p, indent=20, first="%d)  " % i)
doc.para("La presente deliberazione non è dichiarata immediatamente eseguibile e diverrà esecutiva decorsi dieci giorni "
         "dalla pubblicazione all'Albo pretorio on line, ai sensi dell'art. 134, comma 3, del D.Lgs. n. 267/2000.")
doc.para("Parere di regolarità tecnica: FAVOREVOLE - Il Responsabile del Servizio Protezione Civile, ing. Davide Lorenzini.",
         font=FI, size=8.6, lead=11)
doc.need(70)
doc.y -= 8
doc.para("Letto, approvato e sottoscritto.")
doc.y -= 6
c.setFont(F, 9.5)
c.drawCentredString(LM + TW * 0.25, doc.y, "La Presidente")
c.drawCentredString(LM + TW * 0.75, doc.y, "Il Segretario dell'Unione")
doc.y -= 13
c.setFont(FB, 9.5)
c.drawCentredString(LM + TW * 0.25, doc.y, "Giulia Venturi")
c.drawCentredString(LM + TW * 0.75, doc.y, "Fabrizio Melloni")
doc.y -= 11
c.setFont(FI, 7.5)
c.drawCentredString(LM + TW * 0.25, doc.y, "(firmato digitalmente)")
c.drawCentredString(LM + TW * 0.75, doc.y, "(firmato digitalmente)")
# page total, in a form every page draws
c.beginForm("pgtot")
c.setFont(F, 7.5)
c.setFillColorRGB(0.35, 0.35, 0.35)
c.drawRightString(W - RM, 34, "%d" % doc.page)
c.endForm()
c.showPage()
c.save()
