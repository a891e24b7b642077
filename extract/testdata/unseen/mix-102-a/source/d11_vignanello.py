# Vignanello ordinanza: reportlab; letterhead and footer are Form XObjects reused on both pages;
# blocks drawn out of reading order (signature and dispositive part before the heading)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4
c.setTitle("Ordinanza n. 14 - Polizia Locale")
def wrap(text, w, font, size):
    out, cur = [], []
    for wd in text.split():
        if stringWidth(" ".join(cur + [wd]), font, size) > w and cur: out.append(" ".join(cur)); cur = [wd]
        else: cur.append(wd)
    return out + [" ".join(cur)]
def block(lines_or_text, x, y, w=None, font="Helvetica", size=10, lead=13.5):
    lines = wrap(lines_or_text, w, font, size) if w else lines_or_text
    c.setFont(font, size)
    for l in lines: c.drawString(x, y, l); y -= lead
    return y
c.beginForm("Letterhead")
c.setFont("Helvetica-Bold", 15); c.drawString(110, H-62, "COMUNE DI VIGNANELLO")
c.setFont("Helvetica", 9); c.drawString(110, H-75, "Provincia di Viterbo – Piazza della Repubblica, 1 – 01039 Vignanello")
c.setFont("Helvetica-Bold", 9); c.drawString(110, H-88, "SERVIZIO DI POLIZIA LOCALE")
c.circle(80, H-72, 20); c.setFont("Helvetica", 6); c.drawCentredString(80, H-74, "STEMMA")
c.line(60, H-98, W-60, H-98)
c.endForm()
c.beginForm("Foot")
c.line(60, 50, W-60, 50); c.setFont("Helvetica", 7.5)
c.drawString(60, 40, "Comando Polizia Locale – tel. 0761 754820 – PEC poliziamunicipale.vignanello@legalmail.it")
c.endForm()
# page 1 -- drawn: premises, then box with number, then subject, then letterhead
y = block("VISTA la richiesta della Parrocchia di Santa Maria della Presentazione, acquisita al prot. n. 4388 del 08/04/2026, relativa allo svolgimento della processione in onore di San Biagio e della tradizionale infiorata nelle vie del centro storico nella giornata di domenica 26 aprile 2026;", 60, H-250, W-120)
y = block("CONSIDERATO che il percorso interessa via Roma, piazza della Repubblica, via Garibaldi e largo Marconi, e che per garantire la sicurezza dei partecipanti e la realizzazione dei tappeti floreali occorre vietare la circolazione e la sosta dei veicoli;", 60, y-4, W-120)
y = block("VISTI gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 e il relativo Regolamento di esecuzione;", 60, y-4, W-120)
y = block("VISTO il decreto sindacale n. 4 del 09/01/2026 di nomina del Responsabile del Servizio di Polizia Locale;", 60, y-4, W-120)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, y-12, "ORDINA")
y = block("1. dalle ore 6:00 alle ore 20:00 del 26/04/2026 il divieto di transito e di sosta con rimozione forzata in via Roma, piazza della Repubblica, via Garibaldi e largo Marconi;", 60, y-34, W-120)
y = block("2. il senso unico alternato regolato da movieri in via Cassia Cimina, nel tratto antistante largo Marconi, per la durata della processione;", 60, y-4, W-120)
c.rect(W-220, H-165, 160, 50)
c.setFont("Helvetica-Bold", 10); c.drawString(W-212, H-133, "ORDINANZA N. 14")
c.setFont("Helvetica", 9.5); c.drawString(W-212, H-147, "Registro Ordinanze P.L.")
c.drawString(W-212, H-159, "Data: 16.04.2026")
block("OGGETTO: Disciplina temporanea della circolazione nel centro storico in occasione della processione di San Biagio e dell'infiorata del 26 aprile 2026.", 60, H-190, W-120, "Helvetica-Bold", 10)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, H-232, "IL RESPONSABILE DEL SERVIZIO DI POLIZIA LOCALE")
c.doForm("Letterhead"); c.doForm("Foot"); c.setFont("Helvetica", 8); c.drawRightString(W-60, 40, "1/2")
c.showPage()
# page 2 -- signature first, then remaining points, then letterhead
c.setFont("Helvetica", 10); c.drawString(W-250, H-400, "Il Responsabile del Servizio di Polizia Locale")
c.drawString(W-250, H-414, "Comm. Daniela Porfiri")
c.drawString(60, H-380, "Vignanello, 16.04.2026")
y = block("3. che il personale dell'Ufficio Tecnico comunale provveda alla collocazione della segnaletica prescritta almeno 48 ore prima;", 60, H-130, W-120)
y = block("4. che gli organi di Polizia Stradale di cui all'art. 12 del D.Lgs. 285/1992 siano incaricati della vigilanza sull'osservanza della presente ordinanza.", 60, y-4, W-120)
y = block("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Lazio entro 60 giorni dalla pubblicazione, ovvero ricorso al Ministero delle Infrastrutture e dei Trasporti entro 60 giorni ai sensi dell'art. 37 del Codice della Strada.", 60, y-12, W-120)
c.doForm("Letterhead"); c.doForm("Foot"); c.setFont("Helvetica", 8); c.drawRightString(W-60, 40, "2/2")
c.save()
