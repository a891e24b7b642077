# Comune di Vallecrosia - determinazione del Settore Tecnico, ReportLab platypus.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

L = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSans', L + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSans-B', L + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSans-I', L + 'LiberationSans-Italic.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LSans', 0, 0, 'LSans'); addMapping('LSans', 1, 0, 'LSans-B'); addMapping('LSans', 0, 1, 'LSans-I'); addMapping('LSans', 1, 1, 'LSans-B')

N = ParagraphStyle('n', fontName='LSans', fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=4)
C = ParagraphStyle('c', parent=N, alignment=TA_CENTER, fontName='LSans-B', spaceBefore=6, spaceAfter=6)
S = ParagraphStyle('s', parent=N, fontSize=8.5, leading=11)
PT = ParagraphStyle('pt', parent=N, leftIndent=18, firstLineIndent=-18)

def page(c, doc):
    c.saveState()
    c.setFont('LSans-B', 15); c.drawString(42*mm, 280*mm, 'COMUNE DI VALLECROSIA')
    c.setFont('LSans', 9.5); c.drawString(42*mm, 275*mm, 'Provincia di Imperia')
    c.setFont('LSans', 7.5); c.drawString(42*mm, 271*mm, 'Via Giovanni Romolo, 2 – 18019 Vallecrosia (IM) – www.comune.vallecrosia.im.it')
    c.setStrokeColor(colors.HexColor('#1f4e79')); c.setLineWidth(1.2); c.line(20*mm, 267*mm, 190*mm, 267*mm)
    c.setFont('LSans-I', 6.5); c.drawCentredString(30*mm, 274*mm, '[stemma]')
    c.setFont('LSans', 7.5); c.setFillColor(colors.grey)
    c.drawString(20*mm, 12*mm, 'Determinazione Settore Tecnico – R.G. n. 142/2026')
    c.drawRightString(190*mm, 12*mm, 'Pag. %d' % doc.page)
    c.restoreState()

out = sys.argv[1]
doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=34*mm, bottomMargin=22*mm,
                      title='Determinazione R.G. 142/2026', author='Settore Tecnico', creator='ReportLab - modulo Atti')
doc.addPageTemplates([PageTemplate('p', [Frame(20*mm, 22*mm, 170*mm, 243*mm, id='f')], onPage=page)])
st = []
st.append(Paragraph('SETTORE TECNICO', ParagraphStyle('h', parent=C, fontSize=12, spaceBefore=0, spaceAfter=1)))
st.append(Paragraph('Servizio Lavori Pubblici e Manutenzioni', ParagraphStyle('h2', parent=N, alignment=TA_CENTER, fontSize=10.5)))
st.append(Spacer(1, 4))
box = Table([
    [Paragraph('<b>DETERMINAZIONE</b>', N), Paragraph('Registro Generale<br/><b>n. 142 del 11/03/2026</b>', N), Paragraph('Registro di Settore<br/><b>n. 38 del 10/03/2026</b>', N)],
], colWidths=[50*mm, 60*mm, 60*mm])
box.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('INNERGRID', (0, 0), (-1, -1), 0.5, colors.black),
                         ('BACKGROUND', (0, 0), (0, 0), colors.HexColor('#dde7f2')), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
st.append(box); st.append(Spacer(1, 8))
subj = ("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE "
        "DEL VERDE PUBBLICO DELLE AIUOLE DEL LUNGOMARE E DEI GIARDINI DI VIA COLONNELLO APROSIO – PERIODO APRILE/OTTOBRE 2026 – "
        "IMPEGNO DI SPESA. CIG B4A7C2D1E9")
ot = Table([[Paragraph('<b>OGGETTO:</b>', N), Paragraph('<b>' + subj + '</b>', N)]], colWidths=[25*mm, 145*mm])
ot.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LINEBELOW', (0, 0), (-1, -1), 0.5, colors.black)]))
st.append(ot); st.append(Spacer(1, 8))
st.append(Paragraph('IL RESPONSABILE DEL SETTORE TECNICO', C))
for s in [
    "Visto il decreto sindacale n. 3 del 08/01/2026, con il quale al sottoscritto sono state attribuite le funzioni di cui all'art. 107 del D.Lgs. 267/2000 per il Settore Tecnico;",
    "Richiamate la deliberazione del Consiglio Comunale n. 58 del 19/12/2025, di approvazione del bilancio di previsione 2026/2028, e la deliberazione della Giunta Comunale n. 2 del 09/01/2026, di approvazione del Piano Esecutivo di Gestione;",
    "Considerato che il personale operaio in servizio non è sufficiente ad assicurare gli sfalci, le potature e l'irrigazione delle aiuole del lungomare durante la stagione estiva;",
    "Visto il preventivo presentato dalla ditta Riviera Verde di Lanteri Marco, con sede in Camporosso, acquisito al protocollo n. 3318 del 04/03/2026, per un importo di € 18.400,00 oltre IVA 22%, ritenuto congruo;",
    "Verificata la regolarità contributiva della ditta (DURC prot. INAIL_51872233, valido fino al 02/07/2026) e acquisita la dichiarazione sostitutiva sul possesso dei requisiti di cui agli artt. 94 e seguenti del D.Lgs. 36/2023;",
]:
    st.append(Paragraph(s, N))
st.append(Paragraph('D E T E R M I N A', C))
pts = [
    "di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, il servizio di manutenzione del verde pubblico delle aiuole del lungomare e dei giardini di via Colonnello Aprosio per il periodo aprile/ottobre 2026 alla ditta Riviera Verde di Lanteri Marco, per l'importo di € 18.400,00 oltre IVA 22%, per complessivi € 22.448,00;",
    "di impegnare la somma di € 22.448,00 alla Missione 09, Programma 02, cap. 2560 \"Manutenzione aree verdi – prestazioni di servizi\" del bilancio 2026/2028, esercizio 2026;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
    "di dare atto che il Responsabile Unico del Progetto è il Geom. Paolo Biancheri, istruttore tecnico del Servizio;",
    "di trasmettere il presente provvedimento al Settore Finanziario per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria.",
]
for i, s in enumerate(pts, 1):
    st.append(Paragraph('%d.&nbsp;&nbsp;%s' % (i, s), PT))
st.append(Spacer(1, 14))
sig = Table([['', Paragraph('<para alignment="center"><b>IL RESPONSABILE DEL SETTORE TECNICO</b><br/>Ing. Davide Orengo<br/><i>(firmato digitalmente)</i></para>', N)]], colWidths=[80*mm, 90*mm])
st.append(sig); st.append(Spacer(1, 14))
vis = Table([[Paragraph("<b>VISTO DI REGOLARITÀ CONTABILE</b> – Si attesta la copertura finanziaria della spesa ai sensi dell'art. 153, comma 5, del D.Lgs. 267/2000. Impegno n. 412/2026. Vallecrosia, 11/03/2026. Il Responsabile del Settore Finanziario – Dott.ssa Elena Ventimiglia (firmato digitalmente)", S)]], colWidths=[170*mm])
vis.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#f2f2f2'))]))
st.append(vis); st.append(Spacer(1, 6))
st.append(Paragraph('<i>Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.</i>', ParagraphStyle('f', parent=S, alignment=TA_CENTER)))
doc.build(st)
