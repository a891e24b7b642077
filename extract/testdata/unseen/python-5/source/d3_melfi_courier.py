"""Determinazione, Città di Melfi: monospaced report-writer printout (Studio K-like), Area register and general register. ReportLab platypus, core Courier."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Preformatted
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib import colors
from reportlab.lib.units import mm
from common import out

F = 'Courier'
base = ParagraphStyle('b', fontName=F, fontSize=9.5, leading=12.5, alignment=TA_LEFT)
cen = ParagraphStyle('c', parent=base, alignment=TA_CENTER)
bold = ParagraphStyle('bd', parent=base, fontName='Courier-Bold')
bc = ParagraphStyle('bc', parent=cen, fontName='Courier-Bold', spaceBefore=6, spaceAfter=6)
bul = ParagraphStyle('bl', parent=base, leftIndent=5*mm, firstLineIndent=-5*mm, spaceAfter=3)

def deco(c, d):
    c.saveState(); c.setFont(F, 7.5)
    c.drawString(18*mm, 287*mm, 'Stampa del 11/12/2025 ore 12.41')
    c.drawRightString(192*mm, 287*mm, 'Pagina %d' % d.page)
    c.line(18*mm, 285.5*mm, 192*mm, 285.5*mm)
    c.restoreState()

doc = SimpleDocTemplate(out('determina-melfi-courier.pdf'), pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=16*mm, bottomMargin=16*mm,
                        title='DETERMINAZIONE 1297/2025')
s = []
s.append(Paragraph('<b>CITTÀ DI MELFI</b>', ParagraphStyle('h', parent=cen, fontName='Courier-Bold', fontSize=14, leading=17)))
s.append(Paragraph('(Provincia di Potenza)', cen))
s.append(Spacer(1, 5*mm))
s.append(Paragraph('AREA ECONOMICO-FINANZIARIA', ParagraphStyle('a', parent=cen, fontName='Courier-Bold', fontSize=10.5)))
s.append(Paragraph('Servizio Tributi', cen))
s.append(Spacer(1, 5*mm))
s.append(Paragraph('DETERMINAZIONE DEL RESPONSABILE DELL\'AREA', bc))
t = Table([['Registro Generale', 'n. 1297', 'del 11/12/2025'], ['Registro di Area', 'n.   88', 'del 11/12/2025']], colWidths=[50*mm, 30*mm, 40*mm])
t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), F, 9.5), ('FONT', (1,0), (1,-1), 'Courier-Bold', 9.5), ('BOX', (0,0), (-1,-1), 0.5, colors.black)]))
s.append(t)
s.append(Spacer(1, 5*mm))
s.append(Paragraph('OGGETTO: Rimborso di somme indebitamente versate a titolo di IMU per le annualità 2021-2023. Contribuente: omissis (pratica n. 214/2025). Impegno e liquidazione.', bold))
s.append(Spacer(1, 2*mm))
s.append(Paragraph('-' * 84, base))
s.append(Paragraph('IL RESPONSABILE DELL\'AREA', bc))
for p in [
 'VISTO il decreto sindacale n. 31 del 02/10/2025, con il quale è stata attribuita al sottoscritto la responsabilità dell\'Area Economico-Finanziaria;',
 'VISTA l\'istanza di rimborso presentata dal contribuente in data 14/07/2025, acquisita al prot. n. 21977, relativa a versamenti IMU per immobili ad uso abitativo principale erroneamente effettuati per le annualità 2021, 2022 e 2023;',
 'ACCERTATO, a seguito dell\'istruttoria svolta dall\'Ufficio Tributi, che il contribuente ha versato complessivamente € 2.184,00, non dovuti in quanto l\'immobile costituisce abitazione principale non di lusso ai sensi dell\'art. 1, comma 740, della L. n. 160/2019;',
 'VISTO l\'art. 1, comma 164, della L. n. 296/2006, che prevede il rimborso entro il termine di cinque anni dal giorno del versamento;',
 'RITENUTO di provvedere al rimborso maggiorato degli interessi al tasso legale, calcolati in € 96,48;',
 'ATTESTATA la regolarità tecnica e la correttezza dell\'azione amministrativa ai sensi dell\'art. 147-bis del D.Lgs. n. 267/2000;',
]:
    s.append(Paragraph(p, base)); s.append(Spacer(1, 2*mm))
s.append(Paragraph('D E T E R M I N A', bc))
for p in [
 'di accogliere l\'istanza di rimborso di cui in premessa;',
 'di impegnare la somma complessiva di € 2.280,48 (€ 2.184,00 per imposta ed € 96,48 per interessi) al cap. 1350 "Rimborsi e sgravi di tributi comunali" del bilancio 2025-2027, esercizio 2025;',
 'di liquidare la suddetta somma al contribuente mediante bonifico sulle coordinate bancarie indicate nell\'istanza, conservate agli atti d\'ufficio;',
 'di dare atto che i dati personali del contribuente sono omessi ai sensi del Regolamento (UE) 2016/679.',
]:
    s.append(Paragraph('- ' + p, bul))
s.append(Spacer(1, 8*mm))
sig = Table([['', 'IL RESPONSABILE DELL\'AREA'], ['', 'Dott. Canio Pietrafesa'], ['', '(firmato digitalmente)']], colWidths=[80*mm, 94*mm])
sig.setStyle(TableStyle([('FONT', (0,0), (-1,-1), F, 9.5), ('FONT', (1,0), (1,0), 'Courier-Bold', 9.5), ('ALIGN', (1,0), (1,-1), 'CENTER')]))
s.append(sig)
doc.build(s, onFirstPage=deco, onLaterPages=deco)
