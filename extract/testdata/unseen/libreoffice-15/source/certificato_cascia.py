"""Comune di Cascia, certificato di esecutività della deliberazione C.C. n. 5 del 29/01/2026 - Datagraph-like print (docx), PDF/A-1b."""
from docx_common import *
from logo import crest

logo = crest("logo-cascia.png", field=(110, 30, 120), charge=(240, 200, 40), variant=3)
doc = new_doc("Liberation Serif", 11.5, margins=(2.0, 2.0, 2.5, 2.5))
sec = doc.sections[0]
hp = sec.header.paragraphs[0]; hp.alignment = C
hp.add_run().add_picture(logo, width=Cm(1.4))
p = sec.header.add_paragraph(); p.alignment = C; runs(p, "**COMUNE DI CASCIA**", size=15)
p = sec.header.add_paragraph(); p.alignment = C; runs(p, "^^Provincia di Perugia^^", size=10)
p = sec.header.add_paragraph(); p.alignment = C; runs(p, "Piazza Aldo Moro, 3 – 06043 Cascia (PG) – C.F. 84002010545", size=8); bottom_rule(p, 6)
fp = sec.footer.paragraphs[0]; fp.alignment = C
page_x_of_y(fp, size=8)

para(doc, "", space_after=6)
para(doc, "CERTIFICATO DI ESECUTIVITÀ", align=C, bold=True, size=15, space_before=8, space_after=2)
para(doc, "(art. 134 del D.Lgs. 18 agosto 2000, n. 267)", align=C, size=9.5, space_after=14)

t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
cell_text(t.cell(0, 0), "Atto", size=10, bold=True); cell_text(t.cell(0, 1), "Deliberazione del Consiglio Comunale", size=10.5)
cell_text(t.cell(1, 0), "Numero e data", size=10, bold=True); cell_text(t.cell(1, 1), "N. **5** del **29/01/2026**", size=10.5)
cell_text(t.cell(2, 0), "Oggetto", size=10, bold=True)
cell_text(t.cell(2, 1), "MODIFICA DEL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE.", size=10.5, align=J)
for r in range(3): shade(t.cell(r, 0), "EFEFEF")
set_col_widths(t, [3.6, 12.4])

para(doc, "Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,", space_before=14)
para(doc, "A T T E S T A", align=C, bold=True, space_before=6, space_after=6)
para(doc, "che la deliberazione sopra indicata:")
for chk, x in [("☒", "è stata pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi, dal **03/02/2026** al **18/02/2026**, con il n. **143** del Registro delle pubblicazioni, ai sensi dell'art. 124, comma 1, del D.Lgs. n. 267/2000;"),
               ("☒", "è divenuta **esecutiva** in data **13/02/2026**, decorsi dieci giorni dalla pubblicazione, ai sensi dell'art. 134, comma 3, del D.Lgs. n. 267/2000;"),
               ("☐", "è stata dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")]:
    p = para(doc, chk + "\t" + x, indent=1.0, first=-0.8, space_after=5); tabs(p, (1.0, "L", False))
para(doc, "Il presente certificato si rilascia per gli usi consentiti dalla legge.", space_before=8)
p = para(doc, "Cascia, lì 16/02/2026", align=L, space_before=18)
p = para(doc, "\tIL SEGRETARIO COMUNALE", align=L, space_before=10); tabs(p, (12.0, "C", False))
p = para(doc, "\tDott. Marco Angelini", align=L); tabs(p, (12.0, "C", False))
p = para(doc, "\t//(firma apposta digitalmente ai sensi dell'art. 24 del D.Lgs. n. 82/2005)//", align=L, size=8.5); tabs(p, (12.0, "C", False))
para(doc, "Registro certificati n. 21/2026", align=L, size=8.5, space_before=40)
doc.save("certificato-cascia-datagraph.docx")
