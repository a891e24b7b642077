# Determinazione, Comune di Buccheri - python-docx .docx converted by LibreOffice ("etnahitech" layout)
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
out=sys.argv[1]
d=Document()
st=d.styles['Normal']; st.font.name='Times New Roman'; st.font.size=Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'),'Times New Roman')
sec=d.sections[0]; sec.page_height=Mm(297); sec.page_width=Mm(210)
sec.left_margin=sec.right_margin=Mm(22); sec.top_margin=Mm(20); sec.bottom_margin=Mm(20)
def para(text='',bold=False,align=None,size=None,italic=False,space=4):
    p=d.add_paragraph(); 
    if text:
        r=p.add_run(text); r.bold=bold; r.italic=italic
        if size: r.font.size=Pt(size)
    if align=='c': p.alignment=WD_ALIGN_PARAGRAPH.CENTER
    elif align=='j': p.alignment=WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align=='r': p.alignment=WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after=Pt(space)
    return p
def shade(cell,color):
    tcPr=cell._tc.get_or_add_tcPr(); s=OxmlElement('w:shd'); s.set(qn('w:val'),'clear'); s.set(qn('w:fill'),color); tcPr.append(s)
# header / footer
h=sec.header.paragraphs[0]; h.text='Comune di Buccheri – Determinazione Area Tecnica – Reg. Gen. n. 156/2026'; h.alignment=WD_ALIGN_PARAGRAPH.RIGHT
for r in h.runs: r.font.size=Pt(8); r.italic=True
f=sec.footer.paragraphs[0]; f.text='Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. – il documento cartaceo e la firma autografa sono sostituiti dal documento informatico e dalla firma digitale'
f.alignment=WD_ALIGN_PARAGRAPH.CENTER
for r in f.runs: r.font.size=Pt(7)
para('COMUNE DI BUCCHERI',True,'c',16,space=0)
para('Libero Consorzio Comunale di Siracusa',False,'c',10,space=0)
para('Piazza Toselli n. 1 – 96010 Buccheri (SR) – tel. 0931 880359',False,'c',9,space=8)
para('AREA TECNICA',True,'c',12,space=0)
para('Servizio Lavori Pubblici e Manutenzioni',False,'c',11,italic=True,space=8)
t=d.add_table(rows=2,cols=2); t.style='Table Grid'; t.alignment=WD_TABLE_ALIGNMENT.CENTER
cells=[('DETERMINAZIONE DEL RESPONSABILE DI AREA','Registro di Settore\nn. 38 del 10/03/2026'),('','REGISTRO GENERALE\nn. 156 del 11/03/2026')]
t.cell(0,0).merge(t.cell(1,0))
t.cell(0,0).text=''; r=t.cell(0,0).paragraphs[0].add_run('DETERMINAZIONE DEL RESPONSABILE DI AREA'); r.bold=True; r.font.size=Pt(12)
t.cell(0,0).paragraphs[0].alignment=WD_ALIGN_PARAGRAPH.CENTER
for i,txt in ((0,'Registro di Settore\nn. 38 del 10/03/2026'),(1,'REGISTRO GENERALE\nn. 156 del 11/03/2026')):
    c=t.cell(i,1); c.text=''; rr=c.paragraphs[0].add_run(txt); rr.font.size=Pt(10); rr.bold=(i==1); c.paragraphs[0].alignment=WD_ALIGN_PARAGRAPH.CENTER
shade(t.cell(1,1),'E8E8E8')
para(space=6)
p=para(align='j',space=10); r=p.add_run('OGGETTO: '); r.bold=True
r=p.add_run('Lavori di manutenzione straordinaria della copertura della Scuola dell’Infanzia “Santa Maria” di via Dante Alighieri – Affidamento diretto ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 alla ditta Edil Monti S.r.l. di Palazzolo Acreide e impegno di spesa. CIG: B7A2C41E95 – CUP: E57H26000120004.'); r.bold=True
para('IL RESPONSABILE DELL’AREA TECNICA',True,'c',space=6)
for s in ['Vista la Determinazione Sindacale n. 4 del 08/01/2026, con la quale il sottoscritto è stato nominato Responsabile dell’Area Tecnica con attribuzione delle funzioni di cui all’art. 107 del D.Lgs. n. 267/2000, come recepito dalla L.R. n. 48/1991 e successive modifiche;',
 'Premesso che, a seguito del sopralluogo effettuato dall’Ufficio Tecnico in data 24/02/2026, sono emerse infiltrazioni d’acqua meteorica nelle aule del plesso scolastico “Santa Maria”, tali da richiedere un intervento di rifacimento parziale del manto impermeabile;',
 'Visto il computo metrico estimativo redatto dal geom. Salvatore Cannata, dipendente dell’Ente, per un importo complessivo di € 18.740,00 oltre IVA, di cui € 620,00 per oneri della sicurezza non soggetti a ribasso;',
 'Dato atto che è stato richiesto preventivo, tramite la piattaforma di approvvigionamento digitale, alla ditta Edil Monti S.r.l., P.IVA 01823540894, che ha offerto un ribasso del 4,50% sull’importo a base d’affidamento;',
 'Verificati il possesso dei requisiti di ordine generale e la regolarità contributiva della ditta (DURC prot. INAIL_52318877, scadenza 19/06/2026);',
 'Ritenuto di provvedere in merito;']:
    para(s,align='j')
para('DETERMINA',True,'c',space=6)
for i,s in enumerate(['di affidare alla ditta Edil Monti S.r.l., con sede in Palazzolo Acreide (SR), i lavori di manutenzione straordinaria della copertura della Scuola dell’Infanzia “Santa Maria”, per l’importo di € 17.924,60 oltre IVA al 10%, per complessivi € 19.717,06;',
 'di impegnare la somma di € 19.717,06 alla Missione 4, Programma 1, Titolo 2, Capitolo 20410 “Manutenzione straordinaria edifici scolastici” del bilancio 2026/2028, esercizio 2026;',
 'di dare atto che il presente provvedimento è soggetto agli obblighi di pubblicazione di cui al D.Lgs. n. 33/2013 e sarà pubblicato all’Albo Pretorio on line per quindici giorni consecutivi.'],1):
    p=para(align='j'); r=p.add_run('%d) '%i); r.bold=True; p.add_run(s)
para(space=10)
p=para('Buccheri, 10/03/2026',space=2)
para('IL RESPONSABILE DELL’AREA TECNICA',True,'r',space=0)
para('Ing. Giuseppe Spadaro',False,'r',space=10)
t2=d.add_table(rows=1,cols=1); t2.style='Table Grid'
c=t2.cell(0,0); c.text=''
r=c.paragraphs[0].add_run('VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA'); r.bold=True; r.font.size=Pt(9)
p2=c.add_paragraph(); r=p2.add_run('Impegno n. 214/2026 – Cap. 20410 – € 19.717,06. Si appone il visto ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000.\nBuccheri, 11/03/2026 – Il Responsabile dell’Area Economico-Finanziaria Dott.ssa Concetta Gallo'); r.font.size=Pt(9)
d.core_properties.author='Comune di Buccheri'; d.core_properties.title='Determinazione Area Tecnica 156/2026'
d.save(out)
