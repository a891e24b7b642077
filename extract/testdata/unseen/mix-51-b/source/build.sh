#!/bin/sh
# Rebuilds the 12 PDFs of this set into the directory above source/.
# Needs: python3 (reportlab, fpdf2, pydyf, openpyxl), php + php-tcpdf, Java 17 + Maven
# (com.github.dhorions:boxable:1.7.0), LibreOffice (writer + calc), texlive (latex-base,
# latex-recommended with beamer, fonts: lmodern), dvipdfmx, librsvg2-bin (rsvg-convert), iconv.
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)

# 1  Giunta, Comune di Lumezzane - ReportLab
python3 "$S/01-lumezzane/make.py" "$O/deliberazione-lumezzane-reportlab.pdf"

# 2  Consiglio, Comune di Isola del Liri - HTML opened by LibreOffice Writer/Web
soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir "$T" "$S/02-isoladelliri/delibera.html" >/dev/null
mv "$T/delibera.pdf" "$O/deliberazione-isoladelliri-writerweb.pdf"

# 3  Giunta dell'Unione, Unione dei Comuni Montani Amiata Grossetana - pdfLaTeX (two runs for LastPage)
(cd "$S/03-amiata" && pdflatex -interaction=nonstopmode -output-directory "$T" delibera.tex >/dev/null \
  && pdflatex -interaction=nonstopmode -output-directory "$T" delibera.tex >/dev/null)
mv "$T/delibera.pdf" "$O/deliberazione-amiatagrossetana-pdflatex.pdf"

# 4  Determinazione, Comune di Pozzilli - pydyf
python3 "$S/04-pozzilli/make.py" "$O/determinazione-pozzilli-pydyf.pdf"

# 5  Determinazione dirigenziale, Comune di Seravezza - PDFBox + Boxable (Java)
(cd "$S/05-seravezza" && mvn -q dependency:build-classpath -Dmdep.outputFile="$T/cp.txt" \
  && mkdir -p "$T/classes" && javac -d "$T/classes" -cp "$(cat "$T/cp.txt")" src/main/java/it/seravezza/Determina.java \
  && java -cp "$T/classes:$(cat "$T/cp.txt")" it.seravezza.Determina "$O/determinazione-seravezza-boxable.pdf")

# 6  Determinazione dirigenziale, Comune di Bollate - TCPDF (PHP)
php "$S/06-bollate/make.php" "$O/determinazione-bollate-tcpdf.pdf"

# 7  Ordinanza, Comune di Ronco Scrivia - fpdf2
python3 "$S/07-roncoscrivia/make.py" "$O/ordinanza-roncoscrivia-fpdf2.pdf"

# 8  Avviso pubblico n. 6/2026, Comune di Rocca di Papa - SVG pages + rsvg-convert
python3 "$S/08-roccadipapa/make.py" "$O/avviso-roccadipapa-librsvg.pdf"

# 9  Certificato di pubblicazione, Comune di Gambatesa - latex + dvipdfmx
(cd "$S/09-gambatesa" && latex -interaction=nonstopmode -output-directory "$T" certificato.tex >/dev/null)
dvipdfmx -q -o "$O/attestazione-gambatesa-dvipdfmx.pdf" "$T/certificato.dvi"

# 10 Allegato A, Comune di Cervo - openpyxl workbook printed by LibreOffice Calc
python3 "$S/10-cervo/make.py" "$O/allegato-cervo-excel.pdf"

# 11 Convocazione del Consiglio, Comune di Iseo - plain TeX, Latin-1 source, T1 Latin Modern
iconv -f utf-8 -t latin1 "$S/11-iseo/convocazione.utf8.tex" > "$T/convocazione.tex"
(cd "$T" && pdftex -interaction=nonstopmode convocazione.tex >/dev/null)
mv "$T/convocazione.pdf" "$O/convocazione-iseo-plaintex.pdf"

# 12 Avviso (notice), Unione dei Comuni Valli Stura, Orba e Leira - LaTeX beamer
(cd "$S/12-vallistura" && pdflatex -interaction=nonstopmode -output-directory "$T" avviso.tex >/dev/null \
  && pdflatex -interaction=nonstopmode -output-directory "$T" avviso.tex >/dev/null)
mv "$T/avviso.pdf" "$O/avviso-vallistura-beamer.pdf"

rm -rf "$T"
echo built 12 PDFs in "$O"
