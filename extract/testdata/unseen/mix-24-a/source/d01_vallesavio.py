# Unione dei Comuni Valle del Savio - deliberazione della Giunta dell'Unione (J-Iride-like Word model)
# python-docx -> LibreOffice Writer (soffice --convert-to pdf)
import subprocess, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = '../deliberazione-vallesavio-jiride.pdf'
d = Document()
st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Arial')
sec = d.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.8)

def par(text='', bold=False, size=None, align=None, italic=False, space_after=4, indent=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after); p.paragraph_format.space_before = Pt(0)
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    return p

def border(cell, sides='top left bottom right', sz=6):
    tcPr = cell._tc.get_or_add_tcPr(); b = OxmlElement('w:tcBorders')
    for s in sides.split():
        e = OxmlElement('w:' + s); e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), str(sz)); e.set(qn('w:color'), '000000'); b.append(e)
    tcPr.append(b)

# header: letterhead
hdr = sec.header
hp = hdr.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('UNIONE DEI COMUNI VALLE DEL SAVIO'); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x6B)
hp2 = hdr.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run('Bagno di Romagna – Cesena – Mercato Saraceno – Montiano – Sarsina – Verghereto'); r.font.size = Pt(8.5); r.italic = True
hp3 = hdr.add_paragraph(); hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp3.add_run('Provincia di Forlì-Cesena'); r.font.size = Pt(8.5)
# footer
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Deliberazione della Giunta dell’Unione n. 14 del 18/03/2026 – Pag. '); r.font.size = Pt(8)
for code in ('PAGE',):
    f1 = OxmlElement('w:fldSimple'); f1.set(qn('w:instr'), code); rr = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '1'; rr.append(t); f1.append(rr); fp._p.append(f1)

par('COPIA', bold=True, size=9, align='r', space_after=2)
par('VERBALE DI DELIBERAZIONE DELLA GIUNTA DELL’UNIONE', bold=True, size=12.5, align='c', space_after=6)

t = d.add_table(rows=1, cols=3); t.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, (lab, val) in zip(t.rows[0].cells, [('Numero', '14'), ('Data', '18/03/2026'), ('Proposta', 'n. 19 del 12/03/2026')]):
    border(c); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = c.paragraphs[0].add_run(lab + '\n'); r.font.size = Pt(8)
    r = c.paragraphs[0].add_run(val); r.bold = True
par('', space_after=4)

p = par(align='j', space_after=8)
r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run('APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L’AZIENDA USL DELLA ROMAGNA PER LA GESTIONE DEL PUNTO UNICO DI ACCESSO AI SERVIZI SOCIO-SANITARI DEL DISTRETTO CESENA – VALLE DEL SAVIO. TRIENNIO 2026-2028.'); r.bold = True

par('L’anno duemilaventisei, il giorno diciotto del mese di marzo alle ore 12:30, nella sede dell’Unione in Cesena, Piazza del Popolo n. 10, convocata nei modi di legge, si è riunita la Giunta dell’Unione, composta dai Sindaci dei Comuni aderenti, nelle persone dei Signori:', align='j', space_after=6)

rows = [('BERTOZZI LUCA', 'Presidente', 'X', ''), ('RICCI FRANCESCA', 'Vice Presidente', 'X', ''),
        ('MONTALTI GIORGIO', 'Componente', 'X', ''), ('CASADEI ELISA', 'Componente', 'X', ''),
        ('SEVERI PAOLO', 'Componente', '', 'X'), ('ZOFFOLI MARCO', 'Componente', 'X', '')]
t = d.add_table(rows=1 + len(rows), cols=4); t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(['Cognome e Nome', 'Carica', 'Presente', 'Assente']):
    c = t.rows[0].cells[i]; border(c); r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(9.5)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for j, row in enumerate(rows, 1):
    for i, v in enumerate(row):
        c = t.rows[j].cells[i]; border(c); r = c.paragraphs[0].add_run(v); r.font.size = Pt(9.5)
        if i >= 2: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
widths = [Cm(6.5), Cm(4.0), Cm(2.3), Cm(2.3)]
for row in t.rows:
    for i, w in enumerate(widths): row.cells[i].width = w
