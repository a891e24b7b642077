#!/bin/sh
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../convocazione-auri-dedagroup.pdf 11_auri.html 2>/dev/null
