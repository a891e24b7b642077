# Provincia di Campobasso - Determinazione dirigenziale, Word template (python-docx) converted by LibreOffice.
# Layout after Sicraweb/Maggioli prints: Settore heading, register box, Servizio, impegno table, running foot.
import os, subprocess, tempfile, shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import save_key, out

FN = 'determinazione-provinciacampobasso-sicraweb.pdf'
SUBJ = 'S.P. 73 “Fresilia” – Lavori urgenti di ripristino del piano viabile al km 4+300 a seguito di movimento franoso. Affidamento diretto ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. 36/2023 e impegno di spesa. CIG B4F21A90C3.'
d = Document()
sec = d.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21); sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.8)
st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Calibri')
st.paragraph_format.space_after = Pt(3)

def para(text='', bold=False, size=None, align=None, italic=False, after=None, before=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p
def field(run, instr):
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    run._r.append(f1); run._r.append(it); run._r.append(f2)
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:fill'), color); tcPr.append(s)

# header: body name, running on every page
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('PROVINCIA DI CAMPOBASSO'); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
h2 = sec.header.add_paragraph(); h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h2.add_run('Via Roma, 47 – 86100 Campobasso – C.F. 00139600704 – PEC provincia.campobasso@legalmail.it'); r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Determinazione Dirigenziale n. 412 del 12/03/2026 – Pag. '); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, 'PAGE')
r = fp.add_run(' di '); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, 'NUMPAGES')

para('SETTORE 3 – VIABILITÀ, TRASPORTI ED EDILIZIA SCOLASTICA', bold=True, size=12, align='c', before=6, after=0)
para('Servizio Manutenzione Strade Provinciali', italic=True, align='c', after=8)
t = d.add_table(rows=3, cols=2); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [('DETERMINAZIONE DIRIGENZIALE', ''), ('N. 412 del 12/03/2026', 'Registro di Settore N. 96 del 11/03/2026'),
         ('Proposta n. 131 del 10/03/2026', 'Centro di responsabilità: Manutenzione Strade')]
for i, (a, b) in enumerate(cells):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
a = t.cell(0, 0).merge(t.cell(0, 1)); a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
a.paragraphs[0].runs[0].bold = True; a.paragraphs[0].runs[0].font.size = Pt(13); shade(a, 'DCE3EE')
for c in (t.cell(1, 0), t.cell(1, 1)):
    c.paragraphs[0].runs[0].bold = True
para('', after=4)
p = para(align='j', after=10); r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run(SUBJ); r.bold = True
para('IL DIRIGENTE', bold=True, align='c', after=6)
prem = [
 'Premesso che in data 02/03/2026, a seguito delle intense precipitazioni dei giorni precedenti, si è verificato un movimento franoso di valle in corrispondenza del km 4+300 della S.P. 73 “Fresilia”, con cedimento della banchina e lesioni estese del piano viabile;',
 'Che con ordinanza dirigenziale n. 18 del 03/03/2026 è stato istituito il senso unico alternato regolato da impianto semaforico nel tratto interessato;',
 'Visto il verbale di somma urgenza redatto in data 04/03/2026 dal tecnico del Servizio, geom. Pasquale Iacobucci, nel quale sono descritti gli interventi necessari per il ripristino delle condizioni di sicurezza, stimati in euro 38.400,00 oltre IVA;',
 'Dato atto che, ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, è consentito l’affidamento diretto dei lavori di importo inferiore a 150.000 euro, anche senza consultazione di più operatori economici;',
 'Acquisito il preventivo dell’impresa Molise Strade S.r.l., con sede in Oratino, P.IVA 01655420702, che si è dichiarata disponibile a eseguire i lavori per l’importo di euro 37.150,00 oltre IVA, ritenuto congruo dal RUP;',
 'Visti il D.Lgs. 18 agosto 2000, n. 267; il vigente Regolamento di contabilità; il decreto presidenziale n. 9 del 15/01/2026 di conferimento dell’incarico dirigenziale del Settore 3;',
 'Attestata la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. 267/2000;',
]
for tx in prem: para(tx, align='j')
para('DETERMINA', bold=True, align='c', before=6, after=6)
pts = [
 'di affidare, ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. 36/2023, all’impresa Molise Strade S.r.l. i lavori urgenti di ripristino del piano viabile della S.P. 73 “Fresilia” al km 4+300, per l’importo di euro 37.150,00 oltre IVA 22%, per complessivi euro 45.323,00;',
 'di impegnare la spesa di euro 45.323,00 come indicato nella tabella seguente;',
 'di dare atto che il RUP è il geom. Pasquale Iacobucci, in servizio presso il Servizio Manutenzione Strade Provinciali;',
 'di stabilire che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale, ai sensi dell’art. 18, comma 1, del D.Lgs. 36/2023;',
 'di dare atto che i lavori dovranno essere ultimati entro 30 giorni naturali e consecutivi dalla consegna;',
 'di disporre la pubblicazione del presente atto all’Albo pretorio on line e nella sezione Amministrazione Trasparente.',
]
for i, tx in enumerate(pts, 1):
    p = para('%d. %s' % (i, tx), align='j')
    p.paragraph_format.left_indent = Cm(0.6); p.paragraph_format.first_line_indent = Cm(-0.6)
    if i == 2:
        tb = d.add_table(rows=2, cols=6); tb.style = 'Table Grid'
        for j, h in enumerate(['Esercizio', 'Missione/Progr.', 'Capitolo', 'Impegno', 'CIG', 'Importo']):
            tb.cell(0, j).text = h; tb.cell(0, j).paragraphs[0].runs[0].bold = True; shade(tb.cell(0, j), 'EEEEEE')
        for j, v in enumerate(['2026', '10.05', '2140/3', '688/2026', 'B4F21A90C3', '€ 45.323,00']):
            tb.cell(1, j).text = v
        for row in tb.rows:
            for c in row.cells:
                for pp in c.paragraphs:
                    for rr in pp.runs: rr.font.size = Pt(9)
        para('', after=2)
para('', after=6)
p = para('Campobasso, 12/03/2026', after=14)
para('IL DIRIGENTE DEL SETTORE 3', bold=True, align='r', after=0)
para('Ing. Michele Santoro', align='r', after=0)
para('(documento firmato digitalmente)', italic=True, size=8, align='r', after=12)
para('VISTO DI REGOLARITÀ CONTABILE', bold=True, align='c', before=8, after=2)
para('Si attesta la copertura finanziaria della spesa ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 688/2026 registrato in data 12/03/2026.', align='j', size=9.5)
para('Il Dirigente del Settore 1 – Risorse Finanziarie: Dott.ssa Antonella Vitale (firmato digitalmente)', size=9.5, align='r')

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, 'DD_412_2026.docx'); d.save(src)
subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/lo', '--convert-to', 'pdf', '--outdir', tmp, src], check=True, capture_output=True)
shutil.move(os.path.join(tmp, 'DD_412_2026.pdf'), out(FN))
save_key({"file": FN, "role": "act",
 "what": "determinazione dirigenziale 412/2026 of the Provincia di Campobasso (Word template, LibreOffice): Settore heading with Servizio below, register box with sector register 96, impegno table inside point 2",
 "operative_points": 6,
 "act": {"municipality": "Provincia di Campobasso", "organ": "SETTORE 3 – VIABILITÀ, TRASPORTI ED EDILIZIA SCOLASTICA",
         "office": "Servizio Manutenzione Strade Provinciali", "kind": "determinazione", "number": 412, "sector_number": 96,
         "date": "2026-03-12", "subject": SUBJ, "proposal_number": 131, "proposal_date": "2026-03-10"}})
