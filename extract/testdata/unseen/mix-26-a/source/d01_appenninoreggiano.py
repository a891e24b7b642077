# D01 Unione Montana (Emilia-Romagna), Giunta dell'Unione deliberation, Sicraweb/Maggioli-like Word template:
# python-docx -> LibreOffice (soffice), Liberation Sans; letterhead in the page header, roll table, numbered points
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxkit import *; import kit
from docx.shared import Pt, Cm
d = new('Liberation Sans', 10, margins=(1.6, 1.8, 2.2, 2.0))
sec = d.sections[0]; sec.header_distance = Cm(0.8); sec.footer_distance = Cm(0.8)
h = sec.header
ht = h.add_table(rows=1, cols=2, width=Cm(16.8)); ht.autofit = False
ht.columns[0].width = Cm(2.4); ht.columns[1].width = Cm(14.4)
cell_text(ht.cell(0, 0), '[stemma]', size=7, align='c', italic=True)
c1 = ht.cell(0, 1); cell_text(c1, "UNIONE MONTANA DEI COMUNI DELL'APPENNINO REGGIANO", bold=True, size=13)
p = c1.add_paragraph(); r = p.add_run('Provincia di Reggio Emilia'); r.font.size = Pt(9); r.italic = True
p = c1.add_paragraph(); r = p.add_run('Comuni di Carpineti, Casina, Castelnovo ne’ Monti, Toano, Ventasso, Vetto, Villa Minozzo'); r.font.size = Pt(7.5)
h.paragraphs[0].text = ''
f = sec.footer; fp = f.paragraphs[0]; fp.alignment = AL.CENTER
r = fp.add_run('Deliberazione della Giunta dell’Unione n. 38 del 12/05/2026 – Pag. '); r.font.size = Pt(7.5)
page_field(fp)
para(d, 'COPIA', bold=True, size=11, align='r', after=2)
para(d, 'VERBALE DI DELIBERAZIONE DELLA GIUNTA DELL’UNIONE', bold=True, size=12.5, align='c', after=6)
t = table(d, [['DELIBERAZIONE N. 38', 'Data: 12/05/2026', 'Proposta n. 45 del 07/05/2026']], [5.2, 4.6, 7.0], size=10, align=['l', 'c', 'r'])
for cc in t.rows[0].cells: shade(cc, 'E6E6E6')
para(d, '', after=4)
t = table(d, [['OGGETTO:', 'APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON I COMUNI ADERENTI PER LA GESTIONE ASSOCIATA DELLE FUNZIONI DI PROTEZIONE CIVILE – TRIENNIO 2026-2028.']], [2.4, 14.4], size=10)
cell_text(t.cell(0, 0), 'OGGETTO:', bold=True, size=10); cell_text(t.cell(0, 1), 'APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON I COMUNI ADERENTI PER LA GESTIONE ASSOCIATA DELLE FUNZIONI DI PROTEZIONE CIVILE – TRIENNIO 2026-2028.', bold=True, size=10)
para(d, '', after=4)
para(d, 'L’anno duemilaventisei addì dodici del mese di maggio alle ore 15:00 nella sala riunioni della sede dell’Unione in Castelnovo ne’ Monti, previa l’osservanza di tutte le formalità prescritte dalla vigente legge e dallo Statuto, vennero oggi convocati a seduta i componenti la Giunta dell’Unione.', align='j', after=6)
rows = [['Cognome e Nome', 'Carica', 'Presente', 'Assente'],
        ['BERTOLINI ENRICO', 'Presidente', 'X', ''], ['CAMPANI SILVIA', 'Vice Presidente', 'X', ''],
        ['FONTANESI PAOLO', 'Assessore', 'X', ''], ['MONTI GIULIANA', 'Assessore', '', 'X'],
        ['TORRICELLI DAVIDE', 'Assessore', 'X', ''], ['ZANNI MARCO', 'Assessore', 'X', ''],
        ['GIAROLI ANNA', 'Assessore', 'X', ''], ['', 'Totale', '6', '1']]
