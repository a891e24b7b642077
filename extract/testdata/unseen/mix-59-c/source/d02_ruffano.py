# Comune di Ruffano - Consiglio Comunale - "pitagora" house layout: .docx (python-docx) converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
out=sys.argv[1]
def fixw(t,widths):
    t.autofit=False
    g=t._tbl.tblGrid
    for gc,w in zip(g.findall(qn('w:gridCol')),widths): gc.set(qn('w:w'),str(int(w.twips)))
    for row in t.rows:
        for c,w in zip(row.cells,widths): c.width=w
d=Document()
s=d.sections[0]; s.page_height=Mm(297); s.page_width=Mm(210); s.left_margin=s.right_margin=Mm(22); s.top_margin=Mm(18); s.bottom_margin=Mm(18)
st=d.styles['Normal']; st.font.name='Times New Roman'; st.font.size=Pt(11.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'),'Times New Roman')
def para(text='',bold=False,align=None,size=None,italic=False,space=4):
    p=d.add_paragraph(); 
    if align=='c': p.alignment=WD_ALIGN_PARAGRAPH.CENTER
    elif align=='j': p.alignment=WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align=='r': p.alignment=WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after=Pt(space)
    if text:
        r=p.add_run(text); r.bold=bold; r.italic=italic
        if size: r.font.size=Pt(size)
    return p
def runs(parts,align='j',space=4):
    p=para(align=align,space=space)
    for t,b in parts:
        r=p.add_run(t); r.bold=b
    return p
# header / footer
hp=s.header.paragraphs[0]; hp.alignment=WD_ALIGN_PARAGRAPH.RIGHT
r=hp.add_run('Deliberazione C.C. n. 9 del 16/03/2026'); r.font.size=Pt(8); r.italic=True
fp=s.footer.paragraphs[0]; fp.alignment=WD_ALIGN_PARAGRAPH.CENTER
r=fp.add_run('Comune di Ruffano – Via Roma, 1 – 73049 Ruffano (LE) – protocollo@pec.comune.ruffano.le.it – Pagina '); r.font.size=Pt(8)
# page field
fld=OxmlElement('w:fldSimple'); fld.set(qn('w:instr'),'PAGE'); rr=OxmlElement('w:r'); tt=OxmlElement('w:t'); tt.text='1'; rr.append(tt); fld.append(rr); fp._p.append(fld)
para('COMUNE DI RUFFANO',True,'c',18,space=0)
para('PROVINCIA DI LECCE',False,'c',10,space=10)
para('ORIGINALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE',True,'c',13,space=2)
para('N. 9 del 16/03/2026',True,'c',12,space=10)
t=d.add_table(rows=1,cols=2); t.style='Table Grid'
c=t.rows[0].cells; c[0].width=Mm(28); c[1].width=Mm(138)
fixw(t,[Mm(26),Mm(140)])
c[0].paragraphs[0].add_run('OGGETTO:').bold=True
c[1].paragraphs[0].add_run("Approvazione del Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria – Modifiche agli articoli 12, 18 e 27.").bold=True
para(space=4)
runs([("L'anno ",False),("duemilaventisei",True),(", il giorno ",False),("sedici",True),(" del mese di ",False),("marzo",True),(", alle ore ",False),("18:00",True),(", nella Sala Consiliare del Palazzo Municipale, convocato con avvisi scritti e recapitati a norma di legge, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione.",False)])
para('Alla trattazione del presente argomento risultano:',space=4)
L=[('1','PIZZOLANTE GIUSEPPE','Sindaco','SI'),('2','CIULLO LORENZO','Presidente','SI'),('3','DE MARCO FRANCESCA','Consigliere','SI'),('4','ALEMANNO ROCCO','Consigliere','SI'),('5','SCARLINO VALENTINA','Consigliere','NO'),('6','MARTELLA LUIGI','Consigliere','SI'),('7','COLUCCIA ANNA MARIA','Consigliere','SI')]
R=[('8','NEGRO SALVATORE','Consigliere','SI'),('9','TUNDO PAOLA','Consigliere','SI'),('10','PROTOPAPA ENZO','Consigliere','NO'),('11','RIZZELLO MARTINA','Consigliere','SI'),('12','CAZZATO FABIO','Consigliere','SI'),('13','SCHITO DONATO','Consigliere','SI'),('','','','')]
t=d.add_table(rows=1+len(L),cols=8); t.style='Table Grid'; t.alignment=WD_TABLE_ALIGNMENT.CENTER
hd=['N.','Componente','Carica','Pres.']*2
for i,h in enumerate(hd):
    rr=t.rows[0].cells[i].paragraphs[0].add_run(h); rr.bold=True; rr.font.size=Pt(9)
for k,(a,b) in enumerate(zip(L,R)):
    for i,v in enumerate(a+b):
        rr=t.rows[k+1].cells[i].paragraphs[0].add_run(v); rr.font.size=Pt(9)
fixw(t,[Mm(8),Mm(45),Mm(19),Mm(11)]*2)
para(space=2)
runs([("Presenti n. 11 – Assenti n. 2",True)],align=None)
runs([("Assume la presidenza il Sig. ",False),("Lorenzo Ciullo",True),(", nella sua qualità di Presidente del Consiglio Comunale. Partecipa con funzioni di assistenza giuridico-amministrativa e verbalizzazione il Segretario Generale ",False),("Dott. Antonio Scarcia",True),(".",False)])
runs([("Il Presidente, riconosciuta la validità del numero legale, dichiara aperta la discussione sull'argomento iscritto al punto 4 dell'ordine del giorno.",False)])
para('IL CONSIGLIO COMUNALE',True,'c',space=6)
for p in ["RICHIAMATA la propria deliberazione n. 11 del 29/03/2021, con la quale è stato approvato il Regolamento per la disciplina del canone di cui all'art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160;",
"RITENUTO necessario adeguare gli articoli 12 (occupazioni temporanee per manifestazioni), 18 (riduzioni ed esenzioni) e 27 (sanzioni e indennità) alle esigenze emerse nel corso della gestione 2025;",
"VISTO il parere favorevole dell'Organo di revisione economico-finanziaria, reso con verbale n. 6 del 09/03/2026, acquisito al prot. n. 3518;",
"VISTI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
"UDITI gli interventi dei consiglieri, riportati nel resoconto integrale della seduta;"]:
    para(p,align='j')
runs([("Con la seguente votazione, resa per alzata di mano: presenti n. 11, votanti n. 10, voti favorevoli n. 8, voti contrari n. 2 (Tundo, Cazzato), astenuti n. 1 (Schito);",False)])
para('DELIBERA',True,'c',space=6)
for i,p in enumerate(["di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo allegato sub A) quale parte integrante e sostanziale;",
"di stabilire che le modifiche hanno efficacia dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;",
"di disporre la trasmissione della presente deliberazione al Ministero dell'Economia e delle Finanze – Dipartimento delle Finanze, mediante inserimento nel portale del federalismo fiscale."],1):
    q=para(align='j'); q.paragraph_format.left_indent=Mm(8); q.paragraph_format.first_line_indent=Mm(-8)
    q.add_run('%d)  %s'%(i,p))
runs([("Indi, con separata votazione (presenti n. 11, votanti n. 10, favorevoli n. 8, contrari n. 2, astenuti n. 1), il Consiglio Comunale dichiara la presente deliberazione ",False),("immediatamente eseguibile",True),(", ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",False)])
para(space=10)
t=d.add_table(rows=3,cols=2)
for i,(a,b) in enumerate([('IL PRESIDENTE DEL CONSIGLIO','IL SEGRETARIO GENERALE'),('Lorenzo Ciullo','Dott. Antonio Scarcia'),('firmato digitalmente','firmato digitalmente')]):
    for j,v in enumerate((a,b)):
        pp=t.rows[i].cells[j].paragraphs[0]; pp.alignment=WD_ALIGN_PARAGRAPH.CENTER
        rr=pp.add_run(v); rr.bold=(i==0); rr.italic=(i==2); rr.font.size=Pt(10 if i<2 else 8)
d.save(out)
