#!/bin/sh
# Rebuilds the 12 PDFs of this set into OUT (default: the parent folder) and keys.json.
# Needs: python3 (reportlab, python-docx, openpyxl, Pillow), LibreOffice (soffice), chromium,
# enscript + ghostscript (ps2pdf), pdflatex (TeX Live with lmodern, babel-italian, multicol, fancyhdr, tabularx).
set -e
cd "$(dirname "$0")"
OUT=${OUT:-$(cd .. && pwd)}
export OUT
./build_villoresi.sh                    # deliberazione-villoresi-writer.pdf      (LibreOffice Writer, HTML import)
./build_imperia.sh                      # determinazione-imperia-chromium.pdf     (Chromium headless)
./build_docx.sh                         # decreto-aurunci-word.pdf, convocazione-egam-word.pdf,
                                        # determinazione-pantelleria-typewriter.pdf (python-docx -> LibreOffice)
./build_sanfele.sh                      # deliberazione-sanfele-datagraph.pdf     (enscript -> ps2pdf)
python3 sperlinga.py  "$OUT/attestazione-sperlinga-form.pdf"        # reportlab
./build_montagano.sh                    # allegato-montagano-calc.pdf             (openpyxl -> LibreOffice Calc)
./build_pienza.sh                       # deliberazione-pienza-latex.pdf          (pdflatex)
python3 tolfa.py      "$OUT/determinazione-tolfa-sicraweb.pdf"      # reportlab, glyph by glyph / Tw / rotated stamp
python3 sabbioneta.py "$OUT/avviso-sabbioneta-kibernetes.pdf"       # reportlab, Form XObjects / Tc / out of order
python3 dolceacqua.py "$OUT/avviso-dolceacqua-apkappa.pdf"          # reportlab platypus, two columns, image letterhead
python3 make_keys.py
python3 check_keys.py
