# Word document of the Area Tecnica (as printed through Kofax Power PDF) -> python-docx, converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
out=sys.argv[1]
d=Document()
sec=d.sections[0]; sec.page_height=Cm(29.7); sec.page_width=Cm(21); sec.left_margin=sec.right_margin=Cm(2); sec.top_margin=Cm(1.6); sec.bottom_margin=Cm(1.8)
st=d.styles['Normal']; st.font.name='Carlito'; st.font.size=Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'),'Carlito')
st.paragraph_format.space_after=Pt(4)
def par(text='',bold=False,align=None,size=None,italic=False,after=None):
    p=d.add_paragraph()
    if align=='c': p.alignment=WD_ALIGN_PARAGRAPH.CENTER
    elif align=='j': p.alignment=WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align=='r': p.alignment=WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        r=p.add_run(text); r.bold=bold; r.italic=italic
        if size: r.font.size=Pt(size)
    if after is not None: p.paragraph_format.space_after=Pt(after)
    return p
def shade(cell,col):
    tcPr=cell._tc.get_or_add_tcPr(); s=OxmlElement('w:shd'); s.set(qn('w:val'),'clear'); s.set(qn('w:color'),'auto'); s.set(qn('w:fill'),col); tcPr.append(s)
# header/footer
hp=sec.header.paragraphs[0]; hp.alignment=WD_ALIGN_PARAGRAPH.RIGHT
r=hp.add_run('Prot. n. 0003127 del 13/03/2026 – Cat. 6 Cl. 5'); r.font.size=Pt(8); r.font.color.rgb=RGBColor(0x55,0x55,0x55)
fp=sec.footer.paragraphs[0]; fp.alignment=WD_ALIGN_PARAGRAPH.CENTER
r=fp.add_run('Comune di Tuoro sul Trasimeno – Piazza Municipio, 1 – 06069 Tuoro sul Trasimeno (PG) – PEC: comune.tuorosultrasimeno@postacert.umbria.it'); r.font.size=Pt(7.5)
# letterhead
par('[stemma]',align='c',size=7,italic=True,after=0)
par('COMUNE DI TUORO SUL TRASIMENO',bold=True,align='c',size=17,after=0)
par('Provincia di Perugia',align='c',size=10,after=8)
par('AREA TECNICA',bold=True,align='c',size=12,after=0)
par('Servizio Lavori Pubblici e Manutenzioni',align='c',size=10.5,after=8)
t=d.add_table(rows=2,cols=4); t.style='Table Grid'; t.alignment=WD_TABLE_ALIGNMENT.CENTER
vals=[['DETERMINAZIONE N.','45','DEL','12/03/2026'],['REGISTRO GENERALE N.','118','DEL','13/03/2026']]
for i,row in enumerate(vals):
    for j,v in enumerate(row):
        c=t.cell(i,j); c.text=''; r=c.paragraphs[0].add_run(v); r.bold=(j%2==1); r.font.size=Pt(10.5)
        if j%2==0: shade(c,'D9E2F3')
par('',after=2)
p=par(align='j',after=8); r=p.add_run('OGGETTO: '); r.bold=True
r=p.add_run('Lavori di manutenzione straordinaria della copertura della palestra comunale di Via Gramsci – Approvazione dello stato finale dei lavori e del certificato di regolare esecuzione – CUP F37H24000810004 – CIG B2C91D04AF.'); r.bold=True
par('IL RESPONSABILE DELL\'AREA TECNICA',bold=True,align='c')
for txt in [
 "PREMESSO che con determinazione dell'Area Tecnica n. 97 del 18/09/2025 (R.G. n. 402) i lavori di manutenzione straordinaria della copertura della palestra comunale di Via Gramsci sono stati affidati alla ditta Edil Trasimeno S.n.c. di Castiglione del Lago, per l'importo di € 61.380,00 oltre IVA, compresi oneri per la sicurezza;",
 "DATO ATTO che i lavori sono stati consegnati in data 06/10/2025 e ultimati in data 20/02/2026, come risulta dal relativo certificato di ultimazione, entro il termine contrattuale;",
 "VISTI lo stato finale dei lavori e il certificato di regolare esecuzione, redatti dal Direttore dei Lavori Geom. Sergio Bistarelli in data 04/03/2026 e sottoscritti dall'impresa senza riserve, dai quali risulta un credito residuo dell'impresa di € 3.069,00 oltre IVA;",
 "VISTI il D.Lgs. 36/2023 e in particolare l'art. 116 e l'allegato II.14, il D.Lgs. 267/2000 e il decreto sindacale n. 2 del 07/01/2026 di nomina del Responsabile dell'Area Tecnica;",
 "ACCERTATA la regolarità contributiva dell'impresa mediante DURC on line prot. INAIL_51877432, con scadenza 09/06/2026;"]:
    par(txt,align='j')
par('DETERMINA',bold=True,align='c')
for i,txt in enumerate([
 "di approvare lo stato finale dei lavori e il certificato di regolare esecuzione relativi ai lavori in oggetto, redatti dal Direttore dei Lavori in data 04/03/2026, dai quali risulta un importo netto complessivo dei lavori di € 61.380,00 e un credito residuo dell'impresa di € 3.069,00 oltre IVA;",
 "di liquidare alla ditta Edil Trasimeno S.n.c. la somma di € 3.744,18 (IVA 22% compresa) a saldo di ogni suo avere, con imputazione al capitolo 2520/3, impegno n. 611/2025, del bilancio 2026 in conto residui;",
 "di disporre lo svincolo della garanzia definitiva prestata dall'impresa ai sensi dell'art. 117 del D.Lgs. 36/2023;",
 "di dare atto che il presente provvedimento è pubblicato all'Albo Pretorio on line e nella sezione \"Amministrazione trasparente\" – sottosezione \"Bandi di gara e contratti\"."],1):
    p=par(align='j'); p.paragraph_format.left_indent=Cm(0.8); p.paragraph_format.first_line_indent=Cm(-0.8)
    p.add_run('%d)\t'%i); p.add_run(txt)
par('',after=10)
par('Tuoro sul Trasimeno, 12/03/2026',after=10)
par('IL RESPONSABILE DELL\'AREA TECNICA',align='r',after=0)
par('Arch. Giulia Castellini',bold=True,align='r',after=0)
par('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005',italic=True,align='r',size=8.5)
par('',after=6)
t=d.add_table(rows=1,cols=1); t.style='Table Grid'
c=t.cell(0,0); c.text=''
r=c.paragraphs[0].add_run('VISTO DI REGOLARITÀ CONTABILE'); r.bold=True; r.font.size=Pt(10)
p=c.add_paragraph(); r=p.add_run("Visto, si attesta la regolarità contabile e la copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Registro generale n. 118 del 13/03/2026. Il Responsabile dell'Area Economico-Finanziaria – Dott. Mauro Ceccarelli"); r.font.size=Pt(9.5)
d.save(out)
