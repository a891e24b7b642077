# Certificate (Torremaggiore, Saga-like), annex (Brisighella, Datagraph-like),
# convocation (Campomarino, APKappa-like).
import os
from common import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'clean')
P = lambda t, s: Paragraph(t, s)


def torremaggiore():
    s = styles('LibNarrow', 'LibNarrow-Bold', 11)
    fn = os.path.join(OUT, 'attestazione-torremaggiore-saga.pdf')

    def page(c, d):
        c.saveState()
        crest(c, 20 * mm, H - 33 * mm, 14 * mm)
        c.setFont('LibNarrow-Bold', 16); c.drawString(40 * mm, H - 22 * mm, 'COMUNE DI TORREMAGGIORE')
        c.setFont('LibNarrow', 10); c.drawString(40 * mm, H - 27 * mm, 'Provincia di Foggia')
        c.setFont('LibNarrow', 8); c.drawString(40 * mm, H - 31 * mm, 'Piazza della Repubblica, 1 – 71017 Torremaggiore (FG)')
        c.line(20 * mm, H - 36 * mm, W - 20 * mm, H - 36 * mm)
        c.setFont('LibNarrow', 7); c.drawString(20 * mm, 10 * mm, 'SAGA S.p.A. - Albo Pretorio on line')
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=46 * mm, bottomMargin=20 * mm, creator='Saga')
    st = []
    st.append(P('<b>CERTIFICATO DI PUBBLICAZIONE</b>', s['title']))
    st.append(P('(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della L. 18 giugno 2009, n. 69)', s['smallc']))
    st.append(Spacer(1, 6 * mm))
    t = Table([['Atto:', 'Deliberazione della Giunta Comunale'],
               ['Numero:', '41'], ['Data:', '05/03/2026'],
               ['Oggetto:', P('CONCESSIONE DI CONTRIBUTO ECONOMICO ALL\'ASSOCIAZIONE “PRO LOCO TORREMAGGIORE” PER '
                              'L\'ORGANIZZAZIONE DELLE CELEBRAZIONI PASQUALI 2026 – APPROVAZIONE SCHEMA DI CONVENZIONE.',
                              s['left'])]], colWidths=[30 * mm, 136 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (0, -1), 'LibNarrow-Bold', 11), ('FONT', (1, 0), (1, -1), 'LibNarrow', 11),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('BOX', (0, 0), (-1, -1), 0.6, colors.black),
                           ('LINEBELOW', (0, 0), (-1, -2), 0.3, colors.grey)]))
    st += [t, Spacer(1, 7 * mm)]
    st.append(P('Il sottoscritto Messo Comunale, visti gli atti d\'ufficio,', s['body']))
    st.append(P('<b>ATTESTA</b>', s['bc']))
    st.append(P('che copia della deliberazione sopra indicata è stata pubblicata all\'Albo Pretorio on line di questo '
                'Comune, accessibile al pubblico dal sito web istituzionale, per quindici giorni consecutivi dal '
                '10/03/2026 al 25/03/2026, con il numero di registro delle pubblicazioni ____________, e che contro '
                'la stessa non sono state presentate opposizioni.', s['body']))
    st.append(Spacer(1, 3 * mm))
    st.append(P('Il Messo attesta altresì che la deliberazione:', s['body']))
    chk = Table([['[    ]', 'è stata dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000);'],
                 ['[    ]', 'è divenuta esecutiva decorsi dieci giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000).']],
                colWidths=[14 * mm, 152 * mm])
    chk.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'LibNarrow', 11)]))
    st += [chk, Spacer(1, 8 * mm)]
    st.append(P('Torremaggiore, 26/03/2026', s['left']))
    st.append(sig_table(['IL MESSO COMUNALE', 'Sig. Michele Dell\'Erba'], ['IL SEGRETARIO GENERALE', 'Dott.ssa Anna Rita Pazienza'],
                        'LibNarrow', 'LibNarrow-Bold', 11, 22 * mm))
    doc.build(st, onFirstPage=page, onLaterPages=page)


