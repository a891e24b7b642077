# Cursi (LE) - ordinanza of the Polizia Locale, Hypersic-like house style; reportlab: letterhead, register box and foot are Form XObjects;
# blocks drawn out of reading order (signature and ORDINA first, then premises, heading last)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4); c.setCreator("Hypersic Atti - PDF Engine 4"); c.setTitle("Ordinanza n. 11/2026")
L, R = 70, 525
def wrap(s, font, size, w):
    out, cur = [], ""
    for wd in s.split():
        t = (cur + " " + wd).strip()
        if stringWidth(t, font, size) > w: out.append(cur); cur = wd
        else: cur = t
    return out + [cur]
def block(y, s, font="Times-Roman", size=10.5, indent=0, lead=13.5):
    for ln in wrap(s, font, size, R - L - indent):
        c.setFont(font, size); c.drawString(L + indent, y, ln); y -= lead
    return y - 3
c.beginForm("head")
c.setFont("Times-Bold", 16); c.drawCentredString(300, 805, "COMUNE DI CURSI"); c.setFont("Times-Roman", 10); c.drawCentredString(300, 791, "Provincia di Lecce")
c.setFont("Times-Italic", 9.5); c.drawCentredString(300, 778, "Settore Polizia Locale - Ufficio Viabilità e Traffico"); c.line(L, 772, R, 772)
c.endForm()
c.beginForm("box")
c.rect(R - 150, 735, 150, 28); c.setFont("Helvetica-Bold", 9); c.drawString(R - 144, 752, "ORDINANZA N. 11/2026 R.O."); c.setFont("Helvetica", 8.5); c.drawString(R - 144, 741, "Cursi, 16 aprile 2026")
c.endForm()
c.beginForm("foot")
c.setFont("Times-Italic", 7.5); c.drawCentredString(300, 30, "Comune di Cursi - Piazza Pio XII - 73020 Cursi (LE) - Polizia Locale tel. 0836 427011")
c.endForm()
# signature first
c.setFont("Times-Bold", 10.5); c.drawCentredString(430, 150, "IL RESPONSABILE DEL SETTORE POLIZIA LOCALE")
c.setFont("Times-Roman", 10.5); c.drawCentredString(430, 136, "Comm. Sup. Daniela Tarantino"); c.setFont("Times-Italic", 8.5); c.drawCentredString(430, 123, "(firmato digitalmente)")
# ORDINA block
y = 455
c.setFont("Times-Bold", 11); c.drawCentredString(300, y, "ORDINA"); y -= 18
for i, s in enumerate(["dalle ore 8:00 del 25/04/2026 alle ore 24:00 del 26/04/2026 il divieto di transito e di sosta con rimozione forzata a tutti i veicoli in Piazza Pio XII, via Vittorio Emanuele II e via Immacolata;",
                       "l'istituzione del senso unico alternato regolato da movieri in via Melpignano, nel tratto compreso tra via Roma e via Cavour, per la durata della manifestazione;",
                       "l'esclusione dai divieti dei veicoli di soccorso, delle forze dell'ordine e dei mezzi al servizio di persone con disabilità munite di contrassegno;",
                       "all'Ufficio Tecnico comunale di provvedere alla collocazione della prescritta segnaletica almeno 48 ore prima dell'entrata in vigore dei divieti."], 1):
    c.setFont("Times-Roman", 10.5); c.drawString(L, y, "%d." % i); y = block(y, s, indent=16)
y = block(y - 4, "Avverso la presente ordinanza è ammesso ricorso al T.A.R. Puglia, sezione di Lecce, entro 60 giorni, ovvero ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del Codice della Strada.", size=9.5, lead=12)
# premises
y = 640
c.setFont("Times-Bold", 11); c.drawCentredString(300, y, "IL RESPONSABILE DEL SETTORE POLIZIA LOCALE"); y -= 18
for s in ["VISTA la richiesta prot. n. 3871 del 09/04/2026 dell'Associazione Pro Loco Cursi, organizzatrice della manifestazione \u201cCursi in Pietra - Mostra mercato della pietra leccese\u201d in programma nei giorni 25 e 26 aprile 2026;",
          "CONSIDERATO che per garantire la sicurezza dei visitatori e lo svolgimento delle attività espositive occorre interdire la circolazione nell'area del centro storico interessata dagli stand;",
          "VISTI gli articoli 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 e l'art. 107 del D.Lgs. n. 267/2000;"]:
    y = block(y, s)
# heading and subject last
c.setFont("Times-Bold", 13); c.drawCentredString(300, 715, "ORDINANZA DIRIGENZIALE")
c.setFont("Times-Bold", 10.5); c.drawString(L, 695, "OGGETTO:")
yy = 695
for i, ln in enumerate(wrap("Disciplina temporanea della circolazione veicolare in Piazza Pio XII e vie limitrofe in occasione della manifestazione \u201cCursi in Pietra\u201d del 25 e 26 aprile 2026.", "Times-Roman", 10.5, R - L - 56)):
    c.setFont("Times-Roman", 10.5); c.drawString(L + 56, yy, ln); yy -= 13.5
c.doForm("foot"); c.doForm("box"); c.doForm("head")
c.showPage(); c.save()
