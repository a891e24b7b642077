# Word-template determinazione of an ASP, written with python-docx, printed by LibreOffice Writer
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(2)
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(11.5)

def p(text='', bold=False, align=None, size=None, italic=False, space=4):
    para = d.add_paragraph()
    r = para.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else: para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    para.paragraph_format.space_after = Pt(space)
    return para

def mixed(parts, space=4):
    para = d.add_paragraph(); para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    para.paragraph_format.space_after = Pt(space)
    for t, b in parts:
        r = para.add_run(t); r.bold = b
    return para

# header in the section header (repeated on each page)
hdr = sec.header
hp = hdr.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('AZIENDA SANITARIA PROVINCIALE\nDI REGGIO CALABRIA'); r.bold = True; r.font.size = Pt(14)
hp2 = hdr.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run('Sede legale: Via Sant’Anna II Tronco – Reggio Calabria – www.asp.rc.it'); r.font.size = Pt(8)
ft = sec.footer.paragraphs[0]; ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = ft.add_run('Determinazione U.O.C. Gestione Risorse Umane – documento firmato digitalmente ai sensi del D.Lgs. 82/2005'); r.font.size = Pt(8)

p('DIPARTIMENTO AMMINISTRATIVO', bold=True, align='c', size=12, space=0)
p('U.O.C. Gestione Risorse Umane', bold=True, align='c', size=12, space=10)

t = d.add_table(rows=2, cols=2); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [('DETERMINAZIONE DIRIGENZIALE', 'N. 512 DEL 11/03/2026'),
         ('Proposta n. 587 del 09/03/2026', 'Struttura proponente: U.O.S. Trattamento Giuridico')]
for i, (a, b) in enumerate(cells):
    for j, txt in enumerate((a, b)):
        c = t.cell(i, j); c.text = ''
        rr = c.paragraphs[0].add_run(txt); rr.bold = (i == 0); rr.font.size = Pt(11 if i == 0 else 9.5)
p('', space=2)
mixed([('OGGETTO: ', True), ('Presa d’atto delle dimissioni volontarie del dipendente matricola n. 40217, Collaboratore Professionale Sanitario – Infermiere, a tempo indeterminato, con decorrenza 01/05/2026.', True)], space=10)

p('IL DIRETTORE DELLA U.O.C. GESTIONE RISORSE UMANE', bold=True, align='c', space=8)
for b, t_ in [
    ('Premesso ', 'che il dipendente matricola n. 40217, in servizio a tempo indeterminato presso il P.O. di Polistena con il profilo di Collaboratore Professionale Sanitario – Infermiere (Area dei Professionisti della Salute e dei Funzionari), con istanza acquisita al protocollo aziendale n. 21448 del 24/02/2026, ha rassegnato le proprie dimissioni volontarie dal servizio con decorrenza 01/05/2026 (ultimo giorno di servizio 30/04/2026);'),
    ('Visto ', 'l’art. 72 del C.C.N.L. del personale del comparto Sanità 2022-2024, che disciplina i termini di preavviso in caso di recesso del dipendente;'),
    ('Accertato ', 'che il termine di preavviso previsto dalla contrattazione collettiva risulta rispettato;'),
    ('Vista ', 'la deliberazione del Direttore Generale n. 77 del 30/01/2026, con la quale sono state conferite le deleghe ai Direttori delle Unità Operative Complesse dell’Area amministrativa;'),
    ('Ritenuto ', 'di dover prendere atto delle dimissioni e di procedere agli adempimenti conseguenti;'),
]:
    mixed([(b, True), (t_, False)])

p('DETERMINA', bold=True, align='c', space=6)
p('per i motivi esposti in premessa, che qui si intendono integralmente riportati:', space=4)
for i, t_ in enumerate([
    'di prendere atto delle dimissioni volontarie rassegnate dal dipendente matricola n. 40217, Collaboratore Professionale Sanitario – Infermiere a tempo indeterminato, con decorrenza 01/05/2026;',
    'di dare atto che il rapporto di lavoro cesserà il 30/04/2026, ultimo giorno di servizio;',
    'di demandare alla U.O.S. Trattamento Economico gli adempimenti relativi alla liquidazione delle competenze spettanti e alla U.O.S. Trattamento Giuridico la comunicazione all’interessato e al Direttore del P.O. di Polistena;',
    'di dare atto che il presente provvedimento non comporta oneri a carico del bilancio aziendale e che sarà pubblicato all’Albo Pretorio on line dell’Azienda.'], 1):
    para = p(f'{i}. {t_}', space=3)
    para.paragraph_format.left_indent = Cm(0.8); para.paragraph_format.first_line_indent = Cm(-0.6)

p('', space=6)
p('Il Responsabile del procedimento\nSig.ra Maria Concetta Barillà', align='r', size=10, space=10)
p('IL DIRETTORE U.O.C. GESTIONE RISORSE UMANE\nDott. Giovanni Battista Morabito', bold=True, align='r', space=10)
p('Il presente atto è stato pubblicato all’Albo Pretorio on line dell’Azienda in data 12/03/2026.', italic=True, size=9)
d.save(out)
