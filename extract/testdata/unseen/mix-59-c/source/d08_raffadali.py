# Comune di Raffadali - avviso pubblico numerato, Word Online style .docx (python-docx) converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
out=sys.argv[1]
d=Document()
s=d.sections[0]; s.page_height=Mm(297); s.page_width=Mm(210); s.left_margin=s.right_margin=Mm(20); s.top_margin=Mm(15); s.bottom_margin=Mm(15)
st=d.styles['Normal']; st.font.name='Liberation Sans'; st.font.size=Pt(10.5)
def fixw(t,widths):
    t.autofit=False
    for gc,w in zip(t._tbl.tblGrid.findall(qn('w:gridCol')),widths): gc.set(qn('w:w'),str(int(w.twips)))
    for row in t.rows:
        for c,w in zip(row.cells,widths): c.width=w
def para(text='',bold=False,align='j',size=None,space=4,color=None,cont=None):
    p=(cont or d).add_paragraph()
    p.alignment={'c':WD_ALIGN_PARAGRAPH.CENTER,'j':WD_ALIGN_PARAGRAPH.JUSTIFY,'r':WD_ALIGN_PARAGRAPH.RIGHT,'l':WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.space_after=Pt(space)
    if text:
        r=p.add_run(text); r.bold=bold
        if size: r.font.size=Pt(size)
        if color: r.font.color.rgb=RGBColor.from_string(color)
    return p
# letterhead in header: table logo | text
h=s.header; t=h.add_table(rows=1,cols=2,width=Mm(170)); fixw(t,[Mm(30),Mm(140)])
c0=t.rows[0].cells[0].paragraphs[0]; c0.alignment=WD_ALIGN_PARAGRAPH.CENTER; r=c0.add_run('[logo]\nStemma del Comune'); r.font.size=Pt(6.5)
c1=t.rows[0].cells[1]
p=c1.paragraphs[0]; r=p.add_run('COMUNE DI RAFFADALI'); r.bold=True; r.font.size=Pt(16); r.font.color.rgb=RGBColor(0x1F,0x3A,0x68)
p=c1.add_paragraph(); r=p.add_run('Libero Consorzio Comunale di Agrigento'); r.font.size=Pt(9)
p=c1.add_paragraph(); r=p.add_run('AREA 1ª – AFFARI GENERALI, SERVIZI SOCIALI E SCOLASTICI'); r.font.size=Pt(9); r.bold=True
p=c1.add_paragraph(); r=p.add_run('Ufficio Servizi Sociali – Piazza Progresso, 1 – 92015 Raffadali (AG)'); r.font.size=Pt(8.5)
fp=s.footer.paragraphs[0]; fp.alignment=WD_ALIGN_PARAGRAPH.CENTER
r=fp.add_run('www.comune.raffadali.ag.it – protocollo@pec.comune.raffadali.ag.it – tel. 0922 474111'); r.font.size=Pt(7.5)
# protocol stamp
t=d.add_table(rows=1,cols=2); fixw(t,[Mm(110),Mm(60)])
cc=t.rows[0].cells[1]; cc.paragraphs[0].add_run('Prot. n. 4417 del 18/03/2026').font.size=Pt(9)
tcPr=cc._tc.get_or_add_tcPr(); b=OxmlElement('w:tcBorders')
for e in ('top','left','bottom','right'):
    x=OxmlElement('w:'+e); x.set(qn('w:val'),'single'); x.set(qn('w:sz'),'6'); b.append(x)
tcPr.append(b)
para(space=6)
para('AVVISO PUBBLICO N. 3/2026',True,'c',15,4,'1F3A68')
para("PER L'ACCESSO AL SERVIZIO DI ASSISTENZA DOMICILIARE IN FAVORE DI ANZIANI ULTRASESSANTACINQUENNI – ANNO 2026",True,'c',11.5,12)
para('IL RESPONSABILE DELL\'AREA 1ª',True,'c',10.5,6)
para("In esecuzione della deliberazione della Giunta Municipale n. 29 del 10/03/2026 e della propria determinazione n. 88 del 16/03/2026, con la quale è stato approvato il presente avviso,")
para('RENDE NOTO',True,'c',10.5,6)
para("che sono aperti i termini per la presentazione delle domande di accesso al Servizio di Assistenza Domiciliare Anziani (S.A.D.) per l'anno 2026, finanziato con le risorse del Distretto Socio-Sanitario AG 1.")
arts=[("Art. 1 – Destinatari","Possono presentare domanda i cittadini residenti nel Comune di Raffadali che abbiano compiuto il 65° anno di età, in condizione di parziale non autosufficienza, privi di adeguata rete familiare di supporto."),
("Art. 2 – Prestazioni","Il servizio comprende l'aiuto nella cura della persona e dell'alloggio, la preparazione dei pasti, il disbrigo di pratiche e l'accompagnamento per visite mediche, per un massimo di 6 ore settimanali per utente."),
("Art. 3 – Requisiti economici","L'accesso è subordinato alla presentazione dell'attestazione ISEE socio-sanitario in corso di validità. La compartecipazione al costo è determinata secondo le fasce del vigente Regolamento distrettuale."),
("Art. 4 – Modalità e termini di presentazione","Le domande, redatte sull'apposito modulo disponibile presso l'Ufficio Servizi Sociali e sul sito istituzionale, dovranno pervenire entro le ore 12:00 del giorno 17/04/2026 a mano all'Ufficio Protocollo ovvero a mezzo PEC."),
("Art. 5 – Graduatoria","L'Ufficio Servizi Sociali formulerà la graduatoria sulla base dei criteri di cui all'allegata scheda di valutazione. La graduatoria sarà pubblicata all'Albo Pretorio on line per 15 giorni consecutivi."),
("Art. 6 – Trattamento dei dati","I dati personali saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è il Comune di Raffadali.")]
for a,b in arts:
    para(a,True,'l',10.5,1); para(b)
para("Responsabile del procedimento: Dott.ssa Giuseppina Cuffaro, Istruttore Direttivo Assistente Sociale (tel. 0922 474130).",space=10)
para('Raffadali, 18/03/2026',False,'l')
para("Il Responsabile dell'Area 1ª",True,'r',space=0)
para('Dott. Calogero Vella',False,'r',space=0)
para('(firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, comma 2, del D.Lgs. 39/1993)',False,'r',7.5)
d.save(out)
