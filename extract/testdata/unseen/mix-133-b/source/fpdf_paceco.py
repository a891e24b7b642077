# -*- coding: utf-8 -*-
"""Paceco, house style "halley", as the package's report engine prints it
(B3): fpdf2 with an embedded Liberation Serif, every glyph placed by its own
text operator at a computed x, no space characters; justified lines get
their spread by moving the glyphs.  Header on the first page only; the
register number and "Pag. X di Y" in a running foot.
usage: python3 fpdf_paceco.py OUTDIR
"""
import sys, os
from fpdf import FPDF

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import acts
from docx_paceco import crest_png

FONTDIR = "/usr/share/fonts/truetype/liberation"
PW, PH = 210.0, 297.0
LM, RM, TOP, BOTTOM = 20.0, 20.0, 15.0, 22.0
TW = PW - LM - RM


class Engine:
    def __init__(self):
        self.pdf = FPDF(unit="mm", format="A4")
        self.pdf.set_auto_page_break(False)
        for style, fn in (("", "LiberationSerif-Regular.ttf"), ("B", "LiberationSerif-Bold.ttf"),
                          ("I", "LiberationSerif-Italic.ttf"), ("BI", "LiberationSerif-BoldItalic.ttf")):
            self.pdf.add_font("LSerif", style, os.path.join(FONTDIR, fn))
        self.pages = []   # list of op lists
        self.new_page()

    # -- measuring
    def width(self, s, size, style=""):
        self.pdf.set_font("LSerif", style, size)
        return self.pdf.get_string_width(s)

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = TOP

    def need(self, h):
        if self.y + h > PH - BOTTOM:
            self.new_page()

    # -- glyph placement: a word is a list of glyphs, each placed on its own
    def put_line(self, words, x0, y, size, style, width=None, justify=False):
        gaps = len(words) - 1
        ws = [self.width(w, size, style) for w in words]
        space = self.width(" ", size, style)
        if justify and gaps > 0 and width:
            space = (width - sum(ws)) / gaps
        x = x0
        for w, wl in zip(words, ws):
            for ch in w:
                self.ops.append(("g", x, y, ch, size, style))
                x += self.width(ch, size, style)
            x += space

    def wrap(self, text, size, style, width):
        lines, cur = [], []
        for w in text.split():
            trial = " ".join(cur + [w])
            if cur and self.width(trial, size, style) > width:
                lines.append(cur)
                cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, size=11, style="", align="J", indent=0.0, first=0.0, after=1.6, lead=None, x0=None,
             width=None):
        lead = lead or size * 0.4233 * 1.22
        x0 = LM if x0 is None else x0
        width = TW if width is None else width
        # first line may be indented: wrap the first line narrower
        lines = self.wrap(text, size, style, width - indent - max(first, 0))
        if first and len(lines) > 1:
            rest = " ".join(" ".join(l) for l in lines[1:])
            lines = lines[:1] + self.wrap(rest, size, style, width - indent)
        for i, l in enumerate(lines):
            self.need(lead)
            base = self.y + lead * 0.78
            xi = x0 + indent + (first if i == 0 else 0)
            wi = width - indent - (first if i == 0 else 0)
            lw = self.width(" ".join(l), size, style)
            if align == "C":
                xi = x0 + (width - lw) / 2
            elif align == "R":
                xi = x0 + width - lw
            self.put_line(l, xi, base, size, style, wi, justify=(align == "J" and i < len(lines) - 1))
            self.y += lead
        self.y += after

    def hanging(self, label, text, size=11, indent=7.0, after=1.4):
        lead = size * 0.4233 * 1.22
        lines = self.wrap(text, size, "", TW - indent)
        for i, l in enumerate(lines):
            self.need(lead)
            base = self.y + lead * 0.78
            if i == 0:
                self.put_line([label], LM, base, size, "")
            self.put_line(l, LM + indent, base, size, "", TW - indent, justify=(i < len(lines) - 1))
            self.y += lead
        self.y += after

    def rect(self, x, y, w, h, lw=0.3):
        self.ops.append(("r", x, y, w, h, lw))

    def hline(self, x1, x2, y, lw=0.3):
        self.ops.append(("l", x1, y, x2, y, lw))

    # -- output
    def render(self, out, foot, meta):
        n = len(self.pages)
        pdf = self.pdf
        pdf.set_title(meta["title"]); pdf.set_author(meta["author"]); pdf.set_creator(meta["creator"])
        pdf.set_producer("PyFPDF/fpdf2 2.8.9")
        for k, ops in enumerate(self.pages, 1):
            pdf.add_page()
            for op in ops:
                if op[0] == "g":
                    _, x, y, ch, size, style = op
                    pdf.set_font("LSerif", style, size)
                    pdf.text(x, y, ch)
                elif op[0] == "r":
                    _, x, y, w, h, lw = op
                    pdf.set_line_width(lw); pdf.rect(x, y, w, h)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw = op
                    pdf.set_line_width(lw); pdf.line(x1, y1, x2, y2)
                elif op[0] == "i":
                    _, path, x, y, w = op
                    pdf.image(path, x=x, y=y, w=w)
            # running foot
            self.ops = []
            fy = PH - 12
            txt = "%s – Pag. %d di %d" % (foot, k, n)
            words = txt.split()
            w = self.width(txt, 8.5, "I")
            self.put_line(words, PW - RM - w, fy, 8.5, "I")
            pdf.set_line_width(0.2); pdf.line(LM, fy - 4, PW - RM, fy - 4)
            for op in self.ops:
                _, x, y, ch, size, style = op
                pdf.set_font("LSerif", style, size)
                pdf.text(x, y, ch)
        pdf.output(out)


