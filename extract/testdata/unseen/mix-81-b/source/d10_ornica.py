import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(10.5)
h = d.sections[0].header.paragraphs[0]; h.text = "COMUNE DI ORNICA - Provincia di Bergamo\nAREA TECNICA - Servizio Lavori Pubblici e Patrimonio"; h.alignment = A.CENTER
f = d.sections[0].footer.paragraphs[0]; f.text = "Determinazione Reg. Gen. 41 del 23/03/2026"; f.alignment = A.CENTER
def p(t, b=False, al=A.JUSTIFY):
    x = d.add_paragraph(); r = x.add_run(t); r.bold = b; x.alignment = al
p("DETERMINAZIONE DEL RESPONSABILE DELL'AREA TECNICA", True, A.CENTER)
t = d.add_table(rows=2, cols=3); t.style = "Table Grid"
for i, s in enumerate(["N. Settore", "N. Reg. Gen.", "Data"]): t.cell(0, i).text = s
for i, s in enumerate(["12", "41", "23/03/2026"]): t.cell(1, i).text = s
p("")
p("OGGETTO: Affidamento diretto del servizio di sgombero neve sulle strade comunali per la stagione invernale 2026/2027 - CIG B9F21C7A03 - Impegno di spesa.", True)
p("IL RESPONSABILE DELL'AREA TECNICA", True, A.CENTER)
p("Visto il decreto sindacale n. 3 del 2 gennaio 2026 di nomina dei Responsabili di Area; richiamato l'art. 50, comma 1, lett. b), del D.Lgs. 36/2023; visto il preventivo presentato dalla ditta Milesi Servizi Montani s.r.l. di Cassiglio, pari a € 18.400,00 oltre IVA, ritenuto congruo;")
p("DETERMINA", True, A.CENTER)
for s in ["1. di affidare alla ditta Milesi Servizi Montani s.r.l. il servizio di sgombero neve sulle strade comunali per la stagione invernale 2026/2027;",
          "2. di impegnare la spesa complessiva di € 22.448,00 IVA compresa al capitolo 1810 del bilancio 2026-2028;",
          "3. di dare atto che il presente provvedimento è esecutivo con l'apposizione del visto di regolarità contabile."]: p(s)
p("Ornica, 23/03/2026", False, A.LEFT)
p("IL RESPONSABILE DELL'AREA TECNICA\ngeom. Claudio Manzoni", False, A.RIGHT)
d.save(sys.argv[1])
