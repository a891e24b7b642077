#!/usr/bin/env python3
"""Comune di Carovigno - pubblicazione di matrimonio typed as a typewriter-like Word
document (Courier New 12, capitals, spaces and dotted leaders for alignment),
written with python-docx and converted by LibreOffice (Courier New -> Liberation Mono)."""
import sys, os, subprocess, tempfile, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "pubblicazione-carovigno-wordcourier.pdf")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Courier New"; st.font.size = Pt(12)
st.paragraph_format.space_after = Pt(0); st.paragraph_format.line_spacing = 1.0
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = Cm(2.5); sec.right_margin = Cm(2.0); sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(2.0)

def p(text="", bold=False, center=False, under=False, just=False):
    q = doc.add_paragraph()
    if center: q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if just: q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = q.add_run(text); r.bold = bold; r.underline = under
    return q

p("COMUNE DI CAROVIGNO", bold=True, center=True)
p("PROVINCIA DI BRINDISI", center=True)
p("UFFICIO DELLO STATO CIVILE", center=True)
p("-" * 56, center=True)
p()
p("Registro delle pubblicazioni N. 14  -  Parte I  -  Anno 2026")
p()
p("PUBBLICAZIONE DI MATRIMONIO", bold=True, center=True, under=True)
p()
p("L'UFFICIALE DELLO STATO CIVILE", center=True)
p()
p("rende noto che:")
p()
for lab, val in [("COGNOME E NOME", "MARZIO GIANLUCA"), ("NATO A", "BRINDISI (BR)"), ("IL", "03/11/1993"),
                 ("RESIDENTE IN", "CAROVIGNO"), ("PROFESSIONE", "IMPIEGATO"), ("STATO CIVILE", "CELIBE")]:
    p("   " + lab + " " + "." * (22 - len(lab)) + " " + val)
p()
p("e", center=True)
p()
for lab, val in [("COGNOME E NOME", "ELIA FEDERICA"), ("NATA A", "SAN VITO DEI NORMANNI (BR)"), ("IL", "22/07/1996"),
                 ("RESIDENTE IN", "CAROVIGNO"), ("PROFESSIONE", "INSEGNANTE"), ("STATO CIVILE", "NUBILE")]:
    p("   " + lab + " " + "." * (22 - len(lab)) + " " + val)
p()
p("intendono celebrare matrimonio con rito civile davanti "
  "all'Ufficiale dello Stato Civile del Comune di Carovigno.", just=True)
p()
p("La presente pubblicazione, richiesta in data 30/06/2026, "
  "resterà affissa all'Albo Pretorio on line di questo Comune "
  "per otto giorni consecutivi, dal 06/07/2026 al 14/07/2026, "
  "ai sensi degli artt. 55 e 56 del D.P.R. 3 novembre 2000, "
  "n. 396.", just=True)
p()
p("Chiunque conosca impedimenti al matrimonio è tenuto a "
  "farne denuncia all'Ufficiale dello Stato Civile.", just=True)
p()
p("Carovigno, li' 06/07/2026")
p()
p("                         L'UFFICIALE DELLO STATO CIVILE")
p("                              (delegato ex art. 2")
p("                              D.P.R. 396/2000)")
p("                          Sig.ra Antonella Lanzilotti")
p()
p()
q = p("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005.")
q.runs[0].font.size = Pt(9)
tmp = tempfile.mkdtemp(); src = os.path.join(tmp, "PUBBL_MATR_14_2026.docx"); doc.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src], check=True, capture_output=True)
shutil.move(os.path.join(tmp, "PUBBL_MATR_14_2026.pdf"), out); shutil.rmtree(tmp)
