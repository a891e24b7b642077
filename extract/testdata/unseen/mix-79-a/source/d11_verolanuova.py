# Verolanuova (BS): certificate of publication of determinazione 152/2026 R.G., reportlab;
# letterhead and foot are Form XObjects; signature and grid drawn before the heading (out of reading order)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Maggioli Albo Pretorio"); c.setTitle("Certificato di pubblicazione")
W, H = A4; L, R = 60, W - 60
c.beginForm("head"); c.setFont("Helvetica-Bold", 16); c.drawCentredString(W/2, H-62, "COMUNE DI VEROLANUOVA")
c.setFont("Helvetica", 9.5); c.drawCentredString(W/2, H-76, "Provincia di Brescia"); c.setLineWidth(1.2); c.line(L, H-86, R, H-86); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7.5); c.line(L, 52, R, 52)
c.drawCentredString(W/2, 40, "Via Zanardelli, 1 – 25028 Verolanuova (BS) – Tel. 030 9365011 – P.IVA 00858900179"); c.endForm()
# signature first
c.setFont("Helvetica", 10.5); c.drawString(L, 300, "Verolanuova, 27/03/2026")
c.drawCentredString(R - 110, 300, "IL RESPONSABILE DELLA PUBBLICAZIONE"); c.drawCentredString(R - 110, 285, "Daniela Scaroni")
c.setFont("Helvetica-Oblique", 8); c.drawCentredString(R - 110, 272, "(documento firmato digitalmente)")
# grid
rows = [("Registro di pubblicazione", "n. 264/2026"), ("Atto", "Determinazione Area Tecnica"), ("Numero", "152 R.G. (38 Reg. Settore)"), ("Data", "11/03/2026"),
        ("Oggetto", "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA COMUNALE DI VIA DANTE - AFFIDAMENTO DIRETTO ALLA DITTA EDILTETTI BASSA BRESCIANA S.R.L. - CUP C87H26000090004 - CIG B8D2E51A07 - IMPEGNO DI SPESA."),
        ("Pubblicata dal", "12/03/2026 al 27/03/2026")]
st = ParagraphStyle("v", fontName="Helvetica", fontSize=10, leading=13)
y = H - 215
for k, v in rows:
    p = Paragraph(v, st); w, h = p.wrap(R - L - 160, 200); h = max(h, 13) + 8
    c.rect(L, y - h, 150, h); c.rect(L + 150, y - h, R - L - 150, h)
    c.setFont("Helvetica-Bold", 10); c.drawString(L + 5, y - 15, k); p.drawOn(c, L + 155, y - h + 4); y -= h
st2 = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=15, alignment=4)
p = Paragraph("Si certifica che l'atto sopra indicato è stato pubblicato all'Albo Pretorio on line del Comune di Verolanuova per quindici giorni consecutivi, dal 12/03/2026 al 27/03/2026, ai sensi dell'art. 32 della legge 18 giugno 2009, n. 69.", st2)
w, h = p.wrap(R - L, 200); p.drawOn(c, L, y - 20 - h)
# heading last, then the reused forms
c.setFont("Helvetica-Bold", 13); c.drawCentredString(W/2, H - 130, "CERTIFICATO DI PUBBLICAZIONE")
c.setFont("Helvetica", 10); c.drawCentredString(W/2, H - 146, "Area Affari Generali – Ufficio Messi e Albo")
c.doForm("head"); c.doForm("foot"); c.save()
