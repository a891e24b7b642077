"""Elmas's Halley-like 80-column report as plain text, for enscript (n. 56), groff (n. 60) and a2ps (n. 17)."""
import sys, textwrap
from acts import ACTS, num_date
import common as C
OUT = sys.argv[1]
def wr(t, ind=""):
    return textwrap.wrap(t, 80, initial_indent=ind, subsequent_indent=" " * len(ind))
def report(a):
    org = "DEL CONSIGLIO COMUNALE" if C.is_cons(a) else "DELLA GIUNTA COMUNALE"
    L = ["COMUNE DI ELMAS".center(80).rstrip(), "Città Metropolitana di Cagliari".center(80).rstrip(), "-" * 80,
         f"VERBALE DI DELIBERAZIONE {org} N. {a['number']:<4}  DEL {num_date(a['date'])}", "-" * 80]
    if "proposal_number" in a:
        L += [f"Proposta n. {a['proposal_number']} del {num_date(a['proposal_date'])}   Settore proponente: {a['proposing_office']}", "-" * 80]
    s = textwrap.wrap(a["subject"], 70)
    L += ["Oggetto: " + s[0]] + ["         " + x for x in s[1:]] + ["-" * 80, ""]
    L += wr(C.opening(a)) + ["", "Risultano all'appello:", ""]
    for i in range(0, len(a["roll"]), 2):
        pair = a["roll"][i:i + 2]
        L.append("".join(f"{r['name']:<28}{('presente' if r['present'] else 'assente'):<12}" for r in pair).rstrip())
        L.append("".join(f"{r['role']:<40}" for r in pair).rstrip())
        L.append("")
    np = sum(r["present"] for r in a["roll"])
    L += [f"Totale presenti: {np}          Totale assenti: {len(a['roll']) - np}", ""]
    L += wr(C.assist(a)) + [""] + wr(C.presides(a)) + [""]
    L += [(("IL " if C.is_cons(a) else "LA ") + a["organ"].upper()).center(80).rstrip(), ""]
    for p in C.premesse(a): L += wr(p) + [""]
    L += ["D E L I B E R A".center(80).rstrip(), ""]
    for i, p in enumerate(a["points"], 1): L += wr(p, f"{i}) ") + [""]
    L += wr(C.ie_text(a)) + ["", "Letto, approvato e sottoscritto.", ""]
    p, s_ = a["president"], a["secretary"]
    L += [f"     IL {p['role'].upper():<33}IL {s_['role'].upper()}",
          f"     {p['title'] + ' ' + p['name']:<36}{s_['title'] + ' ' + s_['name']}",
          "     (firmato digitalmente)              (firmato digitalmente)"]
    return L
for a in ACTS:
    if a["producer"] in ("enscript", "groff", "a2ps"):
        L = report(a)
        if a["producer"] == "groff":
            body = "\n".join(("\\&" + l.replace("\\", "\\e")) if l else "" for l in L)
            tr = (".pl 29.7c\n.ll 17c\n.po 2c\n.nf\n.ft CR\n.ps 9\n.vs 11.5p\n"
                  f".wh -2c FO\n.de FO\n'sp 1\n.tl 'Delib. G.C. n. {a['number']} del {num_date(a['date'])}''Pag. %'\n'bp\n..\n"
                  ".sp 1.5c\n" + body + "\n")
            open(f"{OUT}/{a['file'][:-4]}.tr", "w", encoding="latin-1").write(tr)
        else:
            open(f"{OUT}/{a['file'][:-4]}.txt", "w", encoding="latin-1").write("\n".join(L) + "\n")
