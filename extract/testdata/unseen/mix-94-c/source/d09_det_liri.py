# reportlab: justified lines set Tw (word spacing), headings letter-spaced with Tc; register box on the right
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Maggioli PDF Engine 3.1")
def line(x, y, s, font="Helvetica", size=10, width=None, cs=0):
    t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.setCharSpace(cs)
    if width and s.count(" "):
        t.setWordSpace((width - stringWidth(s, font, size)) / s.count(" "))
    t.textLine(s); c.drawText(t)
def para(y, text, font="Helvetica", size=10, width=455, x=70):
    words = text.split(); lines = []; cur = ""
    for w in words:
        if stringWidth((cur + " " + w).strip(), font, size) > width: lines.append(cur); cur = w
        else: cur = (cur + " " + w).strip()
    lines.append(cur)
    for i, l in enumerate(lines):
        line(x, y, l, font, size, None if i == len(lines) - 1 else width); y -= 13
    return y - 5
line(70, 790, "UNIONE DEI COMUNI DELLA MEDIA VALLE DEL LIRI", "Helvetica-Bold", 12, cs=0.6)
line(70, 776, "Provincia di Frosinone", "Helvetica", 9)
line(70, 756, "AREA TECNICA", "Helvetica-Bold", 10, cs=2)
line(70, 743, "Servizio associato di Protezione civile", "Helvetica-Oblique", 10)
c.rect(350, 728, 175, 56)
line(358, 770, "N. 47/2026 R.G.", "Helvetica-Bold", 10)
line(358, 756, "N. 9 del Servizio", "Helvetica", 9)
line(358, 742, "Data: 11.02.2026", "Helvetica", 9)
line(190, 705, "DETERMINAZIONE", "Helvetica-Bold", 13, cs=4)
y = para(680, "OGGETTO: Fornitura di dotazioni e dispositivi per il gruppo intercomunale di volontariato di protezione civile – Affidamento diretto alla ditta Ciociaria Sicurezza S.r.l. – CIG B9A7E55D12 – Impegno di spesa.", "Helvetica-Bold")
line(250, y - 4, "IL RESPONSABILE DELL'AREA", "Helvetica-Bold", 10, cs=0.8); y -= 24
for t in ["Premesso che con deliberazione della Giunta dell'Unione n. 6 del 10/02/2026 è stato approvato l'aggiornamento 2026 del Piano intercomunale di protezione civile, che prevede il potenziamento delle dotazioni del gruppo di volontariato;",
          "Visto il preventivo della ditta Ciociaria Sicurezza S.r.l. di Sora, acquisito al protocollo n. 611 del 6 febbraio 2026, per un importo di € 16.270,00 oltre IVA, ritenuto congruo;",
          "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 e accertata la regolarità contributiva dell'operatore;"]:
    y = para(y, t)
line(265, y - 4, "DETERMINA", "Helvetica-Bold", 10, cs=3); y -= 24
for t in ["1. di affidare alla ditta Ciociaria Sicurezza S.r.l. la fornitura descritta nell'allegato A, per l'importo di € 16.270,00 oltre IVA;",
          "2. di impegnare la spesa complessiva di € 19.849,40 alla missione 11, programma 1, capitolo 1102 del bilancio 2026;",
          "3. di dare atto che il responsabile unico del progetto è l'ing. Carla Fabrizi;",
          "4. di pubblicare il presente provvedimento all'Albo pretorio on line dell'Unione."]:
    y = para(y, t)
line(70, y - 10, "Arce, 11.02.2026")
line(360, y - 40, "IL RESPONSABILE DELL'AREA TECNICA", "Helvetica-Bold", 9); line(360, y - 54, "ing. Carla Fabrizi", "Helvetica", 10)
c.showPage(); c.save()
