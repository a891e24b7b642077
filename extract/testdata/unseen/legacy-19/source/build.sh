#!/bin/sh
# Rebuild the 12 PDFs of the legacy-19 set from the sources in this folder.
# Needs: python3 (reportlab, fpdf2), enscript, a2ps, groff, ghostscript (ps2pdf),
# LibreOffice (soffice, writer), chromium. Output: the PDFs in the parent folder.
set -e
cd "$(dirname "$0")"
OUT=..
mkdir -p build

# 1. Giunta, Castione della Presolana: 80-column text -> enscript -> ps2pdf
python3 d01_castione.py
enscript -q -B -f Courier10 -L 66 --margins=56:40:36:36 -X latin1 -M A4 -p build/castione.ps build/castione.txt
ps2pdf -sPAPERSIZE=a4 build/castione.ps $OUT/delibera-castionedellapresolana-datagraph.pdf

# 2. Consiglio, Tiriolo: flat ODT in Courier New -> LibreOffice Writer
python3 d02_tiriolo.py
soffice --headless --convert-to pdf --outdir build build/tiriolo.fodt >/dev/null
cp build/tiriolo.pdf $OUT/delibera-tiriolo-writer.pdf

# 3. Giunta, Santa Teresa Gallura: 90-column spool drawn in Courier by ReportLab
python3 d03_santateresa.py
cp build/santateresa.pdf $OUT/delibera-santateresagallura-apkappa.pdf

# 4. Determinazione, Montereale Valcellina: groff no-fill Courier -> ps2pdf
python3 d04_montereale.py
groff -k -Tps -P-pa4 build/montereale.tr > build/montereale.ps
ps2pdf -sPAPERSIZE=a4 build/montereale.ps $OUT/determina-monterealevalcellina-ascot.pdf

# 5. Determinazione, Sassoferrato: flat ODT in Times New Roman -> Writer
python3 d05_sassoferrato.py
soffice --headless --convert-to pdf --outdir build build/sassoferrato.fodt >/dev/null
cp build/sassoferrato.pdf $OUT/determina-sassoferrato-writer.pdf

# 6. Determinazione, Pietrelcina: 80-column text -> a2ps -> ps2pdf
python3 d06_pietrelcina.py
A2="-q -1 -B --borders=no -M A4 --encoding=latin1 --left-footer= --footer= --right-footer= --left-title= --center-title= --right-title="
a2ps $A2 --portrait --chars-per-line=84 -o build/pietrelcina.ps build/pietrelcina.txt
ps2pdf -sPAPERSIZE=a4 build/pietrelcina.ps $OUT/determina-pietrelcina-saga.pdf

# 7. Ordinanza, Roccaraso: text lines -> fpdf2 (core Courier)
python3 d07_roccaraso.py
cp build/roccaraso.pdf $OUT/ordinanza-roccaraso-txt2pdf.pdf

# 8. Avviso n. 4/2026, Monte San Savino: text file -> enscript with running head
python3 d08_montesansavino.py
(cd build && enscript -q -f Courier10 -F Courier-Bold10 -L 62 --margins=54:40:30:40 -X latin1 -M A4 \
   -b 'AVV04_26.TXT|Stampato il 11/03/2026 ore 10:42|Pag. $% di $=' -p montesansavino.ps AVV04_26.TXT)
ps2pdf -sPAPERSIZE=a4 build/montesansavino.ps $OUT/avviso-montesansavino-enscript.pdf

# 9. Certificato di pubblicazione, Vezzano Ligure: form + typed values, ReportLab
python3 d09_vezzano.py
cp build/vezzano.pdf $OUT/certificato-vezzanoligure-modulo.pdf

# 10. Allegato A, Laconi: 132-column report -> a2ps landscape -> ps2pdf
python3 d10_laconi.py
a2ps $A2 --landscape --chars-per-line=134 -o build/laconi.ps build/laconi.txt
ps2pdf -sPAPERSIZE=a4 build/laconi.ps $OUT/allegato-laconi-as400.pdf

# 11. PEC printout, Polizzi Generosa: HTML -> Chromium print
python3 d11_polizzi.py
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
   --print-to-pdf=build/polizzi.pdf build/polizzi.html 2>/dev/null
cp build/polizzi.pdf $OUT/pec-polizzigenerosa-thunderbird.pdf

# 12. Convocazione, Sant'Elpidio a Mare: ASCII text -> text2pdf (PDF 1.1)
python3 d12_santelpidio.py
python3 text2pdf.py build/CONV_CC_19032026.TXT $OUT/convocazione-santelpidioamare-text2pdf.pdf CONV_CC_19032026.TXT

ls -l $OUT/*.pdf