t = table(d, rows, [6.8, 4.6, 2.6, 2.6], size=9.5, bold_first=True, align=['l', 'l', 'c', 'c'])
for cc in t.rows[0].cells: shade(cc, 'E6E6E6')
para(d, '', after=4)
para(d, 'Assiste il Segretario dell’Unione Dott. Matteo Guidetti il quale provvede alla redazione del presente verbale.', align='j', after=3)
para(d, 'Essendo legale il numero degli intervenuti, il Sig. Enrico Bertolini, nella sua qualità di Presidente, assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.', align='j', after=8)
para(d, 'LA GIUNTA DELL’UNIONE', bold=True, align='c', after=6)
prem = [
 'Premesso che l’Unione Montana dei Comuni dell’Appennino Reggiano esercita, per conto dei Comuni aderenti, le funzioni di pianificazione di protezione civile e di coordinamento dei primi soccorsi ai sensi dell’art. 14, comma 27, lett. e), del D.L. 31 maggio 2010, n. 78, convertito dalla L. 30 luglio 2010, n. 122;',
 'Richiamati il D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile) e la L.R. Emilia-Romagna 7 febbraio 2005, n. 1, come modificata dalla L.R. 29 luglio 2021, n. 11;',
 'Dato atto che la convenzione vigente, approvata con deliberazione del Consiglio dell’Unione n. 9 del 25/03/2023, giunge a scadenza il 30/06/2026 e che occorre approvarne lo schema per il triennio 2026-2028, da sottoporre ai Consigli comunali dei Comuni aderenti;',
 'Visto lo schema di convenzione predisposto dal Servizio Protezione Civile, composto da 14 articoli, allegato alla presente quale parte integrante e sostanziale (Allegato A);',
 'Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267;']
for s in prem: para(d, s, align='j', after=4)
para(d, 'Con voti unanimi e favorevoli espressi nelle forme di legge,', align='j', before=2, after=6)
para(d, 'D E L I B E R A', bold=True, align='c', after=6)
pts = ['di richiamare le premesse quali parte integrante e sostanziale del presente atto;',
 'di approvare lo schema di convenzione tra l’Unione e i Comuni di Carpineti, Casina, Castelnovo ne’ Monti, Toano, Ventasso, Vetto e Villa Minozzo per la gestione associata delle funzioni di protezione civile per il triennio 2026-2028 (Allegato A);',
 'di proporre lo schema ai Consigli comunali dei Comuni aderenti per la relativa approvazione entro il 15/06/2026;',
 'di dare atto che la spesa presunta di € 84.600,00 annui trova copertura al capitolo 11010/2 del bilancio di previsione 2026-2028, annualità 2026, 2027 e 2028;',
 'di individuare quale responsabile del procedimento il Responsabile del Servizio Protezione Civile, Geom. Luca Ferretti.']
for i, s in enumerate(pts, 1): para(d, f'{i}. {s}', align='j', indent=0.8, first=-0.6, after=3)
para(d, 'Successivamente, con separata votazione unanime, la Giunta dichiara la presente deliberazione immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000, stante l’urgenza di avviare l’iter di approvazione nei Consigli comunali.', align='j', before=4, after=10)
para(d, 'Letto, approvato e sottoscritto.', after=8)
t = table(d, [['IL PRESIDENTE\nF.to Enrico Bertolini', 'IL SEGRETARIO DELL’UNIONE\nF.to Dott. Matteo Guidetti']], [8.4, 8.4], style=None, size=10, align=['c', 'c'])
d.add_page_break()
para(d, 'PARERI AI SENSI DELL’ART. 49 DEL D.LGS. 267/2000', bold=True, align='c', after=6)
t = table(d, [['Proposta di deliberazione n. 45 del 07/05/2026 – Ufficio proponente: Servizio Protezione Civile'],
              ['Parere di regolarità tecnica: FAVOREVOLE\nCastelnovo ne’ Monti, 07/05/2026\nIl Responsabile del Servizio – F.to Geom. Luca Ferretti'],
              ['Parere di regolarità contabile: FAVOREVOLE\nCastelnovo ne’ Monti, 08/05/2026\nIl Responsabile del Servizio Finanziario – F.to Dott.ssa Chiara Bonini']], [16.8], size=9.5)
para(d, '', after=10)
para(d, 'CERTIFICATO DI PUBBLICAZIONE', bold=True, align='c', after=4)
para(d, 'Si certifica che copia della presente deliberazione viene pubblicata all’Albo Pretorio on line dell’Unione il 18/05/2026 per quindici giorni consecutivi ai sensi dell’art. 124 del D.Lgs. 267/2000 (n. 402 del registro delle pubblicazioni).', align='j', after=4)
para(d, 'Castelnovo ne’ Monti, 18/05/2026', after=2)
para(d, 'IL SEGRETARIO DELL’UNIONE – F.to Dott. Matteo Guidetti', align='r', after=10)
para(d, 'ESECUTIVITÀ', bold=True, align='c', after=4)
para(d, 'La presente deliberazione è stata dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.', align='j', after=10)
para(d, 'Copia conforme all’originale, in carta libera per uso amministrativo.', italic=True, size=9)
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'd01_appenninoreggiano.docx'); d.save(src)
kit.docx_to_pdf(src, 'deliberazione-appenninoreggiano-sicraweb.pdf')
