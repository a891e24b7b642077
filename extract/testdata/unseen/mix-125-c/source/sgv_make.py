# -*- coding: utf-8 -*-
"""San Giovanni Valdarno: the 80-column report written as
  text  ID OUT.txt   plain text for enscript / a2ps
  troff ID OUT.tr    plain troff (no macro package) for groff -Tps
  form  ID OUT.pdf   fpdf2: the pre-printed model (labels and underscores)
                     with the values typed over the blanks
"""
import sys
from data import SGV_ACTS
from sgv_model import lines, running, S


def act(i):
    return [a for a in SGV_ACTS if a["id"] == i][0]


def troff(a):
    out = [
        '.\\" Giunta minute printed by the package as an 80-column report',
        ".pl 29.7c", ".po 2.0c", ".ll 17c", ".lt 17c", ".ft CR", ".ps 9.5", ".vs 12p", ".nf", ".nh",
        ".de hd", "'sp 1.1c", ".ps 8",
        ".tl '%s''%s - PAG. %%'" % (S["name"], running(a)),
        ".ps 9.5", "'sp 0.5c", "..",
        ".de fo", "'bp", "..",
        ".wh 0 hd", ".wh -2.2c fo", ".hd",
    ]
    for s in lines(a):
        if s.startswith(".") or s.startswith("'"):
            s = "\\&" + s
        out.append(s.replace("\\", "\\\\") if "\\&" not in s else s)
    return "\n".join(out) + "\n"


def form(a, out):
    from fpdf import FPDF
    L, ov = lines(a, form=True)

    class P(FPDF):
        def header(self):
            self.set_font("Courier", "", 8)
            self.set_xy(18, 10)
            self.cell(0, 4, "%-40s%40s" % (S["name"], running(a) + " - PAG. %d" % self.page_no()))
            self.set_xy(18, 18)

    pdf = P(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_title(running(a))
    pdf.set_creator("J-Serfin Atti - modulo delibera")
    pdf.set_producer("PyFPDF/fpdf" + __import__("fpdf").FPDF_VERSION)
    pdf.add_page()
    size = 9.5
    cw = size * 0.6 * 25.4 / 72.0  # Courier advance in mm
    lh = 4.25
    y = 22.0
    for i, s in enumerate(L):
        if y > 282:
            pdf.add_page()
            y = 22.0
        pdf.set_font("Courier", "", size)
        pdf.text(18, y, s)
        for col, val in ov.get(i, []):
            pdf.set_font("Courier", "B", size)
            pdf.text(18 + col * cw, y - 0.4, val)
        y += lh
    pdf.output(out)


if __name__ == "__main__":
    cmd, ident, out = sys.argv[1:4]
    a = act(ident)
    if cmd == "text":
        open(out, "w", encoding="latin-1").write("\n".join(lines(a)) + "\n")
    elif cmd == "troff":
        open(out, "w", encoding="latin-1").write(troff(a))
    elif cmd == "form":
        form(a, out)
