#!/bin/sh
# Rebuilds the 12 PDFs of mix-111-b into the parent folder.
set -e
cd "$(dirname "$0")"
OUT=..
python3 rl_docs.py $OUT                 # ReportLab: ordinanza Mariano Comense, decreto Avigliano
python3 fpdf_autorizzazione.py $OUT     # fpdf2: autorizzazione Mariano Comense
python3 raw_decreto.py $OUT             # pikepdf hand-written streams: decreto Pomezia
T=$(mktemp -d)
for n in avviso-marianocomense-hypersic avviso-avigliano-halley; do
  chromium --headless --no-sandbox --disable-gpu --user-data-dir=$T/chr --no-pdf-header-footer \
    --print-to-pdf=$OUT/$n.pdf $n.html 2>/dev/null
done
wkhtmltopdf -q -s A4 -T 15 -B 15 -L 18 -R 18 determinazione-pomezia-iride.html $OUT/determinazione-pomezia-iride.pdf
python3 docx_decreto.py $T
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir $OUT $T/decreto-marianocomense-hypersic.docx >/dev/null
pdflatex -interaction=batchmode -output-directory=$T ordinanza-pomezia-iride.tex >/dev/null
cp $T/ordinanza-pomezia-iride.pdf $OUT/
rm -rf $T
sh build_text.sh     # enscript + a2ps
sh build_groff.sh    # groff -Tps + ps2pdf
python3 keys_make.py
