# Hand-written data of the 12 invented acts of set mix-71-a (people, numbers, codes invented; bodies real).
# gen.py renders them; keys_make.py keys them.
D = {}
D["buti"] = dict(
 file="determinazione-buti-halley.pdf", muni="Comune di Buti", prov="Provincia di Pisa",
 organ="Settore 3 – Servizi Tecnici", office="Servizio Lavori Pubblici e Manutenzioni",
 number=143, sector=38, date="2026-03-12", dprint="12/03/2026", prop=52, propdate="10/03/2026", propiso="2026-03-10",
 subject="Manutenzione straordinaria della copertura della scuola primaria “G. Mameli” di via Provinciale Vicarese. Affidamento diretto alla ditta Edil Monte Serra S.r.l. e impegno di spesa. CIG B8F2C41D07 – CUP F67H26000210004.",
 points=["di affidare, per le motivazioni espresse in premessa, i lavori di manutenzione straordinaria della copertura della scuola primaria alla ditta Edil Monte Serra S.r.l., con sede in Calci (PI), per l’importo di € 38.460,00 oltre IVA;",
  "di impegnare la somma complessiva di € 46.921,20 al capitolo 2045.3 del bilancio di previsione 2026/2028, annualità 2026;",
  "di dare atto che il Responsabile Unico del Progetto è il geom. Marco Lenzi;",
  "di trasmettere il presente atto al Servizio Finanziario per il visto di regolarità contabile."],
 signer=("Ing.", "Silvia Baldacci", "Il Responsabile del Settore 3"))
D["sangimignano"] = dict(
 file="determinazione-sangimignano-word.pdf", muni="Comune di San Gimignano", prov="Provincia di Siena",
 organ="Direzione Servizi al Territorio", office="Servizio Patrimonio e Manutenzioni",
 number=214, sector=61, date="2026-03-19", prop=233, propdate="16.3.2026", propiso="2026-03-16",
 subject="Restauro conservativo del camminamento delle mura urbane tra Porta San Giovanni e Porta San Matteo – Approvazione del progetto esecutivo e determinazione a contrarre.",
 points=["di approvare il progetto esecutivo dei lavori di restauro conservativo del camminamento delle mura urbane, redatto dall’arch. Elena Bartalini, per un importo complessivo di € 312.000,00;",
  "di avviare la procedura negoziata senza bando ai sensi dell’art. 50, comma 1, lett. c), del D.Lgs. n. 36/2023;",
  "di prenotare la spesa al capitolo 2510.7 del bilancio 2026/2028;",
  "di dare atto che la presente determinazione dirigenziale è esecutiva con l’apposizione del visto contabile;",
  "di pubblicare il presente atto all’Albo Pretorio on line per quindici giorni consecutivi."],
 signer=("Arch.", "Paolo Ciampolini", "Il Dirigente della Direzione Servizi al Territorio"))
D["castiglionfibocchi"] = dict(
 file="determinazione-castiglionfibocchi-chromium.pdf", muni="Comune di Castiglion Fibocchi", prov="Provincia di Arezzo",
 organ="Area Amministrativa", office="Servizio Scuola e Servizi Sociali",
 number=87, sector=24, date="2026-02-25",
 subject="Servizio di trasporto scolastico a.s. 2025/2026 – Integrazione dell’impegno di spesa a favore della ditta Pratomagno Bus S.n.c. per corse aggiuntive – CIG B71A93C2E5.",
 points=["di integrare l’impegno di spesa n. 118/2026 per l’importo di € 4.840,00 IVA compresa a favore della ditta Pratomagno Bus S.n.c.;",
  "di imputare la spesa al capitolo 1450.2 del bilancio di previsione 2026/2028;",
  "di dare atto che il presente provvedimento è soggetto agli obblighi di pubblicazione di cui al D.Lgs. n. 33/2013."],
 signer=("Dott.ssa", "Lucia Fabbrini", "La Responsabile dell’Area Amministrativa"))
D["zuccarello"] = dict(
 file="determinazione-zuccarello-groff.pdf", muni="Comune di Zuccarello", prov="Provincia di Savona",
 organ="Area Tecnica", office="Servizio Manutenzioni e Protezione Civile",
 number=27, date="2026-03-05",
 subject="Interventi urgenti di ripristino del muro di sostegno della strada comunale per Castelvecchio di Rocca Barbena a seguito degli eventi meteorici di gennaio 2026 – Liquidazione alla ditta Neva Scavi di Rossi Andrea.",
 points=["di liquidare alla ditta Neva Scavi di Rossi Andrea, con sede in Cisano sul Neva (SV), la fattura n. 12/2026 del 20 febbraio 2026 di € 9.760,00 IVA compresa;",
  "di imputare la spesa all’impegno n. 31/2026, capitolo 2820 del bilancio 2026;",
  "di trasmettere la presente al Servizio Finanziario per l’emissione del mandato di pagamento."],
 signer=("Geom.", "Franco Garello", "Il Responsabile dell’Area Tecnica"))
