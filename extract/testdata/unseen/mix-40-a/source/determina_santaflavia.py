# Comune di Santa Flavia - determinazione typed in a typewriter-like Word template
# (Courier New -> Liberation Mono, 12 pt, tabs and spaces for layout), python-docx -> LibreOffice -> PDF
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin, sec.right_margin = Mm(25), Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(15)
n = d.styles["Normal"]
n.font.name = "Courier New"
n.font.size = Pt(11)
n.paragraph_format.space_after = Pt(0)
n.paragraph_format.line_spacing = 1.15


def P(text="", bold=False, under=False, align=None, after=0, size=None):
    p = d.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        r = p.add_run(text)
        r.bold, r.underline = bold, under
        if size:
            r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(after)
    return p


P("C O M U N E   D I   S A N T A   F L A V I A", bold=True, align="c", size=13)
P("Città Metropolitana di Palermo", align="c")
P("Piazza Municipio - 90017 Santa Flavia - C.F. 00591010829", align="c", size=9, after=10)
P("AREA 1 - AFFARI GENERALI E SERVIZI ALLA PERSONA", bold=True, align="c")
P("Servizio Pubblica Istruzione", align="c", after=12)
P("DETERMINAZIONE DEL RESPONSABILE DELL'AREA", bold=True, under=True, align="c", after=8)
P("N. 41 del 04.03.2026 del Registro di Area")
P("N. 187 del 06.03.2026 del Registro Generale delle Determinazioni", after=12)
p = P(align="j", after=12)
r = p.add_run("OGGETTO:")
r.bold, r.underline = True, True
p.add_run("\tLiquidazione fattura n. 12/PA del 28.02.2026 alla ditta \"La Ristorazione Sicula s.r.l.\" "
          "per il servizio di refezione scolastica - mese di febbraio 2026 - CIG B2F8A1C3D4.")
p.paragraph_format.left_indent = Mm(25)
p.paragraph_format.first_line_indent = Mm(-25)

P("IL RESPONSABILE DELL'AREA", bold=True, align="c", after=8)
prem = [
    "PREMESSO che con determinazione n. 512 del 21.08.2025 del Registro Generale è stato aggiudicato alla ditta "
    "\"La Ristorazione Sicula s.r.l.\", con sede in Bagheria, il servizio di refezione scolastica per l'anno "
    "scolastico 2025/2026, per l'importo di € 4,35 a pasto oltre I.V.A. al 4%;",
    "VISTA la fattura elettronica n. 12/PA del 28.02.2026, acquisita al protocollo generale al n. 3318 del "
    "02.03.2026, dell'importo complessivo di € 14.476,80, di cui € 13.920,00 per imponibile ed € 556,80 per "
    "I.V.A., relativa a n. 3.200 pasti forniti nel mese di febbraio 2026;",
    "ACCERTATA la regolarità del servizio reso, come da attestazione del Responsabile del Servizio Pubblica "
    "Istruzione in calce alla fattura;",
    "VISTO il D.U.R.C. on line prot. INPS_49712803, con scadenza 11.06.2026, dal quale la ditta risulta in regola;",
    "VISTO l'O.R.EE.LL. vigente nella Regione Siciliana e il D.Lgs. 267/2000;",
    "VISTA la determinazione sindacale n. 3 del 09.01.2026 di nomina dei Responsabili di Area;",
]
for t in prem:
    P(t, align="j", after=8)
P("D E T E R M I N A", bold=True, align="c", after=8)
pts = [
    "1) Di liquidare e pagare alla ditta \"La Ristorazione Sicula s.r.l.\", P.IVA 06218470823, la somma di "
    "€ 13.920,00 a saldo della fattura n. 12/PA del 28.02.2026, mediante bonifico sul conto corrente dedicato;",
    "2) Di versare all'Erario la somma di € 556,80 a titolo di I.V.A. secondo il meccanismo della scissione dei "
    "pagamenti (split payment);",
    "3) Di imputare la spesa complessiva di € 14.476,80 alla Missione 04, Programma 06, Capitolo 1432 del "
    "bilancio 2026, impegno n. 1061/2025;",
    "4) Di trasmettere il presente provvedimento all'Area Economico-Finanziaria per l'emissione del mandato "
    "di pagamento.",
]
for t in pts:
    p = P(t, align="j", after=6)
    p.paragraph_format.left_indent = Mm(8)
    p.paragraph_format.first_line_indent = Mm(-8)
P(after=6)
P("Santa Flavia, lì 06.03.2026")
P(after=6)
P("L'Istruttore", after=0)
P("f.to Rosalia Schifano", after=10)
P("IL RESPONSABILE DELL'AREA", align="r")
P("Dott. Giuseppe Lo Bue", align="r")
P("(firmato digitalmente)", align="r", size=9, after=14)
P("- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", align="c", after=6)
P("VISTO DI REGOLARITA' CONTABILE", bold=True, align="c", after=4)
P("Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.",
  align="j", after=4)
P("Santa Flavia, 06.03.2026          Il Responsabile dell'Area Economico-Finanziaria", size=10)
P("                                  Rag. Vincenzo Scaduto", size=10)
d.save(out)
