# ReportLab platypus: Saluzzo (Giunta, Halley-like), Ortona (Consiglio, Dedagroup/Civilia Next-like),
# Rovereto (determinazione, Trentino report writer), Amantea (decreto sindacale, Word-like)
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from rl_common import reg_dejavu, styles, OUT

reg_dejavu()

def footer_factory(text, font, size=8):
    def f(canv, doc):
        canv.saveState()
        canv.setFont(font, size)
        canv.drawString(2*cm, 1.2*cm, text)
        canv.drawRightString(A4[0]-2*cm, 1.2*cm, 'Pag. %d' % doc.page)
        canv.restoreState()
    return f

# ---------------------------------------------------------------- Saluzzo
def saluzzo():
    s = styles('Times-Roman', 'Times-Bold', 11)
    doc = SimpleDocTemplate(OUT + 'giunta-saluzzo-halley.pdf', pagesize=A4, leftMargin=2.2*cm, rightMargin=2.2*cm, topMargin=1.8*cm, bottomMargin=2*cm,
                            title='Delibera Giunta 187/2025', author='Comune di Saluzzo')
    P = lambda t, st='body': Paragraph(t, s[st])
    e = []
    e.append(P('<font size=16><b>COMUNE DI SALUZZO</b></font>', 'center'))
    e.append(P('PROVINCIA DI CUNEO', 'center'))
    e.append(Spacer(1, 8))
    e.append(P('<b>ORIGINALE</b>', 'left'))
    e.append(Spacer(1, 4))
    e.append(P('<b>VERBALE DI DELIBERAZIONE<br/>DELLA GIUNTA COMUNALE N. 187</b>', 'center'))
    e.append(Spacer(1, 8))
    t = Table([[P('<b>OGGETTO:</b>', 'left'), P('<b>APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DEI GIARDINI PUBBLICI DI CORSO ROMA.</b>', 'left')]],
              colWidths=[2.6*cm, 14*cm])
    t.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('BOX', (0,0), (-1,-1), 0.8, colors.black)]))
    e.append(t)
    e.append(Spacer(1, 10))
    e.append(P("L'anno <b>duemilaventicinque</b> addì <b>diciotto</b> del mese di <b>novembre</b> alle ore <b>17:45</b> nella solita sala delle riunioni, "
               "previo esaurimento delle formalità prescritte dalla legge, vennero per oggi convocati i componenti di questa Giunta Comunale."))
    e.append(P('All’appello risultano:'))
    rows = [['Cognome e Nome', 'Carica', 'Presente', 'Assente'],
            ['ROSSETTO MARCO', 'Sindaco', 'X', ''],
            ['BERTOLA ELENA', 'Vice Sindaco', 'X', ''],
            ['GIORDANENGO PAOLO', 'Assessore', 'X', ''],
            ['MARTINI SILVIA', 'Assessore', '', 'X'],
            ['OLIVERO DAVIDE', 'Assessore', 'X', ''],
            ['', 'Totale', '4', '1']]
    t = Table(rows, colWidths=[6*cm, 4*cm, 2.5*cm, 2.5*cm])
    t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Times-Roman', 10.5), ('FONT', (0,0), (-1,0), 'Times-Bold', 10.5),
                           ('FONT', (0,-1), (-1,-1), 'Times-Bold', 10.5),
                           ('ALIGN', (2,0), (-1,-1), 'CENTER'), ('LINEBELOW', (0,0), (-1,0), 0.6, colors.black),
                           ('LINEABOVE', (0,-1), (-1,-1), 0.6, colors.black)]))
    e.append(t)
    e.append(Spacer(1, 8))
    e.append(P("Assiste all’adunanza il Segretario Comunale <b>Dott.ssa Laura Peano</b> la quale provvede alla redazione del presente verbale."))
    e.append(P("Essendo legale il numero degli intervenuti, il Sig. <b>Marco Rossetto</b> nella sua qualità di <b>Sindaco</b> assume la presidenza "
               "e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato."))
    e.append(Spacer(1, 6))
    e.append(P('<b>LA GIUNTA COMUNALE</b>', 'center'))
    e.append(P("Premesso che con deliberazione del Consiglio Comunale n. 12 del 27/02/2025 è stato approvato il Documento Unico di Programmazione 2025/2027 "
               "nel quale è previsto, per l’annualità 2025, l’intervento di riqualificazione dei giardini pubblici di Corso Roma;"))
    e.append(P("Dato atto che il Settore Lavori Pubblici ha fatto redigere dal tecnico incaricato, Arch. Giulia Bruno, il progetto di fattibilità "
               "tecnico-economica dell’intervento, pervenuto al protocollo n. 28113 del 30/10/2025, per un importo complessivo di € 185.000,00, di cui "
               "€ 142.300,00 per lavori a base d’asta;"))
    e.append(P("Visto il D.Lgs. 31 marzo 2023, n. 36 ed in particolare l’art. 41 e l’allegato I.7;"))
    e.append(P("Visto il D.Lgs. 18 agosto 2000, n. 267;"))
    e.append(P("Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 267/2000 dai Responsabili dei Servizi interessati;"))
    e.append(P("Con voti unanimi e favorevoli espressi nelle forme di legge,"))
    e.append(P('<b>DELIBERA</b>', 'center'))
    e.append(P("1. di approvare il progetto di fattibilità tecnico-economica per la riqualificazione dei giardini pubblici di Corso Roma, "
               "per l’importo complessivo di € 185.000,00, composto dagli elaborati elencati in premessa;", 'point'))
    e.append(P("2. di dare atto che la spesa trova copertura al capitolo 9210/5 del bilancio di previsione 2025/2027, annualità 2025;", 'point'))
    e.append(P("3. di individuare quale Responsabile Unico del Progetto il Geom. Stefano Allasia, del Settore Lavori Pubblici;", 'point'))
    e.append(P("4. di demandare al Responsabile del Settore Lavori Pubblici l’adozione degli atti conseguenti.", 'point'))
    e.append(P("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile "
               "ai sensi dell’art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267."))
    e.append(Spacer(1, 10))
    e.append(P('Letto, confermato e sottoscritto.', 'left'))
    sig = Table([[P('<b>IL PRESIDENTE</b>', 'center'), P('<b>IL SEGRETARIO COMUNALE</b>', 'center')],
                 [P('F.to Marco Rossetto', 'center'), P('F.to Dott.ssa Laura Peano', 'center')]], colWidths=[8*cm, 8*cm])
    e.append(KeepTogether([sig]))
    e.append(Spacer(1, 14))
    e.append(P('<b>CERTIFICATO DI PUBBLICAZIONE</b>', 'center'))
    e.append(P("Il sottoscritto Segretario Comunale certifica che copia del presente verbale viene pubblicata all’Albo Pretorio on line del Comune "
               "per 15 giorni consecutivi dal 20/11/2025 al 05/12/2025.", 'small'))
    e.append(P('Saluzzo, lì 20/11/2025 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO COMUNALE F.to Dott.ssa Laura Peano', 'small'))
    doc.build(e, onFirstPage=footer_factory('Deliberazione G.C. n. 187 del 18/11/2025', 'Times-Italic'),
              onLaterPages=footer_factory('Deliberazione G.C. n. 187 del 18/11/2025', 'Times-Italic'))

