#!/usr/bin/env python3
"""Falerna (CZ), ordinanza sindacale n. 23 del 10/09/2026.

"Asmenet" house style: centred letterhead (a ReportLab Form XObject), the
number and date in a ruled grid, the subject in a box, "O R D I N A"
letter-spaced, signature on the right, foot naming the act. The protocol's
stamp runs up the left margin, rotated 90 degrees, as the protocol program
adds it when the act leaves the office.
usage: falerna_ordinanza_rl.py OUT.pdf
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.platypus import Paragraph

out = sys.argv[1]
W, H = A4
L, R = 20 * mm, W - 20 * mm
CW = R - L
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Ordinanza sindacale n. 23/2026")
c.setCreator("Asmenet Calabria - Gestione Atti")
c.setAuthor("Comune di Falerna")

# letterhead as a form
c.beginForm("intestazione")
c.setFont("Times-Bold", 18)
c.drawCentredString(W / 2, H - 20 * mm, "COMUNE DI FALERNA")
c.setFont("Times-Italic", 11)
c.drawCentredString(W / 2, H - 25.5 * mm, "Provincia di Catanzaro")
c.setFont("Helvetica", 7.5)
c.drawCentredString(W / 2, H - 29.5 * mm, "Piazza Municipio, 1 - 88042 Falerna (CZ) - Tel. 0968 95010 - "
                    "PEC: protocollo.falerna@asmepec.it")
c.setLineWidth(0.85)
c.line(L, H - 31.5 * mm, R, H - 31.5 * mm)
c.setLineWidth(0.3)
c.line(L, H - 32.2 * mm, R, H - 32.2 * mm)
c.endForm()

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.4, alignment=TA_JUSTIFY)
pst = ParagraphStyle("p", parent=body, leftIndent=8 * mm, firstLineIndent=-8 * mm)


def para(text, y, style=body, x=L, w=CW, after=4):
    p = Paragraph(text, style)
    _, h = p.wrap(w, 1000)
    p.drawOn(c, x, y - h)
    return y - h - after


def foot(n, tot):
    c.setLineWidth(0.4)
    c.line(L, 15 * mm, R, 15 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawString(L, 11 * mm, "Comune di Falerna - Ordinanza sindacale n. 23 del 10/09/2026")
    c.drawRightString(R, 11 * mm, "Pag. %d di %d" % (n, tot))


def stamp():
    c.saveState()
    c.translate(11 * mm, 70 * mm)
    c.rotate(90)
    c.setStrokeColorRGB(0.1, 0.2, 0.6)
    c.setFillColorRGB(0.1, 0.2, 0.6)
    c.setLineWidth(0.8)
    c.roundRect(0, -3 * mm, 120 * mm, 9.5 * mm, 2 * mm)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(3 * mm, 2.6 * mm, "COMUNE DI FALERNA - PROTOCOLLO GENERALE")
    c.setFont("Helvetica", 8)
    c.drawString(3 * mm, -0.9 * mm, "Prot. N. 0007741 del 10/09/2026 - USCITA - Cat. 6 Cl. 9")
    c.restoreState()


# ---------------- page 1
c.doForm("intestazione")
stamp()
y = H - 42 * mm
c.setFont("Times-Bold", 14)
c.drawCentredString(W / 2, y, "ORDINANZA SINDACALE")
y -= 8 * mm
# grid
c.setLineWidth(0.5)
gh = 8 * mm
c.rect(L, y - gh, CW, gh)
c.line(L + CW * 0.5, y, L + CW * 0.5, y - gh)
c.setFont("Helvetica", 9.5)
c.drawString(L + 2 * mm, y - 5.4 * mm, "Ordinanza n.")
c.drawString(L + CW * 0.5 + 2 * mm, y - 5.4 * mm, "del")
c.setFont("Helvetica-Bold", 11)
c.drawString(L + 26 * mm, y - 5.4 * mm, "23")
c.drawString(L + CW * 0.5 + 10 * mm, y - 5.4 * mm, "10/09/2026")
y -= gh + 5 * mm
subj = ("DIVIETO TEMPORANEO DI BALNEAZIONE NEL TRATTO DI COSTA COMPRESO TRA IL LIDO AZZURRO E LA FOCE "
        "DEL TORRENTE CASALE, IN LOCALITÀ FALERNA MARINA, A SEGUITO DEGLI ESITI DEL CAMPIONAMENTO ARPACAL.")
top = y
c.setFont("Times-Bold", 11)
c.drawString(L + 2 * mm, y - 5 * mm, "OGGETTO:")
y2 = para("<b>%s</b>" % subj, y - 1.4 * mm, ParagraphStyle("s", parent=body, alignment=TA_LEFT),
          x=L + 25 * mm, w=CW - 27 * mm, after=0)
c.rect(L, y2 - 2 * mm, CW, top - y2 + 2 * mm)
y = y2 - 9 * mm
c.setFont("Times-Bold", 11.5)
c.drawCentredString(W / 2, y, "IL SINDACO")
y -= 6 * mm
prem = [
    "Vista la nota dell'ARPACAL - Dipartimento provinciale di Catanzaro, prot. n. 38412 del 09/09/2026, "
    "acquisita in pari data al prot. n. 7719, con la quale si comunica che il campione di acque di "
    "balneazione prelevato il 07/09/2026 nel punto di monitoraggio \"Falerna - Foce Casale\" ha "
    "evidenziato valori di <i>Escherichia coli</i> ed <i>Enterococchi intestinali</i> superiori ai limiti "
    "previsti dal D.M. 30 marzo 2010;",
    "Visto il D.Lgs. 30 maggio 2008, n. 116, e in particolare l'art. 15, che attribuisce al Comune "
    "l'adozione dei provvedimenti di divieto temporaneo di balneazione;",
    "Ritenuto necessario, a tutela della salute pubblica, disporre con urgenza il divieto di balneazione "
    "nel tratto di costa interessato, in attesa degli esiti del campionamento suppletivo;",
    "Visto l'art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267;",
]
for p in prem:
    y = para(p, y)
y -= 6 * mm
# letter-spaced heading, as the model has it
txt = "ORDINA"
cs = 5.0
w = stringWidth(txt, "Times-Bold", 12) + cs * (len(txt) - 1)
c.saveState()
t = c.beginText(W / 2 - w / 2, y)
t.setFont("Times-Bold", 12)
t.setCharSpace(cs)
t.textOut(txt)
t.setCharSpace(0)
c.drawText(t)
c.restoreState()
y -= 7 * mm
pts = [
    "il divieto temporaneo di balneazione, con decorrenza immediata e fino a revoca, nel tratto di costa "
    "compreso tra il Lido Azzurro e la foce del torrente Casale, in località Falerna Marina, per una "
    "estensione di 200 metri per parte dal punto di monitoraggio;",
    "al Responsabile dell'Area Tecnica di provvedere all'immediata apposizione, lungo il tratto di costa "
    "interessato, della segnaletica di divieto prevista dall'art. 15 del D.Lgs. n. 116/2008;",
    "al Comando di Polizia Locale e agli altri organi di polizia di vigilare sull'osservanza della presente "
    "ordinanza.",
]
for i, p in enumerate(pts, 1):
    y = para("%d.&nbsp;&nbsp;&nbsp;%s" % (i, p), y, pst)
foot(1, 2)
c.showPage()

# ---------------- page 2
c.doForm("intestazione")
y = H - 44 * mm
c.setFont("Times-Bold", 11.5)
c.drawCentredString(W / 2, y, "DISPONE")
y -= 7 * mm
y = para("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale del "
         "Comune e trasmessa all'ARPACAL, all'Azienda Sanitaria Provinciale di Catanzaro, alla Capitaneria "
         "di Porto di Vibo Valentia Marina, alla Regione Calabria - Dipartimento Tutela dell'Ambiente, alla "
         "Stazione Carabinieri di Falerna e al Comando di Polizia Locale.", y)
y -= 3 * mm
c.setFont("Times-Bold", 11.5)
c.drawCentredString(W / 2, y, "AVVERTE")
y -= 7 * mm
y = para("che i trasgressori sono puniti ai sensi dell'art. 7-bis del D.Lgs. n. 267/2000 e che avverso la "
         "presente ordinanza è ammesso ricorso al Tribunale Amministrativo Regionale per la Calabria entro "
         "60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro "
         "120 giorni.", y)
y -= 10 * mm
c.setFont("Times-Roman", 11)
c.drawString(L, y, "Falerna, 10/09/2026")
c.setFont("Times-Bold", 11)
c.drawCentredString(R - 40 * mm, y, "IL SINDACO")
c.setFont("Times-Roman", 11)
c.drawCentredString(R - 40 * mm, y - 6 * mm, "avv. Francesco Mazzei")
c.setFont("Times-Italic", 8)
c.drawCentredString(R - 40 * mm, y - 10.5 * mm, "(documento firmato digitalmente)")
foot(2, 2)
c.showPage()
c.save()
