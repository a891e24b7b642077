from common import *

S = styles('DejaVuSerif', 10, 13.5)
P = lambda t, s='body': Paragraph(t, S[s])
out = OUT + '/avviso-squinzano-mensa.pdf'


def page(c, d):
    c.saveState()
    crest(c, A4[0] / 2 - 13, A4[1] - 28 * mm, 26, 32)
    c.setFont('DejaVuSerif-Bold', 14); c.drawCentredString(A4[0] / 2, A4[1] - 34 * mm, 'COMUNE DI SQUINZANO')
    c.setFont('DejaVuSerif', 9); c.drawCentredString(A4[0] / 2, A4[1] - 38.5 * mm, 'Provincia di Lecce')
    c.setFont('DejaVuSerif', 7.5); c.drawCentredString(A4[0] / 2, 10 * mm, 'Piazza Vittorio Emanuele II – 73018 Squinzano (LE) – www.comune.squinzano.le.it')
    c.restoreState()


doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=46 * mm, bottomMargin=18 * mm)
st = [P('SETTORE SERVIZI SOCIALI E PUBBLICA ISTRUZIONE', 'h'), Spacer(1, 6),
      P('AVVISO PUBBLICO N. 3/2025', 'big'), Spacer(1, 4),
      Paragraph('ISCRIZIONE AL SERVIZIO DI REFEZIONE SCOLASTICA – ANNO SCOLASTICO 2025/2026', ParagraphStyle('t', parent=S['h'], fontSize=11.5, leading=15, borderWidth=0.8, borderColor=colors.black, borderPadding=6)),
      Spacer(1, 12),
      P('IL RESPONSABILE DEL SETTORE', 'h'),
      P('In esecuzione della propria determinazione R.G. n. 702 del 27.08.2025, e in conformità al Regolamento comunale per il servizio di refezione scolastica approvato con deliberazione del Consiglio Comunale n. 18 del 29.07.2019,'),
      P('RENDE NOTO', 'h'),
      P('che sono aperte le iscrizioni al servizio di refezione scolastica per l\'anno scolastico 2025/2026, rivolto agli alunni della scuola dell\'infanzia e della scuola primaria a tempo pieno dell\'Istituto Comprensivo di Squinzano.'),
      P('<b><u>Modalità di iscrizione</u></b>'),
      P('La domanda deve essere presentata esclusivamente on line, accedendo con SPID o CIE al portale dei servizi scolastici raggiungibile dal sito istituzionale dell\'Ente, <b>dal 1° settembre al 30 settembre 2025</b>. Le domande presentate oltre il termine saranno accolte compatibilmente con l\'organizzazione del servizio.'),
      P('<b><u>Tariffe</u></b>'),
      P('Il costo del singolo pasto è determinato in base all\'indicatore ISEE del nucleo familiare, secondo le fasce stabilite con deliberazione della Giunta Comunale n. 96 del 10.07.2025: fascia A (ISEE fino a € 6.000,00) € 1,50; fascia B (da € 6.000,01 a € 12.000,00) € 2,80; fascia C (oltre € 12.000,00 o in assenza di ISEE) € 4,20. Per il secondo figlio iscritto è prevista una riduzione del 20%.'),
      P('<b><u>Diete speciali</u></b>'),
      P('Le richieste di dieta speciale per motivi di salute, corredate da certificazione medica, ovvero per motivi etico-religiosi, devono essere indicate all\'atto dell\'iscrizione.'),
      P('<b><u>Informazioni</u></b>'),
      P('Per informazioni è possibile rivolgersi all\'Ufficio Pubblica Istruzione, il martedì e il giovedì dalle ore 9:00 alle ore 12:00 (tel. 0832 782 155). Il trattamento dei dati personali avverrà nel rispetto del Regolamento UE 2016/679.'),
      Spacer(1, 14),
      P('Squinzano, 28-08-2025', 'left'),
      P('Il Responsabile del Settore<br/>F.to Dott.ssa Loredana Quarta', 'right')]
doc.build(st, onFirstPage=page, onLaterPages=page)
