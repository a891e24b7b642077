# Comune di Castagnole delle Lanze: Word document built with python-docx (header/footer in the section), converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.3); s.top_margin = Cm(2.5); s.bottom_margin = Cm(2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "Comune di Castagnole delle Lanze – Decreto n. 4/2026"; h.alignment = A.RIGHT; h.runs[0].font.size = Pt(8); h.runs[0].italic = True
f = s.footer.paragraphs[0]; f.text = "Piazza Balbo, 1 – 14054 Castagnole delle Lanze (AT) – PEC castagnole.delle.lanze@cert.ruparpiemonte.it"; f.alignment = A.CENTER; f.runs[0].font.size = Pt(8)
def P(t, bold=False, al=A.JUSTIFY, size=None, after=6):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = bold
    if size: r.font.size = Pt(size)
    p.alignment = al; p.paragraph_format.space_after = Pt(after); return p
P("COMUNE DI CASTAGNOLE DELLE LANZE", True, A.CENTER, 16, 0)
P("Provincia di Asti", False, A.CENTER, 10, 14)
P("DECRETO DEL SINDACO", True, A.CENTER, 13, 2)
P("N. 4", True, A.CENTER, 12, 12)
p = d.add_paragraph(); r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Nomina del Responsabile dell'Area Tecnica e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000 per il periodo 15 maggio – 31 dicembre 2026."); r.bold = True
p.alignment = A.JUSTIFY; p.paragraph_format.space_after = Pt(12)
P("IL SINDACO", True, A.CENTER)
for t in ["PREMESSO che l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267 attribuisce al Sindaco la nomina dei responsabili degli uffici e dei servizi;",
          "VISTO l'art. 109, comma 2, del medesimo decreto, ai sensi del quale nei Comuni privi di personale di qualifica dirigenziale le funzioni di cui all'art. 107 possono essere attribuite ai responsabili degli uffici o dei servizi;",
          "DATO ATTO che a decorrere dal 15 maggio 2026 prende servizio, a seguito di procedura di mobilità, l'arch. Davide Cerrato, inquadrato nell'Area dei Funzionari e dell'Elevata Qualificazione;",
          "RICHIAMATI il vigente Regolamento sull'ordinamento degli uffici e dei servizi e il CCNL Funzioni Locali del 16 novembre 2022;"]:
    P(t)
P("D E C R E T A", True, A.CENTER)
for i, t in enumerate(["di nominare l'arch. Davide Cerrato Responsabile dell'Area Tecnica, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000, per il periodo dal 15 maggio al 31 dicembre 2026;",
                       "di conferire al medesimo l'incarico di Elevata Qualificazione, con retribuzione di posizione annua di € 12.500,00 da rapportarsi al periodo di incarico;",
                       "di individuare quale sostituto, in caso di assenza o impedimento, il Segretario Comunale;",
                       "di disporre la notifica del presente decreto all'interessato e la sua pubblicazione all'Albo Pretorio on line."], 1):
    p = P("%d. %s" % (i, t)); p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.6)
P("")
P("Dalla Residenza Municipale, addì tredici del mese di maggio dell'anno duemilaventisei.", False, A.LEFT)
P("IL SINDACO", True, A.RIGHT, None, 0)
P("Bruno Penna", False, A.RIGHT, None, 0)
P("(firmato digitalmente)", False, A.RIGHT, 9)
P("Per accettazione: ______________________", False, A.LEFT, 10)
d.save(sys.argv[1])
