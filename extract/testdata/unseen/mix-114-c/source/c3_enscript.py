# -*- coding: utf-8 -*-
"""C3: Boscoreale, Consiglio n. 3 - an 80-column text report, pages cut by
form feeds, printed by enscript (Courier) and ps2pdf."""
import sys
import bosco_text
from data import C3

pages = bosco_text.consiglio_3(C3)
open(sys.argv[1], "w", encoding="latin-1").write("\f".join("\n".join(p) + "\n" for p in pages))
