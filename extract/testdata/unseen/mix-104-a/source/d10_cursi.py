# Cursi (LE) - determinazione, Hypersic-like Word template: header with the body, a register grid with merged cells; python-docx, converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
out = sys.argv[1]
d = Document()
s = d.sections[0]; s.page_width, s.page_height = Cm(21), Cm(29.7); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(2.5)
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.alignment = A.CENTER
r = h.add_run("COMUNE DI CURSI\n"); r.bold = True; r.font.size = Pt(15)
h.add_run("Provincia di Lecce").font.size = Pt(10)
f = s.footer.paragraphs[0]; f.alignment = A.CENTER
f.add_run("Determinazione Reg. Gen. n. 187 del 15/04/2026 - Settore Economico-Finanziario").font.size = Pt(8)
t = d.add_table(rows=4, cols=4); t.style = "Table Grid"
def put(cell, text, bold=False, size=10, al=None):
    p = cell.paragraphs[0]; rr = p.add_run(text); rr.bold = bold; rr.font.size = Pt(size)
    if al is not None: p.alignment = al
a = t.cell(0, 0).merge(t.cell(0, 3)); put(a, "SETTORE ECONOMICO-FINANZIARIO\nUfficio Tributi", True, 11, A.CENTER)
put(t.cell(1, 0), "Registro Generale", True); put(t.cell(1, 1), "N. 187 del 15/04/2026")
put(t.cell(1, 2), "Registro di Settore", True); put(t.cell(1, 3), "N. 44 del 15/04/2026")
m = t.cell(2, 0).merge(t.cell(2, 1)); put(m, "Proposta n. 203 del 13/04/2026", False, 9)
m2 = t.cell(2, 2).merge(t.cell(2, 3)); put(m2, "Esecutiva dal 15/04/2026", False, 9)
m3 = t.cell(3, 0).merge(t.cell(3, 3))
p = m3.paragraphs[0]; rr = p.add_run("OGGETTO: "); rr.bold = True; rr.font.size = Pt(10.5)
p.add_run("Approvazione dei ruoli ordinari della Tassa sui Rifiuti (TARI) per l'anno 2026 e affidamento della stampa e postalizzazione degli avvisi di pagamento. CIG B9A2F70C31.").font.size = Pt(10.5)
def P(text, bold=False, al=A.JUSTIFY, sp=4):
    p = d.add_paragraph(); p.alignment = al; p.paragraph_format.space_after = Pt(sp)
    rr = p.add_run(text); rr.bold = bold; return p
d.add_paragraph()
P("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE ECONOMICO-FINANZIARIO", True, A.CENTER, 8)
for x in ["VISTO il decreto del Sindaco n. 2 del 07/01/2026 di nomina del Responsabile del Settore Economico-Finanziario;",
          "RICHIAMATA la deliberazione del Consiglio Comunale n. 6 del 30/03/2026 con la quale sono state approvate le tariffe TARI per l'anno 2026 sulla base del Piano Economico Finanziario validato dall'AGER Puglia;",
          "DATO ATTO che l'Ufficio Tributi ha elaborato i ruoli ordinari dell'anno 2026, composti da n. 1.962 utenze domestiche e n. 214 utenze non domestiche, per un carico complessivo di euro 1.108.430,00;",
          "RITENUTO di affidare il servizio di stampa, imbustamento e postalizzazione degli avvisi di pagamento alla ditta Salento Print Service S.r.l. di Lecce, che ha offerto l'importo di euro 3.980,00 oltre IVA, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023;",
          "VISTI il D.Lgs. n. 267/2000 e la Legge n. 147/2013, art. 1, commi 639 e seguenti;"]:
    P(x)
P("DETERMINA", True, A.CENTER, 6)
for i, x in enumerate(["di approvare i ruoli ordinari TARI per l'anno 2026 per un importo complessivo di euro 1.108.430,00, comprensivo del tributo provinciale TEFA;",
          "di stabilire che il pagamento avvenga in tre rate con scadenza 31/05/2026, 31/07/2026 e 30/09/2026, ovvero in unica soluzione entro il 31/05/2026;",
          "di affidare alla ditta Salento Print Service S.r.l. il servizio di stampa e postalizzazione degli avvisi per euro 3.980,00 oltre IVA e di impegnare la spesa di euro 4.855,60 al capitolo 1045 del bilancio 2026;",
          "di pubblicare il presente atto all'Albo Pretorio on line per quindici giorni consecutivi."], 1):
    P("%d. %s" % (i, x))
P("Cursi, 15/04/2026", sp=12)
P("Il Responsabile del Settore Economico-Finanziario\nrag. Rocco Giannuzzi\n(firmato digitalmente)", al=A.RIGHT)
d.core_properties.title = "Determinazione n. 187/2026"
d.save(out)
