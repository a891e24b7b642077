#!/bin/sh
# a fixed-width text spool printed with Vim's :hardcopy (PostScript), then Ghostscript ps2pdf
cd "$(dirname "$0")"
vim -N -u NONE -es -c 'set encoding=utf-8 printencoding=latin1 printfont=courier:h9.5 printoptions=paper:A4,left:18mm,right:12mm,top:14mm,bottom:14mm,header:2,number:n' \
    -c 'set printheader=%<%f%=Pagina\ %N' -c 'hardcopy > ord.ps' -c 'qa!' ORD_007_2026.TXT
ps2pdf -sPAPERSIZE=a4 ord.ps "$1/ordinanza-roccasangiovanni-vim-hardcopy.pdf"
rm -f ord.ps
