#!/bin/sh
# wkhtmltopdf, page sized like a 16:9 Google Slides export (10 x 5.625 in), no margins
wkhtmltopdf -q --page-width 254mm --page-height 142.9mm -T 0 -B 0 -L 0 -R 0 --title "Avviso chiusura anagrafe" "$1" "$2"
