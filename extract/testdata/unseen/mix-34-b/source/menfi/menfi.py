# Comune di Menfi - deliberazione della Giunta Municipale n. 27/2026 (ReportLab platypus, Times core fonts)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib import colors

out = sys.argv[1]
N = ParagraphStyle('n', fontName='Times-Roman', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceBefore=4)
B = ParagraphStyle('b', parent=N, fontName='Times-Bold')
C = ParagraphStyle('c', parent=N, fontName='Times-Bold', alignment=TA_CENTER, spaceBefore=10, spaceAfter=4)
S = ParagraphStyle('s', parent=N, fontSize=9, leading=11.5)
BUL = ParagraphStyle('bul', parent=N, leftIndent=16, bulletIndent=4)

def page(canv, doc):
    canv.saveState()
    canv.setFont('Times-Italic', 8.5)
    canv.drawRightString(A4[0] - 20*mm, A4[1] - 12*mm, 'Delib. G.M. n. 27 del 11/03/2026')
    canv.setFont('Times-Roman', 8.5)
    canv.drawCentredString(A4[0]/2, 12*mm, '- %d -' % doc.page)
    canv.restoreState()

story = []
head = Table([
    [Paragraph('<font size=7>STEMMA</font>', ParagraphStyle('x', alignment=TA_CENTER, fontName='Times-Roman')),
     Paragraph('<font size=17><b>COMUNE DI MENFI</b></font><br/><font size=10>Libero Consorzio Comunale di Agrigento</font>',
               ParagraphStyle('h', fontName='Times-Roman', alignment=TA_CENTER, leading=20))]],
    colWidths=[22*mm, 126*mm], rowHeights=[22*mm])
head.setStyle(TableStyle([('BOX', (0,0), (0,0), 0.5, colors.grey), ('VALIGN', (0,0), (-1,-1), 'MIDDLE')]))
story += [head, Spacer(1, 6)]
story.append(Paragraph('<b>COPIA DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE</b>', ParagraphStyle('t', parent=N, fontSize=13, alignment=TA_CENTER, spaceBefore=8, spaceAfter=8)))

reg = Table([[Paragraph('N. <b>27</b> del Reg.', N), Paragraph('Data <b>11/03/2026</b>', N)]], colWidths=[40*mm, 45*mm], hAlign='LEFT')
reg.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.8, colors.black), ('INNERGRID', (0,0), (-1,-1), 0.5, colors.black), ('VALIGN', (0,0), (-1,-1), 'TOP')]))
story += [reg, Spacer(1, 4)]
story.append(Paragraph('<b>OGGETTO:</b> Atto di indirizzo per l’erogazione di contributi economici straordinari a nuclei familiari in condizione di disagio socio-economico – Anno 2026. Assegnazione risorse al Responsabile del Settore I.', ParagraphStyle('o', parent=N, leftIndent=62, firstLineIndent=-62, spaceBefore=6)))
story.append(Spacer(1, 8))

story.append(Paragraph('L’anno duemilaventisei, il giorno undici del mese di marzo, alle ore 13,15 e seguenti, nella Casa Comunale e nella consueta sala delle adunanze, in seguito a regolare convocazione, si è riunita la Giunta Municipale con l’intervento dei Signori:', N))
story.append(Paragraph('sono presenti i Sigg.: CIACCIO VITO, Sindaco; BONO ROSALIA, Vice Sindaco; MANISCALCO FILIPPO, Assessore; LI VOLSI GIUSEPPINA, Assessore.', N))
story.append(Paragraph('Risulta assente il Sig. MONTALBANO VINCENZO, Assessore.', N))
story.append(Paragraph('Presiede il Sindaco Dott. Vito Ciaccio. Partecipa il Segretario Generale Dott.ssa Rosaria Sciortino.', N))
story.append(Paragraph('Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la seduta e invita i convenuti a deliberare sull’oggetto sopra indicato.', N))

story.append(Paragraph('LA GIUNTA MUNICIPALE', C))
for t in [
    '<b>Premesso</b> che l’Amministrazione comunale intende sostenere, anche per l’anno 2026, i nuclei familiari residenti che versano in condizioni di temporanea difficoltà economica, con particolare riferimento alle famiglie con minori, anziani soli e persone con disabilità;',
    '<b>Visto</b> il vigente Regolamento comunale per la concessione di contributi e benefici economici, approvato con deliberazione del Consiglio Comunale n. 18 del 30/04/2019;',
    '<b>Vista</b> la L.R. 9 maggio 1986, n. 22, di riordino dei servizi socio-assistenziali in Sicilia;',
    '<b>Dato atto</b> che nel bilancio di previsione 2026/2028, in corso di approvazione, e nell’esercizio provvisorio è disponibile sul capitolo 11040/1 “Contributi straordinari a famiglie bisognose” la somma di € 24.000,00;',
    '<b>Visti</b> i pareri favorevoli resi ai sensi dell’art. 53 della L. 142/1990, come recepito dall’art. 1, comma 1, lett. i), della L.R. 48/1991, riportati in calce al presente atto;',
    '<b>Visto</b> l’O.R.EE.LL. vigente nella Regione Siciliana;',
]:
    story.append(Paragraph(t, N))
