# Goriano Sicoli, Giunta 18/2026: reportlab platypus, justified paragraphs (Tw), roll table P/A
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
out = sys.argv[1]
J = ParagraphStyle("j", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=J, alignment=TA_CENTER)
H = ParagraphStyle("h", parent=C, fontName="Times-Bold", fontSize=13, leading=16)
def foot(c, d):
    c.saveState(); c.setFont("Times-Italic", 8)
    c.drawString(60, 30, "Halley Informatica - Atti amministrativi - stampa del 23/03/2026")
    c.drawRightString(535, 30, "Pag. %d" % d.page); c.restoreState()
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=50,
                        title="Delibera G.C. 18/2026", author="Comune di Goriano Sicoli")
s = [Paragraph("COMUNE DI GORIANO SICOLI", H), Paragraph("Provincia dell'Aquila", C), Spacer(1, 10),
 Paragraph("<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>", C), Spacer(1, 4),
 Table([["N. 18", "del 23.03.2026"]], colWidths=[120, 120], style=TableStyle([("BOX", (0,0), (-1,-1), 0.8, colors.black), ("INNERGRID", (0,0), (-1,-1), 0.5, colors.black), ("FONT", (0,0), (-1,-1), "Times-Bold", 12), ("ALIGN", (0,0), (-1,-1), "CENTER")])),
 Spacer(1, 8),
 Paragraph("<b>OGGETTO:</b> Approvazione del programma delle manifestazioni civili e religiose in onore di Santa Gemma per l'anno 2026 e concessione del patrocinio comunale.", J),
 Paragraph("L'anno duemilaventisei il giorno ventitré del mese di marzo alle ore 13:00 nella sala delle adunanze della sede comunale, convocata nei modi di legge, si è riunita la Giunta Comunale con l'intervento dei Signori:", J)]
roll = [["", "Cognome e nome", "Carica", "P", "A"], ["1", "PETRELLA Domenico", "Sindaco", "X", ""], ["2", "DI LORETO Anna", "Vice Sindaco", "X", ""], ["3", "CIPRIANI Marco", "Assessore", "", "X"], ["", "", "Totale", "2", "1"]]
s += [Table(roll, colWidths=[25, 170, 110, 30, 30], style=TableStyle([("GRID", (0,0), (-1,-2), 0.5, colors.black), ("FONT", (0,0), (-1,0), "Times-Bold", 10), ("FONT", (0,1), (-1,-1), "Times-Roman", 10), ("ALIGN", (3,0), (-1,-1), "CENTER"), ("BACKGROUND", (0,0), (-1,0), colors.lightgrey)])), Spacer(1, 6),
 Paragraph("Partecipa con funzioni consultive, referenti e di assistenza il Segretario Comunale dott.ssa Lucia Ferrante, che cura la redazione del presente verbale. Essendo legale il numero degli intervenuti, il Sindaco Domenico Petrella assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", J),
 Paragraph("<b>LA GIUNTA COMUNALE</b>", C),
 Paragraph("PREMESSO che ogni anno, nel mese di aprile, la comunità di Goriano Sicoli celebra la festa della Patrona Santa Gemma con manifestazioni religiose e civili che richiamano numerosi fedeli e visitatori dai Comuni della Valle Subequana; VISTA la nota del Comitato Feste Santa Gemma 2026, acquisita al protocollo n. 1187 del 16.03.2026, con la quale si trasmette il programma dei festeggiamenti e si chiede il patrocinio del Comune; RITENUTO di condividere il programma, che valorizza le tradizioni locali e contribuisce alla promozione turistica del territorio; VISTI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;", J),
 Paragraph("Con voti unanimi favorevoli, espressi nei modi di legge,", J), Paragraph("<b>DELIBERA</b>", C),
 Paragraph("1) di approvare il programma delle manifestazioni civili e religiose in onore di Santa Gemma per l'anno 2026, allegato alla presente quale parte integrante e sostanziale;", J),
 Paragraph("2) di concedere il patrocinio comunale al Comitato Feste Santa Gemma 2026 e l'uso gratuito di piazza Umberto I e delle attrezzature comunali;", J),
 Paragraph("3) di demandare al Responsabile dell'Area Tecnica - Manutentiva l'adozione degli atti necessari in materia di viabilità e sicurezza.", J),
 Paragraph("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", J), Spacer(1, 14),
 Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"], ["Domenico Petrella", "dott.ssa Lucia Ferrante"]], colWidths=[235, 235], style=TableStyle([("FONT", (0,0), (-1,0), "Times-Bold", 10), ("FONT", (0,1), (-1,1), "Times-Italic", 10), ("ALIGN", (0,0), (-1,-1), "CENTER")]))]
doc.build(s, onFirstPage=foot, onLaterPages=foot)
