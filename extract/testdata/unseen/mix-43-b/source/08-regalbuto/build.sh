#!/bin/sh
cd "$(dirname "$0")"
lualatex -interaction=batchmode avviso.tex >/dev/null; lualatex -interaction=batchmode avviso.tex >/dev/null
cp avviso.pdf ../../avviso-regalbuto-lualatex.pdf; rm -f avviso.aux avviso.log avviso.out avviso.pdf
