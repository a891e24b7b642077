# -*- coding: utf-8 -*-
"""Porto Empedocle n. 72: the same 80-column report written as a text file
and printed by GNU enscript (Courier 10, a running head with the act's number
and "Pag. n di m"), PostScript to PDF by ps2pdf (build.sh).  The roll is a
numbered list with leader dots."""
import sys
import pe_text

OUT = sys.argv[1] + "/p72.txt"
open(OUT, "w", encoding="latin-1").write("\n".join(pe_text.doc_lines("P72")) + "\n")
