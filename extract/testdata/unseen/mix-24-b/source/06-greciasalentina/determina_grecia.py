# Determinazione di un'Unione di Comuni: griglia di etichette in testa, proposta, punti numerati (ReportLab/platypus).
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont('Serif', '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('SerifB', '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Sans', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('SansB', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('Serif', 0, 0, 'Serif'); addMapping('Serif', 1, 0, 'SerifB')

body = ParagraphStyle('b', fontName='Serif', fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
cen = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='SerifB', spaceBefore=6, spaceAfter=6)
lab = ParagraphStyle('l', fontName='Sans', fontSize=7.5, leading=9, textColor=colors.HexColor('#333333'))
val = ParagraphStyle('v', fontName='SansB', fontSize=10, leading=12)
pt = ParagraphStyle('p', parent=body, leftIndent=16, firstLineIndent=-14)

def onpage(c, d):
    c.saveState()
    c.setFont('SansB', 12.5); c.drawCentredString(A4[0]/2, A4[1]-18*mm, 'UNIONE DEI COMUNI DELLA GRECÌA SALENTINA')
    c.setFont('Sans', 7)
    c.drawCentredString(A4[0]/2, A4[1]-22.5*mm, 'Calimera – Carpignano Salentino – Castrignano dei Greci – Corigliano d’Otranto – Cutrofiano – Martano')
    c.drawCentredString(A4[0]/2, A4[1]-26*mm, 'Martignano – Melpignano – Soleto – Sternatia – Zollino     ·     Provincia di Lecce')
    c.setLineWidth(0.6); c.line(18*mm, A4[1]-28.5*mm, A4[0]-18*mm, A4[1]-28.5*mm)
    c.setFont('Sans', 7)
    c.drawString(18*mm, 12*mm, 'Reg. Gen. n. 45/2026 – Settore Centrale Unica di Committenza')
    c.drawRightString(A4[0]-18*mm, 12*mm, 'Pag. %d' % d.page)
    c.restoreState()

doc = SimpleDocTemplate('determina-greciasalentina.pdf', pagesize=A4, leftMargin=20*mm, rightMargin=20*mm,
                        topMargin=34*mm, bottomMargin=20*mm, title='Determinazione R.G. n. 45 del 09/03/2026',
                        author='Unione dei Comuni della Grecia Salentina', creator='Atti Amministrativi – Report')
S = []
S.append(Paragraph('SETTORE CENTRALE UNICA DI COMMITTENZA', ParagraphStyle('s', fontName='SansB', fontSize=10, alignment=TA_CENTER, spaceAfter=2)))
S.append(Paragraph('DETERMINAZIONE DEL RESPONSABILE DEL SETTORE', ParagraphStyle('s2', fontName='Sans', fontSize=9, alignment=TA_CENTER, spaceAfter=8)))
grid = [[Paragraph('Reg. Gen. N.', lab), Paragraph('Data adozione', lab), Paragraph('Reg. Settore N.', lab), Paragraph('Proposta N.', lab), Paragraph('Data proposta', lab)],
        [Paragraph('45', val), Paragraph('09/03/2026', val), Paragraph('12', val), Paragraph('51', val), Paragraph('06/03/2026', val)]]
t = Table(grid, colWidths=[34*mm]*5)
t.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.7, colors.black), ('INNERGRID', (0,0), (-1,-1), 0.4, colors.grey),
                       ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#eeeeee')), ('VALIGN', (0,0), (-1,-1), 'TOP')]))
S.append(t); S.append(Spacer(1, 5*mm))
ogg = Table([[Paragraph('<b>Oggetto:</b>', body), Paragraph('<b>Procedura aperta telematica per l’affidamento del servizio di refezione scolastica per i Comuni di Martano e Zollino – anni scolastici 2026/2027 e 2027/2028 – CIG B8C2D4E711. Nomina della Commissione giudicatrice.</b>', body)]],
            colWidths=[20*mm, 150*mm])
ogg.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('LINEABOVE', (0,0), (-1,0), 0.6, colors.black), ('LINEBELOW', (0,0), (-1,-1), 0.6, colors.black)]))
S.append(ogg); S.append(Spacer(1, 4*mm))
S.append(Paragraph('IL RESPONSABILE DEL SETTORE', cen))
for s in [
 'Visto il decreto del Presidente dell’Unione n. 2 del 15/01/2026, con il quale al sottoscritto è stata conferita la responsabilità del Settore Centrale Unica di Committenza;',
 'Richiamata la propria determinazione R.G. n. 11 del 27/01/2026, con la quale è stata indetta, su mandato dei Comuni di Martano e Zollino, la procedura aperta telematica per l’affidamento del servizio di refezione scolastica per gli anni scolastici 2026/2027 e 2027/2028, da aggiudicare con il criterio dell’offerta economicamente più vantaggiosa, per un importo a base di gara di € 612.480,00 oltre IVA;',
 'Dato atto che il termine per la presentazione delle offerte è scaduto alle ore 12:00 del 05/03/2026 e che entro tale termine sono pervenute sulla piattaforma telematica n. 4 offerte;',
 'Visto l’art. 93 del D.Lgs. 31 marzo 2023, n. 36, ai sensi del quale la valutazione delle offerte dal punto di vista tecnico ed economico è affidata a una commissione giudicatrice composta da un numero dispari di componenti, in possesso di adeguate competenze;',
 'Acquisite le dichiarazioni dei componenti individuati circa l’insussistenza di cause di incompatibilità e di astensione;',
]: S.append(Paragraph(s, body))
S.append(Paragraph('DETERMINA', cen))
for i, s in enumerate([
 'di nominare la Commissione giudicatrice della procedura in oggetto nella seguente composizione: Presidente, Dott.ssa Maria Antonietta Calò, funzionario del Comune di Calimera; componente, Dott. Giuseppe Marra, tecnologo alimentare, dipendente del Comune di Cutrofiano; componente, Ing. Lucia Pasca, funzionario del Comune di Soleto;',
 'di attribuire le funzioni di segretario verbalizzante, senza diritto di voto, all’Istruttore amministrativo Sig.ra Daniela Indino, in servizio presso la Centrale Unica di Committenza;',
 'di dare atto che ai componenti della Commissione, dipendenti di amministrazioni aderenti all’Unione, non spetta alcun compenso;',
 'di pubblicare il presente provvedimento e i curricula dei componenti nella sezione “Amministrazione trasparente – Bandi di gara e contratti”, ai sensi dell’art. 28 del D.Lgs. 36/2023.'], 1):
    S.append(Paragraph('%d. %s' % (i, s), pt))
S.append(Spacer(1, 8*mm))
sig = Table([['', Paragraph('Il Responsabile del Settore C.U.C.<br/>Dott. Salvatore Pellegrino<br/><font size="7">Firma digitale ai sensi del D.Lgs. 82/2005</font>', ParagraphStyle('f', parent=body, alignment=TA_CENTER))]], colWidths=[85*mm, 85*mm])
S.append(KeepTogether([Paragraph('Martano, 09/03/2026', body), sig]))
doc.build(S, onFirstPage=onpage, onLaterPages=onpage)
