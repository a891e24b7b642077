# ReportLab (platypus): band-report style print of a determinazione dirigenziale,
# label grid at the top, running head from page 2, page x/y foot.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DejaVuSans', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DejaVuSans-Bold', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DejaVuSans-Oblique', FD + 'DejaVuSans-Oblique.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('DejaVuSans', normal='DejaVuSans', bold='DejaVuSans-Bold', italic='DejaVuSans-Oblique', boldItalic='DejaVuSans-Bold')

out = sys.argv[1]
W, H = A4
base = ParagraphStyle('b', fontName='DejaVuSans', fontSize=9, leading=12.2, alignment=TA_JUSTIFY, spaceAfter=3)
ctr = ParagraphStyle('c', parent=base, alignment=TA_CENTER, fontName='DejaVuSans-Bold', fontSize=10, spaceBefore=6, spaceAfter=4)
lab = ParagraphStyle('l', parent=base, alignment=0, fontName='DejaVuSans-Bold', fontSize=7.5, leading=9, textColor=colors.HexColor('#333333'))
val = ParagraphStyle('v', parent=base, fontSize=9, leading=11, alignment=0)

NUM, DATA = '87', '12/02/2026'

def first(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor('#8a1f1f')); c.rect(18*mm, H-31*mm, 2.2*mm, 15*mm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont('DejaVuSans-Bold', 13.5); c.drawString(24*mm, H-20*mm, 'Unione dei Comuni Circondario dell’Empolese Valdelsa')
    c.setFont('DejaVuSans', 7.8)
    c.drawString(24*mm, H-25*mm, 'Capraia e Limite · Castelfiorentino · Cerreto Guidi · Certaldo · Empoli · Fucecchio · Gambassi Terme')
    c.drawString(24*mm, H-29*mm, 'Montaione · Montelupo Fiorentino · Montespertoli · Vinci  —  Piazza della Vittoria, 54 – 50053 Empoli (FI)')
    c.setStrokeColor(colors.HexColor('#8a1f1f')); c.setLineWidth(0.8); c.line(18*mm, H-33*mm, W-18*mm, H-33*mm)
    foot(c, doc); c.restoreState()

def later(c, doc):
    c.saveState()
    c.setFont('DejaVuSans', 7.5)
    c.drawString(18*mm, H-14*mm, 'Unione dei Comuni Circondario dell’Empolese Valdelsa')
    c.drawRightString(W-18*mm, H-14*mm, f'Determinazione n. {NUM} del {DATA}')
    c.setLineWidth(0.4); c.line(18*mm, H-15.5*mm, W-18*mm, H-15.5*mm)
    foot(c, doc); c.restoreState()

def foot(c, doc):
    c.setFont('DejaVuSans', 7)
    c.line(18*mm, 15*mm, W-18*mm, 15*mm)
    c.drawString(18*mm, 11*mm, 'Documento sottoscritto con firma digitale ai sensi dell’art. 24 del D.Lgs. 7 marzo 2005, n. 82')
    c.drawRightString(W-18*mm, 11*mm, f'Pag. {doc.page}/{doc._pages_total}')

class Doc(BaseDocTemplate):
    _pages_total = 2
    def __init__(self, fn, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=20*mm, bottomMargin=20*mm,
                         title=f'Determinazione n. {NUM} del {DATA}', author='Unione dei Comuni Circondario dell’Empolese Valdelsa', **kw)
        f1 = Frame(18*mm, 20*mm, W-36*mm, H-56*mm, id='f1')
        f2 = Frame(18*mm, 20*mm, W-36*mm, H-40*mm, id='f2')
        self.addPageTemplates([PageTemplate('first', [f1], onPage=first, autoNextPageTemplate='later'),
                               PageTemplate('later', [f2], onPage=later)])

story = []
story.append(Paragraph('SETTORE SERVIZI AMMINISTRATIVI E RISORSE UMANE', ParagraphStyle('s', parent=base, fontName='DejaVuSans-Bold', fontSize=10, spaceAfter=0)))
story.append(Paragraph('Servizio Gestione Associata del Personale', ParagraphStyle('s2', parent=base, fontName='DejaVuSans-Oblique', fontSize=9, spaceAfter=6)))
story.append(Paragraph('DETERMINAZIONE DIRIGENZIALE', ParagraphStyle('t', parent=ctr, fontSize=12.5, spaceBefore=2)))

grid = [[Paragraph('Numero registro generale', lab), Paragraph('Data adozione', lab), Paragraph('Numero proposta', lab), Paragraph('Data proposta', lab), Paragraph('Classificazione', lab)],
        [Paragraph(NUM, val), Paragraph(DATA, val), Paragraph('104', val), Paragraph('09/02/2026', val), Paragraph('03.05 – Concorsi e selezioni', val)]]
t = Table(grid, colWidths=[36*mm, 28*mm, 28*mm, 28*mm, 54*mm])
t.setStyle(TableStyle([('GRID', (0,0), (-1,-1), 0.5, colors.grey), ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#f1e6e6')), ('VALIGN', (0,0), (-1,-1), 'TOP')]))
story += [t, Spacer(1, 6)]

subj = 'Approvazione dei verbali e della graduatoria finale del concorso pubblico, per esami, per la copertura di n. 2 posti di Istruttore di Vigilanza – Area degli Istruttori – a tempo pieno e indeterminato presso il Corpo di Polizia Municipale dell’Unione.'
o = Table([[Paragraph('<b>Oggetto:</b>', val), Paragraph(subj, ParagraphStyle('o', parent=val, fontName='DejaVuSans-Bold'))]], colWidths=[22*mm, 152*mm])
o.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.8, colors.black), ('VALIGN', (0,0), (-1,-1), 'TOP'), ('TOPPADDING', (0,0), (-1,-1), 4), ('BOTTOMPADDING', (0,0), (-1,-1), 5)]))
story += [o, Spacer(1, 6)]

