# Modern Word template (python-docx) converted by LibreOffice Writer
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(3.2); sec.bottom_margin = Cm(2.2)
st = doc.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(6); st.paragraph_format.line_spacing = 1.1
BLUE = RGBColor(0x1F, 0x3A, 0x6B)
hp = sec.header.paragraphs[0]
r = hp.add_run('Azienda di Servizi alla Persona\n'); r.font.size = Pt(10); r.font.color.rgb = BLUE
r = hp.add_run('GOLGI-REDAELLI'); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = BLUE
r = hp.add_run('\nVia Bartolomeo d’Alviano, 78 – 20146 Milano – C.F./P.IVA 04937900155'); r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Determinazione del Direttore Generale n. 112 del 10/04/2026 – pagina '); r.font.size = Pt(8)
# page field
def field(par, instr):
    r = par.add_run(); r.font.size = Pt(8)
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    r._r.append(f1); r._r.append(it); r._r.append(f2)
field(fp, 'PAGE')
def P(text='', bold=False, center=False, size=None, after=None, just=True, style=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text); r.bold = bold
        if size: r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else (WD_ALIGN_PARAGRAPH.JUSTIFY if just else WD_ALIGN_PARAGRAPH.LEFT)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p
P('DETERMINAZIONE DEL DIRETTORE GENERALE', bold=True, center=True, size=13, after=2)
P('N. 112 DEL 10/04/2026', bold=True, center=True, size=12, after=12)
t = doc.add_table(rows=3, cols=2); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
rows = [('Struttura proponente', 'Servizio Tecnico e Patrimonio'),
        ('Responsabile del procedimento', 'Ing. Federica Brambilla'),
        ('Oggetto', 'Affidamento del servizio di manutenzione ordinaria e straordinaria degli impianti elevatori presso le sedi aziendali di Milano e Abbiategrasso per il periodo 01/05/2026 – 30/04/2028 – CIG B7A4C21F03.')]
for i, (a, b) in enumerate(rows):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
    t.cell(i, 0).paragraphs[0].runs[0].bold = True
    t.cell(i, 0).width = Cm(5); t.cell(i, 1).width = Cm(11.6)
t.cell(2, 1).paragraphs[0].runs[0].bold = True
P('', after=4)
P('IL DIRETTORE GENERALE', bold=True, center=True, after=8)
for lab, txt in [('Richiamati', ' la L.R. Lombardia 13 febbraio 2003, n. 1, e lo Statuto aziendale, nonché la deliberazione del Consiglio di Amministrazione n. 41 del 18/12/2025 di approvazione del bilancio economico preventivo per l’esercizio 2026;'),
                 ('Premesso', ' che il contratto di manutenzione degli impianti elevatori in essere presso l’Istituto Redaelli di Milano e l’Istituto Golgi di Abbiategrasso scade il 30/04/2026 e che occorre garantire la continuità del servizio, indispensabile per la sicurezza degli ospiti e degli operatori;'),
                 ('Dato atto', ' che, ai sensi dell’art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, è stata svolta sulla piattaforma Sintel di ARIA S.p.A. una procedura di affidamento diretto previa consultazione di tre operatori economici, conclusa con l’offerta più vantaggiosa della ditta Ascensori Lombardi S.r.l. di Sesto San Giovanni, per un importo di € 64.800,00 oltre IVA per il biennio;'),
                 ('Verificato', ' il possesso dei requisiti di ordine generale e speciale dell’operatore economico mediante il Fascicolo Virtuale dell’Operatore Economico;'),
                 ('Acquisito', ' il parere favorevole del Direttore Amministrativo e del Direttore Sanitario;')]:
    p = P(); r = p.add_run(lab); r.bold = True; p.add_run(txt)
P('DETERMINA', bold=True, center=True, after=8)
pts = ['di affidare alla ditta Ascensori Lombardi S.r.l., P.IVA 08455120962, il servizio di manutenzione ordinaria e straordinaria degli impianti elevatori presso le sedi aziendali di Milano e Abbiategrasso per il periodo 01/05/2026 – 30/04/2028, per l’importo di € 64.800,00 oltre IVA 22%, per complessivi € 79.056,00;',
       'di imputare la spesa al conto 70.10.200 “Manutenzione impianti e macchinari” dei bilanci economici 2026, 2027 e 2028, per le quote di rispettiva competenza;',
       'di nominare direttore dell’esecuzione del contratto il geom. Paolo Cattaneo, in servizio presso il Servizio Tecnico e Patrimonio;',
       'di disporre la pubblicazione del presente provvedimento all’Albo on line e nella sezione “Amministrazione trasparente” del sito aziendale.']
for x in pts:
    P(x, style='List Number')
P('', after=10)
P('Il Direttore Generale', center=False, just=False, after=0).paragraph_format.left_indent = Cm(9.5)
P('Dott. Andrea Colombo', bold=True, just=False, after=0).paragraph_format.left_indent = Cm(9.5)
P('(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)', size=8, just=False).paragraph_format.left_indent = Cm(9.5)
doc.save('05-determina-golgiredaelli.docx')
