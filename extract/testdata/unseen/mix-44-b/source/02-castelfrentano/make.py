#!/usr/bin/env python3
"""Comune di Castel Frentano - deliberazione del Consiglio Comunale n. 9/2026.
ReportLab platypus: label grid, two-column roll, vote table."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont('LibSans', '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LibSans-B', '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LibSerif', '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LibSerif-B', '/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LibSerif', 0, 0, 'LibSerif'); addMapping('LibSerif', 1, 0, 'LibSerif-B')
addMapping('LibSans', 0, 0, 'LibSans'); addMapping('LibSans', 1, 0, 'LibSans-B')

out = sys.argv[1]
body = ParagraphStyle('b', fontName='LibSerif', fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
small = ParagraphStyle('s', fontName='LibSans', fontSize=8, leading=10)
cell = ParagraphStyle('c', fontName='LibSans', fontSize=9, leading=11)
cellb = ParagraphStyle('cb', parent=cell, fontName='LibSans-B')
center = ParagraphStyle('ce', parent=body, alignment=TA_CENTER, fontName='LibSerif-B', spaceBefore=6, spaceAfter=6)

SUBJECT = ("APPROVAZIONE DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, "
           "AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA – MODIFICHE AGLI ARTT. 12, 18 E 27.")

def first_page(c, doc):
    c.saveState()
    c.setStrokeColor(colors.HexColor('#1F3A68'))
    c.rect(18*mm, 262*mm, 16*mm, 20*mm)
    c.setFont('LibSans', 5.5); c.drawCentredString(26*mm, 271*mm, 'STEMMA')
    c.setFillColor(colors.HexColor('#1F3A68'))
    c.setFont('LibSans-B', 17); c.drawString(38*mm, 274*mm, 'COMUNE DI CASTEL FRENTANO')
    c.setFont('LibSans', 10); c.drawString(38*mm, 268.5*mm, 'Provincia di Chieti')
    c.setFont('LibSans', 7.5)
    c.drawString(38*mm, 264*mm, 'Piazza Vittorio Emanuele III – 66032 Castel Frentano (CH) – Tel. 0872 55001 – comune.castelfrentano@pec.it')
    c.setLineWidth(1.2); c.line(18*mm, 259*mm, 192*mm, 259*mm)
    footer(c, doc)
    c.restoreState()

def later_pages(c, doc):
    c.saveState()
    c.setFont('LibSans', 8); c.setFillColor(colors.HexColor('#1F3A68'))
    c.drawString(18*mm, 285*mm, 'COMUNE DI CASTEL FRENTANO – Deliberazione del Consiglio Comunale n. 9 del 27/02/2026')
    c.line(18*mm, 283*mm, 192*mm, 283*mm)
    footer(c, doc)
    c.restoreState()

def footer(c, doc):
    c.setFont('LibSans', 7); c.setFillColor(colors.black)
    c.line(18*mm, 16*mm, 192*mm, 16*mm)
    c.drawString(18*mm, 12*mm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate')
    c.drawRightString(192*mm, 12*mm, 'Pagina %d' % doc.page)

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=20*mm, bottomMargin=22*mm,
                      title='Deliberazione C.C. n. 9 del 27/02/2026', author='Comune di Castel Frentano',
                      subject=SUBJECT, creator='Servizio Segreteria - Gestione delibere')
f1 = Frame(18*mm, 22*mm, 174*mm, 234*mm, id='f1')
f2 = Frame(18*mm, 22*mm, 174*mm, 258*mm, id='f2')
doc.addPageTemplates([PageTemplate('first', [f1], onPage=first_page, autoNextPageTemplate='later'),
                      PageTemplate('later', [f2], onPage=later_pages)])

S = []
S.append(Paragraph('ORIGINALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE',
                   ParagraphStyle('t', parent=center, fontName='LibSans-B', fontSize=13, spaceBefore=2)))
grid = Table([
    [Paragraph('Numero', cellb), Paragraph('9', cell), Paragraph('Data', cellb), Paragraph('27/02/2026', cell),
     Paragraph('Seduta', cellb), Paragraph('Ordinaria – prima convocazione – pubblica', cell)],
    [Paragraph('Oggetto', cellb), Paragraph('<b>%s</b>' % SUBJECT, cell), '', '', '', ''],
], colWidths=[18*mm, 14*mm, 14*mm, 22*mm, 16*mm, 90*mm])
grid.setStyle(TableStyle([('GRID', (0,0), (-1,-1), 0.6, colors.HexColor('#1F3A68')),
                          ('SPAN', (1,1), (-1,1)), ('BACKGROUND', (0,0), (0,-1), colors.HexColor('#E4EAF4')),
                          ('BACKGROUND', (2,0), (2,0), colors.HexColor('#E4EAF4')),
                          ('BACKGROUND', (4,0), (4,0), colors.HexColor('#E4EAF4')),
                          ('VALIGN', (0,0), (-1,-1), 'TOP')]))
S += [grid, Spacer(1, 8)]
S.append(Paragraph("L'anno duemilaventisei addì ventisette del mese di febbraio alle ore 18:30, nella sala consiliare "
                   "del Palazzo Municipale, previa osservanza di tutte le formalità prescritte dalla vigente normativa, "
                   "vennero oggi convocati a seduta i Consiglieri Comunali. All'appello risultano:", body))
roll = [('DI NARDO GABRIELE', 'Sindaco', 'P'), ('TRAVAGLINI ELENA', 'Presidente del Consiglio', 'P'),
        ("D'ALESSANDRO MARCO", 'Consigliere', 'P'), ('PAOLINI SILVIA', 'Consigliere', 'A'),
        ('DI FELICE ROBERTO', 'Consigliere', 'P'), ('CIAMPOLI ANNALISA', 'Consigliere', 'P'),
        ('MARINUCCI LUCA', 'Consigliere', 'P'), ('DE LUCA GIOVANNA', 'Consigliere', 'P'),
        ('FALCONE DAVIDE', 'Consigliere', 'P'), ('TABASSI MONICA', 'Consigliere', 'A'),
        ('CROCE STEFANO', 'Consigliere', 'P'), ('SPADACCINI RITA', 'Consigliere', 'P'),
        ('BUCCIARELLI ENZO', 'Consigliere', 'P')]
rows = [[Paragraph('<b>N.</b>', cell), Paragraph('<b>Consigliere</b>', cell), Paragraph('<b>Carica</b>', cell), Paragraph('<b>P/A</b>', cell),
         Paragraph('<b>N.</b>', cell), Paragraph('<b>Consigliere</b>', cell), Paragraph('<b>Carica</b>', cell), Paragraph('<b>P/A</b>', cell)]]
left, right = roll[:7], roll[7:]
for i in range(7):
    r = [str(i+1), left[i][0], left[i][1], left[i][2]]
    if i < len(right):
        r += [str(i+8), right[i][0], right[i][1], right[i][2]]
    else:
        r += ['', '', '', '']
    rows.append([Paragraph(x, cell) for x in r])
rt = Table(rows, colWidths=[9*mm, 43*mm, 25*mm, 10*mm, 9*mm, 43*mm, 25*mm, 10*mm])
rt.setStyle(TableStyle([('GRID', (0,0), (-1,-1), 0.4, colors.grey), ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#E4EAF4')),
                        ('LINEAFTER', (3,0), (3,-1), 1.4, colors.HexColor('#1F3A68')), ('ALIGN', (3,0), (3,-1), 'CENTER')]))
S += [rt, Spacer(1, 4)]
S.append(Paragraph('Presenti n. 11 – Assenti n. 2', ParagraphStyle('x', parent=cell, alignment=2)))
S.append(Spacer(1, 6))
S.append(Paragraph("Assiste il Segretario Comunale Dott. Nicola Di Biase, il quale provvede alla redazione del presente verbale. "
                   "Essendo legale il numero degli intervenuti, la Dott.ssa Elena Travaglini, nella sua qualità di "
                   "Presidente del Consiglio, assume la presidenza e dichiara aperta la seduta per la trattazione "
                   "dell'argomento indicato in oggetto, iscritto al punto n. 4 dell'ordine del giorno.", body))
S.append(Paragraph('IL CONSIGLIO COMUNALE', center))
for t in [
    "<b>Premesso</b> che con deliberazione del Consiglio Comunale n. 11 del 29/04/2021 è stato approvato il Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria di cui all'art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160;",
    "<b>Ritenuto</b> necessario modificare gli artt. 12 (esenzioni), 18 (occupazioni per traslochi e cantieri) e 27 (rateizzazione) per adeguarli alle esigenze emerse nel corso della gestione 2025;",
    "<b>Visto</b> il parere favorevole del Revisore dei Conti, Dott. Carlo Mancini, reso con verbale n. 3 del 19/02/2026;",
    "<b>Visti</b> i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile dell'Area Economico-Finanziaria ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    "<b>Udita</b> la relazione dell'Assessore al Bilancio e gli interventi dei Consiglieri Croce e Tabassi, riportati nel resoconto della seduta;",
    "<b>Con la seguente votazione</b>, espressa per alzata di mano e proclamata dal Presidente:"]:
    S.append(Paragraph(t, body))
vt = Table([['Presenti', 'Votanti', 'Favorevoli', 'Contrari', 'Astenuti'], ['11', '10', '8', '2 (Croce, Spadaccini)', '1 (Bucciarelli)']],
           colWidths=[28*mm, 28*mm, 28*mm, 42*mm, 34*mm])
vt.setStyle(TableStyle([('GRID', (0,0), (-1,-1), 0.5, colors.black), ('FONT', (0,0), (-1,0), 'LibSans-B', 9),
                        ('FONT', (0,1), (-1,1), 'LibSans', 9), ('ALIGN', (0,0), (-1,-1), 'CENTER'),
                        ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#E4EAF4'))]))
S += [vt, Spacer(1, 4)]
S.append(Paragraph('DELIBERA', center))
for n, t in enumerate([
    "di approvare le modifiche agli artt. 12, 18 e 27 del Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo riportato nell'allegato A, parte integrante e sostanziale del presente atto;",
    "di dare atto che le modifiche hanno efficacia dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;",
    "di disporre la pubblicazione del Regolamento modificato nella sezione Amministrazione Trasparente del sito istituzionale."], 1):
    S.append(Paragraph('%d) %s' % (n, t), ParagraphStyle('o', parent=body, leftIndent=14, firstLineIndent=-14)))
S.append(Paragraph("Successivamente, con separata votazione (presenti 11, votanti 10, favorevoli 8, contrari 2, astenuti 1), "
                   "il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, "
                   "comma 4, del D.Lgs. 18 agosto 2000, n. 267.", body))
S.append(Spacer(1, 8))
S.append(Paragraph('Il presente verbale viene letto, approvato e sottoscritto.', body))
sig = Table([[Paragraph('<b>IL PRESIDENTE DEL CONSIGLIO</b><br/>Dott.ssa Elena Travaglini<br/><font size=7>(firmato digitalmente)</font>', ParagraphStyle('g', parent=cell, alignment=1)),
              Paragraph('<b>IL SEGRETARIO COMUNALE</b><br/>Dott. Nicola Di Biase<br/><font size=7>(firmato digitalmente)</font>', ParagraphStyle('g', parent=cell, alignment=1))]],
            colWidths=[87*mm, 87*mm])
S.append(KeepTogether([sig]))
S.append(Spacer(1, 12))
pub = Table([[Paragraph('<b>PUBBLICAZIONE</b><br/>La presente deliberazione viene pubblicata all\'Albo Pretorio on line in data odierna e vi rimarrà '
                        'per 15 giorni consecutivi. Registro delle pubblicazioni n. 287.<br/>Castel Frentano, 13/03/2026 – '
                        'L\'addetto alla pubblicazione: Sig.ra Paola Ianieri', small)]], colWidths=[174*mm])
pub.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.8, colors.black), ('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#F3F3F3'))]))
S.append(pub)
doc.build(S)
