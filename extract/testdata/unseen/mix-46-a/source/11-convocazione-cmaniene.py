# Word template letter (python-docx) converted by LibreOffice Writer
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.4); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(2)
st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(12)
st.paragraph_format.space_after = Pt(4)
def P(text='', bold=False, center=False, size=None, after=None, italic=False, right=False, just=False, indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif just: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    return p
p = P(center=True, after=0); r = p.add_run('COMUNITÀ MONTANA DELL\'ANIENE'); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x25, 0x4D, 0x1E)
P('X Zona – Regione Lazio', center=True, size=11, italic=True, after=0)
P('00028 Subiaco (RM) – PEC: cmaniene@pec.it – C.F. 86001450581', center=True, size=9, after=2)
P('_' * 78, center=True, size=8, after=10)
P('Prot. n. 742 del 13/04/2026', size=11, after=10)
for s in ['Ai Sigg. Consiglieri della Comunità Montana', 'Ai Sigg. Sindaci dei Comuni membri', 'Al Revisore dei Conti', 'e p.c. Al Prefetto di Roma']:
    P(s, size=11, after=0, indent=9)
P('', after=6)
P('AVVISO DI CONVOCAZIONE DEL CONSIGLIO DELLA COMUNITÀ MONTANA', bold=True, center=True, size=13, after=2)
P('Seduta ordinaria', center=True, italic=True, after=12)
P("Ai sensi dell'art. 14 dello Statuto e dell'art. 9 del Regolamento per il funzionamento del Consiglio, le SS.LL. sono invitate a partecipare alla seduta ordinaria del Consiglio della Comunità Montana, che si terrà presso la sala consiliare dell'Ente, in prima convocazione, il giorno", just=True)
P('martedì 28 aprile 2026, alle ore 17:30', bold=True, center=True, after=4)
P("e, occorrendo, in seconda convocazione il giorno mercoledì 29 aprile 2026, alla stessa ora e nello stesso luogo, per discutere e deliberare sul seguente", just=True)
P('ORDINE DEL GIORNO', bold=True, center=True, after=6)
odg = ['Comunicazioni del Presidente;',
       'Approvazione dei verbali della seduta precedente del 17/12/2025;',
       'Rendiconto della gestione per l\'esercizio finanziario 2025 – Approvazione;',
       'Piano degli interventi di manutenzione della viabilità rurale e forestale 2026 – Presa d\'atto;',
       'Gestione associata del servizio di protezione civile tra i Comuni della Valle dell\'Aniene – Approvazione schema di convenzione.']
for i, t in enumerate(odg, 1):
    p = P(f'{i}.  {t}', just=True, after=2, indent=0.6)
P('', after=4)
P("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso la Segreteria dell'Ente e consultabili dai Consiglieri nelle ore d'ufficio, a norma del Regolamento.", just=True, after=16)
P('IL PRESIDENTE', bold=True, center=False, after=0, indent=9.5)
P('Geom. Daniele Fiorentini', after=0, indent=9.5)
P('(firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, c. 2, D.Lgs. n. 39/1993)', size=8, italic=True, indent=9.5)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Comunità Montana dell\'Aniene – Ufficio di Segreteria – tel. 0774 8xx xxx'.replace('8xx xxx', '822640')); r.font.size = Pt(8)
doc.save('11-convocazione-cmaniene.docx')
