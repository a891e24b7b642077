# Deliberazione della Giunta dell'Unione, Unione Montana Spettabile Reggenza dei Sette Comuni
# A Word document (python-docx) as an office would print it to PDF (PDF Architect); converted with LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
out=sys.argv[1]
d=Document()
s=d.sections[0]; s.page_height=Mm(297); s.page_width=Mm(210)
s.left_margin=s.right_margin=Mm(22); s.top_margin=Mm(18); s.bottom_margin=Mm(20)
st=d.styles['Normal']; st.font.name='Carlito'; st.font.size=Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'),'Carlito')
st.paragraph_format.space_after=Pt(4)
def par(text='',bold=False,align=None,size=None,italic=False,after=None):
    p=d.add_paragraph()
    if align=='c': p.alignment=WD_ALIGN_PARAGRAPH.CENTER
    elif align=='j': p.alignment=WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align=='r': p.alignment=WD_ALIGN_PARAGRAPH.RIGHT
    r=p.add_run(text); r.bold=bold; r.italic=italic
    if size: r.font.size=Pt(size)
    if after is not None: p.paragraph_format.space_after=Pt(after)
    return p
def widths(t,ws):
    t.autofit=False
    for i,w in enumerate(ws):
        t.columns[i].width=Mm(w)
        for c in t.columns[i].cells: c.width=Mm(w)
def field(run,code):
    f1=OxmlElement('w:fldChar');f1.set(qn('w:fldCharType'),'begin')
    it=OxmlElement('w:instrText');it.set(qn('xml:space'),'preserve');it.text=code
    f2=OxmlElement('w:fldChar');f2.set(qn('w:fldCharType'),'end')
    run._r.append(f1);run._r.append(it);run._r.append(f2)
# header
h=s.header.paragraphs[0]; h.alignment=WD_ALIGN_PARAGRAPH.CENTER
r=h.add_run('UNIONE MONTANA SPETTABILE REGGENZA DEI SETTE COMUNI'); r.bold=True; r.font.size=Pt(13); r.font.color.rgb=RGBColor(0x1b,0x5e,0x20)
h2=s.header.add_paragraph(); h2.alignment=WD_ALIGN_PARAGRAPH.CENTER
r=h2.add_run('Asiago – Enego – Foza – Gallio – Lusiana Conco – Roana – Rotzo\nPiazza Stazione, 1 – 36012 Asiago (VI) – C.F. 84001020248'); r.font.size=Pt(8.5)
f=s.footer.paragraphs[0]; f.alignment=WD_ALIGN_PARAGRAPH.CENTER
r=f.add_run('Delibera G.U. n. 23 del 06/05/2026 – pagina '); r.font.size=Pt(8)
r2=f.add_run(); r2.font.size=Pt(8); field(r2,'PAGE')
r=f.add_run(' di '); r.font.size=Pt(8)
r3=f.add_run(); r3.font.size=Pt(8); field(r3,'NUMPAGES')
par('COPIA',bold=True,align='r',size=10)
par('VERBALE DI DELIBERAZIONE DELLA GIUNTA DELL\'UNIONE',bold=True,align='c',size=13,after=0)
par('N. 23 del 06/05/2026',bold=True,align='c',size=12)
t=d.add_table(rows=1,cols=2); t.style='Table Grid'
widths(t,[25,141]); c=t.rows[0].cells
c[0].paragraphs[0].add_run('OGGETTO:').bold=True
c[1].paragraphs[0].add_run('Approvazione dello schema di convenzione con il Comune di Gallio per la gestione associata del servizio di trasporto scolastico – anno scolastico 2026/2027.').bold=True
par('',after=2)
par("L'anno duemilaventisei, addì sei del mese di maggio, alle ore 17.00, nella sede dell'Unione Montana in Asiago, previa l'osservanza di tutte le formalità prescritte dallo Statuto, si è riunita la Giunta dell'Unione. All'appello risultano:",align='j')
members=[('RIGONI STERN PAOLO','Presidente','P'),('MUNARI ALESSANDRA','Vice Presidente','P'),('CAPPELLARI GIANNI','Assessore','P'),
 ('FRIGO MARTA','Assessore','A'),('SARTORI ERMENEGILDO','Assessore','P'),('DALLA VALLE SIMONE','Assessore','P'),('BAU\' CRISTINA','Assessore','A')]
