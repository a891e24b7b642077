#!/bin/sh
cd "$(dirname "$0")" && python3 make.py "$1/convocazione-collinarefriuli-insiel.pdf"
