# Comune di Gussago - deliberazione di Giunta n. 47/2026 (ReportLab platypus)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY

OUT = sys.argv[1]
W, H = A4
base = ParagraphStyle('b', fontName='Helvetica', fontSize=10, leading=13.5, alignment=TA_JUSTIFY)
bold = ParagraphStyle('bb', parent=base, fontName='Helvetica-Bold')
ctr = ParagraphStyle('c', parent=base, alignment=TA_CENTER)
ctrb = ParagraphStyle('cb', parent=ctr, fontName='Helvetica-Bold', fontSize=11)
small = ParagraphStyle('s', parent=base, fontSize=8, leading=10)

def deco(c, doc):
    c.saveState()
    # running head (not on page 1)
    if doc.page > 1:
        c.setFont('Helvetica', 8)
        c.drawString(20*mm, H-12*mm, 'Comune di Gussago - Deliberazione della Giunta Comunale n. 47 del 12/03/2026')
        c.line(20*mm, H-13.5*mm, W-20*mm, H-13.5*mm)
    c.setFont('Helvetica', 7.5)
    c.line(20*mm, 16*mm, W-20*mm, 16*mm)
    c.drawString(20*mm, 12*mm, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate')
    c.drawRightString(W-20*mm, 12*mm, 'Pag. %d' % doc.page)
    c.restoreState()

def letterhead(c, doc):
    deco(c, doc)
    c.saveState()
    # crest placeholder: a shield outline with caption
    x, y = 22*mm, H-38*mm
    p = c.beginPath(); p.moveTo(x, y+18*mm); p.lineTo(x+14*mm, y+18*mm); p.lineTo(x+14*mm, y+6*mm)
    p.curveTo(x+14*mm, y+1*mm, x+7*mm, y-1*mm, x+7*mm, y-1*mm); p.curveTo(x+7*mm, y-1*mm, x, y+1*mm, x, y+6*mm); p.close()
    c.setStrokeColor(colors.HexColor('#1f3f6f')); c.setLineWidth(1.2); c.drawPath(p)
    c.setFont('Helvetica-Bold', 17); c.setFillColor(colors.HexColor('#1f3f6f'))
    c.drawString(42*mm, H-25*mm, 'COMUNE DI GUSSAGO')
    c.setFont('Helvetica', 9.5); c.setFillColor(colors.black)
    c.drawString(42*mm, H-30.5*mm, 'Provincia di Brescia')
    c.drawString(42*mm, H-35*mm, 'Via Peracchia n. 3 - 25064 Gussago (BS) - C.F. 00398000170')
    c.setStrokeColor(colors.HexColor('#1f3f6f')); c.line(20*mm, H-41*mm, W-20*mm, H-41*mm)
    c.restoreState()

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=20*mm, bottomMargin=22*mm,
                      title='Deliberazione G.C. 47/2026', author='Comune di Gussago', creator='Atti Amministrativi - stampa verbale')
f1 = Frame(20*mm, 22*mm, W-40*mm, H-66*mm, id='f1')
f2 = Frame(20*mm, 22*mm, W-40*mm, H-42*mm, id='f2')
doc.addPageTemplates([PageTemplate('first', [f1], onPage=letterhead, autoNextPageTemplate='rest'),
                      PageTemplate('rest', [f2], onPage=deco)])
S = []
S.append(Paragraph('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', ctrb))
S.append(Spacer(1, 4*mm))
grid = Table([
    ['Deliberazione n.', '47', 'Data', '12/03/2026', 'Seduta', 'ordinaria'],
    ['Codice ente', '10345', 'Proposta n.', '52', 'del', '05/03/2026'],
], colWidths=[30*mm, 18*mm, 22*mm, 28*mm, 20*mm, 52*mm])
grid.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Helvetica', 9), ('FONT', (1,0), (1,-1), 'Helvetica-Bold', 9),
    ('FONT', (3,0), (3,-1), 'Helvetica-Bold', 9), ('FONT', (5,0), (5,-1), 'Helvetica-Bold', 9),
    ('GRID', (0,0), (-1,-1), 0.5, colors.grey), ('BACKGROUND', (0,0), (0,-1), colors.HexColor('#e8eef7')),
    ('BACKGROUND', (2,0), (2,-1), colors.HexColor('#e8eef7')), ('BACKGROUND', (4,0), (4,-1), colors.HexColor('#e8eef7'))]))
