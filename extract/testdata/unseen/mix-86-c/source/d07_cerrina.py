import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); s = d.sections[0]; s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMUNE DI CERRINA MONFERRATO – Provincia di Alessandria\nArea Tecnica – Servizio Patrimonio"; h.alignment = AL.CENTER
f = s.footer.paragraphs[0]; f.text = "Via Roma 3 – 15020 Cerrina Monferrato (AL) – PEC protocollo@pec.comune.cerrina.al.it"; f.alignment = AL.CENTER
def P(t, b=False, sz=None, al=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    if al is not None: p.alignment = al
    return p
P("Prot. n. 1875 del 15.4.2026", al=AL.RIGHT)
P("IL RESPONSABILE DELL'AREA TECNICA", True, 16, AL.CENTER)
P("RENDE NOTO", True, 14, AL.CENTER)
P("AVVISO D'ASTA PUBBLICA PER L'ALIENAZIONE DELL'EX SCUOLA ELEMENTARE DI FRAZIONE GAMINELLA E DI UN RELITTO DI TERRENO IN VIA MOLINO", True, 12, AL.CENTER)
P("che il giorno 19 maggio 2026 alle ore 10:00, nella sala consiliare del Palazzo comunale, si terrà un'asta pubblica con il metodo delle offerte segrete in aumento rispetto al prezzo a base d'asta, ai sensi dell'art. 73, lett. c) del R.D. 827/1924, per la vendita dei seguenti immobili:", al=AL.JUSTIFY)
t = d.add_table(rows=4, cols=4); t.style = "Table Grid"
for i, v in enumerate(["Lotto", "Descrizione", "Dati catastali", "Prezzo a base d'asta"]): t.cell(0, i).text = v
for r, row in enumerate([["1", "Ex scuola elementare di frazione Gaminella, con cortile", "Fg. 12, mapp. 341", "€ 68.000,00"],
                         ["2", "Relitto di terreno in via Molino", "Fg. 9, mapp. 77", "€ 4.500,00"]], 1):
    for i, v in enumerate(row): t.cell(r, i).text = v
a = t.cell(3, 0).merge(t.cell(3, 2)); a.text = "Totale"; t.cell(3, 3).text = "€ 72.500,00"
P("")
P("Le offerte, in busta chiusa e con deposito cauzionale pari al 10% del prezzo a base d'asta, dovranno pervenire all'Ufficio Protocollo entro le ore 12:00 del 18 maggio 2026. L'aggiudicazione avverrà anche in presenza di una sola offerta valida. Il bando integrale e la perizia di stima sono disponibili presso l'Ufficio Tecnico e sul sito istituzionale.", al=AL.JUSTIFY)
P("Cerrina Monferrato, 15 aprile 2026")
P("IL RESPONSABILE DELL'AREA TECNICA\nGeom. Paolo Cellerino", al=AL.RIGHT)
d.save(sys.argv[1])
