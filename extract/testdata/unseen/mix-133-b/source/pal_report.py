# -*- coding: utf-8 -*-
"""Palombara Sabina, house style "saga": the old procedure's 80-column
report, Courier, capitals in the heads, accents typed as apostrophes.
Writes
  C1.txt  for enscript (running head with the number from enscript's -b)
  C2.txt  for a2ps     (its own page titles carry the number)
  C3.tr   for groff    (troff: head and foot by traps, body filled and justified)
  C4-form.txt and C4-fill.json  for the form filled over underscores (fill_form.py)
usage: python3 pal_report.py OUTDIR
"""
import sys, os, json, textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import acts

W = 80
RULE = "-" * W
DRULE = "=" * W


def wrap(text, width=W, indent="", first=None):
    return textwrap.wrap(text, width=width, initial_indent=first if first is not None else indent,
                         subsequent_indent=indent, break_on_hyphens=False, break_long_words=False)


def center(s, width=W):
    return s.center(width).rstrip()


def right(s, width=W):
    return s.rjust(width)


def head_block(act):
    t = act["town"]
    L = []
    L.append(t["comune"].ljust(W - len(t["provincia"])) + t["provincia"])
    L.append(t["address"])
    L.append(DRULE)
    L.append(act["area"])
    L.append(act["office"])
    L.append(RULE)
    L.append("DETERMINAZIONE".ljust(30) + "REG. AREA N. %4d      DEL %s" % (act["sect"], act["sect_date"]))
    L.append(" " * 30 + "REG. GENERALE N. %4d  DEL %s" % (act["reg_gen"], act["reg_gen_date"]))
    L.append(RULE)
    L.append("")
    L.append(DRULE)
    L += wrap(act["subject"], W, indent=" " * 9, first="OGGETTO: ")
    L.append(DRULE)
    return L


def body_lines(act):
    pre, post = acts.recitals(act)
    r = act["resp"]
    L = [""]
    L.append(center(r[2]))
    L.append("")
    for p in pre + act["premesse"] + post:
        L += wrap(p)
        L.append("")
    L.append(center("D E T E R M I N A"))
    L.append("")
    for i, p in enumerate(act["determina"], 1):
        L += wrap(p, indent="    ", first="%2d) " % i)
        L.append("")
    L.append("PALOMBARA SABINA, " + act["sect_date"])
    L.append("")
    L.append(" " * 40 + r[2])
    L.append(" " * 40 + "%s %s" % (r[0], r[1]))
    L.append("")
    L.append(right("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"))
    return L


def last_page(act):
    t = act["town"]
    fin = t["fin"]
    m = t["messo"]
    pb = act["pubbl"]
    L = []
    L.append(DRULE)
    L.append(center("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"))
    L.append(center("(ART. 151, COMMA 4, E ART. 183, COMMA 7, D.LGS. 267/2000)"))
    L.append(DRULE)
    L.append("")
    L += wrap("SI APPONE IL VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA DELLA SPESA "
              "IMPEGNATA CON LA DETERMINAZIONE IN OGGETTO, REGISTRATA COME SEGUE:")
    L.append("")
    L.append("ESERC. N.IMP.  CAPITOLO        DESCRIZIONE                            IMPORTO EUR")
    L.append("------ ------- --------------- ------------------------------------ ------------")
    for e in act["impegni"]:
        desc = e[3] if len(e[3]) <= 36 else e[3][:36]
        L.append("%-6s %-7s %-15s %-36s %12s" % (e[0], e[1], e[2], desc, e[4]))
    L.append("------ ------- --------------- ------------------------------------ ------------")
    L.append("BENEFICIARIO: " + act["creditor"])
    L.append("")
    L.append("PALOMBARA SABINA, " + act["visto_date"])
    L.append(" " * 28 + fin[2])
    L.append(" " * 40 + "%s %s" % (fin[0], fin[1]))
    L.append(right("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"))
    L.append("")
    L.append(DRULE)
    L.append(center("CERTIFICATO DI PUBBLICAZIONE"))
    L.append(center("REG. PUBBL. N. %d" % pb["reg"]))
    L.append(DRULE)
    L += wrap("SI CERTIFICA CHE LA PRESENTE DETERMINAZIONE E' STATA PUBBLICATA ALL'ALBO PRETORIO ON LINE DI "
              "QUESTO COMUNE IN DATA %s E VI RIMARRA' PER QUINDICI GIORNI CONSECUTIVI, FINO AL %s, AI SENSI "
              "DELL'ART. 32 DELLA LEGGE 69/2009." % (pb["from"], pb["to"]))
    L.append("")
    L.append("PALOMBARA SABINA, " + pb["from"])
    L.append(" " * 40 + m[2])
    L.append(" " * 40 + m[1])
    L.append(right("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"))
    return L


def report(act):
    return "\n".join(head_block(act) + body_lines(act)) + "\n\f" + "\n".join(last_page(act)) + "\n"