par('Presenti: 5     Assenti: 1', bold=True, size=9.5, align='r', space_after=6)

par('Partecipa il Segretario Generale dell’Unione Dott.ssa Cristina Magnani, la quale provvede alla redazione del presente verbale.', align='j')
par('Assume la presidenza il Presidente dell’Unione Luca Bertozzi il quale, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull’oggetto sopra indicato.', align='j', space_after=8)

par('LA GIUNTA DELL’UNIONE', bold=True, align='c', space_after=6)
for txt in [
 'Vista la proposta di deliberazione n. 19 del 12/03/2026 predisposta dal Settore Servizi alla Persona e Ufficio di Piano, allegata quale parte integrante e sostanziale;',
 'Richiamata la Legge Regionale Emilia-Romagna 12 marzo 2003, n. 2, recante norme per la promozione della cittadinanza sociale e per la realizzazione del sistema integrato di interventi e servizi sociali;',
 'Richiamata la deliberazione del Consiglio dell’Unione n. 9 del 26/02/2026, con la quale è stato approvato il Documento Unico di Programmazione 2026-2028;',
 'Premesso che il Punto Unico di Accesso (PUA) costituisce la porta di accesso integrata ai servizi sociali e sanitari del Distretto Cesena – Valle del Savio e che la convenzione vigente con l’Azienda USL della Romagna scade il 31/03/2026;',
 'Ritenuto di approvare il nuovo schema di convenzione, che prevede una compartecipazione dell’Unione alle spese di personale amministrativo pari a euro 38.400,00 annui;',
 'Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267, allegati al presente atto;']:
    par(txt, align='j')
par('Con voti unanimi e palesi,', align='j', space_after=6)
par('D E L I B E R A', bold=True, align='c', space_after=6)
pts = [
 'di approvare lo schema di convenzione tra l’Unione dei Comuni Valle del Savio e l’Azienda USL della Romagna per la gestione del Punto Unico di Accesso ai servizi socio-sanitari per il triennio 2026-2028, allegato al presente atto sotto la lettera A);',
 'di dare atto che la spesa complessiva di euro 115.200,00 trova copertura al capitolo 12071.03.0451 del bilancio di previsione 2026-2028, per euro 38.400,00 su ciascuna annualità;',
 'di autorizzare il Dirigente del Settore Servizi alla Persona e Ufficio di Piano alla sottoscrizione della convenzione, apportando le modifiche non sostanziali che si rendessero necessarie;',
 'di trasmettere copia del presente atto all’Azienda USL della Romagna e ai Comuni aderenti;',
 'di dare atto che il responsabile del procedimento è la Dott.ssa Silvia Neri, Responsabile dell’Ufficio di Piano.']
for i, ptx in enumerate(pts, 1):
    p = par(f'{i}. {ptx}', align='j', indent=0.5)
par('Successivamente, con separata votazione unanime e palese, la Giunta dell’Unione dichiara il presente atto immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000, stante l’imminente scadenza della convenzione in essere.', align='j', space_after=10)
par('Letto, approvato e sottoscritto.', italic=True, space_after=8)
t = d.add_table(rows=2, cols=2)
for i, (a, b) in enumerate([('IL PRESIDENTE', 'IL SEGRETARIO GENERALE'), ('F.to Luca Bertozzi', 'F.to Dott.ssa Cristina Magnani')]):
    for j, v in enumerate((a, b)):
        c = t.rows[i].cells[j]; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER; r = c.paragraphs[0].add_run(v); r.bold = (i == 0)
par('', space_after=8)
par('CERTIFICATO DI PUBBLICAZIONE', bold=True, size=9.5, align='c', space_after=2)
par('Si certifica che copia della presente deliberazione viene pubblicata all’Albo Pretorio on line dell’Unione dal 20/03/2026 per 15 giorni consecutivi (n. 201 del registro delle pubblicazioni).', size=9, align='j')
par('Cesena, 20/03/2026                                                            L’incaricato della pubblicazione – F.to Anna Gori', size=9)
par('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.', size=7.5, italic=True, align='c')
d.save('d01_vallesavio.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', 'd01_vallesavio.docx'], check=True, capture_output=True)
os.replace('d01_vallesavio.pdf', OUT)
