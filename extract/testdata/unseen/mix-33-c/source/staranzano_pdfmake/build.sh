#!/bin/sh
# needs pdfmake 0.2.x from npm (npm install pdfmake@0.2) in NODE_PATH or a node_modules next to this file
cd "$(dirname "$0")" && NODE_PATH=${NODE_PATH:-/tmp/m33c_node/node_modules} node avviso.js "$1"
