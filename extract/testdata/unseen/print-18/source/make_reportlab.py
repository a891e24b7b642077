# ReportLab builds: Trescore Balneario determinazione (J-Iride-like), Orte letter (Kibernetes-like)
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.lib import colors
OUT = '/tmp/round18/print-18/'

# ---------- Trescore Balneario ----------
N = ParagraphStyle('n', fontName='Helvetica', fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
C = ParagraphStyle('c', parent=N, alignment=TA_CENTER)
B = ParagraphStyle('b', parent=N, fontName='Helvetica-Bold', alignment=TA_CENTER, fontSize=10.5, spaceBefore=6, spaceAfter=6)
def tre_page(c, doc):
    c.saveState()
    c.setFont('Helvetica-Bold', 14); c.drawString(38*mm, 280*mm, 'COMUNE DI TRESCORE BALNEARIO')
    c.setFont('Helvetica', 9); c.drawString(38*mm, 275*mm, 'Provincia di Bergamo')
    c.rect(18*mm, 270*mm, 15*mm, 17*mm); c.setFont('Helvetica', 6); c.drawCentredString(25.5*mm, 278*mm, 'STEMMA')
    c.setLineWidth(0.8); c.line(18*mm, 267*mm, 192*mm, 267*mm)
    c.setFont('Helvetica', 7.5)
    c.drawString(18*mm, 12*mm, 'Determinazione n. 511 del 10/12/2025')
    c.drawRightString(192*mm, 12*mm, 'Pagina %d' % doc.page)
    c.restoreState()
doc = SimpleDocTemplate(OUT+'determina-trescore-jiride.pdf', pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=34*mm, bottomMargin=20*mm,
    title='Determinazione 511/2025', author='Comune di Trescore Balneario', creator='J-Iride Atti Amministrativi')
s = []
hdr = Table([
  [Paragraph('<b>AREA TECNICA</b>', N), Paragraph('Registro Generale<br/><b>N. 511 del 10/12/2025</b>', C)],
  [Paragraph('Servizio Ecologia e Ambiente', N), Paragraph('N. Settore: 143', C)],
], colWidths=[110*mm, 64*mm])
hdr.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.8,colors.black),('INNERGRID',(0,0),(-1,-1),0.4,colors.black),('VALIGN',(0,0),(-1,-1),'MIDDLE')]))
s.append(hdr); s.append(Spacer(1,6*mm))
s.append(Paragraph('<b>DETERMINAZIONE DEL RESPONSABILE DI AREA</b>', ParagraphStyle('t', parent=C, fontSize=12, leading=15)))
s.append(Spacer(1,3*mm))
og = Table([[Paragraph('<b>OGGETTO:</b>', N), Paragraph('<b>APPROVAZIONE DEL RENDICONTO DEL CENTRO DI RACCOLTA COMUNALE DI VIA LOTTO PER IL TERZO TRIMESTRE 2025 E LIQUIDAZIONE DEL CORRISPETTIVO ALLA SOCIETÀ SERVIZI COMUNALI S.P.A.</b>', N)]], colWidths=[24*mm,150*mm])
og.setStyle(TableStyle([('VALIGN',(0,0),(-1,-1),'TOP'),('LINEBELOW',(0,0),(-1,-1),0.4,colors.grey)]))
s.append(og); s.append(Spacer(1,3*mm))
s.append(Paragraph('IL RESPONSABILE DELL\'AREA TECNICA', B))
for t in [
 "Richiamato il decreto del Sindaco n. 9 del 02/01/2025 di nomina del sottoscritto quale Responsabile dell'Area Tecnica, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000;",
 "Premesso che con deliberazione del Consiglio Comunale n. 44 del 28/11/2023 è stato affidato in house alla società Servizi Comunali S.p.A. il servizio di igiene urbana, comprensivo della gestione del centro di raccolta comunale, per il periodo 2024-2028;",
 "Visto il rendiconto trasmesso dalla società con nota acquisita al protocollo n. 19874 del 21/10/2025, relativo al terzo trimestre 2025, dal quale risultano conferimenti per complessive 412,6 tonnellate e un corrispettivo dovuto di € 41.236,80 oltre IVA;",
 "Vista la fattura n. 2025/FE/3318 del 31/10/2025 di complessivi € 45.360,48, IVA 10% compresa;",
 "Accertata la regolarità contributiva della società (DURC INAIL_50921477, valido fino al 03/03/2026) e verificato che la spesa rientra nell'impegno n. 218/2025;",
]: s.append(Paragraph(t, N))
s.append(Paragraph('D E T E R M I N A', B))
for t in [
 "1. di approvare il rendiconto del centro di raccolta comunale di Via Lotto relativo al terzo trimestre 2025, agli atti dell'ufficio;",
 "2. di liquidare alla società Servizi Comunali S.p.A., con sede in Sarnico (BG), la fattura n. 2025/FE/3318 del 31/10/2025 per l'importo di € 45.360,48, IVA compresa, con imputazione alla Missione 09, Programma 03, capitolo 1736, impegno n. 218/2025;",
 "3. di trasmettere il presente atto al Servizio Finanziario per l'emissione del mandato di pagamento e di disporne la pubblicazione all'Albo Pretorio on line.",
]: s.append(Paragraph(t, N))
s.append(Spacer(1,10*mm))
sig = Table([['Trescore Balneario, 10/12/2025', 'IL RESPONSABILE DELL\'AREA TECNICA'], ['', 'Arch. Fabio Bettoni'], ['', '(atto firmato digitalmente)']], colWidths=[85*mm, 89*mm])
sig.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'Helvetica',9.5),('ALIGN',(1,0),(1,-1),'CENTER'),('FONT',(1,2),(1,2),'Helvetica-Oblique',8)]))
s.append(sig)
s.append(Spacer(1,14*mm))
vis = Table([[Paragraph('<b>VISTO DI REGOLARITÀ CONTABILE</b><br/>Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell\'art. 183, comma 7, del D.Lgs. 267/2000.<br/>Impegno n. 218/2025 - Liquidazione n. 2204/2025 - Importo € 45.360,48<br/><br/>Trescore Balneario, 11/12/2025 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL RESPONSABILE DEL SERVIZIO FINANZIARIO &nbsp; Dott.ssa Laura Zambelli', N)]], colWidths=[174*mm])
vis.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.6,colors.black),('LEFTPADDING',(0,0),(-1,-1),6)]))
s.append(KeepTogether(vis))
doc.build(s, onFirstPage=tre_page, onLaterPages=tre_page)

