#!/bin/sh
# Rebuild the 12 PDFs of mix-142-b into the set folder (the parent of source/).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"

chrome() { # id file
  python3 html_make.py "$1" "$T/$1.html" chromium
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
    --print-to-pdf="$O/$2" "file://$T/$1.html" 2>/dev/null
}
wk() {
  python3 html_make.py "$1" "$T/$1.html" wk
  wkhtmltopdf -q --encoding utf-8 -s A4 -T 16mm -B 16mm -L 18mm -R 18mm "$T/$1.html" "$O/$2"
}
lo() {
  python3 docx_make.py "$1" "$T/$1.docx"
  soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/$1.docx" >/dev/null
  cp "$T/$1.pdf" "$O/$2"
}

# Robbiate (Halley-like)
chrome r1 deliberazione-robbiate-halley-gc03.pdf
lo r2 deliberazione-robbiate-halley-cc01.pdf
python3 rl_make.py r3 "$O/deliberazione-robbiate-halley-gc05.pdf"
wk r4 deliberazione-robbiate-halley-cc02.pdf

# Sant'Arpino (Sicraweb-like)
chrome s1 deliberazione-santarpino-sicraweb-cc01.pdf
python3 fpdf_make.py s2 "$O/deliberazione-santarpino-sicraweb-gc04.pdf"
python3 text_make.py s3 troff > "$T/s3.tr"
groff -k -Tps "$T/s3.tr" > "$T/s3.ps"
ps2pdf -sPAPERSIZE=a4 "$T/s3.ps" "$O/deliberazione-santarpino-sicraweb-gc07.pdf"
lo s4 deliberazione-santarpino-sicraweb-cc03.pdf

# Ussana (Datagraph-like)
python3 rl_make.py u1 "$O/deliberazione-ussana-datagraph-gc02.pdf"
python3 text_make.py u2 | iconv -f utf-8 -t latin1 > "$T/u2.txt"
enscript -q -B -X latin1 -M A4 -f Courier9.5 --margins=50:30:50:45 -t "Delibera C.C. 1/2029" -o "$T/u2.ps" "$T/u2.txt"
ps2pdf -sPAPERSIZE=a4 "$T/u2.ps" "$O/deliberazione-ussana-datagraph-cc01.pdf"
wk u3 deliberazione-ussana-datagraph-gc04.pdf
lo u4 deliberazione-ussana-datagraph-gc05.pdf
ls -la "$O"/*.pdf
