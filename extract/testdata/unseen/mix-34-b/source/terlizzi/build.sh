#!/bin/sh
# unpatched-Qt wkhtmltopdf (Debian): no header/footer HTML, so the running head is in the body
wkhtmltopdf -q -s A4 -T 16mm -B 16mm -L 18mm -R 18mm --title "Deliberazione C.C. n. 12/2026" delibera.html "$1"
