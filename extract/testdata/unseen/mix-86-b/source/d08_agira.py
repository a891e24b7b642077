# Comune di Agira: ordinanza sindacale; every glyph its own Tm+Tj (justified by moving glyphs); rotated Albo stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Ordinanza 19/2026"); c.setCreator("Kibernetes PDF Printer 2.1")
W, H = A4; L, R = 70, W - 60; y = H - 70
def glyphs(x, y, s, font, sz, extra=0.0):
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, sz); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, sz) + (extra if ch == " " else 0)
def line(s, font="Times-Roman", sz=11, just=False, center=False):
    global y
    w = stringWidth(s, font, sz); x = L
    if center: x = (L + R - w) / 2
    extra = (R - L - w) / s.count(" ") if just and s.count(" ") else 0
    glyphs(x, y, s, font, sz, extra); y -= sz * 1.4
def para(text, font="Times-Roman", sz=11):
    global y
    words, cur, lines = text.split(), "", []
    for wd in words:
        tr = (cur + " " + wd).strip()
        if stringWidth(tr, font, sz) > R - L: lines.append(cur); cur = wd
        else: cur = tr
    lines.append(cur)
    for i, l in enumerate(lines): line(l, font, sz, just=i < len(lines) - 1)
    y -= 4
line("COMUNE DI AGIRA", "Times-Bold", 17, center=True)
line("Libero Consorzio Comunale di Enna", "Times-Italic", 11, center=True)
line("IL SINDACO", "Times-Bold", 12, center=True); y -= 6
line("ORDINANZA SINDACALE N. 19 DEL 20.3.2026", "Times-Bold", 12, center=True); y -= 6
para("OGGETTO: Divieto di accensione di fuochi e di abbruciamento di residui vegetali nelle aree agricole e boscate del territorio comunale dal 1° aprile al 31 ottobre 2026.", "Times-Bold", 11)
para("PREMESSO che il territorio comunale è interessato, nel periodo primaverile ed estivo, da numerosi incendi di vegetazione che mettono a rischio la pubblica incolumità, il patrimonio boschivo della Riserva Naturale di Monte Altesina e le colture agricole; VISTO il Piano regionale per la programmazione delle attività di previsione, prevenzione e lotta attiva contro gli incendi boschivi; VISTI gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267;")
line("ORDINA", "Times-Bold", 12, center=True); y -= 4
para("1. il divieto assoluto, dal 1° aprile al 31 ottobre 2026, di accendere fuochi e di abbruciare residui vegetali, stoppie e sterpaglie in tutte le aree agricole e boscate del territorio comunale;")
para("2. ai proprietari e conduttori di fondi incolti confinanti con strade e abitazioni di realizzare, entro il 15 maggio 2026, idonee fasce parafuoco di larghezza non inferiore a metri dieci;")
para("3. al Comando di Polizia Municipale e alle Forze dell'Ordine di vigilare sull'osservanza della presente ordinanza.")
para("La violazione è punita con la sanzione amministrativa pecuniaria da euro 150,00 a euro 900,00, salvo che il fatto costituisca reato. Avverso il presente provvedimento è ammesso ricorso al T.A.R. Sicilia entro 60 giorni o ricorso straordinario al Presidente della Regione entro 120 giorni.")
y -= 10; line("Agira, 20.3.2026", "Times-Roman", 11)
y -= 15.4
glyphs(R - 120, y + 15.4, "IL SINDACO", "Times-Bold", 11); glyphs(R - 130, y, "Maria Gaetana Greco", "Times-Roman", 11)
c.saveState(); c.translate(38, 260); c.rotate(90); c.setFillColorRGB(0.2, 0.2, 0.6)
c.setFont("Helvetica", 8); c.drawString(0, 0, "Pubblicata all'Albo Pretorio on line dal 20/03/2026 al 04/04/2026 - Reg. n. 402"); c.restoreState()
c.showPage(); c.save()
