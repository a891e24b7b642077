# Determinazioni: Suzzara (J-Iride-like), Todi (Civilia-like), Ruvo di Puglia (Hypersic-like);
# ordinanza: Copparo (Kibernetes-like).
import os
from common import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'clean')
P = lambda t, s: Paragraph(t, s)


# ---------------------------------------------------------------- Suzzara
def suzzara():
    s = styles('LibSans', 'LibSans-Bold', 10, italic='LibSans-Italic')
    fn = os.path.join(OUT, 'determinazione-suzzara-jiride.pdf')

    def page(c, d):
        c.saveState()
        crest(c, 20 * mm, H - 32 * mm, 13 * mm)
        c.setFont('LibSans-Bold', 14); c.drawString(38 * mm, H - 21 * mm, 'COMUNE DI SUZZARA')
        c.setFont('LibSans', 9); c.drawString(38 * mm, H - 26 * mm, 'Provincia di Mantova')
        c.setFont('LibSans', 7.5)
        c.drawRightString(W - 20 * mm, H - 21 * mm, 'Piazza Castello, 1 - 46029 Suzzara (MN)')
        c.drawRightString(W - 20 * mm, H - 25 * mm, 'P.IVA 00178480209')
        c.line(20 * mm, H - 35 * mm, W - 20 * mm, H - 35 * mm)
        c.setFont('LibSans', 7)
        c.drawString(20 * mm, 10 * mm, 'Determinazione dirigenziale n. 214 del 10/03/2026')
        c.drawRightString(W - 20 * mm, 10 * mm, 'pag. %d' % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=40 * mm, bottomMargin=18 * mm, creator='J-Iride')
    st = []
    st.append(P('<b>SETTORE LAVORI PUBBLICI E PATRIMONIO</b>', s['bc']))
    st.append(P('Servizio Manutenzioni', s['center']))
    st.append(Spacer(1, 2 * mm))
    reg = Table([['DETERMINAZIONE DIRIGENZIALE', ''],
                 ['Registro generale', 'N. 214 del 10/03/2026'],
                 ['Registro di settore', 'N. 41 del 09/03/2026'],
                 ['Proposta', 'N. 262 del 06/03/2026']], colWidths=[60 * mm, 70 * mm])
    reg.setStyle(TableStyle([('SPAN', (0, 0), (1, 0)), ('ALIGN', (0, 0), (1, 0), 'CENTER'),
                             ('FONT', (0, 0), (1, 0), 'LibSans-Bold', 11), ('FONT', (0, 1), (0, -1), 'LibSans', 9.5),
                             ('FONT', (1, 1), (1, -1), 'LibSans-Bold', 9.5), ('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                             ('BACKGROUND', (0, 0), (1, 0), colors.HexColor('#e8e8e8'))]))
    st += [reg, Spacer(1, 4 * mm)]
    og = Table([[P('<b>OGGETTO:</b>', s['left']),
                 P('AFFIDAMENTO DIRETTO, AI SENSI DELL\'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023, DEL SERVIZIO DI '
                   'MANUTENZIONE ORDINARIA DEGLI IMPIANTI SEMAFORICI COMUNALI PER IL BIENNIO 2026-2027 – CIG B7A41C92F3 '
                   '– IMPEGNO DI SPESA', s['left'])]], colWidths=[27 * mm, 143 * mm])
    og.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st += [og, Spacer(1, 4 * mm)]
    st.append(P('<b>IL DIRIGENTE</b>', s['bc']))
    for t_ in [
        'Visto il decreto sindacale n. 4 del 08/01/2026 con il quale è stato conferito all\'Ing. Marco Bellintani '
        'l\'incarico di direzione del Settore Lavori Pubblici e Patrimonio;',
        'Richiamate la deliberazione del Consiglio Comunale n. 82 del 22/12/2025, di approvazione del Bilancio di '
        'previsione 2026-2028, e la deliberazione della Giunta Comunale n. 3 del 13/01/2026, di approvazione del '
        'Piano Esecutivo di Gestione 2026-2028;',
        'Premesso che il contratto per la manutenzione degli impianti semaforici comunali è scaduto il 28/02/2026 e '
        'che occorre garantire la continuità del servizio, essenziale per la sicurezza della circolazione;',
        'Dato atto che, a seguito di richiesta di preventivo tramite la piattaforma telematica Sintel, la ditta '
        'Semafori Padani S.r.l., con sede in Borgo Virgilio (MN), P.IVA 02318760204, ha offerto l\'importo di '
        '€ 36.400,00 oltre IVA per il biennio, ritenuto congruo;',
        'Verificato il possesso dei requisiti di ordine generale e speciale dichiarati dall\'operatore economico;']:
        st.append(P(t_, s['body']))
    st.append(P('<b>DETERMINA</b>', s['bc']))
    for i, t_ in enumerate([
        'di affidare alla ditta Semafori Padani S.r.l. il servizio di manutenzione ordinaria degli impianti '
        'semaforici comunali per il periodo 01/03/2026 – 28/02/2028, per l\'importo di € 36.400,00 oltre IVA 22%, '
        'per complessivi € 44.408,00;',
        'di impegnare la spesa di € 44.408,00 al Capitolo 1081/20 “Manutenzione impianti semaforici” come segue: '
        '€ 18.503,33 sull\'esercizio 2026, € 22.204,00 sull\'esercizio 2027 ed € 3.700,67 sull\'esercizio 2028;',
        'di dare atto che il Responsabile Unico del Progetto è il Geom. Andrea Gozzi;',
        'di stipulare il contratto mediante corrispondenza secondo l\'uso commerciale, ai sensi dell\'art. 18, '
        'comma 1, del D.Lgs. 36/2023;',
        'di trasmettere il presente provvedimento al Settore Finanziario per il visto di regolarità contabile '
        'attestante la copertura finanziaria.'], 1):
        st.append(P('%d. %s' % (i, t_), s['point']))
    st.append(Spacer(1, 3 * mm))
    st.append(P('Suzzara, 10/03/2026', s['left']))
    st.append(Table([['', P('IL DIRIGENTE<br/>Ing. Marco Bellintani', s['center'])], ['', '']],
                    colWidths=[85 * mm, 85 * mm], rowHeights=[None, 18 * mm]))
    st.append(Spacer(1, 3 * mm))
    vb = Table([[P('<b>VISTO DI REGOLARITÀ CONTABILE</b> attestante la copertura finanziaria (art. 183, comma 7, '
                   'D.Lgs. 267/2000). Impegni n. 2026/611, 2027/88, 2028/12.<br/>Suzzara, ____________<br/>'
                   'IL DIRIGENTE DEL SETTORE FINANZIARIO &nbsp; Dott.ssa Lucia Marastoni', s['small'])]], colWidths=[170 * mm])
    vb.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black)]))
    st.append(vb)
    doc.build(st, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------- Todi
def todi():
    s = styles('Courier', 'Courier-Bold', 10, lead=12.5)
    s2 = styles('DejaVuSerif', 'DejaVuSerif-Bold', 9.5)
    fn = os.path.join(OUT, 'determinazione-todi-civilia.pdf')

    def page(c, d):
        c.saveState()
        crest(c, 20 * mm, H - 34 * mm, 14 * mm)
        c.setFont('DejaVuSerif-Bold', 16); c.drawString(40 * mm, H - 22 * mm, 'COMUNE DI TODI')
        c.setFont('DejaVuSerif', 9); c.drawString(40 * mm, H - 27 * mm, '(Provincia di Perugia)')
        c.setFont('DejaVuSerif', 8); c.drawString(40 * mm, H - 31 * mm, 'Piazza del Popolo, 29/30 - 06059 Todi')
        c.setLineWidth(0.4); c.line(20 * mm, H - 37 * mm, W - 20 * mm, H - 37 * mm)
        c.setFont('Courier', 7.5)
        c.drawString(20 * mm, 11 * mm, 'Civilia Next - Atti amministrativi')
        c.drawRightString(W - 20 * mm, 11 * mm, 'Det. n. 187/2026 - pagina %d' % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=42 * mm, bottomMargin=20 * mm, creator='Civilia Next')
    st = []
    hd = Table([[P('AREA AFFARI GENERALI E SERVIZI ALLA PERSONA<br/>Servizio Istruzione e Politiche Scolastiche', s2['left']),
                 P('<b>DETERMINAZIONE</b><br/>N. 187 DEL 11/03/2026<br/>N. Settore 32', s2['center'])]],
               colWidths=[110 * mm, 60 * mm])
    hd.setStyle(TableStyle([('BOX', (1, 0), (1, 0), 0.8, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    st += [hd, Spacer(1, 5 * mm)]
    st.append(P('<b>OGGETTO: Servizio di trasporto scolastico a.s. 2025/2026 – Liquidazione fatture mese di '
                'febbraio 2026 alla ditta Autolinee Tuderti S.r.l. – CIG A03B6E7D21</b>', s['left']))
    st.append(Spacer(1, 4 * mm))
    st.append(P('<b>IL RESPONSABILE DELL\'AREA</b>', s['bc']))
    for t_ in [
        'RICHIAMATO il decreto sindacale n. 2 del 07/01/2026 di nomina dei Responsabili di Area;',
        'RICHIAMATA la propria determinazione n. 612 del 21/08/2025, con la quale è stato affidato alla ditta '
        'Autolinee Tuderti S.r.l. il servizio di trasporto scolastico per l\'anno scolastico 2025/2026 ed è '
        'stata impegnata la relativa spesa;',
        'VISTE le fatture elettroniche n. 41/PA del 02/03/2026 di € 21.340,00 e n. 42/PA del 02/03/2026 di '
        '€ 1.870,00, IVA 10% compresa, relative al servizio reso nel mese di febbraio 2026;',
        'ACCERTATA la regolare esecuzione del servizio e verificata la regolarità contributiva della ditta '
        '(DURC prot. INPS_49822175, valido fino al 14/06/2026);']:
        st.append(P(t_, s['body']))
    st.append(P('<b>DETERMINA</b>', s['bc']))
    for t_ in [
        'DI LIQUIDARE alla ditta Autolinee Tuderti S.r.l., con sede in Todi, la somma complessiva di € 23.210,00 '
        'a saldo delle fatture sopra indicate;',
        'DI IMPUTARE la spesa al Capitolo 4510/1 del Bilancio 2026, impegno n. 2025/1408 (reimputato);',
        'DI DARE ATTO che il pagamento sarà effettuato con le modalità della scissione dei pagamenti di cui '
        'all\'art. 17-ter del D.P.R. 633/1972;',
        'DI TRASMETTERE il presente atto al Servizio Finanziario per i controlli e adempimenti di competenza.']:
        st.append(P(t_, s['body']))
    st.append(Spacer(1, 4 * mm))
    st.append(Table([['', P('IL RESPONSABILE DELL\'AREA<br/>Dott. Emanuele Ciufoli', s['center'])], ['', '']],
                    colWidths=[85 * mm, 85 * mm], rowHeights=[None, 20 * mm]))
    st.append(PageBreak())
    st.append(P('<b>SERVIZIO FINANZIARIO</b>', s['bc']))
    st.append(P('Visto di regolarità contabile ai sensi dell\'art. 184, comma 4, del D.Lgs. 267/2000.', s['body']))
    st.append(P('Liquidazione n. 509 del 12/03/2026 &nbsp; Importo € 23.210,00', s['left']))
    st.append(P('Todi, 12/03/2026', s['left']))
    st.append(Table([['', P('IL RESPONSABILE DEL SERVIZIO FINANZIARIO<br/>Rag. Paola Menichelli', s['center'])], ['', '']],
                    colWidths=[80 * mm, 90 * mm], rowHeights=[None, 20 * mm]))
    st.append(Spacer(1, 10 * mm))
    st.append(P('<b>PUBBLICAZIONE</b>', s['bc']))
    st.append(P('La presente determinazione è pubblicata all\'Albo Pretorio on line dal 13/03/2026 per quindici giorni '
                'consecutivi.', s['body']))
    doc.build(st, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------- Ruvo di Puglia
def ruvo():
    s = styles('DejaVuSans', 'DejaVuSans-Bold', 9.5)
    fn = os.path.join(OUT, 'determinazione-ruvodipuglia-hypersic.pdf')

    def page(c, d):
        c.saveState()
        crest(c, W / 2 - 6 * mm, H - 30 * mm, 12 * mm)
        c.setFont('DejaVuSans-Bold', 14); c.drawCentredString(W / 2, H - 36 * mm, 'CITTÀ DI RUVO DI PUGLIA')
        c.setFont('DejaVuSans', 9); c.drawCentredString(W / 2, H - 41 * mm, 'Città Metropolitana di Bari')
        c.setFont('DejaVuSans', 7)
        c.drawString(18 * mm, 10 * mm, 'Hypersic - Determinazione Reg. Gen. n. 301/2026')
        c.drawRightString(W - 18 * mm, 10 * mm, 'Pagina %d di 1' % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=46 * mm, bottomMargin=18 * mm, creator='Hypersic')
    st = []
    hd = Table([[P('<b>4° SETTORE – GESTIONE DEL TERRITORIO</b>', s['center'])],
                [P('Servizio Ambiente e Igiene Urbana', s['center'])]], colWidths=[174 * mm])
    hd.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black),
                            ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d9e2f0'))]))
    st += [hd, Spacer(1, 3 * mm)]
    st.append(P('<b>DETERMINAZIONE DIRIGENZIALE</b>', s['title']))
    reg = Table([['Registro Generale', 'n. 301', 'del 12/03/2026'],
                 ['Registro del Settore', 'n. 58', 'del 11/03/2026']], colWidths=[50 * mm, 30 * mm, 40 * mm])
    reg.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DejaVuSans', 9.5), ('FONT', (1, 0), (1, -1), 'DejaVuSans-Bold', 9.5),
                             ('GRID', (0, 0), (-1, -1), 0.4, colors.black)]))
    st += [reg, Spacer(1, 4 * mm)]
    st.append(P('<b>OGGETTO:</b> Servizio di cattura, custodia e mantenimento dei cani randagi presso canile '
                'convenzionato. Impegno di spesa per il periodo marzo–dicembre 2026. CIG B8C2204A1E.', s['body']))
    st.append(Spacer(1, 2 * mm))
    st.append(P('<b>IL DIRIGENTE</b>', s['bc']))
    for t_ in [
        'PREMESSO che, ai sensi della L.R. Puglia n. 2/2020, compete ai Comuni il ricovero, la custodia e il '
        'mantenimento dei cani randagi catturati sul proprio territorio;',
        'RICHIAMATA la determinazione dirigenziale R.G. n. 1187 del 18/12/2025 con la quale è stato aggiudicato il '
        'servizio al canile convenzionato “Il Rifugio di Argo” S.r.l.s. di Corato, per il periodo 01/01/2026 – '
        '31/12/2027, al costo giornaliero di € 3,10 oltre IVA per cane;',
        'CONSIDERATO che alla data del 28/02/2026 risultano ricoverati n. 142 cani e che occorre impegnare la spesa '
        'per il periodo marzo–dicembre 2026;',
        'VISTI il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente Regolamento di contabilità;']:
        st.append(P(t_, s['body']))
    st.append(P('<b>D E T E R M I N A</b>', s['bc']))
    for i, t_ in enumerate([
        'di impegnare, per le motivazioni in premessa, la somma complessiva di € 164.260,00 IVA compresa in favore '
        'de “Il Rifugio di Argo” S.r.l.s., per il servizio di custodia e mantenimento dei cani randagi nel periodo '
        '01/03/2026 – 31/12/2026;',
        'di imputare la spesa alla Missione 13, Programma 07, Capitolo 9610 del Bilancio di previsione 2026/2028, '
        'esercizio 2026;',
        'di dare atto che si procederà alla liquidazione mensile previa presentazione di fattura elettronica e '
        'del registro delle presenze degli animali vistato dal Servizio Veterinario dell\'ASL BA;',
        'di pubblicare il presente provvedimento all\'Albo Pretorio on line e nella sezione “Amministrazione '
        'Trasparente”.'], 1):
        st.append(P('%d) %s' % (i, t_), s['point']))
    st.append(Spacer(1, 3 * mm))
    st.append(Table([[P('Il Responsabile del Procedimento<br/>Geom. Vito Fiore', s['center']),
                      P('IL DIRIGENTE DEL 4° SETTORE<br/>Ing. Rosa Maria Lorusso', s['center'])], ['', '']],
                    colWidths=[87 * mm, 87 * mm], rowHeights=[None, 18 * mm]))
    st.append(Spacer(1, 3 * mm))
    st.append(P('<b>ATTESTAZIONE DI COPERTURA FINANZIARIA</b>', s['bc']))
    st.append(P('Si attesta la copertura finanziaria della spesa (impegno n. 618/2026). Ruvo di Puglia, 12/03/2026 '
                '– IL DIRIGENTE DEL 2° SETTORE Dott. Nicola Cantatore', s['small']))
    doc.build(st, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------- Copparo
def copparo():
    s = styles('Times-Roman', 'Times-Bold', 11.5, italic='Times-Italic')
    fn = os.path.join(OUT, 'ordinanza-copparo-kibernetes.pdf')

    def page(c, d):
        c.saveState()
        crest(c, 22 * mm, H - 35 * mm, 15 * mm)
        c.setFont('Times-Bold', 18); c.drawString(44 * mm, H - 23 * mm, 'Comune di Copparo')
        c.setFont('Times-Italic', 10.5); c.drawString(44 * mm, H - 29 * mm, 'Provincia di Ferrara')
        c.setFont('Times-Roman', 8); c.drawString(44 * mm, H - 34 * mm, 'Via Roma, 28 - 44034 Copparo (FE) - comune.copparo@cert.comune.copparo.fe.it')
        c.setFont('Times-Roman', 7.5); c.drawCentredString(W / 2, 11 * mm, '- %d -' % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=44 * mm, bottomMargin=20 * mm, creator='Kibernetes')
    st = []
    st.append(P('IL SINDACO', s['title']))
    st.append(Spacer(1, 1 * mm))
    st.append(P('<b>ORDINANZA N. ________ DEL 13/03/2026</b>', s['bc']))
    st.append(Spacer(1, 3 * mm))
    st.append(P('<b>OGGETTO: Ordinanza contingibile e urgente di divieto di accesso e di transito pedonale e veicolare '
                'nell\'area dell\'ex Zuccherificio di via Garibaldi per pericolo di crollo di strutture.</b>', s['body']))
    st.append(Spacer(1, 2 * mm))
    for t_ in [
        'VISTO il verbale di sopralluogo del Corpo Nazionale dei Vigili del Fuoco – Comando Provinciale di Ferrara, '
        'intervento n. 1728 del 12/03/2026, dal quale risulta il distacco di porzioni della copertura e del '
        'cornicione del fabbricato principale dell\'ex Zuccherificio, con pericolo per la pubblica incolumità;',
        'VISTA la relazione del Responsabile del Settore Tecnico, prot. n. 5129 del 13/03/2026, che conferma lo '
        'stato di dissesto e indica un\'area di rispetto di almeno 20 metri dal filo del fabbricato;',
        'RITENUTO necessario e urgente adottare misure a tutela della pubblica e privata incolumità, nelle more '
        'dell\'esecuzione degli interventi di messa in sicurezza a cura della proprietà;',
        'VISTI gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267 e gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, '
        'n. 285 (Nuovo Codice della Strada);']:
        st.append(P(t_, s['body']))
    st.append(P('<b>O R D I N A</b>', s['bc']))
    for i, t_ in enumerate([
        'il divieto di accesso e di transito pedonale e veicolare nel tratto di via Garibaldi compreso tra '
        'l\'intersezione con via Carducci e il civico 112, con decorrenza immediata e fino al ripristino delle '
        'condizioni di sicurezza;',
        'alla società Immobiliare Estense S.r.l., proprietaria dell\'immobile, in persona del legale '
        'rappresentante pro tempore, di provvedere entro 10 (dieci) giorni dalla notifica del presente atto alla '
        'messa in sicurezza delle strutture pericolanti, dandone comunicazione al Settore Tecnico;',
        'al Settore Tecnico di provvedere all\'immediata installazione della segnaletica e delle transenne '
        'necessarie a delimitare l\'area interdetta.'], 1):
        st.append(P('%d. %s' % (i, t_), s['point']))
    st.append(P('<b>AVVERTE</b>', s['bc']))
    st.append(P('che, in caso di inottemperanza, si procederà all\'esecuzione d\'ufficio in danno dei soggetti '
                'obbligati, fatta salva l\'applicazione delle sanzioni previste dalla legge, e che contro la presente '
                'ordinanza è ammesso ricorso al T.A.R. Emilia-Romagna entro 60 giorni o, in alternativa, ricorso '
                'straordinario al Presidente della Repubblica entro 120 giorni dalla notifica.', s['body']))
    st.append(P('La Polizia Locale e le altre Forze dell\'Ordine sono incaricate della vigilanza sull\'osservanza '
                'della presente ordinanza, che è pubblicata all\'Albo Pretorio on line e notificata agli interessati.', s['body']))
    st.append(Spacer(1, 4 * mm))
    st.append(P('Copparo, 13/03/2026', s['left']))
    st.append(Table([['', P('IL SINDACO<br/>Michele Zaghini', s['center'])], ['', '']],
                    colWidths=[80 * mm, 82 * mm], rowHeights=[None, 22 * mm]))
    doc.build(st, onFirstPage=page, onLaterPages=page)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    suzzara(); todi(); ruvo(); copparo()
