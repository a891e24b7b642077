#!/bin/sh
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 14mm -R 14mm --title "Delibera CC 9/2026" "$1" "$2"
