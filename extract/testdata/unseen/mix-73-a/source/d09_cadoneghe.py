# python-docx Word template (letterhead in the header, footer) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]; s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.alignment = A.CENTER
r = h.add_run("COMUNE DI CADONEGHE\n"); r.bold = True; r.font.size = Pt(15)
h.add_run("Provincia di Padova – Piazza Insurrezione 4 – 35010 Cadoneghe").font.size = Pt(9)
f = s.footer.paragraphs[0]; f.alignment = A.CENTER; f.add_run("Ufficio Segreteria – tel. 049 8881811 – PEC: cadoneghe.pd@cert.ip-veneto.net").font.size = Pt(8)
def P(t, b=False, al=A.JUSTIFY, sz=None):
    p = d.add_paragraph(); p.alignment = al; r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    return p
P("DECRETO DEL SINDACO N. 3 DEL 02/02/2026", True, A.CENTER, 13)
P("OGGETTO: Nomina del Vicesindaco e attribuzione delle deleghe assessorili.", True)
P("IL SINDACO", True, A.CENTER)
for t in ["Visto l'art. 46, comma 2, del D.Lgs. 18 agosto 2000, n. 267, secondo cui il Sindaco nomina i componenti della Giunta, tra cui un Vicesindaco, e ne dà comunicazione al Consiglio nella prima seduta successiva;",
          "Preso atto delle dimissioni dalla carica di Vicesindaco presentate dall'assessore Paolo Rigon in data 26/01/2026, assunte al protocollo n. 1877;",
          "Ritenuto di dover provvedere alla nomina del nuovo Vicesindaco per assicurare la piena funzionalità della Giunta comunale;"]:
    P(t)
P("DECRETA", True, A.CENTER)
for i, t in enumerate(["di nominare Vicesindaco la sig.ra Anna Zanella, assessore comunale, con decorrenza dalla data del presente decreto;",
          "di attribuire alla stessa le deleghe in materia di Bilancio, Tributi e Politiche Sociali;",
          "di dare atto che l'assessore Paolo Rigon mantiene le deleghe in materia di Lavori Pubblici e Viabilità;",
          "di comunicare il presente decreto al Consiglio comunale nella prima seduta utile e di trasmetterlo al Prefetto di Padova."], 1):
    P(f"{i}. {t}")
P("Cadoneghe, 02/02/2026", al=A.LEFT)
P("IL SINDACO\nMarco Schiavon", True, A.RIGHT)
P("Per accettazione: Anna Zanella", al=A.LEFT, sz=9)
d.save(sys.argv[1])
