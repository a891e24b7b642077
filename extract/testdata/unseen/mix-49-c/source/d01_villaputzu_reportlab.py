# Giunta deliberation, Comune di Villaputzu -- ReportLab platypus, imitating a ReportLab-built atti report
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1]
F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSans', F+'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSans-B', F+'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSans-I', F+'LiberationSans-Italic.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LSans',0,0,'LSans'); addMapping('LSans',1,0,'LSans-B'); addMapping('LSans',0,1,'LSans-I'); addMapping('LSans',1,1,'LSans-B')

body = ParagraphStyle('b', fontName='LSans', fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle('s', parent=body, fontSize=8, leading=10)
ctr = ParagraphStyle('c', parent=body, alignment=TA_CENTER)
hd = ParagraphStyle('h', parent=body, fontName='LSans-B', alignment=TA_CENTER, fontSize=11, spaceBefore=6, spaceAfter=6)

def header_footer(c, doc):
    c.saveState()
    w, h = A4
    # crest placeholder
    c.setStrokeColor(colors.HexColor('#1f4e79')); c.setLineWidth(1)
    c.rect(18*mm, h-36*mm, 16*mm, 20*mm)
    c.setFont('LSans', 5.5); c.drawCentredString(26*mm, h-27*mm, 'stemma')
    c.setFont('LSans-B', 15); c.setFillColor(colors.HexColor('#1f4e79'))
    c.drawString(40*mm, h-22*mm, 'COMUNE DI VILLAPUTZU')
    c.setFont('LSans', 9); c.setFillColor(colors.black)
    c.drawString(40*mm, h-27*mm, 'Provincia del Sud Sardegna')
    c.drawString(40*mm, h-31.5*mm, 'Piazza Marconi, 1 - 09040 Villaputzu (SU) - C.F. 80001930925')
    c.setLineWidth(0.6); c.line(18*mm, h-39*mm, w-18*mm, h-39*mm)
    # footer
    c.setFont('LSans', 7.5)
    c.drawString(18*mm, 12*mm, 'Deliberazione della Giunta Comunale n. 31 del 12/03/2026')
    c.drawRightString(w-18*mm, 12*mm, 'Pag. %d' % doc.page)
    c.setFont('LSans-I', 7)
    c.drawCentredString(w/2, 7.5*mm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate')
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=44*mm, bottomMargin=20*mm,
                      title='DGC 31/2026', author='Comune di Villaputzu', creator='Atti - modulo Delibere')
doc.addPageTemplates([PageTemplate(id='p', frames=[Frame(18*mm, 20*mm, A4[0]-36*mm, A4[1]-64*mm, id='f')], onPage=header_footer)])

s = []
# register box
box = Table([
    [Paragraph('<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>', ParagraphStyle('x', parent=ctr, fontSize=11)), ''],
    [Paragraph('<b>ORIGINALE</b>', ctr), Paragraph('N. <b>31</b> del <b>12/03/2026</b>', ctr)],
], colWidths=[110*mm, 64*mm])
box.setStyle(TableStyle([('SPAN',(0,0),(1,0)),('BOX',(0,0),(-1,-1),0.8,colors.black),('INNERGRID',(0,0),(-1,-1),0.5,colors.black),
                         ('VALIGN',(0,0),(-1,-1),'MIDDLE'),('BACKGROUND',(0,0),(1,0),colors.HexColor('#dde7f3'))]))
s.append(box); s.append(Spacer(1,6))
subj = ('APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICA ED ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA '
        'DELLA STRADA COMUNALE "SU PRANU" – CUP H47H25001230004')
ot = Table([[Paragraph('<b>OGGETTO:</b>', body), Paragraph('<b>'+subj+'</b>', body)]], colWidths=[26*mm, 148*mm])
ot.setStyle(TableStyle([('VALIGN',(0,0),(-1,-1),'TOP'),('LINEBELOW',(0,0),(-1,-1),0.5,colors.grey)]))
s.append(ot); s.append(Spacer(1,6))
s.append(Paragraph("L'anno <b>duemilaventisei</b>, il giorno <b>dodici</b> del mese di <b>marzo</b>, alle ore <b>13:15</b>, "
    "nella Sala delle adunanze della Casa Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale, "
    "con l'intervento dei Signori:", body))
rows = [['N.', 'Cognome e Nome', 'Carica', 'Presente', 'Assente'],
        ['1', 'PORCU SANDRO', 'Sindaco', 'X', ''],
        ['2', 'MELIS ROBERTA', 'Vicesindaco', 'X', ''],
        ['3', 'CONGIU FABIO', 'Assessore', '', 'X'],
        ['4', 'LAI MARTINA', 'Assessore', 'X', ''],
        ['5', 'PIRAS GIANLUCA', 'Assessore', 'X', '']]
t = Table(rows, colWidths=[10*mm, 70*mm, 45*mm, 22*mm, 22*mm])
t.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'LSans',9.5),('FONT',(0,0),(-1,0),'LSans-B',9.5),
    ('GRID',(0,0),(-1,-1),0.5,colors.black),('BACKGROUND',(0,0),(-1,0),colors.HexColor('#eeeeee')),
    ('ALIGN',(3,0),(-1,-1),'CENTER'),('ALIGN',(0,0),(0,-1),'CENTER')]))
