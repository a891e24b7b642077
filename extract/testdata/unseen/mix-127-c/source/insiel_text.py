# -*- coding: utf-8 -*-
"""San Canzian d'Isonzo's Insiel house style: an 80-column report in plain ASCII
(accents typed as apostrophes), the roll as 'presente'/'assente' after each name
(in two columns for the Consiglio, filled down the left column first).

usage: python3 insiel_text.py FILE.pdf OUT.txt    (or imported by the other producers)
"""
import sys
import textwrap

import data

ACC = {"à": "a'", "è": "e'", "é": "e'", "ì": "i'", "ò": "o'", "ù": "u'", "À": "A'", "È": "E'", "–": "-"}
RULE = "-" * 80
DRULE = "=" * 80


def asc(s):
    return "".join(ACC.get(ch, ch) for ch in s)


def wrap(s, width=80, indent="", first=""):
    return textwrap.wrap(asc(s), width=width, initial_indent=first, subsequent_indent=indent,
                         break_on_hyphens=False, break_long_words=False)


def center(s, width=80):
    s = asc(s)
    return " " * max(0, (width - len(s)) // 2) + s


def lr(l, r, width=80):
    l, r = asc(l), asc(r)
    return l + " " * max(1, width - len(l) - len(r)) + r


def head_line(a):
    kind = "G.C." if a["organ"] == "Giunta Comunale" else "C.C."
    return f"Comune di San Canzian d'Isonzo - Deliberazione {kind} n. {a['number']} del {data.dmy(a['date'])}"


def letterhead():
    return [lr("COMUNE DI SAN CANZIAN D'ISONZO", "REGIONE AUTONOMA"),
            lr("Ente di Decentramento Regionale di Gorizia", "FRIULI VENEZIA GIULIA"),
            lr("Piazza del Municipio, 5 - 34075 San Canzian d'Isonzo", "Cod. ISTAT 031021"),
            DRULE]


def header(a, spaced_title=False):
    giunta = a["organ"] == "Giunta Comunale"
    title = f"VERBALE DI DELIBERAZIONE DEL{'LA GIUNTA' if giunta else ' CONSIGLIO'} COMUNALE"
    L = []
    L.append(center(title))
    L.append(center("COPIA"))
    L.append(RULE)
    L.append(lr(f" N. {a['number']}", f"DATA {data.dmy(a['date'])} "))
    L.append(lr(f" PROPOSTA N. {a['proposal_number']} DEL {data.dmy(a['proposal_date'])}", f"{a['proposing_office']} "))
    if not giunta:
        L.append(" " + asc(a["seduta"]).upper())
    L.append(RULE)
    L += wrap(a["subject"], 80, indent=" " * 9, first="OGGETTO: ")
    L.append(RULE)
    return L


def roll_lines(a):
    giunta = a["organ"] == "Giunta Comunale"
    L = []
    if giunta:
        for n, r, p in a["roll"]:
            L.append(f"    {n:<27}{r:<22}{'presente' if p else 'assente'}")
    else:
        roles = a.get("roll_roles", {})
        items = []
        for n, r, p in a["roll"]:
            nm = f"{n} ({roles[n]})" if n in roles else n
            items.append(f"{nm:<26}{'presente' if p else 'assente':<9}")
        half = (len(items) + 1) // 2
        left, right = items[:half], items[half:]
        for i in range(half):
            r = right[i] if i < len(right) else ""
            L.append(f" {left[i]}  |  {r}".rstrip())
    pc = data.present_count(a)
    L.append("")
    L.append(lr("", f"Presenti n. {pc:2d}   Assenti n. {len(a['roll']) - pc:2d}    "))
    return L


def body(a, spaced=True):
    giunta = a["organ"] == "Giunta Comunale"
    pres, sec = a["president"], a["secretary"]
    time = a.get("time_printed", a["time"])
    L = [""]
    if giunta:
        L += wrap(f"L'anno duemilaventotto, {a['date_words']} alle ore {time}, nella sala delle riunioni della "
                  "sede municipale, a seguito di regolare convocazione, si e' riunita la Giunta Comunale. "
                  "Risultano:")
    else:
        L += wrap(f"L'anno duemilaventotto, {a['date_words']} alle ore {time}, nella sala consiliare della sede "
                  "municipale, convocato con avvisi scritti recapitati a norma di legge, si e' riunito il "
                  "Consiglio Comunale. All'appello nominale risultano:")
    L.append("")
    L += roll_lines(a)
    L.append("")
    L += wrap(f"Partecipa alla seduta il {sec['role']} {sec['title']} {sec['name']}.")
    L += wrap(f"Presiede la seduta la {pres['role']} {pres['title']} {pres['name']}, la quale, constatato il "
              "numero legale, dichiara aperta la seduta.")
    L += wrap(a["event"])
    L.append("")
    L.append(center("LA GIUNTA COMUNALE" if giunta else "IL CONSIGLIO COMUNALE"))
    L.append("")
    for t in a["premessa"]:
        L += wrap(t)
    L += wrap(a["vote_text"])
    L.append("")
    L.append(center("D E L I B E R A" if spaced else "DELIBERA"))
    L.append("")
    for i, t in enumerate(a["points"], 1):
        L += wrap(t, 80, indent="    ", first=f"{i}) ".ljust(4))
    L.append("")
    if a.get("ie_text"):
        L += wrap(a["ie_text"])
    if a.get("exec_note"):
        L += wrap(a["exec_note"])
    L.append("")
    L.append(RULE)
    L.append("PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000")
    for k, who, name, dt in a["pareri"]:
        L.append(asc(f"  {k}: FAVOREVOLE in data {dt}"))
        L.append(asc(f"  {who} - F.to {name}"))
    L.append(RULE)
    L.append("Letto, confermato e sottoscritto.")
    L.append("")
    L.append(f"{'     IL PRESIDENTE':<40}{'IL ' + sec['role'].upper():^40}".rstrip())
    L.append(f"{'  F.to ' + pres['title'] + ' ' + pres['name']:<40}{'F.to ' + sec['title'] + ' ' + sec['name']:^40}".rstrip())
    L.append("")
    L += wrap("Atto firmato digitalmente ai sensi del D.Lgs. 82/2005. Copia conforme per la pubblicazione "
              "all'Albo on line ai sensi della L.R. 21/2003.")
    return L


def lines(a, spaced=True):
    return letterhead() + header(a) + body(a, spaced)


if __name__ == "__main__":
    with open(sys.argv[2], "w", encoding="latin-1") as fh:
        fh.write("\n".join(lines(data.BY_FILE[sys.argv[1]])) + "\n")
