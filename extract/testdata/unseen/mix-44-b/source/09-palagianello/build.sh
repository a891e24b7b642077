#!/bin/sh
# pdfcpu (Go) "create" from a JSON page description, standard 14 fonts
cd "$(dirname "$0")"
python3 make_json.py attestazione.json
rm -f "$1/attestazione-palagianello-pdfcpu.pdf"
${PDFCPU:-$HOME/go/bin/pdfcpu} create attestazione.json "$1/attestazione-palagianello-pdfcpu.pdf" >/dev/null
rm -f attestazione.json
