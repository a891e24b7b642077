# Pescosansonesco: convocation of the Consiglio comunale, reportlab platypus, agenda as a table with merged cells
import sys
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.units import mm
N = ParagraphStyle("n", fontName="Helvetica", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=N, alignment=TA_CENTER); R = ParagraphStyle("r", parent=N, alignment=TA_RIGHT)
def foot(c, d):
    c.saveState(); c.setFont("Helvetica", 7.5)
    c.drawCentredString(A4[0]/2, 12*mm, "Comune di Pescosansonesco – Piazza Municipio, 1 – 65020 (PE) – PEC comune.pescosansonesco@pec.it – pag. %d" % d.page)
    c.restoreState()
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=16*mm, bottomMargin=20*mm, title="Convocazione Consiglio comunale")
s = [Paragraph("<b><font size=14>COMUNE DI PESCOSANSONESCO</font></b>", C), Paragraph("Provincia di Pescara", C),
     Paragraph("<b>IL PRESIDENTE DEL CONSIGLIO COMUNALE</b>", C), Spacer(1, 4),
     Paragraph("Prot. n. 1529 del 22-04-2026", N),
     Paragraph("Ai Consiglieri comunali<br/>Al Segretario comunale<br/>Al Revisore dei conti<br/>Alla Prefettura di Pescara", R), Spacer(1, 6),
     Paragraph("<b>OGGETTO: Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 29 aprile 2026.</b>", N), Spacer(1, 4),
     Paragraph("Ai sensi dell'art. 39 del D.Lgs. 267/2000 e del vigente Regolamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale, in sessione ordinaria e in seduta pubblica, che si terrà presso la Sala consiliare della sede municipale:", N)]
t = Table([["1ª convocazione", "mercoledì 29 aprile 2026", "ore 18:30"], ["2ª convocazione", "giovedì 30 aprile 2026", "ore 18:30"]], colWidths=[45*mm, 70*mm, 30*mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONT", (0, 0), (-1, -1), "Helvetica-Bold", 10), ("BACKGROUND", (0, 0), (0, -1), "#e8e8e8")]))
s += [t, Spacer(1, 8), Paragraph("per la trattazione del seguente", N), Paragraph("<b>ORDINE DEL GIORNO</b>", C)]
P = lambda x: Paragraph(x, ParagraphStyle("t", fontName="Helvetica", fontSize=9.5, leading=12))
od = [["N.", "Argomento", "Proponente"],
      ["1", P("Lettura e approvazione dei verbali della seduta precedente."), P("Presidente")],
      ["2", P("Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025."), P("Giunta comunale")],
      ["3", P("Variazione al bilancio di previsione 2026-2028 e applicazione dell'avanzo di amministrazione."), P("Giunta comunale")],
      ["4", P("Approvazione del Regolamento per la concessione in uso dei locali comunali."), ""],
      ["5", P("Comunicazioni del Sindaco."), P("Sindaco")]]
t = Table(od, colWidths=[12*mm, 118*mm, 40*mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5), ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"),
                       ("SPAN", (2, 2), (2, 4)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
s += [t, Spacer(1, 8),
      Paragraph("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio di Segreteria e consultabile nelle ore di ufficio a partire dal terzo giorno antecedente la seduta.", N),
      Spacer(1, 4), Paragraph("Pescosansonesco, 22-04-2026", N), Spacer(1, 10),
      Paragraph("IL PRESIDENTE DEL CONSIGLIO COMUNALE<br/>Marisa Pagliaro", R)]
doc.build(s, onFirstPage=foot, onLaterPages=foot)
