#!/bin/sh
# Rebuild every PDF of this folder (Python 3, ReportLab 5.1, fpdf2 2.8.9, DejaVu TTFs).
cd "$(dirname "$0")" && for f in d*.py; do python3 "$f" || exit 1; done