story.append(Paragraph('LA DIRIGENTE', ctr))
for txt in [
 '<b>Visto</b> il decreto del Presidente dell’Unione n. 21 del 29/12/2025, con il quale è stato conferito alla sottoscritta l’incarico di direzione del Settore Servizi Amministrativi e Risorse Umane;',
 '<b>Richiamata</b> la propria determinazione n. 612 del 15/10/2025, con la quale è stato indetto il concorso pubblico, per esami, per la copertura di n. 2 posti di Istruttore di Vigilanza – Area degli Istruttori – a tempo pieno e indeterminato, e approvato il relativo bando, pubblicato sul Portale unico del reclutamento inPA il 21/10/2025;',
 '<b>Richiamata</b> altresì la determinazione n. 11 del 12/01/2026, di nomina della commissione esaminatrice;',
 '<b>Visti</b> i verbali della commissione n. 1 del 20/01/2026, n. 2 del 27/01/2026, n. 3 del 28/01/2026 e n. 4 del 05/02/2026, trasmessi dal Presidente della commissione in data 06/02/2026 e conservati agli atti del Servizio;',
 '<b>Accertata</b> la regolarità del procedimento e ritenuto di approvare la graduatoria finale di merito formata dalla commissione, tenuto conto dei titoli di preferenza dichiarati dai candidati ai sensi dell’art. 5 del D.P.R. 9 maggio 1994, n. 487;',
 '<b>Visti</b> il D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 30 marzo 2001, n. 165, e il vigente Regolamento sull’ordinamento degli uffici e dei servizi dell’Unione;']:
    story.append(Paragraph(txt, base))

story.append(Paragraph('DETERMINA', ctr))
pts = [
 'di approvare i verbali della commissione esaminatrice richiamati in premessa, dai quali risulta la regolarità delle operazioni concorsuali;',
 'di approvare la seguente graduatoria finale di merito: 1° Niccolai Tommaso (punti 54,50/60); 2° Bartolini Serena (punti 52,75/60); 3° Fioravanti Luca (punti 51,00/60); 4° Guerrini Debora (punti 49,25/60); 5° Mancini Pietro (punti 47,50/60);',
 'di dichiarare vincitori i candidati Niccolai Tommaso e Bartolini Serena, da assumere con decorrenza che sarà stabilita nel contratto individuale di lavoro;',
 'di dare atto che la graduatoria ha validità biennale dalla data di pubblicazione e può essere utilizzata dai Comuni aderenti all’Unione, previo accordo, ai sensi dell’art. 35, comma 5-ter, del D.Lgs. 165/2001.']
story.append(ListFlowable([ListItem(Paragraph(p, base), leftIndent=12, value='–') for p in pts], bulletType='bullet', start='–', leftIndent=12, bulletFontName='DejaVuSans'))
story.append(Spacer(1, 4))
story.append(Paragraph('Avverso il presente provvedimento è ammesso ricorso al T.A.R. Toscana entro 60 giorni dalla pubblicazione all’Albo on line, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.', base))
story.append(Spacer(1, 12))
sig = Table([['', Paragraph('<para align="center">La Dirigente<br/>Dott.ssa Martina Lotti<br/><font size="7">(firmato digitalmente)</font></para>', val)]], colWidths=[95*mm, 79*mm])
story.append(sig)

import copy, io
probe = Doc(io.BytesIO()); probe.build(copy.deepcopy(story))
Doc._pages_total = probe.page
doc = Doc(out)
doc.build(story)
