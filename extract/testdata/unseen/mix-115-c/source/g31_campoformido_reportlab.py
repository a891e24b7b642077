#!/usr/bin/env python3
"""Comune di Campoformido - Giunta n. 31 del 04/03/2027.
House style 'adweb' (Insiel-like): bilingual letterhead, box with number/date at the
top right, running head from page 2 and running foot on every page, signatures side
by side. ReportLab platypus, Times justified (word spacing via Tw), letter-spaced
heading via Tc. Roll: table with the words Presente / Assente."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable


class Spaced(Flowable):
    """A centred heading drawn with character spacing (Tc), as the package prints it."""
    def __init__(self, text, size=12, cs=4.5):
        Flowable.__init__(self)
        self.text, self.size, self.cs = text, size, cs
    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size * 2.2
    def draw(self):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        w = stringWidth(self.text, "Times-Bold", self.size) + self.cs * (len(self.text) - 1)
        t = self.canv.beginText((self.aw - w) / 2, self.size * 0.6)
        t.setFont("Times-Bold", self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        self.canv.drawText(t)

OUT = sys.argv[1] if len(sys.argv) > 1 else "giunta-campoformido-adweb-31.pdf"
W, H = A4
NUM, DATA = "31", "04/03/2027"

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
bodyc = ParagraphStyle("bc", parent=body, alignment=TA_CENTER)
head = ParagraphStyle("h", fontName="Times-Bold", fontSize=11.5, leading=15,
                      alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", fontName="Times-Roman", fontSize=9, leading=11)
point = ParagraphStyle("p", parent=body, leftIndent=8*mm, firstLineIndent=-6*mm)


def letterhead(c, doc):
    c.saveState()
    # crest placeholder: a shield outline
    x0, y0 = 20*mm, H-38*mm
    p = c.beginPath()
    p.moveTo(x0, y0+20*mm); p.lineTo(x0+16*mm, y0+20*mm); p.lineTo(x0+16*mm, y0+8*mm)
    p.curveTo(x0+16*mm, y0+2*mm, x0+8*mm, y0, x0+8*mm, y0)
    p.curveTo(x0+8*mm, y0, x0, y0+2*mm, x0, y0+8*mm); p.close()
    c.setLineWidth(1); c.setStrokeColor(colors.HexColor("#1d3f73")); c.drawPath(p)
    c.setFillColor(colors.HexColor("#1d3f73"))
    c.setFont("Times-Bold", 17)
    c.drawString(40*mm, H-24*mm, "COMUNE DI CAMPOFORMIDO")
    c.setFont("Times-Italic", 11)
    c.drawString(40*mm, H-29.5*mm, "Comun di Cjampfuarmit")
    c.setFont("Times-Roman", 8.5)
    c.drawString(40*mm, H-34*mm, "Regione Autonoma Friuli Venezia Giulia")
    c.drawString(40*mm, H-38*mm, "Largo Municipio 9 - 33030 Campoformido (UD) - C.F. 80002410308")
    # box with number and date
    c.setStrokeColor(colors.black); c.setFillColor(colors.black)
    bx, by, bw, bh = 138*mm, H-42*mm, 52*mm, 24*mm
    c.rect(bx, by, bw, bh)
    c.setFont("Times-Roman", 8.5)
    c.drawCentredString(bx+bw/2, by+bh-5*mm, "Verbale di deliberazione")
    c.drawCentredString(bx+bw/2, by+bh-9*mm, "della Giunta Comunale")
    c.setFont("Times-Bold", 13)
    c.drawCentredString(bx+bw/2, by+bh-15.5*mm, "N. %s" % NUM)
    c.setFont("Times-Roman", 10)
    c.drawCentredString(bx+bw/2, by+bh-21*mm, "del %s" % DATA)
    c.setFont("Times-Bold", 9)
    c.drawString(20*mm, H-14*mm, "ORIGINALE")
    c.restoreState()
    foot(c, doc)


def later(c, doc):
    c.saveState()
    c.setFont("Times-Italic", 8.5)
    c.drawString(20*mm, H-14*mm,
                 "Comune di Campoformido - Deliberazione della Giunta Comunale n. %s del %s" % (NUM, DATA))
    c.setLineWidth(0.4); c.line(20*mm, H-16*mm, W-20*mm, H-16*mm)
    c.restoreState()
    foot(c, doc)


def foot(c, doc):
    c.saveState()
    c.setLineWidth(0.4); c.line(20*mm, 16*mm, W-20*mm, 16*mm)
    c.setFont("Times-Roman", 8)
    c.drawString(20*mm, 12*mm, "Atto n. %s del %s - Giunta Comunale" % (NUM, DATA))
    c.drawRightString(W-20*mm, 12*mm, "Pag. %d di 2" % doc.page)
    c.restoreState()


doc = BaseDocTemplate(OUT, pagesize=A4, title="Deliberazione GC 31/2027",
                      author="Comune di Campoformido", creator="ADWeb Atti - modulo stampe",
                      leftMargin=20*mm, rightMargin=20*mm)
f1 = Frame(20*mm, 20*mm, W-40*mm, H-66*mm, id="f1")
f2 = Frame(20*mm, 20*mm, W-40*mm, H-40*mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=letterhead, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later)])

S = []
S.append(Paragraph('<font name="Times-Bold">OGGETTO:</font> APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ '
                   'TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DELLA VIABILITÀ PEDONALE DI VIA '
                   'SANT\'ANTONIO IN FRAZIONE BRESSA - CUP H27H26000410004.',
                   ParagraphStyle("o", parent=body, fontName="Times-Bold", leftIndent=0)))
S.append(Spacer(1, 3*mm))
S.append(Paragraph("L'anno duemilaventisette, il giorno quattro del mese di marzo alle ore 18:00, nella "
                   "sala delle adunanze della sede municipale, si è riunita la Giunta Comunale, convocata "
                   "nei modi di legge e di regolamento. Eseguito l'appello, risultano:", body))
roll = [["Cognome e nome", "Carica", "Presenza"],
        ["CRAGNOLINI Paolo", "Sindaco", "Presente"],
        ["BERTOSSI Silvia", "Vicesindaco", "Presente"],
        ["FERUGLIO Marco", "Assessore", "Presente"],
        ["PITUELLO Elena", "Assessore", "Assente"],
        ["MISSIO Davide", "Assessore", "Presente"],
        ["ZULIANI Chiara", "Assessore esterno", "Presente"]]
t = Table(roll, colWidths=[62*mm, 50*mm, 30*mm], hAlign="CENTER")
t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                       ("FONT", (0, 1), (-1, -1), "Times-Roman", 10.5),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ef")),
                       ("ALIGN", (2, 0), (2, -1), "CENTER"),
                       ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
S.append(t)
S.append(Spacer(1, 2*mm))
S.append(Paragraph("Presenti n. 5 - Assenti n. 1", bodyc))
S.append(Paragraph("Assiste il Segretario comunale dott. Fabio Della Vedova.", body))
S.append(Paragraph("Assume la presidenza il sig. Paolo Cragnolini nella sua qualità di Sindaco, il quale, "
                   "constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita la Giunta "
                   "a deliberare sull'oggetto sopra indicato.", body))
S.append(Spaced("LA GIUNTA COMUNALE", 11.5, 2.5))
for p in [
    "VISTA la proposta di deliberazione n. 38 del 24/02/2027 predisposta dall'Area Tecnica e Tecnico "
    "Manutentiva, che si allega al presente atto quale parte integrante e sostanziale;",
    "PREMESSO che il Documento Unico di Programmazione 2027-2029, approvato con deliberazione del Consiglio "
    "Comunale n. 52 del 18/12/2026, prevede tra gli obiettivi strategici il miglioramento della sicurezza "
    "della mobilità pedonale nelle frazioni e che il programma triennale dei lavori pubblici 2027-2029 "
    "comprende l'intervento in oggetto per un importo complessivo di euro 185.000,00;",
    "DATO ATTO che con determinazione del Responsabile dell'Area Tecnica n. 412 del 30/11/2026 è stato "
    "affidato all'ing. Giulio Tomat l'incarico per la redazione del progetto di fattibilità tecnico-economica "
    "e che il professionista ha depositato gli elaborati in data 16/02/2027, prot. n. 2318;",
    "VISTO il verbale di verifica del progetto redatto dal Responsabile Unico del Progetto, geom. Luca "
    "Bressan, in data 22/02/2027, ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36;",
    "VISTA la L.R. 31 maggio 2002, n. 14, e il D.Lgs. 18 agosto 2000, n. 267;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 267/2000 dai Responsabili delle Aree competenti;",
    "CON VOTI unanimi, favorevoli, espressi nelle forme di legge;"]:
    S.append(Paragraph(p, body))
hd = ParagraphStyle("hd", parent=head, fontSize=12)
S.append(Spaced("DELIBERA", 12, 6))
pts = [
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della "
    "viabilità pedonale di via Sant'Antonio in frazione Bressa, redatto dall'ing. Giulio Tomat, composto "
    "dagli elaborati elencati nella proposta e depositati agli atti dell'Area Tecnica;",
    "di dare atto che la spesa complessiva di euro 185.000,00 trova copertura al capitolo 28150 del "
    "bilancio di previsione 2027-2029, finanziata per euro 150.000,00 con contributo regionale e per "
    "euro 35.000,00 con avanzo di amministrazione;",
    "di demandare al Responsabile dell'Area Tecnica e Tecnico Manutentiva l'adozione degli atti "
    "conseguenti per l'affidamento della progettazione esecutiva;",
    "di trasmettere copia del presente atto ai capigruppo consiliari ai sensi dell'art. 1, comma 16, "
    "della L.R. 11 dicembre 2003, n. 21."]
for i, p in enumerate(pts, 1):
    S.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), point))
S.append(Paragraph("Successivamente, con separata votazione unanime e palese, la Giunta Comunale dichiara "
                   "la presente deliberazione immediatamente eseguibile ai sensi dell'art. 1, comma 19, "
                   "della L.R. 11 dicembre 2003, n. 21, stante l'urgenza di richiedere l'erogazione del "
                   "contributo regionale entro il 31 marzo 2027.", body))
S.append(Spacer(1, 5*mm))
S.append(Paragraph("Letto, confermato e sottoscritto.", body))
sig = Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"],
             ["Paolo Cragnolini", "dott. Fabio Della Vedova"],
             ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85*mm, 85*mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                         ("FONT", (0, 1), (-1, -1), "Times-Roman", 10),
                         ("FONT", (0, 2), (-1, 2), "Times-Italic", 8.5),
                         ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(KeepTogether([sig]))
S.append(Spacer(1, 8*mm))
S.append(Paragraph("ATTESTATO DI PUBBLICAZIONE", ParagraphStyle("ap", parent=head, fontSize=10)))
S.append(Paragraph("Si attesta che la presente deliberazione viene pubblicata all'Albo pretorio on line "
                   "dal 08/03/2027 al 23/03/2027 per quindici giorni consecutivi ai sensi dell'art. 1, "
                   "comma 15, della L.R. 21/2003 e contestualmente comunicata ai capigruppo consiliari.",
                   ParagraphStyle("apb", parent=body, fontSize=9.5, leading=12)))
S.append(Paragraph("L'impiegato responsabile - Daniela Zanin", ParagraphStyle("apc", parent=small, alignment=2)))
doc.build(S)
