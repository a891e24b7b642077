#!/bin/sh
# Rebuilds the 12 PDFs of this set into the folder above source/ (kept as a record; nothing runs it automatically).
# Needs: python3 (reportlab, fpdf2, python-docx, odfpy), pdflatex (texlive), wkhtmltopdf, chromium, php-cli + php-tcpdf,
# Java 17 + OpenPDF 1.3.43 (from Maven Central), Go (github.com/signintech/gopdf), libreoffice-writer, ghostscript.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); T=$(mktemp -d)
python3 "$S/01-sondalo/make.py" "$O/deliberazione-sondalo-devexpress.pdf" 2
( cd "$T" && cp "$S/02-sambuca/delibera.tex" . && pdflatex -interaction=nonstopmode delibera.tex >/dev/null && pdflatex -interaction=nonstopmode delibera.tex >/dev/null && cp delibera.pdf "$O/deliberazione-sambucadisicilia-latex.pdf" )
sh "$S/03-valdibisenzio/build.sh" "$S/03-valdibisenzio/delibera.html" "$O/deliberazione-valdibisenzio-wkhtmltopdf.pdf"
python3 "$S/04-sperlonga/make.py" "$O/determina-sperlonga-ravereports.pdf"
python3 "$S/05-campoligure/make.py" "$T/campoligure.docx" && soffice --headless --convert-to pdf --outdir "$T" "$T/campoligure.docx" >/dev/null && cp "$T/campoligure.pdf" "$O/determina-campoligure-msworks.pdf"
php "$S/06-rotonda/make.php" "$O/determina-rotonda-migradoc.pdf"
sh "$S/07-santostefano/build.sh" "$S/07-santostefano/ordinanza.html" "$O/ordinanza-santostefanodicamastra-ckeditor.pdf"
python3 "$S/08-pietrabbondante/make.py" "$T/pietrabbondante.odt" && soffice --headless --convert-to pdf --outdir "$T" "$T/pietrabbondante.odt" >/dev/null && cp "$T/pietrabbondante.pdf" "$O/avviso-pietrabbondante-odfpy.pdf"
J=$(find "$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43" -name 'openpdf-1.3.43.jar' | head -1)
[ -n "$J" ] || { (cd "$T" && mvn -q dependency:get -Dartifact=com.github.librepdf:openpdf:1.3.43); J=$(find "$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43" -name 'openpdf-1.3.43.jar' | head -1); }
mkdir -p "$T/j" && javac -d "$T/j" -cp "$J" "$S/09-casoledelsa/Attestazione.java" && java -cp "$T/j:$J" Attestazione "$O/attestazione-casoledelsa-openedge.pdf"
( cd "$S/10-sutri" && go run main.go "$O/allegato-sutri-excel.pdf" )
sh "$S/11-varenna/build.sh" "$S/11-varenna/convocazione.html" "$O/convocazione-varenna-outlook.pdf"
python3 "$S/12-sassello/make_ps.py" "$T/sassello.ps" && ps2pdf -sPAPERSIZE=a4 "$T/sassello.ps" "$O/avviso-sassello-pagemaker.pdf"
python3 "$S/keys.py" && python3 "$S/check_keys.py"
rm -rf "$T"
