#!/usr/bin/env python3
"""Ciminna, Giunta Municipale deliberation n. 148 of 12/12/2028, in the
"Archimede" house style, printed by ReportLab platypus: justified paragraphs
(word spacing by Tw), a letter-spaced letterhead (Tc), the subject in a
bordered cell beside its label, number and date in a box top right, the roll
in two columns side by side."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

out = sys.argv[1]
W, H = A4

body = ParagraphStyle('b', fontName='Times-Roman', fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
cen = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='Times-Bold',
                     spaceBefore=6, spaceAfter=6, fontSize=12)
small = ParagraphStyle('s', parent=body, fontSize=9.5, leading=11.5, alignment=TA_LEFT, spaceAfter=0)
cell = ParagraphStyle('cell', parent=body, fontName='Times-Bold', fontSize=11, leading=13.5, spaceAfter=0)
lab = ParagraphStyle('lab', parent=body, fontName='Times-Bold', fontSize=11, spaceAfter=0, alignment=TA_LEFT)
pt = ParagraphStyle('pt', parent=body, leftIndent=8*mm, firstLineIndent=-6*mm)


def first_page(c, doc):
    c.saveState()
    # crest: a simple shield outline
    c.setLineWidth(0.8)
    p = c.beginPath()
    x0, y0 = 22*mm, H-38*mm
    p.moveTo(x0, y0+20*mm); p.lineTo(x0+16*mm, y0+20*mm); p.lineTo(x0+16*mm, y0+8*mm)
    p.curveTo(x0+16*mm, y0+2*mm, x0+8*mm, y0, x0+8*mm, y0)
    p.curveTo(x0+8*mm, y0, x0, y0+2*mm, x0, y0+8*mm); p.close()
    c.drawPath(p)
    c.setFont('Times-Bold', 7); c.drawCentredString(x0+8*mm, y0+11*mm, 'CIMINNA')
    # letter-spaced name of the Comune (Tc)
    c.setFont('Times-Bold', 17)
    c.drawString(44*mm, H-24*mm, 'COMUNE DI CIMINNA', charSpace=2.4)
    c.setFont('Times-Italic', 11)
    c.drawString(44*mm, H-30*mm, 'Città Metropolitana di Palermo')
    c.setFont('Times-Roman', 8.5)
    c.drawString(44*mm, H-35*mm, 'Piazza Umberto I, 1 – 90023 Ciminna (PA)')
    c.drawString(44*mm, H-38.5*mm, 'C.F. 00412350827 – Tel. 091 8204411')
    c.drawString(44*mm, H-42*mm, 'PEC: protocollo@pec.comune.ciminna.pa.it')
    # number and date box, top right
    bx, by, bw, bh = W-66*mm, H-42*mm, 48*mm, 24*mm
    c.setLineWidth(1.1); c.rect(bx, by, bw, bh)
    c.line(bx, by+bh/2, bx+bw, by+bh/2)
    c.line(bx+16*mm, by, bx+16*mm, by+bh)
    c.setFont('Times-Roman', 9)
    c.drawString(bx+2*mm, by+bh-8*mm, 'N.')
    c.drawString(bx+2*mm, by+4*mm, 'Data')
    c.setFont('Times-Bold', 14)
    c.drawString(bx+20*mm, by+bh-8.5*mm, '148')
    c.setFont('Times-Bold', 12)
    c.drawString(bx+20*mm, by+4*mm, '12/12/2028')
    c.setFont('Times-Bold', 9)
    c.drawString(bx, by+bh+2*mm, 'ORIGINALE')
    c.setLineWidth(0.5); c.line(18*mm, H-46*mm, W-18*mm, H-46*mm)
    footer(c, doc)
    c.restoreState()


def later_page(c, doc):
    c.saveState()
    c.setFont('Times-Italic', 8.5)
    c.drawString(18*mm, H-14*mm, 'Comune di Ciminna – Verbale della Giunta Municipale')
    c.setLineWidth(0.4); c.line(18*mm, H-16*mm, W-18*mm, H-16*mm)
    footer(c, doc)
    c.restoreState()


def footer(c, doc):
    c.setFont('Helvetica', 7)
    c.line(18*mm, 14*mm, W-18*mm, 14*mm)
    c.drawString(18*mm, 10*mm, 'Archimede Atti Amministrativi – modello DGM/01')
    c.drawRightString(W-18*mm, 10*mm, 'Pag. %d' % doc.page)


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm,
                      topMargin=20*mm, bottomMargin=20*mm,
                      title='Deliberazione G.M. n. 148 del 12/12/2028', author='Comune di Ciminna',
                      creator='Archimede Atti Amministrativi 4.2')
f1 = Frame(20*mm, 18*mm, W-40*mm, H-18*mm-50*mm, id='f1')
f2 = Frame(20*mm, 18*mm, W-40*mm, H-18*mm-20*mm, id='f2')
doc.addPageTemplates([PageTemplate('first', [f1], onPage=first_page, autoNextPageTemplate='later'),
                      PageTemplate('later', [f2], onPage=later_page)])

S = []
S.append(Paragraph('VERBALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE', cen))
subj = ('Approvazione del progetto esecutivo dei lavori di manutenzione straordinaria della rete '
        'idrica di Via Roma, Via Garibaldi e vie limitrofe. Atto di indirizzo per la richiesta di '
        'finanziamento regionale.')
t = Table([[Paragraph('OGGETTO:', lab), Paragraph(subj, cell)]], colWidths=[26*mm, W-40*mm-26*mm])
t.setStyle(TableStyle([('BOX', (1, 0), (1, 0), 1, colors.black),
                       ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                       ('TOPPADDING', (1, 0), (1, 0), 5), ('BOTTOMPADDING', (1, 0), (1, 0), 6),
                       ('LEFTPADDING', (1, 0), (1, 0), 6), ('RIGHTPADDING', (1, 0), (1, 0), 6)]))
S.append(t)
S.append(Spacer(1, 3*mm))
S.append(Paragraph('Proposta n. 162 del 05/12/2028 – Area proponente: Area Tecnica', small))
S.append(Spacer(1, 4*mm))
S.append(Paragraph(
    "L'anno <b>duemilaventotto</b>, il giorno <b>dodici</b> del mese di <b>dicembre</b>, alle ore "
    "13,30 e seguenti, nella Casa Comunale e nella consueta sala delle adunanze, in seguito ad "
    "invito di convocazione, si è riunita la Giunta Municipale con l'intervento dei Signori:", body))

roll = [('LO BUE Giuseppe', 'Sindaco', 'X', ''),
        ('CASCIO Rosaria', 'Vice Sindaco', 'X', ''),
        ('SCIORTINO Calogero', 'Assessore', 'X', ''),
        ('GRAZIANO Antonina', 'Assessore', '', 'X'),
        ('MESSINA Salvatore', 'Assessore', 'X', '')]
hdr = ['Cognome e Nome', 'Carica', 'P', 'A']
rows = [hdr + [''] + hdr]
left, right = roll[:3], roll[3:]
for i in range(3):
    l = list(left[i])
    r = list(right[i]) if i < len(right) else ['', '', '', '']
    rows.append(l + [''] + r)
rt = Table(rows, colWidths=[40*mm, 26*mm, 7*mm, 7*mm, 6*mm, 40*mm, 26*mm, 7*mm, 7*mm])
rt.setStyle(TableStyle([
    ('FONT', (0, 0), (-1, -1), 'Times-Roman', 10),
    ('FONT', (0, 0), (-1, 0), 'Times-Bold', 9.5),
    ('GRID', (0, 0), (3, -1), 0.5, colors.black),
    ('GRID', (5, 0), (8, -1), 0.5, colors.black),
    ('ALIGN', (2, 0), (3, -1), 'CENTER'), ('ALIGN', (7, 0), (8, -1), 'CENTER'), ('ALIGN', (2, 1), (3, -1), 'CENTER'),
]))
S.append(rt)
S.append(Spacer(1, 2*mm))
S.append(Paragraph('Presenti n. 4 &nbsp;&nbsp;&nbsp; Assenti n. 1', small))
S.append(Spacer(1, 3*mm))
S.append(Paragraph(
    "Presiede il Sindaco dott. Giuseppe Lo Bue. Partecipa il Segretario Comunale dott.ssa Rosalia "
    "Gambino, con funzioni consultive, referenti e di assistenza, che cura la verbalizzazione ai sensi "
    "dell'art. 97, comma 4, lett. a), del D.Lgs. 18 agosto 2000, n. 267.", body))
S.append(Paragraph(
    "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita "
    "i convenuti a deliberare sull'argomento in oggetto indicato.", body))
S.append(Paragraph('LA GIUNTA MUNICIPALE', cen))
for txt in [
    "Vista la proposta di deliberazione n. 162 del 05/12/2028, predisposta dal Responsabile dell'Area "
    "Tecnica, avente ad oggetto quanto in epigrafe, che si allega al presente atto per farne parte "
    "integrante e sostanziale;",
    "Premesso che la rete idrica di distribuzione del centro abitato, nel tratto compreso tra Via Roma, "
    "Via Garibaldi e le vie limitrofe, presenta perdite diffuse e ripetute rotture delle condotte in "
    "ghisa, risalenti agli anni sessanta, con frequenti interruzioni del servizio all'utenza;",
    "Visto il progetto esecutivo redatto dall'Ufficio Tecnico Comunale, dell'importo complessivo di "
    "€ 486.000,00, di cui € 372.450,00 per lavori a base d'asta comprensivi degli oneri per la "
    "sicurezza ed € 113.550,00 per somme a disposizione dell'Amministrazione;",
    "Visto il verbale di validazione del progetto sottoscritto dal Responsabile Unico del Progetto, "
    "ing. Vincenzo Panzeca, in data 02/12/2028;",
    "Visto l'avviso pubblico dell'Assessorato regionale delle Autonomie Locali e della Funzione "
    "Pubblica per il finanziamento di interventi di manutenzione straordinaria delle reti idriche "
    "comunali, con scadenza al 31/12/2028;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 53 "
    "della L. 142/1990, come recepito dalla L.R. 48/1991, e dell'art. 49 del D.Lgs. 267/2000;",
    "Vista la L.R. 15 marzo 1963, n. 16 e successive modifiche ed integrazioni (O.R.EE.LL.);",
    "Con voti unanimi favorevoli, espressi nelle forme di legge,"]:
    S.append(Paragraph(txt, body))
S.append(Paragraph('D E L I B E R A', cen))
pts = [
    "di approvare il progetto esecutivo dei lavori di manutenzione straordinaria della rete idrica di "
    "Via Roma, Via Garibaldi e vie limitrofe, dell'importo complessivo di € 486.000,00, secondo il "
    "quadro economico riportato in premessa;",
    "di dare indirizzo al Responsabile dell'Area Tecnica di presentare istanza di finanziamento a "
    "valere sull'avviso regionale citato in premessa, entro il termine del 31/12/2028;",
    "di dare atto che il Responsabile Unico del Progetto è l'ing. Vincenzo Panzeca, Responsabile "
    "dell'Area Tecnica;",
    "di dare atto che l'intervento sarà inserito nel Programma triennale dei lavori pubblici "
    "2029/2031 in sede di aggiornamento."]
for i, p in enumerate(pts, 1):
    S.append(Paragraph('%d) %s' % (i, p), pt))
S.append(Paragraph(
    "Successivamente, con separata votazione unanime, la Giunta Municipale dichiara la presente "
    "deliberazione immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. 3 dicembre 1991, "
    "n. 44, stante l'urgenza di presentare l'istanza entro il termine fissato dall'avviso.", body))
S.append(Spacer(1, 4*mm))
S.append(Paragraph('Letto, approvato e sottoscritto.', body))
S.append(Spacer(1, 3*mm))
sig = Table([['IL SINDACO', "L'ASSESSORE ANZIANO", 'IL SEGRETARIO COMUNALE'],
             ['dott. Giuseppe Lo Bue', 'Calogero Sciortino', 'dott.ssa Rosalia Gambino']],
            colWidths=[(W-40*mm)/3]*3)
sig.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Times-Bold', 10),
                         ('FONT', (0, 1), (-1, 1), 'Times-Italic', 10),
                         ('ALIGN', (0, 0), (-1, -1), 'CENTER')]))
S.append(KeepTogether([sig]))
S.append(Spacer(1, 8*mm))
S.append(Paragraph('CERTIFICATO DI PUBBLICAZIONE', cen))
S.append(Paragraph(
    "Il sottoscritto Segretario Comunale, su conforme attestazione del Messo Comunale, certifica che la "
    "presente deliberazione è stata pubblicata all'Albo Pretorio on line dal 13/12/2028 al 27/12/2028 "
    "(Reg. pubbl. n. 1917), ai sensi dell'art. 11 della L.R. 44/1991.", body))
S.append(Paragraph('IL SEGRETARIO COMUNALE<br/>dott.ssa Rosalia Gambino',
                   ParagraphStyle('r', parent=body, alignment=TA_CENTER, leftIndent=90*mm)))
doc.build(S)
