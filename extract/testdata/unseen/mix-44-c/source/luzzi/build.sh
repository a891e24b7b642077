#!/bin/sh
cd "$(dirname "$0")"; OUT=$(cd "${OUT:-../..}" && pwd)
python3 make.py "$OUT/avviso-luzzi-reportlab.pdf"
