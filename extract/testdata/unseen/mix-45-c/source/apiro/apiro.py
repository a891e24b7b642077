# Comune di Apiro - determinazione; imitates a Lotus Approach report form (label grid,
# boxed fields), drawn with ReportLab platypus.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

L = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('Ser', L + 'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('SerB', L + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('SerI', L + 'LiberationSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('San', L + 'LiberationSansNarrow-Regular.ttf'))
pdfmetrics.registerFont(TTFont('SanB', L + 'LiberationSansNarrow-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('Ser', 0, 0, 'Ser'); addMapping('Ser', 1, 0, 'SerB'); addMapping('Ser', 0, 1, 'SerI'); addMapping('Ser', 1, 1, 'SerB')

body = ParagraphStyle('b', fontName='Ser', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=4)
lab = ParagraphStyle('l', fontName='SanB', fontSize=8, leading=9.5, textColor=colors.HexColor('#333333'))
val = ParagraphStyle('v', fontName='Ser', fontSize=10.5, leading=13)
valb = ParagraphStyle('vb', parent=val, fontName='SerB')
ctr = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='SerB', spaceBefore=6, spaceAfter=6)
bul = ParagraphStyle('bu', parent=body, leftIndent=16, bulletIndent=4)

def page(c, doc):
    c.saveState()
    c.setFont('San', 7.5)
    c.drawString(18*mm, 12*mm, 'Comune di Apiro - Reg. Gen. 58/2026 - Determinazione firmata digitalmente ai sensi dell\'art. 21 del D.Lgs. 82/2005')
    c.drawRightString(192*mm, 12*mm, 'Pag. %d' % doc.page)
    c.drawString(18*mm, 8.5*mm, 'Stampato il 10/03/2026 ore 12:41 - DETERMINE.APR / Modulo "Determina Liquidazione"')
    c.restoreState()

doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=14*mm, bottomMargin=20*mm,
                        title='Determinazione RG 58/2026', author='Comune di Apiro', creator='Lotus Approach 9.8 - Report "Determine"')
st = []
cval = ParagraphStyle('cv', parent=val, alignment=TA_CENTER, leading=20)
hdr = Table([[Paragraph('<font name="SerB" size="18">COMUNE DI APIRO</font>', cval)],
             [Paragraph('<font name="Ser" size="9.5">Provincia di Macerata — Piazza Baldini, 1 — 62021 Apiro (MC) — tel. 0733 611131</font>', cval)]],
            colWidths=[174*mm])
hdr.setStyle(TableStyle([('ALIGN', (0, 0), (-1, -1), 'CENTER'), ('LINEBELOW', (0, 1), (-1, 1), 1.2, colors.black), ('BOTTOMPADDING', (0, 1), (-1, 1), 6)]))
st += [hdr, Spacer(1, 6)]
st.append(Paragraph('<font name="SerB" size="13">DETERMINAZIONE DEL RESPONSABILE DI AREA</font>', ParagraphStyle('t', alignment=TA_CENTER, leading=16)))
st.append(Spacer(1, 6))

def L_(t): return Paragraph(t, lab)
def V(t, b=False): return Paragraph(t, valb if b else val)
grid = [
    [L_('AREA'), V('AREA AMMINISTRATIVA E SERVIZI ALLA PERSONA', True), '', ''],
    [L_('SERVIZIO'), V('Servizi Scolastici e Trasporto'), '', ''],
    [L_('N. REG. GENERALE'), V('58', True), L_('DATA ADOZIONE'), V('10/03/2026', True)],
    [L_('N. REG. DI AREA'), V('19'), L_('IMPEGNO/LIQUIDAZIONE'), V('Liquidazione')],
]
g = Table(grid, colWidths=[34*mm, 62*mm, 38*mm, 40*mm])
g.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('SPAN', (1, 0), (3, 0)), ('SPAN', (1, 1), (3, 1)),
                       ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#dddddd')), ('BACKGROUND', (2, 2), (2, 3), colors.HexColor('#dddddd')),
                       ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
