# Comune di Zoppola - deliberazione della Giunta n. 38/2026
# ReportLab platypus, layout in the manner of an ADWeb-style "verbale di deliberazione"
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSerif', F + 'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-B', F + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-I', F + 'LiberationSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('LSans', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSans-B', F + 'LiberationSans-Bold.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('LSerif', normal='LSerif', bold='LSerif-B', italic='LSerif-I', boldItalic='LSerif-B')

out = sys.argv[1]
TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 0
body = ParagraphStyle('b', fontName='LSerif', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
ctr = ParagraphStyle('c', parent=body, alignment=TA_CENTER)
small = ParagraphStyle('s', parent=body, fontSize=9, leading=11)
head = ParagraphStyle('h', fontName='LSans-B', fontSize=11, leading=14, alignment=TA_CENTER)
pts = ParagraphStyle('p', parent=body, leftIndent=16, firstLineIndent=-16)

class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        pass

def first_page(c, d):
    c.saveState()
    c.setFont('LSans-B', 17)
    c.drawCentredString(A4[0]/2, 280*mm, 'COMUNE DI ZOPPOLA')
    c.setFont('LSans', 9.5)
    c.drawCentredString(A4[0]/2, 275*mm, 'Regione Autonoma Friuli Venezia Giulia')
    c.setFont('LSans', 7.5)
    c.drawString(18*mm, 282*mm, '[stemma comunale]')
    c.setLineWidth(0.8)
    c.line(18*mm, 271*mm, A4[0]-18*mm, 271*mm)
    footer(c, d)
    c.restoreState()

def later_page(c, d):
    c.saveState()
    c.setFont('LSans', 8)
    c.drawString(18*mm, 287*mm, 'Comune di Zoppola')
    c.drawRightString(A4[0]-18*mm, 287*mm, 'Delibera di Giunta n. 38 del 12/03/2026')
    c.line(18*mm, 285*mm, A4[0]-18*mm, 285*mm)
    footer(c, d)
    c.restoreState()

def footer(c, d):
    c.setFont('LSans', 7.5)
    c.line(18*mm, 14*mm, A4[0]-18*mm, 14*mm)
    c.drawString(18*mm, 10*mm, 'Atto sottoscritto digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. - copia informatica per consultazione')
    c.drawRightString(A4[0]-18*mm, 10*mm, 'Pagina %d di %d' % (d.page, TOTAL))

doc = Doc(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=30*mm, bottomMargin=20*mm,
          title='Deliberazione della Giunta Comunale n. 38 del 12/03/2026', author='Comune di Zoppola')
fr1 = Frame(20*mm, 20*mm, A4[0]-40*mm, 248*mm, id='f1')
fr2 = Frame(20*mm, 20*mm, A4[0]-40*mm, 260*mm, id='f2')
doc.addPageTemplates([PageTemplate('first', [fr1], onPage=first_page, autoNextPageTemplate='later'),
                      PageTemplate('later', [fr2], onPage=later_page)])

S = []
box = Table([[Paragraph('<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>', head)],
             [Paragraph('<b>N. 38</b> &nbsp;&nbsp; del &nbsp;&nbsp; <b>12/03/2026</b>', ParagraphStyle('n', parent=head, fontName='LSans', fontSize=11))]],
            colWidths=[170*mm])
box.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 1, colors.black), ('LINEBELOW', (0,0), (-1,0), 0.5, colors.black),
                         ('TOPPADDING', (0,0), (-1,-1), 4), ('BOTTOMPADDING', (0,0), (-1,-1), 5)]))
S += [box, Spacer(1, 8)]
subj = Table([[Paragraph('<b>OGGETTO:</b>', body),
               Paragraph('<b>APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA ED EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA DI CASTIONS. CUP F47H26000020006.</b>', body)]],
             colWidths=[25*mm, 145*mm])
