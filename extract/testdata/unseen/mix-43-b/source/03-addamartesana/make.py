# Unione di Comuni Lombarda Adda Martesana - deliberazione della Giunta dell'Unione n. 9/2026 (ReportLab platypus)
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
F = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', F + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', F + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', F + 'DejaVuSans-Oblique.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('DV', normal='DV', bold='DVB', italic='DVI', boldItalic='DVB')

body = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
cen = ParagraphStyle('c', parent=body, alignment=TA_CENTER)
tit = ParagraphStyle('t', parent=cen, fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=6)
subj = ParagraphStyle('s', parent=cen, fontName='DVB', fontSize=10.5, leading=14)

class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        pass
def onpage(c, d):
    c.saveState()
    c.setFont('DVB', 12); c.setFillColor(colors.HexColor('#0b4f2e'))
    c.drawCentredString(105*mm, 282*mm, 'UNIONE DI COMUNI LOMBARDA ADDA MARTESANA')
    c.setFont('DV', 8); c.setFillColor(colors.black)
    c.drawCentredString(105*mm, 277.5*mm, 'Comuni di Pozzuolo Martesana e Truccazzano – Città Metropolitana di Milano')
    c.drawCentredString(105*mm, 273.5*mm, 'Sede legale: Via Martiri della Liberazione, 11 – 20060 Pozzuolo Martesana (MI)')
    c.setStrokeColor(colors.HexColor('#0b4f2e')); c.setLineWidth(1.2); c.line(20*mm, 270*mm, 190*mm, 270*mm)
    c.setLineWidth(0.4); c.line(20*mm, 16*mm, 190*mm, 16*mm)
    c.setFont('DV', 7)
    c.drawString(20*mm, 12*mm, 'Delibera G.U. n. 9 del 10/03/2026')
    c.drawRightString(190*mm, 12*mm, 'Pagina %d di 2' % d.page)
    c.restoreState()

doc = Doc('../../delibera-addamartesana-reportlab.pdf', pagesize=A4, title='Deliberazione Giunta Unione n. 9/2026',
          author='Unione di Comuni Lombarda Adda Martesana', leftMargin=20*mm, rightMargin=20*mm, topMargin=30*mm, bottomMargin=22*mm)
doc.addPageTemplates([PageTemplate(frames=[Frame(20*mm, 20*mm, 170*mm, 248*mm, id='f')], onPage=onpage)])
S = []
S.append(Paragraph('COPIA', ParagraphStyle('r', parent=body, alignment=2, fontName='DVB')))
S.append(Paragraph('DELIBERAZIONE DELLA GIUNTA DELL’UNIONE', tit))
t = Table([[Paragraph('<b>N. 9</b>', cen), Paragraph('<b>Seduta del 10/03/2026</b>', cen), Paragraph('Codice Ente: 11115', cen)]],
          colWidths=[40*mm, 70*mm, 60*mm])
t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('INNERGRID', (0, 0), (-1, -1), 0.5, colors.black),
                       ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
S += [t, Spacer(1, 8)]
st = Table([[Paragraph('APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L’ASSOCIAZIONE NAZIONALE CARABINIERI – SEZIONE DI GORGONZOLA PER IL SERVIZIO DI VIGILANZA AGLI INGRESSI DEI PLESSI SCOLASTICI – ANNO SCOLASTICO 2025/2026', subj)]], colWidths=[170*mm])
st.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1.2, colors.HexColor('#0b4f2e')), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#eef5f0')),
                        ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
