# Brognaturo: certificate of publication, reportlab platypus; justified paragraphs (Tw);
# label/value table for the certified act.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=60, rightMargin=60, topMargin=50,
                        title="Attestazione di pubblicazione", producer="ReportLab PDF Library - www.reportlab.com")
J = ParagraphStyle("j", fontName="Helvetica", fontSize=10.5, leading=15, alignment=TA_JUSTIFY)
C = ParagraphStyle("c", parent=J, alignment=TA_CENTER)
T = ParagraphStyle("t", parent=C, fontName="Helvetica-Bold", fontSize=13, leading=18)
S = []
S += [Paragraph("<b><font size=16>COMUNE DI BROGNATURO</font></b>", C), Paragraph("Provincia di Vibo Valentia – Ufficio di Segreteria", C), Spacer(1, 22)]
S += [Paragraph('ATTESTAZIONE DI PUBBLICAZIONE', T), Spacer(1, 14)]
S += [Paragraph("Il sottoscritto Segretario comunale, visti gli atti d'ufficio, attesta che la deliberazione sotto indicata è stata pubblicata all'Albo Pretorio on line di questo Comune, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32 della Legge 18 giugno 2009, n. 69:", J), Spacer(1, 10)]
rows = [["Organo", "Giunta comunale"], ["Deliberazione n.", "18"], ["Data di adozione", "10/03/2026"],
        ["Oggetto", Paragraph("Approvazione del piano comunale di protezione civile – aggiornamento 2026 e individuazione delle aree di attesa e di accoglienza della popolazione.", J)],
        ["Registro pubblicazioni", "n. 97/2026"], ["Periodo di pubblicazione", "dal 13/03/2026 al 28/03/2026"]]
t = Table(rows, colWidths=[140, 335])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6e6e6")),
                       ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5), ("FONT", (1, 0), (1, -1), "Helvetica", 10.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S += [t, Spacer(1, 12)]
S += [Paragraph("per quindici giorni consecutivi, senza che siano pervenuti reclami od opposizioni, e che la stessa, dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, è divenuta esecutiva il giorno della sua adozione.", J), Spacer(1, 16)]
S += [Paragraph("Brognaturo, 30/03/2026", J), Spacer(1, 20)]
sig = ParagraphStyle("s", parent=C, leftIndent=240)
S += [Paragraph("IL SEGRETARIO COMUNALE", sig), Paragraph("<i>dott. Giuseppe Valenti</i>", sig)]
doc.build(S)
