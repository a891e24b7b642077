# Bossolasco: reportlab; page 1 is a cover sheet with the register fields; body lines justified with Tw, headings spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4
def spaced(x, y, s, f="Helvetica-Bold", sz=14, tc=3):
    t = c.beginText(x, y); t.setFont(f, sz); t.setCharSpace(tc); t.textLine(s); t.setCharSpace(0); c.drawText(t)
def just(lines, y, x=70, w=455, f="Times-Roman", sz=11):
    # wrap words and justify with Tw
    for para in lines:
        words = para.split(); line = []
        rows = []
        for wd in words:
            if stringWidth(" ".join(line + [wd]), f, sz) > w and line: rows.append(line); line = [wd]
            else: line.append(wd)
        rows.append(line)
        for i, r in enumerate(rows):
            s = " ".join(r); t = c.beginText(x, y); t.setFont(f, sz); t.setWordSpace(0)
            if i < len(rows) - 1 and len(r) > 1: t.setWordSpace((w - stringWidth(s, f, sz)) / (len(r) - 1))
            t.textLine(s); t.setWordSpace(0); c.drawText(t); y -= 15
        y -= 6
    return y
spaced(150, H - 90, "COMUNE DI BOSSOLASCO", sz=16)
c.setFont("Helvetica", 10); c.drawCentredString(W / 2, H - 108, "Provincia di Cuneo - Piazza XX Settembre 1 - 12060 Bossolasco (CN)")
spaced(120, H - 200, "FRONTESPIZIO DI DETERMINAZIONE", sz=13, tc=2)
rows = [("Servizio proponente", "Servizio Amministrativo - Affari Generali"), ("Responsabile", "dott.ssa Laura Bonino"),
        ("Numero di servizio", "AG/9"), ("Data di adozione", "05.03.2026"), ("Registro generale", "n. 41"),
        ("Data di esecutività", "10.03.2026"), ("Proposta", "n. 52 del 04.03.2026")]
y = H - 250
for k, v in rows:
    c.rect(70, y - 6, 160, 22); c.rect(230, y - 6, 295, 22)
    c.setFont("Helvetica-Bold", 10); c.drawString(76, y, k); c.setFont("Helvetica", 10); c.drawString(236, y, v); y -= 22
y -= 30; c.setFont("Helvetica-Bold", 11); c.drawString(70, y, "OGGETTO:"); y -= 18
c.setFont("Helvetica-Bold", 11)
for s in ["Concessione di contributi alle associazioni locali per le manifestazioni", "estive 2026 (Fiera della Nocciola e Sagra di San Giacomo). Impegno di spesa."]:
    c.drawString(70, y, s); y -= 15
c.setFont("Helvetica-Oblique", 8); c.drawString(70, 50, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.showPage()
y = H - 80
spaced(180, y, "IL RESPONSABILE DEL SERVIZIO", sz=11, tc=1.5); y -= 30
y = just(["PREMESSO che la Giunta comunale, con deliberazione n. 14 del 19.02.2026, ha fornito gli indirizzi per il sostegno delle manifestazioni estive organizzate dalle associazioni del paese, destinando la somma complessiva di euro 6.000,00;",
 "VISTE le istanze presentate dalla Pro Loco di Bossolasco in data 23.02.2026 per la Fiera della Nocciola e dal Comitato Festeggiamenti di San Giacomo in data 25.02.2026 per la sagra patronale;",
 "RITENUTO di ripartire la somma secondo i criteri stabiliti dal vigente regolamento comunale per la concessione di contributi, vantaggi economici e patrocini;"], y)
spaced(250, y - 6, "DETERMINA", sz=11, tc=3); y -= 30
y = just(["1) di concedere alla Pro Loco di Bossolasco un contributo di euro 3.800,00 per l'organizzazione della Fiera della Nocciola 2026;",
 "2) di concedere al Comitato Festeggiamenti di San Giacomo un contributo di euro 2.200,00 per la sagra patronale 2026;",
 "3) di impegnare la spesa complessiva di euro 6.000,00 alla Missione 7, Programma 01, capitolo 1520 del bilancio 2026;",
 "4) di dare atto che i contributi saranno liquidati a presentazione del rendiconto delle spese sostenute."], y)
c.setFont("Times-Roman", 11); c.drawString(330, y - 20, "IL RESPONSABILE DEL SERVIZIO"); c.drawString(345, y - 35, "dott.ssa Laura Bonino")
c.save()
