# Consiglio comunale, Comune di Contessa Entellina / Bashkia e Kundisës (PA): python-docx, converted by LibreOffice.
# Register data in the page header; roll table in two side-by-side halves under merged heading cells.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21); sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6)
h = sec.header.paragraphs[0]; h.alignment = AL.CENTER
r = h.add_run("COMUNE DI CONTESSA ENTELLINA\n"); r.bold = True; r.font.size = Pt(13)
r = h.add_run("Bashkia e Kundisës\n"); r.italic = True
h.add_run("Città Metropolitana di Palermo").font.size = Pt(9)
f = sec.footer.paragraphs[0]; f.alignment = AL.CENTER
f.add_run("Delibera C.C. n. 9 del 30/03/2026").font.size = Pt(8)
def p(text="", bold=False, align=None, size=None, italic=False):
    x = d.add_paragraph(); x.paragraph_format.space_after = Pt(4)
    if align: x.alignment = align
    rr = x.add_run(text); rr.bold = bold; rr.italic = italic
    if size: rr.font.size = Pt(size)
    return x
p("COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", True, AL.CENTER, 13)
p("Vendim i Këshillit Bashkiak", False, AL.CENTER, 10, True)
t = d.add_table(rows=2, cols=2); t.style = "Table Grid"
t.cell(0, 0).text = "N. 9"; t.cell(0, 1).text = "del 30/03/2026"
m = t.cell(1, 0).merge(t.cell(1, 1))
m.text = "OGGETTO: Approvazione del Regolamento comunale per la tutela e la valorizzazione della lingua e della cultura arbëreshe."
for c in (t.cell(0, 0), t.cell(0, 1), m):
    for r_ in c.paragraphs[0].runs: r_.bold = True
p()
p("L'anno duemilaventisei addì trenta del mese di marzo alle ore 18:00 e seguenti, nella sala consiliare del Comune, alla seduta di prima convocazione, partecipata ai consiglieri a norma di legge, risultano all'appello nominale:", align=AL.JUSTIFY)
R = [("DI MAGGIO Rosaria", "P"), ("SCHIRÒ Giorgio", "P"), ("LALA Domenico", "P"), ("PARRINO Anna", "A"), ("CUCCIA Salvatore", "P"), ("MATRANGA Giuseppina", "P"),
     ("BECCADELLI Marco", "P"), ("ALESSI Francesca", "A"), ("SPATA Nicolò", "P"), ("MUSACCHIA Elena", "P")]
t = d.add_table(rows=2 + 5, cols=4); t.style = "Table Grid"
a = t.cell(0, 0).merge(t.cell(0, 3)); a.text = "CONSIGLIERI COMUNALI – Këshilltarët"
for j, x in enumerate(["Consigliere", "P/A", "Consigliere", "P/A"]): t.cell(1, j).text = x
for i, (n, v) in enumerate(R):
    row, col = 2 + i % 5, (i // 5) * 2
    t.cell(row, col).text = n; t.cell(row, col + 1).text = v
p()
p("Presenti n. 8 – Assenti n. 2 (Parrino, Alessi). Assume la presidenza il Presidente del Consiglio Giorgio Schirò. Partecipa il Segretario Comunale dott. Vincenzo Genova. È presente il Sindaco Leonardo Spera.", align=AL.JUSTIFY)
p("IL CONSIGLIO COMUNALE", True, AL.CENTER)
p("Vista la Legge 15 dicembre 1999, n. 482, recante norme in materia di tutela delle minoranze linguistiche storiche; vista la proposta di regolamento predisposta dall'Area Amministrativa; visto il parere favorevole della Commissione consiliare Affari Generali; visto l'O.R.EE.LL. vigente nella Regione Siciliana;", align=AL.JUSTIFY)
p("Con voti favorevoli n. 6, contrari n. 1 (Musacchia), astenuti n. 1 (Lala), espressi per alzata di mano dagli 8 consiglieri presenti,", align=AL.JUSTIFY)
p("DELIBERA", True, AL.CENTER)
for i, x in enumerate(["Di approvare il Regolamento comunale per la tutela e la valorizzazione della lingua e della cultura arbëreshe, composto da 14 articoli, allegato alla presente per farne parte integrante;",
                       "Di istituire lo Sportello linguistico comunale presso l'Area Amministrativa;",
                       "Di disporre la pubblicazione del Regolamento nel sito istituzionale, in lingua italiana e arbëreshe."], 1):
    p("%d) %s" % (i, x), align=AL.JUSTIFY)
p("Il presente verbale viene letto, approvato e sottoscritto.")
t = d.add_table(rows=2, cols=2)
t.cell(0, 0).text = "IL PRESIDENTE DEL CONSIGLIO"; t.cell(0, 1).text = "IL SEGRETARIO COMUNALE"
t.cell(1, 0).text = "Giorgio Schirò"; t.cell(1, 1).text = "dott. Vincenzo Genova"
for row in t.rows:
    for c in row.cells: c.paragraphs[0].alignment = AL.CENTER
d.save(sys.argv[1])
