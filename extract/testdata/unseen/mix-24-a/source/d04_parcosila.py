# Ente Parco Nazionale della Sila - determinazione del Direttore, from a Word template
# python-docx (Calibri -> Carlito) -> LibreOffice Writer
import subprocess, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Calibri')
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
sec.left_margin = Cm(2.5); sec.right_margin = Cm(2.0); sec.top_margin = Cm(1.4); sec.bottom_margin = Cm(1.6)
GREEN = RGBColor(0x2E, 0x5E, 0x2B)

def par(text='', bold=False, size=None, align='j', italic=False, after=5, before=0, indent=None, hanging=None, color=None, container=None):
    p = (container or d).add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = color
    p.alignment = {'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}[align]
    pf = p.paragraph_format; pf.space_after = Pt(after); pf.space_before = Pt(before); pf.line_spacing = 1.08
    if indent is not None: pf.left_indent = Cm(indent)
    if hanging is not None: pf.first_line_indent = Cm(-hanging)
    return p

def bottom_rule(p):
    pPr = p._p.get_or_add_pPr(); b = OxmlElement('w:pBdr'); e = OxmlElement('w:bottom')
    e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), '12'); e.set(qn('w:color'), '2E5E2B'); b.append(e); pPr.append(b)

h = sec.header
hp = h.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('Ente Parco Nazionale della Sila'); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = GREEN
p2 = h.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p2.add_run('Via Nazionale – 87055 Lorica (CS)  •  C.F. 98088640780  •  PEC: parcosila@pec.it'); r.font.size = Pt(8.5)
bottom_rule(p2)
f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run('Determinazione del Direttore n. 96/2026 – pag. '); r.font.size = Pt(8)
fs = OxmlElement('w:fldSimple'); fs.set(qn('w:instr'), 'PAGE'); rr = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '1'; rr.append(t); fs.append(rr); f._p.append(fs)

par('DETERMINAZIONE DEL DIRETTORE', bold=True, size=14, align='c', after=2, before=6, color=GREEN)
par('Registro Generale n. 96 del 16/03/2026', bold=True, align='c', after=2)
par('Servizio Conservazione della Natura e Biodiversità', italic=True, align='c', after=10)

tb = d.add_table(rows=1, cols=2); tb.style = 'Table Grid'
c0, c1 = tb.rows[0].cells
tb.autofit = False
for col, w in zip(tb.columns, (Cm(2.6), Cm(13.9))):
    col.width = w
    for cc in col.cells: cc.width = w
r = c0.paragraphs[0].add_run('OGGETTO:'); r.bold = True
r = c1.paragraphs[0].add_run('Affidamento diretto, ai sensi dell’art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, del servizio di monitoraggio della popolazione di lupo (Canis lupus) nel territorio del Parco – anno 2026. Determina a contrarre e impegno di spesa. CIG B7A2C91F04.')
r.bold = True
c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
par('', after=4)
par('IL DIRETTORE', bold=True, align='c', after=6)
for t in [
 'VISTA la Legge 6 dicembre 1991, n. 394, “Legge quadro sulle aree protette”, e s.m.i.;',
 'VISTO il D.P.R. 14 novembre 2002, istitutivo dell’Ente Parco Nazionale della Sila;',
 'VISTO il decreto del Ministro dell’Ambiente e della Sicurezza Energetica con il quale è stato conferito l’incarico di Direttore dell’Ente;',
 'VISTA la deliberazione del Consiglio Direttivo n. 31 del 27/11/2025, con la quale è stato approvato il bilancio di previsione per l’esercizio finanziario 2026;',
 'VISTO il D.Lgs. 31 marzo 2023, n. 36, recante il Codice dei contratti pubblici, e in particolare l’art. 50, comma 1, lett. b);',
 'PREMESSO che il Piano del Parco e il Piano di azione nazionale per la conservazione del lupo prevedono il monitoraggio periodico della specie mediante fototrappolaggio, rilievo dei segni di presenza e analisi genetiche non invasive;',
 'CONSIDERATO che l’Ente non dispone al proprio interno di personale in numero sufficiente per lo svolgimento delle attività di campo nella stagione 2026;',
 'ACQUISITO, tramite la piattaforma di approvvigionamento digitale, il preventivo della società cooperativa “Sylvatica Ricerca e Ambiente” di Cosenza, prot. n. 1482 del 09/03/2026, per l’importo di euro 36.800,00 oltre IVA, ritenuto congruo in relazione ai prezzi di mercato;',
 'ACCERTATA la regolarità contributiva dell’operatore economico (DURC prot. INAIL_51877340, valido fino al 10/07/2026);',
 'DATO ATTO che il Responsabile Unico del Progetto è il Dott. Gennaro Scarpelli, funzionario del Servizio Conservazione della Natura e Biodiversità, il quale ha dichiarato l’assenza di conflitti di interesse;']:
    par(t)
par('DETERMINA', bold=True, align='c', before=4, after=6)
pts = [
 'di affidare, ai sensi dell’art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, alla società cooperativa “Sylvatica Ricerca e Ambiente”, con sede in Cosenza, P.IVA 03529410787, il servizio di monitoraggio della popolazione di lupo nel territorio del Parco per l’anno 2026;',
 'di impegnare la spesa complessiva di euro 44.896,00 (IVA 22% inclusa) sul capitolo 5210 “Studi, ricerche e monitoraggi faunistici” del bilancio di previsione 2026;',
 'di stabilire che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale, ai sensi dell’art. 18, comma 1, del D.Lgs. n. 36/2023;',
 'di dare atto che la liquidazione avverrà in due soluzioni, previa verifica della regolare esecuzione e presentazione delle relazioni semestrali;',
 'di disporre la pubblicazione del presente provvedimento all’Albo on line e nella sezione “Amministrazione trasparente” del sito istituzionale dell’Ente.']
for i, t in enumerate(pts, 1):
    par(f'{i}.\t{t}', indent=0.8, hanging=0.6, after=4)
par('Lorica, 16/03/2026', before=8, after=10, align='l')
par('IL DIRETTORE', bold=True, align='r', after=0)
par('Dott. Ing. Domenico Cerminara', align='r', after=0)
par('(firmato digitalmente)', italic=True, size=9, align='r', after=12)
par('VISTO DI REGOLARITÀ CONTABILE', bold=True, size=10, align='l', after=2)
par('Si attesta la copertura finanziaria della spesa (impegno n. 211/2026, capitolo 5210).', size=10, after=2)
par('Il Responsabile del Servizio Amministrativo-Contabile – Dott.ssa Rosanna Pignataro', size=10, after=0)
d.save('d04_parcosila.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', 'd04_parcosila.docx'], check=True, capture_output=True)
os.replace('d04_parcosila.pdf', '../determinazione-parcosila-word.pdf')
