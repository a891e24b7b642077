from common import *

S = styles('DejaVuSerif', 10.5)
P = lambda t, s='body': Paragraph(t, S[s])
out = OUT + '/giunta-mezzolombardo-trentino.pdf'


def first(c, d):
    c.saveState()
    crest(c, 30 * mm, A4[1] - 33 * mm, 30, 38)
    c.setFont('DejaVuSerif-Bold', 15); c.drawString(45 * mm, A4[1] - 22 * mm, 'COMUNE DI MEZZOLOMBARDO')
    c.setFont('DejaVuSerif', 10); c.drawString(45 * mm, A4[1] - 27.5 * mm, 'Provincia di Trento')
    c.setLineWidth(0.5); c.line(25 * mm, A4[1] - 36 * mm, A4[0] - 25 * mm, A4[1] - 36 * mm)
    foot(c, d); c.restoreState()


def foot(c, d):
    c.setFont('DejaVuSerif', 8)
    c.drawCentredString(A4[0] / 2, 12 * mm, 'Deliberazione della Giunta comunale n. 38 di data 17.03.2025 – pagina %d' % d.page)


doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=42 * mm, bottomMargin=22 * mm,
                        title='Deliberazione Giunta comunale n. 38/2025', author='Comune di Mezzolombardo')
st = []
st += [P('Verbale di deliberazione n. 38', 'big'), P('della Giunta comunale', 'h'),
       Spacer(1, 6),
       P('<b>OGGETTO:</b> Approvazione del progetto esecutivo dei lavori di manutenzione straordinaria della copertura della palestra comunale di via Rotaliana. CUP I47H24001230004.', 'left'),
       Spacer(1, 8),
       P('L\'anno <b>duemilaventicinque</b> addì <b>diciassette</b> del mese di <b>marzo</b> alle ore <b>18.00</b> nella sala delle riunioni, a seguito di regolari avvisi, recapitati a termini di legge, si è convocata la Giunta comunale.'),
       Spacer(1, 4)]
rows = [['', '', 'Assenti', ''], ['', '', 'giust.', 'ingiust.'],
        ['Presenti i signori:', '', '', ''],
        ['DALPIAZ CHRISTIAN', 'Sindaco', '', ''],
        ['ZENI ANNALISA', 'Vicesindaco', '', ''],
        ['MOSER PAOLO', 'Assessore', '', ''],
        ['TOMASI LAURA', 'Assessore', 'X', ''],
        ['FRANCESCHINI MATTEO', 'Assessore', '', '']]
t = Table(rows, colWidths=[60 * mm, 40 * mm, 20 * mm, 20 * mm])
t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DejaVuSerif', 10), ('FONT', (0, 2), (0, 2), 'DejaVuSerif-Italic', 10),
                       ('SPAN', (2, 0), (3, 0)), ('ALIGN', (2, 0), (-1, -1), 'CENTER'),
                       ('LINEBELOW', (2, 1), (3, 1), 0.5, colors.black), ('BOX', (2, 0), (3, -1), 0.5, colors.black),
                       ('INNERGRID', (2, 1), (3, -1), 0.5, colors.black)]))
st += [t, Spacer(1, 8),
       P('Assiste il Segretario comunale dott. Lorenzo Pedrotti.'),
       P('Riconosciuto legale il numero degli intervenuti, il signor Christian Dalpiaz, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell\'oggetto suindicato.'),
       Spacer(1, 6), P('LA GIUNTA COMUNALE', 'h'),
       P('Premesso che la palestra comunale di via Rotaliana, utilizzata dall\'Istituto comprensivo e dalle associazioni sportive del paese, presenta infiltrazioni d\'acqua dalla copertura, come rilevato nel sopralluogo dell\'Ufficio tecnico comunale del 14 novembre 2024;'),
       P('richiamata la propria deliberazione n. 112 di data 02.12.2024, con la quale è stato approvato il progetto di fattibilità tecnico-economica dei lavori in oggetto, per una spesa complessiva di euro 286.000,00;'),
       P('visto il progetto esecutivo redatto dall\'ing. Silvia Kaswalder, con studio in Trento, pervenuto al protocollo comunale n. 3318 di data 26.02.2025, che prevede una spesa complessiva di euro 294.500,00, di cui euro 221.340,00 per lavori a base d\'asta ed euro 73.160,00 per somme a disposizione dell\'Amministrazione;'),
       P('visto il parere favorevole espresso dal Servizio tecnico comunale in data 10.03.2025 in ordine alla conformità urbanistica dell\'intervento;'),
       P('visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio 2018, n. 2, e ss.mm.;'),
       P('vista la L.P. 10 settembre 1993, n. 26, in materia di lavori pubblici di interesse provinciale, in quanto compatibile con il D.Lgs. 31 marzo 2023, n. 36;'),
       P('acquisiti i pareri favorevoli di regolarità tecnico-amministrativa e di regolarità contabile, espressi ai sensi dell\'art. 185 del citato Codice degli enti locali;'),
       P('ad unanimità di voti favorevoli, espressi per alzata di mano,'),
       Spacer(1, 4), P('d e l i b e r a', 'h'),
       P('1.&nbsp;&nbsp;di approvare, per le motivazioni espresse in premessa, il progetto esecutivo dei lavori di manutenzione straordinaria della copertura della palestra comunale di via Rotaliana, redatto dall\'ing. Silvia Kaswalder, nell\'importo complessivo di euro 294.500,00;', 'point'),
       P('2.&nbsp;&nbsp;di far fronte alla spesa di cui al punto 1. con i fondi stanziati alla missione 06, programma 01, capitolo 3260 del bilancio di previsione 2025-2027, esercizio 2025;', 'point'),
       P('3.&nbsp;&nbsp;di autorizzare il Responsabile del Servizio tecnico all\'espletamento della procedura di affidamento dei lavori secondo le modalità previste dalla normativa vigente;', 'point'),
       P('4.&nbsp;&nbsp;di dichiarare la presente deliberazione, con separata ed unanime votazione, immediatamente eseguibile ai sensi dell\'art. 183, comma 4, del Codice degli enti locali, al fine di consentire l\'avvio dei lavori nel periodo estivo;', 'point'),
       P('5.&nbsp;&nbsp;di dare evidenza, ai sensi dell\'art. 4 della L.P. 30 novembre 1992, n. 23, che avverso la presente deliberazione sono ammessi: opposizione alla Giunta comunale durante il periodo di pubblicazione; ricorso giurisdizionale al T.R.G.A. di Trento entro 30 giorni ai sensi del D.Lgs. 2 luglio 2010, n. 104.', 'point'),
       Spacer(1, 14),
       P('Letto, approvato e sottoscritto.', 'left'), Spacer(1, 6)]
sig = Table([['IL SINDACO', 'IL SEGRETARIO COMUNALE'], ['F.to Christian Dalpiaz', 'F.to dott. Lorenzo Pedrotti']], colWidths=[80 * mm, 80 * mm])
sig.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DejaVuSerif', 10), ('ALIGN', (0, 0), (-1, -1), 'CENTER')]))
st += [sig]
doc.build(st, onFirstPage=first, onLaterPages=lambda c, d: (c.saveState(), foot(c, d), c.restoreState()))
