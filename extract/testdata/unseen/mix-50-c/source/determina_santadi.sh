#!/bin/sh
# Comune di Santadi - layout.py writes drawing commands, render.c (libHaru) draws them
set -e
D=$(dirname "$0")/santadi; B=$(mktemp -d)
gcc -O2 -o "$B/render" "$D/render.c" -lhpdf
python3 "$D/layout.py" "$B/cmds.txt"
"$B/render" "$B/cmds.txt" "$1"
rm -rf "$B"
