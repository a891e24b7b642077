"""Giunta deliberation, Comune di Bra: Halley-like verbale, P/A attendance table. ReportLab platypus, Helvetica."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib import colors
from reportlab.lib.units import mm
from common import out

base = ParagraphStyle('b', fontName='Helvetica', fontSize=10, leading=13.5, alignment=TA_JUSTIFY)
cen = ParagraphStyle('c', parent=base, alignment=TA_CENTER)
h1 = ParagraphStyle('h1', parent=cen, fontName='Helvetica-Bold', fontSize=15, leading=18)
h2 = ParagraphStyle('h2', parent=cen, fontSize=9, leading=11)
bold = ParagraphStyle('bd', parent=base, fontName='Helvetica-Bold')
bc = ParagraphStyle('bc', parent=cen, fontName='Helvetica-Bold', fontSize=11, leading=14, spaceBefore=6, spaceAfter=6)
pt = ParagraphStyle('pt', parent=base, leftIndent=16, firstLineIndent=-16, spaceAfter=4)

def footer(c, d):
    c.saveState(); c.setFont('Helvetica', 7.5)
    c.drawString(20*mm, 10*mm, 'DELIBERA DI GIUNTA COMUNALE N. 142 DEL 21/10/2025')
    c.drawRightString(190*mm, 10*mm, 'Pag. %d' % d.page)
    c.restoreState()

doc = SimpleDocTemplate(out('giunta-bra-halley.pdf'), pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=15*mm, bottomMargin=18*mm,
                        title='Delibera GC 142/2025', author='Comune di Bra')
s = []
s.append(Paragraph('COMUNE DI BRA', h1))
s.append(Paragraph('PROVINCIA DI CUNEO', h2))
s.append(Spacer(1, 6*mm))
s.append(Paragraph('<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>', ParagraphStyle('x', parent=cen, fontSize=12, leading=15)))
s.append(Spacer(1, 3*mm))
t = Table([[Paragraph('<b>N. 142</b>', base), '', Paragraph('<b>del 21/10/2025</b>', ParagraphStyle('r', parent=base, alignment=2))]], colWidths=[40*mm, 90*mm, 40*mm])
s.append(t)
s.append(Spacer(1, 3*mm))
subj = Table([[Paragraph('<b>OGGETTO:</b>', base), Paragraph('<b>APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE ENERGETICA DELLA PALESTRA COMUNALE DI VIA MONTE GRAPPA - CUP D81B25000340004</b>', base)]],
             colWidths=[24*mm, 146*mm])
subj.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.8, colors.black), ('VALIGN', (0,0), (-1,-1), 'TOP'), ('TOPPADDING', (0,0), (-1,-1), 5), ('BOTTOMPADDING', (0,0), (-1,-1), 6)]))
s.append(subj)
s.append(Spacer(1, 4*mm))
s.append(Paragraph("L'anno <b>duemilaventicinque</b> addì <b>ventuno</b> del mese di <b>ottobre</b> alle ore <b>17:30</b> nella solita sala delle adunanze, "
                   "previo esaurimento delle formalità prescritte dalla vigente normativa, vennero per oggi convocati i componenti di questa Giunta Comunale.", base))
s.append(Spacer(1, 3*mm))
rows = [['N.', 'Cognome e Nome', 'Carica', 'P', 'A'],
        ['1', 'GIACHINO ROBERTO', 'Sindaco', 'X', ''],
        ['2', 'BERGESIO MARINELLA', 'Vice Sindaco', 'X', ''],
        ['3', 'ROSSETTO DAVIDE', 'Assessore', 'X', ''],
        ['4', 'TARICCO ELENA', 'Assessore', '', 'X'],
        ['5', 'OCCELLI PAOLO', 'Assessore', 'X', ''],
        ['6', 'CAVALLERO SILVIA', 'Assessore', 'X', ''],
        ['', '', 'Totale', '5', '1']]
at = Table(rows, colWidths=[10*mm, 70*mm, 45*mm, 14*mm, 14*mm])
at.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Helvetica', 9.5), ('FONT', (0,0), (-1,0), 'Helvetica-Bold', 9.5),
                        ('FONT', (0,-1), (-1,-1), 'Helvetica-Bold', 9.5),
                        ('GRID', (0,0), (-1,-2), 0.5, colors.black), ('BOX', (2,-1), (-1,-1), 0.5, colors.black), ('INNERGRID', (2,-1), (-1,-1), 0.5, colors.black),
                        ('ALIGN', (3,0), (-1,-1), 'CENTER'), ('ALIGN', (0,0), (0,-1), 'CENTER'),
                        ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#e6e6e6'))]))
s.append(at)
s.append(Spacer(1, 4*mm))
s.append(Paragraph("Partecipa all'adunanza il Segretario Generale <b>Dott.ssa Laura Ghibaudo</b>, la quale provvede alla redazione del presente verbale.", base))
s.append(Spacer(1, 2*mm))
s.append(Paragraph("Essendo legale il numero degli intervenuti, il <b>Sig. Roberto Giachino</b> nella sua qualità di <b>SINDACO</b> assume la presidenza e dichiara aperta la seduta "
                   "per la trattazione dell'oggetto sopra indicato.", base))
s.append(Spacer(1, 4*mm))
s.append(Paragraph('LA GIUNTA COMUNALE', bc))
prem = [
 "<b>PREMESSO</b> che la palestra comunale di via Monte Grappa, utilizzata dagli istituti scolastici cittadini e dalle associazioni sportive, presenta elevati consumi energetici "
 "dovuti alla vetustà dell'involucro edilizio e degli impianti di riscaldamento;",
 "<b>RICHIAMATA</b> la deliberazione del Consiglio Comunale n. 61 del 18/12/2024, esecutiva, con la quale è stato approvato il Documento Unico di Programmazione 2025/2027 "
 "e il relativo programma triennale dei lavori pubblici, che prevede l'intervento in oggetto nell'annualità 2025;",
 "<b>VISTO</b> il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico comunale, Settore Lavori Pubblici, trasmesso in data 09/10/2025 (prot. n. 27316), "
 "che prevede una spesa complessiva di <b>€ 385.000,00</b>, di cui € 292.400,00 per lavori a base d'asta comprensivi degli oneri per la sicurezza e € 92.600,00 per somme a disposizione dell'Amministrazione;",
 "<b>CONSIDERATO</b> che l'intervento è finanziato per € 250.000,00 con contributo regionale di cui al bando \"Efficientamento energetico edifici pubblici 2025\" e per la restante quota con fondi propri di bilancio;",
 "<b>VISTO</b> il D.Lgs. 31 marzo 2023, n. 36 e in particolare l'art. 41 e l'Allegato I.7;",
 "<b>ACQUISITI</b> i pareri favorevoli in ordine alla regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
]
for p in prem:
    s.append(Paragraph(p, base)); s.append(Spacer(1, 2*mm))
s.append(Paragraph('Con voti unanimi favorevoli espressi nelle forme di legge,', base))
s.append(Paragraph('D E L I B E R A', bc))
pts = [
 "di approvare il progetto di fattibilità tecnico-economica per la riqualificazione energetica della palestra comunale di via Monte Grappa, composto dagli elaborati elencati nella relazione generale, per un importo complessivo di € 385.000,00;",
 "di dare atto che la spesa trova copertura al capitolo 2060/5 \"Manutenzione straordinaria impianti sportivi\" del bilancio di previsione 2025/2027, annualità 2025;",
 "di individuare quale Responsabile Unico del Progetto l'Ing. Matteo Bongiovanni, funzionario del Settore Lavori Pubblici;",
 "di demandare al Responsabile del Settore Lavori Pubblici l'adozione di tutti gli atti conseguenti, ivi compresa l'attivazione della procedura di affidamento della progettazione esecutiva.",
]
for i, p in enumerate(pts, 1):
    s.append(Paragraph('%d. %s' % (i, p), pt))
s.append(Spacer(1, 3*mm))
s.append(Paragraph("Successivamente, stante l'urgenza di rispettare il cronoprogramma del finanziamento regionale, con separata votazione unanime favorevole,", base))
s.append(Paragraph('D E L I B E R A', bc))
s.append(Paragraph("di dichiarare il presente provvedimento immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", base))
s.append(Spacer(1, 8*mm))
sig = Table([['IL SINDACO', 'IL SEGRETARIO GENERALE'], ['Roberto Giachino', 'Dott.ssa Laura Ghibaudo'], ['(firmato digitalmente)', '(firmato digitalmente)']], colWidths=[85*mm, 85*mm])
sig.setStyle(TableStyle([('FONT', (0,0), (-1,0), 'Helvetica-Bold', 10), ('FONT', (0,1), (-1,-1), 'Helvetica', 10), ('FONT', (0,2), (-1,2), 'Helvetica-Oblique', 8), ('ALIGN', (0,0), (-1,-1), 'CENTER')]))
s.append(KeepTogether([sig]))
doc.build(s, onFirstPage=footer, onLaterPages=footer)
