#!/bin/sh
# Node + pdf-lib 1.17.1 + @pdf-lib/fontkit 1.1.1 (npm install pdf-lib @pdf-lib/fontkit)
cd "$(dirname "$0")"
NODE_PATH=${NODE_PATH:-/tmp/w36b/node/node_modules} node convocazione.js "${OUT:-../..}/convocazione-busalla-pdflib.pdf"
