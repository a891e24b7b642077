import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d=Document(); s=d.sections[0]; s.page_height=Cm(29.7); s.page_width=Cm(21); s.left_margin=s.right_margin=Cm(2.2)
st=d.styles["Normal"]; st.font.name="Calibri"; st.font.size=Pt(11)
h=s.header.paragraphs[0]; h.alignment=A.CENTER
r=h.add_run("COMUNE DI ORTONA DEI MARSI\n"); r.bold=True; r.font.size=Pt(14)
h.add_run("Provincia dell'Aquila – Area Tecnico-Manutentiva – Servizio Ambiente e Territorio").font.size=Pt(9)
f=s.footer.paragraphs[0]; f.alignment=A.CENTER
f.add_run("Piazza Municipio, 1 – 67050 Ortona dei Marsi (AQ) – tel. 0863 87124 – www.comune.ortonadeimarsi.aq.it").font.size=Pt(8)
def P(t,b=False,al=A.JUSTIFY,sz=11):
    p=d.add_paragraph(); p.alignment=al; r=p.add_run(t); r.bold=b; r.font.size=Pt(sz); return p
P("Prot. n. 0962 del 26/03/2026",al=A.LEFT)
P("AVVISO PUBBLICO",True,A.CENTER,16)
P("RACCOLTA DI MANIFESTAZIONI DI INTERESSE PER LA CONCESSIONE IN FIDA DEI PASCOLI COMUNALI DI MONTE TRANQUILLO E VALLE DEL GIOVENCO – STAGIONE DI MONTICAZIONE 2026",True,A.CENTER)
P("Il Responsabile dell'Area Tecnico-Manutentiva, visto il Regolamento comunale per l'uso civico dei pascoli approvato con deliberazione consiliare n. 14 del 28/07/2022, rende noto che sono aperti i termini per la presentazione delle domande di fida pascolo per la stagione 2026 (dal 15 maggio al 31 ottobre 2026).")
P("Possono presentare domanda gli allevatori residenti e, per i capi eccedenti il carico dei residenti, gli allevatori non residenti, in regola con la normativa sanitaria veterinaria. Il carico massimo ammissibile è di 0,8 UBA per ettaro. Il canone è fissato in € 18,00 per UBA bovina ed equina e in € 3,00 per capo ovino e caprino.")
P("Le domande dovranno pervenire entro le ore 12:00 del 20 aprile 2026, tramite PEC all'indirizzo protocollo@pec.comune.ortonadeimarsi.aq.it o a mano all'Ufficio Protocollo, utilizzando il modello disponibile sul sito istituzionale.")
P("Ortona dei Marsi, 26/03/2026",al=A.LEFT)
P("Il Responsabile dell'Area Tecnico-Manutentiva\ning. Pierluigi Cerasani",al=A.RIGHT)
d.save(sys.argv[1])
