# Comune di Lipari - ordinanza sindacale, imitating a "Sikuel" print; ReportLab platypus
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
L = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS', L + 'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', L + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LA', L + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LAI', L + 'LiberationSans-Italic.ttf'))
N = ParagraphStyle('n', fontName='LS', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle('c', parent=N, alignment=TA_CENTER)
CB = ParagraphStyle('cb', parent=C, fontName='LSB', fontSize=12, spaceBefore=6, spaceAfter=6)
H = ParagraphStyle('h', fontName='LSB', fontSize=20, leading=23, alignment=TA_CENTER)
SM = ParagraphStyle('s', fontName='LA', fontSize=8.5, leading=10.5, alignment=TA_CENTER)

def furniture(c, d):
    c.saveState(); c.setFont('LAI', 7.5); c.setFillGray(0.35)
    c.drawString(20*mm, 12*mm, 'Ordinanza n. 27 del 20/03/2026 - Documento firmato digitalmente ai sensi degli artt. 20 e 21 del D.Lgs. 82/2005')
    c.drawRightString(190*mm, 12*mm, 'Pagina %d' % d.page)
    # protocol stamp at top right
    c.setStrokeGray(0.3); c.rect(145*mm, 272*mm, 47*mm, 16*mm)
    c.setFont('LA', 7); c.drawString(147*mm, 284*mm, 'COMUNE DI LIPARI - Protocollo')
    c.drawString(147*mm, 279.5*mm, 'N. 0009874 del 20/03/2026')
    c.drawString(147*mm, 275*mm, 'Uscita - Cat. 9 Cl. 4')
    c.restoreState()

doc = SimpleDocTemplate('../ordinanza-lipari-sikuel.pdf', pagesize=A4, leftMargin=22*mm, rightMargin=22*mm,
                        topMargin=30*mm, bottomMargin=22*mm, title='Ordinanza 27/2026', author='Comune di Lipari', creator='Sikuel Atti')
s = []
s += [Paragraph('[stemma]', SM), Paragraph('COMUNE DI LIPARI', H),
      Paragraph('Città Metropolitana di Messina<br/>Isole Eolie - Patrimonio dell\'Umanità UNESCO', SM), Spacer(1, 5*mm)]
t = Table([[Paragraph('<b>ORDINANZA SINDACALE N. 27 DEL 20/03/2026</b>', ParagraphStyle('x', parent=C, fontName='LSB', fontSize=13))]],
          colWidths=[166*mm])
t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1.2, colors.black), ('BACKGROUND', (0, 0), (-1, -1), colors.Color(.92, .92, .92)),
                       ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 7)]))
s += [t, Spacer(1, 4*mm)]
ot = Table([[Paragraph('<b>OGGETTO:</b>', N), Paragraph('<b>Disciplina temporanea della circolazione veicolare nel centro abitato di Canneto '
            'per i lavori di rifacimento della rete idrica in via Marina Garibaldi - Divieto di transito e di sosta dal 23 marzo al 30 aprile 2026.</b>', N)]],
           colWidths=[25*mm, 141*mm])
ot.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
s += [ot, Spacer(1, 2*mm), Paragraph('IL SINDACO', CB)]
for x in [
 "VISTA la nota prot. n. 9412 del 16/03/2026 con la quale il Responsabile dell'Area Lavori Pubblici comunica l'avvio, a far data dal 23/03/2026, "
 "dei lavori di rifacimento della rete idrica in via Marina Garibaldi, frazione Canneto, affidati all'impresa Eolie Costruzioni S.r.l.;",
 "CONSIDERATO che la carreggiata della via Marina Garibaldi non consente, durante l'esecuzione degli scavi, il transito in sicurezza dei veicoli "
 "e dei pedoni e che si rende pertanto necessario disciplinare la circolazione;",
 "SENTITO il Comando di Polizia Municipale, che ha espresso parere favorevole con nota prot. n. 9640 del 18/03/2026;",
 "VISTI gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione;",
 "VISTO l'art. 50 del D.Lgs. 18 agosto 2000, n. 267 e l'O.R.EE.LL. vigente nella Regione Siciliana;"]:
    s.append(Paragraph(x, N))
s.append(Paragraph('O R D I N A', CB))
s.append(Paragraph('dalle ore 7:00 del 23/03/2026 alle ore 19:00 del 30/04/2026, e comunque fino al termine dei lavori:', N))
for i, x in enumerate([
 "il <b>divieto di transito</b> a tutti i veicoli in via Marina Garibaldi, nel tratto compreso tra la piazza San Cristoforo e il civico n. 78, "
 "eccetto i mezzi di soccorso, delle forze dell'ordine e dell'impresa esecutrice;",
 "il <b>divieto di sosta con rimozione forzata</b>, ambo i lati, nel medesimo tratto;",
 "l'istituzione del <b>doppio senso di circolazione</b> in via Vittorio Emanuele, frazione Canneto, per l'intera durata dei lavori."], 1):
    s.append(Paragraph(x, ParagraphStyle('li', parent=N, leftIndent=8*mm, bulletIndent=0), bulletText=f'{i})'))
s.append(Paragraph('D I S P O N E', CB))
s.append(Paragraph("che l'impresa esecutrice provveda alla collocazione della prescritta segnaletica almeno 48 ore prima dell'inizio dei lavori; "
                   "che la presente ordinanza sia pubblicata all'Albo Pretorio on line e trasmessa al Comando di Polizia Municipale, "
                   "alla Stazione dei Carabinieri di Lipari e al Distaccamento dei Vigili del Fuoco.", N))
s.append(Paragraph("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Sicilia - Sezione staccata di Catania entro 60 giorni, "
                   "ovvero ricorso straordinario al Presidente della Regione Siciliana entro 120 giorni dalla pubblicazione.", N))
s.append(Spacer(1, 8*mm))
s.append(Paragraph('Lipari, 20/03/2026', N))
s.append(Table([['', Paragraph('IL SINDACO<br/>Dott. Bartolo Cincotta', C)]], colWidths=[90*mm, 76*mm]))
doc.build(s, onFirstPage=furniture, onLaterPages=furniture)
