# Comune di Petritoli - convocation of the Consiglio comunale: letterhead and foot are Form XObjects
# reused on every page; body in standard Times justified with Tw; letter-spaced title (Tc)
from common import *
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
PW, PH = A4
c = canvas.Canvas(out('convocazione-petritoli-halley.pdf'), pagesize=A4)
c.setTitle('Convocazione Consiglio comunale 30/03/2026'); c.setCreator('Halley - Segreteria / Organi istituzionali'); c.setAuthor('Comune di Petritoli')
# --- Form XObjects
c.beginForm('Intestazione')
c.setLineWidth(0.6); c.rect(60, PH - 112, 44, 52)
c.setFont('Helvetica', 5.5); c.drawCentredString(82, PH - 88, 'STEMMA')
c.setFont('Times-Bold', 20); c.drawString(116, PH - 80, 'COMUNE DI PETRITOLI')
c.setFont('Times-Roman', 10.5); c.drawString(116, PH - 95, 'Provincia di Fermo')
c.setFont('Times-Italic', 9); c.drawString(116, PH - 108, 'Ufficio Segreteria – Organi istituzionali')
c.line(60, PH - 120, PW - 60, PH - 120)
c.endForm()
c.beginForm('Piede')
c.line(60, 46, PW - 60, 46)
c.setFont('Helvetica', 7)
c.drawCentredString(PW/2, 36, 'Piazza della Rocca, 1 – 63848 Petritoli (FM) – Tel. 0734 658141 – PEC: comune.petritoli@emarche.it')
c.drawCentredString(PW/2, 27, 'C.F. 81000970449 – P.IVA 00357940444')
c.endForm()
B = ParagraphStyle('b', fontName='Times-Roman', fontSize=11.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=6)
L = ParagraphStyle('l', parent=B, alignment=TA_LEFT, spaceAfter=0)
OD = ParagraphStyle('od', parent=B, leftIndent=26, firstLineIndent=-18, spaceAfter=4)
def page(story, n, title=False):
    c.doForm('Intestazione'); c.doForm('Piede')
    c.setFont('Helvetica', 7); c.drawRightString(PW - 60, 16, 'Pag. %d di 2' % n)
    top = PH - 130
    if title:
        c.setFont('Times-Roman', 11); c.drawString(60, top - 16, 'Prot. n. 2214')
        c.drawRightString(PW - 60, top - 16, 'Petritoli, 20/03/2026')
        f = Frame(PW - 300, top - 112, 240, 84, showBoundary=0)
        f.addFromList([Paragraph('Ai Signori Consiglieri comunali', L), Paragraph('Al Segretario comunale', L),
                       Paragraph('Al Revisore dei conti', L), Paragraph('e, p.c., Al Prefetto di Fermo', L)], c)
        t = c.beginText(); t.setFont('Times-Bold', 13.5); t.setCharSpace(3.2)
        s = 'CONVOCAZIONE DEL CONSIGLIO COMUNALE'
        from reportlab.pdfbase.pdfmetrics import stringWidth
        w = stringWidth(s, 'Times-Bold', 13.5) + 3.2 * (len(s) - 1)
        t.setTextOrigin(PW/2 - w/2, top - 136); t.textOut(s); t.setCharSpace(0); c.drawText(t)
        top -= 150
    f = Frame(60, 56, PW - 120, top - 56, showBoundary=0)
    f.addFromList(story, c)
    c.showPage()
s1 = [Paragraph('IL SINDACO', ParagraphStyle('c', parent=B, alignment=TA_CENTER, fontName='Times-Bold')),
 Paragraph('Visti l\'art. 39 del D.Lgs. 18 agosto 2000, n. 267, e gli artt. 11 e 12 del vigente Regolamento per il funzionamento del Consiglio comunale, approvato con deliberazione consiliare n. 21 del 28/06/2018;', B),
 Paragraph('<b>CONVOCA</b> il Consiglio comunale in sessione ordinaria, in seduta pubblica di prima convocazione, per il giorno <b>lunedì 30 marzo 2026 alle ore 21:00</b>, presso la Sala consiliare del Palazzo municipale, e, occorrendo, in seconda convocazione per il giorno <b>martedì 31 marzo 2026 alle ore 21:00</b>, nella stessa sede, per la trattazione del seguente', B),
 Paragraph('<b>ORDINE DEL GIORNO</b>', ParagraphStyle('c2', parent=B, alignment=TA_CENTER)),
]
odg = ['Lettura e approvazione dei verbali della seduta precedente.',
       'Comunicazioni del Sindaco.',
       'Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 e del bilancio di previsione finanziario 2026-2028.',
       'Approvazione delle aliquote dell\'Imposta Municipale Propria (IMU) per l\'anno 2026.',
       'Approvazione del Piano Economico Finanziario e delle tariffe TARI 2026.',
       'Regolamento comunale per la concessione in uso temporaneo dei locali dell\'ex scuola elementare di Moregnano: approvazione.',
       'Interrogazione del gruppo consiliare "Petritoli Futura" in merito alla viabilità di contrada San Vito.']
for i, x in enumerate(odg, 1):
    s1.append(Paragraph('%d. %s' % (i, x), OD))
page(s1, 1, title=True)
s2 = [Paragraph('<b>AVVERTENZE</b>', B),
 Paragraph('La documentazione relativa agli argomenti iscritti all\'ordine del giorno è depositata presso l\'Ufficio Segreteria e consultabile dai Consiglieri, negli orari di apertura, a decorrere dal terzo giorno precedente la seduta; gli atti relativi al bilancio sono depositati nei termini previsti dal Regolamento di contabilità.', B),
 Paragraph('I Consiglieri impossibilitati a intervenire sono pregati di darne comunicazione all\'Ufficio Segreteria. La seduta sarà trasmessa in diretta streaming sul canale istituzionale del Comune.', B),
 Paragraph('Il presente avviso è pubblicato all\'Albo Pretorio on line e sul sito istituzionale dell\'Ente.', B),
 Paragraph('<br/><br/>IL SINDACO<br/><b>Luca Vitali</b><br/><font size=8>Documento firmato digitalmente ai sensi dell\'art. 21 del D.Lgs. 82/2005</font>', ParagraphStyle('f', parent=B, alignment=TA_CENTER, leftIndent=240))]
page(s2, 2)
c.save()
