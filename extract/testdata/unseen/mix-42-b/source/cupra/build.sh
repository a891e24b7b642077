#!/bin/sh
# PyQt5 5.15 (Debian python3-pyqt5): QTextDocument printed by QPrinter to PDF
set -e
cd "$(dirname "$0")"
QT_QPA_PLATFORM=offscreen /usr/bin/python3 make_pdf.py "$1/attestazione-cupramarittima-qt5.pdf" 2>/dev/null
