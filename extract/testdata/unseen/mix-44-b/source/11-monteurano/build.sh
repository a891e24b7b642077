#!/bin/sh
# z3c.rml (Report Markup Language rendered with ReportLab)
cd "$(dirname "$0")"
python3 -c "import sys; from z3c.rml import rml2pdf; rml2pdf.go('convocazione.rml', sys.argv[1])" "$1/convocazione-monteurano-z3c-rml.pdf"
