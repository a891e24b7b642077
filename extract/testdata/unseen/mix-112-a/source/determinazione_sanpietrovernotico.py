#!/usr/bin/env python3
"""Comune di San Pietro Vernotico - determinazione R.G. n. 734 del 17/12/2026.

The package's 80-column report of a determinazione, written as a text file
in Latin-1 and printed by GNU enscript in Courier 10 with a header line that
repeats the register number and the page ("$%"), then ps2pdf.
usage: determinazione_sanpietrovernotico.py OUT.txt
"""
import sys, textwrap

OUT = sys.argv[1]
L = []


def add(s=""):
    L.append(s)


def center(s):
    add(s.center(80).rstrip())


def wrap(s, indent="", first=""):
    for i, ln in enumerate(textwrap.wrap(s, 80 - len(indent), break_long_words=False)):
        add((first if i == 0 and first else indent) + ln)


center("COMUNE DI SAN PIETRO VERNOTICO")
center("(Provincia di Brindisi)")
center("Piazza Giovanni Falcone, 1 - 72027 San Pietro Vernotico (BR)")
add("=" * 80)
add("SETTORE AFFARI GENERALI")
add("Servizio Cultura, Turismo e Spettacolo")
add("=" * 80)
center("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE")
add()
add("REG. GENERALE N. 734 DEL 17/12/2026".ljust(43) + "REG. DI SETTORE N. 212 DEL 17/12/2026")
add("-" * 80)
subj = ("MANIFESTAZIONI \"NATALE SAMPIETRANO 2026\" - AFFIDAMENTO DIRETTO DEL SERVIZIO DI "
        "ILLUMINAZIONE ARTISTICA ALLA DITTA LUMINARIE SALENTINE S.R.L. - CIG B6E2A41C08 - "
        "IMPEGNO DI SPESA.")
for i, ln in enumerate(textwrap.wrap(subj, 70)):
    add(("OGGETTO: " if i == 0 else " " * 9) + ln)
add("-" * 80)
add()
center("IL RESPONSABILE DEL SETTORE")
add()
for t in [
    "VISTO il decreto sindacale n. 11 del 01/07/2026 di attribuzione dell'incarico di "
    "Elevata Qualificazione e di Responsabile del Settore Affari Generali;",
    "RICHIAMATA la deliberazione della Giunta Comunale n. 176 del 16/12/2026, dichiarata "
    "immediatamente eseguibile, con la quale e' stato approvato il programma delle "
    "manifestazioni \"Natale Sampietrano 2026\" e sono state assegnate al sottoscritto le "
    "risorse di euro 24.000,00 al capitolo 7140 del bilancio 2026/2028;",
    "CONSIDERATO che il programma prevede l'allestimento di luminarie artistiche in Piazza "
    "del Popolo, in via Vittorio Emanuele III e in via Brindisi dal 20/12/2026 al "
    "07/01/2027, comprensivo di montaggio, noleggio, consumi elettrici e smontaggio;",
    "VISTO l'art. 50, comma 1, lettera b), del D.Lgs. 31 marzo 2023, n. 36;",
    "ACQUISITO tramite il MePA il preventivo della ditta LUMINARIE SALENTINE S.R.L. con sede "
    "in Scorrano (LE), P.IVA 04871230754, che ha offerto il servizio per l'importo di euro "
    "11.200,00 oltre IVA al 22%, ritenuto congruo;",
    "VERIFICATA la regolarita' contributiva della ditta (DURC INPS_48833109 valido fino al "
    "14/04/2027) e dato atto dell'assenza di conflitti di interesse;",
]:
    wrap(t)
    add()
center("D E T E R M I N A")
add()
pts = [
    "di affidare alla ditta LUMINARIE SALENTINE S.R.L. di Scorrano (LE) il servizio di "
    "illuminazione artistica per le manifestazioni \"Natale Sampietrano 2026\", per "
    "l'importo di euro 11.200,00 oltre IVA, complessivi euro 13.664,00;",
    "di impegnare la somma di euro 13.664,00 al capitolo 7140 \"Manifestazioni e iniziative "
    "culturali\" del bilancio 2026/2028, esercizio 2026;",
    "di dare atto che il CIG e' B6E2A41C08 e che il contratto e' stipulato mediante "
    "ordine diretto sul MePA;",
    "di liquidare la spesa a prestazione eseguita, dietro presentazione di fattura "
    "elettronica e verifica della regolarita' contributiva;",
    "di trasmettere il presente atto al Settore Finanziario per il visto di regolarita' "
    "contabile e la pubblicazione all'Albo Pretorio on line.",
]
for i, t in enumerate(pts, 1):
    wrap(t, indent="    ", first="%d)  " % i)
    add()
add("San Pietro Vernotico, 17/12/2026")
add()
add("                                          IL RESPONSABILE DEL SETTORE")
add("                                          F.to dott. Antonio QUARTA")
add()
add("=" * 80)
center("VISTO DI REGOLARITA' CONTABILE")
wrap("Si attesta la regolarita' contabile e la copertura finanziaria della spesa ai sensi "
     "dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 1529/2026.")
add("Data 17/12/2026".ljust(40) + "IL RESPONSABILE DEL SETTORE FINANZIARIO")
add(" " * 40 + "F.to dott.ssa Rosanna PAGLIARA")
add("=" * 80)

with open(OUT, "w", encoding="latin-1") as f:
    f.write("\n".join(L) + "\n")
