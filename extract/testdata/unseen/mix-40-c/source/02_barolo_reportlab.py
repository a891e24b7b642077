# Determinazione, Unione di Comuni Colline di Langa e del Barolo: ReportLab platypus (imitates an ISED "Atti" register print)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER

F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', F + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSI', F + 'LiberationSans-Italic.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('LS', normal='LS', bold='LSB', italic='LSI', boldItalic='LSB')

body = ParagraphStyle('b', fontName='LS', fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=4)
lab = ParagraphStyle('l', fontName='LS', fontSize=7, leading=8.5, textColor=colors.HexColor('#444444'))
val = ParagraphStyle('v', fontName='LSB', fontSize=10, leading=12)
ctr = ParagraphStyle('c', fontName='LSB', fontSize=11, leading=14, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)

def onpage(c, doc):
    c.saveState()
    c.setFont('LSB', 12.5); c.drawString(2*cm, 28.0*cm, 'UNIONE DI COMUNI COLLINE DI LANGA E DEL BAROLO')
    c.setFont('LS', 8.5); c.drawString(2*cm, 27.55*cm, 'Provincia di Cuneo  –  C.F. 90030870043  –  PEC: unione.langabarolo@legalmail.it')
    c.setLineWidth(1.2); c.line(2*cm, 27.35*cm, 19*cm, 27.35*cm)
    c.setFont('LS', 7); c.drawRightString(19*cm, 28.0*cm, 'Cod. doc. DT-AT-2026-000057')
    c.setLineWidth(0.4); c.line(2*cm, 1.6*cm, 19*cm, 1.6*cm)
    c.setFont('LS', 7)
    c.drawString(2*cm, 1.2*cm, 'Determinazione n. 57 del 12/03/2026 – Area Tecnica')
    c.drawRightString(19*cm, 1.2*cm, 'Pag. %d/2' % doc.page)
    c.drawString(2*cm, 0.85*cm, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate; sostituisce il documento cartaceo e la firma autografa.')
    c.restoreState()

doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=2*cm, rightMargin=2*cm, topMargin=3.0*cm, bottomMargin=2.2*cm,
                        title='Determinazione n. 57/2026', author='Unione di Comuni Colline di Langa e del Barolo')
S = []
def cell(l, v): return [Paragraph(l, lab), Paragraph(v, val)]
grid = Table([
    [cell('AREA', 'AREA TECNICA'), cell('SERVIZIO', 'Servizio Lavori Pubblici e Manutenzioni')],
    [cell('DETERMINAZIONE N.', '57'), cell('DATA', '12/03/2026')],
    [cell('N. REGISTRO DI AREA', '14'), cell('PROPOSTA', 'n. 63 del 10/03/2026')],
], colWidths=[8.5*cm, 8.5*cm])
grid.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.8, colors.black), ('INNERGRID', (0,0), (-1,-1), 0.4, colors.grey),
                          ('VALIGN', (0,0), (-1,-1), 'TOP'), ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#eeeeee'))]))
S += [Paragraph('DETERMINAZIONE DEL RESPONSABILE DI AREA', ctr), grid, Spacer(1, 8)]
subj = ("AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL SERVIZIO DI SGOMBERO NEVE "
        "E TRATTAMENTO ANTIGELO SULLE STRADE INTERCOMUNALI – STAGIONE INVERNALE 2025/2026 – INTEGRAZIONE IMPEGNO DI SPESA. CIG B7A3C91E04.")