def build(act, out, crest):
    e = Engine()
    t = act["town"]
    # letterhead (first page only)
    e.ops.append(("i", crest, LM, TOP, 15))
    e.y = TOP + 1
    e.para(t["comune"], 17, "B", "C", after=0.5)
    e.para(t["provincia"], 11, "I", "C", after=0.5)
    e.para(t["address"], 8, "", "C", after=3)
    e.para(act["area"], 12, "B", "C", after=0.3)
    e.para(act["office"], 11, "", "C", after=1.5)
    e.hline(LM, PW - RM, e.y, 0.6)
    e.y += 3
    e.para("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", 13, "B", "C", after=2)
    # the two register boxes
    bw = 70
    y0 = e.y
    for i, (lab, val) in enumerate((("Determinazione di Settore", "N. %d del %s" % (act["sect"], act["sect_date"])),
                                    ("Registro Generale", "N. %d del %s" % (act["reg_gen"], act["reg_gen_date"])))):
        x = LM + 8 + i * (bw + 14)
        e.rect(x, y0, bw, 13, 0.4)
        e.y = y0 + 1
        e.para(lab, 9, "", "C", x0=x, width=bw, after=0.3)
        e.para(val, 12, "B", "C", x0=x, width=bw, after=0)
    e.y = y0 + 15
    e.para("Proposta n. %d del %s" % (act["proposal"], act["proposal_date"]), 9, "I", "R", after=2)
    # subject in a ruled box
    ys = e.y
    e.y += 1.5
    e.para("OGGETTO: " + act["subject"], 11, "B", "J", x0=LM + 2, width=TW - 4, after=1)
    e.rect(LM, ys, TW, e.y - ys, 0.6)
    e.y += 4
    r = act["resp"]
    e.para(r[2], 11.5, "B", "C", after=2.5)
    pre, post = acts.recitals(act)
    for p in pre + act["premesse"] + post:
        e.para(p, 11, "", "J", first=8)
    rup = act["rup"]
    e.para("Vista la proposta di determinazione n. %d del %s predisposta dal Responsabile del procedimento, %s %s, "
           "e ritenuta la stessa meritevole di approvazione;" % (act["proposal"], act["proposal_date"], rup[0], rup[1]),
           11, "", "J", first=8)
    e.need(20)
    e.y += 1
    e.para("DETERMINA", 12, "B", "C", after=2)
    for i, p in enumerate(act["determina"], 1):
        e.hanging("%d)" % i, p)
    e.need(30)
    e.y += 2
    e.para("Paceco, %s" % act["sect_date"], 11, after=3)
    y0 = e.y
    e.para("Il Responsabile del procedimento", 10, "", "C", x0=LM, width=80, after=0.5)
    e.para("%s %s" % rup, 10, "", "C", x0=LM, width=80, after=0)
    e.y = y0
    e.para(r[2], 10, "B", "C", x0=LM + 90, width=80, after=0.5)
    e.para("%s %s" % (r[0], r[1]), 10, "", "C", x0=LM + 90, width=80, after=2)
    e.para("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", 8, "I", "C")

    # last page
    e.new_page()
    e.para("SETTORE II – SERVIZI FINANZIARI E TRIBUTI", 11, "B", "C", after=0.5)
    e.para("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", 11, "B", "C", after=0.5)
    e.para("(art. 183, comma 7, e art. 147-bis del D.Lgs. 267/2000)", 9, "I", "C", after=3)
    e.para("Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, che risulta "
           "registrata come segue:", 10.5, "", "J", after=2)
    cols = [(14, "Anno"), (22, "N. impegno"), (30, "Capitolo/Art."), (78, "Descrizione"), (26, "Importo €")]
    rows = [[c[1] for c in cols]] + [list(i) for i in act["impegni"]]
    for k, row in enumerate(rows):
        y0 = e.y
        x = LM
        for (w, _), v in zip(cols, row):
            e.y = y0 + 0.8
            e.para(v, 9, "B" if k == 0 else "", "R" if (_ == "Importo €" and k) else "L", x0=x + 1.2, width=w - 2.4,
                   after=0)
            x += w
        h = 6.2
        x = LM
        for w, _ in cols:
            e.rect(x, y0, w, h, 0.25)
            x += w
        e.y = y0 + h
    e.y += 2
    e.para("Beneficiario: " + act["creditor"], 9.5, after=2)
    fin = t["fin"]
    e.para("Paceco, %s" % act["visto_date"], 10.5, after=1)
    e.para(fin[2], 10, "B", "R", after=0.3)
    e.para("%s %s" % (fin[0], fin[1]), 10, "", "R", after=0.3)
    e.para("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", 8, "I", "R", after=6)
    pb = act["pubbl"]
    ys = e.y
    e.y += 1.5
    e.para("CERTIFICATO DI PUBBLICAZIONE", 11, "B", "C", after=0.5)
    e.para("N. %d del Registro delle Pubblicazioni" % pb["reg"], 10, "B", "C", after=1.5)
    e.para(acts.PAC_CERT % (pb["from"], pb["to"]), 10, "", "J", x0=LM + 2, width=TW - 4, after=1.5)
    e.para("Paceco, %s" % pb["from"], 10, x0=LM + 2, width=TW - 4, after=1)
    al = t["albo"]
    e.para(al[2], 10, "", "R", x0=LM, width=TW - 3, after=0.3)
    e.para(al[1], 10, "", "R", x0=LM, width=TW - 3, after=0.3)
    e.para("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", 8, "I", "R", x0=LM, width=TW - 3, after=1)
    e.rect(LM, ys, TW, e.y - ys, 0.4)
    e.render(out, "Determinazione Registro Generale n. %d del %s" % (act["reg_gen"], act["reg_gen_date"]),
             {"title": "Determinazione R.G. n. %d/2028" % act["reg_gen"], "author": "Comune di Paceco",
              "creator": "Halley Atti - Stampa determinazioni"})


if __name__ == "__main__":
    outdir = sys.argv[1] if len(sys.argv) > 1 else "."
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        crest = os.path.join(tmp, "crest-paceco.png")
        crest_png(crest)
        a = acts.BY_ID["B3"]
        build(a, os.path.join(outdir, a["file"]), crest)
