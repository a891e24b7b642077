#!/usr/bin/env python3
"""ASL CN1 – Determinazione dirigenziale n. 0788 del 21/05/2027 (S.C. Tecnico e Patrimonio).

The legacy AREAS "stampa atto" module: an 80-column fixed-width report,
paginated here with its own running head (number and page) and form feeds,
written in Latin-1 and printed by enscript in Courier, then ps2pdf.
The adopting structure is named only in the signature block.
"""
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "c2.txt"
COLS = 80
PAGE_LINES = 60

RULE = "=" * COLS
DASH = "-" * COLS


def head(page, total):
    if page == 1:
        return [
            "ASL CN1 - AZIENDA SANITARIA LOCALE CN1".ljust(COLS - 12) + ("Pag. %3d/%d" % (page, total)).rjust(12),
            "Sede legale: Via Carlo Boggio 12 - 12100 CUNEO".ljust(COLS - 24) + "Stampa: 21/05/2027 11:42",
            "C.F./P.IVA 01128930045",
            RULE,
            "DETERMINAZIONE DIRIGENZIALE N. 0788 DEL 21/05/2027",
            RULE,
            "",
        ]
    return [
        "ASL CN1 - DETERMINAZIONE N. 0788 DEL 21/05/2027".ljust(COLS - 12) + ("Pag. %3d/%d" % (page, total)).rjust(12),
        DASH,
        "",
    ]


def wrapped(text, indent=0, first=None, width=COLS):
    first = first if first is not None else " " * indent
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=" " * indent,
                         break_long_words=False, break_on_hyphens=False)


body = []
body += wrapped("LAVORI DI MANUTENZIONE STRAORDINARIA DELLA CENTRALE TERMICA DEL PRESIDIO OSPEDALIERO DI "
                "SAVIGLIANO. APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE DEL SALDO ALLA "
                "DITTA TERMOIDRAULICA SAVIGLIANESE S.N.C. - CIG B2D7E41A90", indent=10, first="OGGETTO:  ")
body += ["", DASH, "", "IL DIRETTORE".center(COLS).rstrip(), ""]
for lead, t in [
    ("PREMESSO", "che con determinazione n. 0312 del 26/02/2027 sono stati affidati, ai sensi dell'art. 50, comma "
     "1, lett. a), del D.Lgs. 31/03/2023 n. 36, alla ditta TERMOIDRAULICA SAVIGLIANESE S.N.C. di Rinaudo G. & C., "
     "con sede in Savigliano (CN), via Torino 212, P.IVA 02716540041, i lavori di manutenzione straordinaria della "
     "centrale termica del Presidio Ospedaliero di Savigliano (sostituzione dei generatori di calore n. 2 e n. 3) "
     "per l'importo di Euro 96.400,00 oltre IVA 22%;"),
    ("DATO ATTO", "che i lavori sono stati ultimati in data 19/04/2027, come da certificato di ultimazione, e che "
     "il Direttore dei lavori, per. ind. Marco Barale, ha emesso in data 07/05/2027 il certificato di regolare "
     "esecuzione, confermato dal RUP ing. Silvia Tomatis, dal quale risulta un credito residuo dell'impresa di "
     "Euro 19.280,00 oltre IVA;"),
    ("VISTA", "la fattura elettronica n. 112/E del 12/05/2027 della ditta TERMOIDRAULICA SAVIGLIANESE S.N.C. "
     "dell'importo di Euro 19.280,00 oltre IVA 22% pari a Euro 4.241,60, per complessivi Euro 23.521,60, "
     "registrata al n. 2027/006418 del registro fatture;"),
    ("ACCERTATA", "la regolarita' contributiva della ditta (DURC prot. INAIL_48117320 valido fino al "
     "11/09/2027) e la regolarita' della fornitura sotto il profilo tecnico;"),
    ("RICHIAMATE", "la deliberazione del Direttore Generale n. 38 del 25/01/2027 di assegnazione dei budget di "
     "spesa ai Dirigenti per l'anno 2027 e il Regolamento aziendale per l'adozione delle determinazioni "
     "dirigenziali;"),
]:
    body += wrapped(lead + " " + t)
    body.append("")
body += ["D E T E R M I N A".center(COLS).rstrip(), ""]
for n, t in enumerate([
    "di approvare il certificato di regolare esecuzione emesso in data 07/05/2027 relativo ai lavori di "
    "manutenzione straordinaria della centrale termica del Presidio Ospedaliero di Savigliano;",
    "di liquidare alla ditta TERMOIDRAULICA SAVIGLIANESE S.N.C. la fattura n. 112/E del 12/05/2027 di Euro "
    "19.280,00 oltre IVA 22% di Euro 4.241,60 (scissione dei pagamenti), per complessivi Euro 23.521,60;",
    "di imputare la spesa al conto 01.12.0210 \"Manutenzioni straordinarie fabbricati\" del Bilancio "
    "2027, autorizzazione di spesa n. 2027/044, sub 3;",
    "di svincolare la garanzia definitiva prestata dalla ditta con polizza n. 771.204.19 della Cuneo "
    "Assicura S.p.A.;",
    "di trasmettere il presente provvedimento alla S.C. Bilancio e Contabilita' per i conseguenti "
    "adempimenti.",
], 1):
    body += wrapped(t, indent=5, first=("%d)" % n).ljust(5))
    body.append("")
body += ["", "Responsabile del procedimento: ing. Silvia Tomatis - tel. 0172 719xxx".replace("719xxx", "719264"),
         "", ""]
sig = [
    "IL DIRETTORE DELLA S.C. TECNICO E PATRIMONIO",
    "(Ing. Paolo DUTTO)",
    "firmato digitalmente",
]
for s in sig:
    body.append(" " * 34 + s.center(44).rstrip())
body += ["", "", DASH,
         "ATTESTAZIONE DI PUBBLICAZIONE",
         ]
body += wrapped("Il presente atto e' pubblicato all'Albo pretorio on line dell'ASL CN1 per 15 giorni consecutivi "
                "dal 21/05/2027 al 05/06/2027 (n. registro pubblicazioni 2027/03377).")
body += [DASH]

# paginate: first page has a 7-line head, later ones 3
pages, cur, avail = [], [], PAGE_LINES - 7
for ln in body:
    if len(cur) >= avail:
        pages.append(cur)
        cur, avail = [], PAGE_LINES - 3
    cur.append(ln)
pages.append(cur)
total = len(pages)
out = []
for i, p in enumerate(pages, 1):
    out.append("\n".join(head(i, total) + p))
text = "\f".join(out) + "\n"
assert all(len(l) <= COLS for l in text.replace("\f", "\n").split("\n")), "line too long"
open(OUT, "w", encoding="latin-1").write(text)
