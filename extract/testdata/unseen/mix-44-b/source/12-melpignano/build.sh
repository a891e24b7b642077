#!/bin/sh
# ODT template with relatorio placeholders -> relatorio fill -> LibreOffice Writer PDF export
cd "$(dirname "$0")"
python3 make_template.py modello_avviso.odt
python3 fill.py modello_avviso.odt avviso_cimitero.odt
soffice --headless --convert-to pdf avviso_cimitero.odt --outdir . >/dev/null 2>&1
cp avviso_cimitero.pdf "$1/avviso-melpignano-relatorio.pdf"
rm -f modello_avviso.odt avviso_cimitero.odt avviso_cimitero.pdf
