import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d=Document()
st=d.styles['Normal']; st.font.name='Liberation Sans'; st.font.size=Pt(10)
st.element.rPr.rFonts.set(qn('w:eastAsia'),'Liberation Sans')
st.paragraph_format.space_after=Pt(3)
sec=d.sections[0]
sec.page_height=Mm(297); sec.page_width=Mm(210)
sec.left_margin=Mm(20); sec.right_margin=Mm(18); sec.top_margin=Mm(15); sec.bottom_margin=Mm(18)

def shade(cell,fill):
    tcPr=cell._tc.get_or_add_tcPr(); s=OxmlElement('w:shd'); s.set(qn('w:val'),'clear'); s.set(qn('w:color'),'auto'); s.set(qn('w:fill'),fill); tcPr.append(s)
def para(text='',bold=False,size=None,align=None,italic=False,after=None,cont=None):
    p=(cont or d).add_paragraph()
    if text:
        r=p.add_run(text); r.bold=bold; r.italic=italic
        if size: r.font.size=Pt(size)
    if align=='c': p.alignment=WD_ALIGN_PARAGRAPH.CENTER
    elif align=='j': p.alignment=WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align=='r': p.alignment=WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after=Pt(after)
    return p

# footer with page field
fp=sec.footer.paragraphs[0]; fp.alignment=WD_ALIGN_PARAGRAPH.CENTER
r=fp.add_run('Comune di Erba – Piazza Prepositurale, 1 – 22036 Erba (CO) – Determinazione n. 612 del 03/12/2025 – Pag. '); r.font.size=Pt(7.5)
def fld(p,code):
    r=p.add_run(); r.font.size=Pt(7.5)
    a=OxmlElement('w:fldChar'); a.set(qn('w:fldCharType'),'begin'); r._r.append(a)
    i=OxmlElement('w:instrText'); i.set(qn('xml:space'),'preserve'); i.text=code; r._r.append(i)
    b=OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'),'end'); r._r.append(b)
fld(fp,'PAGE'); r=fp.add_run(' di '); r.font.size=Pt(7.5); fld(fp,'NUMPAGES')

# letterhead table
t=d.add_table(rows=1,cols=2); t.alignment=WD_TABLE_ALIGNMENT.CENTER
c0,c1=t.rows[0].cells
t.autofit=False
c0.width=Mm(22); c1.width=Mm(148)
import os
p=c0.paragraphs[0]; p.add_run().add_picture(os.path.join(os.path.dirname(os.path.abspath(__file__)),'stemma.png'),width=Mm(16))
p=c1.paragraphs[0]; r=p.add_run('COMUNE DI ERBA'); r.bold=True; r.font.size=Pt(16)
p=c1.add_paragraph(); r=p.add_run('Provincia di Como'); r.font.size=Pt(9)
p=c1.add_paragraph(); r=p.add_run('AREA TECNICA'); r.bold=True; r.font.size=Pt(11)
p=c1.add_paragraph(); r=p.add_run('Servizio Manutenzioni e Patrimonio'); r.italic=True; r.font.size=Pt(10)
para(after=2)

# register grid
g=d.add_table(rows=3,cols=2); g.style='Table Grid'
cells=[('DETERMINAZIONE N. 612','del 03/12/2025'),('Registro di settore n. 178','del 02/12/2025'),('Proposta n. 731','CIG B8F2C1A4D7')]
for i,(a,b) in enumerate(cells):
    g.cell(i,0).text=''; g.cell(i,1).text=''
    r=g.cell(i,0).paragraphs[0].add_run(a); r.bold=(i==0); r.font.size=Pt(11 if i==0 else 9)
    r=g.cell(i,1).paragraphs[0].add_run(b); r.bold=(i==0); r.font.size=Pt(11 if i==0 else 9)
    if i==0: shade(g.cell(i,0),'DDDDDD'); shade(g.cell(i,1),'DDDDDD')
para(after=2)
p=para(align='j',after=8)
r=p.add_run('OGGETTO: '); r.bold=True
r=p.add_run("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGHIACCIO DELLE STRADE COMUNALI PER LA STAGIONE INVERNALE 2025/2026 - CIG B8F2C1A4D7 - IMPEGNO DI SPESA."); r.bold=True
p.paragraph_format.left_indent=Mm(20); p.paragraph_format.first_line_indent=Mm(-20)

