#!/bin/sh
# 03: Typst (python "typst" wheel, 0.15.x)
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$S/..
python3 -c "import typst,sys; typst.compile(sys.argv[1], output=sys.argv[2])" "$S/03_valdenza.typ" "$O/deliberazione-unionevaldenza-typst.pdf"
