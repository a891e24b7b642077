# Decreto sindacale, Comune di Minucciano: python-docx Word template with running head and running foot (converted by LibreOffice)
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]; s.top_margin = Cm(2.5); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMUNE DI MINUCCIANO\nProvincia di Lucca – Area Amministrativa – Servizio Segreteria Generale – Ufficio Personale"; h.alignment = A.CENTER
f = s.footer.paragraphs[0]; f.text = "Decreto del Sindaco n. 4 del 10.04.2026 – Piazza Chiesa 1, 55034 Minucciano (LU)"; f.alignment = A.CENTER
def P(t, b=False, al=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if al: p.alignment = al
    return p
P("DECRETO DEL SINDACO", True, A.CENTER); P("N. 4 del 10.04.2026", True, A.CENTER)
P("OGGETTO: Nomina del Responsabile dell'Area Tecnica e conferimento dell'incarico di Elevata Qualificazione fino al 31 dicembre 2026.", True)
P("IL SINDACO")
for t in ["Visto l'articolo 50, comma 10, e l'articolo 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267;",
          "Visto il CCNL Funzioni Locali 16.11.2022, articoli 16-21, in materia di incarichi di Elevata Qualificazione;",
          "Considerato che il geom. Simone Bertucci, istruttore direttivo tecnico, possiede l'esperienza e la professionalità richieste;"]:
    P(t, al=A.JUSTIFY)
P("DECRETA", True, A.CENTER)
for i, t in enumerate(["di nominare il geom. Simone Bertucci Responsabile dell'Area Tecnica dal 13 aprile al 31 dicembre 2026;",
          "di attribuire al medesimo la retribuzione di posizione annua di euro 9.500,00;",
          "di notificare il presente decreto all'interessato e di pubblicarlo all'Albo Pretorio on line."], 1):
    P(f"{i}. {t}", al=A.JUSTIFY)
P("Minucciano, 10 aprile 2026")
P("Il Sindaco\nNicola Poli", al=A.RIGHT)
d.save(sys.argv[1])
