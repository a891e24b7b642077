# python-docx Word document (running head/foot, roll table with merged header) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(10.5)
sec = d.sections[0]
h = sec.header.paragraphs[0]; h.alignment = AL.CENTER
r = h.add_run("C O M U N I T À   D E L L A   V A L L E   D E I   L A G H I"); r.bold = True; r.font.size = Pt(14)
h2 = sec.header.add_paragraph("Madruzzo · Cavedine · Vallelaghi — Piazza Mercato, 1 – 38076 Madruzzo (TN)"); h2.alignment = AL.CENTER
f = sec.footer.paragraphs[0]; f.text = "Deliberazione del Comitato esecutivo n. 23 di data 11 marzo 2026"; f.alignment = AL.CENTER
def P(t, b=False, c=False):
    p = d.add_paragraph(); x = p.add_run(t); x.bold = b
    if c: p.alignment = AL.CENTER
    else: p.alignment = AL.JUSTIFY
P("VERBALE DI DELIBERAZIONE N. 23", True, True)
P("DEL COMITATO ESECUTIVO", True, True)
P("OGGETTO: Concessione di contributi alle associazioni di volontariato sociale della Valle dei Laghi per l’anno 2026 – approvazione della graduatoria.", True)
P("L’anno duemilaventisei, addì undici del mese di marzo, alle ore 17.00, nella sala riunioni della sede della Comunità, a seguito di regolare convocazione, si è riunito il Comitato esecutivo.")
t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
a = t.rows[0].cells; m = a[1].merge(a[2]); a[0].text = "Componenti"; m.text = "Presenti / Assenti"
for n, ro, pr in [("Bressan Attilio", "Presidente", "presente"), ("Pisoni Mariangela", "Vicepresidente", "presente"), ("Chistè Renato", "Componente", "assente giustificato"), ("Beatrici Nadia", "Componente", "presente")]:
    c = t.add_row().cells; c[0].text = n; c[1].text = ro; c[2].text = pr
P("")
P("Assiste il Segretario generale della Comunità dott.ssa Laura Graziadei. Riconosciuto legale il numero degli intervenuti, il signor Attilio Bressan, nella sua qualità di Presidente, assume la presidenza e dichiara aperta la seduta.")
P("IL COMITATO ESECUTIVO", True, True)
P("Visto il Regolamento per la concessione di contributi approvato con deliberazione dell’Assemblea n. 12 dd. 28.06.2022; esaminate le 17 domande pervenute entro il termine del 31 gennaio 2026 e la relativa istruttoria del Servizio socio-assistenziale; acquisiti i pareri favorevoli di regolarità tecnica e contabile;")
P("a voti unanimi, espressi nelle forme di legge,")
P("D E L I B E R A", True, True)
for i, x in enumerate(["di approvare la graduatoria delle associazioni beneficiarie di cui all’allegato prospetto, che forma parte integrante della presente deliberazione;",
        "di impegnare la spesa complessiva di € 48.000,00 al capitolo 11040 del bilancio 2026;",
        "di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell’art. 183, comma 4, della L.R. 3 maggio 2018, n. 2."], 1):
    P("%d. %s" % (i, x))
P("IL PRESIDENTE – Attilio Bressan          IL SEGRETARIO GENERALE – dott.ssa Laura Graziadei")
d.save(sys.argv[1])
