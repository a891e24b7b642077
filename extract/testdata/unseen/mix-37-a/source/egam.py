"""Convocazione dell'Assemblea d'Ambito, EGAM Molise: a Word letter template (docx)."""
import sys
from docx.shared import Pt, Cm, RGBColor
from docxutil import *

d = new_doc("Calibri", 11, (1.8, 2.0, 2.0, 2.2))
sec = d.sections[0]
h = sec.header
t = h.add_table(rows=1, cols=2, width=Cm(16.8))
set_widths(t, (3.0, 13.8))
a, b = t.rows[0].cells
r = run(a.paragraphs[0], "EGAM", bold=True, size=24); r.font.color.rgb = RGBColor(0x00, 0x5b, 0x96)
r = run(b.paragraphs[0], "ENTE DI GOVERNO DELL’AMBITO DEL MOLISE", bold=True, size=12.5); r.font.color.rgb = RGBColor(0x00, 0x5b, 0x96)
para(b, "per il Servizio Idrico Integrato", size=10.5, space_after=0)
para(b, "(L.R. Molise 22 aprile 2017, n. 4) – Via Genova, 11 – 86100 Campobasso", size=8.5, space_after=0)
p = para(b, "PEC: egam@pec.it – C.F. 92079870702", size=8.5, space_after=0)
h.paragraphs[0].text = ""
f = sec.footer.paragraphs[0]; f.alignment = 1
run(f, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate", size=7.5, italic=True)

para(d, "")
p = para(d, space_after=0); run(p, "Prot. n. 0000612/2026", size=10)
p = para(d, space_after=10); run(p, "Campobasso, 02/03/2026", size=10)
for line in ["Ai Sindaci dei Comuni dell’Ambito", "territoriale ottimale del Molise", "LORO SEDI", "", "e p.c.  Al Presidente della Giunta Regionale del Molise", "Al Revisore dei conti dell’EGAM", "Al Direttore Generale"]:
    para(d, line, size=10.5, indent=9.0, space_after=0)
para(d, "")
p = para(d, space_after=8); run(p, "CONVOCAZIONE ASSEMBLEA D’AMBITO – SEDUTA ORDINARIA", bold=True, size=12)
para(d, "Ai sensi dell’art. 7 della legge regionale 22 aprile 2017, n. 4, e dell’art. 9 dello Statuto dell’Ente, la S.V. è invitata a partecipare alla seduta ordinaria dell’Assemblea d’Ambito, convocata presso la Sala consiliare della Provincia di Campobasso, Via Roma n. 47, Campobasso, per il giorno", align="j")
p = para(d, align="c", space_after=2); run(p, "giovedì 19 marzo 2026, alle ore 10:30", bold=True)
para(d, "in prima convocazione e, qualora non si raggiunga il numero legale, per il giorno", align="j", space_after=2)
p = para(d, align="c", space_after=2); run(p, "venerdì 20 marzo 2026, alle ore 11:00", bold=True)
para(d, "in seconda convocazione, per la trattazione del seguente", align="j")
p = para(d, align="c", space_after=6); run(p, "ORDINE DEL GIORNO", bold=True)
odg = [
 "Comunicazioni del Presidente;",
 "Approvazione dei verbali delle sedute del 27 novembre 2025 e del 18 dicembre 2025;",
 "Approvazione del Bilancio di previsione 2026-2028 e dei relativi allegati;",
 "Aggiornamento del Programma degli interventi del Piano d’Ambito – annualità 2026;",
 "Determinazione delle quote di contribuzione dei Comuni al funzionamento dell’Ente per l’anno 2026;",
 "Varie ed eventuali.",
]
for i, x in enumerate(odg, 1):
    para(d, f"{i}.\t{x}", indent=1.0, first=-0.6, space_after=2)
para(d, "")
para(d, "La documentazione relativa agli argomenti iscritti all’ordine del giorno è depositata presso la segreteria dell’Ente ed è consultabile nell’area riservata del sito istituzionale a partire dal 12 marzo 2026.", align="j")
para(d, "Si ricorda che, in caso di impedimento, il Sindaco può delegare la partecipazione a un componente della Giunta comunale, mediante delega scritta da consegnare all’inizio della seduta.", align="j")
para(d, "Distinti saluti.")
para(d, "")
para(d, "Il Presidente", align="r", space_after=0)
para(d, "Avv. Domenico Iacovone", align="r", bold=True)
d.save(sys.argv[1])
