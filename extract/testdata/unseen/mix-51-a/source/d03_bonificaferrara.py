# Deliberazione del Consiglio di Amministrazione of the Consorzio di Bonifica
# Pianura di Ferrara, imitating a J-Iride print: letterhead and running
# foot are Form XObjects drawn again on every page; the roll is prose.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from common import reg, families

reg('Carlito', 'Carlito-B', 'Carlito-I', 'Sans', 'Sans-B')
families()
out = sys.argv[1]
W, H = A4
L = 58


def forms(c):
    if getattr(c, '_lhdone', False):
        return
    c.beginForm('Letterhead')
    c.setFillColor(colors.HexColor('#1d5a8c'))
    c.rect(L, H - 92, 40, 40, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('Sans-B', 9); c.drawCentredString(L + 20, H - 76, 'CBPF')
    c.setFillColor(colors.HexColor('#1d5a8c'))
    c.setFont('Sans-B', 14); c.drawString(L + 52, H - 66, 'CONSORZIO DI BONIFICA PIANURA DI FERRARA')
    c.setFillColor(colors.black); c.setFont('Sans', 7.5)
    c.drawString(L + 52, H - 78, 'Ente di diritto pubblico economico – L.R. Emilia-Romagna 2 agosto 1984, n. 42')
    c.drawString(L + 52, H - 88, 'Via Borgo dei Leoni, 28 – 44121 Ferrara – tel. 0532 218111 – PEC: posta@pec.bonificaferrara.it')
    c.setStrokeColor(colors.HexColor('#1d5a8c')); c.setLineWidth(1.2)
    c.line(L, H - 100, W - L, H - 100)
    c.endForm()
    c.beginForm('Foot')
    c.setStrokeColor(colors.grey); c.setLineWidth(0.5); c.line(L, 50, W - L, 50)
    c.setFont('Sans', 7); c.setFillColor(colors.grey)
    c.drawString(L, 40, 'Deliberazione del Consiglio di Amministrazione n. 58/2026 – seduta del 12/03/2026')
    c.drawString(L, 31, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – J-Iride Atti')
    c.endForm()
    c._lhdone = True


def onpage(c, doc):
    forms(c)
    c.saveState()
    c.doForm('Letterhead')
    c.doForm('Foot')
    c.setFont('Sans', 7); c.setFillColor(colors.grey)
    c.drawRightString(W - L, 40, 'Pagina %d' % c.getPageNumber())
    c.restoreState()


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=L, rightMargin=L, topMargin=118, bottomMargin=66,
                      title='DELIBERAZIONE CDA 58/2026', author='Consorzio di Bonifica Pianura di Ferrara',
                      creator='J-Iride Atti Amministrativi')
fr = Frame(L, 66, W - 2 * L, H - 118 - 66, id='f', leftPadding=0, rightPadding=0)
doc.addPageTemplates([PageTemplate('p', [fr], onPage=onpage)])

B = ParagraphStyle('b', fontName='Carlito', fontSize=10.5, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=5)
BC = ParagraphStyle('bc', parent=B, fontName='Carlito-B', alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
T = ParagraphStyle('t', parent=B, fontName='Sans-B', fontSize=12.5, leading=15, alignment=TA_CENTER)
SM = ParagraphStyle('sm', parent=B, fontName='Sans', fontSize=8.5, leading=10.5, alignment=TA_LEFT, spaceAfter=0)
SMB = ParagraphStyle('smb', parent=SM, fontName='Sans-B')
BUL = ParagraphStyle('bul', parent=B, leftIndent=16, bulletIndent=4)

s = []
s.append(Paragraph('DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE', T))
s.append(Spacer(1, 8))
reg_t = Table([
    [Paragraph('Deliberazione n.', SM), Paragraph('Seduta del', SM), Paragraph('Ora', SM), Paragraph('Proposta n.', SM), Paragraph('Data proposta', SM)],
    [Paragraph('58/2026', SMB), Paragraph('12/03/2026', SMB), Paragraph('15:00', SMB), Paragraph('71', SMB), Paragraph('05/03/2026', SMB)],
    [Paragraph('Struttura proponente: <b>AREA AMMINISTRATIVA – Settore Catasto e Contribuenza</b>', SM), '', '', '', ''],
], colWidths=[90, 90, 60, 90, 149])
reg_t.setStyle(TableStyle([
    ('GRID', (0, 0), (-1, -1), 0.5, colors.HexColor('#1d5a8c')),
    ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e4edf5')),
    ('SPAN', (0, 2), (-1, 2)),
    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
]))
s.append(reg_t)
s.append(Spacer(1, 10))
obj = Table([[Paragraph('<b>OGGETTO:</b>', B),
              Paragraph('<b>APPROVAZIONE DEI RUOLI DI CONTRIBUENZA DELL\'ESERCIZIO 2026 E DELLE MODALITÀ DI RISCOSSIONE DEL CONTRIBUTO CONSORTILE</b>', B)]],
            colWidths=[62, 417])
obj.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
s.append(obj)
s.append(Spacer(1, 10))
s.append(Paragraph(
    'L\'anno duemilaventisei, il giorno dodici del mese di marzo, alle ore 15:00, presso la sede consorziale di Ferrara, '
    'regolarmente convocato con nota prot. n. 3318 del 06/03/2026, si è riunito il Consiglio di Amministrazione con '
    'l\'intervento della Presidente Francesca Guidi, del Vice Presidente Roberto Tassinari e dei Consiglieri Marco Bellini '
    'e Lucia Zanella, quest\'ultima collegata in videoconferenza ai sensi del Regolamento per le sedute in modalità telematica; '
    'è assente giustificato il Consigliere Giorgio Malaguti, rappresentante dei Comuni.', B))
s.append(Paragraph(
    'Partecipa alla seduta il Revisore unico, dott. Andrea Fabbri. Assiste con funzioni di Segretario il Direttore Generale, '
    'Dott. Ing. Marco Volta.', B))
s.append(Paragraph(
    'Presiede la seduta la Presidente Francesca Guidi, la quale, riconosciuta la validità dell\'adunanza, invita il Consiglio '
    'a deliberare sull\'argomento in oggetto.', B))
s.append(Paragraph('IL CONSIGLIO DI AMMINISTRAZIONE', BC))
for t in [
    'VISTO lo Statuto consortile approvato con deliberazione della Giunta regionale dell\'Emilia-Romagna n. 1546 del 22/10/2018 e, in particolare, l\'art. 29;',
    'VISTO il Piano di classifica degli immobili per il riparto della contribuenza, approvato con deliberazione del Consiglio di Amministrazione n. 112 del 14/11/2022;',
    'VISTO il bilancio di previsione dell\'esercizio 2026, approvato dall\'Assemblea con deliberazione n. 9 del 27/11/2025, che prevede entrate da contribuenza per euro 31.640.000,00;',
    'CONSIDERATO che il Settore Catasto e Contribuenza ha predisposto i ruoli dell\'esercizio 2026 sulla base dei dati catastali aggiornati al 31/12/2025, per complessive n. 118.402 partite contributive;',
    'RITENUTO di confermare la riscossione tramite avviso di pagamento pagoPA in unica soluzione con scadenza 30/06/2026, ovvero in due rate con scadenze 30/06/2026 e 30/11/2026 per importi superiori a euro 200,00;',
    'ACQUISITI i pareri favorevoli di regolarità tecnica della Dirigente dell\'Area Amministrativa, dott.ssa Silvia Rizzoni, e di regolarità contabile del Responsabile del Settore Ragioneria, rag. Luca Pasini;',
]:
    s.append(Paragraph(t, B))
s.append(Paragraph('con voti unanimi favorevoli dei 4 componenti presenti e votanti, espressi in forma palese,', B))
s.append(Paragraph('DELIBERA', BC))
for t in [
    'di approvare i ruoli di contribuenza dell\'esercizio 2026, per un importo complessivo di euro 31.652.417,36, come riepilogati nell\'allegato A, parte integrante del presente atto;',
    'di stabilire che il contributo consortile sia riscosso mediante avviso di pagamento pagoPA, in unica soluzione entro il 30/06/2026 o, per importi superiori a euro 200,00, in due rate scadenti il 30/06/2026 e il 30/11/2026;',
    'di confermare in euro 12,00 l\'importo minimo al di sotto del quale il contributo non è posto in riscossione;',
    'di incaricare il Settore Catasto e Contribuenza della trasmissione dei ruoli al concessionario del servizio di stampa e recapito degli avvisi;',
    'di pubblicare il presente provvedimento all\'Albo consortile on line e nella sezione Amministrazione trasparente del sito istituzionale.',
]:
    s.append(Paragraph(t, BUL, bulletText='–'))
s.append(Paragraph(
    'Il Consiglio di Amministrazione, con successiva votazione unanime, dichiara la presente deliberazione immediatamente '
    'eseguibile, stante l\'urgenza di procedere all\'emissione degli avvisi di pagamento.', B))
s.append(Spacer(1, 14))
sig = Table([
    [Paragraph('<b>LA PRESIDENTE</b>', ParagraphStyle('x', parent=B, alignment=TA_CENTER)),
     Paragraph('<b>IL SEGRETARIO</b><br/>Il Direttore Generale', ParagraphStyle('x', parent=B, alignment=TA_CENTER))],
    [Paragraph('Francesca Guidi', ParagraphStyle('x', parent=B, alignment=TA_CENTER)),
     Paragraph('Dott. Ing. Marco Volta', ParagraphStyle('x', parent=B, alignment=TA_CENTER))],
    [Paragraph('<i>firmato digitalmente</i>', ParagraphStyle('x', parent=SM, alignment=TA_CENTER)),
     Paragraph('<i>firmato digitalmente</i>', ParagraphStyle('x', parent=SM, alignment=TA_CENTER))],
], colWidths=[240, 240])
s.append(KeepTogether(sig))
s.append(Spacer(1, 18))
pub = Table([[Paragraph('<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Si certifica che la presente deliberazione è stata pubblicata '
                        'all\'Albo consortile on line dal 17/03/2026 per dieci giorni consecutivi (registro pubblicazioni n. 402/2026).'
                        '<br/>Ferrara, 17/03/2026 – Il Responsabile della pubblicazione: Daniela Cavallari', SM)]], colWidths=[479])
pub.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black), ('TOPPADDING', (0, 0), (-1, -1), 6),
                         ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
s.append(KeepTogether(pub))
doc.build(s)
