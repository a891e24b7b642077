#!/bin/sh
# 02: XSL-FO -> Apache FOP 2.8
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$S/..; T=$(mktemp -d)
python3 "$S/02_troina.py" "$T/delibera.fo"
fop -q -fo "$T/delibera.fo" -pdf "$O/deliberazione-troina-fop.pdf"
rm -rf "$T"
