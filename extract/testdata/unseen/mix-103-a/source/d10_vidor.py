# Determinazione, Comune di Vidor: python-docx (Word template: Settore in the header, register numbers in the footer) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMUNE DI VIDOR – Provincia di Treviso\tSETTORE ECONOMICO-FINANZIARIO\nUfficio Tributi"
f = s.footer.paragraphs[0]; f.text = "Determinazione Reg. Gen. n. 63 del 11/03/2026 – n. 14 del Settore"; f.alignment = A.CENTER
def P(t, b=False, al=A.JUSTIFY, size=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al
    if size: r.font.size = Pt(size)
    return p
P("COMUNE DI VIDOR", True, A.CENTER, 16); P("Piazza Capitello, 10 – 31020 Vidor (TV)", False, A.CENTER, 9)
P("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", True, A.CENTER, 12)
t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
t.cell(0, 0).text = "OGGETTO:"; t.cell(0, 1).text = "Rimborso di somme indebitamente versate a titolo di IMU per l’anno 2024 – Impegno e liquidazione."
t.cell(0, 0).paragraphs[0].runs[0].bold = True
P("")
P("IL RESPONSABILE DEL SETTORE ECONOMICO-FINANZIARIO", True, A.CENTER)
for x in ["Viste le istanze di rimborso presentate dai contribuenti e acquisite agli atti dell’Ufficio Tributi, relative a versamenti IMU per l’anno 2024 eseguiti in misura superiore al dovuto;",
          "Accertato, a seguito dell’istruttoria, che le somme da rimborsare ammontano complessivamente a euro 1.846,00, come da prospetto agli atti dell’ufficio;",
          "Visto l’art. 1, comma 164, della Legge 296/2006 e il vigente Regolamento generale delle entrate;"]:
    P(x)
P("DETERMINA", True, A.CENTER)
for x in ["1. di disporre il rimborso delle somme indebitamente versate a titolo di IMU per l’anno 2024, per l’importo complessivo di euro 1.846,00;",
          "2. di impegnare e liquidare la somma di euro 1.846,00 al capitolo 3020 “Rimborso tributi” del bilancio 2026;",
          "3. di dare atto che il presente provvedimento è esecutivo con l’apposizione del visto di regolarità contabile."]:
    P(x)
P("Vidor, 11 marzo 2026", False, A.LEFT)
P("Il Responsabile del Settore\ndott.ssa Chiara Mazzocato", False, A.RIGHT)
d.save(sys.argv[1])
