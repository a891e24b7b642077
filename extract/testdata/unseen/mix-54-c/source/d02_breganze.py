# Comune di Breganze - deliberazione del Consiglio Comunale, in the manner of a
# Centro Studi Enti Locali Word model (.docx), converted by LibreOffice.
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import sys

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(2.0)
st = doc.styles['Normal']
st.font.name = 'Carlito'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Carlito')
st.paragraph_format.space_after = Pt(3)

def par(text='', bold=False, align=None, size=None, italic=False, after=None):
    p = doc.add_paragraph()
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p

def mixed(parts, align='j'):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align == 'j' else WD_ALIGN_PARAGRAPH.LEFT
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    return p

# header / footer
hdr = sec.header.paragraphs[0]
hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hdr.add_run('Deliberazione del Consiglio Comunale n. 11 del 26/02/2026'); r.font.size = Pt(8); r.italic = True
ftr = sec.footer.paragraphs[0]
ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = ftr.add_run('Comune di Breganze – Piazza Mazzini, 49 – 36042 Breganze (VI) – tel. 0445 869300 – PEC: breganze.vi@cert.ip-veneto.net – pag. ')
r.font.size = Pt(7.5)
# PAGE field
fld = OxmlElement('w:fldSimple'); fld.set(qn('w:instr'), 'PAGE')
rr = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '1'; rr.append(t); fld.append(rr)
ftr._p.append(fld)

par('[stemma]', align='c', size=8, italic=True, after=0)
par('COMUNE DI BREGANZE', bold=True, align='c', size=17, after=0)
par('Provincia di Vicenza', align='c', size=10, after=8)

tb = doc.add_table(rows=1, cols=2); tb.style = 'Table Grid'; tb.alignment = WD_TABLE_ALIGNMENT.CENTER
c = tb.rows[0].cells
c[0].text = 'ORIGINALE'
c[1].text = 'Deliberazione n. 11\nin data 26/02/2026'
for cell in c:
    for p in cell.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in p.runs: r.bold = True

par('', after=2)
par('VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', bold=True, align='c', size=13, after=0)
par('Adunanza ordinaria di prima convocazione – seduta pubblica', align='c', size=10, after=8)

mixed([('OGGETTO: ', True), ('MODIFICA DEL REGOLAMENTO PER L’APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE. APPROVAZIONE.', True)])
par('', after=2)
par('L’anno duemilaventisei addì ventisei del mese di febbraio alle ore 20:30 nella sala consiliare del Municipio, previa convocazione con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale.', align='j')
par('Eseguito l’appello risultano:', align='j')

roll = [
 ('CAMPAGNOLO PIERO','Sindaco',True),
 ('DALLA VALLE MARTA','Consigliere',True),
 ('ZORZAN STEFANO','Consigliere',True),
 ('BERTOLDO ELISA','Consigliere',True),
 ('FRIGO DAVIDE','Consigliere',True),
 ('CARLESSO NICOLETTA','Consigliere',False),
 ('VIERO MATTEO','Consigliere',True),
 ('SEGALLA ANNA','Consigliere',True),
 ('TESSAROLO GIANNI','Consigliere',True),
 ('POZZA FEDERICA','Consigliere',True),
 ('BASSAN LUCA','Consigliere',True),
 ('MARCHIORO IVANA','Consigliere',True),
 ('DE ZEN ROBERTO','Consigliere',True),
]
# two-column roll: left 7 rows, right 6 rows
left, right = roll[:7], roll[7:]
t = doc.add_table(rows=len(left)+1, cols=6); t.style = 'Table Grid'
heads = ['Cognome e nome','Carica','Pres./Ass.']*2
for i,h in enumerate(heads):
    t.rows[0].cells[i].text = h
    for r in t.rows[0].cells[i].paragraphs[0].runs: r.bold = True; r.font.size = Pt(9)
for i in range(len(left)):
    for j,rowset in enumerate((left,right)):
        if i < len(rowset):
            n,ro,pr = rowset[i]
            vals = [n, ro, 'P' if pr else 'A']
            for k,v in enumerate(vals):
                cell = t.rows[i+1].cells[j*3+k]; cell.text = v
                for r in cell.paragraphs[0].runs: r.font.size = Pt(9.5)
                if k == 2: cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
