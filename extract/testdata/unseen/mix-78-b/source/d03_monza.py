# python-docx: Word template with letterhead in the running head and the register box in the footer; converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.3); s.top_margin = Cm(2.2)
hp = s.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("CITTÀ DI MONZA"); r.bold = True; r.font.size = Pt(16)
h2 = s.header.add_paragraph("Provincia di Monza e della Brianza"); h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
h3 = s.header.add_paragraph("Gabinetto del Sindaco"); h3.alignment = WD_ALIGN_PARAGRAPH.CENTER; h3.runs[0].italic = True
fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("Decreto sindacale n. 9/2026 – P.G. 52370 del 19/03/2026 – documento firmato digitalmente ai sensi del D.Lgs. 82/2005"); fr.font.size = Pt(8)
def P(text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, space=6):
    p = d.add_paragraph(); p.alignment = align; p.paragraph_format.space_after = Pt(space)
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    return p
t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
t.cell(0,0).text = "DECRETO DEL SINDACO\nN. 9 del 19/03/2026"; t.cell(0,1).text = "Protocollo generale\nP.G. n. 52370/2026"
P("")
P("OGGETTO: CONFERIMENTO DELL’INCARICO DI DIRIGENTE DEL SETTORE MOBILITÀ, VIABILITÀ E RETI ALL’ING. FEDERICA SALA, AI SENSI DELL’ART. 110, COMMA 1, DEL D.LGS. 267/2000.", bold=True)
P("IL SINDACO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for x in ["Visto l’art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267, che attribuisce al Sindaco la nomina dei responsabili degli uffici e dei servizi e l’attribuzione degli incarichi dirigenziali;",
          "Visto l’art. 110, comma 1, del medesimo decreto e il vigente Regolamento sull’ordinamento degli uffici e dei servizi, approvato con deliberazione di Giunta Comunale n. 212 del 14/07/2022;",
          "Richiamata la determinazione dirigenziale n. 318 del 05/02/2026 con la quale è stato approvato il verbale della commissione di valutazione della selezione pubblica per titoli e colloquio;",
          "Dato atto che l’ing. Federica Sala, nata a Lecco il 4 maggio 1979, è risultata idonea e in possesso dei requisiti richiesti;"]:
    P(x)
P("DECRETA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for i, x in enumerate(["di conferire all’ing. Federica Sala l’incarico di Dirigente del Settore Mobilità, Viabilità e Reti, con contratto a tempo determinato ai sensi dell’art. 110, comma 1, del D.Lgs. 267/2000, con decorrenza dal 1° aprile 2026 e fino alla scadenza del mandato del Sindaco;",
                       "di attribuire alla dirigente le funzioni di cui all’art. 107 del D.Lgs. 267/2000 e la responsabilità dei Servizi Mobilità e Trasporti, Viabilità e Segnaletica, Reti e Sottoservizi;",
                       "di stabilire che il trattamento economico è quello previsto dal CCNL dell’Area Funzioni Locali, con retribuzione di posizione di fascia B;",
                       "di disporre la pubblicazione del presente decreto all’Albo Pretorio on line e nella sezione Amministrazione Trasparente del sito istituzionale."], 1):
    P(f"{i}. {x}")
P("Monza, 19 marzo 2026", align=WD_ALIGN_PARAGRAPH.LEFT)
P("IL SINDACO\nAndrea Brivio", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
d.core_properties.title = "Decreto sindacale 9/2026"
d.save(sys.argv[1])
