# Deliberations: Casalmaggiore (Giunta, Halley-like), Corleone (Consiglio, Sicraweb-like),
# Carloforte (Giunta, Zuddas-like).
import os
from common import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'clean')
P = lambda t, s: Paragraph(t, s)


# ---------------------------------------------------------------- Casalmaggiore
def casalmaggiore():
    s = styles('Times-Roman', 'Times-Bold', 11, italic='Times-Italic')
    fn = os.path.join(OUT, 'deliberazione-casalmaggiore-halley.pdf')

    def page(c, d):
        c.saveState()
        crest(c, 22 * mm, H - 36 * mm, 15 * mm)
        c.setFont('Times-Bold', 17); c.drawCentredString(W / 2 + 8 * mm, H - 22 * mm, 'COMUNE DI CASALMAGGIORE')
        c.setFont('Times-Roman', 11); c.drawCentredString(W / 2 + 8 * mm, H - 28 * mm, 'Provincia di Cremona')
        c.setFont('Times-Roman', 8)
        c.drawCentredString(W / 2 + 8 * mm, H - 33 * mm, 'Piazza Garibaldi, 26 - 26041 Casalmaggiore (CR) - C.F. 00221500193')
        c.line(20 * mm, H - 40 * mm, W - 20 * mm, H - 40 * mm)
        c.setFont('Times-Italic', 8)
        c.drawString(20 * mm, 12 * mm, 'Deliberazione della Giunta Comunale n. 38 del 12/03/2026')
        c.drawRightString(W - 20 * mm, 12 * mm, 'Pag. %d' % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=45 * mm, bottomMargin=22 * mm, title='Delibera GC 38/2026',
                            author='Comune di Casalmaggiore', creator='Halley Informatica')
    st = []
    box = Table([[P('<b>ORIGINALE</b>', s['left']), P('Codice ente: 10773', s['right'])]], colWidths=[83 * mm, 83 * mm])
    st += [box, Spacer(1, 2 * mm)]
    st.append(P('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', s['title']))
    st.append(P('<b>N. 38 DEL 12/03/2026</b>', s['bc']))
    st.append(Spacer(1, 3 * mm))
    ogg = Table([[P('<b>OGGETTO:</b>', s['left']),
                  P('<b>APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI '
                    'RIQUALIFICAZIONE DELLA PISTA CICLABILE LUNGO L\'ARGINE MAESTRO DEL FIUME PO – '
                    'CUP H61B25000410004</b>', s['left'])]], colWidths=[28 * mm, 138 * mm])
    ogg.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st += [ogg, Spacer(1, 4 * mm)]
    st.append(P('L\'anno <b>duemilaventisei</b> addì <b>dodici</b> del mese di <b>marzo</b> alle ore <b>17:30</b> '
                'nella Sede Comunale, previa osservanza di tutte le formalità prescritte dalla vigente normativa, '
                'vennero oggi convocati a seduta i componenti la Giunta Comunale.', s['body']))
    st.append(P('All\'appello risultano:', s['left']))
    rows = [('ZANACCHI ROBERTO', 'Sindaco', True), ('FERRARI MARTINA', 'Vice Sindaco', True),
            ('GUERRESCHI PAOLO', 'Assessore', True), ('BOTTOLI ELENA', 'Assessore', False),
            ('MONTANARI LUCA', 'Assessore', True)]
    st.append(roll_table(rows, ['Cognome e Nome', 'Carica', 'Presenti', 'Assenti'],
                         [62 * mm, 46 * mm, 26 * mm, 26 * mm], 'Times-Roman', 'Times-Bold', 10.5))
    tot = Table([['', 'Totale', '4', '1']], colWidths=[62 * mm, 46 * mm, 26 * mm, 26 * mm])
    tot.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Times-Bold', 10.5), ('ALIGN', (2, 0), (-1, -1), 'CENTER')]))
    st += [tot, Spacer(1, 3 * mm)]
    st.append(P('Partecipa all\'adunanza il Segretario Generale <b>Dott.ssa Cristina Pedrazzini</b> il quale provvede '
                'alla redazione del presente verbale.', s['body']))
    st.append(P('Essendo legale il numero degli intervenuti, il Sig. <b>Roberto Zanacchi</b> nella sua qualità di '
                '<b>Sindaco</b> assume la presidenza e dichiara aperta la seduta per la trattazione dell\'oggetto '
                'sopra indicato.', s['body']))
    st.append(PageBreak())
    st.append(P('<b>LA GIUNTA COMUNALE</b>', s['bc']))
    for t in [
        'PREMESSO che con deliberazione del Consiglio Comunale n. 71 del 19/12/2025 è stato approvato il Documento '
        'Unico di Programmazione 2026/2028 e il relativo Programma triennale dei lavori pubblici, nel quale è '
        'inserito l\'intervento di riqualificazione della pista ciclabile lungo l\'argine maestro del fiume Po, '
        'tratto Casalmaggiore – Vicobellignano;',
        'DATO ATTO che con determinazione del Responsabile dell\'Area Tecnica n. 612 del 28/11/2025 è stato '
        'affidato all\'Ing. Davide Soldi di Viadana l\'incarico di redazione del progetto di fattibilità '
        'tecnico-economica dell\'opera;',
        'VISTO il progetto di fattibilità tecnico-economica, acquisito al protocollo comunale n. 4417 in data '
        '03/03/2026, che prevede una spesa complessiva di € 385.000,00, di cui € 291.500,00 per lavori a base '
        'd\'asta comprensivi degli oneri per la sicurezza ed € 93.500,00 per somme a disposizione '
        'dell\'Amministrazione;',
        'RICHIAMATO l\'art. 41 del D.Lgs. 31 marzo 2023, n. 36 e l\'allegato I.7 al medesimo decreto;',
        'ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell\'art. 49 del '
        'D.Lgs. 18 agosto 2000, n. 267, allegati al presente atto quale parte integrante e sostanziale;',
        'Con voti unanimi favorevoli espressi nelle forme di legge;']:
        st.append(P(t, s['body']))
    st.append(P('<b>DELIBERA</b>', s['bc']))
    for i, t in enumerate([
        'di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione della pista '
        'ciclabile lungo l\'argine maestro del fiume Po, redatto dall\'Ing. Davide Soldi, dell\'importo '
        'complessivo di € 385.000,00, articolato secondo il quadro economico riportato in premessa;',
        'di dare atto che la spesa trova copertura al Capitolo 20810/3 “Piste ciclabili – contributo regionale” '
        'del Bilancio di previsione 2026/2028, annualità 2026;',
        'di nominare Responsabile Unico del Progetto l\'Arch. Silvia Rossetti, Responsabile dell\'Area Tecnica;',
        'di trasmettere copia della presente deliberazione all\'Agenzia Interregionale per il fiume Po per il '
        'rilascio del nulla osta idraulico di competenza.'], 1):
        st.append(P('%d) %s' % (i, t), s['point']))
    st.append(P('Successivamente, con separata votazione unanime favorevole,', s['body']))
    st.append(P('<b>DELIBERA</b>', s['bc']))
    st.append(P('di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell\'art. 134, '
                'comma 4, del D.Lgs. 18 agosto 2000, n. 267, stante l\'urgenza di presentare la domanda di '
                'contributo entro il 31/03/2026.', s['body']))
    st.append(Spacer(1, 4 * mm))
    st.append(P('Letto, approvato e sottoscritto.', s['left']))
    st.append(sig_table(['IL SINDACO', 'Roberto Zanacchi'], ['IL SEGRETARIO GENERALE', 'Dott.ssa Cristina Pedrazzini'],
                        'Times-Roman', 'Times-Bold', 11, 20 * mm))
    st.append(Spacer(1, 4 * mm))
    pub = Table([[P('<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>La presente deliberazione viene pubblicata all\'Albo '
                    'Pretorio on line per 15 giorni consecutivi dal ____________ al ____________ ai sensi dell\'art. 124 '
                    'del D.Lgs. 267/2000 e contestualmente comunicata ai capigruppo consiliari.<br/><br/>'
                    'IL SEGRETARIO GENERALE', s['small'])]], colWidths=[166 * mm])
    pub.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black)]))
    st.append(pub)
    doc.build(st, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------- Corleone
def corleone():
    s = styles('Helvetica', 'Helvetica-Bold', 10)
    fn = os.path.join(OUT, 'deliberazione-corleone-sicraweb.pdf')

    def page(c, d):
        c.saveState()
        c.setFont('Helvetica-Bold', 15); c.drawString(45 * mm, H - 20 * mm, 'COMUNE DI CORLEONE')
        c.setFont('Helvetica', 9.5); c.drawString(45 * mm, H - 25 * mm, 'Città Metropolitana di Palermo')
        crest(c, 24 * mm, H - 30 * mm, 14 * mm)
        c.setLineWidth(1.2); c.line(20 * mm, H - 33 * mm, W - 20 * mm, H - 33 * mm)
        c.setFont('Helvetica', 7.5)
        c.drawString(20 * mm, 10 * mm, 'Delibera di Consiglio Comunale n. 12 del 09/03/2026 - Pag. %d di 3' % d.page)
        c.drawRightString(W - 20 * mm, 10 * mm, 'Documento prodotto con Sicr@Web - Maggioli S.p.A.')
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=38 * mm, bottomMargin=18 * mm, creator='Sicr@Web')
    st = []
    hd = Table([[P('<b>DELIBERAZIONE DEL CONSIGLIO COMUNALE</b>', s['left']),
                 P('<b>N. 12</b><br/>del 09/03/2026', s['center'])]], colWidths=[130 * mm, 40 * mm])
    hd.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1, colors.black), ('LINEBEFORE', (1, 0), (1, 0), 1, colors.black),
                            ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('FONT', (0, 0), (-1, -1), 'Helvetica', 11)]))
    st += [hd, Spacer(1, 2 * mm)]
    st.append(P('Adunanza ordinaria di prima convocazione – seduta pubblica', s['center']))
    og = Table([['OGGETTO:', P('Regolamento comunale per la disciplina del canone unico patrimoniale – Modifica '
                               'degli articoli 12, 18 e 27. Approvazione.', s['bold'])]], colWidths=[22 * mm, 148 * mm])
    og.setStyle(TableStyle([('FONT', (0, 0), (0, 0), 'Helvetica-Bold', 10), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                            ('LINEABOVE', (0, 0), (-1, 0), 0.5, colors.black), ('LINEBELOW', (0, 0), (-1, 0), 0.5, colors.black)]))
    st += [og, Spacer(1, 3 * mm)]
    st.append(P('L\'anno duemilaventisei, il giorno nove del mese di marzo, alle ore 19:00 e seguenti, nella sala '
                'delle adunanze consiliari del Palazzo Municipale, convocato con avviso prot. n. 3920 del 02/03/2026 '
                'notificato a ciascun consigliere nei modi di legge, si è riunito il Consiglio Comunale in sessione '
                'ordinaria. Alla trattazione del presente argomento risultano presenti ed assenti i signori:', s['body']))
    names = [('CUTRONA GIUSEPPINA', 'Presidente', True), ('LO CASCIO ANTONINO', 'Consigliere', True),
             ('BENTIVEGNA ROSARIO', 'Consigliere', True), ('MANISCALCO ANGELA', 'Consigliere', False),
             ('PALAZZO GIOVANNI', 'Consigliere', True), ('DI MARCO FILIPPA', 'Consigliere', True),
             ('GANCITANO LEOLUCA', 'Consigliere', True), ('SCALISI MARIA CONCETTA', 'Consigliere', True),
             ('RIINA BIAGIO', 'Consigliere', False), ('CANNELLA SALVATORE', 'Consigliere', True),
             ('VINTALORO ROSALIA', 'Consigliere', True), ('MARINO CALOGERO', 'Consigliere', True),
             ('D\'AGOSTINO PIETRO', 'Consigliere', True), ('LA TORRE VALENTINA', 'Consigliere', False),
             ('SPATAFORA GIUSEPPE', 'Consigliere', True), ('RANDAZZO FRANCESCA', 'Consigliere', True)]
    data = [['N.', 'COGNOME E NOME', 'QUALIFICA', 'PRES.', 'ASS.']]
    for i, (n, r, p) in enumerate(names, 1):
        data.append([str(i), n, r, 'SI' if p else '', '' if p else 'SI'])
    t = Table(data, colWidths=[10 * mm, 72 * mm, 44 * mm, 20 * mm, 20 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 8.5), ('FONT', (0, 1), (-1, -1), 'Helvetica', 8.5),
                           ('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('ALIGN', (3, 0), (-1, -1), 'CENTER'),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dddddd')),
                           ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)]))
    st += [t, Spacer(1, 1.5 * mm), P('<b>Presenti n. 13 – Assenti n. 3</b>', s['right'])]
    st.append(P('Presiede la seduta il Presidente del Consiglio Comunale <b>Dott.ssa Giuseppina Cutrona</b>. '
                'Partecipa il Segretario Generale <b>Dott. Salvatore Lo Bue</b>, anche con funzioni di verbalizzante. '
                'Sono presenti in aula il Sindaco e gli Assessori Palumbo e Siragusa.', s['body']))
    st.append(P('Il Presidente, constatato il numero legale, dichiara aperta la seduta e pone in trattazione '
                'l\'argomento iscritto al punto 3 dell\'ordine del giorno.', s['body']))
    st.append(PageBreak())
    st.append(P('<b>IL CONSIGLIO COMUNALE</b>', s['bc']))
    for t_ in [
        'VISTA la proposta di deliberazione n. 9 del 20/02/2026 del Responsabile dell\'Area Economico-Finanziaria, '
        'corredata dei pareri di regolarità tecnica e contabile resi ai sensi dell\'art. 53 della L. 142/1990, '
        'come recepito dalla L.R. 48/1991;',
        'RICHIAMATO il Regolamento comunale per la disciplina del canone unico patrimoniale, approvato con '
        'deliberazione del Consiglio Comunale n. 19 del 29/04/2021;',
        'VISTO il parere favorevole del Revisore dei Conti, verbale n. 4 del 25/02/2026;',
        'UDITI gli interventi dei consiglieri, come da resoconto stenotipico depositato agli atti;',
        'Con la seguente votazione, resa per alzata di mano e accertata dagli scrutatori Gancitano, Cannella e '
        'Marino: presenti n. 13, votanti n. 12, voti favorevoli n. 9, voti contrari n. 3 (Lo Cascio, '
        'D\'Agostino, Randazzo), astenuti n. 1 (Spatafora);']:
        st.append(P(t_, s['body']))
    st.append(P('<b>D E L I B E R A</b>', s['bc']))
    for i, t_ in enumerate([
        'di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento comunale per la disciplina del '
        'canone unico patrimoniale, nel testo allegato sotto la lettera “A” al presente atto;',
        'di dare atto che le modifiche entrano in vigore dal 1° aprile 2026;',
        'di disporre la pubblicazione del Regolamento, come modificato, nella sezione “Amministrazione '
        'trasparente” del sito istituzionale dell\'Ente.'], 1):
        st.append(P('%d. %s' % (i, t_), s['point']))
    st.append(P('Indi, stante l\'urgenza, con la stessa votazione, il Consiglio Comunale dichiara il presente atto '
                'immediatamente esecutivo ai sensi dell\'art. 12, comma 2, della L.R. 44/1991.', s['body']))
    st.append(PageBreak())
    st.append(P('Il presente verbale, previa lettura, viene approvato e sottoscritto.', s['left']))
    sg = Table([[P('IL CONSIGLIERE ANZIANO<br/>Antonino Lo Cascio', s['center']),
                 P('IL PRESIDENTE<br/>Dott.ssa Giuseppina Cutrona', s['center']),
                 P('IL SEGRETARIO GENERALE<br/>Dott. Salvatore Lo Bue', s['center'])], ['', '', '']],
               colWidths=[56 * mm, 56 * mm, 58 * mm], rowHeights=[None, 22 * mm])
    st += [sg, Spacer(1, 8 * mm)]
    box = Table([[P('<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Il sottoscritto Segretario Generale, su conforme attestazione '
                    'del Responsabile dell\'Albo, certifica che la presente deliberazione è stata pubblicata all\'Albo '
                    'Pretorio on line dal 11/03/2026 al 26/03/2026 (Reg. pubbl. n. 447).', s['small'])],
                 [P('<b>ESECUTIVITÀ</b><br/>[X] Dichiarata immediatamente esecutiva (art. 12, comma 2, L.R. 44/1991)<br/>'
                    '[ &nbsp;] Divenuta esecutiva il ____________ decorsi dieci giorni dalla pubblicazione', s['small'])]],
                colWidths=[170 * mm])
    box.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('LINEBELOW', (0, 0), (0, 0), 0.5, colors.black)]))
    st.append(box)
    doc.build(st, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------- Carloforte
def carloforte():
    s = styles('LibSerif', 'LibSerif-Bold', 11, italic='LibSerif-Italic')
    fn = os.path.join(OUT, 'deliberazione-carloforte-zuddas.pdf')

    def page(c, d):
        c.saveState()
        crest(c, W / 2 - 7 * mm, H - 33 * mm, 14 * mm)
        c.setFont('LibSerif-Bold', 15); c.drawCentredString(W / 2, H - 40 * mm, 'COMUNE DI CARLOFORTE')
        c.setFont('LibSerif-Italic', 10); c.drawCentredString(W / 2, H - 45 * mm, 'Provincia del Sud Sardegna')
        c.setFont('LibSerif', 8)
        c.drawCentredString(W / 2, 12 * mm, 'Corso Cavour, 1 – 09014 Carloforte (SU) – tel. 0781 85801 – protocollo@pec.comune.carloforte.ca.it')
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=52 * mm, bottomMargin=22 * mm, creator='Zuddas - Atti amministrativi')
    st = []
    hd = Table([[P('<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>', s['center'])],
                [P('<b>N. 27 DEL 11.03.2026</b>', s['center'])]], colWidths=[162 * mm])
    hd.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1, colors.black)]))
    st += [hd, Spacer(1, 4 * mm)]
    st.append(P('<b>Oggetto:</b> <b>Atto di indirizzo per la concessione in uso temporaneo dei locali dell’ex Mattatoio '
                'comunale alle associazioni di volontariato – Anno 2026.</b>', s['body']))
    st.append(Spacer(1, 2 * mm))
    st.append(P('L’anno <b>duemilaventisei</b> il giorno <b>undici</b> del mese di <b>marzo</b> nella Casa Comunale, '
                'alle ore <b>12:30</b>, convocata nei modi di legge, si è riunita la Giunta Comunale nelle persone dei '
                'Signori:', s['body']))
    rows = [('RIVANO STEFANO', 'Sindaco', True), ('ROSSO ILARIA', 'Vice Sindaco', True),
            ('BIGGIO FRANCESCO', 'Assessore', True), ('GANDOLFO SARA', 'Assessore', False),
            ('CAPRIATA MARCO', 'Assessore', True)]
    data = [[n, r, 'Presente' if p else 'Assente'] for n, r, p in rows]
    t = Table(data, colWidths=[70 * mm, 50 * mm, 30 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'LibSerif', 11), ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.grey)]))
    st += [t, Spacer(1, 3 * mm)]
    st.append(P('Presenti: 4 &nbsp;&nbsp;&nbsp; Assenti: 1', s['left']))
    st.append(P('Assiste il Segretario Comunale <b>Dott.ssa Maria Grazia Pittau</b>.', s['body']))
    st.append(P('Il Sindaco <b>Stefano Rivano</b>, constatata la validità dell’adunanza, dichiara aperta la seduta ed '
                'invita la Giunta a deliberare sull’argomento in oggetto.', s['body']))
    st.append(P('<b>LA GIUNTA COMUNALE</b>', s['bc']))
    for t_ in [
        'PREMESSO che il Comune è proprietario dell’immobile denominato “ex Mattatoio comunale”, sito in località '
        'Segni, censito al N.C.E.U. al foglio 14, mappale 588, recentemente oggetto di lavori di ristrutturazione;',
        'CONSIDERATO che numerose associazioni di volontariato operanti sul territorio, tra cui quelle di protezione '
        'civile e di assistenza sanitaria, hanno manifestato l’esigenza di disporre di spazi per il deposito di '
        'mezzi e attrezzature e per lo svolgimento delle proprie attività;',
        'VISTO il Regolamento comunale per la concessione in uso dei beni immobili comunali, approvato con '
        'deliberazione del Consiglio Comunale n. 33 del 28/07/2022;',
        'ACQUISITO il parere favorevole di regolarità tecnica espresso dal Responsabile dell’Area Tecnica ai sensi '
        'dell’art. 49 del D.Lgs. n. 267/2000, dando atto che il presente atto non comporta riflessi diretti sulla '
        'situazione economico-finanziaria dell’Ente;',
        'Con votazione unanime, espressa in forma palese,']:
        st.append(P(t_, s['body']))
    st.append(P('<b>DELIBERA</b>', s['bc']))
    for t_ in [
        'di formulare al Responsabile dell’Area Tecnica l’indirizzo di concedere in uso temporaneo, fino al '
        '31/12/2026, i locali dell’ex Mattatoio comunale alle associazioni di volontariato iscritte nel Registro '
        'unico nazionale del Terzo settore che ne facciano richiesta;',
        'di stabilire che la concessione avvenga a titolo gratuito, con oneri per utenze e pulizie a carico dei '
        'concessionari, ripartiti in proporzione agli spazi utilizzati;',
        'di demandare al Responsabile dell’Area Tecnica l’adozione di tutti gli atti conseguenti, compresa la '
        'pubblicazione di un avviso per la raccolta delle richieste.']:
        st.append(P('– ' + t_, s['point']))
    st.append(P('Con separata e unanime votazione, la presente deliberazione è dichiarata immediatamente eseguibile '
                'ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.', s['body']))
    st.append(Spacer(1, 3 * mm))
    st.append(sig_table(['Il Sindaco', 'Stefano Rivano'], ['Il Segretario Comunale', 'Dott.ssa Maria Grazia Pittau'],
                        'LibSerif', 'LibSerif-Bold', 11, 18 * mm))
    doc.build(st, onFirstPage=page, onLaterPages=page)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    casalmaggiore(); corleone(); carloforte()