ot = Table([[Paragraph('<b>OGGETTO:</b>', body), Paragraph('<b>' + subj + '</b>', body)]], colWidths=[2.3*cm, 14.7*cm])
ot.setStyle(TableStyle([('LINEBELOW', (0,0), (-1,-1), 0.8, colors.black), ('VALIGN', (0,0), (-1,-1), 'TOP')]))
S += [ot, Spacer(1, 8), Paragraph('IL RESPONSABILE DELL\'AREA TECNICA', ctr)]
for p in [
 "VISTO il decreto del Presidente dell'Unione n. 3 del 08/01/2026, con il quale è stato conferito al sottoscritto l'incarico di Elevata Qualificazione dell'Area Tecnica;",
 "RICHIAMATE la deliberazione del Consiglio dell'Unione n. 4 del 27/02/2026, di approvazione del bilancio di previsione 2026/2028, e la deliberazione della Giunta dell'Unione n. 12 del 05/03/2026, di approvazione del Piano Esecutivo di Gestione;",
 "RICHIAMATA la propria precedente determinazione n. 281 del 21/11/2025, con la quale il servizio di sgombero neve e trattamento antigelo sulle strade intercomunali per la stagione 2025/2026 è stato affidato alla ditta Agri-Servizi Bovone S.n.c. di Bovone Piero & C., con sede in Monforte d'Alba, P.IVA 02871450046, per l'importo di € 38.500,00 oltre IVA;",
 "CONSIDERATO che le nevicate dei mesi di gennaio e febbraio 2026 hanno reso necessari n. 11 interventi ulteriori rispetto a quelli preventivati, come da rapporti giornalieri vistati dal personale del Servizio, e che la ditta ha trasmesso il consuntivo prot. n. 1184 del 06/03/2026 per € 9.240,00 oltre IVA;",
 "ACCERTATA la congruità dei prezzi applicati, corrispondenti a quelli del contratto originario, e verificata la regolarità contributiva della ditta (DURC prot. INAIL_52214873, scadenza 18/06/2026);",
 "DATO ATTO che non sussistono situazioni di conflitto di interessi ai sensi dell'art. 16 del D.Lgs. 36/2023 e dell'art. 6-bis della Legge 241/1990;",
]:
    S.append(Paragraph(p, body))
S.append(Paragraph('D E T E R M I N A', ctr))
for i, p in enumerate([
 "di integrare l'affidamento di cui alla determinazione n. 281 del 21/11/2025 per l'importo di € 9.240,00 oltre IVA 22% pari a € 2.032,80, per complessivi € 11.272,80;",
 "di impegnare la spesa di € 11.272,80 alla Missione 10, Programma 05, Titolo 1, Capitolo 1810/3 «Servizio sgombero neve – prestazioni di servizi» del bilancio 2026/2028, esercizio 2026;",
 "di dare atto che il CIG resta B7A3C91E04 e che il Responsabile Unico del Progetto è il sottoscritto;",
 "di liquidare la spesa a presentazione di fattura elettronica, previa verifica della regolarità della prestazione;",
 "di disporre la pubblicazione del presente atto all'Albo Pretorio on line dell'Unione e nella sezione Amministrazione Trasparente.",
], 1):
    S.append(Table([[Paragraph('%d)' % i, body), Paragraph(p, body)]], colWidths=[0.9*cm, 16.1*cm],
                   style=[('VALIGN', (0,0), (-1,-1), 'TOP'), ('LEFTPADDING', (0,0), (-1,-1), 0)]))
sig = Table([['', Paragraph('IL RESPONSABILE DELL\'AREA TECNICA<br/>Geom. Fabrizio Marengo<br/><font size=7>(firmato digitalmente)</font>',
                           ParagraphStyle('s', parent=body, alignment=TA_CENTER))]], colWidths=[8.5*cm, 8.5*cm])
S += [Spacer(1, 10), sig, Spacer(1, 14)]
vis = Table([[Paragraph('<b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b> (art. 183, comma 7, D.Lgs. 267/2000)', body)],
             [Paragraph('Impegno n. 2026/318 – Cap. 1810/3 – € 11.272,80', body)],
             [Paragraph('Barolo, 12/03/2026 &nbsp;&nbsp;&nbsp; IL RESPONSABILE DEL SERVIZIO FINANZIARIO – Rag. Ornella Cavallero (firmato digitalmente)', body)]],
            colWidths=[17*cm])
vis.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.6, colors.black)]))
S.append(KeepTogether(vis))
doc.build(S, onFirstPage=onpage, onLaterPages=onpage)
