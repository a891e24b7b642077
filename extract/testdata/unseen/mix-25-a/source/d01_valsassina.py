# D01 Comunità Montana (Lombardy), Giunta Esecutiva deliberation; Civilia-like Word template, python-docx -> LibreOffice
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxkit import *; import kit
d = new('Liberation Sans', 10.5, margins=(1.6, 1.8, 2.2, 2.0))
s = d.sections[0]
h = s.header
ht = h.add_table(rows=1, cols=2, width=Cm(16.8)); ht.style = 'Table Grid'; ht.autofit = False; ht.columns[0].width = Cm(2.2); ht.columns[1].width = Cm(14.6)
cell_text(ht.cell(0, 0), 'STEMMA', size=7, align='c'); ht.cell(0, 0).width = Cm(2.2)
c = ht.cell(0, 1); c.width = Cm(14.6)
cell_text(c, "COMUNITÀ MONTANA VALSASSINA VALVARRONE VAL D'ESINO E RIVIERA", bold=True, size=12, align='c')
p = c.add_paragraph(); p.alignment = AL.CENTER; r = p.add_run('Provincia di Lecco'); r.font.size = Pt(9)
p = c.add_paragraph(); p.alignment = AL.CENTER; r = p.add_run('Via Fornace Merlo, 2 – 23816 Barzio (LC) – C.F. 92040920133'); r.font.size = Pt(8)
fp = s.footer.paragraphs[0]; fp.alignment = AL.CENTER
r = fp.add_run('Deliberazione della Giunta Esecutiva n. 41 del 07/05/2026 – Pag. '); r.font.size = Pt(8)
page_field(fp)

para(d, '', after=6)
t = table(d, [['COPIA', 'VERBALE DI DELIBERAZIONE DELLA GIUNTA ESECUTIVA', 'N. 41\ndel 07/05/2026']], [2.3, 10.2, 3.6], size=10, align=['c', 'c', 'c'])
for j in range(3):
    for pp in t.cell(0, j).paragraphs: pp.runs[0].bold = True
shade(t.cell(0, 1), 'E6E6E6')
para(d, '', after=4)
t = table(d, [['OGGETTO:', "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEGLI INTERVENTI DI MANUTENZIONE STRAORDINARIA DELLA RETE SENTIERISTICA DEI PIANI DI BOBBIO E DEI PIANI DI ARTAVAGGIO – CUP I47H26000120002."]], [2.6, 13.5], size=10)
t.cell(0, 0).paragraphs[0].runs[0].bold = True; t.cell(0, 1).paragraphs[0].runs[0].bold = True
para(d, '', after=4)
para(d, "L'anno duemilaventisei addì sette del mese di maggio alle ore 17:30 nella sede della Comunità Montana, previa osservanza di tutte le formalità prescritte dalla vigente normativa e dallo Statuto, sono stati convocati a seduta i componenti della Giunta Esecutiva.", align='j', after=6)
para(d, 'All’appello risultano:', after=3)
rows = [['Cognome e Nome', 'Carica', 'Presente', 'Assente'],
        ['PIAZZA GIOVANNI', 'Presidente', 'X', ''],
        ['INVERNIZZI CLAUDIA', 'Vice Presidente', 'X', ''],
        ['BUZZONI ALBERTO', 'Assessore', 'X', ''],
        ['CODEGA MARIA LUISA', 'Assessore', '', 'X'],
        ['ARRIGONI DAVIDE', 'Assessore', 'X', '']]
