# Comune di Verrès (AO) - deliberazione della Giunta comunale; .docx written with python-docx, converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d=Document()
st=d.styles['Normal'];st.font.name='Liberation Sans';st.font.size=Pt(10.5)
sec=d.sections[0];sec.left_margin=sec.right_margin=Cm(2.2);sec.top_margin=Cm(1.5)
hp=sec.header.paragraphs[0];hp.text="COMMUNE DE VERRÈS – COMUNE DI VERRÈS   ·   Regione Autonoma Valle d'Aosta";hp.runs[0].font.size=Pt(8)
fp=sec.footer.paragraphs[0];fp.text="Deliberazione della Giunta comunale n. 31 del 19/03/2026 — documento informatico sottoscritto con firma digitale ai sensi dell'art. 21 del D.Lgs. 82/2005";fp.runs[0].font.size=Pt(7)
def P(t,b=False,al=None,sz=None,sp=4):
    p=d.add_paragraph();r=p.add_run(t);r.bold=b
    if sz:r.font.size=Pt(sz)
    if al=='c':p.alignment=WD_ALIGN_PARAGRAPH.CENTER
    elif al=='j':p.alignment=WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after=Pt(sp);return p
P("COMUNE DI VERRÈS",True,'c',16,0)
P("Région Autonome Vallée d'Aoste – Regione Autonoma Valle d'Aosta",False,'c',9,10)
P("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE N. 31",True,'c',12,2)
P("Seduta del 19 marzo 2026",False,'c',10.5,10)
t=d.add_table(rows=1,cols=1);t.style='Table Grid'
c=t.rows[0].cells[0];c.text=""
r=c.paragraphs[0].add_run("CONCESSIONE DI CONTRIBUTO STRAORDINARIO ALL'ASSOCIAZIONE \"AMIS DU CHÂTEAU DE VERRÈS\" PER L'ORGANIZZAZIONE DEL CARNEVALE STORICO 2026");r.bold=True
c.paragraphs[0].alignment=WD_ALIGN_PARAGRAPH.CENTER
P("",sp=2)
P("L'anno duemilaventisei, il giorno diciannove del mese di marzo, alle ore diciotto e minuti trenta, nella sala delle riunioni del Municipio, convocata nei modi di legge, si è riunita la Giunta comunale.",al='j')
P("Sono presenti i Signori: CHAMPRETAVY ALESSANDRO, Sindaco; BONIN DIEGO, Vice Sindaco; VUILLERMOZ NADIA, Assessore; PERRUCHON LUCA, Assessore. È assente giustificata la Signora JACQUEMOD ELENA, Assessore.",al='j')
P("Partecipa il Segretario dell'Ente, dott.ssa Monica Dallou.",al='j')
P("Il Sindaco, sig. Alessandro Champretavy, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta.",al='j')
P("LA GIUNTA COMUNALE",True,'c')
for x in ["Richiamata la legge regionale 7 dicembre 1998, n. 54 (Sistema delle autonomie in Valle d'Aosta) e in particolare l'articolo 23 in materia di competenze della Giunta;",
"Visto il regolamento comunale per la concessione di contributi, sovvenzioni e benefici economici, approvato con deliberazione del Consiglio comunale n. 12 del 30/04/2024;",
"Vista l'istanza presentata in data 20/02/2026 (prot. n. 1877) dall'associazione \"Amis du Château de Verrès\", intesa ad ottenere un contributo per l'organizzazione della 77ª edizione del Carnevale storico;",
"Acquisiti i pareri favorevoli di legittimità espressi dal Segretario dell'Ente e di regolarità contabile espresso dal Responsabile del servizio finanziario;",
"Ad unanimità di voti favorevoli, espressi in forma palese,"]:
    P(x,al='j')
P("DELIBERA",True,'c')
for x in ["• di concedere all'associazione \"Amis du Château de Verrès\" un contributo straordinario di € 6.500,00 per l'organizzazione del Carnevale storico 2026;",
"• di imputare la spesa alla missione 07, programma 01, capitolo 7320 del bilancio di previsione 2026/2028;",
"• di demandare al Responsabile del servizio amministrativo l'adozione degli atti di liquidazione, previa presentazione del rendiconto delle spese sostenute."]:
    p=P(x,al='j');p.paragraph_format.left_indent=Cm(0.8)
P("Letto, approvato e sottoscritto.",sp=14)
t=d.add_table(rows=2,cols=2)
t.cell(0,0).text="IL PRESIDENTE";t.cell(0,1).text="IL SEGRETARIO DELL'ENTE"
t.cell(1,0).text="(Alessandro Champretavy)";t.cell(1,1).text="(dott.ssa Monica Dallou)"
for row in t.rows:
    for ce in row.cells: ce.paragraphs[0].alignment=WD_ALIGN_PARAGRAPH.CENTER
d.core_properties.title="Deliberazione GC 31/2026";d.core_properties.author="Comune di Verrès"
d.save(sys.argv[1])