S.append(grid)
S.append(Spacer(1, 4*mm))
ogg = Table([[Paragraph('<b>OGGETTO:</b>', base), Paragraph('<b>APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE ENERGETICA DELLA SCUOLA PRIMARIA “GIANNI RODARI” – CUP E47H26000120004.</b>', base)]],
            colWidths=[24*mm, W-40*mm-24*mm])
ogg.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('BOX', (0,0), (-1,-1), 0.8, colors.black)]))
S.append(ogg)
S.append(Spacer(1, 4*mm))
S.append(Paragraph("L'anno <b>duemilaventisei</b>, addì <b>dodici</b> del mese di <b>marzo</b> alle ore <b>17:30</b>, nella sala delle adunanze della Sede Municipale, previa osservanza di tutte le formalità prescritte dalla vigente normativa, vennero oggi convocati a seduta i componenti la Giunta Comunale.", base))
S.append(Spacer(1, 2*mm))
S.append(Paragraph('All’appello risultano:', base))
S.append(Spacer(1, 2*mm))
roll = [['N.', 'Cognome e Nome', 'Carica', 'Presente', 'Assente'],
        ['1', 'BONOMETTI ANDREA', 'Sindaco', 'X', ''],
        ['2', 'ZANOLA FEDERICA', 'Vicesindaco', 'X', ''],
        ['3', 'PEDERSOLI MARCO', 'Assessore', 'X', ''],
        ['4', 'GHIDINI SILVIA', 'Assessore', '', 'X'],
        ['5', 'CARUNA DAVIDE', 'Assessore', 'X', ''],
        ['6', 'LAMPUGNANI ELISA', 'Assessore', 'X', '']]
