# Bando n. 2/2026, Comune di Medicina: ReportLab BaseDocTemplate, two columns (imitates a QuarkXPress-designed public notice)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm, mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, FrameBreak, NextPageTemplate
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT

D = '/usr/share/fonts/truetype/dejavu/'; L = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('DC', D + 'DejaVuSansCondensed.ttf'))
pdfmetrics.registerFont(TTFont('DCB', D + 'DejaVuSansCondensed-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DCI', D + 'DejaVuSansCondensed-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('LSerB', L + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSer', L + 'LiberationSerif-Regular.ttf'))
registerFontFamily('DC', normal='DC', bold='DCB', italic='DCI', boldItalic='DCB')

RED = colors.HexColor('#9b1c1c')
W, H = A4
body = ParagraphStyle('b', fontName='DC', fontSize=8.6, leading=11, alignment=TA_JUSTIFY, spaceAfter=3)
art = ParagraphStyle('a', fontName='DCB', fontSize=9, leading=11.5, textColor=RED, spaceBefore=5, spaceAfter=2)
title = ParagraphStyle('t', fontName='LSerB', fontSize=17, leading=20, alignment=TA_LEFT, textColor=colors.black)
kick = ParagraphStyle('k', fontName='DCB', fontSize=11, leading=13, textColor=colors.white)

