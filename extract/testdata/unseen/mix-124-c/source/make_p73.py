# -*- coding: utf-8 -*-
"""Porto Empedocle n. 73: the 80-column report printed by GNU a2ps (one
portrait page per sheet, 80 characters a line, a foot with the act's number
and the page), PostScript to PDF by ps2pdf (build.sh).  The roll is a table
drawn with +, - and |; a2ps sets hyphens as minus signs."""
import sys
import pe_text

OUT = sys.argv[1] + "/p73.txt"
open(OUT, "w", encoding="latin-1").write("\n".join(pe_text.doc_lines("P73")) + "\n")
