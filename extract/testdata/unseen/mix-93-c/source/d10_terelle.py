# Comune di Terelle (FR): Word document (python-docx) with the register label grid in the header, repeated on each page
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
d = Document(); s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(1.3); s.bottom_margin = Cm(1.8); s.header_distance = Cm(0.8)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
d.core_properties.title = "Determinazione R.G. 171/2026"; d.core_properties.author = "Ufficio Segreteria"
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill); tcPr.append(sh)
h = s.header
p = h.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("COMUNE DI TERELLE"); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
p = h.add_paragraph("Provincia di Frosinone – SETTORE I – AMMINISTRATIVO"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
t = h.add_table(rows=1, cols=4, width=Cm(16.6)); t.style = "Table Grid"
for i, (txt, fill, b) in enumerate([("Registro generale n.", "D9D9D9", False), ("171", None, True), ("del", "D9D9D9", False), ("13/03/2026", None, True)]):
    c = t.rows[0].cells[i]; c.text = ""; rr = c.paragraphs[0].add_run(txt); rr.bold = b; rr.font.size = Pt(10)
    if fill: shade(c, fill)
f = s.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = f.add_run("Comune di Terelle – Piazza Municipio, 1 – 03040 Terelle (FR) – Determinazione R.G. n. 171/2026"); rr.font.size = Pt(8)
def P(text, bold=False, center=False, size=None, after=6):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(after); return p
P("DETERMINAZIONE N. 34 DEL SETTORE I", True, True, 13)
p = d.add_paragraph(); r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Approvazione dell'avviso pubblico e impegno di spesa per l'erogazione di contributi a sostegno del pagamento dei canoni di locazione – annualità 2026."); r.bold = True
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
P("IL RESPONSABILE DEL SETTORE", True, True)
for x in ["PREMESSO che l'art. 11 della L. 9 dicembre 1998, n. 431 ha istituito il Fondo nazionale per il sostegno all'accesso alle abitazioni in locazione, e che la Regione Lazio, con deliberazione della Giunta regionale n. 118 del 12/02/2026, ha ripartito tra i Comuni le risorse per l'annualità 2026;",
          "DATO ATTO che al Comune di Terelle è stata assegnata la somma di € 6.840,00, accertata al cap. 2105 dell'entrata del bilancio 2026;",
          "RITENUTO di approvare l'avviso pubblico e il modello di domanda, allegati al presente atto quali parti integranti e sostanziali, fissando al 30 aprile 2026 il termine per la presentazione delle domande;",
          "VISTI il D.Lgs. 267/2000, lo Statuto comunale, il Regolamento sull'ordinamento degli uffici e dei servizi e il decreto sindacale n. 1 del 02/01/2026;",
          "ACCERTATA l'insussistenza di situazioni di conflitto di interessi ai sensi dell'art. 6-bis della L. 241/1990;"]:
    P(x)
P("D E T E R M I N A", True, True)
for i, x in enumerate(["di approvare l'avviso pubblico per l'erogazione di contributi a sostegno del pagamento dei canoni di locazione – annualità 2026 (allegato A) e il relativo modello di domanda (allegato B);",
          "di impegnare la somma di € 6.840,00 al cap. 1870 del bilancio di previsione 2026-2028, esercizio 2026, dando atto che la spesa è interamente finanziata con fondi regionali;",
          "di disporre la pubblicazione dell'avviso all'Albo Pretorio on line e sul sito istituzionale per trenta giorni consecutivi;",
          "di dare atto che il Responsabile del procedimento è la sig.ra Rosaria Di Mascio, istruttore amministrativo del Settore I."], 1):
    P("%d) %s" % (i, x))
d.add_page_break()
P("PARERE DI REGOLARITÀ CONTABILE", True, True)
P("Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 (impegno n. 132/2026).")
t = d.add_table(rows=1, cols=2)
t.rows[0].cells[0].text = "Terelle, 13/03/2026"
c = t.rows[0].cells[1]; c.text = ""; pp = c.paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = pp.add_run("IL RESPONSABILE DEL SETTORE I – AMMINISTRATIVO"); rr.bold = True
pp.add_run("\ndott. Gianluca Rotondo")
d.save(sys.argv[1])
