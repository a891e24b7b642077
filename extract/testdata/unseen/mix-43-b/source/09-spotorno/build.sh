#!/bin/sh
cd "$(dirname "$0")"
python3 -c "import cairosvg; cairosvg.svg2pdf(url='certificato.svg', write_to='../../attestazione-spotorno-cairosvg.pdf')"
