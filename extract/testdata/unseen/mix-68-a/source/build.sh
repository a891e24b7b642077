#!/bin/sh
# Rebuilds the 12 PDFs of set mix-68-a into the parent directory (OUTDIR), then writes and checks keys.json.
# Needs: python3 (reportlab, python-docx, openpyxl), LibreOffice 7.4, chromium, wkhtmltopdf,
# groff (ms, tbl, gropdf), enscript + ghostscript (ps2pdf), iconv, pdflatex (helvet, microtype,
# tabularx, fancyhdr, lastpage, enumitem, hyperref), Java 17 with OpenPDF 1.3.30 in ~/.m2,
# Go with github.com/go-pdf/fpdf v0.9.0 in the module cache, the Liberation fonts, poppler-utils.
# Intermediates go to a temporary directory outside OUTDIR, removed at the end; LibreOffice and
# Chromium get private profiles there, so parallel conversions do not collide.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix68a-build.XXXXXX)
trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8          # Calc prints 1.234,56
LO="soffice -env:UserInstallation=file://$T/lo --headless"
OPENPDF="$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar"

# 1 Cigliano: HTML register box, wkhtmltopdf
wkhtmltopdf -q --zoom 1.3 -s A4 -T 14mm -B 14mm -L 16mm -R 16mm "$SRC/d01_cigliano.html" "$OUT/determinazione-cigliano-sicraweb.pdf" 2>/dev/null
# 2 Talamona: ReportLab, Tw-justified lines, Tc headings, visto contabile on page 3
python3 "$SRC/d02_talamona.py" "$OUT/determinazione-talamona-halley.pdf"
# 3 Moena: python-docx (Word model, letterhead in the page header) -> LibreOffice
python3 "$SRC/d03_moena.py" "$T/determinazione-moena-civilia.docx"
$LO --convert-to pdf "$T/determinazione-moena-civilia.docx" --outdir "$OUT" >/dev/null 2>&1
# 4 Comunita' Alta Valsugana e Bersntol: OpenPDF, CID fonts, running head/foot page event
mkdir -p "$T/java"
javac -encoding UTF-8 -d "$T/java" -cp "$OPENPDF" "$SRC/D04AltaValsugana.java"
java -cp "$OPENPDF:$T/java" D04AltaValsugana "$OUT/determinazione-altavalsugana-insiel.pdf"
# 5 Castel San Giovanni: HTML with the number only in a fixed running foot, headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$T/chromium" \
  --print-to-pdf="$OUT/determinazione-castelsangiovanni-maggioli.pdf" "$SRC/d05_castelsangiovanni.html" 2>/dev/null
# 6 Unione della Valconca: go-pdf/fpdf, templates (Form XObjects), register box drawn last
(cd "$SRC/d06_valconca" && GOFLAGS=-mod=mod GOPROXY=off go run . "$OUT/determinazione-valconca-ads.pdf")
# 7 Albisola Superiore: ReportLab, one glyph per Tm/Tj, out of reading order, rotated stamp
python3 "$SRC/d07_albisola.py" "$OUT/determinazione-albisolasuperiore-kibernetes.pdf"
# 8 Casatenovo: flat ODF (.fodt) -> LibreOffice Writer
python3 "$SRC/d08_casatenovo.py" "$T/determinazione-casatenovo-jiride.fodt"
$LO --convert-to pdf "$T/determinazione-casatenovo-jiride.fodt" --outdir "$OUT" >/dev/null 2>&1
# 9 Santo Stefano Belbo: groff -ms with a tbl box (gropdf)
groff -k -t -ms -Tpdf -P-pa4 "$SRC/d09_santostefanobelbo.ms" > "$OUT/determinazione-santostefanobelbo-siscom.pdf" 2>/dev/null
# 10 Casalgrande: pdfLaTeX, microtype letter-spacing, header grid
cp "$SRC/d10_casalgrande.tex" "$T/determinazione-casalgrande-studiok.tex"
(cd "$T" && pdflatex -interaction=nonstopmode determinazione-casalgrande-studiok.tex >/dev/null && pdflatex -interaction=nonstopmode determinazione-casalgrande-studiok.tex >/dev/null)
mv "$T/determinazione-casalgrande-studiok.pdf" "$OUT/"
# 11 Romagnano Sesia: 80-column Latin-1 certificate, enscript -> ps2pdf
iconv -f UTF-8 -t LATIN1 "$SRC/d11_romagnanosesia.txt" > "$T/d11.txt"
enscript -q -B -f Courier10 -M A4 --margins=56:40:50:40 -X latin1 -o "$T/d11.ps" "$T/d11.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d11.ps" "$OUT/attestazione-romagnanosesia-enscript.pdf"
# 12 Cogorno: openpyxl .xlsx -> LibreOffice Calc (Allegato A)
python3 "$SRC/d12_cogorno.py" "$T/allegato-cogorno-calc.xlsx"
$LO --convert-to pdf "$T/allegato-cogorno-calc.xlsx" --outdir "$OUT" >/dev/null 2>&1

for f in "$OUT"/*.pdf; do test -s "$f" || { echo "empty $f" >&2; exit 1; }; done
n=$(ls "$OUT"/*.pdf | wc -l); test "$n" -eq 12 || { echo "expected 12 PDFs, found $n" >&2; exit 1; }
python3 "$SRC/keys_make.py"