# ---------------------------------------------------------------- Ortona
def ortona():
    s = styles('DVSerif', 'DVSerif-B', 9.5)
    doc = SimpleDocTemplate(OUT + 'consiglio-ortona-dedagroup.pdf', pagesize=A4, leftMargin=2*cm, rightMargin=2*cm, topMargin=1.5*cm, bottomMargin=2*cm,
                            title='Deliberazione del Consiglio Comunale')
    P = lambda t, st='body': Paragraph(t, s[st])
    e = []
    head = Table([[P('<font size=15><b>CITTÀ DI ORTONA</b></font><br/>Provincia di Chieti', 'left'),
                   P('<b>COPIA</b>', 'center')]], colWidths=[13*cm, 4*cm])
    head.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'MIDDLE'), ('BOX', (1,0), (1,0), 0.6, colors.black), ('LINEBELOW', (0,0), (-1,0), 1.2, colors.black)]))
    e.append(head)
    e.append(Spacer(1, 10))
    e.append(P('<font size=12><b>DELIBERAZIONE DEL CONSIGLIO COMUNALE</b></font>', 'center'))
    box = Table([[P('<b>N. 58</b>', 'center'), P('<b>del 28/11/2025</b>', 'center')]], colWidths=[4*cm, 5*cm])
    box.setStyle(TableStyle([('GRID', (0,0), (-1,-1), 0.6, colors.black)]))
    e.append(box)
    e.append(Spacer(1, 6))
    e.append(P('Sessione ordinaria – Seduta pubblica di prima convocazione', 'center'))
    e.append(Spacer(1, 6))
    ogg = Table([[P('<b>Oggetto:</b>', 'left'), P('<b>Approvazione del Regolamento comunale per la concessione in uso temporaneo dei locali e degli impianti di proprietà comunale.</b>', 'left')]],
                colWidths=[2.2*cm, 14.8*cm])
    ogg.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('LINEABOVE', (0,0), (-1,0), 0.5, colors.grey), ('LINEBELOW', (0,0), (-1,0), 0.5, colors.grey)]))
    e.append(ogg)
    e.append(Spacer(1, 8))
    e.append(P("L’anno duemilaventicinque, il giorno ventotto del mese di novembre, alle ore 18:00, nella sala consiliare del Palazzo Farnese, "
               "convocato con avviso prot. n. 41207 del 21/11/2025 regolarmente notificato, si è riunito il Consiglio Comunale. "
               "Risultano all’appello nominale:"))
    members = [('MARINUCCI LEO (Sindaco)', 'P'), ('DI NARDO LUCA', 'P'), ('TABASSI CHIARA', 'P'), ('CIERI ANTONIO', 'P'),
               ('POLIDORO SIMONA', 'A'), ('D’ALOISIO MATTEO', 'P'), ('FRATINO GIOVANNA', 'P'), ('SCIARRA ROBERTO', 'P'),
               ('DI CIANO PAOLA', 'A'), ('MENNA FEDERICO', 'P'), ('RAPINO ILARIA', 'P'), ('COLANERI DARIO', 'P'),
               ('SPADACCINI MARTA', 'P'), ('TUMINI ENRICO', 'A'), ('CROGNALE ALESSIO', 'P'), ('BUCCIARELLI NADIA', 'A'),
               ('VERNA TOMMASO', 'P')]
    rows = [['N.', 'Cognome e Nome', 'Pres.', 'N.', 'Cognome e Nome', 'Pres.']]
    for i in range(0, len(members), 2):
        a = members[i]; b = members[i+1] if i+1 < len(members) else ('', '')
        rows.append([str(i+1), a[0], a[1], str(i+2) if b[0] else '', b[0], b[1]])
    t = Table(rows, colWidths=[0.9*cm, 6.2*cm, 1.4*cm, 0.9*cm, 6.2*cm, 1.4*cm])
    t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'DVSerif', 9), ('FONT', (0,0), (-1,0), 'DVSerif-B', 9),
                           ('GRID', (0,0), (-1,-1), 0.4, colors.black), ('ALIGN', (2,0), (2,-1), 'CENTER'), ('ALIGN', (5,0), (5,-1), 'CENTER'),
                           ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#e6e6e6'))]))
    e.append(t)
    e.append(P('Presenti n. 13 &nbsp;&nbsp;&nbsp; Assenti n. 4', 'left'))
    e.append(P("Presiede la seduta il Presidente del Consiglio Sig. Luca Di Nardo. Partecipa con funzioni consultive, referenti e di assistenza "
               "il Segretario Generale Dott.ssa Marina Tenaglia. Il Presidente, constatato il numero legale, dichiara aperta la seduta."))
    e.append(P('<b>IL CONSIGLIO COMUNALE</b>', 'center'))
    e.append(P("Premesso che il Comune di Ortona dispone di locali e impianti (sale, palestre scolastiche in orario extrascolastico, auditorium) "
               "che possono essere concessi in uso temporaneo ad associazioni, enti e privati per iniziative di interesse pubblico;"))
    e.append(P("Considerato che il vigente regolamento, approvato con deliberazione consiliare n. 34 del 15/06/2009, non risulta più adeguato "
               "alla normativa sopravvenuta ed alle tariffe stabilite dalla Giunta Comunale;"))
    e.append(P("Visto lo schema di regolamento composto da n. 18 articoli, esaminato dalla II Commissione consiliare permanente nella seduta del 19/11/2025;"))
    e.append(P("Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell’art. 49 del D.Lgs. 267/2000;"))
    e.append(P("Udita la relazione dell’Assessore al Patrimonio e gli interventi dei consiglieri, riportati nel resoconto della seduta;"))
    e.append(P("Con la seguente votazione, espressa per alzata di mano: presenti n. 13, votanti n. 12, astenuti n. 1 (Colaneri), "
               "voti favorevoli n. 9, voti contrari n. 3 (Cieri, Rapino, Verna),"))
    e.append(P('<b>DELIBERA</b>', 'center'))
    e.append(P("1) di approvare il Regolamento comunale per la concessione in uso temporaneo dei locali e degli impianti di proprietà comunale, "
               "composto da n. 18 articoli, allegato al presente atto quale parte integrante e sostanziale;", 'point'))
    e.append(P("2) di abrogare il regolamento approvato con deliberazione consiliare n. 34 del 15/06/2009;", 'point'))
    e.append(P("3) di stabilire che il Regolamento entra in vigore il primo giorno del mese successivo a quello di esecutività della presente deliberazione.", 'point'))
    e.append(P("Successivamente, stante l’urgenza, con votazione separata che riporta il medesimo esito, il Consiglio Comunale dichiara la presente "
               "deliberazione immediatamente eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000."))
    e.append(Spacer(1, 10))
    e.append(P('Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto.', 'left'))
    sig = Table([[P('IL PRESIDENTE DEL CONSIGLIO<br/>F.to Luca Di Nardo', 'center'), P('IL SEGRETARIO GENERALE<br/>F.to Dott.ssa Marina Tenaglia', 'center')]],
                colWidths=[8.5*cm, 8.5*cm])
    e.append(sig)
    e.append(Spacer(1, 12))
    e.append(P('<b>ATTESTATO DI ESECUTIVITÀ</b>', 'center'))
    e.append(P("La presente deliberazione è divenuta esecutiva il 28/11/2025 perché dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000).", 'small'))
    f = footer_factory('Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – Delibera C.C. n. 58/2025', 'DVSerif-I', 7)
    doc.build(e, onFirstPage=f, onLaterPages=f)

