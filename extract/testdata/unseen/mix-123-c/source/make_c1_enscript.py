# -*- coding: utf-8 -*-
"""C1: Carosino minute n. 88 as the package's 80-column report, written as
Latin-1 text with form feeds; build.sh prints it with enscript (Courier 10,
no enscript header) and ps2pdf."""
import sys

from carosino_text import all_lines, paginate
from content import C1

if __name__ == "__main__":
    lines = paginate(C1, all_lines(C1))
    open(sys.argv[1], "w", encoding="latin-1").write("\n".join(lines) + "\n")
