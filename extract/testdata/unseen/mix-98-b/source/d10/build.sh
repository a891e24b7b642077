#!/bin/sh
# $1 = output PDF; HTML opened by LibreOffice Writer (HTML import filter) and exported to PDF (private profile)
D=$(cd "$(dirname "$0")" && pwd); T=$(mktemp -d)
cp "$D/attestazione.html" "$T/"
soffice -env:UserInstallation=file:///tmp/lo-98b --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$T" "$T/attestazione.html" >/dev/null 2>&1
cp "$T/attestazione.pdf" "$1"; rm -rf "$T"