t = table(d, rows, [6.5, 4.5, 2.4, 2.4], size=10, bold_first=True, align=['l', 'l', 'c', 'c'])
for j in range(4): shade(t.cell(0, j), 'E6E6E6')
t2 = table(d, [['', 'Totale', '4', '1']], [6.5, 4.5, 2.4, 2.4], size=10, align=['l', 'r', 'c', 'c'])
para(d, '', after=4)
para(d, "Partecipa il Segretario Dott.ssa Elena Rusconi, la quale provvede alla redazione del presente verbale.", align='j', after=3)
para(d, "Essendo legale il numero degli intervenuti, il Sig. Giovanni Piazza, nella sua qualità di Presidente, assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.", align='j', after=8)
para(d, 'LA GIUNTA ESECUTIVA', bold=True, align='c', after=6)
prem = [
 "PREMESSO che la Comunità Montana, ai sensi della L.R. 27 giugno 2008, n. 19 e del proprio Statuto, esercita funzioni in materia di tutela e valorizzazione del territorio montano e cura la manutenzione della rete escursionistica di interesse sovracomunale;",
 "RICHIAMATA la deliberazione dell’Assemblea n. 6 del 26/03/2026, esecutiva, con la quale è stato approvato il Documento Unico di Programmazione 2026/2028 e il bilancio di previsione 2026/2028;",
 "DATO ATTO che con decreto regionale n. 4127 del 18/03/2026 è stato concesso alla Comunità Montana un contributo di € 240.000,00 a valere sul bando «Montagna accessibile 2026» per interventi sulla sentieristica;",
 "VISTO il progetto di fattibilità tecnico-economica redatto dall’Ufficio Tecnico della Comunità Montana, composto da relazione tecnico-illustrativa, computo metrico estimativo, quadro economico ed elaborati grafici, per un importo complessivo di € 285.000,00, di cui € 212.400,00 per lavori;",
 "VISTI il D.Lgs. 18 agosto 2000, n. 267 e il D.Lgs. 31 marzo 2023, n. 36;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. n. 267/2000 dai Responsabili dei servizi interessati;",
]
for x in prem: para(d, x, align='j', after=4)
para(d, 'Con voti unanimi favorevoli, espressi nelle forme di legge,', align='j', after=6)
para(d, 'D E L I B E R A', bold=True, align='c', after=6)
pts = [
 "di approvare il progetto di fattibilità tecnico-economica degli interventi di manutenzione straordinaria della rete sentieristica dei Piani di Bobbio e dei Piani di Artavaggio, dell’importo complessivo di € 285.000,00, secondo il quadro economico agli atti;",
 "di dare atto che la spesa trova copertura per € 240.000,00 nel contributo regionale citato in premessa e per € 45.000,00 con fondi propri dell’Ente, alla Missione 09 Programma 05 del bilancio 2026/2028, esercizio 2026;",
 "di nominare Responsabile Unico del Progetto l’Ing. Marco Fumagalli, Responsabile dell’Area Tecnica;",
 "di trasmettere copia del presente atto ai Comuni di Barzio, Cremeno e Moggio per quanto di competenza.",
]
for i, x in enumerate(pts, 1): para(d, f'{i}. {x}', align='j', after=4, indent=0.6, first=-0.6)
para(d, 'Successivamente, con separata votazione unanime, la Giunta Esecutiva dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.', align='j', before=4, after=10)
para(d, 'Letto, approvato e sottoscritto.', after=8)
t = d.add_table(rows=2, cols=2)
cell_text(t.cell(0, 0), 'IL PRESIDENTE', bold=True, align='c'); cell_text(t.cell(0, 1), 'IL SEGRETARIO', bold=True, align='c')
cell_text(t.cell(1, 0), 'F.to Giovanni Piazza', align='c'); cell_text(t.cell(1, 1), 'F.to Dott.ssa Elena Rusconi', align='c')
d.add_page_break()
para(d, 'PARERI AI SENSI DELL’ART. 49 DEL D.LGS. N. 267/2000', bold=True, align='c', after=6)
table(d, [['Regolarità tecnica', 'Favorevole', 'Il Responsabile dell’Area Tecnica\nF.to Ing. Marco Fumagalli', '05/05/2026'],
          ['Regolarità contabile', 'Favorevole', 'Il Responsabile dell’Area Finanziaria\nF.to Rag. Silvia Pensa', '06/05/2026']], [3.8, 2.6, 6.8, 2.9], size=9)
para(d, '', after=10)
para(d, 'REFERTO DI PUBBLICAZIONE', bold=True, align='c', after=6)
para(d, 'Si certifica che copia della presente deliberazione viene pubblicata all’Albo Pretorio on line della Comunità Montana il giorno 12/05/2026 per quindici giorni consecutivi (reg. pubbl. n. 233).', align='j', after=4)
para(d, 'Barzio, 12/05/2026', after=2)
para(d, 'IL SEGRETARIO\nF.to Dott.ssa Elena Rusconi', align='r', after=10)
para(d, 'CERTIFICATO DI ESECUTIVITÀ', bold=True, align='c', after=6)
para(d, '[X] Deliberazione dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.', after=2)
para(d, '[  ] Deliberazione divenuta esecutiva decorsi dieci giorni dalla pubblicazione (art. 134, comma 3).', after=8)
para(d, 'Copia conforme all’originale per uso amministrativo.', italic=True, size=9)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'd01_valsassina.docx'); d.save(path)
kit.docx_to_pdf(path, 'deliberazione-valsassina-civilia.pdf')
