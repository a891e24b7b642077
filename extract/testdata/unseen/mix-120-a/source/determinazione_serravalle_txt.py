#!/usr/bin/env python3
"""Comune di Serravalle di Chienti - determinazione Area Amministrativa n. 58 / Reg. Gen. n. 197.

Writes an 80-column fixed-width report (Latin-1, form feeds between pages,
body justified by padding spaces as a text-mode print module does); build.sh
prints it with enscript (Courier 10, no enscript header) and ps2pdf. Each
page after the first repeats a running head with the numbers.
"""
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-serravalledichienti-halley.txt"
COLS = 80
PAGE_LINES = 62


def center(s):
    return s.center(COLS).rstrip()


def justify(text, width=COLS, indent=""):
    lines = textwrap.wrap(text, width=width - len(indent))
    out = []
    for i, ln in enumerate(lines):
        words = ln.split(" ")
        if i == len(lines) - 1 or len(words) == 1:
            out.append(indent + ln)
            continue
        gaps = len(words) - 1
        extra = width - len(indent) - len(ln)
        res = ""
        for j, w in enumerate(words[:-1]):
            res += w + " " * (1 + extra // gaps + (1 if j < extra % gaps else 0))
        out.append(indent + res + words[-1])
    return out


def hang(label, text, width=COLS):
    ind = " " * len(label)
    lines = justify(text, width, ind)
    lines[0] = label + lines[0][len(ind):]
    return lines


RULE = "-" * COLS
head = [
    center("COMUNE DI SERRAVALLE DI CHIENTI"),
    center("PROVINCIA DI MACERATA"),
    RULE,
    "",
    center("COPIA DI DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO"),
    "",
    center("AREA AMMINISTRATIVA"),
    center("Ufficio: SERVIZI SOCIALI E SCOLASTICI"),
    "",
    "Numero 58 Del 03-08-2027".ljust(44) + "Reg. Generale n. 197 Del 05-08-2027".rjust(36),
    RULE,
]
body = []
body += hang("Oggetto: ", "SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2027/2028 - AFFIDAMENTO ALLA DITTA "
             "AUTOSERVIZI VALLE DEL CHIENTI S.R.L. - IMPEGNO DI SPESA - CIG B6E19F0A23")
body += [RULE, "", center("IL RESPONSABILE DEL SERVIZIO"), ""]
for t in [
    "VISTO il decreto del Sindaco n. 3 del 07-01-2027 con il quale e' stata attribuita alla sottoscritta "
    "la responsabilita' dell'Area Amministrativa, comprensiva dei servizi sociali e scolastici;",
    "PREMESSO che il Comune garantisce il servizio di trasporto scolastico per gli alunni residenti nelle "
    "frazioni e nelle localita' sparse, frequentanti la scuola dell'infanzia e la scuola primaria del "
    "capoluogo e la scuola secondaria di primo grado di Muccia;",
    "DATO ATTO che il Comune non dispone di personale autista e che lo scuolabus comunale, danneggiato, "
    "e' in attesa di sostituzione con il contributo regionale richiesto in data 14-05-2027;",
    "VISTO l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento "
    "diretto dei servizi di importo inferiore a euro 140.000,00;",
    "VISTA l'offerta trasmessa tramite la piattaforma telematica dalla ditta AUTOSERVIZI VALLE DEL "
    "CHIENTI S.R.L., con sede in Camerino, P.IVA 01938560437, acquisita al prot. n. 3051 del 30-07-2027, "
    "per l'importo di euro 38.400,00 oltre IVA al 10% per l'intero anno scolastico, pari a euro 213,33 "
    "per giorno di servizio;",
    "ACCERTATO il possesso dei requisiti e la regolarita' contributiva della ditta (DURC prot. INPS_46120774 "
    "con scadenza 02-12-2027);",
    "RITENUTA la propria competenza ai sensi dell'art. 107 del D.Lgs. n. 267/2000;",
]:
    body += justify(t) + [""]
body += [center("D E T E R M I N A"), ""]
pts = [
    "di affidare alla ditta AUTOSERVIZI VALLE DEL CHIENTI S.R.L. di Camerino il servizio di trasporto "
    "scolastico per l'anno scolastico 2027/2028, dal 15-09-2027 al 06-06-2028, per l'importo di euro "
    "38.400,00 oltre IVA al 10%, per complessivi euro 42.240,00;",
    "di impegnare la spesa di euro 13.200,00 sul capitolo 1880/1 \"Servizio trasporto scolastico\" "
    "del bilancio 2027/2029, esercizio 2027, e di euro 29.040,00 sul medesimo capitolo, esercizio 2028;",
    "di dare atto che il contratto sara' stipulato mediante scambio di lettere commerciali ai sensi "
    "dell'art. 18, comma 1, del D.Lgs. n. 36/2023;",
    "di dare atto che il Responsabile del procedimento e' la sottoscritta;",
    "di trasmettere la presente determinazione al Responsabile dell'Area Finanziaria per l'apposizione "
    "del visto di regolarita' contabile attestante la copertura finanziaria.",
]
for i, t in enumerate(pts, 1):
    body += hang("%d) " % i, t) + [""]
body += [
    "",
    " " * 40 + "IL RESPONSABILE DEL SERVIZIO".center(40).rstrip(),
    " " * 40 + "F.to ROSSETTI ANNALISA".center(40).rstrip(),
    "",
    RULE,
    center("VISTO DI REGOLARITA' CONTABILE"),
    RULE,
]
body += justify("Si appone il visto di regolarita' contabile attestante la copertura finanziaria ai sensi "
                "dell'art. 183, comma 7, del D.Lgs. n. 267/2000.")
body += [
    "",
    "Impegno    Esercizio  Capitolo      Importo  Descrizione",
    "---------  ---------  --------  -----------  ----------------------------------",
    "  412/1      2027     1880/1     13.200,00  TRASPORTO SCOLASTICO A.S. 27/28",
    "  412/2      2028     1880/1     29.040,00  TRASPORTO SCOLASTICO A.S. 27/28",
    "",
    "Li 05-08-2027" + " " * 27 + "IL RESPONSABILE DEL SERVIZIO FINANZIARIO".center(40).rstrip(),
    " " * 40 + "F.to FELIZIANI LORENA".center(40).rstrip(),
    "",
    RULE,
    justify("Copia conforme all'originale firmato digitalmente ai sensi del D.Lgs. n. 82/2005.")[0],
]

# paginate: first page carries the heading; the rest a running head
pages, cur = [], head[:]
for ln in body:
    if len(cur) >= PAGE_LINES - 2:
        pages.append(cur)
        cur = [("Det. n. 58 del 03-08-2027 - Reg. Gen. n. 197 del 05-08-2027").ljust(COLS - 8)
               + ("Pag. %2d" % (len(pages) + 1)).rjust(8), RULE, ""]
    cur.append(ln)
pages.append(cur)
npag = len(pages)
out = []
for i, pg in enumerate(pages):
    pg = pg + [""] * (PAGE_LINES - 1 - len(pg))
    if i == 0:
        pg.append(("Pag. %2d di %d" % (1, npag)).rjust(COLS))
    else:
        pg[0] = pg[0][:COLS - 13] + ("Pag. %2d di %d" % (i + 1, npag)).rjust(13)
        pg.append("")
    for ln in pg:
        assert len(ln) <= COLS, (len(ln), ln)
    out.append("\n".join(pg))
open(OUT, "w", encoding="latin-1").write("\f".join(out) + "\n")
