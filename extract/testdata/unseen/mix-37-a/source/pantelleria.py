"""Determinazione, Comune di Pantelleria: a typewriter-like Word document (Courier New, typed spacing)."""
import sys
from docx.shared import Pt, Cm
from docxutil import *

d = new_doc("Courier New", 11, (2.0, 2.0, 2.0, 3.0))
d.styles["Normal"].paragraph_format.space_after = Pt(0)
d.styles["Normal"].paragraph_format.line_spacing = 1.0
def L(text="", **kw):
    return para(d, text, **kw)
L("C O M U N E   D I   P A N T E L L E R I A", bold=True, align="c")
L("(Provincia Regionale di Trapani)", align="c")
L("")
L("SETTORE IV - SERVIZI SOCIALI E PUBBLICA ISTRUZIONE", bold=True, align="c", underline=True)
L("")
L("")
L("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", bold=True, align="c")
L("")
L("N. 41 DEL 09/03/2026  (Registro di Settore)")
L("N. 233 DEL 11/03/2026 (Registro Generale)")
L("")
p = L(align="j"); run(p, "OGGETTO:", bold=True, underline=True); run(p, " Liquidazione contributi economici straordinari a nuclei familiari in condizioni di disagio socio-economico - I trimestre 2026.", bold=True)
L("")
L("==================================================================", align="c")
L("")
L("IL RESPONSABILE DEL SETTORE", bold=True, align="c")
L("")
txt = [
 "PREMESSO che con deliberazione della Giunta Municipale n. 14 del 30/01/2026, esecutiva, sono stati approvati i criteri per l'erogazione di contributi economici straordinari a favore di nuclei familiari residenti in condizioni di temporaneo disagio socio-economico;",
 "CHE con propria determinazione n. 22 del 10/02/2026 (R.G. n. 118) e' stata impegnata la somma complessiva di Euro 9.600,00 sul capitolo 11040/5 del bilancio di previsione 2026/2028, esercizio 2026;",
 "VISTE le istanze pervenute entro il termine del 28/02/2026 e le relazioni dell'Assistente Sociale, agli atti d'ufficio, dalle quali risultano ammissibili n. 16 nuclei familiari;",
 "RITENUTO di dover procedere alla liquidazione delle somme spettanti, come da elenco allegato che, per ragioni di riservatezza, non viene pubblicato ma e' depositato presso l'Ufficio Servizi Sociali;",
 "VISTO il vigente Regolamento comunale per la concessione di contributi e sussidi economici;",
 "VISTO l'O.R.EE.LL. vigente nella Regione Siciliana e il D.Lgs. 267/2000;",
 "VISTA la determinazione sindacale n. 3 del 08/01/2026 di nomina dei Responsabili dei Settori;",
]
for t in txt:
    L(t, align="j", first=1.5); L("")
L("D E T E R M I N A", bold=True, align="c")
L("")
pts = [
 "di liquidare e pagare la somma complessiva di Euro 9.120,00 ai n. 16 beneficiari indicati nell'elenco depositato agli atti, secondo gli importi a fianco di ciascuno segnati;",
 "di imputare la spesa sul capitolo 11040/5, impegno n. 2026/147, del bilancio 2026/2028, esercizio 2026;",
 "di autorizzare l'Ufficio di Ragioneria ad emettere i relativi mandati di pagamento con accredito sui conti correnti indicati dai beneficiari;",
 "di dare atto che la somma residua di Euro 480,00 costituisce economia di spesa.",
]
for t in pts:
    L("-  " + t, align="j", indent=1.0, first=-0.6); L("")
L("")
L("Pantelleria, li 11/03/2026")
L("")
L("IL RESPONSABILE DEL SETTORE IV", indent=8.0)
L("(Dott. Salvatore Gabriele)", indent=8.5)
L("")
L("------------------------------------------------------------------")
L("VISTO DI REGOLARITA' CONTABILE attestante la copertura finanziaria", bold=True)
L("ai sensi dell'art. 183, comma 7, D.Lgs. 267/2000.")
L("Pantelleria, li 11/03/2026     IL RESPONSABILE DEL SETTORE II")
L("                               (Rag. Giuseppina Valenza)")
L("------------------------------------------------------------------")
d.save(sys.argv[1])
