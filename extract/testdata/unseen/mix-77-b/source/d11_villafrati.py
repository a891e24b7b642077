import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d=Document(); st=d.styles["Normal"]; st.font.name="Calibri"; st.font.size=Pt(11)
h=d.sections[0].header.paragraphs[0]; h.text="COMUNE DI VILLAFRATI\nCittà Metropolitana di Palermo\nPresidenza del Consiglio Comunale"; h.alignment=A.CENTER
f=d.sections[0].footer.paragraphs[0]; f.text="Piazza Umberto I, 1 – 90030 Villafrati (PA) – protocollo@pec.comune.villafrati.pa.it"; f.alignment=A.CENTER
def P(t,b=False,al=None):
    p=d.add_paragraph(); r=p.add_run(t); r.bold=b
    if al: p.alignment=al
    return p
P("Prot. n. 2145 del 18/03/2026")
P("Ai Signori Consiglieri Comunali\nAl Sindaco e agli Assessori\nAl Segretario Comunale\nAl Revisore dei conti\nLORO SEDI",al=A.RIGHT)
P("OGGETTO: Convocazione del Consiglio Comunale in seduta ordinaria – 30 marzo 2026.",True)
P("Ai sensi dell'art. 19 della L.R. n. 7/1992 e del vigente Regolamento sul funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta ordinaria del Consiglio Comunale che si terrà nella sala consiliare del Palazzo Municipale il giorno lunedì 30 marzo 2026 alle ore 19:00 per la trattazione del seguente",al=A.JUSTIFY)
P("ORDINE DEL GIORNO",True,A.CENTER)
for i,t in enumerate(["Lettura e approvazione dei verbali della seduta precedente.","Comunicazioni del Presidente del Consiglio e del Sindaco.","Approvazione del Documento Unico di Programmazione (DUP) 2026/2028.","Approvazione delle tariffe TARI per l'anno 2026.","Riconoscimento di debito fuori bilancio ai sensi dell'art. 194, comma 1, lett. e), del D.Lgs. 267/2000.","Mozione dei Consiglieri del gruppo \"Villafrati Futura\" sulla viabilità di contrada Chiarastella."],1):
    P(f"{i}. {t}")
P("In caso di mancanza del numero legale la seduta è rinviata di un'ora; ove persista la mancanza del numero legale, la seduta si terrà in seconda convocazione il giorno martedì 31 marzo 2026 alle ore 19:00, con il medesimo ordine del giorno.",al=A.JUSTIFY)
P("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di Segreteria.",al=A.JUSTIFY)
P("Villafrati, 18/03/2026")
P("Il Presidente del Consiglio Comunale\nDott. Girolamo Cangialosi",al=A.RIGHT)
d.save(sys.argv[1])
