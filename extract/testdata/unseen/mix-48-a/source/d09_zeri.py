# Comune di Zeri - certificate of publication (and executivity) on an old
# pre-printed Word form: labels in Times, blanks made of underscores, the
# blanks filled in by typing over them in a typewriter face (Courier-like).
# Converted with LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

OUT = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.5)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(12)
st.paragraph_format.space_after = Pt(6)
st.paragraph_format.line_spacing = 1.5

TYPE = "Liberation Mono"


def p(*parts, align="l", size=None):
    """parts: str (form text) or ("t", str) typed-in text"""
    para = doc.add_paragraph()
    for part in parts:
        if isinstance(part, tuple):
            r = para.add_run(part[1])
            r.font.name = TYPE
            r._element.rPr.rFonts.set(qn("w:eastAsia"), TYPE)
            r.font.size = Pt(11)
        else:
            r = para.add_run(part)
            if size:
                r.font.size = Pt(size)
    para.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                      "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    return para


h = p("COMUNE DI ZERI", align="c", size=16)
h.runs[0].bold = True
p("Provincia di Massa-Carrara", align="c", size=11)
p("Piazza Mons. Tommasini n. 1 – 54029 Zeri (MS)", align="c", size=9)
p("_" * 66, align="c", size=9)
t = p("CERTIFICATO DI PUBBLICAZIONE", align="c", size=14)
t.runs[0].bold = True
p("(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)", align="c", size=9)

p("Reg. Pubbl. n. ", ("t", "112"), "______", align="l")
p("Il sottoscritto Segretario Comunale, su conforme attestazione del Messo Comunale,", align="j")
c = p("CERTIFICA", align="c")
c.runs[0].bold = True
p("che copia della deliberazione della ", ("t", "GIUNTA COMUNALE"), "____________ n. ", ("t", "18"),
  "_____ del ", ("t", "26/02/2026"), "______", align="l")
p("avente ad oggetto: ",
  ("t", "APPROVAZIONE SCHEMA DI CONVENZIONE CON LA PUBBLICA ASSISTENZA DI ZERI PER IL SERVIZIO DI TRASPORTO SOCIALE – ANNO 2026"),
  "____________", align="l")
p("è stata pubblicata all’Albo Pretorio on line di questo Comune per quindici giorni consecutivi dal ",
  ("t", "02/03/2026"), "______ al ", ("t", "17/03/2026"), "______ senza opposizioni o reclami.", align="l")
p("Zeri, lì ", ("t", "18/03/2026"), "__________", align="l")
p("\tIL MESSO COMUNALE\t\t\t\tIL SEGRETARIO COMUNALE", size=11)
p("\t", ("t", "Bertolini Franco"), "____\t\t\t", ("t", "Dott. Andrea Ricci"), "_____", size=11)
p("_" * 66, align="c", size=9)
e = p("CERTIFICATO DI ESECUTIVITÀ", align="c", size=13)
e.runs[0].bold = True
p("La suddetta deliberazione è divenuta esecutiva il ", ("t", "26/02/2026"), "______:", align="l")
p("[", ("t", "X"), "] perché dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000);", size=11)
p("[ ] decorsi 10 giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000).", size=11)
p("Zeri, lì ", ("t", "18/03/2026"), "__________\t\tIL SEGRETARIO COMUNALE", align="l")
p("\t\t\t\t\t\t", ("t", "Dott. Andrea Ricci"), "_____", size=11)
f = sec.footer.paragraphs[0]
f.text = "Mod. SEGR/07 – rev. 2003"
f.runs[0].font.size = Pt(7)
doc.save(OUT)