widths = [Cm(4.2), Cm(2.2), Cm(1.6)]*2
t.autofit = False
for row in t.rows:
    for i,w in enumerate(widths): row.cells[i].width = w
for i,gc in enumerate(t._tbl.tblGrid.findall(qn('w:gridCol'))):
    gc.set(qn('w:w'), str(int(widths[i].twips)))
par('Presenti n. 12 – Assenti n. 1', bold=True, align='r', size=10)

par('Partecipa all’adunanza il Segretario Comunale Dott.ssa Lucia Zanotto, la quale provvede alla redazione del presente verbale.', align='j')
par('Riconosciuto legale il numero degli intervenuti, il Dott. Piero Campagnolo, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato. Sono nominati scrutatori i consiglieri Viero Matteo, Pozza Federica e De Zen Roberto.', align='j')

par('IL CONSIGLIO COMUNALE', bold=True, align='c')
for txt in [
 'Premesso che con deliberazione del Consiglio Comunale n. 7 del 29/03/2021 è stato approvato il Regolamento per l’applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, di cui all’art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160;',
 'Ritenuto necessario aggiornare il citato Regolamento in ordine alle occupazioni temporanee per manifestazioni a carattere culturale e sportivo e alle modalità di versamento del canone mercatale tramite la piattaforma pagoPA;',
 'Visto il parere favorevole espresso dal Revisore dei conti con verbale n. 3 del 16/02/2026, acquisito al protocollo n. 2987;',
 'Dato atto che la proposta è stata esaminata dalla Commissione consiliare Bilancio nella seduta del 18/02/2026;',
 'Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267;',
 'Udita la relazione dell’Assessore al Bilancio e gli interventi dei consiglieri, come riportati nel resoconto integrale della seduta;',
]:
    par(txt, align='j')
par('Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente:', align='j')

vt = doc.add_table(rows=5, cols=2); vt.style = 'Table Grid'; vt.alignment = WD_TABLE_ALIGNMENT.CENTER
for i,(a,b) in enumerate([('Consiglieri presenti','12'),('Consiglieri votanti','11'),('Voti favorevoli','8'),('Voti contrari','3 (Bassan, Marchioro, De Zen)'),('Astenuti','1 (Tessarolo)')]):
    vt.rows[i].cells[0].text = a; vt.rows[i].cells[1].text = b
    vt.rows[i].cells[0].width = Cm(5); vt.rows[i].cells[1].width = Cm(6)

par('DELIBERA', bold=True, align='c')
pts = [
 'di approvare le modifiche al Regolamento per l’applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, come riportate nell’allegato “A” che forma parte integrante e sostanziale della presente deliberazione;',
 'di stabilire che le modifiche di cui al punto 1 hanno efficacia dal 1° aprile 2026;',
 'di trasmettere copia del presente provvedimento al concessionario del servizio di accertamento e riscossione e di pubblicarlo nella sezione “Amministrazione Trasparente” del sito istituzionale.',
]
for i,ptxt in enumerate(pts,1):
    p = par(f'{i}. {ptxt}', align='j')
    p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.6)

par('Successivamente, con separata votazione che dà il seguente esito: presenti 12, votanti 11, favorevoli 8, contrari 3, astenuti 1, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.', align='j')

par('Letto, confermato e sottoscritto.', align='j')
ft = doc.add_table(rows=2, cols=2)
ft.rows[0].cells[0].text = 'IL PRESIDENTE'; ft.rows[0].cells[1].text = 'IL SEGRETARIO COMUNALE'
ft.rows[1].cells[0].text = 'Dott. Piero Campagnolo'; ft.rows[1].cells[1].text = 'Dott.ssa Lucia Zanotto'
for row in ft.rows:
    for cell in row.cells: cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
par('Documento sottoscritto con firma digitale ai sensi degli artt. 20 e 21 del D.Lgs. 82/2005', align='c', size=8, italic=True)

doc.save(sys.argv[1])
