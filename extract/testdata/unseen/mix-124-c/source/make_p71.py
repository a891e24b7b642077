# -*- coding: utf-8 -*-
"""Porto Empedocle n. 71: the 80-column report typeset by plain troff (groff
-Tps, no macro package: page traps written by hand), Courier 10 point, the
roll in two columns; PostScript turned into PDF by ps2pdf (build.sh)."""
import sys
import pe_text
from content import DOCS

D = DOCS["P71"]
OUT = sys.argv[1] + "/p71.tr"
lines = pe_text.doc_lines("P71")
foot = "Comune di Porto Empedocle - Deliberazione C.C. n. %d del %s" % (D["number"], D["date"])

src = [r'.\" Porto Empedocle - verbale C.C. (stampa 80 colonne)',
       ".pl 11.69i", ".po 0.8i", ".ll 6.8i", ".lt 6.8i", ".ps 10", ".vs 12.2p", ".ft CR", ".nf",
       ".de HD", "'sp 0.75i", "..",
       ".de FO", "'sp 0.25i", ".ft CR", ".ps 8",
       ".tl '%s''Pag. %%'" % foot.replace("'", r"\(aq"), ".ps 10", "'bp", "..",
       ".wh 0 HD", ".wh -0.9i FO"]
for ln in lines:
    src.append(r"\&" + ln.replace("\\", r"\e"))
open(OUT, "w", encoding="latin-1").write("\n".join(src) + "\n")
