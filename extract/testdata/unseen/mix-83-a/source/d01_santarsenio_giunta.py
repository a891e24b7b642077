# Comune di Sant'Arsenio - Giunta minute; reportlab platypus, every justified line sets Tw; 2 pages
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
out = sys.argv[1]
B = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=B, alignment=TA_CENTER, fontName="Times-Bold")
H = ParagraphStyle("h", parent=C, fontSize=15, leading=19)
def head(cv, doc):
    cv.saveState(); cv.setFont("Times-Bold", 16); cv.drawCentredString(A4[0]/2, A4[1]-22*mm, "COMUNE DI SANT'ARSENIO")
    cv.setFont("Times-Italic", 10); cv.drawCentredString(A4[0]/2, A4[1]-27*mm, "Provincia di Salerno")
    cv.line(20*mm, A4[1]-30*mm, A4[0]-20*mm, A4[1]-30*mm)
    cv.setFont("Times-Roman", 8); cv.drawString(20*mm, 12*mm, "Deliberazione G.C. n. 41 del 14.4.2026")
    cv.drawRightString(A4[0]-20*mm, 12*mm, "Pag. %d di 2" % doc.page); cv.restoreState()
s = []
s += [Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", H), Spacer(1, 4),
      Paragraph("N. 41 del 14.4.2026", C), Spacer(1, 8)]
t = Table([["OGGETTO:", Paragraph("Approvazione dello schema di convenzione con l'Associazione Pro Loco Sant'Arsenio per la gestione del punto di informazione turistica – anno 2026.", ParagraphStyle("o", parent=B, fontName="Times-Bold", spaceAfter=0))]],
          colWidths=[25*mm, 145*mm])
t.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.8, colors.black), ("VALIGN", (0,0), (-1,-1), "TOP"), ("FONTNAME", (0,0), (0,0), "Times-Bold")]))
s += [t, Spacer(1, 10)]
s.append(Paragraph("L'anno duemilaventisei, il giorno quattordici del mese di aprile, alle ore 12,30, nella sala delle adunanze della Casa Comunale, convocata nelle forme di legge, si è riunita la Giunta Comunale nelle persone dei signori:", B))
roll = [["", "Cognome e nome", "Carica", "Presente", "Assente"],
        ["1", "NAPPI Carmine", "Sindaco", "X", ""], ["2", "BOTTI Angela", "Vice Sindaco", "X", ""],
        ["3", "ROMANO Luigi", "Assessore", "", "X"], ["4", "CURCIO Teresa", "Assessore", "X", ""],
        ["5", "MASTRANGELO Pasquale", "Assessore", "X", ""], ["", "", "Totale", "4", "1"]]
rt = Table(roll, colWidths=[10*mm, 60*mm, 40*mm, 22*mm, 22*mm])
rt.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.5, colors.black), ("FONTNAME", (0,0), (-1,-1), "Times-Roman"),
    ("FONTNAME", (0,0), (-1,0), "Times-Bold"), ("ALIGN", (3,0), (-1,-1), "CENTER")]))
s += [rt, Spacer(1, 8)]
for p in [
 "Partecipa il Segretario Comunale dott. Gerardo Lamattina, incaricato della redazione del verbale.",
 "Riconosciuto legale il numero degli intervenuti, il sig. Carmine Nappi, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'argomento indicato in oggetto.",
 "<b>LA GIUNTA COMUNALE</b>",
 "PREMESSO che il Comune di Sant'Arsenio intende assicurare, anche nel corso dell'anno 2026, l'apertura del punto di informazione turistica di piazza Municipio, a servizio dei visitatori del Vallo di Diano e in particolare dei percorsi legati alla Certosa di Padula e alle Grotte di Pertosa;",
 "CONSIDERATO che l'Associazione Pro Loco Sant'Arsenio, iscritta all'albo regionale delle Pro Loco, ha manifestato la propria disponibilità a curare l'apertura del punto informativo nei fine settimana e nei giorni festivi, a fronte di un rimborso delle spese documentate;",
 "VISTO lo schema di convenzione predisposto dall'Area Amministrativa, composto da dieci articoli, che si allega al presente atto per farne parte integrante e sostanziale;",
 "VISTO il D.Lgs. 18 agosto 2000, n. 267 e il vigente Statuto comunale;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000 dai Responsabili delle Aree competenti;",
 "Con voti unanimi favorevoli resi nei modi di legge,",
 "<b>D E L I B E R A</b>",
 "1) di approvare lo schema di convenzione con l'Associazione Pro Loco Sant'Arsenio per la gestione del punto di informazione turistica per l'anno 2026, allegato al presente atto;",
 "2) di riconoscere all'Associazione un rimborso delle spese documentate fino all'importo massimo di euro 4.500,00, con imputazione alla missione 7, programma 1 del bilancio di previsione 2026/2028;",
 "3) di demandare al Responsabile dell'Area Amministrativa la sottoscrizione della convenzione e ogni adempimento conseguente.",
 "Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
 "Letto, confermato e sottoscritto."]:
    s.append(Paragraph(p, C if p.startswith("<b>") else B))
s.append(Spacer(1, 12))
sg = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"], ["Carmine Nappi", "dott. Gerardo Lamattina"], ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85*mm, 85*mm])
sg.setStyle(TableStyle([("ALIGN", (0,0), (-1,-1), "CENTER"), ("FONTNAME", (0,0), (-1,-1), "Times-Roman")]))
s.append(sg)
doc = SimpleDocTemplate(out, pagesize=A4, topMargin=36*mm, bottomMargin=22*mm, leftMargin=20*mm, rightMargin=20*mm, pageCompression=0,
                        title="Deliberazione G.C. 41/2026", author="Comune di Sant'Arsenio")
doc.build(s, onFirstPage=head, onLaterPages=head)
