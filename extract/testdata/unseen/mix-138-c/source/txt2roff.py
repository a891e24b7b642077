"""Turn an 80-column report (UTF-8 text) into plain troff for groff -Tps:
no-fill mode, accented letters as groff's named glyphs, Courier 10/12 (CR), every line kept as is. Backslashes are
escaped, lines opening with . or ' are protected, ASCII apostrophes are
written as \\(aq so that groff keeps them straight, and lines made only of
= or - are drawn in bold (as a line printer's double strike would)."""
import re
import sys

src = open(sys.argv[1], encoding="utf-8").read().splitlines()
out = [".pl 29.7c", ".po 2.1c", ".ll 17.5c", ".nf", ".ft CR", ".ps 10", ".vs 12.2", ".sp 1.2c"]
GLYPH = {"Ò": "\\(`O", "ò": "\\(`o", "À": "\\(`A", "à": "\\(`a", "È": "\\(`E", "è": "\\(`e",
         "é": "\\('e", "ì": "\\(`i", "ù": "\\(`u", "Ù": "\\(`U"}
for line in src:
    s = line.replace("\\", "\\e").replace("'", "\\(aq")
    for k, v in GLYPH.items():
        s = s.replace(k, v)
    if s.startswith("."):
        s = "\\&" + s
    if re.fullmatch(r"[=\-]+", line.strip() or "x"):
        out.append(".ft CB")
        out.append(s)
        out.append(".ft CR")
    else:
        out.append(s if s else "")
sys.stdout.write("\n".join(out) + "\n")
