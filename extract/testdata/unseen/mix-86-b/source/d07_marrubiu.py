# Comune di Marrubiu: determinazione, Word template (python-docx) with Area/Servizio in the running head
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
h = d.sections[0].header.paragraphs[0]; h.text = "COMUNE DI MARRUBIU – Provincia di Oristano\nAREA SOCIO-CULTURALE – Servizio Pubblica Istruzione"; h.alignment = AL.CENTER
f = d.sections[0].footer.paragraphs[0]; f.text = "Determinazione N. 47/2026 R.G. – pagina 1"; f.alignment = AL.RIGHT
def p(t, b=False, al=AL.JUSTIFY):
    x = d.add_paragraph(); r = x.add_run(t); r.bold = b; x.alignment = al; return x
p("DETERMINAZIONE DEL RESPONSABILE DELL'AREA SOCIO-CULTURALE", True, AL.CENTER)
p("N. 47/2026 R.G. del 26/03/2026\nN. 12 di Settore del 24/03/2026", True, AL.CENTER)
p("OGGETTO: Concessione delle borse di studio regionali per l'anno scolastico 2025/2026 agli studenti delle scuole secondarie residenti – Approvazione della graduatoria definitiva.", True)
p("IL RESPONSABILE DELL'AREA")
p("Vista la deliberazione della Giunta Regionale n. 8/22 del 12.02.2026; visto il bando comunale pubblicato il 20/02/2026; esaminate le n. 64 istanze pervenute entro il termine; visto il verbale della commissione istruttoria del 18/03/2026;")
p("DETERMINA", True, AL.CENTER)
for i, t in enumerate(["di approvare la graduatoria definitiva degli aventi diritto alle borse di studio regionali per l'anno scolastico 2025/2026, allegata in forma anonimizzata;",
                       "di dare atto che la spesa complessiva di euro 15.360,00 trova copertura sul capitolo 4510 del bilancio 2026;",
                       "di pubblicare la graduatoria all'Albo Pretorio on line nel rispetto della normativa sulla protezione dei dati personali."], 1):
    p(f"{i}) {t}")
p("Il Responsabile dell'Area\ndott.ssa Roberta Frau", False, AL.RIGHT)
d.save(sys.argv[1])
