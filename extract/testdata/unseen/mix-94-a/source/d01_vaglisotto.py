# AVVISO PUBBLICO N. 3/2026, Vagli Sotto: reportlab, every glyph its own Tm+Tj, justified by spacing glyphs
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
center(800, "COMUNE DI VAGLI SOTTO", "Times-Bold", 16)
center(784, "Provincia di Lucca", "Times-Italic", 10)
center(770, "Area Tecnica – Servizio Ambiente e Patrimonio", "Times-Roman", 10)
c.line(60, 762, 535, 762)
center(730, "AVVISO PUBBLICO N. 3/2026", "Times-Bold", 14)
center(710, "CONTRIBUTI PER IL RECUPERO DEI METATI E DEI FIENILI TRADIZIONALI", "Times-Bold", 11)
center(696, "DELLA GARFAGNANA – ANNO 2026", "Times-Bold", 11)
y = 665
center(y, "IL RESPONSABILE DEL SERVIZIO", "Times-Bold", 11); y -= 22
y = para(y, "Visto il Regolamento comunale per la valorizzazione del patrimonio edilizio rurale approvato con deliberazione del Consiglio comunale n. 17 del 30.6.2025; in esecuzione della deliberazione della Giunta comunale n. 42 del 28.4.2026, con la quale sono stati stanziati euro 24.000,00 per l'annualità 2026;")
center(y, "RENDE NOTO", "Times-Bold", 11); y -= 22
y = para(y, "che dal 6 maggio al 5 giugno 2026 i proprietari di metati, fienili e piccoli edifici rurali tradizionali situati nel territorio comunale, nelle frazioni di Vagli Sopra, Roggiolo, Campocatino e nelle località sparse, possono presentare domanda di contributo per interventi di manutenzione e recupero delle coperture in piagne e delle murature in pietra.")
y = para(y, "Il contributo è pari al 40 per cento della spesa ammissibile, fino a un massimo di euro 4.000,00 per richiedente. Sono esclusi gli edifici che beneficiano di altri contributi pubblici per il medesimo intervento.")
y = para(y, "La domanda, redatta sul modulo disponibile presso gli uffici comunali e sul sito istituzionale, va presentata all'Ufficio protocollo oppure inviata all'indirizzo PEC comune.vaglisotto@postacert.toscana.it entro le ore 12:00 del 5 giugno 2026, corredata da documentazione fotografica e dal preventivo di spesa.")
y = para(y, "Responsabile del procedimento: geom. Paolo Bertagni, tel. 0583 664053. Il presente avviso è pubblicato all'Albo pretorio on line per trenta giorni consecutivi.")
y -= 10
glyphs(60, y, "Vagli Sotto, 5 maggio 2026", "Times-Roman", 11)
glyphs(360, y - 30, "Il Responsabile del Servizio", "Times-Roman", 11)
glyphs(375, y - 46, "geom. Paolo Bertagni", "Times-Italic", 11)
glyphs(330, y - 62, "(firmato digitalmente)", "Times-Roman", 8)
c.showPage(); c.save()