def brisighella():
    s = styles('Helvetica', 'Helvetica-Bold', 9)
    fn = os.path.join(OUT, 'allegato-brisighella-datagraph.pdf')

    def page(c, d):
        c.saveState()
        crest(c, 18 * mm, H - 28 * mm, 11 * mm)
        c.setFont('Helvetica-Bold', 12); c.drawString(33 * mm, H - 18 * mm, 'COMUNE DI BRISIGHELLA')
        c.setFont('Helvetica', 8); c.drawString(33 * mm, H - 22 * mm, 'Provincia di Ravenna')
        c.setFont('Helvetica-Oblique', 8)
        c.drawRightString(W - 18 * mm, H - 18 * mm, 'Allegato A) alla deliberazione della Giunta Comunale')
        c.drawRightString(W - 18 * mm, H - 22 * mm, 'n. 19 del 04/03/2026')
        c.line(18 * mm, H - 30 * mm, W - 18 * mm, H - 30 * mm)
        c.setFont('Helvetica', 7); c.drawRightString(W - 18 * mm, 10 * mm, 'Pagina %d' % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=36 * mm, bottomMargin=18 * mm, creator='Datagraph')
    st = [P('<b>TARIFFE DEI SERVIZI CIMITERIALI – ANNO 2026</b>', s['title']),
          P('(importi IVA esclusa, ove dovuta)', s['smallc']), Spacer(1, 3 * mm)]
    sections = [
        ('A – INUMAZIONI ED ESUMAZIONI', [
            ('A.1', 'Inumazione in campo comune salma adulti', 'cad.', '310,00', '318,00'),
            ('A.2', 'Inumazione in campo comune salma bambini fino a 10 anni', 'cad.', '155,00', '159,00'),
            ('A.3', 'Esumazione ordinaria con raccolta resti in cassetta', 'cad.', '240,00', '246,00'),
            ('A.4', 'Esumazione straordinaria su richiesta dei familiari', 'cad.', '420,00', '431,00')]),
        ('B – TUMULAZIONI ED ESTUMULAZIONI', [
            ('B.1', 'Tumulazione salma in loculo', 'cad.', '205,00', '210,00'),
            ('B.2', 'Tumulazione salma in tomba di famiglia o cappella privata', 'cad.', '265,00', '272,00'),
            ('B.3', 'Tumulazione resti ossei o ceneri in celletta/ossario', 'cad.', '85,00', '87,00'),
            ('B.4', 'Estumulazione ordinaria con raccolta resti', 'cad.', '230,00', '236,00'),
            ('B.5', 'Estumulazione straordinaria per traslazione', 'cad.', '310,00', '318,00')]),
        ('C – CONCESSIONI CIMITERIALI (durata anni 40)', [
            ('C.1', 'Loculo 1ª e 4ª fila – Cimitero del capoluogo', 'cad.', '1.850,00', '1.900,00'),
            ('C.2', 'Loculo 2ª e 3ª fila – Cimitero del capoluogo', 'cad.', '2.350,00', '2.410,00'),
            ('C.3', 'Loculo – Cimiteri delle frazioni (Fognano, Marzeno, San Martino in Gattara)', 'cad.', '1.600,00', '1.640,00'),
            ('C.4', 'Celletta ossario/cinerario', 'cad.', '480,00', '492,00'),
            ('C.5', 'Area per tomba di famiglia (per mq)', 'mq', '620,00', '636,00')]),
        ('D – SERVIZI DIVERSI', [
            ('D.1', 'Dispersione ceneri nel giardino delle rimembranze', 'cad.', '95,00', '97,00'),
            ('D.2', 'Illuminazione votiva – canone annuo per punto luce', 'anno', '18,50', '19,00'),
            ('D.3', 'Allacciamento nuovo punto luce votivo', 'cad.', '32,00', '33,00'),
            ('D.4', 'Apertura e chiusura tomba di famiglia', 'cad.', '140,00', '144,00'),
            ('D.5', 'Rilascio autorizzazione posa lapide o monumento', 'cad.', '45,00', '46,00')]),
    ]
    data = [['Cod.', 'Descrizione del servizio', 'U.M.', 'Tariffa 2025 €', 'Tariffa 2026 €']]
    stl = [('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 8.5), ('FONT', (0, 1), (-1, -1), 'Helvetica', 8.5),
           ('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('ALIGN', (2, 0), (-1, -1), 'CENTER'),
           ('ALIGN', (3, 1), (-1, -1), 'RIGHT'), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#cfd8dc')),
           ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
    for title, rows in sections:
        r = len(data)
        data.append([title, '', '', '', ''])
        stl += [('SPAN', (0, r), (-1, r)), ('FONT', (0, r), (-1, r), 'Helvetica-Bold', 8.5),
                ('BACKGROUND', (0, r), (-1, r), colors.HexColor('#eceff1'))]
        for row in rows:
            data.append([row[0], P(row[1], s['left']), row[2], row[3], row[4]])
    t = Table(data, colWidths=[14 * mm, 96 * mm, 14 * mm, 25 * mm, 25 * mm], repeatRows=1)
    t.setStyle(TableStyle(stl))
    st += [t, Spacer(1, 5 * mm)]
    for t_ in [
        '<b>Note</b>',
        '1. Le tariffe si applicano dal 1° aprile 2026. Per i servizi richiesti in giorno festivo o prefestivo è '
        'applicata una maggiorazione del 30%.',
        '2. Per i residenti nel Comune di Brisighella al momento del decesso le tariffe delle concessioni di cui '
        'alla sezione C sono ridotte del 10%.',
        '3. Le tariffe della sezione A e B sono esenti IVA ai sensi dell\'art. 10, n. 27, del D.P.R. 633/1972; la '
        'tariffa D.2 è soggetta ad IVA 22%.',
        '4. Il pagamento è effettuato tramite PagoPA prima dell\'esecuzione del servizio o della stipula dell\'atto '
        'di concessione.']:
        st.append(P(t_, s['small']))
    st.append(Spacer(1, 8 * mm))
    st.append(P('Il Responsabile del Settore Lavori Pubblici<br/>Geom. Stefano Casadio', s['right']))
    doc.build(st, onFirstPage=page, onLaterPages=page)


def campomarino():
    s = styles('LibSerif', 'LibSerif-Bold', 11, italic='LibSerif-Italic')
    fn = os.path.join(OUT, 'convocazione-campomarino-apkappa.pdf')

    def page(c, d):
        c.saveState()
        crest(c, W / 2 - 7 * mm, H - 30 * mm, 14 * mm)
        c.setFont('LibSerif-Bold', 16); c.drawCentredString(W / 2, H - 37 * mm, 'COMUNE DI CAMPOMARINO')
        c.setFont('LibSerif-Italic', 10); c.drawCentredString(W / 2, H - 42 * mm, 'Provincia di Campobasso')
        c.setFont('LibSerif', 8); c.drawCentredString(W / 2, H - 46 * mm, 'Ufficio di Presidenza del Consiglio Comunale')
        c.line(24 * mm, H - 49 * mm, W - 24 * mm, H - 49 * mm)
        c.setFont('LibSerif', 7)
        c.drawCentredString(W / 2, 11 * mm, 'Via Favorita, 1 – 86042 Campomarino (CB) – Tel. 0875 5361 – www.comune.campomarino.cb.it')
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=54 * mm, bottomMargin=20 * mm, creator='APKappa - Prometeo')
    st = []
    st.append(Table([[P('Prot. n. 4120 del 13/03/2026', s['left']),
                      P('Ai Sigg.ri Consiglieri Comunali<br/>Al Sindaco<br/>Al Segretario Comunale<br/>'
                        'Al Revisore dei Conti<br/>Al Comando Stazione Carabinieri<br/>LORO SEDI', s['left'])]],
                    colWidths=[75 * mm, 87 * mm], style=[('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st.append(Spacer(1, 6 * mm))
    st.append(P('CONVOCAZIONE DEL CONSIGLIO COMUNALE – SESSIONE ORDINARIA', s['title']))
    st.append(Spacer(1, 3 * mm))
    st.append(P('Ai sensi dell\'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e del vigente Regolamento per il funzionamento '
                'del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale, in sessione '
                'ordinaria ed in prima convocazione, che si terrà presso la Sala Consiliare “Sandro Pertini” il giorno', s['body']))
    st.append(P('<b>venerdì 20 marzo 2026, alle ore 18:00</b>', s['bc']))
    st.append(P('e, occorrendo, in seconda convocazione il giorno <b>lunedì 23 marzo 2026, alle ore 18:00</b>, per '
                'la trattazione del seguente', s['body']))
    st.append(P('<b>ORDINE DEL GIORNO</b>', s['bc']))
    for i, t_ in enumerate([
        'Lettura e approvazione dei verbali della seduta precedente del 29/12/2025;',
        'Comunicazioni del Sindaco;',
        'Approvazione del Regolamento per la disciplina dell\'imposta di soggiorno – Modifiche;',
        'Approvazione del Piano delle alienazioni e valorizzazioni immobiliari 2026/2028;',
        'Variazione al Bilancio di previsione 2026/2028 ai sensi dell\'art. 175 del D.Lgs. 267/2000;',
        'Riconoscimento di legittimità di debito fuori bilancio derivante dalla sentenza del Tribunale di Larino '
        'n. 512/2025;',
        'Interrogazione dei consiglieri del gruppo “Campomarino Futura” in merito alla gestione del servizio '
        'di trasporto scolastico.'], 1):
        st.append(P('%d. %s' % (i, t_), s['point']))
    st.append(P('Gli atti relativi agli argomenti iscritti all\'ordine del giorno sono depositati presso l\'Ufficio '
                'Segreteria e consultabili dai Consiglieri negli orari di ufficio, a norma del Regolamento.', s['body']))
    st.append(Spacer(1, 4 * mm))
    st.append(P('Campomarino, 13/03/2026', s['left']))
    st.append(Table([['', P('IL PRESIDENTE DEL CONSIGLIO COMUNALE<br/>Avv. Nicolina Di Pietro', s['center'])]],
                    colWidths=[70 * mm, 92 * mm]))
    doc.build(st, onFirstPage=page, onLaterPages=page)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    torremaggiore(); brisighella(); campomarino()
