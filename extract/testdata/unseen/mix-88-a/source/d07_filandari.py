# Determinazione of Filandari: reportlab, each justified line sets Tw, heading letter-spaced with Tc, sector/general numbers in one line
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setProducer("Kibernetes PDF Printer 2.1")
F, Z = "Helvetica", 10
def sp(y, s, f="Helvetica-Bold", z=12, cs=2.5):
    t = c.beginText(); t.setFont(f, z); t.setCharSpace(cs); w = stringWidth(s, f, z) + cs * (len(s) - 1)
    t.setTextOrigin(297 - w / 2, y); t.textOut(s); c.drawText(t)
def para(y, text, f=F, z=Z, w=470, x0=62):
    words = text.split(); lines = []; line = []
    for wd in words:
        if line and stringWidth(" ".join(line + [wd]), f, z) > w: lines.append(line); line = []
        line.append(wd)
    lines.append(line)
    for i, ln in enumerate(lines):
        s = " ".join(ln); t = c.beginText(); t.setFont(f, z); t.setCharSpace(0); t.setTextOrigin(x0, y)
        if i < len(lines) - 1 and len(ln) > 1: t.setWordSpace((w - stringWidth(s, f, z)) / (len(ln) - 1))
        t.textOut(s); c.drawText(t); y -= z * 1.4
    return y - 5
sp(800, "COMUNE DI FILANDARI", z=15, cs=3); sp(784, "Provincia di Vibo Valentia", "Helvetica", 9, 1)
c.setLineWidth(0.6); c.line(62, 775, 532, 775)
sp(752, "SERVIZIO ECONOMICO - FINANZIARIO", z=11, cs=1.8)
sp(736, "Ufficio Ragioneria e Tributi", "Helvetica-Oblique", 10, 0.5)
c.rect(62, 700, 470, 22); t = c.beginText(); t.setFont("Helvetica-Bold", 8.5); t.setCharSpace(0); t.setTextOrigin(68, 707)
t.textOut("Determinazione n. 8 / Servizio    Reg. Gen. n. 96    data 24/03/2026    Proposta n. 11 del 20/03/2026"); c.drawText(t)
y = para(680, "OGGETTO: Liquidazione del compenso all'Organo di revisione economico-finanziaria per il secondo semestre 2025. CIG esente.", "Helvetica-Bold")
sp(y - 4, "IL RESPONSABILE DEL SERVIZIO", z=10, cs=1.5); y -= 26
y = para(y, "PREMESSO che con deliberazione del Consiglio Comunale n. 22 del 28 luglio 2024 è stato nominato il Revisore unico dei conti per il triennio 2024/2027, determinandone il compenso annuo;")
y = para(y, "VISTA la fattura elettronica n. 4/PA del 15 gennaio 2026 dell'importo di euro 3.806,40 comprensivo di cassa previdenziale e IVA, acquisita al protocollo dell'Ente;")
y = para(y, "RICHIAMATI l'art. 184 del D.Lgs. 18 agosto 2000, n. 267, e il vigente regolamento comunale di contabilità;")
sp(y - 4, "D E T E R M I N A", z=11, cs=1); y -= 26
y = para(y, "1. di liquidare al Revisore unico dei conti la somma di euro 3.806,40 a saldo della fattura n. 4/PA del 15 gennaio 2026, imputandola all'impegno n. 412/2025 sul capitolo 1010/5;")
y = para(y, "2. di autorizzare l'Ufficio Ragioneria all'emissione del mandato di pagamento;")
y = para(y, "3. di disporre la pubblicazione del presente atto all'Albo Pretorio on line per quindici giorni consecutivi.")
t = c.beginText(); t.setFont(F, Z); t.setCharSpace(0); t.setTextOrigin(330, y - 20); t.textLine("Il Responsabile del Servizio"); t.textLine("rag. Caterina Pugliese"); c.drawText(t)
c.save()
