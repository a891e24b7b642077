#!/bin/sh
# Comune di Sauris - node + npm "pdfjs" 2.5.4 with opentype.js pinned to 1.3.4 (1.3.5 breaks pdfjs) (installed in a scratch folder, not kept here)
set -e
D=$(cd "$(dirname "$0")" && pwd)/sauris; N=${NODEDIR:-/tmp/njs}
[ -d "$N/node_modules/pdfjs" ] || (mkdir -p "$N" && cd "$N" && npm init -y >/dev/null && npm install pdfjs@2.5.4 opentype.js@1.3.4 >/dev/null)
NODE_PATH="$N/node_modules" node "$D/ordinanza.js" "$1"
