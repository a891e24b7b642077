# Verolanuova (BS): Giunta deliberation as a Word document (python-docx), converted by LibreOffice;
# header and footer on every page; roll in two side-by-side column groups under merged header cells
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]; s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMUNE DI VEROLANUOVA – Provincia di Brescia\tGiunta Comunale – atto n. 31"; h.runs[0].font.size = Pt(8)
f = s.footer.paragraphs[0]; f.text = "Via Zanardelli, 1 – 25028 Verolanuova (BS) – protocollo@comune.verolanuova.bs.it"; f.alignment = A.CENTER; f.runs[0].font.size = Pt(8)
def P(t, b=False, al=A.JUSTIFY, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al
    if sz: r.font.size = Pt(sz)
    return p
P("COMUNE DI VEROLANUOVA", True, A.CENTER, 16); P("Provincia di Brescia", False, A.CENTER)
P("DELIBERAZIONE DELLA GIUNTA COMUNALE", True, A.CENTER, 13)
P("Numero 31\t\tdata 10/03/2026", True, A.CENTER)
P("OGGETTO: APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ISTITUTO COMPRENSIVO DI VEROLANUOVA PER IL SERVIZIO DI PRE E POST SCUOLA – ANNO SCOLASTICO 2026/2027.", True)
P("L'anno duemilaventisei, il giorno dieci del mese di marzo, alle ore 18.00, nella sala delle adunanze, si è riunita la Giunta Comunale. Risultano:")
t = d.add_table(rows=5, cols=6); t.style = "Table Grid"
a = t.cell(0, 0).merge(t.cell(0, 2)); a.text = "Componenti"; b = t.cell(0, 3).merge(t.cell(0, 5)); b.text = "Componenti"
rows = [("ROSSI Laura", "Sindaco", "P"), ("BERTOLI Andrea", "Vicesindaco", "P"), ("GATTI Francesca", "Assessore", "AG"),
        ("PREMOLI Luca", "Assessore", "P"), ("ZANI Marta", "Assessore esterno", "P"), ("", "", "")]
for i, (n, r, pa) in enumerate(rows):
    row, col = 1 + i % 3, 3 * (i // 3)
    for j, v in enumerate((n, r, pa)): t.cell(row, col + j).text = v
t.cell(4, 0).merge(t.cell(4, 5)).text = "Presenti: 4   Assenti: 1        (P = presente; A = assente; AG = assente giustificato)"
for c in (a, b): c.paragraphs[0].runs[0].bold = True
t.autofit = False
for row in t.rows:
    for j, cell in enumerate(row.cells): cell.width = Cm((3.9, 3.5, 0.9)[j % 3])
for j, col in enumerate(t.columns): col.width = Cm((3.9, 3.5, 0.9)[j % 3])
P("")
P("Con l'assistenza del Segretario Generale dott.ssa Chiara Bonometti, che provvede alla redazione del presente verbale, la dott.ssa Laura Rossi, nella sua qualità di Sindaco, assume la presidenza e, constatato il numero legale, dichiara aperta la seduta.")
P("LA GIUNTA COMUNALE", True, A.CENTER)
for x in ["Premesso che l'Istituto Comprensivo di Verolanuova ha chiesto la prosecuzione del servizio di accoglienza degli alunni della scuola primaria prima e dopo l'orario delle lezioni;",
          "Visto lo schema di convenzione predisposto dall'Ufficio Istruzione, che disciplina i rapporti tra il Comune e l'Istituto per l'anno scolastico 2026/2027;",
          "Ritenuto lo schema meritevole di approvazione;",
          "Visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "Con voti favorevoli n. 4, contrari nessuno, astenuti nessuno, espressi nelle forme di legge;"]:
    P(x)
P("D E L I B E R A", True, A.CENTER)
for i, x in enumerate(["di approvare lo schema di convenzione con l'Istituto Comprensivo di Verolanuova per il servizio di pre e post scuola per l'anno scolastico 2026/2027, allegato alla presente quale parte integrante;",
          "di autorizzare il Responsabile dell'Area Servizi alla Persona alla sottoscrizione della convenzione;",
          "di dare atto che la spesa presunta di euro 18.500,00 troverà copertura al capitolo 4510 del bilancio 2026-2028;",
          "di trasmettere copia della presente all'Istituto Comprensivo di Verolanuova."], 1):
    P("%d. %s" % (i, x))
P("Con successiva votazione unanime la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
P("")
t2 = d.add_table(rows=2, cols=2)
t2.cell(0, 0).text = "IL SINDACO"; t2.cell(0, 1).text = "IL SEGRETARIO GENERALE"
t2.cell(1, 0).text = "dott.ssa Laura Rossi"; t2.cell(1, 1).text = "dott.ssa Chiara Bonometti"
for r in t2.rows:
    for c in r.cells: c.paragraphs[0].alignment = A.CENTER
d.save(sys.argv[1])
