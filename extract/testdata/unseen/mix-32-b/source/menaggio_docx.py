# Comune di Menaggio - Giunta deliberation, imitating an "Intema" print: python-docx -> LibreOffice PDF
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(2)
st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Serif')

def p(text='', bold=False, size=None, align=None, italic=False, space=4):
    para = d.add_paragraph()
    r = para.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para.paragraph_format.space_after = Pt(space)
    return para

def widths(t, ws):
    t.autofit = False
    for i,w in enumerate(ws):
        t.columns[i].width = w
        for c in t.columns[i].cells: c.width = w

def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
    s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), hexc); tcPr.append(s)

# footer
f = sec.footer.paragraphs[0]
f.text = "Deliberazione G.C. n. 38 del 12/03/2026 - Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i."
f.alignment = WD_ALIGN_PARAGRAPH.CENTER; f.runs[0].font.size = Pt(8)

p('[stemma comunale]', italic=True, size=8, align='c', space=0)
p('COMUNE DI MENAGGIO', bold=True, size=18, align='c', space=0)
p('Provincia di Como', size=11, align='c', space=0)
p('Via Lusardi, 26 - 22017 Menaggio (CO) - C.F. 00520240135', size=8, align='c', space=10)
p('ORIGINALE', bold=True, size=9, align='r', space=6)
p('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', bold=True, size=13, align='c', space=6)

t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.cell(0,0).text = 'N. 38'; t.cell(0,1).text = 'del 12/03/2026'
for c in t.rows[0].cells:
    c.paragraphs[0].runs[0].bold = True; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER; shade(c, 'E6E6E6')
p('', space=2)
t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
widths(t,[Cm(2.8),Cm(13.8)])
t.cell(0,0).text = 'OGGETTO:'; t.cell(0,0).paragraphs[0].runs[0].bold = True
t.cell(0,1).text = ('APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI '
    'RIQUALIFICAZIONE DEL LUNGOLAGO "CASTELLI" - II LOTTO FUNZIONALE. CUP H47H25001230004.')
t.cell(0,1).paragraphs[0].runs[0].bold = True
p('', space=2)
p("L'anno duemilaventisei, addì dodici del mese di marzo, alle ore 18:00, nella Sede Municipale, "
  "previa osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a "
  "seduta i componenti la Giunta Comunale.", align='j')
p('All\'appello risultano:', space=2)
roll = [('MAZZOLENI GIANLUCA','Sindaco',True),('BERTOLDI ELENA','Vice Sindaco',True),
        ('CAVADINI PAOLO','Assessore',False),('GEROSA MARTINA','Assessore',True),
        ('SALA RICCARDO','Assessore',True)]
t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
for i,h in enumerate(['Cognome e Nome','Carica','Presente','Assente']):
    t.cell(0,i).text = h; t.cell(0,i).paragraphs[0].runs[0].bold = True; shade(t.cell(0,i),'D9D9D9')
for n,r,pr in roll:
    cs = t.add_row().cells
    cs[0].text = n; cs[1].text = r; cs[2].text = 'X' if pr else ''; cs[3].text = '' if pr else 'X'
    for c in cs[2:]: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
cs = t.add_row().cells
cs[0].text = 'Totale'; cs[2].text = '4'; cs[3].text = '1'
for c in cs: 
    if c.paragraphs[0].runs: c.paragraphs[0].runs[0].bold = True
widths(t,[Cm(6.5),Cm(4.5),Cm(2.5),Cm(2.5)])
p('', space=2)
p("Partecipa all'adunanza ed è incaricata della redazione del verbale il Segretario Comunale "
  "Dott.ssa Chiara Lanzetti.", align='j')
p("Essendo legale il numero degli intervenuti, il Sig. Gianluca Mazzoleni, nella sua qualità di "
  "Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", align='j')
p('LA GIUNTA COMUNALE', bold=True, align='c', space=6)
for s in [
 "PREMESSO che con deliberazione del Consiglio Comunale n. 7 del 26/02/2026 è stato approvato il "
 "Programma triennale dei lavori pubblici 2026/2028, nel quale è inserito l'intervento di "
 "riqualificazione del lungolago \"Castelli\" - II lotto funzionale, per un importo complessivo di "
 "€ 640.000,00;",
 "VISTO il progetto di fattibilità tecnico-economica redatto dall'Arch. Davide Pozzi, con studio in "
 "Cadenabbia di Griante, incaricato con determinazione del Responsabile dell'Area Tecnica n. 211 del "
 "18/11/2025, acquisito al protocollo comunale n. 2874 del 04/03/2026;",
 "DATO ATTO che l'opera è finanziata per € 480.000,00 con contributo regionale di cui al bando "
 "\"Interventi per la ripresa economica\" e per € 160.000,00 con fondi propri di bilancio;",
 "VISTI gli artt. 37 e 41 del D.Lgs. 31 marzo 2023, n. 36 e l'Allegato I.7 al medesimo decreto;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 "
 "del D.Lgs. 18 agosto 2000, n. 267, allegati al presente atto;",
 "CON VOTI unanimi favorevoli espressi nelle forme di legge;"]:
    p(s, align='j')
p('D E L I B E R A', bold=True, align='c', space=6)
for i,s in enumerate([
 "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione del "
 "lungolago \"Castelli\" - II lotto funzionale, dell'importo complessivo di € 640.000,00, di cui "
 "€ 498.300,00 per lavori a base d'asta;",
 "di dare atto che la spesa trova copertura al Cap. 20810/4 del Bilancio di previsione 2026/2028, "
 "esercizio 2026;",
 "di nominare Responsabile Unico del Progetto il Geom. Stefano Ortelli, Responsabile dell'Area Tecnica;",
 "di demandare al Responsabile dell'Area Tecnica gli adempimenti conseguenti."],1):
    p(f"{i}) {s}", align='j')
p("Successivamente, con separata votazione unanime favorevole, la Giunta Comunale dichiara la presente "
  "deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", align='j')
p('', space=6)
p('Letto, confermato e sottoscritto.', space=10)
t = d.add_table(rows=3, cols=2)
for i,(a,b) in enumerate([('IL SINDACO','IL SEGRETARIO COMUNALE'),('Gianluca Mazzoleni','Dott.ssa Chiara Lanzetti'),
                          ('(firmato digitalmente)','(firmato digitalmente)')]):
    t.cell(i,0).text = a; t.cell(i,1).text = b
    for c in (t.cell(i,0), t.cell(i,1)): c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
d.save('menaggio.docx')
