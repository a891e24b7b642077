#!/bin/sh
cd "$(dirname "$0")"; OUT=$(cd "${OUT:-../..}" && pwd)
python3 make.py "$OUT/convocazione-otricoli-quarkxpress.pdf"
