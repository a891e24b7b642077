# -*- coding: utf-8 -*-
"""Acqualagna's Halley-like legacy print: an 80-column fixed-width report.

Writes C1.txt (for enscript) and C2.txt (for a2ps) in ISO-8859-1, and C3.tr
(plain troff for groff -Tps, Courier, running foot through a trap).
Usage: python3 acqualagna_txt.py OUTDIR
"""
import sys, os, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data

COLS = 80


def wrapi(text, first="", rest=None, width=COLS):
    rest = first if rest is None else rest
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def lr(left, right, width=COLS):
    return left + " " * max(1, width - len(left) - len(right)) + right


def center(s, width=COLS):
    return " " * max(0, (width - len(s)) // 2) + s


def report(d, proposal_line=False, istruttore=True):
    b = d["body"]
    L = []
    L.append(lr("COMUNE DI ACQUALAGNA", "Provincia di Pesaro e Urbino"))
    L.append(lr(b["address"], "Tel. 0721 796711"))
    L.append("=" * COLS)
    L.append(d["organ"])
    L.append(d["office"])
    L.append("-" * COLS)
    L.append("DETERMINAZIONE DEL RESPONSABILE DELL'AREA")
    L.append("")
    L.append(lr("REG. GENERALE N. %-5d DEL %s" % (d["number"], d["date"]),
                "N. AREA %-4d DEL %s" % (d["sector_number"], d["sector_date"])))
    if istruttore:
        L.append("Ufficio istruttore ...: " + d["proposing_office"])
    L.append("-" * COLS)
    if proposal_line:
        L.append("Proposta n. %d del %s - %s" % (d["proposal_number"], d["proposal_date"], d["proposing_office"]))
    L.extend(wrapi(d["subject"], "OGGETTO: ", " " * 9))
    L.append("-" * COLS)
    L.append("")
    L.append(center(d["signer_role"][0]))
    L.append("")
    for p in d["premises"]:
        L.extend(wrapi(p))
        L.append("")
    L.extend(wrapi("ACCERTATA la regolarita' tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;"))
    L.append("")
    L.append(center("D E T E R M I N A"))
    L.append("")
    for i, p in enumerate(d["points"], 1):
        L.extend(wrapi(p, "%d) " % i, "   "))
        L.append("")
    L.append("")
    L.append(" " * 40 + center(d["signer_role"][0], 40).rstrip() if len(d["signer_role"][0]) <= 40 else center(d["signer_role"][0]))
    L.append(" " * 40 + center("F.to %s %s" % (d["signer_title"], d["signer_name"]), 40).rstrip())
    L.append("")
    L.append("-" * COLS)
    L.append("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
    L.extend(wrapi("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarita' contabile attestante la copertura finanziaria della spesa."))
    L.append(lr("Acqualagna, %s" % d["date"], "IL RESPONSABILE DELL'AREA ECONOMICO FINANZIARIA"))
    L.append(" " * 40 + center("F.to rag. Lorena Cecchini", 40).rstrip())
    L.append("-" * COLS)
    L.append("PUBBLICAZIONE")
    L.extend(wrapi("Copia della presente determinazione viene pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi ai sensi dell'art. 32 della Legge 69/2009."))
    L.append("")
    L.append("Documento prodotto in originale informatico e firmato digitalmente ai sensi del")
    L.append("D.Lgs. 82/2005 (Codice dell'Amministrazione Digitale).")
    return "\n".join(x.rstrip() for x in L) + "\n"


def troff_escape(s):
    s = s.replace("\\", "\\e")
    out = []
    for line in s.split("\n"):
        if line.startswith(".") or line.startswith("'"):
            line = "\\&" + line
        out.append(line)
    return "\n".join(out)


def troff(d):
    """Plain troff (no macro package): Courier 10/12, 80 columns, nofill for
    the headings, filled and adjusted paragraphs, a foot trap."""
    b = d["body"]
    T = []
    T.append(".\\\" Acqualagna - determinazione, plain troff, groff -Tps")
    T.append(".pl 11.69i")
    T.append(".po 0.85i")
    T.append(".ll 6.67i")
    T.append(".ft CR")
    T.append(".ps 10")
    T.append(".vs 12p")
    T.append(".nh")
    T.append(".de FO")
    T.append("'sp 0.3i")
    T.append(".ft CR")
    T.append(".ps 8")
    T.append(".tl 'Comune di Acqualagna - Det. R.G. n. %d del %s''Pag. %%'" % (d["number"], d["date"]))
    T.append(".ps 10")
    T.append("'bp")
    T.append("..")
    T.append(".de HD")
    T.append("'sp 0.6i")
    T.append("..")
    T.append(".wh 0 HD")
    T.append(".wh -0.9i FO")
    T.append(".sp 0.6i")
    T.append(".nf")
    T.append(lr("COMUNE DI ACQUALAGNA", "Provincia di Pesaro e Urbino"))
    T.append(lr(b["address"], "Tel. 0721 796711"))
    T.append("=" * COLS)
    T.append(".ft CB")
    T.append(d["organ"])
    T.append(".ft CR")
    T.append(d["office"])
    T.append("-" * COLS)
    T.append("DETERMINAZIONE DEL RESPONSABILE DELL'AREA")
    T.append("")
    T.append(lr("REG. GENERALE N. %-5d DEL %s" % (d["number"], d["date"]),
                "N. AREA %-4d DEL %s" % (d["sector_number"], d["sector_date"])))
    T.append("-" * COLS)
    T.append(".ft CB")
    for ln in wrapi(d["subject"], "OGGETTO: ", " " * 9):
        T.append(ln)
    T.append(".ft CR")
    T.append("-" * COLS)
    T.append("")
    T.append(center(d["signer_role"][0]))
    T.append(".fi")
    T.append(".ad b")
    T.append(".sp")
    for p in d["premises"]:
        T.append(troff_escape(p))
        T.append(".sp")
    T.append("ACCERTATA la regolarita' tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;")
    T.append(".sp")
    T.append(".ce")
    T.append("D E T E R M I N A")
    T.append(".sp")
    T.append(".in 3n")
    for i, p in enumerate(d["points"], 1):
        T.append(".ti -3n")
        T.append("%d)\\ %s" % (i, troff_escape(p)))
        T.append(".sp")
    T.append(".in 0")
    T.append(".sp 2")
    T.append(".ne 8v")
    T.append(".nf")
    rup = d["rup"]
    role = d["signer_role"][0]
    cut = role.rfind(" ", 0, 26)
    right = [role[:cut], role[cut + 1:], "", "F.to %s %s" % (d["signer_title"], d["signer_name"])]
    left = ["IL RESPONSABILE", "DEL PROCEDIMENTO", rup["unit"], "F.to %s %s" % (rup["title"], rup["name"])]
    for a, c in zip(left, right):
        T.append(a.center(34).rstrip().ljust(44) + c.center(36).rstrip() if c else a.center(34).rstrip())
    T.append("")
    T.append(".ne 9v")
    T.append("-" * COLS)
    T.append("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
    T.append(".fi")
    T.append("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarita' contabile attestante la copertura finanziaria della spesa, che trova capienza negli stanziamenti dei capitoli del trattamento accessorio del Bilancio 2028-2030.")
    T.append(".nf")
    T.append(lr("Acqualagna, %s" % d["date"], "IL RESPONSABILE DEL SERVIZIO FINANZIARIO"))
    T.append(" " * 44 + "F.to rag. Lorena Cecchini")
    T.append("-" * COLS)
    T.append(".fi")
    T.append("Documento prodotto in originale informatico e firmato digitalmente ai sensi del D.Lgs. 82/2005 (Codice dell'Amministrazione Digitale).")
    return "\n".join(T) + "\n"


if __name__ == "__main__":
    out = sys.argv[1]
    with open(os.path.join(out, "C1.txt"), "w", encoding="latin-1") as f:
        f.write(report(data.C1))
    with open(os.path.join(out, "C2.txt"), "w", encoding="latin-1") as f:
        f.write(report(data.C2, proposal_line=True, istruttore=False))
    with open(os.path.join(out, "C3.tr"), "w", encoding="latin-1") as f:
        f.write(troff(data.C3))
