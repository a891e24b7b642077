"""Wrap an 80-column text report into plain troff (no macros): Courier,
no fill, the way a package's 'stampa testo' goes to PostScript."""
import sys
print(".po 0.9i\n.ll 7i\n.pl 11.69i\n.ft CR\n.ps 9\n.vs 11.5p\n.nf")
print(".sp 0.4i")
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n").replace("\\", "\\e").replace("'", "\\(aq")
    if line.startswith("."):
        line = "\\&" + line
    print(line if line else ".sp 1")
