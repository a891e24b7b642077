# python-docx: Word template with running head and footer, converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMUNE DI CHIAUCI (IS) – Area Finanziaria – Ufficio Tributi"; h.alignment = AL.CENTER
f = s.footer.paragraphs[0]; f.text = "Piazza Municipio 1 – 86097 Chiauci (IS) – tributi@comune.chiauci.is.it"; f.alignment = AL.CENTER
def P(t, b=False, al=None, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    if al is not None: p.alignment = al
    return p
P("COMUNE DI CHIAUCI", True, AL.CENTER, 16); P("Provincia di Isernia", False, AL.CENTER)
P("UFFICIO TRIBUTI", True, AL.CENTER, 12)
t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
t.cell(0, 0).text = "Avviso n. 4 / Tributi"; t.cell(0, 1).text = "Chiauci, 13.4.2026"
P(""); P("AVVISO", True, AL.CENTER, 20)
P("IMU 2026 – VERSAMENTO DELL'ACCONTO ENTRO IL 16 GIUGNO 2026 E ALIQUOTE DELIBERATE PER L'ANNO IN CORSO", True, AL.CENTER)
for x in ["Si ricorda ai contribuenti che entro il 16 giugno 2026 deve essere versato l'acconto dell'Imposta Municipale Propria (IMU) per l'anno 2026, pari al 50% dell'imposta dovuta calcolata con le aliquote dell'anno precedente.",
          "Con deliberazione del Consiglio Comunale n. 6 del 30.3.2026 sono state confermate le seguenti aliquote: abitazione principale di lusso (cat. A/1, A/8, A/9) 0,6%; altri fabbricati e aree edificabili 0,96%; fabbricati rurali strumentali 0,1%.",
          "Il saldo dovrà essere versato entro il 16 dicembre 2026. L'Ufficio Tributi è a disposizione il lunedì e il mercoledì dalle ore 9:00 alle ore 12:30 per il calcolo dell'imposta e la stampa del modello F24."]:
    P(x, al=AL.JUSTIFY)
P(""); P("IL RESPONSABILE DEL SERVIZIO TRIBUTI", True, AL.RIGHT); P("dott.ssa Lucia Di Iorio", False, AL.RIGHT)
d.save(sys.argv[1])
