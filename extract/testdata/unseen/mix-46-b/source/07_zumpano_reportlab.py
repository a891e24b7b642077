# Ordinanza sindacale, Comune di Zumpano -- ReportLab canvas + frames, base-14 Times/Helvetica (not embedded),
# register data in a left margin column
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer

out = sys.argv[1]
W, H = A4
body = ParagraphStyle('b', fontName='Times-Roman', fontSize=11.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=6)
ctr = ParagraphStyle('c', parent=body, fontName='Times-Bold', alignment=TA_CENTER, fontSize=12.5, spaceBefore=6, spaceAfter=8)
num = ParagraphStyle('n', parent=body, leftIndent=18, firstLineIndent=-18)

def first(c, doc):
    c.saveState()
    c.setFont('Times-Bold', 20); c.drawCentredString(W/2 + 18*mm, H - 22*mm, 'COMUNE DI ZUMPANO')
    c.setFont('Times-Italic', 11); c.drawCentredString(W/2 + 18*mm, H - 28*mm, 'Provincia di Cosenza')
    c.setFont('Helvetica', 7.5); c.drawCentredString(W/2 + 18*mm, H - 33*mm, 'Via Municipio 2 - 87040 Zumpano (CS) - tel. 0984 442019 - protocollo.zumpano@asmepec.it')
    c.setLineWidth(1.2); c.line(58*mm, H - 36*mm, W - 18*mm, H - 36*mm)
    margin(c, doc)
    c.restoreState()

def margin(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor('#f1ede4')); c.rect(12*mm, 20*mm, 38*mm, H - 32*mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.HexColor('#8a6d3b')); c.rect(15*mm, H - 42*mm, 32*mm, 26*mm)
    c.setFont('Helvetica', 5.5); c.drawCentredString(31*mm, H - 30*mm, 'STEMMA DEL COMUNE')
    y = H - 78*mm
    for lab, val in [('ORDINANZA', 'N. 9'), ('DATA', '14/04/2026'), ('PROTOCOLLO', 'n. 2874'), ('SETTORE', 'Polizia Locale'),
                     ('PUBBLICAZIONE ALBO', 'dal 14/04/2026'), ('', 'al 29/04/2026')]:
        if lab:
            c.setFont('Helvetica', 6.5); c.drawString(15*mm, y, lab); y -= 4.5*mm
        c.setFont('Helvetica-Bold', 9.5); c.drawString(15*mm, y, val); y -= 7*mm
    c.setFont('Helvetica', 7); c.drawString(15*mm, 26*mm, 'Pag. %d' % doc.page)
    c.setFont('Helvetica', 6.2)
    c.drawString(56*mm, 13*mm, 'Documento firmato digitalmente ai sensi dell\'art. 21 del D.Lgs. 82/2005. La copia cartacea è conforme all\'originale informatico.')
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, title='Ordinanza n. 9/2026', author='Comune di Zumpano', creator='Ufficio Polizia Locale')
doc.addPageTemplates([PageTemplate('first', [Frame(56*mm, 20*mm, W - 74*mm, H - 62*mm, id='f1')], onPage=first, autoNextPageTemplate='next'),
                      PageTemplate('next', [Frame(56*mm, 20*mm, W - 74*mm, H - 38*mm, id='f2')], onPage=margin)])
S = []
S.append(Paragraph('ORDINANZA SINDACALE N. 9 DEL 14/04/2026', ParagraphStyle('t', fontName='Helvetica-Bold', fontSize=13, alignment=TA_CENTER, spaceAfter=8)))
S.append(Paragraph('<b>OGGETTO:</b> Chiusura temporanea al transito veicolare di Via Risorgimento per lavori di rifacimento della rete idrica '
                   'dal 20 al 30 aprile 2026.', body))
S.append(Paragraph('IL SINDACO', ctr))
for p in [
    "Vista la nota prot. n. 2801 del 10/04/2026 con la quale il Responsabile dell'Area Tecnica comunica che, nell'ambito dell'intervento di "
    "efficientamento della rete idrica comunale finanziato con fondi PNRR, la ditta esecutrice dovrà operare sulla carreggiata di Via Risorgimento, "
    "nel tratto compreso tra Piazza San Giorgio e l'incrocio con Via Santa Maria;",
    "Considerato che la larghezza della sede stradale non consente il transito dei veicoli in condizioni di sicurezza durante l'esecuzione degli scavi;",
    "Sentito il Comandante della Polizia Locale;",
    "Visti gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo regolamento di esecuzione;",
    "Visto l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;"]:
    S.append(Paragraph(p, body))
S.append(Paragraph('ORDINA', ctr))
for i, p in enumerate([
    "la chiusura al transito veicolare di Via Risorgimento, nel tratto compreso tra Piazza San Giorgio e l'incrocio con Via Santa Maria, "
    "dalle ore 7:30 del 20 aprile 2026 alle ore 18:00 del 30 aprile 2026, eccetto i mezzi di soccorso e quelli della ditta esecutrice;",
    "il divieto di sosta con rimozione forzata su entrambi i lati della carreggiata nel medesimo tratto e per il medesimo periodo;",
    "l'istituzione del percorso alternativo attraverso Via Santa Maria e Via Roma, debitamente segnalato."], 1):
    S.append(Paragraph('%d.&nbsp;&nbsp;%s' % (i, p), num))
S.append(Paragraph('DISPONE', ctr))
S.append(Paragraph("che la ditta esecutrice provveda all'apposizione della prescritta segnaletica almeno 48 ore prima dell'inizio dei lavori; "
                   "che la presente ordinanza sia pubblicata all'Albo Pretorio on line e trasmessa al competente Comando Stazione Carabinieri "
                   "e alla Polizia Locale per i controlli di competenza.", body))
S.append(Paragraph("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Calabria entro 60 giorni dalla pubblicazione, ovvero ricorso "
                   "al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del D.Lgs. 285/1992.", body))
S.append(Spacer(1, 6))
S.append(Paragraph('Zumpano, 14/04/2026', body))
S.append(Spacer(1, 4))
sig = ParagraphStyle('s', parent=body, alignment=TA_CENTER, leftIndent=60*mm)
S.append(Paragraph('IL SINDACO<br/>Dott. Francesco Perri<br/><font size="8">(firmato digitalmente)</font>', sig))
doc.build(S)
