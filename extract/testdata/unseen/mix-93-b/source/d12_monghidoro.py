# Comune di Monghidoro (BO): decreto sindacale on mixed-form Giunta sittings; python-docx (Word-like template with header/footer) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.3)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMUNE DI MONGHIDORO\nCittà Metropolitana di Bologna"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in h.runs: r.bold = True
f = s.footer.paragraphs[0]; f.text = "Via Matteotti 1 – 40063 Monghidoro (BO) – segreteria@comune.monghidoro.bo.it"; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in f.runs: r.font.size = Pt(8)
def P(t, bold=False, al=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = bold; p.alignment = al
    if size: r.font.size = Pt(size)
    return p
P("DECRETO DEL SINDACO", True, WD_ALIGN_PARAGRAPH.CENTER, 14)
P("Decreto n. 3 del 2.3.2026", True, WD_ALIGN_PARAGRAPH.CENTER)
P("OGGETTO: Criteri per lo svolgimento delle sedute della Giunta comunale in modalità mista e telematica.", True)
P("IL SINDACO", True, WD_ALIGN_PARAGRAPH.CENTER)
for t in ["VISTO l'art. 48 del D.Lgs. 18 agosto 2000, n. 267;",
          "RICHIAMATO il Regolamento sul funzionamento degli organi collegiali, approvato con deliberazione del Consiglio comunale n. 12 del 27.2.2026, che all'art. 9 rimette al Sindaco la definizione dei criteri tecnici per le sedute della Giunta in modalità mista;",
          "RITENUTO di assicurare la certezza dell'identità dei partecipanti, la segretezza ove prevista, la regolarità dello svolgimento delle sedute e la possibilità di votare per appello nominale;"]:
    P(t)
P("DECRETA", True, WD_ALIGN_PARAGRAPH.CENTER)
for i, t in enumerate(["le sedute della Giunta comunale possono svolgersi in modalità mista, con la presenza fisica di alcuni componenti nella sede municipale e il collegamento in videoconferenza degli altri, o interamente in modalità telematica;",
          "il Segretario comunale, o chi lo sostituisce, può partecipare anch'egli da remoto; la seduta si intende tenuta presso la sede municipale;",
          "nel verbale è indicata, per ciascun componente, la modalità di partecipazione, e sono annotati l'orario di ingresso o di uscita di chi si collega o si disconnette durante la seduta;",
          "le votazioni si svolgono per appello nominale; la dichiarazione di immediata eseguibilità è oggetto di votazione separata;",
          "il presente decreto è pubblicato all'Albo pretorio on line per quindici giorni e trasmesso agli Assessori e al Segretario comunale."], 1):
    P(f"{i}. {t}")
P("Monghidoro, 2 marzo 2026")
P("IL SINDACO\nBarbara Panzacchi\n(documento firmato digitalmente)", al=WD_ALIGN_PARAGRAPH.RIGHT)
d.save(sys.argv[1])
