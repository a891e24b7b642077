#!/bin/sh
# Rebuilds the 12 PDFs of set mix-39-a into the parent folder.
# Needs: python3 (reportlab, python-docx, openpyxl, Pillow), LibreOffice (soffice), chromium, pdflatex (TeX Live).
set -e
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../deliberazione-sarentino-chromium.pdf a_sarentino.html
sh build_b.sh                 # deliberazione-castelnovonemonti-tex.pdf (pdflatex)
sh build_c.sh                 # deliberazione-titernoaltotammaro-word.pdf (python-docx + LibreOffice)
python3 d_mestrino.py         # determinazione-mestrino-datagraph.pdf (reportlab, Courier 132 col.)
python3 e_introd.py           # determinazione-introd-word.pdf (python-docx + LibreOffice)
python3 f_reggiocal.py        # determinazione-metroreggiocalabria-jiride.pdf (reportlab, glyph by glyph)
python3 g_santagnello.py      # ordinanza-santagnello-word.pdf (python-docx + LibreOffice, typewriter style)
python3 h_doberdo.py          # avviso-doberdo-insiel.pdf (python-docx + LibreOffice)
python3 i_sanmarco.py         # attestazione-sanmarcoargentano-halley.pdf (reportlab, filled form)
python3 j_montecastrilli.py   # allegato-montecastrilli-calc.pdf (openpyxl + LibreOffice Calc)
python3 k_cisaastisud.py      # convocazione-cisaastisud-hypersic.pdf (reportlab, XObject/Tw/Tc)
python3 l_adamellobrenta.py   # avviso-adamellobrenta-indesign.pdf (Pillow + reportlab platypus)
