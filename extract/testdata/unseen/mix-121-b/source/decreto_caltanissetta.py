#!/usr/bin/env python3
"""Comune di Caltanissetta - decreto del Sindaco on the pre-printed Cityware form
of the Segreteria: the form's blanks are runs of underscores printed as text, and
the values (number, date, place and date, the Sindaco's name) are typed OVER them
in Courier by the form filler, 1.2 pt above the baseline; the subject is typed
over the form's ruled lines.  ReportLab canvas; body paragraphs justified
(Tw) with platypus Paragraphs drawn on the canvas."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "decreto-caltanissetta-cityware.pdf"
W, H = A4
LM = 22 * mm
RM = W - 20 * mm

c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setTitle("Decreto del Sindaco n. 21/2027")
c.setAuthor("Comune di Caltanissetta")
c.setCreator("Cityware - Modulistica Segreteria")


def centred(y, text, font, size):
    c.setFont(font, size)
    c.drawCentredString(W / 2, y, text)


def blank(x, y, n, value=None, vfont="Courier-Bold", vsize=11, dx=4):
    """print a run of n underscores and type the value over it."""
    c.setFont("Helvetica", 10)
    c.drawString(x, y, "_" * n)
    if value:
        c.setFont(vfont, vsize)
        c.drawString(x + dx, y + 1.2, value)
    return x + stringWidth("_" * n, "Helvetica", 10)


# crest and pre-printed heading (form template)
c.setStrokeColorRGB(0.1, 0.25, 0.45); c.setFillColorRGB(0.85, 0.89, 0.95)
p = c.beginPath(); x0, y0 = LM, H - 40 * mm
p.moveTo(x0, y0 + 22 * mm); p.lineTo(x0 + 16 * mm, y0 + 22 * mm); p.lineTo(x0 + 16 * mm, y0 + 8 * mm)
p.curveTo(x0 + 16 * mm, y0 + 2 * mm, x0 + 10 * mm, y0, x0 + 8 * mm, y0 - 1 * mm)
p.curveTo(x0 + 6 * mm, y0, x0, y0 + 2 * mm, x0, y0 + 8 * mm); p.close()
c.drawPath(p, fill=1, stroke=1)
c.setFillColorRGB(0, 0, 0)
centred(H - 22 * mm, "COMUNE DI CALTANISSETTA", "Times-Bold", 17)
centred(H - 28.5 * mm, "DIREZIONE I \u2013 AFFARI GENERALI", "Times-Bold", 11)
centred(H - 33.5 * mm, "SERVIZIO 1 \u2013 SEGRETERIA GENERALE E ORGANI ISTITUZIONALI", "Times-Roman", 10.5)
centred(H - 38 * mm, "U.O. Atti e Provvedimenti del Sindaco", "Times-Italic", 10)
c.setLineWidth(0.6); c.line(LM, H - 42 * mm, RM, H - 42 * mm)

centred(H - 52 * mm, "DECRETO DEL SINDACO", "Helvetica-Bold", 15)
y = H - 62 * mm
c.setFont("Helvetica", 10); c.drawString(LM + 30 * mm, y, "N.")
x = blank(LM + 36 * mm, y, 12, "21", dx=14)
c.setFont("Helvetica", 10); c.drawString(x + 6, y, "del")
blank(x + 26, y, 20, "15/09/2027", dx=8)

# subject lines: label + three blanks with the subject typed over them
y -= 13 * mm
c.setFont("Helvetica-Bold", 10); c.drawString(LM, y, "OGGETTO:")
subj_lines = ["Conferimento dell'incarico di direzione della",
              "Direzione III - Servizi Sociali e Pubblica Istruzione",
              "alla dott.ssa Rosalba Ferlisi."]
for i, s in enumerate(subj_lines):
    yy = y - i * 7 * mm
    # the subject's blanks are ruled lines of the form (vector), not underscores
    c.setLineWidth(0.5); c.line(LM + 20 * mm, yy - 1.5, RM, yy - 1.5)
    c.setFont("Courier-Bold", 10.5)
    c.drawString(LM + 22 * mm, yy + 1.2, s)
y -= 3 * 7 * mm + 3 * mm

centred(y, "IL SINDACO", "Times-Bold", 12)
y -= 6 * mm

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.8, leading=13.8, alignment=TA_JUSTIFY, spaceAfter=4)
pts = ParagraphStyle("p", parent=body, leftIndent=7 * mm, firstLineIndent=-7 * mm)


def para(text, style=body):
    global y
    pp = Paragraph(text, style)
    w, h = pp.wrap(RM - LM, y)
    pp.drawOn(c, LM, y - h)
    y -= h + 4


para("<b>Premesso</b> che con deliberazione di Giunta Comunale n. 98 del 26/06/2027 è stata approvata la "
     "nuova macrostruttura dell'Ente, articolata in cinque Direzioni, a loro volta articolate in Servizi e "
     "Unità operative, con decorrenza dal 1° luglio 2027;")
para("<b>Considerato</b> che la Direzione III - Servizi Sociali e Pubblica Istruzione è vacante dal 1° settembre "
     "2027 per il collocamento in quiescenza del dirigente titolare e che occorre assicurare la continuità "
     "dell'azione amministrativa e la gestione delle risorse assegnate con il Piano Esecutivo di Gestione;")
para("<b>Visto</b> l'esito della procedura comparativa di cui all'avviso interno prot. n. 88214 del 28/07/2027, "
     "dal quale la dott.ssa Rosalba Ferlisi, dirigente amministrativo a tempo indeterminato, è risultata in "
     "possesso delle competenze e dell'esperienza più adeguate all'incarico;")
para("<b>Visti</b> gli articoli 50, comma 10, e 109 del D.Lgs. 18 agosto 2000, n. 267, come recepiti dalla "
     "legislazione regionale siciliana, l'art. 19 del D.Lgs. 30 marzo 2001, n. 165, e il vigente Regolamento "
     "sull'ordinamento degli uffici e dei servizi;")
y -= 4 * mm
centred(y, "DECRETA", "Times-Bold", 12)
y -= 5 * mm
for i, t in enumerate([
        "di conferire alla dott.ssa Rosalba Ferlisi l'incarico di direzione della Direzione III - Servizi Sociali "
        "e Pubblica Istruzione, con decorrenza dal 16/09/2027 e fino al 31/12/2028, e comunque non oltre la "
        "scadenza del mandato del Sindaco;",
        "di attribuire alla dirigente le funzioni di cui all'art. 107 del D.Lgs. n. 267/2000 e la retribuzione di "
        "posizione prevista per la fascia A dalla vigente metodologia di graduazione;",
        "di dare atto che la dirigente ha reso la dichiarazione sull'insussistenza di cause di inconferibilità e "
        "incompatibilità di cui al D.Lgs. 8 aprile 2013, n. 39, pubblicata nella sezione Amministrazione "
        "Trasparente;",
        "di notificare il presente decreto all'interessata e di trasmetterlo al Segretario Generale, ai dirigenti e "
        "alla Direzione II - Servizi Finanziari, disponendone la pubblicazione all'Albo Pretorio on line."], 1):
    para("%d.&nbsp;&nbsp;%s" % (i, t), pts)

y -= 4 * mm
c.setFont("Helvetica", 10); c.drawString(LM, y, "Caltanissetta,")
blank(LM + 24 * mm, y, 20, "15/09/2027", dx=8)
y -= 10 * mm
centred_x = RM - 40 * mm
c.setFont("Times-Bold", 11); c.drawCentredString(centred_x, y, "IL SINDACO")
y -= 8 * mm
c.setFont("Helvetica", 10); c.drawCentredString(centred_x, y, "_" * 36)
c.setFont("Courier-Bold", 10.5); c.drawCentredString(centred_x, y + 1.2, "avv. Calogero Riggi")
y -= 5 * mm
c.setFont("Times-Italic", 8); c.drawCentredString(centred_x, y, "firmato digitalmente ai sensi del D.Lgs. 82/2005")

# notification box, pre-printed with blanks left empty
y -= 9 * mm
c.setLineWidth(0.5); c.rect(LM, y - 14 * mm, RM - LM, 18 * mm)
c.setFont("Helvetica-Bold", 8.5); c.drawString(LM + 3 * mm, y - 1 * mm, "RELATA DI NOTIFICA")
c.setFont("Helvetica", 8.5)
c.drawString(LM + 3 * mm, y - 7 * mm, "Notificato all'interessata in data ____________________ mediante PEC prot. n. ____________")
c.drawString(LM + 3 * mm, y - 12 * mm, "Il messo comunale ______________________________")

c.setFont("Helvetica", 7); c.drawString(LM, 8 * mm, "Cityware - Modulistica Segreteria - mod. DS/01 rev. 3")
c.drawRightString(RM, 8 * mm, "pag. 1 di 1")
c.showPage()
c.save()
