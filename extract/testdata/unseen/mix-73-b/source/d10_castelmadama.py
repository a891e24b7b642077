# Giunta comunale minute of Castel Madama: Word document (python-docx) with letterhead in the header,
# P/A roll table with a merged title row, converted by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.alignment = A.CENTER
r = h.add_run("CITTÀ DI CASTEL MADAMA\n"); r.bold = True; r.font.size = Pt(15)
h.add_run("Città Metropolitana di Roma Capitale").font.size = Pt(9.5)
f = s.footer.paragraphs[0]; f.alignment = A.CENTER; f.add_run("Piazza Garibaldi, 4 – 00024 Castel Madama (RM) – Deliberazione G.C. n. 36 del 19.3.2026").font.size = Pt(8)
def P(t, b=False, c=False, sz=None):
    p = d.add_paragraph(); p.alignment = A.CENTER if c else A.JUSTIFY; r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    return p
P("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", True, True, 13)
P("n. 36 del 19.3.2026", True, True)
p = d.add_paragraph(); p.add_run("OGGETTO: ").bold = True
p.add_run("Approvazione del progetto \"Estate Ragazzi 2026\" e delle tariffe di compartecipazione al centro estivo comunale.")
P("L'anno duemilaventisei, addì diciannove del mese di marzo, alle ore 13:30, nella sala delle adunanze, convocata nei modi di legge, si è riunita la Giunta Comunale con l'intervento dei Signori:")
t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
m = t.rows[0].cells[0].merge(t.rows[0].cells[2]); m.text = "COMPONENTI DELLA GIUNTA"; m.paragraphs[0].alignment = A.CENTER; m.paragraphs[0].runs[0].bold = True
hdr = t.add_row().cells; hdr[0].text = "Cognome e nome"; hdr[1].text = "Qualifica"; hdr[2].text = "P / A"
for n, q, pa in [("Sanna Alessandro", "Sindaco", "P"), ("Coccia Valentina", "Vice Sindaco", "P"), ("Petrucci Giorgio", "Assessore", "A"), ("Salvati Martina", "Assessore", "P"), ("Tomei Riccardo", "Assessore", "P")]:
    c = t.add_row().cells; c[0].text = n; c[1].text = q; c[2].text = pa
r = t.add_row().cells; mm = r[0].merge(r[2]); mm.text = "Presenti n. 4 – Assenti n. 1"
P("Assume la presidenza il Sindaco, Alessandro Sanna, il quale, constatato il numero legale, dichiara aperta la seduta. Partecipa il Segretario Comunale, dott. Fabrizio Onorati, incaricato della redazione del verbale.")
P("LA GIUNTA COMUNALE", True, True)
P("PREMESSO che l'Amministrazione intende organizzare anche per l'estate 2026 il centro estivo comunale rivolto ai bambini e ragazzi dai 6 ai 14 anni, presso il plesso scolastico di via Tiburtina Valeria;")
P("VISTA la proposta progettuale predisposta dal Servizio Politiche Sociali e Scolastiche e le tariffe indicate nell'allegato A, articolate per fasce ISEE;")
P("ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;")
P("Con voti unanimi favorevoli, resi nei modi di legge,")
P("DELIBERA", True, True)
for i, x in enumerate(["di approvare il progetto \"Estate Ragazzi 2026\", che si svolgerà dal 22 giugno al 31 luglio 2026;",
 "di approvare le tariffe di compartecipazione di cui all'allegato A;",
 "di demandare al Responsabile dell'Area Servizi alla Persona gli adempimenti conseguenti."], 1):
    P("%d. %s" % (i, x))
P("Di dichiarare, con separata e unanime votazione, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
P("")
t2 = d.add_table(rows=2, cols=2)
t2.cell(0, 0).text = "IL SINDACO"; t2.cell(0, 1).text = "IL SEGRETARIO COMUNALE"
t2.cell(1, 0).text = "Alessandro Sanna"; t2.cell(1, 1).text = "dott. Fabrizio Onorati"
for row in t2.rows:
    for cc in row.cells: cc.paragraphs[0].alignment = A.CENTER
d.save(sys.argv[1])
