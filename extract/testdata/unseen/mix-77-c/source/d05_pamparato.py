import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = d.sections[0].header.paragraphs[0]; h.text = "COMUNE DI PAMPARATO\nProvincia di Cuneo – Piazza Municipio 1 – 12087 Pamparato"; h.alignment = A.CENTER
f = d.sections[0].footer.paragraphs[0]; f.text = "Decreto del Sindaco n. 2/2026 – pag. 1"; f.alignment = A.RIGHT
def P(t, b=False, al=A.JUSTIFY):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al; return p
P("DECRETO DEL SINDACO N. 2/2026", True, A.CENTER)
P("OGGETTO: Nomina del Responsabile del Servizio Tecnico e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000 per l'anno 2026.", True)
P("IL SINDACO")
P("Visto l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267; visto il vigente Regolamento sull'ordinamento degli uffici e dei servizi; ritenuto di dover provvedere alla nomina del Responsabile del Servizio Tecnico;")
P("DECRETA", True, A.CENTER)
for i, t in enumerate(["di nominare l'arch. Davide Garelli Responsabile del Servizio Tecnico dal 10 febbraio al 31 dicembre 2026;",
    "di attribuire al medesimo le funzioni di cui all'art. 107 del D.Lgs. 267/2000;",
    "di stabilire che in caso di assenza le funzioni siano svolte dal Segretario Comunale;",
    "di disporre la pubblicazione del presente decreto all'Albo Pretorio on line."], 1):
    P(f"{i}. {t}")
P("Pamparato, lì 09/02/2026")
P("IL SINDACO\nMarco Bongiovanni", al=A.RIGHT)
d.save(sys.argv[1])
