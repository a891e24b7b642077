# Comune di Gromo (BG): Giunta minute in a Maggioli (J-Iride / Sicraweb) Word template; python-docx, then LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); s = d.sections[0]; s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMUNE DI GROMO\tProvincia di Bergamo\tGC n. 35 del 20/03/2026"; h.runs[0].font.size = Pt(8)
f = s.footer.paragraphs[0]; f.text = "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 - Comune di Gromo, Piazza Dante 8, 24020 Gromo (BG)"; f.runs[0].font.size = Pt(7)
def P(t, b=False, c=False, sz=None, j=True):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c else (WD_ALIGN_PARAGRAPH.JUSTIFY if j else WD_ALIGN_PARAGRAPH.LEFT)
    return p
P("COMUNE DI GROMO", True, True, 16); P("PROVINCIA DI BERGAMO", False, True, 9)
P("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", True, True, 12)
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for c, v in zip(t.rows[0].cells, ["Numero", "35", "Data", "20/03/2026"]): c.text = v
P("")
P("OGGETTO: ADESIONE AL PROGETTO \"VALSERIANA DIGITALE\" E APPROVAZIONE DELLO SCHEMA DI ACCORDO CON LA COMUNITÀ MONTANA VALLE SERIANA PER LA GESTIONE DEL PORTALE TURISTICO.", True)
P("L'anno duemilaventisei addì venti del mese di marzo alle ore 20:45 nella Sala delle adunanze, previa osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti della Giunta comunale. All'appello risultano:")
r = d.add_table(rows=1, cols=3); r.style = "Table Grid"
for c, v in zip(r.rows[0].cells, ["Cognome e Nome", "Carica", "Presente/Assente"]): c.text = v
for row in [("SANTUS SARA", "Sindaco", "Presente"), ("OBERTI GIANMARIO", "Vice Sindaco", "Presente"), ("BONACORSI LAURA", "Assessore", "Assente giustificato"),
            ("TAGLIAFERRI ROBERTO", "Assessore", "Presente"), ("MORSTABILINI IVANA", "Assessore Esterno", "Presente")]:
    cs = r.add_row().cells
    for c, v in zip(cs, row): c.text = v
P("Totale presenti: 4        Totale assenti: 1", j=False)
P("Partecipa all'adunanza il Segretario Comunale Dott.ssa Maria Grazia Belotti, la quale provvede alla redazione del presente verbale. Essendo legale il numero degli intervenuti, la Sig.ra SANTUS SARA, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
P("LA GIUNTA COMUNALE", True, True)
P("PREMESSO che la Comunità Montana Valle Seriana ha promosso il progetto \"Valseriana Digitale\" per la gestione coordinata dei servizi informativi turistici dei Comuni dell'alta valle;")
P("VISTO lo schema di accordo trasmesso dalla Comunità Montana con nota prot. n. 2214 del 02/03/2026;")
P("VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000, riportati in calce;")
P("DELIBERA", True, True)
for i, x in enumerate(["DI ADERIRE al progetto \"Valseriana Digitale\" promosso dalla Comunità Montana Valle Seriana;",
                       "DI APPROVARE lo schema di accordo allegato alla presente quale parte integrante e sostanziale;",
                       "DI AUTORIZZARE il Sindaco alla sottoscrizione dell'accordo;",
                       "DI DARE ATTO che la quota annua di partecipazione, pari a euro 1.200,00, trova copertura al capitolo 1045 del bilancio 2026-2028."], 1):
    P(f"{i}) {x}")
P("con voti unanimi favorevoli espressi nelle forme di legge.")
P("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
P("PARERI PREVENTIVI", True, False, 10)
P("Parere di regolarità tecnica: FAVOREVOLE. Il Responsabile del Settore Amministrativo, Dott.ssa Maria Grazia Belotti.", sz=10)
P("Parere di regolarità contabile: FAVOREVOLE. Il Responsabile del Settore Finanziario, Rag. Elena Bonetti.", sz=10)
P("Letto, confermato e sottoscritto.")
sg = d.add_table(rows=2, cols=2)
for c, v in zip(sg.rows[0].cells + sg.rows[1].cells, ["IL SINDACO", "IL SEGRETARIO COMUNALE", "Sara Santus", "Dott.ssa Maria Grazia Belotti"]): c.text = v
d.core_properties.author = "J-Iride - Maggioli S.p.A."
d.save(sys.argv[1])
