# Determinazione, Comune di Amendolara: ReportLab imitating a DataWindow (InfoMaker) report:
# running head band carrying number and date on every page, register data in a left margin column
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DV-B', D + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVC', D + 'DejaVuSansCondensed.ttf'))
pdfmetrics.registerFont(TTFont('DVC-B', D + 'DejaVuSansCondensed-Bold.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('DVC', normal='DVC', bold='DVC-B', italic='DVC', boldItalic='DVC-B')
out = sys.argv[1]
W, H = A4
X0 = 52*mm
body = ParagraphStyle('b', fontName='DVC', fontSize=9, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=4)
hd = ParagraphStyle('h', parent=body, fontName='DVC-B', alignment=TA_CENTER, fontSize=10, spaceBefore=4, spaceAfter=6)
subj = ParagraphStyle('s', parent=body, fontName='DVC-B', fontSize=10, leading=13, alignment=TA_LEFT)
bul = ParagraphStyle('u', parent=body, leftIndent=10, firstLineIndent=-10)

def band(c, d):
    c.saveState()
    # page header band
    c.setFillColor(colors.HexColor('#d9d9d9')); c.rect(15*mm, H-24*mm, W-30*mm, 12*mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont('DV-B', 11); c.drawString(18*mm, H-17*mm, 'Comune di Amendolara')
    c.setFont('DVC', 7.5); c.drawString(18*mm, H-21.5*mm, 'Provincia di Cosenza - Area Economico Finanziaria')
    c.setFont('DVC-B', 9); c.drawRightString(W-18*mm, H-17*mm, 'Determinazione n. 63 del 16/03/2026')
    c.setFont('DVC', 7.5); c.drawRightString(W-18*mm, H-21.5*mm, 'Pagina %d' % d.page)
    # left margin column
    c.setStrokeColor(colors.HexColor('#808080')); c.line(X0-4*mm, 20*mm, X0-4*mm, H-28*mm)
    y = H-34*mm
    for lab, v in [('Registro Generale', 'n. 63'), ('Data adozione', '16/03/2026'), ('Reg. Area', 'n. 18'), ('Data Reg. Area', '13/03/2026'),
                   ('Proposta', 'n. 21'), ('Esecutività', '16/03/2026'), ('Codice ufficio', 'TRIB')]:
        c.setFont('DVC', 6.5); c.setFillColor(colors.HexColor('#555555')); c.drawString(16*mm, y, lab)
        c.setFont('DVC-B', 8.5); c.setFillColor(colors.black); c.drawString(16*mm, y-4*mm, v)
        y -= 11*mm
    c.setFont('DVC', 6.5)
    c.drawString(15*mm, 12*mm, 'Stampato il 16/03/2026 ore 13:02 - utente: trib03 - rpt_determina_v4')
    c.drawRightString(W-15*mm, 12*mm, 'Firmato digitalmente ai sensi del D.Lgs. 82/2005')
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, title='Determinazione 63/2026', author='Comune di Amendolara')
doc.addPageTemplates([PageTemplate('p', [Frame(X0, 20*mm, W-X0-15*mm, H-50*mm)], onPage=band)])
S = []
S.append(Paragraph('DETERMINAZIONE DEL RESPONSABILE DELL\'AREA ECONOMICO FINANZIARIA', hd))
S.append(Paragraph('Servizio Tributi', ParagraphStyle('x', parent=hd, fontName='DVC', fontSize=9, spaceBefore=0)))
S.append(Paragraph('<font size="7">OGGETTO</font><br/>Rimborso somme indebitamente versate a titolo di IMU anno 2024 – Contribuente cod. 004512. Liquidazione.', subj))
S.append(Spacer(1, 8))
S.append(Paragraph('IL RESPONSABILE DELL\'AREA', hd))
for t in [
 "Visto il decreto del Sindaco n. 1 del 03/01/2026 di nomina del Responsabile dell'Area Economico Finanziaria;",
 "Vista l'istanza di rimborso presentata dal contribuente identificato con il codice 004512, acquisita al protocollo dell'Ente al n. 1122 del 09/02/2026, con la quale si chiede la restituzione dell'imposta municipale propria versata per l'anno 2024 in relazione a un'area fabbricabile successivamente ricondotta a destinazione agricola con la variante al Piano Strutturale Comunale;",
 "Accertato, a seguito dell'istruttoria svolta dall'Ufficio Tributi e delle verifiche sulla banca dati catastale e sui versamenti F24, che il contribuente ha versato in eccedenza la somma di € 1.184,00 a titolo di IMU per l'anno d'imposta 2024, codice tributo 3916;",
 "Visto l'art. 1, comma 164, della legge 27 dicembre 2006, n. 296, secondo cui il rimborso delle somme versate e non dovute deve essere richiesto entro il termine di cinque anni dal giorno del versamento;",
 "Visto il vigente Regolamento per l'applicazione dell'IMU, approvato con deliberazione del Consiglio Comunale n. 12 del 29/06/2020;",
 "Ritenuto di provvedere al rimborso, maggiorato degli interessi nella misura del tasso legale, per complessivi € 1.213,58;"]:
    S.append(Paragraph(t, body))
S.append(Paragraph('DETERMINA', hd))
for t in ["di riconoscere al contribuente cod. 004512 il diritto al rimborso della somma di € 1.184,00, indebitamente versata a titolo di IMU anno 2024, oltre interessi legali pari a € 29,58, per un totale di € 1.213,58;",
 "di imputare la spesa al capitolo 1045 \"Rimborsi di tributi comunali\", Missione 01, Programma 04, del bilancio di previsione 2026/2028, esercizio 2026, ove sussiste la necessaria disponibilità;",
 "di trasmettere il presente atto al Servizio Ragioneria per l'emissione del relativo mandato di pagamento, e di dare atto che i dati identificativi del contribuente sono omessi nella pubblicazione ai sensi del Regolamento (UE) 2016/679."]:
    S.append(Paragraph('-&nbsp;&nbsp;' + t, bul))
S.append(Spacer(1, 12))
S.append(Paragraph('Amendolara, 16/03/2026', body))
S.append(Paragraph('IL RESPONSABILE DELL\'AREA ECONOMICO FINANZIARIA<br/>Dott. Vincenzo Ruggiero', ParagraphStyle('f', parent=body, fontName='DVC-B', alignment=TA_CENTER, leftIndent=140)))
S.append(Spacer(1, 14))
S.append(Paragraph('<b>ATTESTAZIONE DI COPERTURA FINANZIARIA</b><br/>Si attesta la regolarità contabile e la copertura finanziaria della spesa (art. 183, comma 7, D.Lgs. 267/2000). Impegno n. 203/2026 - capitolo 1045 - € 1.213,58.<br/>Il Responsabile del Servizio Finanziario - Dott. Vincenzo Ruggiero', body))
doc.build(S)