t = Table(roll, colWidths=[10*mm, 62*mm, 40*mm, 24*mm, 24*mm])
t.setStyle(TableStyle([('FONT', (0,0), (-1,0), 'Helvetica-Bold', 9), ('FONT', (0,1), (-1,-1), 'Helvetica', 9.5),
    ('GRID', (0,0), (-1,-1), 0.4, colors.grey), ('ALIGN', (3,0), (-1,-1), 'CENTER'), ('ALIGN', (0,0), (0,-1), 'CENTER'),
    ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#e8eef7'))]))
S.append(t)
S.append(Paragraph('Totale presenti: 5 &nbsp;&nbsp;&nbsp; Totale assenti: 1', ParagraphStyle('r', parent=base, alignment=2, fontSize=9)))
S.append(Spacer(1, 2*mm))
S.append(Paragraph("Partecipa all’adunanza con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. 267/2000) il Segretario Comunale <b>Dott.ssa Paola Ferrandi</b>.", base))
S.append(Spacer(1, 2*mm))
S.append(Paragraph("Essendo legale il numero degli intervenuti, il <b>Dott. Andrea Bonometti</b>, nella sua qualità di <b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.", base))
S.append(Spacer(1, 4*mm))
S.append(Paragraph('LA GIUNTA COMUNALE', ctrb))
S.append(Spacer(1, 2*mm))
for tx in [
 "VISTA la proposta di deliberazione n. 52 del 05/03/2026 predisposta dall’Ufficio proponente: <b>Servizio Lavori Pubblici e Patrimonio</b>;",
 "PREMESSO che con deliberazione del Consiglio Comunale n. 71 del 18/12/2025 è stato approvato il Documento Unico di Programmazione 2026/2028, comprensivo del Programma triennale dei lavori pubblici, nel quale è inserito l’intervento di riqualificazione energetica della scuola primaria “Gianni Rodari” per un importo complessivo di € 780.000,00;",
 "DATO ATTO che con determinazione n. 612 del 14/11/2025 è stato affidato all’Ing. Stefano Bertoglio, con studio in Brescia, l’incarico di redazione del progetto di fattibilità tecnico-economica ai sensi dell’art. 41 del D.Lgs. 31 marzo 2023, n. 36 e dell’Allegato I.7 al medesimo decreto;",
 "VISTO il progetto di fattibilità tecnico-economica trasmesso dal professionista incaricato in data 26/02/2026, prot. n. 4127, composto dagli elaborati elencati nel dispositivo, e il relativo quadro economico che prevede lavori per € 598.400,00, di cui € 17.950,00 per oneri della sicurezza non soggetti a ribasso, e somme a disposizione dell’Amministrazione per € 181.600,00;",
 "VISTO il verbale di verifica del progetto redatto dal Responsabile Unico del Progetto, Geom. Luca Inverardi, in data 03/03/2026;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 267/2000, riportati in calce al presente atto;",
 "Con voti unanimi favorevoli, espressi nelle forme di legge;"]:
    S.append(Paragraph(tx, base)); S.append(Spacer(1, 1.5*mm))
S.append(Spacer(1, 2*mm))
S.append(Paragraph('D E L I B E R A', ctrb))
S.append(Spacer(1, 2*mm))
pts = [
 "di approvare, per le motivazioni espresse in premessa, il progetto di fattibilità tecnico-economica dei lavori di riqualificazione energetica della scuola primaria “Gianni Rodari”, per un importo complessivo di € 780.000,00, composto da: relazione generale, relazione tecnica energetica, elaborati grafici (tavole da 1 a 9), calcolo sommario della spesa e quadro economico, piano di sicurezza e coordinamento – prime indicazioni;",
 "di dare atto che la spesa complessiva di € 780.000,00 trova copertura al capitolo 20410/5 “Manutenzione straordinaria edifici scolastici” del bilancio di previsione 2026/2028, esercizio 2026, finanziato per € 500.000,00 con contributo regionale e per € 280.000,00 con avanzo di amministrazione destinato;",
 "di confermare quale Responsabile Unico del Progetto il Geom. Luca Inverardi, istruttore tecnico del Servizio Lavori Pubblici e Patrimonio;",
 "di demandare al Responsabile dell’Area Tecnica l’adozione degli atti conseguenti, ivi compreso l’avvio della procedura di affidamento della progettazione esecutiva."]
for i, p in enumerate(pts, 1):
    S.append(Table([[str(i)+')', Paragraph(p, base)]], colWidths=[8*mm, W-48*mm], style=[('VALIGN', (0,0), (-1,-1), 'TOP'), ('LEFTPADDING', (0,0), (-1,-1), 0)]))
S.append(Spacer(1, 3*mm))
S.append(Paragraph("Successivamente, con separata votazione unanime favorevole, la presente deliberazione viene dichiarata <b>immediatamente eseguibile</b> ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000, stante l’urgenza di rispettare le scadenze del contributo regionale.", base))
S.append(Spacer(1, 5*mm))
S.append(Paragraph('PARERI ESPRESSI AI SENSI DELL’ART. 49 DEL D.LGS. 267/2000', ctrb))
par = Table([
 [Paragraph('<b>Parere di regolarità tecnica:</b> FAVOREVOLE<br/>Data 05/03/2026<br/>Il Responsabile dell’Area Tecnica<br/>Arch. Giorgio Maffi', small),
  Paragraph('<b>Parere di regolarità contabile:</b> FAVOREVOLE<br/>Data 06/03/2026<br/>Il Responsabile dell’Area Economico-Finanziaria<br/>Rag. Claudia Tonoli', small)]],
 colWidths=[(W-40*mm)/2]*2)
par.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.5, colors.grey), ('INNERGRID', (0,0), (-1,-1), 0.5, colors.grey), ('VALIGN', (0,0), (-1,-1), 'TOP')]))
S.append(par)
S.append(Spacer(1, 6*mm))
S.append(Paragraph('Letto, confermato e sottoscritto.', base))
S.append(Spacer(1, 3*mm))
sig = Table([['IL SINDACO', 'IL SEGRETARIO COMUNALE'], ['Dott. Andrea Bonometti', 'Dott.ssa Paola Ferrandi'],
              ['(firmato digitalmente)', '(firmato digitalmente)']], colWidths=[(W-40*mm)/2]*2)
sig.setStyle(TableStyle([('ALIGN', (0,0), (-1,-1), 'CENTER'), ('FONT', (0,0), (-1,0), 'Helvetica-Bold', 10), ('FONT', (0,1), (-1,-1), 'Helvetica', 10), ('FONT', (0,2), (-1,2), 'Helvetica-Oblique', 8)]))
S.append(KeepTogether([sig]))
doc.build(S)
