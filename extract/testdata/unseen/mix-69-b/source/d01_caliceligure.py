# Calice Ligure (SV): avviso di rilascio di permesso di costruire, Word model (python-docx) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
h = s.header; t = h.add_table(rows=2, cols=2, width=Cm(16.6))
t.cell(0, 0).text = "COMUNE DI CALICE LIGURE"; t.cell(0, 0).paragraphs[0].runs[0].bold = True
t.cell(1, 0).text = "Provincia di Savona – Piazza IV Novembre 1 – 17020 Calice Ligure (SV)"
t.cell(0, 1).text = "Area Tecnica"; t.cell(1, 1).text = "Servizio Edilizia Privata e Urbanistica"
for r in (0, 1): t.cell(r, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
f = s.footer.paragraphs[0]; f.text = "Sportello Unico per l'Edilizia – tel. 019 65 431 – edilizia@comune.caliceligure.sv.it"; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
def P(text, bold=False, align=None, size=None, space=6):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if align: p.alignment = align
    p.paragraph_format.space_after = Pt(space); return p
P("Prot. n. 4127 del 09/11/2026", align=WD_ALIGN_PARAGRAPH.RIGHT)
P("AVVISO DI RILASCIO DEL PERMESSO DI COSTRUIRE N. 14/2026", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13)
P("(art. 20, comma 6, del D.P.R. 6 giugno 2001, n. 380 e art. 25 della L.R. Liguria 6 giugno 2008, n. 16)", align=WD_ALIGN_PARAGRAPH.CENTER, size=10)
P("IL RESPONSABILE DELL'AREA TECNICA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
P("Vista la domanda presentata in data 14/07/2026, prot. n. 2688, dalla sig.ra Bruzzone Elisa, nata a Finale Ligure il 03/05/1979, intesa ad ottenere il permesso di costruire per la ristrutturazione edilizia con ampliamento di un fabbricato rurale ad uso residenziale in località Carbuta, distinto al N.C.E.U. al foglio 7, mappale 412;", align=J)
P("Visto il parere favorevole della Commissione Locale per il Paesaggio espresso nella seduta del 22/09/2026 e l'autorizzazione paesaggistica n. 9/2026 rilasciata in data 15/10/2026;", align=J)
P("RENDE NOTO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
P("che in data 06/11/2026 è stato rilasciato il Permesso di Costruire n. 14/2026 alla sig.ra Bruzzone Elisa per i lavori sopra descritti, con le seguenti indicazioni:", align=J)
tb = d.add_table(rows=5, cols=2); tb.style = 'Table Grid'
for i, (a, b) in enumerate([("Titolare", "Bruzzone Elisa"), ("Intervento", "Ristrutturazione edilizia con ampliamento volumetrico (art. 3, comma 1, lett. d), D.P.R. 380/2001)"),
        ("Ubicazione", "Località Carbuta, via Provinciale 38"), ("Dati catastali", "Foglio 7, mappale 412"), ("Termine inizio lavori", "entro un anno dal rilascio")]):
    tb.cell(i, 0).text = a; tb.cell(i, 1).text = b
P("")
P("Chiunque vi abbia interesse può prendere visione del permesso di costruire e dei relativi elaborati progettuali presso lo Sportello Unico per l'Edilizia, nei giorni di martedì e giovedì dalle ore 9.00 alle ore 12.00, ed entro il termine di legge può proporre ricorso al T.A.R. Liguria (60 giorni) o ricorso straordinario al Presidente della Repubblica (120 giorni).", align=J)
P("Il presente avviso è pubblicato all'Albo Pretorio on line per quindici giorni consecutivi.", align=J)
P("Calice Ligure, 9 novembre 2026")
P("Il Responsabile dell'Area Tecnica", align=WD_ALIGN_PARAGRAPH.RIGHT, space=0)
P("geom. Marco Ferrando", align=WD_ALIGN_PARAGRAPH.RIGHT, space=0)
P("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", align=WD_ALIGN_PARAGRAPH.RIGHT, size=8)
d.save(sys.argv[1])
