# Corsano: python-docx (number box right of the letterhead, in the Word header) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); s = d.sections[0]; s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
hdr = s.header; t = hdr.add_table(1, 2, Cm(16)); t.style = "Table Grid"
a = t.cell(0, 0); a.text = ""; p = a.paragraphs[0]; r = p.add_run("COMUNE DI CORSANO"); r.bold = True; r.font.size = Pt(16)
a.add_paragraph("Provincia di Lecce – Piazza Santa Sofia, 1 – 73033 Corsano")
b = t.cell(0, 1); b.text = ""; r = b.paragraphs[0].add_run("Reg. Ord. n. 22"); r.bold = True
b.add_paragraph("del 14/01/2026")
s.footer.paragraphs[0].text = "Comune di Corsano – Ufficio del Sindaco – tel. 0833 531100"
def P(txt, bold=False, al=AL.JUSTIFY, size=None):
    p = d.add_paragraph(); p.alignment = al; r = p.add_run(txt); r.bold = bold
    if size: r.font.size = Pt(size)
    return p
P("ORDINANZA CONTINGIBILE E URGENTE", True, AL.CENTER, 13)
P("Oggetto: Chiusura delle scuole di ogni ordine e grado del territorio comunale nella giornata di giovedì 15 gennaio 2026 per allerta meteorologica di colore arancione.", True)
P("IL SINDACO", True, AL.CENTER)
P("Visto il messaggio di allerta n. 7/2026 della Sezione Protezione Civile della Regione Puglia, che prevede per il 15 gennaio 2026 precipitazioni intense e venti forti sulla zona Salento;")
P("Considerato che le condizioni previste possono compromettere la sicurezza degli alunni e del personale scolastico nei tragitti casa-scuola;")
P("Visti gli artt. 50, comma 5, e 54 del D.Lgs. 267/2000;")
P("ORDINA", True, AL.CENTER)
for i, x in enumerate(["la chiusura, per la giornata di giovedì 15 gennaio 2026, di tutte le scuole di ogni ordine e grado, pubbliche e private, del territorio comunale;",
                       "la chiusura, per la stessa giornata, del cimitero comunale, della villa comunale e degli impianti sportivi;",
                       "la trasmissione della presente al Dirigente dell'Istituto Comprensivo di Corsano, alla Prefettura di Lecce e al Comando di Polizia Locale."], 1):
    P(f"{i}. {x}")
P("Corsano, 14/01/2026", al=AL.LEFT)
P("IL SINDACO\nAvv. Rocco Petracca", True, AL.RIGHT)
d.core_properties.author = "Ufficio Segreteria"; d.save(sys.argv[1])
