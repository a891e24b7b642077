#!/bin/sh
# Rebuild the 12 PDFs of mix-141-c into the set folder (the parent of source/).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"

# crests for the .docx / HTML letterheads (drawn, not stored)
python3 crest_png.py presolana "$T/crest_presolana.png"
python3 crest_png.py bonifica "$T/crest_bonifica.png"

lo() {  # lo FILE : LibreOffice Writer export into $T
  soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$1" >/dev/null 2>&1
}

# Unione dei Comuni Lombarda della Presolana (Sicraweb-like)
cp delibera_presolana.html "$T/"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/deliberazione-presolana-sicraweb.pdf" "file://$T/delibera_presolana.html" 2>/dev/null
python3 determina_presolana_pl.py "$O/determinazione-presolana-sicraweb.pdf"
python3 determina_presolana_sociale_docx.py "$T/determinazione-presolana-sicraweb-b.docx" "$T/crest_presolana.png"
lo "$T/determinazione-presolana-sicraweb-b.docx"
cp "$T/determinazione-presolana-sicraweb-b.pdf" "$O/"
cp decreto_presolana.html "$T/"
wkhtmltopdf -q --enable-local-file-access --encoding utf-8 -s A4 -T 16mm -B 16mm -L 14mm -R 14mm \
  "$T/decreto_presolana.html" "$O/decreto-presolana-sicraweb.pdf" 2>/dev/null

# Comunità Montana Monte Maggiore (Halley-like)
python3 delibera_montemaggiore_ge.py "$O/deliberazione-montemaggiore-halley.pdf"
python3 fodt_fill.py delibera_montemaggiore_cg.fodt "$T/deliberazione-montemaggiore-halley-b.fodt"
lo "$T/deliberazione-montemaggiore-halley-b.fodt"
cp "$T/deliberazione-montemaggiore-halley-b.pdf" "$O/"
python3 determina_montemaggiore.py "$O/determinazione-montemaggiore-halley.pdf"
groff -k -Tps decreto_montemaggiore.tr > "$T/decreto_mm.ps"
ps2pdf -sPAPERSIZE=a4 "$T/decreto_mm.ps" "$O/decreto-montemaggiore-halley.pdf"

# Consorzio di Bonifica della Media Pianura Bergamasca (J-Iride-like)
python3 delibera_bonifica_cda_docx.py "$T/deliberazione-mediapianura-jiride.docx" "$T/crest_bonifica.png"
lo "$T/deliberazione-mediapianura-jiride.docx"
cp "$T/deliberazione-mediapianura-jiride.pdf" "$O/"
python3 determina_bonifica_dg.py "$O/determinazione-mediapianura-jiride.pdf"
cp determina_bonifica_at.html "$T/"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/determinazione-mediapianura-jiride-b.pdf" "file://$T/determina_bonifica_at.html" 2>/dev/null
python3 decreto_bonifica.py "$O/decreto-mediapianura-jiride.pdf"

ls -la "$O"/*.pdf
