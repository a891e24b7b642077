"""Fill the roll of the Consiglio Generale into the hand-written flat ODT.
usage: fodt_fill.py IN.fodt OUT.fodt"""
import sys
from xml.sax.saxutils import escape

ROLL = [("DI LILLO ANTONIO", True), ("PETRELLA DOMENICO", True), ("DE ROSA MARIA GRAZIA", True),
        ("SAGLIOCCO ANTIMO", True), ("CIOFFI ROBERTO", False), ("MASTROIANNI LUCIA", True),
        ("VOZZA CARMINE", True), ("FUSCO ALFONSO", True), ("D'AGOSTINO TERESA", False),
        ("PALMIERI SALVATORE", True), ("RUSSO FRANCESCO", True)]

rows = []
for i, (name, pres) in enumerate(ROLL, 1):
    cells = [(str(i), "Cella"), (escape(name), "Cella"), ("X" if pres else "", "CellaC"), ("" if pres else "X", "CellaC")]
    rows.append("    <table:table-row>" + "".join(
        '<table:table-cell table:style-name="Tab1.X" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
        % (st, v) for v, st in cells) + "</table:table-row>")
src = open(sys.argv[1], encoding="utf-8").read()
open(sys.argv[2], "w", encoding="utf-8").write(src.replace("@@ROLL@@", "\n".join(rows)))
