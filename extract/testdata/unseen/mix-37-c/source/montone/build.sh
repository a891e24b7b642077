#!/bin/sh
# fpdf2 (Python), Liberation TrueType fonts embedded
cd "$(dirname "$0")"
python3 convocazione.py ../../convocazione-montone-quarkxpress.pdf
