#!/bin/sh
wkhtmltopdf -q -s A4 -T 18mm -B 20mm -L 20mm -R 18mm "$1" "$2"
