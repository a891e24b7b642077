#!/bin/sh
# needs the npm package pdf-lib (npm install pdf-lib)
cd "$(dirname "$0")" && node avviso.mjs "$1"