# two columns of rows, read across: 1 2 / 3 4 / ...
rows=(len(members)+1)//2
t=d.add_table(rows=rows+1,cols=6); t.alignment=WD_TABLE_ALIGNMENT.CENTER
hdr=['Componente','Carica','P/A','Componente','Carica','P/A']
for i,x in enumerate(hdr):
    rr=t.rows[0].cells[i].paragraphs[0].add_run(x); rr.bold=True; rr.font.size=Pt(9)
for k,(n,ro,pa) in enumerate(members):
    row=t.rows[1+k//2].cells; o=3*(k%2)
    for j,x in enumerate((n,ro,pa)):
        rr=row[o+j].paragraphs[0].add_run(x); rr.font.size=Pt(9.5)
widths(t,[47,26,9,47,26,9])
par('Presenti: 5     Assenti: 2',bold=True,align='r',size=10)
par("Partecipa alla seduta il Segretario dell'Unione dott. Franco Lunardi, che provvede alla redazione del verbale. Il Presidente dott. Paolo Rigoni Stern, constatato il numero legale, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.",align='j')
par('LA GIUNTA DELL\'UNIONE',bold=True,align='c')
for x in ["PREMESSO che l'art. 6 dello Statuto dell'Unione prevede la gestione in forma associata, su richiesta dei Comuni aderenti, del servizio di trasporto scolastico;",
 "VISTA la nota del Comune di Gallio prot. n. 2411 del 14/04/2026, con la quale si chiede all'Unione di svolgere il servizio per gli alunni della scuola primaria e secondaria di primo grado per l'anno scolastico 2026/2027;",
 "VISTO lo schema di convenzione predisposto dal Servizio Istruzione dell'Unione, che prevede il rimborso all'Unione dei costi del servizio sulla base dei chilometri effettivamente percorsi;",
 "DATO ATTO che sulla proposta sono stati espressi i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
 "Con voti unanimi favorevoli, resi in forma palese;"]:
    par(x,align='j')
par('DELIBERA',bold=True,align='c')
for i,x in enumerate(["di approvare lo schema di convenzione con il Comune di Gallio per la gestione associata del servizio di trasporto scolastico per l'anno scolastico 2026/2027, allegato sub \"A\" alla presente deliberazione;",
 "di autorizzare il Presidente alla sottoscrizione della convenzione;",
 "di demandare al Responsabile del Servizio Istruzione l'adozione degli atti gestionali conseguenti."],1):
    p=par('%d)  %s'%(i,x),align='j'); p.paragraph_format.left_indent=Mm(8); p.paragraph_format.first_line_indent=Mm(-6)
par("Con successiva votazione unanime e palese, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",align='j')
par('Letto, confermato e sottoscritto.',italic=True)
t=d.add_table(rows=3,cols=2)
for i,(a,b) in enumerate([('IL PRESIDENTE','IL SEGRETARIO'),('F.to dott. Paolo Rigoni Stern','F.to dott. Franco Lunardi'),('','')]):
    for j,x in enumerate((a,b)):
        pp=t.rows[i].cells[j].paragraphs[0]; pp.alignment=WD_ALIGN_PARAGRAPH.CENTER; rr=pp.add_run(x); rr.bold=(i==0)
par('')
par('RELATA DI PUBBLICAZIONE',bold=True,align='c',size=10)
par("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line dell'Unione per quindici giorni consecutivi dal 08/05/2026 (reg. pubbl. n. 97).",align='j',size=9.5)
par("Asiago, 08/05/2026                                        Il Segretario – F.to dott. Franco Lunardi",size=9.5)
d.core_properties.author='Segreteria Unione Montana'; d.core_properties.title='Delibera GU 23-2026'
d.save(out)
