#!/bin/sh
# $1 = output PDF; groff -ms with tbl, PDF device (gropdf)
D=$(cd "$(dirname "$0")" && pwd)
groff -k -t -ms -Tpdf -P-pa4 "$D/delibera.ms" > "$1"
