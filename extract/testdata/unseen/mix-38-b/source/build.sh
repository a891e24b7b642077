#!/bin/sh
# Rebuilds the 12 PDFs of set mix-38-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, openpyxl, python-docx), LibreOffice, wkhtmltopdf, chromium,
# php + php-tcpdf, pdflatex (texlive-latex-base/-recommended), pandoc, Java 17 + OpenPDF jar.
set -e
S="$(cd "$(dirname "$0")" && pwd)"; OUT="$(dirname "$S")"
OPENPDF="${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}"
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT

# 01 Bene Vagienna - Giunta 38/2026 - flat ODT -> LibreOffice Writer
mkdir "$T/01"; (cd "$T/01" && python3 "$S/01/make_fodt.py" && soffice --headless --convert-to pdf delibera-benevagienna-docway.fodt --outdir . >/dev/null)
cp "$T/01/delibera-benevagienna-docway.pdf" "$OUT/"
# 02 Sasso Marconi - Consiglio 21/2026 - ReportLab platypus
(cd "$OUT" && python3 "$S/02/make.py")
# 03 Montecorvino Rovella - Giunta 57/2026 - wkhtmltopdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15 -B 18 -L 18 -R 18 --title "Delibera di Giunta n. 57/2026" "$S/03/delibera.html" "$OUT/delibera-montecorvinorovella-wkhtmltopdf.pdf"
# 04 Villafranca di Verona - determinazione 412/2026 - OpenPDF (Java)
mkdir "$T/04"; javac -d "$T/04" -cp "$OPENPDF" "$S/04/Determina.java"
java -cp "$OPENPDF:$T/04" Determina "$OUT/determina-villafrancadiverona-arxivar.pdf"
# 05 Stilo - determinazione 96/2026 - TCPDF (writes next to the script; moved)
mkdir "$T/05"; cp "$S/05/determina.php" "$T/05/"; php "$T/05/determina.php"; cp "$T/05/determina-stilo-laminas.pdf" "$OUT/"
# 06 Unione Comuni Modenesi Area Nord - determinazione 233/2026 - pdflatex
mkdir "$T/06"; (cd "$T/06" && pdflatex -interaction=nonstopmode "$S/06/determina-ucman-latex.tex" >/dev/null)
cp "$T/06/determina-ucman-latex.pdf" "$OUT/"
# 07 Fenis - ordinanza 7/2026 - fpdf2
(cd "$OUT" && python3 "$S/07/make.py")
# 08 Avigliano Umbro - bando 2/2026 - headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/bando-aviglianoumbro-puppeteer.pdf" "$S/08/bando.html" 2>/dev/null
# 09 Spezzano Albanese - attestazione - ReportLab canvas
(cd "$OUT" && python3 "$S/09/make.py")
# 10 Gavi - allegato A - openpyxl -> LibreOffice Calc
mkdir "$T/10"; (cd "$T/10" && python3 "$S/10/make.py" && soffice --headless --convert-to pdf allegato-gavi-excel.xlsx --outdir . >/dev/null)
cp "$T/10/allegato-gavi-excel.pdf" "$OUT/"
# 11 Cerea - convocazione - python-docx -> LibreOffice Writer
mkdir "$T/11"; (cd "$T/11" && python3 "$S/11/make.py" && soffice --headless --convert-to pdf convocazione-cerea-titulus.docx --outdir . >/dev/null)
cp "$T/11/convocazione-cerea-titulus.pdf" "$OUT/"
# 12 Calitri - avviso - pandoc -> pdflatex
(cd "$S/12" && pandoc avviso.md -o "$OUT/avviso-calitri-pandoc.pdf" --pdf-engine=pdflatex)
ls -l "$OUT"/*.pdf