subj.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('LEFTPADDING', (0,0), (-1,-1), 0)]))
S += [subj, Spacer(1, 6)]
S.append(Paragraph("L'anno <b>duemilaventisei</b>, il giorno <b>dodici</b> del mese di <b>marzo</b> alle ore <b>18:00</b>, nella sala delle adunanze della sede municipale, in seguito a convocazione disposta con avviso scritto e relativo ordine del giorno notificato ai singoli componenti, si è riunita la Giunta Comunale.", body))
S.append(Paragraph('Fatto l\'appello nominale risultano:', body))
rows = [['', 'Cognome e nome', 'Carica', 'Presente', 'Assente'],
        ['1', 'DEL BEN MARCO', 'Sindaco', 'X', ''],
        ['2', 'FABRIS ELISA', 'Vice Sindaco', 'X', ''],
        ['3', 'ZILLI ANDREA', 'Assessore', 'X', ''],
        ['4', 'MORO CHIARA', 'Assessore', 'X', ''],
        ['5', 'PIVETTA LUCA', 'Assessore', '', 'X'],
        ['', '', 'Totale', '4', '1']]
t = Table(rows, colWidths=[10*mm, 62*mm, 40*mm, 24*mm, 24*mm])
t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'LSans', 9.5), ('FONT', (0,0), (-1,0), 'LSans-B', 9.5),
                       ('FONT', (2,-1), (-1,-1), 'LSans-B', 9.5),
                       ('GRID', (0,0), (-1,-2), 0.4, colors.black), ('BOX', (2,-1), (-1,-1), 0.4, colors.black),
                       ('INNERGRID', (2,-1), (-1,-1), 0.4, colors.black),
                       ('ALIGN', (3,0), (-1,-1), 'CENTER'), ('ALIGN', (0,0), (0,-1), 'CENTER'),
                       ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#e6e6e6'))]))
S += [t, Spacer(1, 8)]
S.append(Paragraph('Assiste il Segretario Comunale dott.ssa Paola Marcuzzi.', body))
S.append(Paragraph('Constatato il numero legale degli intervenuti, il sig. Marco Del Ben nella sua qualità di Sindaco assume la presidenza ed espone gli oggetti inscritti all\'ordine del giorno e su questi la Giunta Comunale adotta la seguente deliberazione.', body))
S.append(Spacer(1, 4))
S.append(Paragraph('Proposta di deliberazione n. 45 del 10/03/2026 &ndash; Ufficio proponente: AREA TECNICA - SERVIZIO LAVORI PUBBLICI', ParagraphStyle('pp', parent=small, fontName='LSans', borderPadding=3, borderWidth=0.5, borderColor=colors.grey)))
S.append(Spacer(1, 8))
S.append(Paragraph('<b>LA GIUNTA COMUNALE</b>', ctr))
for p in [
 "<b>PREMESSO</b> che l'edificio che ospita la scuola primaria di Castions, di proprietà comunale, necessita di interventi di manutenzione straordinaria della copertura e dei serramenti esterni, nonché di interventi di efficientamento energetico dell'impianto termico, come evidenziato nella relazione dell'Area Tecnica prot. n. 3127 del 20/02/2026;",
 "<b>RICHIAMATO</b> il Programma triennale dei lavori pubblici 2026-2028 e l'elenco annuale 2026, approvati unitamente al Documento Unico di Programmazione con deliberazione del Consiglio Comunale n. 52 del 18/12/2025, nel quale l'intervento è inserito per un importo complessivo di € 480.000,00;",
 "<b>VISTO</b> il decreto del Sindaco n. 4 del 15/01/2026 con il quale è stata attribuita all'arch. Silvia Cescon la titolarità dell'incarico di Elevata Qualificazione dell'Area Tecnica;",
 "<b>VISTO</b> il progetto di fattibilità tecnico-economica redatto dall'ing. Giorgio Furlanetto, incaricato con determinazione n. 611 del 28/11/2025, acquisito al protocollo comunale al n. 3980 del 05/03/2026, composto dagli elaborati elencati nella relazione generale e recante il seguente quadro economico: lavori a base d'asta € 352.000,00, oneri per la sicurezza € 12.000,00, somme a disposizione dell'Amministrazione € 116.000,00, per un totale di € 480.000,00;",
 "<b>DATO ATTO</b> che il progetto è stato verificato ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36, come risulta dal verbale di verifica del 09/03/2026;",
 "<b>VISTI</b> il D.Lgs. 18 agosto 2000, n. 267, la L.R. 11 dicembre 2003, n. 21, e lo Statuto comunale;",
 "<b>ACQUISITI</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000, riportati in calce;",
 "Con voti unanimi favorevoli, espressi nelle forme di legge,"]:
    S.append(Paragraph(p, body))
