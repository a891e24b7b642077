# Comune di Castellarano - Giunta deliberation, Consorzio.IT-like layout; .docx -> LibreOffice PDF
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Sans')

def p(text='', bold=False, size=None, align=None, italic=False, space=4):
    para = d.add_paragraph()
    if text:
        r = para.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'j': para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == 'r': para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para.paragraph_format.space_after = Pt(space)
    return para

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
    s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), color); tcPr.append(s)

# header / footer
hdr = sec.header.paragraphs[0]
hdr.text = 'Comune di Castellarano - Deliberazione di Giunta Comunale n. 38 del 12/03/2026'
hdr.runs[0].font.size = Pt(7.5); hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
ftr = sec.footer.paragraphs[0]
ftr.text = 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. - Atti Amministrativi - Consorzio.IT'
ftr.runs[0].font.size = Pt(7); ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER

t = d.add_table(rows=1, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
t.autofit = False
t.columns[0].width = Cm(2.5); t.columns[1].width = Cm(14.1)
c0.width = Cm(2.5); c1.width = Cm(14.1)
c0.paragraphs[0].add_run('[stemma]').font.size = Pt(7)
r = c1.paragraphs[0].add_run('COMUNE DI CASTELLARANO'); r.bold = True; r.font.size = Pt(16)
r = c1.add_paragraph().add_run('Provincia di Reggio Emilia'); r.font.size = Pt(9)
r = c1.add_paragraph().add_run('Via Roma n. 7 - 42014 Castellarano (RE) - C.F. 00452560358'); r.font.size = Pt(7.5)

p('', space=2)
p('ORIGINALE', bold=True, align='r', size=9)
p('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', bold=True, size=13, align='c', space=8)

bx = d.add_table(rows=2, cols=4); bx.style = 'Table Grid'
vals = [('Delibera N.', 'Data', 'Proposta N.', 'Settore proponente'), ('38', '12/03/2026', '45 del 09/03/2026', 'Lavori Pubblici, Patrimonio e Ambiente')]
for i, row in enumerate(vals):
    for j, v in enumerate(row):
        c = bx.rows[i].cells[j]; c.text = ''
        rr = c.paragraphs[0].add_run(v); rr.bold = (i == 1 and j < 3); rr.font.size = Pt(9 if (i == 0 or j == 3) else 11)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0: shade(c, 'D9D9D9')
p('', space=2)
para = p(space=8)
r = para.add_run('OGGETTO: '); r.bold = True
r = para.add_run('APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA PALESTRA COMUNALE DI ROTEGLIA - CUP J63D26000010004'); r.bold = True

p("L'anno duemilaventisei, il giorno dodici del mese di marzo alle ore 13:00 nella sede municipale, previa l'osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti della Giunta Comunale.", align='j')
p('All\'appello risultano:', space=2)

roll = [('MONTANARI LUCA', 'Sindaco', 'Presente'), ('GUIDETTI SILVIA', 'Vicesindaco', 'Presente'),
        ('CASELLI MARCO', 'Assessore', 'Presente'), ('BERTOLANI CHIARA', 'Assessore', 'Assente'),
        ('FONTANESI DAVIDE', 'Assessore', 'Presente')]
rt = d.add_table(rows=1 + len(roll), cols=4); rt.style = 'Table Grid'
for j, h in enumerate(['N.', 'Cognome e Nome', 'Carica', 'Presenza']):
    c = rt.rows[0].cells[j]; c.text = ''; rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9); shade(c, 'EDEDED')
for i, (n, ro, pr) in enumerate(roll, 1):
    for j, v in enumerate([str(i), n, ro, pr]):
        c = rt.rows[i].cells[j]; c.text = ''; c.paragraphs[0].add_run(v).font.size = Pt(9)
for row in rt.rows:
    for j, w in enumerate([Cm(1.2), Cm(7), Cm(4.5), Cm(3.5)]): row.cells[j].width = w
p('Totale presenti: 4          Totale assenti: 1', size=9, space=6)
p("Assiste il Segretario Comunale Dott.ssa Paola Ferrari, il quale provvede alla redazione del presente verbale.", align='j')
p("Essendo legale il numero degli intervenuti, il Dott. Luca Montanari, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", align='j', space=10)

p('LA GIUNTA COMUNALE', bold=True, align='c', space=6)
for s in [
 "Premesso che la palestra comunale di Roteglia, sita in Via Radici Nord, necessita di interventi di manutenzione straordinaria relativi alla copertura, agli infissi e all'impianto di riscaldamento;",
 "Richiamata la deliberazione del Consiglio Comunale n. 71 del 18/12/2025, esecutiva, con la quale è stato approvato il Documento Unico di Programmazione 2026/2028 e il bilancio di previsione finanziario 2026/2028, nel quale l'intervento risulta inserito per un importo complessivo di euro 285.000,00;",
 "Visto il progetto di fattibilità tecnico-economica redatto dall'Ing. Stefano Ruini, incaricato con determinazione n. 512 del 21/11/2025, trasmesso in data 02/03/2026 e acquisito al protocollo n. 4127;",
 "Visto il D.Lgs. 31 marzo 2023, n. 36 e in particolare l'art. 41 e l'allegato I.7;",
 "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000 dai Responsabili del Settore Lavori Pubblici, Patrimonio e Ambiente e del Settore Finanziario;",
 "Con voti unanimi e favorevoli, espressi nelle forme di legge;"]:
    p(s, align='j')
p('DELIBERA', bold=True, align='c', space=6)
pts = [
 "di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria della palestra comunale di Roteglia, dell'importo complessivo di euro 285.000,00, di cui euro 212.400,00 per lavori ed euro 72.600,00 per somme a disposizione dell'Amministrazione;",
 "di dare atto che la spesa trova copertura al capitolo 20610/10 del bilancio di previsione 2026/2028, annualità 2026;",
 "di nominare Responsabile Unico del Progetto il Geom. Andrea Ferrarini, Responsabile del Settore Lavori Pubblici, Patrimonio e Ambiente;",
 "di demandare al medesimo Responsabile l'adozione degli atti conseguenti, ivi compreso l'avvio della procedura di affidamento della progettazione esecutiva."]
for i, s in enumerate(pts, 1):
    p(f'{i}. {s}', align='j')
p("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di avviare la progettazione esecutiva.", align='j', space=12)

p('Letto, approvato e sottoscritto.', italic=True)
sg = d.add_table(rows=3, cols=2)
for j, (a, b, c) in enumerate([('IL SINDACO', 'Dott. Luca Montanari', '(firmato digitalmente)'), ('IL SEGRETARIO COMUNALE', 'Dott.ssa Paola Ferrari', '(firmato digitalmente)')]):
    for i, v in enumerate([a, b, c]):
        cc = sg.rows[i].cells[j]; cc.text = ''; rr = cc.paragraphs[0].add_run(v); rr.bold = (i == 0); rr.font.size = Pt(9.5)
        cc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
d.save(out)
