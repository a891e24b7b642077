# Godrano: python-docx (then LibreOffice Writer); the service is named only in the signature
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d=Document(); s=d.sections[0]; s.top_margin=Cm(2); s.left_margin=s.right_margin=Cm(2.2)
st=d.styles["Normal"]; st.font.name="Times New Roman"; st.font.size=Pt(11.5)
def P(t,b=False,al=AL.JUSTIFY,sz=None,sp=4):
    p=d.add_paragraph(); r=p.add_run(t); r.bold=b; p.alignment=al; p.paragraph_format.space_after=Pt(sp)
    if sz: r.font.size=Pt(sz)
    return p
h=s.header.paragraphs[0]; h.text="Comune di Godrano – Città Metropolitana di Palermo"; h.alignment=AL.CENTER
P("COMUNE DI GODRANO",True,AL.CENTER,16,0); P("Città Metropolitana di Palermo",False,AL.CENTER,10,10)
P("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO",True,AL.CENTER,13)
P("N. 47/2026 R.G. del 16.3.2026",True,AL.CENTER,11,0)
P("Reg. S.F. n. 9 del 13.3.2026 – Proposta n. 12 del 12.3.2026",False,AL.CENTER,10,12)
t=d.add_table(rows=1,cols=2); t.style="Table Grid"
t.cell(0,0).text="OGGETTO:"; t.cell(0,1).text="Rimborso ai contribuenti di somme versate e non dovute a titolo di IMU per le annualità 2023 e 2024 – Impegno e liquidazione."
t.autofit=False
for r in t.rows: r.cells[0].width=Cm(2.6); r.cells[1].width=Cm(14)
P("",sp=2)
for x in ["PREMESSO che diversi contribuenti hanno presentato istanza di rimborso dell'Imposta municipale propria versata in eccesso o non dovuta per le annualità 2023 e 2024, acquisite al protocollo generale dell'Ente;",
"ACCERTATO, a seguito dell'istruttoria condotta dall'Ufficio Tributi, che le somme indebitamente versate ammontano complessivamente a € 2.846,00, come risulta dal prospetto istruttorio conservato agli atti d'ufficio;",
"VISTI l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, il vigente Regolamento comunale per la disciplina dell'IMU e il D.Lgs. 18 agosto 2000, n. 267, come recepito nella Regione Siciliana;"]: P(x)
P("DETERMINA",True,AL.CENTER,12)
for i,x in enumerate(["di impegnare la somma complessiva di € 2.846,00 alla Missione 1, Programma 4, capitolo 1065 del bilancio 2026, per il rimborso delle somme indicate in premessa;",
"di liquidare e pagare ai contribuenti aventi diritto le somme spettanti, mediante accredito sui conti correnti indicati nelle istanze;",
"di disporre la pubblicazione del presente atto all'Albo Pretorio on line, omettendo i dati personali dei contribuenti."],1): P("%d) %s"%(i,x))
P("Godrano, 16.3.2026",sp=14)
P("IL RESPONSABILE DEL SERVIZIO FINANZIARIO",True,AL.RIGHT,sp=0); P("Rag. Giuseppa Lo Bue",False,AL.RIGHT)
d.save(sys.argv[1])
