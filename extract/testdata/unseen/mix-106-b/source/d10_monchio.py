import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d=Document(); s=d.sections[0]; s.left_margin=s.right_margin=Cm(2.2)
st=d.styles["Normal"]; st.font.name="Carlito"; st.font.size=Pt(11)
h=s.header.paragraphs[0]; h.alignment=A.CENTER; r=h.add_run("COMUNE DI MONCHIO DELLE CORTI"); r.bold=True; r.font.size=Pt(14)
h2=s.header.add_paragraph("Provincia di Parma – Piazza Caduti di tutte le guerre, 1 – 43010 Monchio delle Corti (PR)"); h2.alignment=A.CENTER
f=s.footer.paragraphs[0]; f.alignment=A.CENTER; f.add_run("Tel. 0521 896521 – PEC protocollo@postacert.comune.monchio-delle-corti.pr.it").font.size=Pt(8)
def P(t,b=False,al=None,sz=None):
    p=d.add_paragraph(); r=p.add_run(t); r.bold=b
    if al is not None: p.alignment=al
    if sz: r.font.size=Pt(sz)
    return p
P("Prot. n. 842\t\t\t\t\t\t\tMonchio delle Corti, 6 marzo 2026")
p=P("Ai Signori Consiglieri comunali\nAl Revisore dei conti\nAlla Prefettura di Parma\nLoro sedi",al=A.RIGHT)
P("OGGETTO: Convocazione del Consiglio comunale – sessione ordinaria.",True)
P("Ai sensi dell'art. 39 del D.Lgs. 267/2000 e del vigente Regolamento per il funzionamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta del Consiglio comunale che si terrà in sessione ordinaria, in prima convocazione, presso la sala consiliare del Municipio il giorno",al=A.JUSTIFY)
P("venerdì 13 marzo 2026 alle ore 20:30",True,A.CENTER,12)
P("e, occorrendo, in seconda convocazione il giorno lunedì 16 marzo 2026 alla stessa ora, per la trattazione del seguente",al=A.JUSTIFY)
P("ORDINE DEL GIORNO",True,A.CENTER)
for i,t in enumerate(["Lettura e approvazione dei verbali della seduta precedente.",
"Comunicazioni del Sindaco.",
"Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 – nota di aggiornamento.",
"Approvazione del bilancio di previsione finanziario 2026-2028.",
"Approvazione del regolamento per la raccolta dei funghi epigei spontanei nel territorio comunale."],1):
    P("%d. %s"%(i,t))
P("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio Segreteria a disposizione dei consiglieri.",al=A.JUSTIFY)
P("IL SINDACO\nClaudio Moretti",al=A.RIGHT)
d.save(sys.argv[1])
