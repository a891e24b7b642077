#!/usr/bin/env python3
"""Spormaggiore (TN): determinazione del Servizio tecnico n. 37 di data
7 marzo 2028 (ReportLab platypus). Justified paragraphs (word spacing, Tw),
the heading letter-spaced with character spacing (Tc), and a running head and
foot carrying the number on every page."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Flowable, KeepTogether
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = A4
GREEN = colors.HexColor("#2f5130")
NUM = "Determinazione del Servizio tecnico n. 37 di data 7 marzo 2028"


class Spaced(Flowable):
    """A heading set with character spacing (Tc), centred."""
    def __init__(self, text, font, size, cs, h=None):
        super().__init__()
        self.text, self.font, self.size, self.cs = text, font, size, cs
        self.height = h or size * 1.6

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.height

    def draw(self):
        c = self.canv
        w = stringWidth(self.text, self.font, self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText((self.aw - w) / 2, self.size * 0.4)
        t.setFont(self.font, self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        t.setCharSpace(0)
        c.drawText(t)


def crest(c, x, y):
    c.saveState()
    c.translate(x, y)
    c.setStrokeColor(GREEN); c.setLineWidth(1.2); c.setFillColor(colors.white)
    p = c.beginPath()
    p.moveTo(0, 52); p.lineTo(42, 52); p.lineTo(42, 22); p.curveTo(42, 8, 30, 2, 21, 0); p.curveTo(12, 2, 0, 8, 0, 22); p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(GREEN)
    p = c.beginPath(); p.moveTo(21, 44); p.lineTo(33, 20); p.lineTo(9, 20); p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.rect(19, 12, 4, 8, stroke=0, fill=1)
    c.restoreState()


def first(c, doc):
    c.saveState()
    crest(c, 22 * mm, H - 36 * mm)
    c.setFont("Helvetica-Bold", 15); c.drawString(22 * mm + 52, H - 36 * mm + 36, "COMUNE DI SPORMAGGIORE")
    c.setFont("Helvetica", 10); c.drawString(22 * mm + 52, H - 36 * mm + 22, "Provincia di Trento")
    c.setFont("Helvetica", 7)
    c.drawString(22 * mm + 52, H - 36 * mm + 10, "Piazza della Chiesa, 5 - 38010 Spormaggiore (TN) - tel. 0461 653124 - PEC: comune@pec.comune.spormaggiore.tn.it")
    c.setLineWidth(0.5); c.line(22 * mm, H - 36 * mm - 4, W - 18 * mm, H - 36 * mm - 4)
    foot(c, doc)
    c.restoreState()


def later(c, doc):
    c.saveState()
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(22 * mm, H - 18 * mm, "Comune di Spormaggiore")
    c.drawRightString(W - 18 * mm, H - 18 * mm, NUM)
    c.setLineWidth(0.4); c.line(22 * mm, H - 19.5 * mm, W - 18 * mm, H - 19.5 * mm)
    foot(c, doc)
    c.restoreState()


def foot(c, doc):
    c.setFont("Helvetica", 7.5)
    c.setLineWidth(0.4); c.line(22 * mm, 15 * mm, W - 18 * mm, 15 * mm)
    c.drawString(22 * mm, 11 * mm, NUM)
    c.drawRightString(W - 18 * mm, 11 * mm, "pag. %d" % doc.page)


body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14.3, alignment=TA_JUSTIFY, spaceAfter=5)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Helvetica-Bold", fontSize=11)
item = ParagraphStyle("i", parent=body, leftIndent=8 * mm, bulletIndent=0)

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=18 * mm, topMargin=42 * mm, bottomMargin=22 * mm,
                        title="Determinazione n. 37 di data 7 marzo 2028", author="Comune di Spormaggiore",
                        creator="Civilia Next - Determinazioni")
st = []
st.append(Paragraph("SERVIZIO TECNICO", ParagraphStyle("s", parent=cen, fontSize=12.5, leading=16, spaceAfter=1)))
st.append(Paragraph("Ufficio Lavori pubblici e patrimonio", ParagraphStyle("s2", parent=cen, fontName="Helvetica", fontSize=10.5, spaceAfter=8)))
st.append(Spaced("DETERMINAZIONE", "Helvetica-Bold", 14, 5.5, h=20))
st.append(Paragraph("n. 37 di data 7 marzo 2028", ParagraphStyle("n", parent=cen, fontName="Helvetica", fontSize=11.5, spaceAfter=10)))
subject = ("Lavori di manutenzione straordinaria della strada comunale per la località Maurina. Affidamento "
           "all'ing. Matteo Bertolini dell'incarico di coordinamento della sicurezza in fase di esecuzione e "
           "impegno di spesa. CIG B8C27F10D4.")
ot = Table([[Paragraph("<b>OGGETTO:</b>", body), Paragraph("<b>%s</b>" % subject, body)]], colWidths=[24 * mm, 146 * mm])
ot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 5)]))
st.append(ot)
st.append(Spacer(1, 5 * mm))
st.append(Paragraph("IL RESPONSABILE DEL SERVIZIO TECNICO", cen))
st.append(Spacer(1, 2 * mm))
prem = [
    "<b>Premesso</b> che con deliberazione della Giunta comunale n. 9 di data 1 febbraio 2028 è stato approvato il progetto "
    "esecutivo dei lavori di manutenzione straordinaria della strada comunale per la località Maurina, nell'importo "
    "complessivo di euro 214.000,00;",
    "<b>Rilevato</b> che per la fase di esecuzione dei lavori, in presenza di più imprese esecutrici, occorre nominare il "
    "coordinatore per la sicurezza ai sensi dell'art. 92 del D.Lgs. 9 aprile 2008, n. 81, e che all'interno della struttura "
    "comunale non sono presenti figure in possesso dei requisiti di cui all'art. 98 del medesimo decreto;",
    "<b>Visto</b> il preventivo dell'ing. Matteo Bertolini, con studio in Mezzolombardo (TN), pervenuto al protocollo n. 1184 "
    "di data 2 marzo 2028, che offre l'importo di euro 6.480,00, oltre al contributo integrativo del 4% e all'IVA del 22%, "
    "ritenuto congruo in rapporto alle tariffe professionali di cui al D.M. 17 giugno 2016;",
    "<b>Visti</b> l'art. 21, comma 4, della L.P. 19 luglio 1990, n. 23, e la L.P. 9 marzo 2016, n. 2, in materia di affidamenti "
    "diretti di servizi tecnici;",
    "<b>Visti</b> il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio 2018, n. 2, "
    "il decreto del Sindaco n. 1 di data 3 gennaio 2028 di individuazione dei Responsabili dei Servizi e il bilancio di "
    "previsione 2028-2030, approvato con deliberazione del Consiglio comunale n. 3 di data 15 febbraio 2028;",
]
for p in prem:
    st.append(Paragraph(p, body))
st.append(Spacer(1, 2 * mm))
st.append(Spaced("DETERMINA", "Helvetica-Bold", 11.5, 4.0, h=18))
st.append(Spacer(1, 2 * mm))
punti = [
    "di affidare all'ing. Matteo Bertolini, con studio in Mezzolombardo (TN), l'incarico di coordinatore per la sicurezza "
    "in fase di esecuzione dei lavori di manutenzione straordinaria della strada comunale per la località Maurina, per "
    "l'importo di euro 6.480,00, oltre al contributo integrativo del 4% e all'IVA del 22%, per complessivi euro 8.221,82;",
    "di impegnare la spesa complessiva di euro 8.221,82 al capitolo 3310/2 \"Manutenzione straordinaria strade comunali\" "
    "del bilancio di previsione 2028-2030, esercizio 2028 (Missione 10, Programma 05), esigibilità 2028;",
    "di stipulare il contratto mediante scambio di corrispondenza secondo gli usi del commercio, ai sensi dell'art. 15, "
    "comma 3, della L.P. 19 luglio 1990, n. 23;",
    "di dare atto che al presente affidamento sono attribuiti il CIG B8C27F10D4 e il CUP G57H27000090004;",
    "di dare evidenza che avverso la presente determinazione sono ammessi ricorso straordinario al Presidente della "
    "Repubblica entro 120 giorni, ai sensi dell'art. 8 del D.P.R. 24 novembre 1971, n. 1199, ovvero ricorso giurisdizionale "
    "al T.R.G.A. di Trento entro 60 giorni, ai sensi dell'art. 29 del D.Lgs. 2 luglio 2010, n. 104.",
]
for i, p in enumerate(punti, 1):
    st.append(Paragraph(p, item, bulletText="%d." % i))
st.append(Spacer(1, 6 * mm))
sig = Table([["Spormaggiore, 7 marzo 2028", "IL RESPONSABILE DEL SERVIZIO TECNICO"],
             ["", "geom. Luca Endrizzi"], ["", "firmato digitalmente"]], colWidths=[80 * mm, 90 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10.5), ("FONT", (1, 0), (1, 0), "Helvetica-Bold", 10.5),
                         ("FONT", (1, 2), (1, 2), "Helvetica-Oblique", 8), ("ALIGN", (1, 0), (1, -1), "CENTER")]))
st.append(KeepTogether([sig]))
st.append(Spacer(1, 8 * mm))
vis = Table([[Paragraph("<b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b>", ParagraphStyle("v", parent=body, alignment=TA_CENTER, fontSize=9.5))],
             [Paragraph("Ai sensi dell'art. 185 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige si attesta "
                        "la copertura finanziaria della spesa (impegno n. 241/2028 di euro 8.221,82 sul capitolo 3310/2).",
                        ParagraphStyle("v2", parent=body, fontSize=9.5, leading=12.5))],
             [Paragraph("Spormaggiore, 8 marzo 2028 &nbsp;&nbsp;&nbsp;&nbsp; IL RESPONSABILE DEL SERVIZIO FINANZIARIO &ndash; dott.ssa Marta Osler",
                        ParagraphStyle("v3", parent=body, fontSize=9.5, leading=12.5))]], colWidths=[170 * mm])
vis.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
st.append(KeepTogether([vis]))
doc.build(st, onFirstPage=first, onLaterPages=later)
