# -*- coding: utf-8 -*-
"""Solarino's Consiglio minute n. 40: the package's pre-printed 80-column
form (blanks of underscores), with the values typed over the blanks, then the
body typed in the same Courier.  Made with fpdf2.

Usage: python3 solarino_form.py OUT.pdf
"""
import os
import re
import sys
import textwrap

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ACTS, SOLARINO  # noqa: E402
from solarino_txt import W, center, justify  # noqa: E402

a = ACTS["S4"]
CH = 10 * 0.6 * 25.4 / 72  # Courier 10 pt advance, mm
LH = 4.45
LEFT = 20.0
TOP = 22.0

sub = textwrap.wrap(a["subject"], width=W - 13, break_long_words=False)
while len(sub) < 3:
    sub.append("")

FORM = [
    (center(SOLARINO["name"]), []),
    (center(SOLARINO["sub"]), []),
    (center(SOLARINO["addr"]), []),
    ("=" * W, []),
    (center(a["kind_title"]), []),
    ("-" * W, []),
    ("  Deliberazione n. ________                                del ______________",
     [str(a["number"]), a["date"]]),
    ("  Sessione ______________  Seduta _____________  di _________ convocazione",
     ["ordinaria", "pubblica", "prima"]),
    ("-" * W, []),
    # the form's OGGETTO box has no blanks: the subject is typed into it
    ("  OGGETTO: " + sub[0], []),
    ("           " + sub[1], []),
    ("           " + sub[2], []),
    ("-" * W, []),
    ("", []),
    ("  L'anno ____________________ il giorno ____________ del mese di __________",
     ["duemilaventisette", "ventisei", "agosto"]),
    ("  alle ore _______ e seguenti, nell'aula consiliare del Palazzo Municipale,",
     [a["time"]]),
    ("  convocato nelle forme di legge, si e' riunito il Consiglio Comunale.", []),
    ("  Risultano all'appello nominale i Signori Consiglieri:", []),
    ("", []),
    ("     CONSIGLIERI                       PRESENTE (SI/NO)", []),
]
for n, _r, p in a["roll"]:
    FORM.append(("     %-30s....    ______" % n, ["SI" if p else "NO"]))
FORM += [
    ("", []),
    ("                         Presenti n. ______        Assenti n. ______", list(a["counts"])),
    ("", []),
    ("  Presiede la seduta il Sig. ____________________________ nella qualita' di",
     [a["president"][1]]),
    ("  ______________________________ .", [a["president"][2]]),
    ("  Partecipa con funzioni di verbalizzante il ______________________________",
     [a["secretary"][2]]),
    ("  ____________________________________ .", [a["secretary"][0] + " " + a["secretary"][1]]),
    ("", []),
    ("  Il Presidente, riconosciuto legale il numero degli intervenuti, dichiara", []),
    ("  aperta la seduta e pone in discussione l'argomento indicato in oggetto.", []),
    ("-" * W, []),
]


class Form(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Courier", "", 8)
        self.set_x(LEFT)
        self.cell(0, 4, "Mod. CC/01 - SIKUEL    Delibera C.C. n. %d del %s    pag. %d/{nb}"
                  % (a["number"], a["date"], self.page_no()))


pdf = Form(format="A4", unit="mm")
pdf.set_title("Delibera C.C. n. %d/2027" % a["number"])
pdf.set_creator("Sikuel - Atti Amministrativi (modulistica)")
pdf.set_auto_page_break(False)
pdf.add_page()
y = TOP


def put(txt, y, style=""):
    pdf.set_font("Courier", style, 10)
    pdf.text(LEFT, y, txt)


for tmpl, vals in FORM:
    put(tmpl, y)
    runs = [m.start() for m in re.finditer(r"_{4,}", tmpl)]
    for col, v in zip(runs, vals):
        if v:
            pdf.set_font("Courier", "B", 10)
            pdf.text(LEFT + (col + 1) * CH, y - 0.9, v)
    y += LH

# body, typed in the same Courier
lines = ["", center(a["organ_line"]), ""]
for p in a["premesse"]:
    lines += justify(p)
lines.append("")
lines += justify(a["vote_pre"])
lines += ["", center("D E L I B E R A"), ""]
for i, p in enumerate(a["points"], 1):
    lines += justify(p, first="%d) " % i)
lines += ["", "  Letto, approvato e sottoscritto.", ""]
(r1, n1), (r2, n2), (r3, n3) = a["signs"]
lines.append(("%-40s%s" % (r1.center(36), r3.center(40))).rstrip())
lines.append(("%-40s%s" % (n1.center(36), n3.center(40))).rstrip())
lines.append("")
lines.append(center(r2))
lines.append(center(n2))
lines += ["", "-" * W, center("CERTIFICATO DI PUBBLICAZIONE"), ""]
lines += justify("Si certifica che copia della presente deliberazione viene pubblicata "
                 "all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi "
                 "a decorrere dal 27/08/2027 (Reg. pubbl. n. 1468).")
lines += ["", " " * 44 + "IL RESPONSABILE DELL'ALBO", " " * 44 + "F.to Sig.ra Lucia Fazzino"]

for ln in lines:
    if y > 297 - 24:
        pdf.add_page()
        y = TOP
    put(ln, y)
    y += LH

pdf.output(sys.argv[1])
