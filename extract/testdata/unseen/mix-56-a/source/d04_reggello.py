# Comune di Reggello - determinazione, Word-like template (python-docx) converted by LibreOffice Writer
from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
import subprocess, os
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(2)
st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)
def P(text='', bold=False, size=None, align=None, italic=False):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p
hp = sec.header.paragraphs[0]; hp.text = 'Comune di Reggello – Città Metropolitana di Firenze'; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].font.size = Pt(8); hp.runs[0].italic = True
fp = sec.footer.paragraphs[0]; fp.text = 'Piazza Roosevelt, 1 – 50066 Reggello (FI) – PEC: comune.reggello@postacert.toscana.it'; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.runs[0].font.size = Pt(7.5)
P('COMUNE DI REGGELLO', True, 16, 'c')
P('Città Metropolitana di Firenze', False, 9, 'c')
P('AREA 3 – GESTIONE DEL TERRITORIO', True, 11, 'c')
P('Servizio Lavori Pubblici, Manutenzioni e Patrimonio', False, 10, 'c')
t = d.add_table(rows=2, cols=2); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.cell(0,0).text = 'DETERMINAZIONE N. 212'; t.cell(0,1).text = 'del 19/03/2026'
t.cell(1,0).text = 'Registro del Servizio n. 48'; t.cell(1,1).text = 'del 18/03/2026'
for row in t.rows:
    for c in row.cells:
        for r in c.paragraphs[0].runs: r.bold = True
P()
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = p.add_run('OGGETTO: '); r.bold = True
r = p.add_run('Affidamento diretto ai sensi dell\'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023 del servizio di manutenzione delle aree a verde delle scuole comunali per l\'anno 2026 – CIG B6A2F19C33 – Impegno di spesa.'); r.bold = True
P()
P('IL RESPONSABILE DELL\'AREA', True, None, 'c')
for t_ in [
 'Richiamato il decreto del Sindaco n. 3 del 07/01/2026, con il quale è stato conferito al sottoscritto l\'incarico di Elevata Qualificazione dell\'Area 3 – Gestione del Territorio;',
 'Vista la deliberazione del Consiglio Comunale n. 88 del 23/12/2025, con la quale è stato approvato il bilancio di previsione finanziario 2026-2028;',
 'Vista la deliberazione della Giunta Comunale n. 9 del 20/01/2026, di approvazione del Piano Esecutivo di Gestione 2026-2028;',
 'Premesso che si rende necessario garantire lo sfalcio dei prati, la potatura delle siepi e la pulizia dei giardini dei plessi scolastici di Leccio, Cascia, Reggello capoluogo e Pietrapiana;',
 'Dato atto che, tramite la piattaforma telematica START della Regione Toscana, è stato richiesto un preventivo alla ditta Verde Valdarno Soc. Coop., con sede in Figline e Incisa Valdarno, che ha offerto l\'importo di euro 18.640,00 oltre IVA 22%, ritenuto congruo;',
 'Accertata la regolarità contributiva della ditta (DURC prot. INAIL_52177043, scadenza 14/06/2026);',
 'Visti gli artt. 107, 147-bis, 151 e 183 del D.Lgs. 18 agosto 2000, n. 267;']:
    P(t_, align='j')
P('DETERMINA', True, 11, 'c')
pts = ['di affidare alla ditta Verde Valdarno Soc. Coop. (P.IVA 05512980483) il servizio di manutenzione delle aree a verde delle scuole comunali per l\'anno 2026, per l\'importo di euro 18.640,00 oltre IVA;',
 'di impegnare la spesa complessiva di euro 22.740,80 come indicato nella tabella seguente:',
 'di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l\'uso commerciale ai sensi dell\'art. 18, comma 1, del D.Lgs. n. 36/2023;',
 'di individuare quale Responsabile Unico del Progetto il geom. Lorenzo Baldini;',
 'di disporre la pubblicazione del presente atto all\'Albo Pretorio on line e nella sezione Amministrazione Trasparente.']
for i, x in enumerate(pts, 1):
    P('%d. %s' % (i, x), align='j')
    if i == 2:
        tb = d.add_table(rows=2, cols=5); tb.style = 'Table Grid'
        for j, h in enumerate(['Esercizio', 'Capitolo', 'Missione/Programma', 'Creditore', 'Importo']):
            tb.cell(0,j).text = h
        for j, h in enumerate(['2026', '1880/4', '09.02', 'Verde Valdarno Soc. Coop.', '€ 22.740,80']):
            tb.cell(1,j).text = h
P()
P('Reggello, 19/03/2026', align=None)
P('Il Responsabile dell\'Area 3', False, None, 'r')
P('Arch. Stefano Nocentini', True, None, 'r')
P('(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)', False, 8, 'r', True)
P()
P('VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', True, 9.5, 'c')
P('Ai sensi dell\'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria. Impegno n. 634/2026.', size=9.5, align='j')
P('Il Responsabile dell\'Area 2 – Servizi Finanziari – Dott.ssa Marta Ciampi', size=9.5, align='r')
work = os.path.join(OUT, 'work'); os.makedirs(work, exist_ok=True)
src = os.path.join(work, 'determinazione-reggello-word.docx'); d.save(src)
subprocess.run(['soffice', '-env:UserInstallation=file://' + work + '/lo', '--headless', '--convert-to', 'pdf', '--outdir', work, src], check=True, capture_output=True)
os.replace(os.path.join(work, 'determinazione-reggello-word.pdf'), out('determinazione-reggello-word.pdf'))
