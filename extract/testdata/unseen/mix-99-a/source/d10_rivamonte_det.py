# Comune di Rivamonte Agordino - determinazione; python-docx (Word template): the Servizio and the numbers
# are only in the page header/footer and in the register table on the last lines. Converted by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); st = d.styles["Normal"]; st.font.name = "Cambria"; st.font.size = Pt(10.5)
sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(3); sec.bottom_margin = Cm(2.5)
h = sec.header.paragraphs[0]; h.text = "COMUNE DI RIVAMONTE AGORDINO – Provincia di Belluno\nSERVIZIO TECNICO – Ufficio Lavori Pubblici"
h.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in h.runs: r.font.size = Pt(9); r.bold = True
f = sec.footer.paragraphs[0]; f.text = "Determinazione del Servizio Tecnico n. 31 del 27/03/2026 – Reg. Gen. 58"; f.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in f.runs: r.font.size = Pt(8)
def P(t, b=False, c=False, j=True):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c else (WD_ALIGN_PARAGRAPH.JUSTIFY if j else WD_ALIGN_PARAGRAPH.LEFT); return p
P("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", True, True)
p = d.add_paragraph(); p.add_run("OGGETTO: ").bold = True
p.add_run("Lavori di sistemazione del piazzale del cimitero di Rivamonte – Approvazione dello stato finale e del certificato di regolare esecuzione – CUP E27H25001230004 – CIG B6F2A09C31.").bold = True
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
P("IL RESPONSABILE DEL SERVIZIO TECNICO", True, True)
for t in ["Richiamata la propria determinazione n. 88 del 14/10/2025 (Reg. Gen. 171), con la quale i lavori di sistemazione del piazzale del cimitero di Rivamonte sono stati affidati alla ditta Costruzioni Agordine s.n.c. di Agordo per l'importo di euro 48.750,00 oltre IVA;",
          "Visto il verbale di ultimazione dei lavori redatto il 2 marzo 2026;",
          "Visti lo stato finale dei lavori e il certificato di regolare esecuzione redatti dal direttore dei lavori arch. Nadia Zasso in data 16 marzo 2026, dai quali risulta un credito residuo dell'impresa di euro 9.812,50 oltre IVA;",
          "Accertata la regolarità contributiva dell'impresa mediante DURC on line prot. INAIL_51822937;",
          "Visto l'art. 116 del D.Lgs. 36/2023 e l'Allegato II.14 al medesimo decreto;"]:
    P(t)
P("D E T E R M I N A", True, True)
for i, t in enumerate(["di approvare lo stato finale dei lavori e il certificato di regolare esecuzione relativi ai lavori di sistemazione del piazzale del cimitero di Rivamonte;",
          "di liquidare alla ditta Costruzioni Agordine s.n.c. la rata di saldo di euro 9.812,50 oltre IVA 10%, per complessivi euro 10.793,75;",
          "di imputare la spesa al capitolo 21050 del bilancio 2026, impegno n. 402/2025;",
          "di svincolare la cauzione definitiva prestata dall'impresa."], 1):
    P("%d. %s" % (i, t))
P("Rivamonte Agordino, 27/03/2026", j=False)
P("Il Responsabile del Servizio Tecnico\ngeom. Loris Dal Pont", c=True)
t = d.add_table(rows=3, cols=2); t.style = "Table Grid"
for r, (a, b) in enumerate([("Numero di servizio", "31 del 27/03/2026"), ("Registro generale", "58"), ("Visto contabile", "Favorevole – 27/03/2026 – dott.ssa Sara Follador")]):
    t.cell(r, 0).text = a; t.cell(r, 1).text = b
d.save(sys.argv[1])
