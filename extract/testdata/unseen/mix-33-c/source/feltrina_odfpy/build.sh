#!/bin/sh
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
python3 avviso.py "$T/avviso-3-2026.odt"
soffice --headless --convert-to pdf --outdir "$T" "$T/avviso-3-2026.odt" >/dev/null 2>&1
mv "$T/avviso-3-2026.pdf" "$1"; rm -rf "$T"
