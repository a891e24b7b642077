# Unione dei Comuni della Valle del Savuto: Word-style determinazione (python-docx -> LibreOffice):
# Area / Servizio in the running head, register numbers in a boxed two-row table.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
out = sys.argv[1]
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
hp = s.header.paragraphs[0]; hp.text = "UNIONE DEI COMUNI DELLA VALLE DEL SAVUTO\nArea Vigilanza – Servizio Associato di Polizia Locale"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in hp.runs: r.font.size = Pt(9); r.font.bold = True
fp = s.footer.paragraphs[0]; fp.text = "Sede: Piazza Municipio, 1 – 87054 Rogliano (CS) – unionevalledelsavuto@pec.it"; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs: r.font.size = Pt(8)
def P(text, bold=False, align=None, size=None, space=6):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    p.paragraph_format.space_after = Pt(space); return p
P("Comuni di Altilia, Belsito, Carpanzano, Cellara, Grimaldi, Malito, Mangone, Marzi, Parenti, Rogliano, Santo Stefano di Rogliano", align=WD_ALIGN_PARAGRAPH.CENTER, size=8)
P("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13)
t = d.add_table(rows=2, cols=2); t.style = "Table Grid"
t.cell(0, 0).text = "Registro Generale n. 88"; t.cell(0, 1).text = "data 11/03/2026"
t.cell(1, 0).text = "Registro di Settore n. 14"; t.cell(1, 1).text = "data 09/03/2026"
P("", space=2)
p = d.add_paragraph(); r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Servizio associato di Polizia Locale – Acquisto di n. 2 autoveicoli in allestimento di servizio mediante adesione a convenzione Consip – Impegno di spesa – CIG B2E5C74D18."); r.bold = True
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
P("IL RESPONSABILE DEL SERVIZIO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for x in [
 "Visto il decreto del Presidente dell'Unione n. 2 del 7 gennaio 2026, con il quale è stata conferita al sottoscritto la responsabilità dell'Area Vigilanza;",
 "Vista la deliberazione dell'Assemblea dell'Unione n. 4 del 26 febbraio 2026, con la quale è stato approvato il bilancio di previsione finanziario 2026-2028;",
 "Considerato che il parco veicoli del servizio associato necessita di essere rinnovato, essendo due autovetture fuori uso per vetustà, e che è attiva la convenzione Consip \"Veicoli in acquisto 5 – Lotto 3\" per autoveicoli con allestimento per le Forze di Polizia;",
 "Ritenuto di aderire alla predetta convenzione per l'acquisto di n. 2 autoveicoli al prezzo complessivo di euro 71.980,00 IVA inclusa;",
 "Visti il D.Lgs. 267/2000, il D.Lgs. 36/2023 e lo Statuto dell'Unione;"]:
    P(x, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
P("DETERMINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for i, x in enumerate([
 "di aderire alla convenzione Consip \"Veicoli in acquisto 5 – Lotto 3\" per la fornitura di n. 2 autoveicoli allestiti per il servizio di Polizia Locale;",
 "di impegnare la somma complessiva di euro 71.980,00 sul capitolo 3110/2 del bilancio 2026, missione 3, programma 1;",
 "di dare atto che il Responsabile del procedimento è il Commissario Capo Eugenio Scarpelli;",
 "di trasmettere il presente atto al Servizio Finanziario per l'apposizione del visto di regolarità contabile."], 1):
    P("%d. %s" % (i, x), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
P("Rogliano, 9 marzo 2026")
P("Il Responsabile dell'Area Vigilanza\nComm. Sup. Gianfranco De Rose", align=WD_ALIGN_PARAGRAPH.RIGHT)
P("VISTO DI REGOLARITÀ CONTABILE attestante la copertura finanziaria (art. 183, comma 7, D.Lgs. 267/2000). Impegno n. 211/2026. Rogliano, 11/03/2026 – Il Responsabile del Servizio Finanziario dott.ssa Loredana Gallo", size=9, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
d.save(out)
