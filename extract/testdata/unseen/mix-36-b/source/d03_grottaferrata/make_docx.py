# Builds the .docx of Grottaferrata's Giunta deliberation as a Carbone-style
# template render (label grid, roll table, vote table), then LibreOffice converts it.
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)
st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Serif')
st.paragraph_format.space_after = Pt(3)

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
    s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill); tcPr.append(s)

def para(text='', bold=False, align=None, size=None, italic=False, after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align: p.alignment = align
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def rich(parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    p = d.add_paragraph(); p.alignment = align
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    return p

def field(par, instr):
    r = par.add_run(); f = OxmlElement('w:fldSimple'); f.set(qn('w:instr'), instr)
    rr = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '1'; rr.append(t); f.append(rr)
    par._p.append(f)

# header: letterhead
h = sec.header; hp = h.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('CITTÀ METROPOLITANA DI ROMA CAPITALE'); r.font.size = Pt(8)
hp2 = h.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run('COMUNE DI GROTTAFERRATA'); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x7a, 0x10, 0x10)
hp3 = h.add_paragraph(); hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp3.add_run('Piazzetta Eugenio Conti, 1 – 00046 Grottaferrata (RM) – PEC: protocollo@pec.comune.grottaferrata.rm.it'); r.font.size = Pt(7.5)
# footer
f = sec.footer; fp = f.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Deliberazione di Giunta Comunale n. 29 del 13/02/2026 – Pagina '); r.font.size = Pt(8)
field(fp, 'PAGE'); r = fp.add_run(' di '); r.font.size = Pt(8); field(fp, 'NUMPAGES')
fp2 = f.add_paragraph(); fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp2.add_run('Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa'); r.font.size = Pt(7); r.italic = True

para('ORIGINALE', bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
para('DELIBERAZIONE DELLA GIUNTA COMUNALE', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, after=6)

t = d.add_table(rows=2, cols=4); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
labels = [('Numero', '29'), ('Data seduta', '13/02/2026'), ('Proposta n.', '35 del 11/02/2026'), ('Settore proponente', 'Settore III – Servizi Culturali, Turistici e Attività Produttive')]
for i, (l, v) in enumerate(labels):
    c = t.cell(0, i); c.text = ''; rr = c.paragraphs[0].add_run(l); rr.bold = True; rr.font.size = Pt(8.5); shade(c, 'E6E6E6')
    c = t.cell(1, i); c.text = ''; rr = c.paragraphs[0].add_run(v); rr.font.size = Pt(10)
para('', after=2)

t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'; t.autofit = False
t.columns[0].width = Mm(25); t.columns[1].width = Mm(145)
c = t.cell(0, 0); c.text = ''; rr = c.paragraphs[0].add_run('OGGETTO:'); rr.bold = True; c.width = Mm(25)
c = t.cell(0, 1); c.text = ''; rr = c.paragraphs[0].add_run("INDIRIZZI PER L'ORGANIZZAZIONE DELLA \"FIERA DI GROTTAFERRATA\" – EDIZIONE 2026 E APPROVAZIONE DEL PIANO DI OCCUPAZIONE DEGLI SPAZI PUBBLICI."); rr.bold = True; c.width = Mm(145)
para('', after=2)

para("L'anno duemilaventisei, il giorno tredici del mese di febbraio, alle ore 12:15, nella Residenza Municipale, si è riunita la Giunta Comunale, convocata nelle forme di legge, nelle persone dei Signori:")

roll = [('DI PIETRO ALESSANDRO', 'Sindaco', 'Presente'), ('CAPOCCETTI LAURA', 'Vice Sindaco', 'Presente'),
        ('SPINELLI FRANCESCO', 'Assessore', 'Presente'), ('MORGANTI GIULIA', 'Assessore', 'Assente'),
        ('PALOMBI RICCARDO', 'Assessore', 'Presente'), ('TOCCI VALERIA', 'Assessore', 'Presente')]
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, l in enumerate(['Componente', 'Qualifica', 'Presenza']):
    c = t.rows[0].cells[i]; c.text = ''; rr = c.paragraphs[0].add_run(l); rr.bold = True; rr.font.size = Pt(9.5); shade(c, 'E6E6E6')
for row in roll:
    cells = t.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = ''; rr = cells[i].paragraphs[0].add_run(v); rr.font.size = Pt(10)
para('Presenti: 5 – Assenti: 1', align=WD_ALIGN_PARAGRAPH.RIGHT, size=9.5)

rich([("Presiede la seduta il Sindaco ", False), ("Avv. Alessandro Di Pietro", True), (".", False)])
rich([("Assiste il Segretario Generale ", False), ("Dott.ssa Rosaria Calabrese", True), (", incaricato della redazione del verbale.", False)])
para("Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la seduta ed invita la Giunta a deliberare sull'argomento in oggetto.")

para('LA GIUNTA COMUNALE', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
for txt in [
 "PREMESSO che la \"Fiera di Grottaferrata\", che si svolge tradizionalmente nel mese di marzo, costituisce una delle più antiche manifestazioni fieristiche del Lazio e rappresenta un momento di rilevante interesse economico, culturale e turistico per l'intera comunità dei Castelli Romani;",
 "CONSIDERATO che l'Amministrazione intende confermare lo svolgimento della manifestazione dal 21 al 29 marzo 2026 lungo viale San Nilo, piazza Marconi, corso del Popolo e aree limitrofe, con circa 180 posteggi destinati a operatori commerciali, artigiani e produttori agricoli;",
 "VISTO il piano di occupazione degli spazi pubblici predisposto dal Settore III, che individua la dislocazione dei posteggi, i percorsi di esodo e le aree destinate ai mezzi di soccorso, redatto d'intesa con il Comando di Polizia Locale;",
 "VISTI il D.Lgs. 18 agosto 2000, n. 267, la Legge Regionale Lazio 6 novembre 2019, n. 22 (Testo Unico del Commercio) e il vigente Regolamento comunale per le fiere e i mercati;",
 "ACQUISITI i pareri favorevoli in ordine alla regolarità tecnica e contabile, espressi ai sensi dell'art. 49 del D.Lgs. 267/2000 e allegati al presente atto;",
 "CON votazione palese, il cui esito è riportato nella tabella seguente:"]:
    para(txt)

t = d.add_table(rows=2, cols=4); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (l, v) in enumerate([('Presenti', '5'), ('Favorevoli', '5'), ('Contrari', '0'), ('Astenuti', '0')]):
    c = t.cell(0, i); c.text = ''; rr = c.paragraphs[0].add_run(l); rr.bold = True; rr.font.size = Pt(9.5); shade(c, 'E6E6E6')
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(1, i); c.text = ''; c.paragraphs[0].add_run(v); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para('', after=2)
para('D E L I B E R A', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
pts = [
 "di formulare al Responsabile del Settore III gli indirizzi per l'organizzazione della \"Fiera di Grottaferrata\" – edizione 2026, da svolgersi dal 21 al 29 marzo 2026;",
 "di approvare il piano di occupazione degli spazi pubblici, allegato al presente atto quale parte integrante e sostanziale (Allegato A);",
 "di stabilire che le domande di partecipazione degli operatori siano presentate esclusivamente tramite lo Sportello Unico per le Attività Produttive entro il 2 marzo 2026;",
 "di dare atto che le spese per l'allestimento, stimate in € 38.500,00, trovano copertura al capitolo 7320 \"Manifestazioni fieristiche\" del bilancio di previsione 2026/2028, esercizio 2026."]
for i, txt in enumerate(pts, 1):
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-6)
    p.add_run(f'{i}.\t{txt}')
para("Inoltre, con successiva votazione unanime favorevole, stante l'urgenza di provvedere, DICHIARA la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")

para('Letto, confermato e sottoscritto.', after=8)
t = d.add_table(rows=3, cols=2)
for i, (a, b) in enumerate([('IL SINDACO', 'IL SEGRETARIO GENERALE'), ('Avv. Alessandro Di Pietro', 'Dott.ssa Rosaria Calabrese'), ('(firmato digitalmente)', '(firmato digitalmente)')]):
    for j, v in enumerate((a, b)):
        c = t.cell(i, j); c.text = ''; rr = c.paragraphs[0].add_run(v); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 2: rr.font.size = Pt(8); rr.italic = True
d.save(out)