def first(c, doc):
    c.saveState()
    c.setFillColor(RED); c.rect(0, H - 3.1*cm, W, 3.1*cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('LSerB', 24); c.drawString(2*cm, H - 1.7*cm, 'Comune di Medicina')
    c.setFont('DC', 9); c.drawString(2*cm, H - 2.3*cm, 'Città metropolitana di Bologna  ·  Via Libertà, 103  ·  40059 Medicina (BO)')
    c.setFont('DC', 7); c.drawRightString(W - 2*cm, H - 1.3*cm, 'AREA SERVIZI ALLA PERSONA')
    c.drawRightString(W - 2*cm, H - 1.65*cm, 'Servizio Politiche Abitative')
    c.drawRightString(W - 2*cm, H - 2.3*cm, 'Prot. n. 5590 del 17/03/2026')
    foot(c, doc); c.restoreState()

def later(c, doc):
    c.saveState()
    c.setFillColor(RED); c.rect(0, H - 0.9*cm, W, 0.9*cm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('DCB', 8)
    c.drawString(2*cm, H - 0.6*cm, 'COMUNE DI MEDICINA  ·  BANDO N. 2/2026  ·  CONTRIBUTI AFFITTO 2026')
    foot(c, doc); c.restoreState()

def foot(c, doc):
    c.setFillColor(colors.black); c.setFont('DC', 6.5)
    c.drawString(2*cm, 1.0*cm, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005. Informazioni: Sportello Sociale, tel. 051 6979 211 – servizisociali@comune.medicina.bo.it')
    c.drawRightString(W - 2*cm, 1.0*cm, '%d' % doc.page)

doc = BaseDocTemplate(sys.argv[1], pagesize=A4, title='Bando n. 2/2026', author='Comune di Medicina')
gap = 0.7*cm; colw = (W - 4*cm - gap) / 2
top1 = H - 3.1*cm - 6.2*cm
fr_title = Frame(2*cm, top1, W - 4*cm, 6.0*cm, id='title', showBoundary=0)
fr_l1 = Frame(2*cm, 1.6*cm, colw, top1 - 1.6*cm, id='l1')
fr_r1 = Frame(2*cm + colw + gap, 1.6*cm, colw, top1 - 1.6*cm, id='r1')
fr_l2 = Frame(2*cm, 1.6*cm, colw, H - 1.4*cm - 1.6*cm, id='l2')
fr_r2 = Frame(2*cm + colw + gap, 1.6*cm, colw, H - 1.4*cm - 1.6*cm, id='r2')
doc.addPageTemplates([PageTemplate('first', [fr_title, fr_l1, fr_r1], onPage=first),
                      PageTemplate('later', [fr_l2, fr_r2], onPage=later)])
S = [NextPageTemplate('later')]
band = Table([[Paragraph('BANDO N. 2/2026', kick)]], colWidths=[5.2*cm], hAlign='LEFT')
band.setStyle(TableStyle([('BACKGROUND', (0,0), (-1,-1), colors.black), ('LEFTPADDING', (0,0), (-1,-1), 6)]))
S += [band, Spacer(1, 6),
      Paragraph("BANDO PUBBLICO PER L'ASSEGNAZIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026", title),
      Spacer(1, 5),
      Paragraph('<i>(approvato con determinazione dell\'Area Servizi alla Persona n. 88 del 16/03/2026, in attuazione della D.G.R. Emilia-Romagna n. 2214/2025)</i>', body)]
dead = Table([[Paragraph('<font color="white"><b>Domande dal 18 marzo al 30 aprile 2026, ore 12:00</b></font>', ParagraphStyle('d', parent=body, fontSize=10, leading=12, alignment=TA_CENTER))]],
             colWidths=[W - 4*cm])
dead.setStyle(TableStyle([('BACKGROUND', (0,0), (-1,-1), RED)]))
S += [Spacer(1, 4), dead, FrameBreak()]
arts = [
 ('Art. 1 – Finalità', "Il Comune di Medicina, in attuazione della deliberazione della Giunta Regionale dell'Emilia-Romagna n. 2214/2025, indice il presente bando per l'erogazione di contributi destinati a nuclei familiari in difficoltà nel pagamento del canone di locazione di alloggi ad uso abitativo situati nel territorio comunale."),
 ('Art. 2 – Requisiti', "Possono presentare domanda i nuclei familiari in possesso, alla data di presentazione, dei seguenti requisiti: a) cittadinanza italiana o di uno Stato dell'Unione Europea, ovvero titolo di soggiorno in corso di validità; b) residenza anagrafica nell'alloggio oggetto del contratto di locazione; c) contratto di locazione regolarmente registrato, con esclusione degli alloggi di categoria catastale A1, A8 e A9; d) ISEE ordinario o corrente compreso tra € 3.000,00 e € 35.000,00; e) non titolarità, per l'intero nucleo, del diritto di proprietà su alloggio adeguato nel territorio della Città metropolitana."),
 ('Art. 3 – Entità del contributo', "Il contributo è pari a tre mensilità del canone di locazione, fino a un massimo di € 1.800,00 per nucleo. In caso di risorse insufficienti, i contributi saranno proporzionalmente ridotti secondo l'ordine della graduatoria."),
 ('Art. 4 – Incompatibilità', "Il contributo non è cumulabile con la quota destinata all'affitto dell'Assegno di Inclusione, né con altri contributi pubblici erogati per la medesima finalità nell'anno 2026."),
 ('Art. 5 – Presentazione delle domande', "Le domande devono essere presentate esclusivamente on line, tramite la piattaforma accessibile dal sito istituzionale www.comune.medicina.bo.it con credenziali SPID, CIE o CNS, a partire dalle ore 9:00 del 18 marzo 2026 ed entro le ore 12:00 del 30 aprile 2026. Per l'assistenza alla compilazione è possibile rivolgersi, previo appuntamento, allo Sportello Sociale di via Libertà, 103, e ai Centri di Assistenza Fiscale convenzionati."),
 ('Art. 6 – Graduatoria', "La graduatoria è formata in ordine crescente di valore ISEE; a parità di valore, prevale la maggiore incidenza del canone sul reddito. La graduatoria provvisoria è pubblicata all'Albo Pretorio on line entro il 29 maggio 2026; avverso di essa è ammesso ricorso entro 10 giorni dalla pubblicazione."),
 ('Art. 7 – Erogazione', "Il contributo è erogato di norma direttamente al locatore, a sanatoria della morosità, ovvero al conduttore previa dimostrazione dell'avvenuto pagamento dei canoni."),
 ('Art. 8 – Controlli', "Il Comune effettua controlli sulla veridicità delle dichiarazioni rese, ai sensi degli artt. 71 e seguenti del D.P.R. 445/2000, anche in collaborazione con la Guardia di Finanza."),
 ('Art. 9 – Trattamento dei dati personali', "I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente bando. Titolare del trattamento è il Comune di Medicina."),
 ('Art. 10 – Responsabile del procedimento', "Responsabile del procedimento è la Dott.ssa Sara Minghetti, Servizio Politiche Abitative."),
]
for h, t in arts:
    S += [Paragraph(h, art), Paragraph(t, body)]
S += [Spacer(1, 8), Paragraph('Medicina, 17/03/2026', body), Spacer(1, 4),
      Paragraph('<b>LA RESPONSABILE DELL\'AREA SERVIZI ALLA PERSONA</b><br/>Dott.ssa Giovanna Ronchi<br/><font size=6.5>(firmato digitalmente)</font>',
                ParagraphStyle('s', parent=body, alignment=TA_CENTER))]
doc.build(S)
