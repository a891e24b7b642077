# Ente Parco Nazionale del Cilento, Vallo di Diano e Alburni - Avviso pubblico n. 4/2026
# Word template (python-docx: letterhead in the page header, Calibri-like Carlito, numbered articles) -> LibreOffice -> PDF
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.oxml.ns import qn
import subprocess, shutil
doc = Document()
st = doc.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Calibri')
st.paragraph_format.space_after = Pt(5)
sec = doc.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(3.2); sec.bottom_margin = Cm(2); sec.header_distance = Cm(0.8)
GREEN = RGBColor(0x2E, 0x6B, 0x30)
h = sec.header
p = h.paragraphs[0]; p.alignment = AL.CENTER
r = p.add_run('Ente Parco Nazionale del Cilento, Vallo di Diano e Alburni'); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = GREEN
p = h.add_paragraph(); p.alignment = AL.CENTER
r = p.add_run('Piazza Santa Caterina, 8 – 84078 Vallo della Lucania (SA) – C.F. 93007990653 – parco.cilentodianoealburni@pec.it'); r.font.size = Pt(8)
p = h.add_paragraph(); p.alignment = AL.CENTER
r = p.add_run('Geoparco Mondiale UNESCO – Riserva della Biosfera MAB'); r.italic = True; r.font.size = Pt(8); r.font.color.rgb = GREEN
f = sec.footer.paragraphs[0]; f.alignment = AL.CENTER
r = f.add_run('Avviso pubblico n. 4/2026 – pag. '); r.font.size = Pt(8)
def fld(par, code):
    from docx.oxml import OxmlElement
    r = par.add_run(); b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin'); r._r.append(b)
    r2 = par.add_run(); t = OxmlElement('w:instrText'); t.set(qn('xml:space'), 'preserve'); t.text = code; r2._r.append(t)
    r3 = par.add_run(); e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); r3._r.append(e)
    for x in (r, r2, r3): x.font.size = Pt(8)
fld(f, 'PAGE')
def P(text='', bold=False, align=AL.JUSTIFY, size=None, after=5, italic=False):
    p = doc.add_paragraph(); p.alignment = align; p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p
P('AREA PROMOZIONE E CONSERVAZIONE', bold=True, align=AL.LEFT, after=0, size=10)
P('Servizio Promozione ed Educazione Ambientale', align=AL.LEFT, size=10, after=10)
t = doc.add_table(rows=1, cols=2)
t.rows[0].cells[0].text = 'Prot. n. 3127 del 16/03/2026'
t.rows[0].cells[1].text = 'Vallo della Lucania, 16/03/2026'
t.rows[0].cells[1].paragraphs[0].alignment = AL.RIGHT
P('', after=6)
P('AVVISO PUBBLICO N. 4/2026', bold=True, align=AL.CENTER, size=15, after=8)
p = P(align=AL.JUSTIFY, after=12)
r = p.add_run('Oggetto: '); r.bold = True
r = p.add_run('Avviso pubblico per la concessione di contributi a sostegno di progetti di educazione ambientale e alla sostenibilità '
              'realizzati dalle istituzioni scolastiche dei Comuni del Parco – anno scolastico 2026/2027.'); r.bold = True
P('IL DIRETTORE', bold=True, align=AL.CENTER, after=6)
P('in esecuzione del Decreto del Presidente n. 7 del 05/03/2026, ratificato dal Consiglio Direttivo, e della propria '
  'determinazione n. 96 del 13/03/2026 di approvazione del presente avviso,')
P('RENDE NOTO', bold=True, align=AL.CENTER, after=6)
P('che l’Ente Parco intende sostenere, mediante la concessione di contributi, progetti di educazione ambientale rivolti agli '
  'alunni delle scuole primarie e secondarie di primo grado aventi sede nei Comuni ricadenti, in tutto o in parte, nel '
  'territorio del Parco, secondo le disposizioni che seguono.')
arts = [
 ('Art. 1 – Dotazione finanziaria', 'La dotazione complessiva dell’avviso è pari a € 60.000,00, a valere sul capitolo 5210 del bilancio di previsione 2026. Il contributo massimo per ciascun progetto è di € 4.000,00 e non può superare l’80% del costo ammissibile.'),
 ('Art. 2 – Soggetti ammessi', 'Possono presentare domanda gli Istituti comprensivi statali e paritari con sede nei Comuni del Parco. Ciascun Istituto può presentare un solo progetto, anche in rete con altri Istituti.'),
 ('Art. 3 – Progetti ammissibili', 'Sono ammissibili i progetti che prevedano uscite didattiche nelle aree protette, laboratori sulla biodiversità, sulla Dieta Mediterranea e sul patrimonio geologico del Geoparco, con il coinvolgimento delle guide ufficiali del Parco.'),
 ('Art. 4 – Modalità e termini di presentazione', 'Le domande, redatte sul modello allegato (Allegato 1) e sottoscritte dal Dirigente scolastico, devono pervenire esclusivamente a mezzo PEC all’indirizzo parco.cilentodianoealburni@pec.it entro le ore 12:00 del 30/04/2026.'),
 ('Art. 5 – Valutazione e graduatoria', 'Le domande sono valutate da una commissione nominata dal Direttore dopo la scadenza del termine, secondo i criteri indicati nell’Allegato 2. La graduatoria è pubblicata all’Albo on line dell’Ente.'),
 ('Art. 6 – Informazioni', 'Responsabile del procedimento è il Dott. Angelo De Vita, Servizio Promozione ed Educazione Ambientale (tel. 0974 719911). I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679.'),
]
for a, b in arts:
    P(a, bold=True, align=AL.LEFT, after=2)
    P(b)
P('', after=10)
for line, bold in [('IL DIRETTORE', True), ('Dott. Romano Gregorio', False), ('(documento firmato digitalmente)', False)]:
    p = P(line, bold=bold, align=AL.CENTER, after=0); p.paragraph_format.left_indent = Cm(8)
doc.save('d08_parcocilento.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', '.', 'd08_parcocilento.docx'], check=True, capture_output=True)
shutil.copy('d08_parcocilento.pdf', '../avviso-parcocilento-word.pdf')
