# Delibera di Giunta, Comune di Orzinuovi - layout in the manner of Euris "Atti" prints; ReportLab platypus
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F='/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS', F+'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', F+'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSI', F+'LiberationSans-Italic.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('LS', normal='LS', bold='LSB', italic='LSI', boldItalic='LSB')
out = sys.argv[1]
N = ParagraphStyle('n', fontName='LS', fontSize=10, leading=13.5, alignment=4)
C = ParagraphStyle('c', parent=N, alignment=1)
B = ParagraphStyle('b', parent=C, fontName='LSB', fontSize=11, leading=14)
H = ParagraphStyle('h', parent=B, fontSize=15, leading=18)
S = ParagraphStyle('s', parent=N, fontSize=8, leading=10)
P = ParagraphStyle('p', parent=N, leftIndent=9*mm, firstLineIndent=-6*mm)

def page(c, d):
    c.saveState()
    c.setFont('LS', 7.5)
    c.drawString(20*mm, 12*mm, 'Delibera di Giunta Comunale n. 47 del 12/03/2026')
    c.drawRightString(190*mm, 12*mm, 'Pagina %d di 2' % d.page)
    c.setFont('LSI', 7)
    c.drawCentredString(105*mm, 7*mm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate')
    c.restoreState()

def first(c, d):
    c.saveState()
    # crest placeholder with caption
    c.setStrokeColor(colors.HexColor('#1f3d7a')); c.setLineWidth(1.2)
    c.roundRect(20*mm, 262*mm, 16*mm, 20*mm, 3*mm)
    c.setFont('LS', 5); c.drawCentredString(28*mm, 259*mm, 'stemma comunale')
    c.setFont('LSB', 17); c.setFillColor(colors.HexColor('#1f3d7a'))
    c.drawString(42*mm, 274*mm, 'COMUNE DI ORZINUOVI')
    c.setFillColor(colors.black); c.setFont('LS', 9.5)
    c.drawString(42*mm, 268.5*mm, 'Provincia di Brescia')
    c.setFont('LS', 7.5)
    c.drawString(42*mm, 264*mm, 'Piazza Vittorio Emanuele II, 1 – 25034 Orzinuovi (BS) – C.F. 00842050170')
    c.setFont('LSB', 9); c.drawRightString(190*mm, 276*mm, 'COPIA')
    c.restoreState()
    page(c, d)

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=20*mm, bottomMargin=20*mm,
    title='Delibera GC 47/2026', author='Comune di Orzinuovi', creator='Euris Atti Amministrativi', producer='ReportLab PDF Library - www.reportlab.com')