S += [st, Spacer(1, 8)]
P = lambda x: S.append(Paragraph(x, body))
P('L’anno duemilaventisei, addì dieci del mese di marzo, alle ore 17.30, presso la sede dell’Unione in Pozzuolo Martesana, convocata nei modi di legge, si è riunita la Giunta dell’Unione.')
P('Sono presenti i Sigg.: <b>SIRONI ANGELO</b> – Presidente; <b>CAZZANIGA MONICA</b> – Vice Presidente; <b>ROSSETTI LUCA</b> – Assessore. Risulta assente giustificata la Sig.ra <b>MAGNI PIERA</b> – Assessore.')
P('Partecipa alla seduta il Segretario dell’Unione, Dott.ssa Marina Colombo, che provvede alla redazione del presente verbale.')
P('Il Sig. Angelo Sironi, nella sua qualità di Presidente, riconosciuta la legalità dell’adunanza, dichiara aperta la seduta e invita la Giunta a deliberare sull’argomento in oggetto.')
S.append(Paragraph('LA GIUNTA DELL’UNIONE', tit))
for x in [
 '<b>Premesso</b> che all’Unione è stata conferita, con le rispettive deliberazioni consiliari dei Comuni aderenti, la gestione associata delle funzioni di polizia locale;',
 '<b>Considerato</b> che il Comando di Polizia Locale non dispone di personale sufficiente a presidiare contemporaneamente gli ingressi dei cinque plessi scolastici del territorio negli orari di entrata e di uscita degli alunni;',
 '<b>Vista</b> la disponibilità manifestata dall’Associazione Nazionale Carabinieri – Sezione di Gorgonzola, iscritta al Registro Unico Nazionale del Terzo Settore, con nota acquisita al protocollo dell’Unione n. 1288 del 20/02/2026;',
 '<b>Visto</b> l’art. 56 del D.Lgs. 3 luglio 2017, n. 117, che consente alle amministrazioni pubbliche di sottoscrivere convenzioni con le organizzazioni di volontariato per lo svolgimento di attività di interesse generale;',
 '<b>Visto</b> lo schema di convenzione allegato, che prevede il solo rimborso delle spese effettivamente sostenute e documentate, entro il limite massimo di € 4.800,00;',
 '<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile ai sensi dell’art. 49 del D.Lgs. 267/2000;',
 'Con voti unanimi favorevoli espressi in forma palese,']:
    P(x)
S.append(Paragraph('DELIBERA', tit))
items = [
 'di approvare lo schema di convenzione con l’Associazione Nazionale Carabinieri – Sezione di Gorgonzola per il servizio di vigilanza agli ingressi dei plessi scolastici, allegato quale parte integrante e sostanziale;',
 'di prenotare la spesa massima di € 4.800,00 alla Missione 3, Programma 1, capitolo 1320 “Rimborsi ad associazioni di volontariato” del bilancio 2026/2028, esercizio 2026;',
 'di autorizzare il Comandante della Polizia Locale alla sottoscrizione della convenzione e all’adozione degli atti gestionali conseguenti;',
 'di trasmettere il presente atto ai Comuni di Pozzuolo Martesana e Truccazzano e ai Dirigenti scolastici interessati.']
S.append(ListFlowable([ListItem(Paragraph(x, body), leftIndent=12) for x in items], bulletType='bullet', start='•', leftIndent=12, bulletFontName='DV'))
P('Con successiva e separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.')
S.append(Spacer(1, 10))
sig = Table([[Paragraph('IL PRESIDENTE<br/>F.to Angelo Sironi', cen), Paragraph('IL SEGRETARIO DELL’UNIONE<br/>F.to Dott.ssa Marina Colombo', cen)]], colWidths=[85*mm, 85*mm])
S.append(sig)
S.append(Spacer(1, 12))
rel = Table([[Paragraph('<b>RELATA DI PUBBLICAZIONE</b><br/>Copia della presente deliberazione viene pubblicata all’Albo Pretorio on line dell’Unione il giorno 12/03/2026 e vi rimarrà per quindici giorni consecutivi, ai sensi dell’art. 124 del D.Lgs. 267/2000. Reg. pubbl. n. 87.<br/>Pozzuolo Martesana, 12/03/2026 – Il Segretario dell’Unione F.to Dott.ssa Marina Colombo', ParagraphStyle('x', parent=body, fontSize=8.5, leading=11))]], colWidths=[170*mm])
rel.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black)]))
S.append(KeepTogether([rel]))
S.append(Spacer(1, 6))
S.append(Paragraph('Copia conforme all’originale informatico firmato digitalmente ai sensi del D.Lgs. 82/2005, per uso amministrativo.', ParagraphStyle('y', parent=cen, fontName='DVI', fontSize=7.5)))
doc.build(S)
