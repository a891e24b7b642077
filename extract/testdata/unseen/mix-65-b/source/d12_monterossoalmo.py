# Comune di Monterosso Almo: Consiglio comunale deliberation from a Word template (python-docx -> LibreOffice)
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document()
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
s = d.sections[0]; s.page_height, s.page_width = Cm(29.7), Cm(21.0); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(1.5); s.bottom_margin = Cm(1.5)
def P(t, b=False, al=A.JUSTIFY, sz=None, after=4):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al; p.paragraph_format.space_after = Pt(after)
    if sz: r.font.size = Pt(sz)
    return p
P("COMUNE DI MONTEROSSO ALMO", True, A.CENTER, 18, 0)
P("Libero Consorzio Comunale di Ragusa", False, A.CENTER, 10, 10)
P("DELIBERAZIONE DEL CONSIGLIO COMUNALE", True, A.CENTER, 13, 0)
P("n. 7 del 30 marzo 2026", True, A.CENTER, 12, 8)
p = P("", after=8); r = p.add_run("OGGETTO: "); r.bold = True; p.add_run("Approvazione del Regolamento comunale per la concessione di contributi e vantaggi economici ad enti e associazioni.")
P("L'anno duemilaventisei, il giorno trenta del mese di marzo, alle ore 19:00, nella sala consiliare di Palazzo Zacco, in seduta pubblica ordinaria di prima convocazione, si è riunito il Consiglio Comunale. Risultano:")
roll = [("Amato Salvatore", "Presidente", "presente"), ("Nicosia Carmela", "Consigliere", "presente"), ("Cascone Giovanni", "Consigliere", "presente"),
 ("Distefano Rosaria", "Consigliere", "assente"), ("Occhipinti Angelo", "Consigliere", "presente"), ("Iacono Maria", "Consigliere", "presente"),
 ("Licitra Giorgio", "Consigliere", "presente"), ("Battaglia Sonia", "Consigliere", "assente"), ("Cilia Emanuele", "Consigliere", "presente"),
 ("Fidone Lucia", "Consigliere", "presente")]
t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Consigliere", "Carica", "Presenza"]): c.text = h; c.paragraphs[0].runs[0].bold = True
for n, ca, pr in roll:
    cs = t.add_row().cells; cs[0].text = n; cs[1].text = ca; cs[2].text = pr
P("", after=2)
P("Presenti n. 8 – Assenti n. 2. Per l'Amministrazione è presente il Sindaco Calogero Francesco Tumino. Presiede il Presidente del Consiglio Salvatore Amato. Partecipa il Segretario Comunale dott. Giovanni Spadaro.")
P("IL CONSIGLIO COMUNALE", True, A.CENTER)
P("Vista la proposta di deliberazione dell'Area Amministrativa n. 9 del 12 marzo 2026, corredata dei pareri favorevoli di regolarità tecnica e contabile e del parere della competente Commissione consiliare;")
P("Visto l'art. 12 della legge 7 agosto 1990, n. 241, come recepito dalla legge regionale 21 maggio 2019, n. 7, che subordina la concessione di contributi alla predeterminazione dei criteri;")
P("Con voti favorevoli n. 6, contrari n. 0, astenuti n. 2 (Cilia, Fidone), resi per alzata di mano dai n. 8 consiglieri presenti,")
P("DELIBERA", True, A.CENTER)
P("1. di approvare il Regolamento comunale per la concessione di contributi e vantaggi economici ad enti e associazioni, composto da 16 articoli, allegato alla presente;")
P("2. di abrogare il precedente regolamento approvato con deliberazione consiliare n. 21 del 1998;")
P("3. di disporre che il Regolamento entri in vigore il quindicesimo giorno successivo alla pubblicazione all'Albo pretorio on line.")
P("", after=10)
t2 = d.add_table(rows=2, cols=2)
for c, h in zip(t2.rows[0].cells, ["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"]): c.text = h; c.paragraphs[0].alignment = A.CENTER; c.paragraphs[0].runs[0].bold = True
for c, h in zip(t2.rows[1].cells, ["Salvatore Amato", "dott. Giovanni Spadaro"]): c.text = h; c.paragraphs[0].alignment = A.CENTER
d.save(sys.argv[1])
