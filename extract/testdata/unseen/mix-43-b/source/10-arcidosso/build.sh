#!/bin/sh
# Comune di Arcidosso - Allegato A (tariff table): an HTML export opened by LibreOffice Writer and saved as PDF,
# as unoconv does (-f pdf on an .html document)
cd "$(dirname "$0")"
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir . allegato.html >/dev/null 2>&1
mv allegato.pdf ../../allegato-arcidosso-unoconv.pdf