# ---------------------------------------------------------------- Rovereto
def rovereto():
    s = styles('DVSans', 'DVSans-B', 9.5)
    doc = SimpleDocTemplate(OUT + 'det-rovereto-dirigente.pdf', pagesize=A4, leftMargin=2.3*cm, rightMargin=2.3*cm, topMargin=1.6*cm, bottomMargin=2*cm,
                            title='Determinazione dirigenziale')
    P = lambda t, st='body': Paragraph(t, s[st])
    e = []
    e.append(P('<font size=13><b>COMUNE DI ROVERETO</b></font>', 'left'))
    e.append(P('Provincia di Trento', 'left'))
    e.append(Spacer(1, 10))
    e.append(P('<b>AREA SERVIZI ALLA PERSONA</b>', 'left'))
    e.append(P('Ufficio Politiche Sociali', 'left'))
    e.append(Spacer(1, 10))
    t = Table([[P('<b>DETERMINAZIONE DEL DIRIGENTE</b>', 'left'), P('N. 1462 DI DATA 09/12/2025', 'left')],
               [P('Numero di registro del servizio', 'left'), P('87', 'left')]], colWidths=[8*cm, 8.4*cm])
    t.setStyle(TableStyle([('GRID', (0,0), (-1,-1), 0.5, colors.black), ('VALIGN', (0,0), (-1,-1), 'MIDDLE')]))
    e.append(t)
    e.append(Spacer(1, 10))
    e.append(P('<b>OGGETTO: Affidamento del servizio di trasporto individualizzato per persone con disabilità per il periodo 01/01/2026 – 31/12/2026. Impegno di spesa. CIG B7C41E2A90.</b>', 'left'))
    e.append(Spacer(1, 8))
    e.append(P('<b>IL DIRIGENTE</b>', 'center'))
    e.append(P("Visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio 2018, n. 2 e s.m.;"))
    e.append(P("Visto il D.Lgs. 23 giugno 2011, n. 118 e la L.P. 9 dicembre 2015, n. 18;"))
    e.append(P("Richiamata la deliberazione del Consiglio comunale n. 71 di data 17/12/2024, con la quale è stato approvato il bilancio di previsione 2025-2027;"))
    e.append(P("Premesso che il Comune garantisce alle persone con disabilità residenti, prive di autonomia negli spostamenti, un servizio di trasporto "
               "individualizzato verso i centri diurni, le strutture sanitarie e i luoghi di lavoro;"))
    e.append(P("Dato atto che il contratto in essere scade il 31/12/2025 e che, a seguito di procedura negoziata svolta sulla piattaforma telematica "
               "provinciale, l’offerta migliore è risultata quella della Cooperativa Sociale Il Ponte di Trento, per un importo di € 96.400,00 oltre IVA al 5%;"))
    e.append(P("Accertata la regolarità contributiva dell’affidatario e verificato il possesso dei requisiti di ordine generale;"))
    e.append(P('<b>DETERMINA</b>', 'center'))
    e.append(P("1. di affidare alla Cooperativa Sociale Il Ponte, con sede in Trento, il servizio di trasporto individualizzato per persone con disabilità "
               "per il periodo 01/01/2026 – 31/12/2026, per l’importo di € 96.400,00 oltre IVA;", 'point'))
    e.append(P("2. di impegnare la spesa complessiva di € 101.220,00 al capitolo 12021/310 del bilancio di previsione 2025-2027, esercizio 2026;", 'point'))
    e.append(P("3. di stipulare il contratto mediante scambio di corrispondenza secondo l’uso del commercio;", 'point'))
    e.append(P("4. di nominare direttore dell’esecuzione del contratto la dott.ssa Francesca Pederzolli, assistente sociale dell’Ufficio Politiche Sociali;", 'point'))
    e.append(P("5. di dare atto che avverso il presente provvedimento è ammesso ricorso al Tribunale Regionale di Giustizia Amministrativa di Trento entro 30 giorni.", 'point'))
    e.append(Spacer(1, 14))
    sig = Table([['', P('IL DIRIGENTE<br/>dott. Matteo Zandonai<br/><font size=7>(documento firmato digitalmente)</font>', 'center')]], colWidths=[8*cm, 8.4*cm])
    e.append(sig)
    e.append(Spacer(1, 14))
    e.append(P('<b>VISTO DI REGOLARITÀ CONTABILE</b>', 'center'))
    e.append(P("Si attesta la copertura finanziaria della spesa ai sensi dell’art. 185 del Codice degli enti locali. Impegno n. 2026/318.", 'small'))
    e.append(P('IL RESPONSABILE DEL SERVIZIO FINANZIARIO – dott.ssa Paola Marzadro', 'small'))
    f = footer_factory('Comune di Rovereto – Piazza Podestà, 11 – 38068 Rovereto (TN)', 'DVSans', 7)
    doc.build(e, onFirstPage=f, onLaterPages=f)