fr1 = Frame(20*mm, 18*mm, 170*mm, 238*mm, id='f1')
fr = Frame(20*mm, 18*mm, 170*mm, 262*mm, id='f')
doc.addPageTemplates([PageTemplate('first', [fr1], onPage=first), PageTemplate('later', [fr], onPage=page)])
from reportlab.platypus import NextPageTemplate
st = [NextPageTemplate('later')]
st.append(Paragraph('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', H))
st.append(Spacer(1, 4*mm))
reg = Table([['Numero', 'Data', 'Codice ente'], ['47', '12/03/2026', '10420']], colWidths=[30*mm, 40*mm, 30*mm])
reg.setStyle(TableStyle([('FONT', (0,0), (-1,0), 'LS', 7.5), ('FONT', (0,1), (-1,1), 'LSB', 11),
    ('BOX', (0,0), (-1,-1), 0.8, colors.black), ('INNERGRID', (0,0), (-1,-1), 0.4, colors.grey),
    ('ALIGN', (0,0), (-1,-1), 'CENTER'), ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#e3e8f2'))]))
st.append(reg)
st.append(Spacer(1, 5*mm))
subj = Table([[Paragraph('<b>OGGETTO:</b>', N), Paragraph('<b>APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DELL\'IMPIANTO DI ILLUMINAZIONE PUBBLICA DI VIA MATTEOTTI E VIA CODAGLI – CUP E97H26000140004</b>', N)]],
    colWidths=[24*mm, 146*mm])
subj.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('LINEABOVE', (0,0), (-1,0), 0.8, colors.black), ('LINEBELOW', (0,0), (-1,0), 0.8, colors.black), ('TOPPADDING', (0,0), (-1,-1), 5), ('BOTTOMPADDING', (0,0), (-1,-1), 6)]))
st.append(subj)
st.append(Spacer(1, 5*mm))
st.append(Paragraph("L'anno <b>duemilaventisei</b>, addì <b>dodici</b> del mese di <b>marzo</b> alle ore <b>17:30</b>, nella Sala delle adunanze del Palazzo Municipale, previa osservanza di tutte le formalità prescritte dalla vigente normativa, sono stati convocati a seduta i componenti della Giunta Comunale.", N))
st.append(Spacer(1, 3*mm))
st.append(Paragraph('All\'appello risultano:', N))
st.append(Spacer(1, 2*mm))
rows = [['N.', 'Cognome e Nome', 'Carica', 'Presente', 'Assente'],
 ['1', 'BELLINI GIANLUCA', 'Sindaco', 'X', ''],
 ['2', 'FERRARI MONICA', 'Vice Sindaco', 'X', ''],
 ['3', 'ROSSETTI PAOLO', 'Assessore', '', 'X'],
 ['4', 'GHIDINI ELENA', 'Assessore', 'X', ''],
 ['5', 'ZANOLINI MARCO', 'Assessore esterno', 'X', ''],
 ['', 'Totale', '', '4', '1']]
t = Table(rows, colWidths=[10*mm, 62*mm, 46*mm, 24*mm, 24*mm])
t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'LS', 9.5), ('FONT', (0,0), (-1,0), 'LSB', 9),
    ('FONT', (0,-1), (-1,-1), 'LSB', 9.5), ('GRID', (0,0), (-1,-1), 0.4, colors.grey),
    ('ALIGN', (3,0), (-1,-1), 'CENTER'), ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#e3e8f2'))]))
st.append(t)
st.append(Spacer(1, 3*mm))
st.append(Paragraph("Partecipa alla seduta il Segretario Comunale <b>Dott.ssa Laura Pedrali</b>, la quale provvede alla redazione del presente verbale.", N))
st.append(Spacer(1, 2*mm))
st.append(Paragraph("Essendo legale il numero degli intervenuti, il <b>Dott. Gianluca Bellini</b>, nella sua qualità di <b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", N))
st.append(Spacer(1, 5*mm))
st.append(Paragraph('LA GIUNTA COMUNALE', B))
st.append(Spacer(1, 2*mm))
for p in [
 "<b>Premesso</b> che con deliberazione del Consiglio Comunale n. 9 del 27/02/2026 è stato approvato il Documento Unico di Programmazione 2026/2028, comprensivo del programma triennale dei lavori pubblici, nel quale è inserito l'intervento di riqualificazione dell'illuminazione pubblica di via Matteotti e via Codagli;",
 "<b>Visto</b> il progetto di fattibilità tecnico-economica redatto dall'Ing. Stefano Bonetti, incaricato con determinazione dell'Area Tecnica n. 61 del 03/02/2026, pervenuto al protocollo n. 4187 del 05/03/2026, che prevede una spesa complessiva di € 186.400,00, di cui € 142.000,00 per lavori a base d'asta e € 44.400,00 per somme a disposizione dell'Amministrazione;",
 "<b>Dato atto</b> che l'intervento è finanziato per € 120.000,00 con contributo regionale ai sensi della L.R. n. 9/2020 e per la restante parte con fondi propri di bilancio, al capitolo 20810/3 della missione 10, programma 05;",
 "<b>Visto</b> il D.Lgs. 31 marzo 2023, n. 36 e in particolare l'art. 41 e l'allegato I.7;",
 "<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, allegati al presente atto;",
 "Con voti unanimi favorevoli, espressi nelle forme di legge;"]:
    st.append(Paragraph(p, N)); st.append(Spacer(1, 2*mm))
