# Comune di Assemini - convocation of the Consiglio comunale, the office's own
# LibreOffice Writer template (.fodt printed to PDF by LibreOffice).
import sys
from fodt import Doc, PAGE, PAGES, esc

d = Doc('Convocazione Consiglio Comunale 30 aprile 2026', 'Ufficio di Presidenza del Consiglio', font='Liberation Sans', size=10.5, cellsize=10)
d.header = ('<text:p text:style-name="CSmall">[logo]</text:p>'
            '<text:p text:style-name="CBig">COMUNE DI ASSEMINI</text:p>'
            '<text:p text:style-name="CSmall">Città Metropolitana di Cagliari</text:p>'
            '<text:p text:style-name="CSmall">Ufficio di Presidenza del Consiglio Comunale</text:p>')
d.footer = ('<text:p text:style-name="Foot">Piazza Repubblica – 09032 Assemini (CA) – pag. ' + PAGE + '/' + PAGES + '</text:p>')

d.table([[('Prot. n. 14327', 'Cell'), ('Assemini, 24 aprile 2026', 'Cell')]], [8.4, 8.4], border=False)
d.blank()
d.p('Ai Consiglieri Comunali\tLORO SEDI', 'Sig')
d.p('e p.c.\tAl Sindaco', 'Sig')
d.p('\tAl Segretario Generale', 'Sig')
d.p('\tAi Responsabili di Settore', 'Sig')
d.p('\tAl Comando Polizia Locale', 'Sig')
d.p('\tAll\'Albo Pretorio on line', 'Sig')
d.blank()
d.p('CONVOCAZIONE DEL CONSIGLIO COMUNALE', 'CB')
d.p('IL PRESIDENTE DEL CONSIGLIO COMUNALE', 'C')
d.p('Visti l\'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e gli artt. 12 e 13 del vigente Regolamento per il funzionamento del Consiglio Comunale;')
d.p('<text:span text:style-name="B">CONVOCA</text:span>', 'C', rich=True)
d.p('il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione, per il giorno '
    '<text:span text:style-name="B">giovedì 30 aprile 2026 alle ore 17:30</text:span>, presso l\'Aula Consiliare "Mons. Pietro Lai" del '
    'Palazzo Municipale, per la trattazione del seguente', 'J', rich=True)
d.p('ORDINE DEL GIORNO', 'CB')
odg = [
    'Comunicazioni del Sindaco e del Presidente del Consiglio.',
    'Approvazione dei verbali delle sedute del 26 febbraio 2026 e del 19 marzo 2026.',
    'Rendiconto della gestione per l\'esercizio finanziario 2025 – Approvazione.',
    'Variazione al bilancio di previsione finanziario 2026-2028 (art. 175, comma 2, D.Lgs. 267/2000) – Ratifica della deliberazione della Giunta Comunale n. 41 del 27/03/2026.',
    'Regolamento comunale per la concessione in uso delle strutture sportive comunali – Modifiche.',
    'Mozione presentata dai Consiglieri del gruppo "Assemini Bene Comune" in merito alla riqualificazione del Parco di Santa Lucia.',
]
for i, t in enumerate(odg, 1):
    d.p(f'{i}.\t{t}', 'Ind')
d.blank()
d.p('In caso di mancanza del numero legale, la seduta di seconda convocazione è fissata per il giorno '
    '<text:span text:style-name="B">lunedì 4 maggio 2026 alle ore 17:30</text:span>, nello stesso luogo e con il medesimo ordine del giorno.', 'J', rich=True)
d.p('La documentazione relativa agli argomenti iscritti all\'ordine del giorno è depositata presso l\'Ufficio di Presidenza e consultabile dai Consiglieri '
    'nell\'area riservata del sito istituzionale, nei termini previsti dal Regolamento. La seduta sarà trasmessa in diretta streaming sul canale istituzionale dell\'Ente.')
d.blank()
d.p('IL PRESIDENTE DEL CONSIGLIO COMUNALE\t', 'R')
d.p('Dott.ssa Giovanna Cocco\t', 'R')
d.p('(firmato digitalmente ai sensi dell\'art. 24 del D.Lgs. 82/2005)', 'Foot')
d.write(sys.argv[1])