# ---------------------------------------------------------------- Amantea
def amantea():
    s = styles('Times-Roman', 'Times-Bold', 12)
    doc = SimpleDocTemplate(OUT + 'decreto-amantea-sindaco.pdf', pagesize=A4, leftMargin=2.5*cm, rightMargin=2.5*cm, topMargin=2*cm, bottomMargin=2.2*cm,
                            title='Decreto sindacale')
    P = lambda t, st='body': Paragraph(t, s[st])
    e = []
    e.append(P('<font size=18><b>COMUNE DI AMANTEA</b></font>', 'center'))
    e.append(P('<i>(Provincia di Cosenza)</i>', 'center'))
    e.append(P('<font size=9>Via Indipendenza, 1 – 87032 Amantea (CS) – PEC: protocollo.amantea@pec.example.it</font>', 'center'))
    e.append(Spacer(1, 18))
    e.append(P('<b>DECRETO SINDACALE N. 9 DEL 02/12/2025</b>', 'center'))
    e.append(Spacer(1, 10))
    e.append(P("<b>OGGETTO: Nomina del Responsabile dell'Area Economico-Finanziaria e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000.</b>", 'left'))
    e.append(Spacer(1, 10))
    e.append(P('<b>IL SINDACO</b>', 'center'))
    e.append(P("Visti gli artt. 50, comma 10, 107 e 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267;"))
    e.append(P("Visto il vigente Regolamento sull’ordinamento degli uffici e dei servizi, approvato con deliberazione della Giunta Comunale n. 88 del 14/07/2022;"))
    e.append(P("Visto il CCNL Funzioni Locali del 16/11/2022, ed in particolare gli artt. 16 e seguenti in materia di incarichi di Elevata Qualificazione;"))
    e.append(P("Considerato che, a seguito del collocamento a riposo della precedente titolare, si rende necessario individuare il Responsabile dell’Area "
               "Economico-Finanziaria a decorrere dal 03/12/2025;"))
    e.append(P("Valutati il curriculum e l’esperienza professionale della dott.ssa Rosaria Gallo, funzionario contabile in servizio presso l’Ente;"))
    e.append(P('<b>DECRETA</b>', 'center'))
    e.append(P("1) di nominare la dott.ssa Rosaria Gallo Responsabile dell’Area Economico-Finanziaria, con decorrenza dal 03/12/2025 e fino alla scadenza del mandato del Sindaco;", 'point'))
    e.append(P("2) di attribuire alla stessa le funzioni di cui all’art. 107, commi 2 e 3, del D.Lgs. 267/2000;", 'point'))
    e.append(P("3) di riconoscere la retribuzione di posizione annua lorda di € 12.500,00, oltre alla retribuzione di risultato secondo il sistema di valutazione vigente;", 'point'))
    e.append(P("4) di stabilire che, in caso di assenza o impedimento, le funzioni sono svolte dal Segretario Comunale;", 'point'))
    e.append(P("5) di disporre la notifica del presente decreto all’interessata e la sua pubblicazione all’Albo Pretorio on line e nella sezione Amministrazione Trasparente.", 'point'))
    e.append(Spacer(1, 8))
    e.append(P('Amantea, 02/12/2025', 'left'))
    e.append(Spacer(1, 14))
    sig = Table([['', P('IL SINDACO<br/>Avv. Domenico Fiorillo', 'center')]], colWidths=[8*cm, 8*cm])
    e.append(sig)
    e.append(Spacer(1, 24))
    e.append(P('Per accettazione: ______________________', 'left'))
    doc.build(e)

if __name__ == '__main__':
    saluzzo(); ortona(); rovereto(); amantea()