st.append(Spacer(1, 2*mm))
st.append(Paragraph('D E L I B E R A', B))
st.append(Spacer(1, 2*mm))
for i, p in enumerate([
 "di approvare il progetto di fattibilità tecnico-economica dell'intervento di riqualificazione dell'impianto di illuminazione pubblica di via Matteotti e via Codagli, per una spesa complessiva di € 186.400,00, secondo il quadro economico riportato in premessa;",
 "di dare atto che la spesa trova copertura al capitolo 20810/3 del bilancio di previsione 2026/2028, annualità 2026;",
 "di individuare quale Responsabile Unico del Progetto il Geom. Andrea Moretti, Responsabile dell'Area Tecnica;",
 "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti, compresa la procedura di affidamento della progettazione esecutiva."], 1):
    st.append(Paragraph('%d.&nbsp;&nbsp;%s' % (i, p), P)); st.append(Spacer(1, 1.5*mm))
st.append(Spacer(1, 3*mm))
st.append(Paragraph("Successivamente, con separata votazione unanime favorevole, la Giunta Comunale dichiara la presente deliberazione <b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di presentare la rendicontazione del contributo regionale entro il 31 marzo 2026.", N))
st.append(Spacer(1, 6*mm))
st.append(Paragraph('PARERI AI SENSI DELL\'ART. 49 DEL D.LGS. 267/2000', B))
pt = Table([[Paragraph('<b>Regolarità tecnica</b>: FAVOREVOLE<br/>Data 10/03/2026<br/>Il Responsabile dell\'Area Tecnica<br/>F.to Geom. Andrea Moretti', S),
             Paragraph('<b>Regolarità contabile</b>: FAVOREVOLE<br/>Data 11/03/2026<br/>Il Responsabile dell\'Area Finanziaria<br/>F.to Rag. Silvia Cominelli', S)]], colWidths=[85*mm, 85*mm])
pt.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.5, colors.black), ('INNERGRID', (0,0), (-1,-1), 0.5, colors.black), ('VALIGN', (0,0), (-1,-1), 'TOP')]))
st.append(Spacer(1, 2*mm)); st.append(pt)
st.append(Spacer(1, 6*mm))
st.append(Paragraph('Letto, confermato e sottoscritto.', N))
st.append(Spacer(1, 3*mm))
sg = Table([['IL SINDACO', 'IL SEGRETARIO COMUNALE'], ['Dott. Gianluca Bellini', 'Dott.ssa Laura Pedrali'], ['(firmato digitalmente)', '(firmato digitalmente)']], colWidths=[85*mm, 85*mm])
sg.setStyle(TableStyle([('FONT', (0,0), (-1,0), 'LSB', 9.5), ('FONT', (0,1), (-1,1), 'LS', 10), ('FONT', (0,2), (-1,2), 'LSI', 8), ('ALIGN', (0,0), (-1,-1), 'CENTER')]))
st.append(sg)
st.append(Spacer(1, 8*mm))
pub = Table([[Paragraph('<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>La presente deliberazione viene pubblicata all\'Albo Pretorio on line del Comune per 15 giorni consecutivi dal 13/03/2026 al 28/03/2026 (Reg. Pubbl. n. 388) e contestualmente comunicata ai Capigruppo consiliari ai sensi dell\'art. 125 del D.Lgs. 267/2000.<br/>Orzinuovi, 13/03/2026 &nbsp;&nbsp;&nbsp;&nbsp; Il Messo Comunale – F.to Giovanni Tedoldi', S)]], colWidths=[170*mm])
pub.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.8, colors.black), ('TOPPADDING', (0,0), (-1,-1), 5), ('BOTTOMPADDING', (0,0), (-1,-1), 5)]))
st.append(KeepTogether(pub))
doc.build(st)
