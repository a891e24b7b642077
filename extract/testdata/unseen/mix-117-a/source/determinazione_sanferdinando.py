#!/usr/bin/env python3
"""San Ferdinando di Puglia, determinazione of the Settore Economico
Finanziario (Servizio Tributi), sector n. 87 of 10/05/2027, general register
n. 402 of 11/05/2027 -- Hypersic house style as HTML for wkhtmltopdf (built
in build.sh). Writes the HTML and the crest PNG into the given folder."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sanferdinando_common import crest_png

T = sys.argv[1]
crest_png(os.path.join(T, "crest-sfp.png"), scale=3)
html = open(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                         "determinazione-sanferdinando.html"), encoding="utf-8").read()
open(os.path.join(T, "determinazione-sanferdinando.html"), "w", encoding="utf-8").write(html)
