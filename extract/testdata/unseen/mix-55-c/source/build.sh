#!/bin/sh
# Rebuilds the 12 PDFs of mix-55-c and keys.json. Run from anywhere; writes into the folder above source/.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, chromium, wkhtmltopdf,
# ConTeXt MkIV (texlive-context), pdflatex (+beamer, lastpage, enumitem), php-cli + php-tcpdf, Java 17 + OpenPDF 1.3.43 jar.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); W="$O/scratch"; mkdir -p "$W"; cd "$W"
OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
CHR="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir=$W/chr"
SOFF="soffice --headless -env:UserInstallation=file://$W/lo --convert-to pdf --outdir ."
# 1 ReportLab
python3 "$S/d01_deivamarina_reportlab.py" "$O/delibera-giunta-deivamarina-reportlab.pdf"
# 2 ConTeXt (font cache kept in scratch)
TEXMFCACHE="$W/texcache" OSFONTDIR=/usr/share/fonts context --batchmode --purgeall "$S/d02_cartoceto_context.tex" >/dev/null
mv d02_cartoceto_context.pdf "$O/delibera-consiglio-cartoceto-context.pdf"
# 3 Chromium from HTML
$CHR --print-to-pdf="$O/delibera-giunta-bassobiferno-extjs.pdf" "$S/d03_bassobiferno_extjs.html"
# 4 wkhtmltopdf (unpatched Qt: no header/footer switches)
wkhtmltopdf -q --enable-local-file-access -s A4 -T 14mm -B 16mm -L 12mm -R 12mm "$S/d04_toritto_struts.html" "$O/determina-toritto-struts.pdf" || true
# 5 python-docx -> LibreOffice Writer
python3 "$S/d05_leporano_wordvba.py" determina-leporano-wordvba.docx
$SOFF determina-leporano-wordvba.docx >/dev/null && mv determina-leporano-wordvba.pdf "$O/"
# 6 fpdf2
python3 "$S/d06_trecastagni_dataflex.py" "$O/determina-trecastagni-dataflex.pdf"
# 7 pdflatex (LyX export)
for i in 1 2; do pdflatex -interaction=batchmode -output-directory=. "$S/d07_siculiana_lyx.tex" >/dev/null || true; done
mv d07_siculiana_lyx.pdf "$O/ordinanza-siculiana-lyx.pdf"
# 8 PHP TCPDF
php "$S/d08_montelabbate_traspare.php" "$O/bando-montelabbate-traspare.pdf"
# 9 Java OpenPDF
javac -d jcls -cp "$OPENPDF" "$S/Attestazione.java" && java -cp "jcls:$OPENPDF" Attestazione "$O/attestazione-vallebelice-jsp.pdf"
# 10 openpyxl -> LibreOffice Calc (Italian locale for 1.234,56)
python3 "$S/d10_monteroduni_excel.py" Allegato_A_riparto_contributi_2026.xlsx
LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8 $SOFF Allegato_A_riparto_contributi_2026.xlsx >/dev/null
mv Allegato_A_riparto_contributi_2026.pdf "$O/allegato-monteroduni-excel.pdf"
# 11 Chromium from HTML
$CHR --print-to-pdf="$O/convocazione-folignano-roundcube.pdf" "$S/d11_folignano_roundcube.html"
# 12 pdflatex beamer
for i in 1 2; do pdflatex -interaction=batchmode -output-directory=. "$S/d12_vareseligure_beamer.tex" >/dev/null || true; done
mv d12_vareseligure_beamer.pdf "$O/avviso-vareseligure-beamer.pdf"
# keys and check
python3 "$S/make_keys.py" "$O/keys.json"
python3 "$S/check_keys.py" "$O"
cd "$O" && rm -rf "$W"
