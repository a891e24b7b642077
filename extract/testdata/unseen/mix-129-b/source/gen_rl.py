# Grotteria: Halley-like house style. ReportLab (Tw/Tc justification; glyphs one at a time).
import sys
from gen_rl_lib import Doc
from data import DOCS
for d in DOCS:
    if d["producer"] == "reportlab-tw": Doc(d, "tw").build(); print(d["file"])
    if d["producer"] == "reportlab-glyphs": Doc(d, "glyphs").build(); print(d["file"])
