"""Turn an 80-column text report into plain troff (Courier 9/11, no macros)."""
import sys
src, = sys.argv[1:]
print(".pl 29.7c\n.po 2.2c\n.ll 17c\n.nf\n.ft CR\n.ps 9\n.vs 11p\n.sp 1.2c")
for line in open(src, encoding="utf-8"):
    line = line.rstrip("\n").replace("\\", "\\e")
    if line.startswith((".", "'")):
        line = "\\&" + line
    print(line if line.strip() else ".sp 1")
