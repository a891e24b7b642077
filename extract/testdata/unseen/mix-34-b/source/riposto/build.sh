#!/bin/sh
# needs pdfkit 0.15 from npm: (cd /tmp/m34b/node && npm install pdfkit@0.15)
NODE_PATH=/tmp/m34b/node/node_modules node avviso.js "$1"
