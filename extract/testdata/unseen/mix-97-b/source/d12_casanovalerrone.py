# Comune di Casanova Lerrone (SV): numbered AVVISO PUBBLICO; python-docx (header/footer, table) -> LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
out = sys.argv[1]
d = Document(); s = d.styles["Normal"]; s.font.name = "Carlito"; s.font.size = Pt(11)
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21); sec.left_margin = sec.right_margin = Cm(2.2)
h = sec.header.paragraphs[0]; h.text = "COMUNE DI CASANOVA LERRONE\nProvincia di Savona\nAREA AMMINISTRATIVA – Servizio Segreteria e Affari Generali"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in h.runs: r.font.size = Pt(10); r.bold = True
f = sec.footer.paragraphs[0]; f.text = "Via Roma, 1 – 17033 Casanova Lerrone (SV) – protocollo@pec.comune.casanovalerrone.sv.it"; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in f.runs: r.font.size = Pt(8)
def P(t, b=False, al=WD_ALIGN_PARAGRAPH.JUSTIFY, size=11):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; r.font.size = Pt(size); p.alignment = al; return p
P("AVVISO PUBBLICO N. 3/2026", True, WD_ALIGN_PARAGRAPH.CENTER, 15)
P("Prot. n. 788 del 23/03/2026", False, WD_ALIGN_PARAGRAPH.RIGHT, 10)
P("AVVISO PUBBLICO PER LA CONCESSIONE IN USO DEGLI ORTI SOCIALI COMUNALI DI LOCALITÀ MARMORETO – TRIENNIO 2026-2028", True, WD_ALIGN_PARAGRAPH.CENTER, 12)
P("IL RESPONSABILE DELL’AREA AMMINISTRATIVA", True, WD_ALIGN_PARAGRAPH.CENTER)
P("In esecuzione della deliberazione del Consiglio comunale n. 4 del 27/02/2026, con la quale è stato approvato il Regolamento per l’assegnazione e la gestione degli orti sociali, e della propria determinazione n. 19 del 20/03/2026,")
P("RENDE NOTO", True, WD_ALIGN_PARAGRAPH.CENTER)
P("che sono aperti i termini per la presentazione delle domande di assegnazione in uso di n. 12 orti sociali, ciascuno della superficie di circa 40 m², siti in località Marmoreto.")
t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
for i, (a, b) in enumerate([("Destinatari", "Residenti nel Comune di età superiore a 60 anni, pensionati, e famiglie con figli minori"),
                            ("Durata della concessione", "Tre anni, dal 1° maggio 2026 al 30 aprile 2029"),
                            ("Canone annuo", "€ 30,00 a titolo di rimborso spese per l’acqua irrigua"),
                            ("Scadenza domande", "ore 12:00 del 20 aprile 2026")]):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
    t.cell(i, 0).paragraphs[0].runs[0].bold = True
P("")
P("Le domande, redatte sul modello disponibile presso l’Ufficio Segreteria e sul sito istituzionale, devono pervenire al protocollo comunale a mano, a mezzo raccomandata o tramite PEC. In caso di domande superiori al numero di orti disponibili si procederà secondo la graduatoria di cui all’art. 6 del Regolamento.")
P("Responsabile del procedimento: dott.ssa Laura Gandolfo – tel. 0182 74003.")
P("Casanova Lerrone, 23/03/2026")
P("IL RESPONSABILE DELL’AREA AMMINISTRATIVA\ndott.ssa Laura Gandolfo\n(firmato digitalmente)", False, WD_ALIGN_PARAGRAPH.RIGHT)
d.save(out)
