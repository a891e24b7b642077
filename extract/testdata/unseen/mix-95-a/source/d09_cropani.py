# Cropani: Word document made with python-docx (register grid in the page header, repeated), converted by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(1.5)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
h = s.header
hp = h.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI CROPANI"); r.bold = True; r.font.size = Pt(15)
hp2 = h.add_paragraph("Provincia di Catanzaro – Area Tecnica – Servizio Lavori Pubblici e Manutenzioni"); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
t = h.add_table(rows=2, cols=4, width=Cm(16.6)); t.style = "Table Grid"
for i, v in enumerate(["Determinazione del Responsabile di Area", "N. 31/AT del 10/03/2026", "Registro Generale", "N. 118 del 11/03/2026"]):
    t.cell(0, i).text = v
for i, v in enumerate(["Proposta", "n. 44 del 06/03/2026", "Pubblicata all'Albo", "dal 12/03/2026"]):
    t.cell(1, i).text = v
f = s.footer.paragraphs[0]; f.text = "Determinazione Area Tecnica n. 31/AT – Sistema Halley e-Gov – documento informatico firmato digitalmente"; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
def P(txt, bold=False, al=WD_ALIGN_PARAGRAPH.JUSTIFY):
    p = d.add_paragraph(); p.alignment = al; rr = p.add_run(txt); rr.bold = bold; return p
P("OGGETTO: Lavori di manutenzione straordinaria della copertura della Scuola dell'Infanzia di Cropani Marina. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta Edil Sud di Mancuso Francesco. CIG B9F21C07E3. Impegno di spesa.", True)
P("IL RESPONSABILE DELL'AREA TECNICA", True, WD_ALIGN_PARAGRAPH.CENTER)
P("Visto il decreto sindacale n. 3 del 2 gennaio 2026 di conferimento dell'incarico di Elevata Qualificazione dell'Area Tecnica; vista la deliberazione del Consiglio Comunale n. 9 del 27/02/2026 di approvazione del bilancio di previsione 2026-2028; premesso che a seguito delle piogge del mese di febbraio si sono verificate infiltrazioni nella copertura della Scuola dell'Infanzia di Cropani Marina; visto il preventivo della ditta Edil Sud di Mancuso Francesco, acquisito al protocollo n. 2650 del 4 marzo 2026, per l'importo di € 18.400,00 oltre IVA; accertata la regolarità contributiva della ditta (DURC prot. INAIL_51234567);")
P("DETERMINA", True, WD_ALIGN_PARAGRAPH.CENTER)
for i, x in enumerate(["di affidare alla ditta Edil Sud di Mancuso Francesco, con sede in Botricello, i lavori di manutenzione straordinaria della copertura della Scuola dell'Infanzia di Cropani Marina per l'importo di € 18.400,00 oltre IVA al 10%;",
                       "di impegnare la somma complessiva di € 20.240,00 sul capitolo 2041/1 del bilancio 2026-2028, esercizio 2026;",
                       "di dare atto che il CIG è B9F21C07E3 e che il Responsabile Unico del Progetto è l'ing. Giuseppe Aiello;",
                       "di trasmettere il presente atto al Servizio Finanziario per l'apposizione del visto di regolarità contabile."], 1):
    P("%d. %s" % (i, x))
P("Cropani, 10/03/2026")
P("IL RESPONSABILE DELL'AREA TECNICA\ning. Giuseppe Aiello", False, WD_ALIGN_PARAGRAPH.RIGHT)
d.save(sys.argv[1])
