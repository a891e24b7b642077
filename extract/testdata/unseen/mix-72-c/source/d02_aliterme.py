# Determinazione of the Area Tecnica of Alì Terme: python-docx model (same letterhead), LibreOffice Writer
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("COMUNE DI ALÌ TERME\n"); r.bold = True; r.font.size = Pt(15)
h.add_run("Città Metropolitana di Messina\nVia Roma n. 1 – 98021 Alì Terme (ME) – C.F. 00399640838").font.size = Pt(9)
f = s.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
f.add_run("Determinazione Area Tecnica – Reg. Gen. 311/2026").font.size = Pt(8)
def P(t, b=False, al=WD_ALIGN_PARAGRAPH.JUSTIFY, sz=11):
    p = d.add_paragraph(); p.alignment = al; r = p.add_run(t); r.bold = b; r.font.size = Pt(sz); return p
P("AREA TECNICA\nServizio Lavori Pubblici e Manutenzioni", True, WD_ALIGN_PARAGRAPH.CENTER, 12)
t = d.add_table(rows=2, cols=2); t.style = "Table Grid"
t.cell(0, 0).text = "DETERMINAZIONE N. 58 del 14.5.2026"; t.cell(0, 1).text = "Reg. Gen. 311 del 14.5.2026"
t.cell(1, 0).merge(t.cell(1, 1)).text = "Proposta n. 77 del 13.5.2026"
p = P("OGGETTO: ", True); p.add_run("Affidamento diretto ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. 36/2023 dei lavori di ripristino della ringhiera del lungomare di Alì Terme danneggiata dalle mareggiate – CIG B8C3D41F27 – Impegno di spesa.").bold = True
P("IL RESPONSABILE DELL’AREA TECNICA", True, WD_ALIGN_PARAGRAPH.CENTER)
P("Premesso che le mareggiate dello scorso mese di aprile hanno danneggiato circa sessanta metri della ringhiera del lungomare; visto il preventivo della ditta Edil Scaletta di Fabio Mento, con sede in Scaletta Zanclea, acquisito al prot. n. 4417 del 6.5.2026, per l’importo di € 14.200,00 oltre IVA; ritenuto congruo il prezzo offerto;")
P("D E T E R M I N A", True, WD_ALIGN_PARAGRAPH.CENTER)
for i, x in enumerate(["di affidare alla ditta Edil Scaletta di Fabio Mento i lavori di ripristino della ringhiera del lungomare per l’importo di € 14.200,00 oltre IVA al 22%;",
    "di impegnare la somma complessiva di € 17.324,00 sul capitolo 2845 del bilancio 2026;",
    "di dare atto che il RUP è il geom. Antonino Smiroldo;",
    "di trasmettere il presente atto al Servizio Finanziario per il visto di regolarità contabile."], 1):
    P(f"{i}) {x}")
P("Alì Terme, 14.5.2026", al=WD_ALIGN_PARAGRAPH.LEFT)
P("Il Responsabile dell’Area Tecnica\ning. Giovanni Sturiale", al=WD_ALIGN_PARAGRAPH.RIGHT)
d.save(sys.argv[1])