story.append(Paragraph('Con voti unanimi favorevoli, espressi in forma palese,', N))
story.append(Paragraph('D E L I B E R A', C))
for t in [
    'di formulare atto di indirizzo al Responsabile del Settore I – Affari Generali e Servizi Sociali per l’erogazione di contributi economici straordinari a nuclei familiari in condizione di disagio socio-economico per l’anno 2026;',
    'di assegnare al medesimo Responsabile la somma complessiva di € 24.000,00 sul capitolo 11040/1 del bilancio, per l’adozione dei conseguenti atti gestionali;',
    'di stabilire che i contributi siano concessi previa istruttoria del Servizio Sociale professionale, sulla base dell’ISEE in corso di validità e nel rispetto dei criteri del vigente Regolamento;',
    'di disporre la pubblicazione del presente atto nella sezione “Amministrazione Trasparente” del sito istituzionale, ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013.',
]:
    story.append(Paragraph(t, BUL, bulletText='–'))
story.append(Paragraph('Successivamente, con separata votazione unanime, la Giunta Municipale dichiara la presente deliberazione immediatamente esecutiva, ai sensi dell’art. 12, comma 2, della L.R. 3 dicembre 1991, n. 44.', N))

par = Table([
    [Paragraph('<b>PARERI</b> (art. 53 L. 142/1990, recepito dalla L.R. 48/1991)', S), ''],
    [Paragraph('Regolarità tecnica: FAVOREVOLE<br/>Menfi, 09/03/2026<br/>Il Responsabile del Settore I<br/>F.to Dott. Calogero Mangiaracina', S),
     Paragraph('Regolarità contabile: FAVOREVOLE<br/>Menfi, 10/03/2026<br/>Il Responsabile del Settore II<br/>F.to Rag. Antonina Passalacqua', S)],
], colWidths=[85*mm, 85*mm])
par.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.6, colors.black), ('SPAN', (0,0), (1,0)), ('INNERGRID', (0,1), (-1,-1), 0.4, colors.black), ('VALIGN', (0,0), (-1,-1), 'TOP')]))
story += [Spacer(1, 10), KeepTogether(par)]

story.append(Paragraph('Letto, approvato e sottoscritto.', ParagraphStyle('l', parent=N, spaceBefore=14)))
sig = Table([[Paragraph('IL SINDACO<br/>F.to Dott. Vito Ciaccio', ParagraphStyle('g', parent=N, alignment=TA_CENTER)),
              Paragraph('L’ASSESSORE ANZIANO<br/>F.to Rosalia Bono', ParagraphStyle('g', parent=N, alignment=TA_CENTER)),
              Paragraph('IL SEGRETARIO GENERALE<br/>F.to Dott.ssa Rosaria Sciortino', ParagraphStyle('g', parent=N, alignment=TA_CENTER))]],
            colWidths=[56*mm, 56*mm, 58*mm])
story.append(KeepTogether(sig))

cert = Table([[Paragraph('<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Il sottoscritto Segretario Generale, su conforme attestazione del Messo comunale, certifica che copia della presente deliberazione è stata pubblicata all’Albo Pretorio on line dal 13/03/2026 al 28/03/2026 (Reg. n. 311) e che contro di essa non sono pervenuti reclami.<br/>Menfi, lì ____________ &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO GENERALE F.to Dott.ssa Rosaria Sciortino', S)]], colWidths=[170*mm])
cert.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.6, colors.black)]))
story += [Spacer(1, 14), KeepTogether(cert)]
story.append(Paragraph('È copia conforme all’originale, per uso amministrativo. Menfi, 13/03/2026', ParagraphStyle('cc', parent=S, spaceBefore=10)))

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=18*mm, bottomMargin=20*mm,
                        title='Delibera G.M. 27/2026', author='Comune di Menfi - Ufficio Segreteria', creator='Segreteria - stampa atti')
doc.build(story, onFirstPage=page, onLaterPages=page)