D["mioglia"] = dict(
 file="determinazione-mioglia-enscript.pdf", muni="COMUNE DI MIOGLIA", prov="PROVINCIA DI SAVONA",
 organ="AREA AMMINISTRATIVA", office="SERVIZIO SEGRETERIA E PERSONALE",
 number=12, sector=4, date="2026-02-03",
 subject="CONCESSIONE DEL CONGEDO STRAORDINARIO RETRIBUITO AI SENSI DELL'ART. 42, COMMA 5, DEL D.LGS. N. 151/2001 A DIPENDENTE A TEMPO INDETERMINATO (MATRICOLA N. 041).",
 points=["DI CONCEDERE ALLA DIPENDENTE MATRICOLA N. 041 IL CONGEDO STRAORDINARIO RETRIBUITO DAL 9.2.2026 AL 8.4.2026;",
  "DI DARE ATTO CHE DURANTE IL CONGEDO SPETTA L'INDENNITA' PARI ALL'ULTIMA RETRIBUZIONE PERCEPITA;",
  "DI TRASMETTERE COPIA DEL PRESENTE ATTO ALL'INTERESSATA E ALL'UFFICIO PERSONALE."],
 signer=("DOTT.", "GIORGIO BARBERIS", "IL SEGRETARIO COMUNALE - RESPONSABILE DELL'AREA"))
D["castelnuovodiporto"] = dict(
 file="determinazione-castelnuovodiporto-wkhtml.pdf", muni="Comune di Castelnuovo di Porto", prov="Città metropolitana di Roma Capitale",
 organ="Settore II – Economico Finanziario", office="Servizio Tributi",
 number=311, sector=72, date="2026-03-23", prop=342, propdate="18/03/2026", propiso="2026-03-18",
 subject="Rimborso di somme indebitamente versate a titolo di IMU per le annualità 2022, 2023 e 2024 – Approvazione elenco dei contribuenti e impegno di spesa.",
 points=["di approvare l’elenco dei contribuenti aventi diritto al rimborso IMU, allegato al presente atto quale parte integrante (Allegato A);",
  "di impegnare la somma di € 7.415,32 al capitolo 3620 “Rimborsi tributi” del bilancio 2026;",
  "di dare atto che l’allegato, contenente dati personali, non è oggetto di pubblicazione;",
  "di disporre la pubblicazione all’Albo Pretorio on line."],
 signer=("Dott.", "Stefano Mariani", "Il Responsabile del Settore II"))
D["canalemonterano"] = dict(
 file="decreto-canalemonterano-latex.pdf", muni="Comune di Canale Monterano", prov="Città metropolitana di Roma Capitale",
 organ="Sindaco", number=4, date="2026-02-02",
 subject="Nomina del Responsabile dell’Area Tecnica e attribuzione delle funzioni di cui all’art. 107 del D.Lgs. n. 267/2000 per il periodo 1° febbraio 2026 – 31 dicembre 2026.",
 points=["di nominare il geom. Alessandro Ciocchetti Responsabile dell’Area Tecnica, con attribuzione delle funzioni dirigenziali di cui all’art. 107 del D.Lgs. n. 267/2000;",
  "di attribuire al medesimo l’incarico di Elevata Qualificazione con la retribuzione di posizione annua di € 12.900,00;",
  "di notificare il presente decreto all’interessato e di trasmetterlo al Segretario comunale e al Servizio Personale."],
 signer=("", "Mara Bertollini", "Il Sindaco"))
