# Castelfranci: reportlab, every glyph its own BT/Td/Tj; registry table under the letterhead; invoice table
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setTitle("Determinazione"); c.setProducer("Halley PDF 4.2")
def g(x, y, s, f="Helvetica", z=10, center=False):
    if center: x = x - stringWidth(s, f, z) / 2
    for ch in s:
        c.setFont(f, z); c.drawString(x, y, ch); x += stringWidth(ch, f, z)
def para(y, text, f="Helvetica", z=10, w=480, x0=58):
    words = text.split(); line = []
    for wd in words:
        if stringWidth(" ".join(line + [wd]), f, z) > w:
            g(x0, y, " ".join(line), f, z); y -= z + 3; line = [wd]
        else: line.append(wd)
    if line: g(x0, y, " ".join(line), f, z); y -= z + 3
    return y - 4
g(297, 800, "COMUNE DI CASTELFRANCI", "Helvetica-Bold", 15, True)
g(297, 784, "Provincia di Avellino", "Helvetica", 10, True)
g(297, 770, "Piazza Municipio, 1 – 83040 Castelfranci (AV) – C.F. 82000930640", "Helvetica", 8, True)
c.line(58, 762, 537, 762)
# registry table
c.rect(58, 700, 479, 54); c.line(58, 727, 537, 727); c.line(297, 700, 297, 754)
g(64, 738, "Registro Generale n. 87", "Helvetica-Bold", 10); g(303, 738, "del 09/03/2026", "Helvetica-Bold", 10)
g(64, 711, "Registro di Settore n. 21", "Helvetica", 10); g(303, 711, "del 06/03/2026", "Helvetica", 10)
g(297, 680, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", "Helvetica-Bold", 12, True)
g(297, 664, "SETTORE ECONOMICO-FINANZIARIO – Servizio Ragioneria", "Helvetica", 10, True)
g(58, 640, "OGGETTO:", "Helvetica-Bold", 10)
y = para(640, "Liquidazione fatture per la fornitura di energia elettrica agli impianti di pubblica illuminazione – periodo gennaio/febbraio 2026.", "Helvetica-Bold", 10, 415, 122)
g(297, y - 4, "IL RESPONSABILE DEL SETTORE", "Helvetica-Bold", 10, True); y -= 24
for t in ["Visto il decreto sindacale n. 4 del 02/01/2026 di nomina dei Responsabili di Settore;",
          "Richiamata la propria determinazione n. 3 del 15/01/2026 (Reg. Gen. n. 12) di impegno della spesa per la fornitura di energia elettrica per l'anno 2026, CIG Z8E3F10A27;",
          "Viste le fatture elettroniche di seguito elencate, regolarmente pervenute al protocollo dell'Ente:"]:
    y = para(y, t)
cols = [58, 150, 230, 400, 537]
rows = [("Fattura n.", "Data", "Fornitore", "Importo (IVA incl.)"),
        ("2026/E/004411", "31/01/2026", "Enel Energia S.p.A.", "€ 3.412,18"),
        ("2026/E/009873", "28/02/2026", "Enel Energia S.p.A.", "€ 3.105,64"),
        ("", "", "TOTALE", "€ 6.517,82")]
for i, r in enumerate(rows):
    c.rect(58, y - 14, 479, 16)
    for j, v in enumerate(r): g(cols[j] + 4, y - 10, v, "Helvetica-Bold" if i in (0, 3) else "Helvetica", 9)
    y -= 16
for x in cols[1:-1]: c.line(x, y + 2, x, y + 2 + 16 * len(rows))
y -= 12
y = para(y, "Accertata la regolarità delle forniture e la disponibilità sul capitolo 1936 del bilancio 2026-2028, esercizio 2026;")
g(297, y - 2, "D E T E R M I N A", "Helvetica-Bold", 11, True); y -= 22
for n, t in [("1.", "di liquidare a Enel Energia S.p.A. la somma complessiva di € 6.517,82 a saldo delle fatture in premessa;"),
             ("2.", "di imputare la spesa sul capitolo 1936, impegno n. 41/2026, del bilancio 2026-2028, esercizio 2026;"),
             ("3.", "di trasmettere il presente atto al Servizio Ragioneria per l'emissione del mandato di pagamento.")]:
    g(58, y, n); y = para(y, t, w=460, x0=76)
g(360, y - 20, "Il Responsabile del Settore", "Helvetica", 10); g(360, y - 34, "dott. Gerardo Capone", "Helvetica-Oblique", 10)
g(58, 40, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", "Helvetica", 7)
c.showPage(); c.save()
