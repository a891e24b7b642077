# Convocazione del Consiglio comunale, Comune di Papozze - a Word letter printed through the Pdf995 virtual printer
# (python-docx -> LibreOffice PDF -> PostScript -> Ghostscript, as a PostScript printer driver + gs would do)
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
d=Document(); s=d.sections[0]; s.page_height=Mm(297); s.page_width=Mm(210)
s.left_margin=Mm(25); s.right_margin=Mm(20); s.top_margin=Mm(15); s.bottom_margin=Mm(18)
st=d.styles['Normal']; st.font.name='Liberation Serif'; st.font.size=Pt(11.5); st.element.rPr.rFonts.set(qn('w:eastAsia'),'Liberation Serif')
st.paragraph_format.space_after=Pt(3)
def par(t='',b=False,al=None,sz=None,it=False,ind=None,after=None,u=False):
    p=d.add_paragraph(); 
    if al: p.alignment={'c':WD_ALIGN_PARAGRAPH.CENTER,'j':WD_ALIGN_PARAGRAPH.JUSTIFY,'r':WD_ALIGN_PARAGRAPH.RIGHT}[al]
    r=p.add_run(t); r.bold=b; r.italic=it; r.underline=u
    if sz: r.font.size=Pt(sz)
    if ind is not None: p.paragraph_format.left_indent=Mm(ind)
    if after is not None: p.paragraph_format.space_after=Pt(after)
    return p
par('COMUNE DI PAPOZZE',b=True,al='c',sz=18,after=0)
par('PROVINCIA DI ROVIGO',al='c',sz=10,after=0)
par('Piazza Gen. Umberto Maddalena, 1 – 45010 Papozze (RO) – tel. 0426 44012 – PEC: comune.papozze.ro@pecveneto.it',al='c',sz=8.5,after=10)
p=par('Prot. n. 1588',sz=10,after=0); par('Papozze, 22 aprile 2026',al='r',sz=11)
par('Ai Sigg. Consiglieri Comunali\nAl Revisore dei Conti\nAl Segretario Comunale\ne p.c. Al Comando Stazione Carabinieri di Adria\nLORO SEDI',ind=95,sz=10.5,after=12)
par('CONVOCAZIONE DEL CONSIGLIO COMUNALE',b=True,al='c',sz=13,after=8)
par("Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 12 del vigente Regolamento per il funzionamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale, in sessione ordinaria e in prima convocazione, che si terrà presso la Sala consiliare del Municipio il giorno",al='j')
par('giovedì 30 aprile 2026, alle ore 20:30',b=True,al='c',sz=12)
par('e, occorrendo, in seconda convocazione il giorno lunedì 4 maggio 2026 alla stessa ora, per la trattazione del seguente',al='j')
par('ORDINE DEL GIORNO',b=True,al='c',u=True,after=6)
for i,t in enumerate(["Lettura e approvazione dei verbali della seduta precedente.",
 "Comunicazioni del Sindaco.",
 "Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025.",
 "Variazione al bilancio di previsione 2026/2028 – applicazione dell'avanzo di amministrazione. Ratifica della deliberazione della Giunta Comunale n. 24 del 09/04/2026.",
 "Convenzione con il Comune di Adria per la gestione associata del servizio di Polizia Locale – approvazione schema.",
 "Interrogazione del gruppo consiliare \"Papozze Bene Comune\" in merito alla manutenzione degli argini del Canal Bianco."],1):
    p=par('%d.\t%s'%(i,t),al='j',ind=10); p.paragraph_format.first_line_indent=Mm(-7)
par('')
par("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio Segreteria e consultabile dai Sigg. Consiglieri nelle ore d'ufficio a partire da lunedì 27 aprile 2026.",al='j',sz=10.5)
par('')
par('IL SINDACO',b=True,al='r',after=0); par('Pierpaolo Tessarin',al='r')
par('')
par('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.',it=True,sz=8,al='c')
d.core_properties.author='segreteria'; d.core_properties.title='Convocazione CC 30-04-2026'
d.save(sys.argv[1])
