# -*- coding: utf-8 -*-
"""C4: Carosino minute n. 98 as the package's 80-column text, printed by
a2ps (one page per sheet, portrait) whose running head carries the act's
number; build.sh runs a2ps and ps2pdf."""
import sys

from carosino_text import all_lines
from content import C4

if __name__ == "__main__":
    open(sys.argv[1], "w", encoding="latin-1").write("\n".join(all_lines(C4)) + "\n")