s.append(t); s.append(Spacer(1,4))
s.append(Paragraph('Presenti n. 4 &nbsp;&nbsp;&nbsp; Assenti n. 1', body))
s.append(Paragraph("Presiede la seduta il <b>Sindaco Sandro Porcu</b>. Partecipa con funzioni consultive, referenti e di assistenza "
    "e ne cura la verbalizzazione il <b>Segretario Comunale Dott.ssa Maria Grazia Usai</b>.", body))
s.append(Paragraph("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita i presenti "
    "a deliberare sull'oggetto sopraindicato.", body))
s.append(Paragraph('LA GIUNTA COMUNALE', hd))
s.append(Paragraph("VISTA la proposta di deliberazione n. 38 del 10/03/2026 predisposta dall'Area Tecnica, avente ad oggetto quanto in epigrafe;", body))
for p in [
 "PREMESSO che con deliberazione del Consiglio Comunale n. 5 del 27/01/2026 è stato approvato il Documento Unico di Programmazione 2026/2028 e con successiva deliberazione n. 6 in pari data il bilancio di previsione finanziario 2026/2028;",
 "CHE nel programma triennale dei lavori pubblici 2026/2028, annualità 2026, è inserito l'intervento di manutenzione straordinaria della strada comunale \"Su Pranu\", per un importo complessivo di € 240.000,00, finanziato con contributo della Regione Autonoma della Sardegna di cui alla L.R. n. 17/2025;",
 "DATO ATTO che il tecnico incaricato, Ing. Stefano Cocco, ha trasmesso in data 04/03/2026, prot. n. 2291, il progetto di fattibilità tecnica ed economica, composto dagli elaborati depositati agli atti dell'Area Tecnica;",
 "VISTI il D.Lgs. 31 marzo 2023, n. 36 e in particolare l'art. 41 e l'Allegato I.7; il D.Lgs. 18 agosto 2000, n. 267;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000 dai Responsabili delle Aree competenti;"]:
    s.append(Paragraph(p, body))
s.append(Paragraph("Con votazione unanime favorevole, espressa nelle forme di legge,", body))
s.append(Paragraph('DELIBERA', hd))
pts = [
 "di approvare il progetto di fattibilità tecnica ed economica dei lavori di manutenzione straordinaria della strada comunale \"Su Pranu\", dell'importo complessivo di € 240.000,00, di cui € 178.500,00 per lavori a base d'asta e € 61.500,00 per somme a disposizione dell'Amministrazione;",
 "di dare atto che la spesa trova copertura al capitolo 20810.3 del bilancio di previsione 2026/2028, annualità 2026;",
 "di nominare Responsabile Unico del Progetto il geom. Efisio Murgia, istruttore tecnico dell'Area Tecnica;",
 "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti, ivi compreso l'avvio della progettazione esecutiva."]
for i,p in enumerate(pts,1):
    s.append(Table([[Paragraph('%d.'%i, body), Paragraph(p, body)]], colWidths=[8*mm, 166*mm], style=[('VALIGN',(0,0),(-1,-1),'TOP'),('LEFTPADDING',(0,0),(-1,-1),0)]))
s.append(Paragraph("Successivamente, con separata votazione unanime, la presente deliberazione è dichiarata <b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", body))
s.append(Spacer(1,10))
sig = Table([[Paragraph('<b>IL SINDACO</b><br/>Sandro Porcu', ctr), Paragraph('<b>IL SEGRETARIO COMUNALE</b><br/>Dott.ssa Maria Grazia Usai', ctr)]], colWidths=[87*mm,87*mm])
s.append(KeepTogether([Paragraph('Letto, approvato e sottoscritto.', body), sig]))
s.append(Spacer(1,12))
pub = Table([[Paragraph('<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Si certifica che copia della presente deliberazione viene pubblicata all\'Albo Pretorio on line del Comune dal 13/03/2026 per quindici giorni consecutivi (Reg. Pubbl. n. 402).<br/>Villaputzu, 13/03/2026 &nbsp;&nbsp;&nbsp;&nbsp; Il Messo Comunale - Anna Loi', small)]], colWidths=[174*mm])
pub.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.6,colors.black)]))
s.append(pub)
doc.build(s)