D["ostravetere"] = dict(
 file="determinazione-ostravetere-fpdf.pdf", muni="Comune di Ostra Vetere", prov="Provincia di Ancona",
 organ="Area Servizi alla Persona", office="Ufficio Cultura, Biblioteca e Turismo",
 number=98, sector=19, date="2026-03-20",
 subject="Rassegna “Ostra Vetere d’Estate 2026” – Affidamento del servizio di service audio e luci all’associazione culturale Misa Eventi APS e impegno di spesa – CIG B93E0D7F11.",
 points=["di affidare all’associazione culturale Misa Eventi APS, con sede in Senigallia (AN), il servizio di service audio e luci per la rassegna “Ostra Vetere d’Estate 2026”, per l’importo di € 6.100,00 IVA compresa;",
  "di impegnare la spesa al capitolo 1620.4 “Manifestazioni culturali” del bilancio 2026/2028, esercizio 2026;",
  "di dare atto che il contratto è stipulato mediante corrispondenza commerciale;",
  "di dare atto dell’assenza di conflitto di interessi ai sensi dell’art. 16 del D.Lgs. n. 36/2023."],
 signer=("Dott.ssa", "Chiara Mancinelli", "La Responsabile dell’Area Servizi alla Persona"))
D["sagrantino"] = dict(
 file="decreto-sagrantino-kibernetes.pdf", muni="Unione dei Comuni Terre dell’Olio e del Sagrantino", prov="Provincia di Perugia",
 organ="Presidente", number=3, date="2026-02-09", prop=5, propdate="4 febbraio 2026", propiso="2026-02-04", proposing="Area Polizia Locale Associata",
 subject="Nomina del Comandante del Corpo Unico di Polizia Locale dell’Unione e conferimento dell’incarico di Elevata Qualificazione per l’anno 2026.",
 points=["di nominare la dott.ssa Valentina Properzi Comandante del Corpo Unico di Polizia Locale dell’Unione a decorrere dal 10 febbraio 2026;",
  "di conferire alla medesima l’incarico di Elevata Qualificazione dell’Area Polizia Locale Associata fino al 31 dicembre 2026;",
  "di trasmettere il presente decreto ai Sindaci dei Comuni aderenti e al Servizio Personale associato."],
 signer=("", "Roberto Gentili", "Il Presidente dell’Unione"))
D["nocciano"] = dict(
 file="determinazione-nocciano-word.pdf", muni="Comune di Nocciano", prov="Provincia di Pescara",
 organ="Area Tecnico-Manutentiva", office="Servizio Lavori Pubblici",
 number=64, sector=21, date="2026-03-27", prop=71, propdate="25/03/2026", propiso="2026-03-25",
 subject="Lavori di efficientamento energetico dell’impianto di pubblica illuminazione di Contrada Cartiera – Approvazione del certificato di regolare esecuzione e dello stato finale.",
 points=["di approvare lo stato finale dei lavori e il certificato di regolare esecuzione redatto dal Direttore dei lavori in data 16 marzo 2026;",
  "di liquidare all’impresa Elettro Nora S.r.l. la rata di saldo di € 11.230,00 oltre IVA;",
  "di svincolare la cauzione definitiva prestata dall’impresa;",
  "di trasmettere il presente provvedimento al Servizio Finanziario."],
 signer=("Ing.", "Daniela Di Pietrantonio", "Il Responsabile dell’Area Tecnico-Manutentiva"))
D["ripateatina"] = dict(
 file="determinazione-ripateatina-sicraweb.pdf", muni="Comune di Ripa Teatina", prov="Provincia di Chieti",
 organ="Area Economico-Finanziaria", office="Servizio Economato",
 number=102, sector=29, date="2026-03-26",
 subject="Anticipazione al Servizio Economato per il secondo trimestre 2026 e approvazione del rendiconto delle spese economali del primo trimestre 2026.",
 points=["di approvare il rendiconto delle spese economali del primo trimestre 2026, per complessivi € 2.318,45;",
  "di disporre a favore dell’Economo comunale l’anticipazione di € 3.000,00 per il secondo trimestre 2026;",
  "di dare atto che il presente provvedimento è esecutivo dalla data di apposizione del visto di regolarità contabile."],
 signer=("Rag.", "Antonella Di Renzo", "La Responsabile dell’Area Economico-Finanziaria"))
D["bolognano"] = dict(
 file="decreto-bolognano-postscript.pdf", muni="Comune di Bolognano", prov="Provincia di Pescara",
 organ="Sindaco", number=2, date="2026-01-15",
 subject="Nomina del Responsabile della protezione dei dati personali (RPD/DPO) ai sensi dell’art. 37 del Regolamento (UE) 2016/679.",
 points=["di designare l’avv. Federico Di Carlo quale Responsabile della protezione dei dati personali del Comune di Bolognano;",
  "di stabilire che i dati di contatto del RPD siano pubblicati sul sito istituzionale e comunicati al Garante;",
  "di trasmettere il presente decreto all’interessato e ai Responsabili di Area."],
 signer=("", "Sergio Mancini", "Il Sindaco"))
