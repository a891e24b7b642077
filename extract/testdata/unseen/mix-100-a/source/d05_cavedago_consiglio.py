# Comune di Cavedago - Consiglio comunale deliberation 7/2026, "Ascot" house style: Word document (python-docx)
# with the number and date only in the running head of every page; roll as a table with merged header cells.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21); sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2.5)
h = sec.header.paragraphs[0]; h.text = "COMUNE DI CAVEDAGO – Provincia di Trento\nDeliberazione del Consiglio comunale n. 7 dd. 27.03.2026"
h.runs[0].font.size = Pt(8.5)
f = sec.footer.paragraphs[0]; f.text = "Verbale letto, approvato e sottoscritto – copia conforme all'originale informatico"; f.runs[0].font.size = Pt(8)
def P(t, bold=False, center=False, size=None, just=True):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = bold
    if size: r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else (WD_ALIGN_PARAGRAPH.JUSTIFY if just else WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.space_after = Pt(4)
    return p
P("COMUNE DI CAVEDAGO", True, True, 15); P("PROVINCIA DI TRENTO", False, True, 9)
P("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", True, True, 12)
P("Adunanza ordinaria di prima convocazione – seduta pubblica", False, True, 10)
P("OGGETTO: Approvazione del rendiconto della gestione per l'esercizio finanziario 2025.", True)
P("L'anno duemilaventisei addì ventisette del mese di marzo alle ore 20.30 nella sala consiliare, a seguito di regolari avvisi recapitati a termini di legge, si è convocato il Consiglio comunale.")
P("Sono presenti i signori:", just=False)
rows = [("Fedrizzi Cristian", "Sindaco", "X", "", ""), ("Donini Marta", "Vicesindaco", "X", "", ""), ("Viola Stefano", "Consigliere", "X", "", ""),
        ("Daldoss Irene", "Consigliere", "X", "", ""), ("Tasin Luca", "Consigliere", "", "X", ""), ("Bonetti Silvia", "Consigliere", "X", "", ""),
        ("Sartori Mattia", "Consigliere", "X", "", ""), ("Zeni Paola", "Consigliere", "X", "", ""), ("Clementi Andrea", "Consigliere", "X", "", ""),
        ("Fedrizzi Nadia", "Consigliere", "X", "", ""), ("Rigotti Enrico", "Consigliere", "", "", "X"), ("Bernardi Giulia", "Consigliere", "X", "", "")]
t = d.add_table(rows=2 + len(rows), cols=5); t.style = "Table Grid"
a = t.cell(0, 0).merge(t.cell(1, 0)); a.text = "Nominativo"
b = t.cell(0, 1).merge(t.cell(1, 1)); b.text = "Carica"
t.cell(0, 2).text = "Presente"
c = t.cell(0, 3).merge(t.cell(0, 4)); c.text = "Assente"
t.cell(1, 3).text = "giust."; t.cell(1, 4).text = "ingiust."
for i, r in enumerate(rows):
    for j, v in enumerate(r): t.cell(i + 2, j).text = v
for row in t.rows:
    for j, cell in enumerate(row.cells):
        for p in cell.paragraphs:
            p.paragraph_format.space_after = Pt(0)
            if j >= 2: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in p.runs: r.font.size = Pt(10)
P("")
P("Assiste e verbalizza il Segretario comunale dott.ssa Elena Paoli. Riconosciuto legale il numero degli intervenuti, il signor Cristian Fedrizzi, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto suindicato.")
P("IL CONSIGLIO COMUNALE", True, True)
for s in ["Premesso che ai sensi dell'art. 227 del D.Lgs. 267/2000 e del D.Lgs. 118/2011, come recepiti dalla L.P. 18/2015, il rendiconto della gestione deve essere approvato entro il 30 aprile dell'anno successivo;",
          "Vista la deliberazione della Giunta comunale n. 21 dd. 10.03.2026 di approvazione dello schema di rendiconto 2025 e della relazione illustrativa;",
          "Vista la relazione del Revisore dei conti dott. Walter Pedrotti, pervenuta al prot. n. 1033 dd. 16.03.2026;",
          "Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 185 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige approvato con L.R. 3 maggio 2018, n. 2;",
          "Con voti favorevoli n. 8, contrari n. 0, astenuti n. 2 (Zeni, Clementi), espressi per alzata di mano dai n. 10 consiglieri presenti, di cui n. 8 votanti,"]:
    P(s)
P("DELIBERA", True, True)
for i, s in enumerate(["di approvare il rendiconto della gestione per l'esercizio finanziario 2025, che chiude con un risultato di amministrazione di euro 412.386,27;",
                       "di approvare la relazione illustrativa della Giunta comunale allegata alla presente;",
                       "di dare atto che il rendiconto sarà trasmesso alla Banca dati delle amministrazioni pubbliche (BDAP) entro 30 giorni;",
                       "di dichiarare la presente deliberazione, con separata votazione che ha dato il medesimo esito, immediatamente eseguibile ai sensi dell'art. 183, comma 4, del Codice degli enti locali della Regione autonoma Trentino-Alto Adige approvato con L.R. 3 maggio 2018, n. 2."], 1):
    P("%d. %s" % (i, s))
P("Avverso la presente deliberazione è ammessa opposizione alla Giunta comunale durante il periodo di pubblicazione, nonché ricorso al TAR di Trento entro 60 giorni.")
P("")
s = d.add_table(rows=2, cols=2)
s.cell(0, 0).text = "IL SINDACO"; s.cell(0, 1).text = "IL SEGRETARIO COMUNALE"
s.cell(1, 0).text = "Cristian Fedrizzi"; s.cell(1, 1).text = "dott.ssa Elena Paoli"
for row in s.rows:
    for cell in row.cells: cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
d.core_properties.title = "Deliberazione del Consiglio comunale n. 7 dd. 27.03.2026"
d.save(sys.argv[1])
