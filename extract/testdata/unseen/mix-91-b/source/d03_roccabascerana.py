# reportlab platypus: justified paragraphs (Tw), headings letter-spaced (Tc), roll in two side-by-side column groups
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
out = sys.argv[1]
J = ParagraphStyle("j", fontName="Times-Roman", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
C = ParagraphStyle("c", parent=J, alignment=TA_CENTER, fontName="Times-Bold")
H = ParagraphStyle("h", parent=C, fontSize=16, leading=20)
def sp(t): return '<font name="Times-Bold">%s</font>' % t
def tc_heading(canv, doc):
    canv.saveState(); t = canv.beginText(); t.setFont("Helvetica-Bold", 9); t.setCharSpace(2.2)
    t.setTextOrigin(60, 810); t.textLine("GIUNTA COMUNALE - SEDUTA DEL 19 FEBBRAIO 2026"); canv.drawText(t)
    canv.setFont("Helvetica", 8); canv.drawCentredString(297, 25, "Deliberazione G.C. n. 11 del 19.02.2026 - pag. %d" % doc.page); canv.restoreState()
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=50,
                        title="Deliberazione G.C. 11/2026", author="Civilia Next", producer="Civilia Next - Dedagroup PA")
s = []
s += [Paragraph("COMUNE DI ROCCABASCERANA", H), Paragraph("Provincia di Avellino", C), Spacer(1, 8),
      Paragraph("COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE", C),
      Paragraph("n. 11 del 19.02.2026", C), Spacer(1, 6)]
s.append(Paragraph("<b>Oggetto:</b> Approvazione del Piano triennale dei fabbisogni di personale 2026/2028 e ricognizione delle eccedenze di personale.", J))
s.append(Paragraph("L'anno duemilaventisei, addì diciannove del mese di febbraio, alle ore 17,00, nella sala delle adunanze, previa osservanza delle formalità di legge, si è riunita la Giunta Comunale. All'appello risultano:", J))
R = [["Componente", "Carica", "P", "A", "", "Componente", "Carica", "P", "A"],
     ["Iuliano Roberto", "Sindaco", "X", "", "", "Fusco Gianluca", "Assessore", "", "X"],
     ["Ruggiero Mariangela", "Vicesindaco", "X", "", "", "Tangredi Alfonso", "Assessore", "X", ""]]
t = Table(R, colWidths=[95, 62, 16, 16, 12, 95, 62, 16, 16])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 9.5), ("FONT", (0, 0), (-1, 0), "Times-Bold", 9.5),
    ("GRID", (0, 0), (3, -1), 0.5, colors.black), ("GRID", (5, 0), (8, -1), 0.5, colors.black), ("ALIGN", (2, 0), (3, -1), "CENTER"), ("ALIGN", (7, 0), (8, -1), "CENTER")]))
s += [t, Spacer(1, 4), Paragraph("Presenti: 3 &nbsp;&nbsp; Assenti: 1", J)]
s.append(Paragraph("Presiede il Sindaco, avv. Roberto Iuliano. Partecipa e verbalizza il Segretario Comunale, dott. Nicola Pisano. Il Presidente, constatato il numero legale, invita la Giunta a deliberare sull'argomento in oggetto.", J))
s.append(Paragraph("LA GIUNTA COMUNALE", C))
for p in ["Richiamato l'art. 6 del D.Lgs. 30 marzo 2001, n. 165, che disciplina l'organizzazione degli uffici e il piano triennale dei fabbisogni di personale, da adottarsi in coerenza con la pianificazione pluriennale delle attività e della performance;",
          "Dato atto che, a seguito della ricognizione effettuata dai Responsabili di Area, non risultano eccedenze di personale né situazioni di soprannumero;",
          "Acquisito il parere favorevole del Revisore dei Conti, nonché i pareri di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "Con votazione unanime e palese,"]:
    s.append(Paragraph(p, J))
s.append(Paragraph("DELIBERA", C))
for i, p in enumerate(["di dare atto che nell'Ente non sono presenti dipendenti in soprannumero o in eccedenza;",
                       "di approvare il Piano triennale dei fabbisogni di personale 2026/2028 come descritto nell'allegato A, parte integrante del presente atto;",
                       "di trasmettere il presente atto alla Ragioneria Generale dello Stato tramite il sistema SICO."], 1):
    s.append(Paragraph("%d. %s" % (i, p), J))
s.append(Paragraph("Inoltre, la Giunta Comunale, con separata votazione unanime, dichiara il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di procedere alle assunzioni programmate.", J))
s.append(Spacer(1, 8)); s.append(Paragraph("Letto, approvato e sottoscritto.", C))
g = Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"], ["F.to avv. Roberto Iuliano", "F.to dott. Nicola Pisano"]], colWidths=[200, 200])
g.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10), ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black)]))
s.append(g)
doc.build(s, onFirstPage=tc_heading, onLaterPages=tc_heading)
