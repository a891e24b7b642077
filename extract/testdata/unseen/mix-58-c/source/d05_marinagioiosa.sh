#!/bin/sh
# HTML report page -> wkhtmltopdf (unpatched Qt: no header/footer switches; the page prints its own foot)
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 16mm -R 16mm --title "Determinazione Settore III n. 58/2026" "$1" "$2" 2>/dev/null