# ---------- Orte ----------
N2 = ParagraphStyle('n2', fontName='Times-Roman', fontSize=11, leading=15, alignment=TA_JUSTIFY, spaceAfter=6)
def orte_page(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor('#7a1f1f')); c.rect(18*mm, 271*mm, 3*mm, 16*mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont('Times-Bold', 17); c.drawString(24*mm, 281*mm, 'COMUNE DI ORTE')
    c.setFont('Times-Italic', 10); c.drawString(24*mm, 276*mm, 'Provincia di Viterbo')
    c.setFont('Times-Roman', 9); c.drawString(24*mm, 272*mm, 'Settore III - Urbanistica, Edilizia Privata e Demanio')
    c.setFont('Times-Roman', 7.5)
    c.drawCentredString(105*mm, 12*mm, 'Piazza del Plebiscito, 1 - 01028 Orte (VT) - tel. 0761 40421 - PEC: comuneorte@legalmail.it')
    c.restoreState()
doc = SimpleDocTemplate(OUT+'comunicazione-orte-kibernetes.pdf', pagesize=A4, leftMargin=22*mm, rightMargin=22*mm, topMargin=36*mm, bottomMargin=22*mm,
    title='Comunicazione avvio procedimento', creator='Kibernetes - Protocollo e Atti')
s = []
pr = Table([['Prot. n. 1184', 'Orte, 15/01/2026'], ['Rif. pratica: SUE 2025/214', '']], colWidths=[83*mm, 83*mm])
pr.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'Times-Roman',10),('ALIGN',(1,0),(1,0),'RIGHT')]))
s.append(pr); s.append(Spacer(1,4*mm))
s.append(Paragraph('Ai proprietari e aventi titolo degli immobili<br/>censiti al Catasto Terreni, Foglio 27,<br/>particelle 311, 312, 415 e 416<br/><b>NOTIFICA MEDIANTE PUBBLICAZIONE ALL\'ALBO PRETORIO</b>', ParagraphStyle('d', parent=N2, leftIndent=80*mm, alignment=TA_LEFT, fontSize=10, leading=13)))
s.append(Spacer(1,4*mm))
s.append(Paragraph('COMUNICAZIONE DI AVVIO DEL PROCEDIMENTO', ParagraphStyle('h', parent=N2, fontName='Times-Bold', alignment=TA_CENTER, fontSize=12)))
s.append(Paragraph('(artt. 7 e 8 della Legge 7 agosto 1990, n. 241)', ParagraphStyle('h2', parent=N2, alignment=TA_CENTER, fontSize=10)))
s.append(Paragraph('<b>Oggetto:</b> Procedimento di sdemanializzazione e alienazione del relitto stradale in località Paranzana, lungo la Strada Vicinale della Madonna delle Grazie.', N2))
for t in [
 "Il sottoscritto Responsabile del Settore III, ai sensi e per gli effetti degli artt. 7 e 8 della Legge n. 241/1990, in esecuzione della deliberazione della Giunta Comunale n. 4 del 09/01/2026,",
]: s.append(Paragraph(t, N2))
s.append(Paragraph('<b>COMUNICA</b>', ParagraphStyle('cc', parent=N2, alignment=TA_CENTER)))
for t in [
 "che è avviato il procedimento di sdemanializzazione e successiva alienazione del relitto stradale indicato in oggetto, della superficie catastale di circa mq 640, non più utilizzato per il pubblico transito e confinante con le particelle sopra elencate;",
 "che l'amministrazione competente è il Comune di Orte, Settore III - Urbanistica, Edilizia Privata e Demanio, e che il responsabile del procedimento è il geom. Stefano Pelliccia (tel. 0761 404233, e-mail s.pelliccia@comune.orte.vt.it);",
 "che il procedimento dovrà concludersi entro novanta giorni dalla data di pubblicazione della presente comunicazione;",
 "che gli interessati possono prendere visione degli atti presso l'Ufficio Demanio, nei giorni di martedì e giovedì dalle ore 9:00 alle ore 12:30, e presentare memorie scritte e documenti entro trenta giorni dalla pubblicazione, ai sensi dell'art. 10 della Legge n. 241/1990.",
]: s.append(Paragraph(t, N2, bulletText='–'))
s.append(Paragraph("Considerato il numero dei destinatari e l'incompleta intestazione catastale delle particelle, la presente comunicazione è resa nota mediante pubblicazione all'Albo Pretorio on line per trenta giorni consecutivi e sul sito istituzionale dell'Ente, ai sensi dell'art. 8, comma 3, della Legge n. 241/1990.", N2))
s.append(Spacer(1,10*mm))
s.append(Paragraph('IL RESPONSABILE DEL SETTORE III<br/>Ing. Valerio Cecchini<br/><font size="8"><i>Documento firmato digitalmente ai sensi dell\'art. 21 del D.Lgs. 82/2005</i></font>', ParagraphStyle('sg', parent=N2, leftIndent=85*mm, alignment=TA_CENTER)))
doc.build(s, onFirstPage=orte_page, onLaterPages=orte_page)
