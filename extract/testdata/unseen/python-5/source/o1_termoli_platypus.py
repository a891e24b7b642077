"""Ordinanza sindacale contingibile e urgente, Comune di Termoli: Word-template look with crest line. ReportLab platypus, core Times."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, HRFlowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib import colors
from reportlab.lib.units import mm
from common import out

base = ParagraphStyle('b', fontName='Times-Roman', fontSize=11.5, leading=15, alignment=TA_JUSTIFY)
cen = ParagraphStyle('c', parent=base, alignment=TA_CENTER)
bc = ParagraphStyle('bc', parent=cen, fontName='Times-Bold', fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)
bul = ParagraphStyle('bl', parent=base, leftIndent=8*mm, bulletIndent=3*mm, spaceAfter=3)

def deco(c, d):
    c.saveState(); c.setFont('Times-Italic', 8)
    c.drawCentredString(105*mm, 10*mm, 'Comune di Termoli - Piazza Sant\'Antonio - 86039 Termoli (CB) - protocollo@pec.comune.termoli.cb.it')
    c.drawRightString(190*mm, 10*mm, '%d' % d.page)
    c.restoreState()

doc = SimpleDocTemplate(out('ordinanza-termoli-balneazione.pdf'), pagesize=A4, leftMargin=22*mm, rightMargin=22*mm, topMargin=16*mm, bottomMargin=18*mm,
                        title='Ordinanza n. 112 del 18/07/2025')
s = []
s.append(Paragraph('COMUNE DI TERMOLI', ParagraphStyle('h', parent=cen, fontName='Times-Bold', fontSize=18, leading=21)))
s.append(Paragraph('Provincia di Campobasso', ParagraphStyle('h2', parent=cen, fontName='Times-Italic', fontSize=11)))
s.append(HRFlowable(width='100%', thickness=1.2, color=colors.HexColor('#1f3a7a'), spaceBefore=4, spaceAfter=10))
s.append(Paragraph('<b>ORDINANZA N. 112 DEL 18/07/2025</b>', ParagraphStyle('o', parent=cen, fontSize=13, leading=16)))
s.append(Spacer(1, 5*mm))
s.append(Paragraph('<b>OGGETTO: Divieto temporaneo di balneazione nel tratto di mare antistante la foce del torrente Sinarca, per superamento dei limiti microbiologici.</b>', base))
s.append(Paragraph('IL SINDACO', bc))
for p in [
 '<b>VISTA</b> la nota dell\'ARPA Molise, Dipartimento provinciale di Campobasso, prot. n. 10487 del 17/07/2025, pervenuta in pari data, con la quale si comunica che il campione di acqua di mare prelevato il 16/07/2025 nel punto di campionamento "IT014070078006 - Foce Sinarca" ha evidenziato valori di <i>Escherichia coli</i> ed Enterococchi intestinali superiori ai limiti previsti dal D.M. 30 marzo 2010;',
 '<b>VISTO</b> il D.Lgs. 30 maggio 2008, n. 116, di recepimento della direttiva 2006/7/CE relativa alla gestione della qualità delle acque di balneazione, e in particolare l\'art. 15;',
 '<b>CONSIDERATO</b> che, a tutela della salute pubblica, occorre vietare temporaneamente la balneazione nel tratto di costa interessato, fino all\'esito favorevole delle successive analisi;',
 '<b>VISTI</b> gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267;',
]:
    s.append(Paragraph(p, base)); s.append(Spacer(1, 2.5*mm))
s.append(Paragraph('ORDINA', bc))
for p in [
 'il <b>divieto temporaneo di balneazione</b>, con decorrenza immediata, nel tratto di mare compreso tra 150 metri a nord e 150 metri a sud della foce del torrente Sinarca;',
 'ai titolari delle concessioni demaniali marittime ricadenti nel tratto interessato di esporre, in modo ben visibile agli utenti, copia della presente ordinanza e l\'apposita segnaletica di divieto;',
 'al Settore Lavori Pubblici di provvedere all\'installazione della cartellonistica di divieto nei punti di accesso alla spiaggia libera.',
]:
    s.append(Paragraph(p, bul, bulletText='•'))
s.append(Paragraph('DISPONE', bc))
s.append(Paragraph('che il divieto sarà revocato con successivo provvedimento a seguito di esito favorevole del campionamento suppletivo effettuato dall\'ARPA Molise, e che la presente ordinanza sia pubblicata all\'Albo pretorio on line, sul sito istituzionale e trasmessa alla Capitaneria di Porto di Termoli, alla ASREM e al Comando di Polizia Locale, incaricati della vigilanza.', base))
s.append(Paragraph('AVVERTE', bc))
s.append(Paragraph('che avverso la presente ordinanza è ammesso ricorso al T.A.R. Molise entro 60 giorni dalla pubblicazione, oppure ricorso straordinario al Presidente della Repubblica entro 120 giorni. Le violazioni sono punite con la sanzione amministrativa pecuniaria da € 25,00 a € 500,00, ai sensi dell\'art. 7-bis del D.Lgs. n. 267/2000.', base))
s.append(Spacer(1, 6*mm))
s.append(Paragraph('Termoli, 18 luglio 2025', base))
s.append(Spacer(1, 4*mm))
sig = Table([['', 'IL SINDACO'], ['', 'Dott. Ettore Di Pietro']], colWidths=[90*mm, 76*mm])
sig.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Times-Roman', 11.5), ('FONT', (1,0), (1,0), 'Times-Bold', 11.5), ('ALIGN', (1,0), (1,-1), 'CENTER')]))
s.append(sig)
doc.build(s, onFirstPage=deco, onLaterPages=deco)
