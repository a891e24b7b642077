# Consiglio deliberation, Comune di Pulsano -- .docx assembled like a HotDocs template, converted by LibreOffice
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
sec.page_height = Mm(297); sec.page_width = Mm(210)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(18); sec.bottom_margin = Mm(18)
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(11.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
st.paragraph_format.space_after = Pt(4)

def par(text='', bold=False, align=None, size=None, italic=False, after=None):
    p = d.add_paragraph()
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def field(run, instr):
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    run._r.append(f1); run._r.append(it); run._r.append(f2)

# footer with page numbers
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('C.C. n. 9 del 26/02/2026 – pagina '); r.font.size = Pt(8)
r2 = fp.add_run(); r2.font.size = Pt(8); field(r2, 'PAGE')
r3 = fp.add_run(' di '); r3.font.size = Pt(8)
r4 = fp.add_run(); r4.font.size = Pt(8); field(r4, 'NUMPAGES')

par('COMUNE DI PULSANO', bold=True, align='c', size=18, after=0)
par('Provincia di Taranto', align='c', size=11, italic=True, after=0)
par('Piazza Castello – 74026 Pulsano (TA)', align='c', size=9, after=10)
par('DELIBERAZIONE DEL CONSIGLIO COMUNALE', bold=True, align='c', size=13, after=0)
par('COPIA', bold=True, align='c', size=10, after=8)

t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
c = t.rows[0].cells
t.autofit=False
c[0].text = 'Numero: 9'; c[1].text = 'Data: 26/02/2026'; c[2].text = 'Seduta ordinaria – 1ª conv.'
for cc in c:
    for p in cc.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for rr in p.runs: rr.bold = True; rr.font.size = Pt(10.5)
par(after=4)

subj = ('Approvazione del Regolamento comunale per l’applicazione del canone patrimoniale di concessione, '
        'autorizzazione o esposizione pubblicitaria – Modifiche.')
tt = d.add_table(rows=1, cols=1); tt.style = 'Table Grid'
p = tt.rows[0].cells[0].paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
rr = p.add_run('Oggetto: '); rr.bold = True
rr = p.add_run(subj); rr.bold = True
par(after=4)

par('L’anno duemilaventisei il giorno ventisei del mese di febbraio, alle ore 18:30, nella sala consiliare del '
    'Palazzo di Città, a seguito di regolare convocazione, si è riunito il Consiglio Comunale in sessione ordinaria, '
    'in seduta pubblica di prima convocazione.', align='j')
par('All’appello nominale risultano:', align='j')

left = [('1','MARTELLOTTA FRANCESCO','Sindaco','P'),('2','CERVELLERA ANGELA','Presidente','P'),('3','SPADA COSIMO','Consigliere','P'),
        ('4','D’ERRICO MARIA LUISA','Consigliere','P'),('5','PIGNATELLI ANTONIO','Consigliere','A'),('6','FRANZOSO ROBERTA','Consigliere','P'),
        ('7','CARRIERI GIUSEPPE','Consigliere','P')]
right = [('8','LENTI ORONZO','Consigliere','P'),('9','CAFORIO ANNA','Consigliere','P'),('10','MONTEMURRO VITO','Consigliere','P'),
         ('11','ANNICCHIARICO LUCIA','Consigliere','P'),('12','SCARCIGLIA DAMIANO','Consigliere','P'),('13','RUGGIERO TERESA','Consigliere','P')]
rt = d.add_table(rows=len(left)+1, cols=8); rt.style = 'Table Grid'
hdr = ['N.','Consigliere','Carica','P/A']*2
for i,h in enumerate(hdr):
    rt.rows[0].cells[i].text = h
for i in range(len(left)):
    for j,v in enumerate(left[i]): rt.rows[i+1].cells[j].text = v
    if i < len(right):
        for j,v in enumerate(right[i]): rt.rows[i+1].cells[4+j].text = v
widths = [Mm(8.5), Mm(45), Mm(19.5), Mm(10)]*2
rt.autofit = False
grid = rt._tbl.tblGrid
for i,gc in enumerate(grid.findall(qn('w:gridCol'))): gc.set(qn('w:w'), str(int(widths[i].twips if hasattr(widths[i],'twips') else widths[i]/635)))
for i,col in enumerate(rt.columns): col.width = widths[i]
for row in rt.rows:
    for i,cell in enumerate(row.cells):
        cell.width = widths[i]
        for p in cell.paragraphs:
            p.paragraph_format.space_after = Pt(0)
            for rr in p.runs: rr.font.size = Pt(8.5)
for cell in rt.rows[0].cells:
    for rr in cell.paragraphs[0].runs: rr.bold = True
par('Presenti n. 12 – Assenti n. 1 (Pignatelli).', after=4)
par('Assume la presidenza la Sig.ra Angela Cervellera, Presidente del Consiglio Comunale, la quale, riconosciuta '
    'la legalità dell’adunanza, dichiara aperta la seduta. Partecipa il Segretario Generale Dott. Vito Carbotti, '
    'incaricato della redazione del verbale.', align='j')
par('IL CONSIGLIO COMUNALE', bold=True, align='c')
for t_ in [
 'Premesso che l’art. 1, commi da 816 a 847, della Legge 27 dicembre 2019, n. 160 ha istituito il canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, in sostituzione dei prelievi previgenti;',
 'Richiamata la propria deliberazione n. 12 del 29/03/2021, con la quale è stato approvato il relativo Regolamento comunale, successivamente modificato con deliberazione n. 21 del 28/04/2023;',
 'Ritenuto necessario adeguare il Regolamento alle esigenze emerse nella gestione, con particolare riguardo alle occupazioni temporanee per attività commerciali stagionali sul lungomare di Marina di Pulsano;',
 'Visto il parere favorevole dell’Organo di revisione economico-finanziaria, reso con verbale n. 4 del 16/02/2026;',
 'Acquisiti i pareri favorevoli di regolarità tecnica e contabile di cui all’art. 49 del D.Lgs. n. 267/2000;',
 'Uditi gli interventi dei Consiglieri riportati nel resoconto integrale della seduta;']:
    par(t_, align='j')
par('Con la seguente votazione, espressa per alzata di mano: presenti n. 12, votanti n. 11, voti favorevoli n. 8, '
    'voti contrari n. 3 (Lenti, Caforio, Montemurro), astenuti n. 1 (Annicchiarico),', align='j')
par('DELIBERA', bold=True, align='c')
for t_ in ['1) di approvare le modifiche al Regolamento comunale per l’applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, come riportate nell’allegato “A”, parte integrante e sostanziale del presente atto;',
           '2) di dare atto che le modifiche hanno efficacia dal 1° gennaio 2026, ai sensi dell’art. 53, comma 16, della Legge n. 388/2000;',
           '3) di trasmettere la presente deliberazione al Ministero dell’Economia e delle Finanze, Dipartimento delle Finanze, secondo le modalità di legge.']:
    p = par(t_, align='j'); p.paragraph_format.left_indent = Mm(6); p.paragraph_format.first_line_indent = Mm(-6)
par('Successivamente, il Consiglio Comunale, con separata votazione che dà il medesimo esito (presenti n. 12, votanti n. 11, '
    'favorevoli n. 8, contrari n. 3, astenuti n. 1), dichiara il presente atto immediatamente eseguibile ai sensi '
    'dell’art. 134, comma 4, del D.Lgs. n. 267/2000.', align='j')
par(after=6)
par('Il presente verbale viene letto, approvato e sottoscritto.', italic=True)
st2 = d.add_table(rows=2, cols=2)
st2.rows[0].cells[0].text = 'IL PRESIDENTE DEL CONSIGLIO'; st2.rows[0].cells[1].text = 'IL SEGRETARIO GENERALE'
st2.rows[1].cells[0].text = 'F.to Sig.ra Angela Cervellera'; st2.rows[1].cells[1].text = 'F.to Dott. Vito Carbotti'
for row in st2.rows:
    for cell in row.cells:
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
par(after=8)
bx = d.add_table(rows=1, cols=1); bx.style = 'Table Grid'
cp = bx.rows[0].cells[0].paragraphs[0]
cp.add_run('ATTESTATO DI PUBBLICAZIONE\n').bold = True
cp.add_run('La presente deliberazione è pubblicata all’Albo Pretorio on line per 15 giorni consecutivi dal 04/03/2026 al 19/03/2026, '
           'registro pubblicazioni n. 311.\nPulsano, 04/03/2026                     Il Responsabile della pubblicazione – F.to Rag. Cosima Lupoli')
for rr in cp.runs: rr.font.size = Pt(9)
par('Copia conforme all’originale, in carta libera per uso amministrativo.', size=8, italic=True)
d.core_properties.author = 'Segreteria Generale'; d.core_properties.title = 'Delibera CC 9/2026'
d.save(out)
