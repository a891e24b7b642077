# Ordinanza of the Sindaco of Caldes (TN): python-docx (Word template with running head/foot) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
sec = d.sections[0]
sec.header.paragraphs[0].text = "COMUNE DI CALDES – Provincia autonoma di Trento – Ufficio del Sindaco"
sec.footer.paragraphs[0].text = "Ordinanza n. 6/2026 – Piazza Castello 2, 38022 Caldes (TN)"
def P(t, b=False, al=A.JUSTIFY, size=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al
    if size: r.font.size = Pt(size)
P("COMUNE DI CALDES", True, A.CENTER, 16)
P("ORDINANZA DEL SINDACO N. 6 DEL 16.03.2026", True, A.CENTER, 13)
P("OGGETTO: Divieto di transito veicolare sulla strada comunale del Castello di San Michele per lavori di consolidamento del muro di sostegno.", True)
P("IL SINDACO", True, A.CENTER)
P("Premesso che in data 9 marzo 2026 l'Ufficio tecnico ha rilevato lo spanciamento del muro di sostegno a valle della strada comunale che conduce al Castello di San Michele; ritenuto necessario, a tutela della pubblica incolumità, vietare il transito dei veicoli per la durata dei lavori; visti gli artt. 6 e 7 del D.Lgs. 285/1992 e il Codice degli enti locali della Regione autonoma Trentino-Alto Adige;")
P("ORDINA", True, A.CENTER)
for i, s in enumerate(["il divieto di transito a tutti i veicoli sulla strada comunale del Castello di San Michele dal 18 marzo al 30 aprile 2026, eccetto i mezzi di soccorso e quelli dell'impresa esecutrice;",
                       "all'Ufficio tecnico comunale di provvedere all'installazione della prescritta segnaletica;",
                       "la pubblicazione della presente ordinanza all'albo pretorio e la sua trasmissione al Corpo di Polizia Locale Val di Sole."], 1):
    P(f"{i}. {s}")
P("Caldes, 16 marzo 2026")
P("IL SINDACO\nAntonio Maini", al=A.RIGHT)
d.save(sys.argv[1])
