# Giunta dell'Unione Montana dei Monti Azzurri: a Word document (python-docx), converted by LibreOffice
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import sys
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.5); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(2)
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(12)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
st.paragraph_format.space_after = Pt(4)

def p(text='', bold=False, align=None, size=None, italic=False, after=None):
    para = d.add_paragraph()
    if align == 'c': para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: para.paragraph_format.space_after = Pt(after)
    if text:
        r = para.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return para

def runs(parts, align='j'):
    para = d.add_paragraph(); para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align == 'j' else WD_ALIGN_PARAGRAPH.CENTER
    for t, b in parts:
        r = para.add_run(t); r.bold = b
    return para

# footer with page field
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Delibera G.U. n. 14 del 11-03-2026  -  Pag. '); r.font.size = Pt(8)
def field(par, code):
    r = par.add_run(); r.font.size = Pt(8)
    a = OxmlElement('w:fldChar'); a.set(qn('w:fldCharType'), 'begin'); r._r.append(a)
    i = OxmlElement('w:instrText'); i.set(qn('xml:space'), 'preserve'); i.text = code; r._r.append(i)
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'end'); r._r.append(b)
field(fp, 'PAGE')

p('UNIONE MONTANA DEI MONTI AZZURRI', True, 'c', 16, after=0)
p('(Provincia di Macerata)', False, 'c', 11, after=0)
p('62026 SAN GINESIO (MC)', False, 'c', 10, after=10)
p('COPIA DI DELIBERAZIONE DELLA GIUNTA DELL\'UNIONE', True, 'c', 13, after=8)

t = d.add_table(rows=2, cols=2); t.style = 'Table Grid'
t.cell(0, 0).text = 'Numero  14'; t.cell(0, 1).text = 'Data  11-03-2026'
c = t.cell(1, 0).merge(t.cell(1, 1))
c.text = ''
cp = c.paragraphs[0]; r = cp.add_run('Oggetto: '); r.bold = True
cp.add_run('CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI DI VOLONTARIATO DI PROTEZIONE CIVILE OPERANTI NEL TERRITORIO DELL\'UNIONE - ANNO 2026. INDIRIZZI AL RESPONSABILE DEL SERVIZIO.')
p(after=4)

p('L\'anno duemilaventisei il giorno undici del mese di marzo alle ore 16:30, nella sede dell\'Unione, si è riunita la Giunta dell\'Unione, convocata dal Presidente nelle forme previste dallo Statuto.', align='j')
runs([('Sono presenti i Sigg.ri: ', False), ('ROMAGNOLI PAOLO', True), (' (Presidente), ', False), ('SCARPECCI LUCIA', True), (' (Vice Presidente), ', False), ('MONTECCHIARI ALDO', True), (' (Assessore), ', False), ('PETRINI CLAUDIO', True), (' (Assessore); è assente giustificato il Sig. ', False), ('GIUSTOZZI MARCO', True), (' (Assessore).', False)])
p('Assume la presidenza il Sig. Paolo Romagnoli, Presidente dell\'Unione, il quale, constatata la presenza del numero legale, dichiara aperta la seduta. Partecipa il Segretario dell\'Unione Dott.ssa Marisa Capponi, incaricato della redazione del verbale.', align='j')
p('LA GIUNTA DELL\'UNIONE', True, 'c')
for t_ in [
 'Premesso che l\'Unione Montana esercita in forma associata, per conto dei Comuni aderenti, la funzione di pianificazione di protezione civile e di coordinamento dei primi soccorsi ai sensi del D.Lgs. 2 gennaio 2018, n. 1;',
 'Considerato che nel territorio dell\'Unione operano associazioni di volontariato iscritte nell\'elenco regionale, che garantiscono il supporto alle attività di prevenzione, di vigilanza antincendio boschivo e di assistenza alla popolazione in occasione delle emergenze;',
 'Dato atto che nel bilancio di previsione 2026-2028, approvato con deliberazione del Consiglio dell\'Unione n. 3 del 27-02-2026, è stanziata al capitolo 1310 la somma di € 18.000,00 per contributi alle associazioni di protezione civile;',
 'Ritenuto di fornire al Responsabile del Servizio Protezione Civile gli indirizzi per la ripartizione delle risorse;',
 'Visto il parere favorevole di regolarità tecnica espresso dal Responsabile del Servizio e il parere favorevole di regolarità contabile espresso dal Responsabile del Servizio Finanziario, ai sensi dell\'art. 49 del D.Lgs. 267/2000;',
 'Con voti unanimi favorevoli espressi nelle forme di legge;']:
    p(t_, align='j')
p('D E L I B E R A', True, 'c')
for t_ in [
 'a) di ripartire la somma di € 18.000,00 tra le associazioni di volontariato di protezione civile aventi sede operativa nel territorio dell\'Unione, per il 60% in parti uguali e per il 40% in proporzione al numero di volontari operativi al 31-12-2025;',
 'b) di stabilire che i contributi sono destinati all\'acquisto di dotazioni individuali, alla manutenzione dei mezzi e alla formazione dei volontari;',
 'c) di incaricare il Responsabile del Servizio Protezione Civile di pubblicare apposito avviso e di adottare gli atti di impegno e liquidazione;',
 'd) di dare atto che i beneficiari saranno tenuti a presentare rendiconto delle spese sostenute entro il 31-01-2027.']:
    para = p(t_, align='j'); para.paragraph_format.left_indent = Cm(0.8)
p('Inoltre, con separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell\'art. 134, comma 4, del D.Lgs. 267/2000.', align='j')
p('Letto, approvato e sottoscritto.', align='j', after=10)
t = d.add_table(rows=2, cols=2)
t.cell(0, 0).text = 'IL PRESIDENTE'; t.cell(0, 1).text = 'IL SEGRETARIO'
t.cell(1, 0).text = 'F.to Paolo Romagnoli'; t.cell(1, 1).text = 'F.to Dott.ssa Marisa Capponi'
for row in t.rows:
    for cell in row.cells: cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
p(after=8)
p('CERTIFICATO DI PUBBLICAZIONE', True, 'c', 11)
p('La presente deliberazione viene pubblicata all\'Albo Pretorio on line dell\'Unione per 15 giorni consecutivi dal 13-03-2026 al 28-03-2026 (Reg. Pubbl. n. 96).', align='j', size=11)
p('San Ginesio, 13-03-2026                                  IL SEGRETARIO  F.to Dott.ssa Marisa Capponi', size=11)
p('È copia conforme all\'originale per uso amministrativo.', italic=True, size=10)
d.save(sys.argv[1])