para('IL RESPONSABILE DELL\'AREA TECNICA',bold=True,align='c',after=6)
prem=["Visto il decreto sindacale n. 14 del 28/06/2025 con il quale è stato conferito all'Ing. Stefano Bianchi l'incarico di Responsabile dell'Area Tecnica con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000;",
"Richiamate la deliberazione del Consiglio Comunale n. 58 del 18/12/2024, di approvazione del bilancio di previsione 2025/2027, e la deliberazione della Giunta Comunale n. 4 del 09/01/2025, di approvazione del Piano Esecutivo di Gestione;",
"Considerato che il contratto per il servizio di sgombero neve e trattamento antighiaccio è scaduto il 30/04/2025 e che occorre garantire la transitabilità della rete viaria comunale, in particolare delle frazioni collinari di Crevenna, Buccinigo e Carcano, per la stagione invernale 2025/2026;",
"Dato atto che, a seguito di richiesta di preventivo sulla piattaforma Sintel di ARIA S.p.A. (procedura ID 207713452), la ditta Lariana Servizi Stradali S.r.l., con sede in Albavilla (CO), ha offerto l'importo di € 112.400,00 oltre IVA, ritenuto congruo in rapporto ai prezzi di mercato;",
"Verificato il possesso dei requisiti di carattere generale mediante il Fascicolo Virtuale dell'Operatore Economico e acquisito il DURC regolare con scadenza 14/03/2026;",
"Visti il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente Regolamento di contabilità;"]
for t in prem: para(t,align='j')
para('D E T E R M I N A',bold=True,align='c',after=6)
pts=["di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, alla ditta Lariana Servizi Stradali S.r.l., P.IVA 03581270134, il servizio di sgombero neve e trattamento antighiaccio delle strade comunali per la stagione invernale 2025/2026, per l'importo di € 112.400,00 oltre IVA 22%, per complessivi € 137.128,00;",
"di impegnare la spesa complessiva di € 137.128,00 alla Missione 10, Programma 5, capitolo 8120 \"Servizio sgombero neve\", così ripartita: € 45.709,00 sull'esercizio 2025 ed € 91.419,00 sull'esercizio 2026 del bilancio di previsione 2025/2027;",
"di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
"di nominare Responsabile Unico del Progetto il geom. Paolo Colombo, istruttore tecnico del Servizio Manutenzioni e Patrimonio;",
"di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione \"Amministrazione Trasparente\" ai sensi del D.Lgs. 33/2013."]
for t in pts:
    p=d.add_paragraph(t,style='List Number'); p.alignment=WD_ALIGN_PARAGRAPH.JUSTIFY
para(after=6)
para('Erba, 03/12/2025',after=2)
para("IL RESPONSABILE DELL'AREA TECNICA",bold=True,align='r',after=0)
para('Ing. Stefano Bianchi',align='r',after=0)
para('(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)',italic=True,size=8,align='r')
d.add_page_break()
para('VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA',bold=True,align='c',after=6)
para("Ai sensi dell'art. 151, comma 4, e dell'art. 183, comma 7, del D.Lgs. 267/2000, si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa.",align='j')
v=d.add_table(rows=3,cols=5); v.style='Table Grid'
hdr=['Impegno','Esercizio','Capitolo','Importo €','Beneficiario']
rows=[['2025/1844','2025','8120','45.709,00','Lariana Servizi Stradali S.r.l.'],['2026/212','2026','8120','91.419,00','Lariana Servizi Stradali S.r.l.']]
for j,h in enumerate(hdr):
    v.cell(0,j).text=''; r=v.cell(0,j).paragraphs[0].add_run(h); r.bold=True; r.font.size=Pt(9); shade(v.cell(0,j),'EEEEEE')
for i,row in enumerate(rows,1):
    for j,x in enumerate(row):
        v.cell(i,j).text=''; r=v.cell(i,j).paragraphs[0].add_run(x); r.font.size=Pt(9)
para(after=6)
para('Erba, 04/12/2025',after=2)
para('IL RESPONSABILE DELL\'AREA ECONOMICO-FINANZIARIA',bold=True,align='r',after=0)
para('Dott.ssa Marta Galli',align='r',after=0)
para('(documento firmato digitalmente)',italic=True,size=8,align='r')
para(after=10)
para('Studio K – Determine – Stampa del 04/12/2025',size=7,italic=True)
d.save(sys.argv[1])
