# D12 Comunità di valle (Trentino), convocation of the Assemblea: LibreOffice Writer letter (python-docx -> soffice),
# Liberation Sans, letterhead table in the page header, protocol "dd." date, addressees right, numbered agenda
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxkit import *; import kit
d = new('Liberation Sans', 10.5, margins=(1.5, 2.0, 2.4, 2.0))
s = d.sections[0]
ht = s.header.add_table(rows=1, cols=2, width=Cm(16.6)); ht.autofit = False
ht.columns[0].width = Cm(10.6); ht.columns[1].width = Cm(6.0)
c0 = ht.cell(0, 0); c0.width = Cm(10.6); cell_text(c0, 'COMUNITÀ DELLA VALLE DI SOLE', bold=True, size=14)
for t in ('Comunità di valle – Provincia autonoma di Trento', 'Via IV Novembre, 4 – 38027 Malé (TN)'):
    p = c0.add_paragraph(); r = p.add_run(t); r.font.size = Pt(8.5)
c1 = ht.cell(0, 1); c1.width = Cm(6.0)
cell_text(c1, 'tel. 0463 901029\nsegreteria@comunitavalledisole.tn.it\nPEC: comunita.valledisole@pec.it\nC.F. 02354230228', size=7.5, align='r')
p = s.header.add_paragraph('_' * 86); p.runs[0].font.size = Pt(7)
fp = s.footer.paragraphs[0]; fp.alignment = AL.CENTER
r = fp.add_run('Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – pag. '); r.font.size = Pt(7.5); page_field(fp)
P = lambda t='', **k: para(d, t, **k)
P('Prot. n. 3127/2.3', after=0, before=8)
P('Malé, dd. 11/05/2026', after=12)
for t in ('Ai Componenti dell’Assemblea', 'della Comunità della Valle di Sole', 'LORO SEDI', '', 'Ai Sindaci dei Comuni della Valle di Sole', '', 'Al Revisore dei conti', 'e p.c. Al Commissario del Governo – Trento'):
    P(t, indent=9.5)
P('', after=10)
P('', runs=[('Oggetto: ', True, False), ('Convocazione dell’Assemblea della Comunità – seduta ordinaria di giovedì 21 maggio 2026.', True, False)], after=10)
P('Ai sensi dell’art. 16 della L.P. 16 giugno 2006, n. 3 e dell’art. 12 dello Statuto della Comunità, la S.V. è invitata a partecipare alla seduta ordinaria dell’Assemblea della Comunità, che si terrà presso la sala assembleare della sede di Malé, in via IV Novembre n. 4,', align='j', after=8)
P('giovedì 21 maggio 2026 alle ore 20:00 in prima convocazione', bold=True, align='c', after=2)
P('e, in mancanza del numero legale, venerdì 22 maggio 2026 alle ore 20:00 in seconda convocazione,', align='c', after=8)
P('per la trattazione del seguente', align='j', after=6)
P('ORDINE DEL GIORNO', bold=True, align='c', after=6)
odg = ['Lettura e approvazione dei verbali della seduta del 26 marzo 2026;',
       'Comunicazioni del Presidente;',
       'Approvazione del rendiconto della gestione per l’esercizio finanziario 2025;',
       'Variazione al bilancio di previsione 2026/2028 – applicazione dell’avanzo di amministrazione;',
       'Approvazione della convenzione con i Comuni di Malé, Dimaro Folgarida e Commezzadura per la gestione associata del servizio di trasporto turistico estivo «Val di Sole Mobility» 2026–2028;',
       'Mozione n. 2/2026 in materia di servizi socio-assistenziali per la popolazione anziana.']
for i, t in enumerate(odg, 1): P('%d. %s' % (i, t), align='j', indent=0.8, first=-0.6, after=3)
P('', after=4)
P('La documentazione relativa agli argomenti iscritti all’ordine del giorno è depositata presso la Segreteria della Comunità ed è consultabile, nei giorni feriali, dalle ore 9:00 alle ore 12:00, nonché nell’area riservata del sito istituzionale.', align='j', after=6)
P('La seduta è pubblica e sarà trasmessa in diretta streaming sul canale istituzionale della Comunità.', align='j', after=8)
P('Distinti saluti.', after=14)
P('IL PRESIDENTE DELL’ASSEMBLEA', bold=True, align='r', after=2)
P('– dott. Lorenzo Cicolini –', align='r', after=18)
P('Pubblicato all’Albo telematico della Comunità dal 12/05/2026 al 22/05/2026.', italic=True, size=8.5)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'd12_valledisole.docx'); d.save(path)
kit.docx_to_pdf(path, 'convocazione-valledisole-writer.pdf')
