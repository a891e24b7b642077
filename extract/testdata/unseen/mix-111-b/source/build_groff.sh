#!/bin/sh
set -e
cd "$(dirname "$0")"
T=$(mktemp -d)
groff -k -Tps -P-pa4 permesso-avigliano-halley.tr > $T/p.ps
ps2pdf -sPAPERSIZE=a4 $T/p.ps ../permesso-avigliano-halley.pdf
rm -rf $T
