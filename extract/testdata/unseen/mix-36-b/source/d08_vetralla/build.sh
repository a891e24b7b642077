#!/bin/sh
# Node + jsPDF 2.5.1 (npm install jspdf@2.5.1), Liberation Sans embedded via addFileToVFS
cd "$(dirname "$0")"
NODE_PATH=${NODE_PATH:-/tmp/w36b/node/node_modules} node avviso.js "${OUT:-../..}/avviso-vetralla-jspdf.pdf"
