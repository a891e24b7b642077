# Careri: reportlab platypus, certificate of publication with a label table
import sys
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
ss = getSampleStyleSheet(); N = ParagraphStyle("n", ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, alignment=4)
C = ParagraphStyle("c", N, alignment=1, fontName="Helvetica-Bold", fontSize=13)
doc = SimpleDocTemplate(sys.argv[1], producer="ReportLab - Halley Albo")
rows = [["Atto", "Ordinanza sindacale"], ["Numero", "21"], ["Data", "07/04/2026"],
        ["Oggetto", Paragraph("Divieto di abbandono e deposito incontrollato di rifiuti sulle aree pubbliche e sulle sponde della fiumara Careri – misure urgenti.", N)],
        ["N. registro pubblicazioni", "264/2026"], ["Periodo di pubblicazione", "dal 08/04/2026 al 23/04/2026"]]
t = Table(rows, colWidths=[150, 320]); t.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.6, colors.black), ("BACKGROUND", (0,0), (0,-1), colors.lightgrey),
    ("FONTNAME", (0,0), (0,-1), "Helvetica-Bold"), ("VALIGN", (0,0), (-1,-1), "TOP")]))
st = [Paragraph("COMUNE DI CARERI", ParagraphStyle("h", C, fontSize=17)), Paragraph("Città Metropolitana di Reggio Calabria", ParagraphStyle("s", N, alignment=1)),
      Spacer(1, 18), Paragraph("CERTIFICATO DI PUBBLICAZIONE", C), Spacer(1, 12), t, Spacer(1, 14),
      Paragraph("Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio, CERTIFICA che l'ordinanza sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 08/04/2026 al 23/04/2026, senza opposizioni o reclami.", N),
      Spacer(1, 14), Paragraph("Careri, 24/04/2026", N), Spacer(1, 18),
      Paragraph("IL RESPONSABILE DELLA PUBBLICAZIONE<br/>Il Messo Comunale<br/>Bruno Strangio", ParagraphStyle("r", N, alignment=2))]
doc.build(st)
