# -*- coding: utf-8 -*-
"""C4: Acqualagna's fill-in form of the same package (Courier 10, 80
columns): the preprinted labels and blanks of underscores are written first,
line by line; every value is then typed over its blank, its baseline 0.5 mm
above the underscores, as a form filler does; the subject is typed into a
framed box. fpdf2, core Courier, WinAnsi.
Usage: python3 acqualagna_form.py OUTDIR
"""
import sys, os, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fpdf
from fpdf import FPDF
import data

d = data.C4
b = d["body"]
CW = 0.6 * 10 * 25.4 / 72.0   # width of a Courier 10 character, mm
X0 = 20.0
LH = 4.6                      # line height, mm (about 13 pt)


class Form(FPDF):
    def footer(self):
        self.set_font("Courier", "", 8)
        self.set_xy(X0, 284)
        self.cell(170, 4, "Mod. DET-01 (Halley)   Comune di Acqualagna - Det. R.G. n. %d del %s   Pag. %d/{nb}"
                  % (d["number"], d["date"], self.page_no()))


def build(out):
    pdf = Form(format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    pdf.set_title("Determinazione %d/2028" % d["number"])
    pdf.set_creator("Halley - Modulistica")
    pdf.set_producer("PyFPDF/fpdf%s" % fpdf.__version__)
    pdf.add_page()
    pdf.set_font("Courier", "", 10)
    y = [22.0]
    fills = []

    def pre(s, bold=False):
        """a preprinted line; returns its baseline"""
        pdf.set_font("Courier", "B" if bold else "", 10)
        pdf.text(X0, y[0], s)
        yy = y[0]
        y[0] += LH
        return yy

    def blank_line(label, width_cols, value, bold=False):
        s = label + "_" * (width_cols - len(label))
        yy = pre(s)
        fills.append((X0 + len(label) * CW + CW, yy - 0.5, value, bold))

    def lr(a, c):
        return a + " " * (80 - len(a) - len(c)) + c

    pre(lr("COMUNE DI ACQUALAGNA", "Provincia di Pesaro e Urbino"), bold=True)
    pre(lr(b["address"], "Tel. 0721 796711"))
    pre("=" * 80)
    y[0] += 1
    pre("         DETERMINAZIONE DEL RESPONSABILE DELL'AREA / DEL SERVIZIO", bold=True)
    y[0] += 2
    blank_line("Area ..................: ", 80, d["organ"], True)
    blank_line("Servizio ..............: ", 80, d["office"])
    blank_line("Servizio proponente ...: ", 80, d["proposing_office"])
    y[0] += 1.5
    # the two registers on one line, four blanks
    s = "Registro Generale n. ______ del ____________   N. Area ______ del ____________"
    yy = pre(s)
    pos = [s.index("_"), s.index("del ") + 4, s.index("N. Area ") + 8, s.rindex("del ") + 4]
    vals = [str(d["number"]), d["date"], str(d["sector_number"]), d["sector_date"]]
    for p, v in zip(pos, vals):
        fills.append((X0 + p * CW + CW, yy - 0.5, v, True))
    y[0] += 1.5
    # the subject is typed into a framed box of the form (no blanks)
    subj = textwrap.wrap(d["subject"], 68, break_long_words=False, break_on_hyphens=False)
    top = y[0] - LH + 0.8
    pre("OGGETTO:", bold=True)
    y[0] -= LH
    for ln in subj:
        yy = y[0]
        fills.append((X0 + 10 * CW, yy, ln, True))
        y[0] += LH
    y[0] += max(0, 3 - len(subj)) * LH
    pdf.set_line_width(0.3)
    pdf.rect(X0 + 9.5 * CW, top, 70.5 * CW, y[0] - top - LH + 1.6)
    y[0] += 1
    pre("-" * 80)
    y[0] += 2
    pdf.set_font("Courier", "B", 10)
    pre("                     IL RESPONSABILE DELL'AREA TECNICA", bold=True)
    y[0] += 2
    pre("PREMESSO:")
    for p in d["premises"]:
        for j, ln in enumerate(textwrap.wrap(p, 76, initial_indent="- ", subsequent_indent="  ")):
            pre(ln)
        y[0] += 1.5
    for ln in textwrap.wrap("VISTI gli artt. 107, 183 e 184 del D.Lgs. 267/2000 e il Regolamento edilizio comunale; ACCERTATA la regolarita' tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;", 78):
        pre(ln)
    y[0] += 3
    pre("                               D E T E R M I N A", bold=True)
    y[0] += 2
    for i, p in enumerate(d["points"], 1):
        for j, ln in enumerate(textwrap.wrap(p, 75, initial_indent="%d) " % i, subsequent_indent="   ")):
            pre(ln)
        y[0] += 1.5
    y[0] += 8
    yy = pre(" " * 40 + "IL RESPONSABILE DELL'AREA TECNICA")
    yy = pre(" " * 40 + "_" * 33)
    fills.append((X0 + 44 * CW, yy - 0.5, "F.to %s %s" % (d["signer_title"], d["signer_name"]), False))
    y[0] += 6
    pre("-" * 80)
    pre("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", bold=True)
    yy = pre("Impegno n. ________  Capitolo ________  Data ____________")
    fills.append((X0 + 11 * CW, yy - 0.5, "97/2028", False))
    fills.append((X0 + 30 * CW, yy - 0.5, "3150", False))
    fills.append((X0 + 45 * CW, yy - 0.5, "31/01/2028", False))
    yy = pre(" " * 40 + "IL RESPONSABILE DEL SERVIZIO FINANZIARIO")
    yy = pre(" " * 40 + "_" * 33)
    fills.append((X0 + 44 * CW, yy - 0.5, "F.to rag. Lorena Cecchini", False))
    pre("-" * 80)
    for ln in textwrap.wrap("Documento prodotto in originale informatico e firmato digitalmente ai sensi del D.Lgs. 82/2005. Pubblicato all'Albo Pretorio on line per 15 giorni consecutivi.", 80):
        pre(ln)
    # --- the typist's pass: values over the blanks ---------------------
    for x, yy, v, bold in fills:
        pdf.set_font("Courier", "B" if bold else "", 10)
        pdf.text(x, yy, v)
    pdf.output(os.path.join(out, data.filename(d)))


if __name__ == "__main__":
    build(sys.argv[1])