# ------------------------------------------------------------------ groff
def tr_esc(s):
    s = s.replace("\\", "\\e")
    out = []
    for line in s.split("\n"):
        if line.startswith(".") or line.startswith("'"):
            line = "\\&" + line
        out.append(line)
    return "\n".join(out)


def troff(act):
    t = act["town"]
    r = act["resp"]
    pre, post = acts.recitals(act)
    L = [r""".\" Palombara Sabina - determinazione, stampa procedura atti (troff)
.pl 11.69i
.po 0.75i
.ll 6.75i
.lt 6.75i
.ps 10
.vs 12
.ft CR
.nh
.de HD
.ev 1
.nf
.ps 10
.vs 12
.ll 6.75i
'sp 0.45i
.ft CB
.tl |%s||DET. REG. GEN. N. %d DEL %s|
.ft CR
.tl |%s||PAG. %%|
'sp 0.1i
\l'6.75i'
'sp 0.25i
.ev
..
.de FO
.ev 1
.nf
'sp 0.2i
\l'6.75i'
.tl |PROCEDURA ATTI - STAMPA DETERMINAZIONI||AREA %s N. %d|
.ev
'bp
..
.wh 0 HD
.wh -0.9i FO
""" % (tr_esc(t["comune"]), act["reg_gen"], act["reg_gen_date"], tr_esc(t["provincia"]),
       act["area"].split(" - ")[0].replace("AREA ", ""), act["sect"])]
    L.append(".nf")
    L.append(".ft CB")
    L.append(tr_esc(act["area"]))
    L.append(".ft CR")
    L.append(tr_esc(act["office"]))
    L.append(".sp 0.5")
    L.append(".ft CB")
    L.append("DETERMINAZIONE")
    L.append(".ft CR")
    L.append("REG. AREA N. %d DEL %s" % (act["sect"], act["sect_date"]))
    L.append("REG. GENERALE N. %d DEL %s" % (act["reg_gen"], act["reg_gen_date"]))
    L.append(".sp 0.5")
    L.append("\\l'6.75i'")
    L.append(".fi")
    L.append(".ad l")
    L.append(".in 9n")
    L.append(".ti -9n")
    L.append(".ft CB")
    L.append("OGGETTO: " + tr_esc(act["subject"]))
    L.append(".ft CR")
    L.append(".in 0")
    L.append(".br")
    L.append("\\l'6.75i'")
    L.append(".sp")
    L.append(".ce")
    L.append(".ft CB")
    L.append(tr_esc(r[2]))
    L.append(".ft CR")
    L.append(".sp")
    L.append(".ad b")
    for p in pre + act["premesse"] + post:
        L.append(tr_esc(p))
        L.append(".sp 0.5")
    L.append(".sp 0.5")
    L.append(".ce")
    L.append(".ft CB")
    L.append("D E T E R M I N A")
    L.append(".ft CR")
    L.append(".sp 0.5")
    L.append(".in 4n")
    for i, p in enumerate(act["determina"], 1):
        L.append(".ti -4n")
        L.append("%d)\\ \\ " % i + tr_esc(p))
        L.append(".sp 0.5")
    L.append(".in 0")
    L.append(".sp")
    L.append(".ne 8v")
    L.append(".nf")
    L.append("PALOMBARA SABINA, " + act["sect_date"])
    L.append(".sp")
    L.append(".in 3.2i")
    L.append(".ft CB")
    L.append(tr_esc(r[2]))
    L.append(".ft CR")
    L.append("%s %s" % (r[0], r[1]))
    L.append(".in 0")
    L.append(".sp 0.5")
    L.append(".ad r")
    L.append(".fi")
    L.append("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
    L.append(".br")
    L.append(".bp")
    L.append(".ad l")
    L.append(".nf")
    for line in last_page(act):
        L.append(tr_esc(line))
    return "\n".join(L) + "\n"


# ------------------------------------------------------------------ form
FORM_LINES = 64   # lines per page the form is printed with (enscript -L)


class Form:
    """Lines of the pre-printed form, and what the procedure types over them."""

    def __init__(self):
        self.pages = [[]]
        self.fills = [[]]

    def line(self, text="", fills=()):
        if len(self.pages[-1]) >= FORM_LINES:
            self.page()
        for f in fills:
            col, val = f[0], f[1]
            kind = f[2] if len(f) > 2 else "field"
            self.fills[-1].append((len(self.pages[-1]), col, val, kind))
        self.pages[-1].append(text)

    def page(self):
        self.pages.append([])
        self.fills.append([])

    def field(self, label, value, width=None, tail=""):
        width = width or (W - len(label) - len(tail))
        self.line(label + "_" * width + tail, [(len(label), value)])

    def typed(self, text):
        """a line the procedure types into a blank of the form"""
        self.line("", [(0, text, "typed")])


def form(act):
    t = act["town"]
    r = act["resp"]
    f = Form()
    f.line(t["comune"].ljust(W - len(t["provincia"])) + t["provincia"])
    f.line(t["address"])
    f.line(DRULE)
    f.line(center("MODELLO D/1 - DETERMINAZIONE DEL RESPONSABILE DI AREA"))
    f.line(DRULE)
    f.line()
    f.field("AREA: ", act["area"])
    f.field("SERVIZIO: ", act["office"])
    f.line()
    s1 = "DETERMINAZIONE DI AREA N. "
    a = s1 + "______ DEL "
    f.line(a + "____________", [(len(s1), str(act["sect"])), (len(a), act["sect_date"])])
    s2 = "REGISTRO GENERALE      N. "
    a = s2 + "______ DEL "
    f.line(a + "____________", [(len(s2), str(act["reg_gen"])), (len(a), act["reg_gen_date"])])
    f.line()
    f.line("OGGETTO:")
    subj = wrap(act["subject"], W - 4)
    for k in range(3):
        f.line("", [(4, subj[k], "typed")] if k < len(subj) else [])
    f.line(RULE)
    f.line()
    f.line(center("IL RESPONSABILE DELL'AREA"))
    f.line()
    pre, post = acts.recitals(act)
    for p in pre + act["premesse"] + post:
        for l in wrap(p, W):
            f.typed(l)
    f.line()
    f.line(center("D E T E R M I N A"))
    f.line()
    for i, p in enumerate(act["determina"], 1):
        for l in wrap(p, W, indent="    ", first="%2d) " % i):
            f.typed(l)
    f.line()
    f.field("PALOMBARA SABINA, ", act["sect_date"], 12)
    f.line()
    f.line(" " * 40 + "IL RESPONSABILE DELL'AREA")
    f.field(" " * 40, "%s %s" % (r[0], r[1]), 30)
    f.line(right("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"))

    f.page()
    fin = t["fin"]
    m = t["messo"]
    pb = act["pubbl"]
    f.line(DRULE)
    f.line(center("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"))
    f.line(center("(ART. 151, COMMA 4, E ART. 183, COMMA 7, D.LGS. 267/2000)"))
    f.line(DRULE)
    f.line()
    for l in wrap("SI APPONE IL VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA DELLA SPESA, "
                  "REGISTRATA COME SEGUE:"):
        f.line(l)
    f.line()
    for e in act["impegni"]:
        s = "ESERCIZIO "
        a = s + "______   IMPEGNO N. "
        b = a + "________   CAPITOLO "
        f.line(b + "_" * 16, [(len(s), e[0]), (len(a), e[1]), (len(b), e[2])])
        f.field("DESCRIZIONE ", e[3])
        s = "IMPORTO EURO "
        a = s + "______________   BENEFICIARIO "
        f.line(a + "_" * (W - len(a)), [(len(s), e[4]), (len(a), act["creditor"][:W - len(a)])])
    f.line()
    f.field("PALOMBARA SABINA, ", act["visto_date"], 12)
    f.line(" " * 28 + fin[2])
    f.field(" " * 40, "%s %s" % (fin[0], fin[1]), 30)
    f.line(right("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"))
    f.line()
    f.line(DRULE)
    f.line(center("CERTIFICATO DI PUBBLICAZIONE"))
    f.field(" " * 30 + "REG. PUBBL. N. ", str(pb["reg"]), 8)
    f.line(DRULE)
    f.line("SI CERTIFICA CHE LA PRESENTE DETERMINAZIONE E' STATA PUBBLICATA ALL'ALBO PRETORIO")
    s = "ON LINE DI QUESTO COMUNE IN DATA "
    f.line(s + "____________ E VI RIMARRA' PER QUINDICI GIORNI", [(len(s), pb["from"])])
    s = "CONSECUTIVI, FINO AL "
    f.line(s + "____________, AI SENSI DELL'ART. 32 DELLA LEGGE 69/2009.", [(len(s), pb["to"])])
    f.line()
    f.field("PALOMBARA SABINA, ", pb["from"], 12)
    f.line(" " * 40 + m[2])
    f.field(" " * 40, m[1], 30)
    f.line(right("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"))
    text = "\f".join("\n".join(p) + "\n" for p in f.pages)
    return text, {"lines_per_page": FORM_LINES, "pages": f.fills}


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    open(os.path.join(out, "C1.txt"), "w", encoding="latin-1").write(report(acts.BY_ID["C1"]))
    open(os.path.join(out, "C2.txt"), "w", encoding="latin-1").write(report(acts.BY_ID["C2"]))
    open(os.path.join(out, "C3.tr"), "w", encoding="latin-1").write(troff(acts.BY_ID["C3"]))
    text, fill = form(acts.BY_ID["C4"])
    open(os.path.join(out, "C4-form.txt"), "w", encoding="latin-1").write(text)
    json.dump(fill, open(os.path.join(out, "C4-fill.json"), "w"), indent=1)
