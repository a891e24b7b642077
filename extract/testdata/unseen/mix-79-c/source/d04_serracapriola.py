# Commissario prefettizio deliberation; every glyph its own BT/Tm/Tj (reportlab canvas, one drawString per glyph)
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Halley PA Stampe 9.1"); c.setProducer("Halley PA Stampe 9.1")
W, H = A4; L = 62; R = W - 62
y = [H - 60]
def glyphs(text, x, yy, font, size):
    for ch in text:
        c.setFont(font, size); c.drawString(x, yy, ch); x += stringWidth(ch, font, size)
def line(text, font="Times-Roman", size=10.5, center=False, lead=14):
    w = stringWidth(text, font, size); x = (W - w) / 2 if center else L
    glyphs(text, x, y[0], font, size); y[0] -= lead
def para(text, font="Times-Roman", size=10.5, lead=13.5):
    words = text.split(); cur = []
    maxw = R - L
    lines = []
    for wd in words:
        if stringWidth(" ".join(cur + [wd]), font, size) > maxw and cur: lines.append(cur); cur = [wd]
        else: cur.append(wd)
    lines.append(cur)
    for i, ws in enumerate(lines):
        if i < len(lines) - 1 and len(ws) > 1:
            gap = (maxw - sum(stringWidth(w_, font, size) for w_ in ws)) / (len(ws) - 1)
        else: gap = stringWidth(" ", font, size)
        x = L
        for w_ in ws:
            glyphs(w_, x, y[0], font, size); x += stringWidth(w_, font, size) + gap
        y[0] -= lead
    y[0] -= 4
line("COMUNE DI SERRACAPRIOLA", "Times-Bold", 15, True, 17)
line("Provincia di Foggia", "Times-Italic", 11, True, 24)
line("COPIA DI DELIBERAZIONE DEL COMMISSARIO PREFETTIZIO", "Times-Bold", 11.5, True, 14)
line("ADOTTATA CON I POTERI DELLA GIUNTA COMUNALE", "Times-Bold", 11.5, True, 22)
line("N. 21 del 19.3.2026", "Times-Bold", 11, False, 20)
para("OGGETTO: Approvazione dello schema di convenzione con l'Associazione \"Misericordia di Serracapriola\" per il servizio di trasporto sociale di persone anziane e disabili – anno 2026.", "Times-Bold", 10.5)
para("L'anno duemilaventisei addì diciannove del mese di marzo alle ore 12,15 nella sala delle adunanze della Sede Municipale, il Commissario Prefettizio dott.ssa Maria Teresa Lagonigro, nominata con decreto del Prefetto della Provincia di Foggia prot. n. 11842 del 12 febbraio 2026, con l'assistenza del Segretario Generale dott.ssa Giovanna Cocomazzi, incaricata della redazione del verbale, ha adottato la seguente deliberazione.")
line("IL COMMISSARIO PREFETTIZIO", "Times-Bold", 10.5, True, 16)
para("Premesso che il Comune intende garantire il trasporto sociale delle persone anziane e disabili verso le strutture sanitarie e i centri diurni del territorio; Visto lo schema di convenzione predisposto dal Responsabile del Settore Servizi Sociali; Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;")
line("D E L I B E R A", "Times-Bold", 10.5, True, 16)
para("1. di approvare lo schema di convenzione con l'Associazione \"Misericordia di Serracapriola\" per il servizio di trasporto sociale per l'anno 2026, allegato al presente atto;")
para("2. di demandare al Responsabile del Settore Servizi Sociali la sottoscrizione della convenzione e l'adozione degli atti consequenziali;")
para("3. di dare atto che la spesa di euro 9.500,00 trova copertura al capitolo 1904 del bilancio 2026-2028;")
para("4. di dichiarare il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
y[0] -= 10
glyphs("IL COMMISSARIO PREFETTIZIO", L, y[0], "Times-Bold", 10); glyphs("IL SEGRETARIO GENERALE", 340, y[0], "Times-Bold", 10); y[0] -= 13
glyphs("F.to dott.ssa Maria Teresa Lagonigro", L, y[0], "Times-Roman", 10); glyphs("F.to dott.ssa Giovanna Cocomazzi", 340, y[0], "Times-Roman", 10)
c.setFont("Helvetica", 7.5); c.drawString(L, 30, "Comune di Serracapriola – Piazza Municipio – 71010 Serracapriola (FG)")
c.showPage(); c.save()