S.append(Paragraph('<b>D E L I B E R A</b>', ctr))
for n, p in enumerate([
 "di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria ed efficientamento energetico della scuola primaria di Castions, redatto dall'ing. Giorgio Furlanetto, per l'importo complessivo di € 480.000,00, secondo il quadro economico riportato in premessa;",
 "di dare atto che la spesa trova copertura per € 300.000,00 con contributo regionale concesso con decreto n. 1184/TERINF del 22/10/2025 e per € 180.000,00 con avanzo di amministrazione, al capitolo 20410/1 della missione 04, programma 02, del bilancio di previsione 2026-2028;",
 "di confermare quale Responsabile Unico del Progetto l'arch. Silvia Cescon, titolare di incarico di Elevata Qualificazione dell'Area Tecnica;",
 "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti, ivi compreso l'affidamento della progettazione esecutiva."], 1):
    S.append(Paragraph('%d. %s' % (n, p), pts))
S.append(Paragraph("Inoltre, con separata votazione unanime favorevole, resa nelle forme di legge, la Giunta Comunale dichiara la presente deliberazione <b>immediatamente eseguibile</b> ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21, stante la necessità di rispettare il cronoprogramma del contributo regionale.", body))
S.append(Spacer(1, 8))
par = Table([[Paragraph('<b>PARERE DI REGOLARITÀ TECNICA</b><br/>Ai sensi dell\'art. 49 del D.Lgs. 267/2000 si esprime parere <b>FAVOREVOLE</b>.<br/>Zoppola, 10/03/2026<br/>Il Responsabile dell\'Area Tecnica<br/>f.to arch. Silvia Cescon', small),
              Paragraph('<b>PARERE DI REGOLARITÀ CONTABILE</b><br/>Ai sensi dell\'art. 49 del D.Lgs. 267/2000 si esprime parere <b>FAVOREVOLE</b>.<br/>Zoppola, 11/03/2026<br/>Il Responsabile dell\'Area Finanziaria<br/>f.to rag. Daniela Bertoia', small)]],
            colWidths=[85*mm, 85*mm])
par.setStyle(TableStyle([('BOX', (0,0), (0,0), 0.5, colors.black), ('BOX', (1,0), (1,0), 0.5, colors.black), ('VALIGN', (0,0), (-1,-1), 'TOP')]))
S += [KeepTogether(par), Spacer(1, 10)]
S.append(Paragraph('Letto, confermato e sottoscritto.', body))
sig = Table([[Paragraph('IL PRESIDENTE<br/>Marco Del Ben', ctr), Paragraph('IL SEGRETARIO COMUNALE<br/>dott.ssa Paola Marcuzzi', ctr)],
             [Paragraph('<i>(documento firmato digitalmente)</i>', ParagraphStyle('x', parent=ctr, fontSize=8)), Paragraph('<i>(documento firmato digitalmente)</i>', ParagraphStyle('x', parent=ctr, fontSize=8))]],
            colWidths=[85*mm, 85*mm])
S += [sig, Spacer(1, 12)]
pub = Table([[Paragraph('<b>ATTESTATO DI INIZIO PUBBLICAZIONE</b><br/>Si attesta che la presente deliberazione viene pubblicata all\'Albo pretorio on line il 13/03/2026 e vi rimarrà per quindici giorni consecutivi, fino al 28/03/2026, ai sensi dell\'art. 1, comma 15, della L.R. 11 dicembre 2003, n. 21. Contestualmente è comunicata ai Capigruppo consiliari.<br/>Zoppola, 13/03/2026 &nbsp;&nbsp;&nbsp;&nbsp; L\'Impiegato responsabile &nbsp; f.to Roberta Santin', small)]], colWidths=[170*mm])
pub.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.5, colors.black)]))
S.append(KeepTogether(pub))
doc.build(S)
