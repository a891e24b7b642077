# AVVISO PUBBLICO N. 5/2026, Erto e Casso: reportlab, every glyph its own Tm+Tj, justified by spacing glyphs
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setCreator("Kibernetes PDF Printer 2.1"); c.setProducer("Kibernetes PDF Printer 2.1")
def glyphs(x, y, s, f="Times-Roman", sz=11, w=None):
    ws = [stringWidth(ch, f, sz) for ch in s]; extra = 0
    if w and len(s) > 1: extra = (w - sum(ws)) / (len(s) - 1)
    for ch, cw in zip(s, ws):
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(f, sz); t.textOut(ch); c.drawText(t); x += cw + extra
def center(y, s, f, sz): glyphs((595 - stringWidth(s, f, sz)) / 2, y, s, f, sz)
def para(y, text, f="Times-Roman", sz=11, W=475, x=60):
    words = text.split(); line = []
    lines = []
    for w in words:
        if stringWidth(" ".join(line + [w]), f, sz) > W and line: lines.append(line); line = [w]
        else: line.append(w)
    lines.append(line)
    for i, l in enumerate(lines):
        s = " ".join(l); glyphs(x, y, s, f, sz, W if i < len(lines) - 1 else None); y -= sz * 1.45
    return y - 5
center(800, "COMUNE DI ERTO E CASSO", "Times-Bold", 16)
center(784, "Provincia di Pordenone – Regione Autonoma Friuli Venezia Giulia", "Times-Italic", 10)
center(770, "Area Tecnica – Servizio Patrimonio e Territorio", "Times-Roman", 10)
c.line(60, 762, 535, 762)
center(730, "AVVISO PUBBLICO N. 5/2026", "Times-Bold", 14)
center(710, "CONCESSIONE DI CONTRIBUTI PER LO SFALCIO E LA MANUTENZIONE DEI PRATI", "Times-Bold", 11)
center(696, "E DEI PASCOLI DI MONTAGNA – ANNO 2026", "Times-Bold", 11)
y = 665
for p in ["IL RESPONSABILE DEL SERVIZIO",]:
    center(y, p, "Times-Bold", 11); y -= 22
y = para(y, "Visto il Regolamento comunale per la tutela del paesaggio rurale approvato con deliberazione del Consiglio comunale n. 14 del 28.5.2024; in esecuzione della deliberazione della Giunta comunale n. 31 del 2.4.2026, con la quale sono stati stanziati euro 18.000,00 per l'annualità 2026;")
center(y, "RENDE NOTO", "Times-Bold", 11); y -= 22
y = para(y, "che dal 15 aprile al 15 maggio 2026 i proprietari e i conduttori di fondi prativi situati nel territorio comunale, nelle frazioni di Erto, Casso, San Martino e nelle località sparse, possono presentare domanda di contributo per lo sfalcio e la manutenzione dei prati e dei pascoli di montagna.")
y = para(y, "Il contributo è pari a euro 250,00 per ettaro sfalciato, fino a un massimo di euro 1.500,00 per richiedente. Sono esclusi i fondi che beneficiano di altri contributi pubblici per la medesima finalità.")
y = para(y, "La domanda, redatta sul modulo disponibile presso gli uffici comunali e sul sito istituzionale, va presentata all'Ufficio protocollo oppure inviata all'indirizzo PEC comune.ertoecasso@certgov.fvg.it entro le ore 12:00 del 15 maggio 2026, corredata dalla planimetria catastale dei fondi.")
y = para(y, "Responsabile del procedimento: geom. Dario Corona, tel. 0427 879001. Il presente avviso è pubblicato all'Albo pretorio on line per trenta giorni consecutivi.")
y -= 10
glyphs(60, y, "Erto e Casso, 14 aprile 2026", "Times-Roman", 11)
glyphs(360, y - 30, "Il Responsabile del Servizio", "Times-Roman", 11)
glyphs(375, y - 46, "geom. Dario Corona", "Times-Italic", 11)
glyphs(330, y - 62, "(firmato digitalmente)", "Times-Roman", 8)
c.showPage(); c.save()
