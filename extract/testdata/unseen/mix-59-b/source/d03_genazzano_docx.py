# Giunta deliberation, Comune di Genazzano: a Word-processor document (.docx, Atlantis-like plain styles)
# written with python-docx, then converted to PDF by LibreOffice (see build.sh)
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(2), Cm(2), Cm(2.5), Cm(2)
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(11.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
st.paragraph_format.space_after = Pt(4)

def P(text='', bold=False, align=None, size=None, italic=False, after=None, indent=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if indent: p.paragraph_format.left_indent = Cm(indent); p.paragraph_format.first_line_indent = Cm(-0.6)
    return p

# header with page field
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run('Comune di Genazzano - G.C. n. 41/2026 - pag. '); r.font.size = Pt(8); r.italic = True
def field(par, instr):
    r = par.add_run(); r.font.size = Pt(8); r.italic = True
    a = OxmlElement('w:fldChar'); a.set(qn('w:fldCharType'), 'begin'); r._r.append(a)
    t = OxmlElement('w:instrText'); t.set(qn('xml:space'), 'preserve'); t.text = instr; r._r.append(t)
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'end'); r._r.append(b)
field(hp, 'PAGE')
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Piazza Roma, 1 - 00030 Genazzano (RM) - tel. 06 9579001 - PEC protocollo@pec.comune.genazzano.rm.it'); r.font.size = Pt(7.5)

P('COMUNE DI GENAZZANO', True, 'c', 18, after=0)
P('Città Metropolitana di Roma Capitale', False, 'c', 10.5, italic=True, after=14)
P('ORIGINALE', True, 'r', 10, after=6)
P('DELIBERAZIONE DELLA GIUNTA COMUNALE', True, 'c', 13, after=2)
P('N. 41 del 15 aprile 2026', True, 'c', 12, after=12)
p = P('', after=12)
r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run("Concessione contributo straordinario all'Associazione Pro Loco Genazzano per l'organizzazione "
              "dell'Infiorata 2026. Indirizzi al Responsabile dell'Area Amministrativa."); r.bold = True
P("L'anno duemilaventisei, il giorno quindici del mese di aprile, alle ore 12:30, nella Residenza Municipale, "
  "convocata nei modi di legge, si è riunita la Giunta Comunale.")
P("Sono presenti i Sigg.: Alessandro Cirilli (Sindaco), Federica Ciuffa (Vice Sindaco), Stefano Panzironi (Assessore) "
  "e Loredana Fiorini (Assessore); risulta assente il Sig. Mauro Tomei (Assessore).")
P("Assiste il Segretario Comunale Dott.ssa Rita Scafetti, incaricata della redazione del verbale. Il Sindaco, "
  "Dott. Alessandro Cirilli, constatato il numero legale degli intervenuti, assume la presidenza e dichiara aperta la seduta.")
P('LA GIUNTA COMUNALE', True, 'c', after=6)
for t in [
 "PREMESSO che l'Infiorata del Corpus Domini costituisce una tradizione secolare della comunità genazzanese e un evento di "
 "richiamo turistico per l'intero territorio dei Monti Prenestini;",
 "VISTA l'istanza presentata dall'Associazione Pro Loco Genazzano, acquisita al prot. n. 4127 del 02/04/2026, con la quale "
 "si chiede un contributo per la realizzazione della manifestazione, prevista per il 7 giugno 2026, corredata dal programma e dal "
 "piano finanziario che evidenzia una spesa complessiva di € 18.600,00;",
 "VISTO il vigente Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione del "
 "Consiglio Comunale n. 14 del 30/04/2019;",
 "RITENUTO di concedere un contributo straordinario di € 6.000,00, pari a circa un terzo della spesa preventivata;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
 "Con votazione unanime, espressa in forma palese,"]:
    P(t)
P('DELIBERA', True, 'c', after=6)
for t in [
 "di concedere all'Associazione Pro Loco Genazzano un contributo straordinario di € 6.000,00 per l'organizzazione dell'Infiorata 2026;",
 "di demandare al Responsabile dell'Area Amministrativa l'adozione dell'impegno di spesa sul capitolo 7320 del bilancio 2026 e la "
 "successiva liquidazione, previa presentazione del rendiconto delle spese sostenute;",
 "di stabilire che il materiale promozionale dell'evento rechi la dicitura \"con il contributo del Comune di Genazzano\" e lo stemma comunale;"]:
    P('-   ' + t, indent=0.6)
P("Di dichiarare, con successiva e separata votazione unanime, la presente deliberazione immediatamente eseguibile, "
  "ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
P('Letto, approvato e sottoscritto.', italic=True, after=14)
t = d.add_table(rows=3, cols=2)
cells = [('IL SINDACO', 'IL SEGRETARIO COMUNALE'), ('Dott. Alessandro Cirilli', 'Dott.ssa Rita Scafetti'),
         ('firmato digitalmente', 'firmato digitalmente')]
for i, (a, b) in enumerate(cells):
    for j, v in enumerate((a, b)):
        c = t.cell(i, j); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = c.paragraphs[0].add_run(v); rr.bold = (i == 0); rr.italic = (i == 2); rr.font.size = Pt(10 if i < 2 else 8)
P('', after=16)
P('CERTIFICATO DI PUBBLICAZIONE', True, 'c', 10, after=2)
P("Copia della presente deliberazione viene pubblicata all'Albo Pretorio on line dal 16/04/2026 per quindici giorni "
  "consecutivi (Reg. Pubbl. n. 402).", size=9.5)
P('Il Messo Comunale - Sig. Fabio Lucarelli', size=9.5, align='r')
d.save(sys.argv[1])
