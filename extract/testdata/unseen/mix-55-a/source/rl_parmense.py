# Deliberazione del Consiglio di Amministrazione, Consorzio della Bonifica Parmense.
# ReportLab platypus: justified body (word spacing, Tw), letter-spaced headings (Tc),
# roll of those present in prose.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

F = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DVS', F + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DVSB', F + 'DejaVuSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVSa', F + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVSaB', F + 'DejaVuSans-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('DVS', 0, 0, 'DVS'); addMapping('DVS', 1, 0, 'DVSB')

out = sys.argv[1]
body = ParagraphStyle('b', fontName='DVS', fontSize=9.5, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
cen = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='DVSB')
spaced = ParagraphStyle('s', parent=cen, fontSize=11)

def header(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor('#1f4e79'))
    c.rect(2 * cm, 27.0 * cm, 1.1 * cm, 1.1 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont('DVSaB', 12); c.drawCentredString(2.55 * cm, 27.4 * cm, 'BP')
    c.setFillColor(colors.HexColor('#1f4e79'))
    t = c.beginText(3.5 * cm, 27.75 * cm); t.setFont('DVSaB', 13); t.setCharSpace(1.2)
    t.textLine('CONSORZIO DELLA BONIFICA PARMENSE'); c.drawText(t)
    c.setFont('DVSa', 7.5); c.setFillColor(colors.black)
    c.drawString(3.5 * cm, 27.25 * cm, 'Ente di diritto pubblico economico – L.R. Emilia-Romagna n. 42/1984 e n. 5/2009')
    c.drawString(3.5 * cm, 26.9 * cm, 'Viale Gramsci, 11 – 43126 Parma – C.F. 92170530346 – PEC: protocollo@pec.bonifica.pr.it')
    c.setLineWidth(0.8); c.line(2 * cm, 26.6 * cm, 19 * cm, 26.6 * cm)
    c.setFont('DVSa', 7)
    c.drawString(2 * cm, 1.3 * cm, 'Deliberazione del Consiglio di Amministrazione n. 41/2026')
    c.drawRightString(19 * cm, 1.3 * cm, 'pag. %d' % doc.page)
    c.restoreState()

def sp(text):  # letter-spaced heading via charSpace (Tc)
    return Paragraph('<span>%s</span>' % text, spaced)

story = []
t = Table([['DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE', 'N. 41/2026'],
           ['Seduta del 11 marzo 2026', 'Prot. n. 3318']],
          colWidths=[12 * cm, 5 * cm])
t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DVSaB', 10), ('FONT', (0, 1), (-1, 1), 'DVSa', 9),
                       ('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('LINEAFTER', (0, 0), (0, -1), 0.5, colors.black),
                       ('ALIGN', (1, 0), (1, -1), 'CENTER'), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dde7f2'))]))
story += [t, Spacer(1, 10)]
story.append(Paragraph('<b>OGGETTO:</b> Lavori di manutenzione straordinaria del Canale Naviglio Taro in Comune di Fontevivo – Approvazione del progetto esecutivo e determinazione a contrarre', ParagraphStyle('o', parent=body, fontSize=10.5, leading=14)))
story.append(Spacer(1, 6))
story.append(Paragraph(
    'L’anno duemilaventisei, addì undici del mese di marzo, alle ore 15:00, presso la sede consortile di Viale Gramsci n. 11 in Parma, '
    'a seguito di regolare convocazione prot. n. 3102 del 4 marzo 2026, si è riunito il Consiglio di Amministrazione nelle persone dei Signori: '
    'Francesca Mantelli, Presidente, presente; Luigi Spaggiari, Vice Presidente, presente; Giorgio Bertolotti, Consigliere, presente; '
    'Alessandra Ferrari, Consigliere, presente; Marco Dall’Aglio, Consigliere, assente giustificato; Paola Zanichelli, Consigliere, presente; '
    'Emanuele Rastelli, Consigliere in rappresentanza dei Comuni, presente.', body))
story.append(Paragraph(
    'Assiste il Revisore unico Dott.ssa Laura Cavalli. Svolge le funzioni di Segretario verbalizzante il Direttore Generale Dott. Ing. Fabrizio Corradi. '
    'Presiede la seduta la Presidente Francesca Mantelli, la quale, accertata la validità della seduta, invita il Consiglio a deliberare sull’argomento in oggetto.', body))
story.append(Spacer(1, 4))
story.append(sp('IL CONSIGLIO DI AMMINISTRAZIONE'))
for txt in [
    'Premesso che il Canale Naviglio Taro, nel tratto compreso tra la chiavica di Bianconese e l’immissione nel Cavo Gambalone, presenta diffusi fenomeni di erosione delle sponde e cedimenti del rivestimento in calcestruzzo, tali da compromettere la funzionalità idraulica dell’opera;',
    'Richiamata la propria deliberazione n. 112/2025 del 17 dicembre 2025, con la quale è stato approvato il Piano triennale dei lavori pubblici 2026-2028, che prevede l’intervento con un importo di euro 380.000,00;',
    'Visto il progetto esecutivo redatto dal Settore Progettazione e Lavori del Consorzio, a firma dell’Ing. Sara Bocchi, che prevede una spesa complessiva di euro 378.500,00, di cui euro 291.740,00 per lavori a base di gara, comprensivi di euro 8.900,00 per oneri della sicurezza non soggetti a ribasso;',
    'Visto il verbale di verifica e validazione del progetto del 2 marzo 2026, redatto ai sensi dell’art. 42 del D.Lgs. 31 marzo 2023, n. 36;',
    'Sentita la relazione del Direttore Generale e uditi gli interventi dei Consiglieri, tra i quali il Consigliere Bertolotti, che dichiara voto contrario ritenendo prioritario l’intervento sul Canale Maestro della Val d’Enza;',
    'Con voti favorevoli 5, contrari 1 (Bertolotti), espressi in forma palese dai 6 Consiglieri presenti e votanti;']:
    story.append(Paragraph(txt, body))
story.append(sp('D E L I B E R A'))
for i, txt in enumerate([
    'di approvare il progetto esecutivo dei lavori di manutenzione straordinaria del Canale Naviglio Taro in Comune di Fontevivo, per l’importo complessivo di euro 378.500,00;',
    'di indire la procedura negoziata senza bando, ai sensi dell’art. 50, comma 1, lett. c), del D.Lgs. n. 36/2023, con invito ad almeno cinque operatori economici iscritti all’Albo fornitori del Consorzio, e con il criterio del minor prezzo;',
    'di imputare la spesa al capitolo 210/40 “Manutenzioni straordinarie opere di bonifica” del bilancio di previsione 2026;',
    'di nominare Responsabile unico del progetto l’Ing. Sara Bocchi;',
    'di dichiarare, con separata votazione dal medesimo esito, il presente provvedimento immediatamente eseguibile, stante l’urgenza di eseguire i lavori nel periodo di asciutta del canale.'], 1):
    story.append(Paragraph('%d) %s' % (i, txt), ParagraphStyle('n', parent=body, leftIndent=18, firstLineIndent=-14)))
story.append(Spacer(1, 16))
sig = Table([['IL SEGRETARIO', 'LA PRESIDENTE'], ['Dott. Ing. Fabrizio Corradi', 'Francesca Mantelli'],
             ['(documento firmato digitalmente)', '(documento firmato digitalmente)']], colWidths=[8.5 * cm, 8.5 * cm])
sig.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DVSa', 9), ('FONT', (0, 2), (-1, 2), 'DVSa', 7), ('ALIGN', (0, 0), (-1, -1), 'CENTER')]))
story.append(sig)
story.append(Spacer(1, 18))
pub = Table([[Paragraph('<b>PUBBLICAZIONE</b> – Copia della presente deliberazione è pubblicata all’Albo consortile on line dal 12/03/2026 per dieci giorni consecutivi, ai sensi dell’art. 24 dello Statuto consortile.', ParagraphStyle('p', parent=body, fontName='DVSa', fontSize=8, leading=10))]], colWidths=[17 * cm])
pub.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.black)]))
story.append(pub)

class Doc(SimpleDocTemplate):
    pass
doc = Doc(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=3.6 * cm, bottomMargin=2 * cm,
          title='Deliberazione CdA n. 41/2026', author='Consorzio della Bonifica Parmense')
doc.build(story, onFirstPage=header, onLaterPages=header)
