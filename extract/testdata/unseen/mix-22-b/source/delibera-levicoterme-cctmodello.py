# Comune di Levico Terme - Giunta deliberation, in the shape of the Trentino
# Comuni's Writer template (Consorzio dei Comuni Trentini style). Built as .fodt,
# printed to PDF by LibreOffice Writer.
import sys
from fodt import Doc, PAGE, PAGES, esc

d = Doc('Deliberazione della Giunta comunale n. 58 dd. 21.04.2026', 'Segreteria generale', font='Liberation Serif', size=11, cellsize=10.5)
d.header = ('<text:p text:style-name="CSmall">[stemma del Comune]</text:p>'
            '<text:p text:style-name="CBig">COMUNE DI LEVICO TERME</text:p>'
            '<text:p text:style-name="CSmall">Provincia di Trento</text:p>')
d.footer = ('<text:p text:style-name="Foot">Deliberazione della Giunta comunale n. 58 dd. 21.04.2026 – pag. '
            + PAGE + ' di ' + PAGES + '</text:p>')

d.p('Verbale di deliberazione N. 58', 'CB')
d.p('della Giunta comunale', 'C')
d.blank()
d.p('<text:span text:style-name="B">OGGETTO:</text:span> ' + esc('Lavori di sistemazione della viabilità di accesso al Parco degli Asburgo e realizzazione di un percorso ciclopedonale in Via Silva Domini: approvazione in linea tecnica del progetto esecutivo. CUP F57H25001820004.'), 'J', rich=True)
d.blank()
d.p('L\'anno duemilaventisei addì ventuno del mese di aprile alle ore 17.30 nella sala delle riunioni, a seguito di regolari avvisi, recapitati a termini di legge, si è convocata la Giunta comunale.')
d.p('Presenti i signori:', 'L')
d.table([
    [('', 'CellB'), ('', 'CellB'), ('Assenti', 'CellC'), ('', 'CellC')],
    [('', 'CellB'), ('', 'CellB'), ('giust.', 'CellC'), ('ingiust.', 'CellC')],
    ['Sindaco', 'FONTANARI PAOLO', ('', 'CellC'), ('', 'CellC')],
    ['Vicesindaco', 'PERINI SILVIA', ('', 'CellC'), ('', 'CellC')],
    ['Assessore', 'ACLER MATTEO', ('', 'CellC'), ('', 'CellC')],
    ['Assessore', 'CAMPESTRIN ELENA', ('X', 'CellC'), ('', 'CellC')],
    ['Assessore', 'VALCANOVER DAVIDE', ('', 'CellC'), ('', 'CellC')],
], [3.2, 7.6, 2.0, 2.0], border=False)
d.p('Assiste il Segretario generale dott. Nicola Paoli.')
d.p('Riconosciuto legale il numero degli intervenuti, il signor Paolo Fontanari, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell\'oggetto suindicato.')
d.p('Relazione', 'CB')
d.p('Con deliberazione della Giunta comunale n. 131 dd. 18.11.2025 è stato approvato in linea tecnica il progetto di fattibilità tecnico-economica dei lavori di sistemazione della viabilità di accesso al Parco degli Asburgo e di realizzazione di un percorso ciclopedonale in Via Silva Domini, redatto dall\'ing. Lorenzo Tamanini di Caldonazzo, per un importo complessivo di euro 742.000,00.')
d.p('Con determinazione del Responsabile del Servizio Tecnico n. 29 dd. 03.02.2026 è stato affidato al medesimo professionista l\'incarico per la redazione del progetto esecutivo, che è stato depositato agli atti in data 27.03.2026 (prot. n. 6741) ed è costituito dagli elaborati elencati nell\'allegato elenco.')
d.p('Il progetto esecutivo prevede una spesa complessiva di euro 742.000,00, di cui euro 561.380,00 per lavori a base d\'asta (compresi euro 18.240,00 per oneri della sicurezza non soggetti a ribasso) ed euro 180.620,00 per somme a disposizione dell\'Amministrazione.')
d.p('Il progetto è stato verificato ai sensi dell\'art. 42 del D.Lgs. 36/2023 e validato dal RUP, ing. Sara Libardi, con verbale dd. 10.04.2026.')
d.p('LA GIUNTA COMUNALE', 'CB')
d.p('udita la relazione;')
d.p('visti gli elaborati progettuali e il verbale di verifica e validazione;')
d.p('vista la L.P. 10 settembre 1993, n. 26 e il relativo regolamento di attuazione;')
d.p('visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio 2018, n. 2 e ss.mm.;')
d.p('acquisiti i pareri favorevoli in ordine alla regolarità tecnico-amministrativa e contabile, espressi ai sensi dell\'art. 185 della L.R. 3 maggio 2018, n. 2, dal Responsabile del Servizio Tecnico e dal Responsabile del Servizio Finanziario;')
d.p('ritenuta l\'urgenza di provvedere, al fine di avviare la procedura di affidamento dei lavori entro il mese di maggio 2026 e di concludere gli interventi prima della stagione turistica invernale;')
d.p('ad unanimità di voti favorevoli, espressi per alzata di mano,')
d.p('d e l i b e r a', 'CB')
pts = [
 'di approvare in linea tecnica il progetto esecutivo dei lavori di sistemazione della viabilità di accesso al Parco degli Asburgo e di realizzazione di un percorso ciclopedonale in Via Silva Domini, redatto dall\'ing. Lorenzo Tamanini, nell\'importo complessivo di euro 742.000,00, di cui euro 561.380,00 per lavori ed euro 180.620,00 per somme a disposizione;',
 'di dare atto che la spesa trova copertura al capitolo 28140 del bilancio di previsione 2026-2028, esercizio 2026, finanziata per euro 520.000,00 con contributo della Provincia autonoma di Trento sul Fondo investimenti minori e per euro 222.000,00 con avanzo di amministrazione;',
 'di demandare al Responsabile del Servizio Tecnico l\'adozione degli atti necessari all\'affidamento dei lavori;',
 'di dichiarare il presente provvedimento, con separata votazione ad unanimità di voti favorevoli, immediatamente eseguibile ai sensi dell\'art. 183, comma 4, della L.R. 3 maggio 2018, n. 2, per le motivazioni espresse in premessa;',
 'di dare evidenza, ai sensi dell\'art. 4 della L.P. 30 novembre 1992, n. 23, che avverso la presente deliberazione sono ammessi: opposizione alla Giunta comunale durante il periodo di pubblicazione; ricorso giurisdizionale al T.R.G.A. di Trento entro 30 giorni ai sensi dell\'art. 120 del D.Lgs. 104/2010.',
]
for i, t in enumerate(pts, 1):
    d.p(f'{i}.\t{t}', 'Ind')
d.blank()
d.p('Data lettura del presente verbale, lo stesso viene approvato e sottoscritto.', 'L')
d.blank()
d.table([
    [('IL SINDACO', 'CellC'), ('IL SEGRETARIO GENERALE', 'CellC')],
    [('Paolo Fontanari', 'CellC'), ('dott. Nicola Paoli', 'CellC')],
], [8.4, 8.4], border=False)
d.p('Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005, del D.P.R. 445/2000 e norme collegate.', 'Foot')
d.blank()
d.p('RELAZIONE DI PUBBLICAZIONE', 'CB')
d.p('Il presente verbale è in pubblicazione all\'Albo telematico dal giorno 23.04.2026 per dieci giorni consecutivi.')
d.p('La deliberazione è stata dichiarata immediatamente eseguibile ai sensi dell\'art. 183, comma 4, del Codice degli enti locali della Regione autonoma Trentino-Alto Adige.')
d.p('IL SEGRETARIO GENERALE\tdott. Nicola Paoli', 'Sig')
d.write(sys.argv[1])