st += [g, Spacer(1, 8)]
og = Table([[L_('OGGETTO'), V('Servizio di refezione scolastica a.s. 2025/2026 – Liquidazione fatture mesi di gennaio e febbraio 2026 alla ditta Sole Ristorazione S.r.l. – CIG A0C3E7B912', True)]],
           colWidths=[34*mm, 140*mm])
og.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1.2, colors.black), ('LINEAFTER', (0, 0), (0, 0), 0.6, colors.black),
                        ('BACKGROUND', (0, 0), (0, 0), colors.HexColor('#dddddd')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                        ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
st += [og, Spacer(1, 10)]
st.append(Paragraph('IL RESPONSABILE DELL\'AREA AMMINISTRATIVA E SERVIZI ALLA PERSONA', ctr))
for s in [
    'Richiamato il decreto sindacale n. 2 del 02/01/2026 con il quale è stata attribuita alla sottoscritta la responsabilità dell\'Area Amministrativa e Servizi alla Persona;',
    'Richiamata la propria determinazione R.G. n. 201 del 28/08/2025, con la quale è stato affidato alla ditta Sole Ristorazione S.r.l. di Jesi (AN) il servizio di refezione scolastica per la scuola dell\'infanzia e primaria per l\'anno scolastico 2025/2026, con contestuale impegno di spesa (imp. n. 2025/544 e 2026/37);',
    'Viste le fatture elettroniche n. 14/PA del 05/02/2026 di euro 7.862,40 e n. 31/PA del 04/03/2026 di euro 8.511,20 (IVA 4% compresa), relative ai pasti erogati nei mesi di gennaio e febbraio 2026;',
    'Riscontrata la corrispondenza dei pasti fatturati con le presenze registrate dal personale scolastico e accertata la regolarità contributiva della ditta (DURC INPS_49902117 valido fino al 18/06/2026);',
    'Visti gli artt. 107, 183 e 184 del D.Lgs. 18 agosto 2000, n. 267;']:
    st.append(Paragraph(s, body))
st.append(Paragraph('D E T E R M I N A', ctr))
for s in [
    'di liquidare alla ditta Sole Ristorazione S.r.l., P.IVA 02387610422, la somma complessiva di euro 16.373,60 a saldo delle fatture indicate in premessa;',
    'di imputare la spesa per euro 7.862,40 all\'impegno n. 2025/544 e per euro 8.511,20 all\'impegno n. 2026/37, capitolo 1045.1 "Servizio mensa scolastica" del bilancio 2026-2028;',
    'di autorizzare il Servizio Finanziario all\'emissione dei mandati di pagamento con applicazione della scissione dei pagamenti ai sensi dell\'art. 17-ter del D.P.R. 633/1972;',
    'di dare atto che il presente provvedimento è rilevante ai fini della pubblicazione nella sezione "Amministrazione trasparente" del sito istituzionale.']:
    st.append(Paragraph(s, bul, bulletText='•'))
st.append(Spacer(1, 12))
sig = Table([[V('Apiro, 10/03/2026'), Paragraph('<para alignment="center"><font name="SanB" size="8">IL RESPONSABILE DELL\'AREA</font><br/>dott.ssa Chiara Giacomini<br/><font name="SerI" size="8.5">(firmato digitalmente)</font></para>', val)]],
            colWidths=[84*mm, 90*mm])
st.append(sig)
st.append(Spacer(1, 12))
box = Table([[Paragraph('<font name="SanB" size="8">PUBBLICAZIONE</font><br/>Il presente atto è pubblicato all\'Albo Pretorio on line dal 11/03/2026 al 26/03/2026 con il n. 173 del Registro delle Pubblicazioni.', ParagraphStyle('s', fontName='Ser', fontSize=9, leading=11.5))]], colWidths=[174*mm])
box.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black)]))
st.append(KeepTogether([box]))
doc.build(st, onFirstPage=page, onLaterPages=page)
