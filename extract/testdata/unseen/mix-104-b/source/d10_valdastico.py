# python-docx: certificate of publication (Word template, header and footer); converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); s = d.styles["Normal"]; s.font.name = "Carlito"; s.font.size = Pt(11)
sec = d.sections[0]
h = sec.header.paragraphs[0]; h.text = "COMUNE DI VALDASTICO\nProvincia di Vicenza – Servizio Segreteria"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
f = sec.footer.paragraphs[0]; f.text = "Piazza Giovanni XXIII, 1 – 36040 Valdastico (VI) – PEC comune.valdastico.vi@pecveneto.it"; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
def P(t, b=False, c=False):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if c: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p
P("ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE", True, True)
P("Il sottoscritto Responsabile del Servizio Segreteria")
P("ATTESTA", True, True)
P("che la deliberazione della Giunta Comunale n. 19 del 12/03/2026, avente ad oggetto:")
P("“Approvazione dello schema di convenzione con l'Unione Montana Pasubio Alto Vicentino per la gestione associata del servizio di polizia locale – periodo 2026-2028.”", True)
P("è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi dal 16/03/2026 al 31/03/2026 (Reg. pubbl. n. 142/2026), ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267, e che contro di essa non sono pervenute opposizioni.")
P("La deliberazione è stata dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
P("Valdastico, 01/04/2026")
p = P("IL RESPONSABILE DEL SERVIZIO SEGRETERIA\nrag. Lucia Dal Zotto"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.save(sys.argv[1])
