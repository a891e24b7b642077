#!/bin/sh
# borb (Python) layout API
cd "$(dirname "$0")"
python3 make.py "$1/determina-moggioudinese-borb.pdf"
