#!/bin/sh
# hand-written flat ODT, printed by LibreOffice Writer (headless)
cd "$(dirname "$0")"
mkdir -p /tmp/trevi-build
cp avviso.fodt /tmp/trevi-build/avviso-trevi-fodt.fodt
soffice --headless --convert-to pdf:writer_pdf_Export --outdir /tmp/trevi-build /tmp/trevi-build/avviso-trevi-fodt.fodt >/dev/null 2>&1
cp /tmp/trevi-build/avviso-trevi-fodt.pdf ../../
