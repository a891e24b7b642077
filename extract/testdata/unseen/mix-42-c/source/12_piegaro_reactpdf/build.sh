#!/bin/sh
# needs the npm packages @react-pdf/renderer and react
cd "$(dirname "$0")" && node avviso.mjs "$1"
