#!/bin/sh
# web CMS page (Summernote-edited body, class note-editable) printed with wkhtmltopdf
cd "$(dirname "$0")"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 16mm -B 16mm -L 18mm -R 18mm --disable-smart-shrinking \
  --title "Avviso pubblico n. 3/2026" avviso.html "$1" 2>/dev/null
