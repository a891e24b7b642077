#!/usr/bin/env python3
"""Comune di Montelupo Fiorentino - the house style "sicraweb" as its legacy
liquidation module prints it: an 80-column Courier report (name, the line
"Area ... - Servizio ..." under it, number and date with the sector number on
the right), paragraphs justified by padding spaces. Writes the Latin-1 text;
build.sh sets it with enscript (running head with the number) and ps2pdf."""
import sys, os, textwrap

out = os.path.join(sys.argv[1] if len(sys.argv) > 1 else ".", "det-montelupo-liquidazione.txt")
COLS = 80

def justify(text, width=COLS, indent=0, first=None):
    lines = textwrap.wrap(text, width - indent)
    res = []
    for i, ln in enumerate(lines):
        words = ln.split()
        if i < len(lines) - 1 and len(words) > 1:
            gaps = len(words) - 1
            extra = (width - indent) - len(ln)
            out_ = ""
            for j, w in enumerate(words[:-1]):
                out_ += w + " " * (1 + extra // gaps + (1 if j < extra % gaps else 0))
            ln = out_ + words[-1]
        res.append(" " * indent + ln)
    if first:
        res[0] = first + res[0][len(first):]
    return res

L = []
A = L.append
A("COMUNE DI MONTELUPO FIORENTINO")
A("Citta' Metropolitana di Firenze")
A("Area Tecnica - Servizio Ambiente e Protezione Civile")
A("=" * COLS)
A("")
A("DETERMINAZIONE N.   548   DEL 27/07/2027".ljust(52) + "Num. settoriale:         61")
A("".ljust(52) + "Data settoriale: 26/07/2027")
A("-" * COLS)
subj = ("LIQUIDAZIONE DELLE FATTURE RELATIVE AL SERVIZIO DI LOTTA ALLE ZANZARE E DI "
        "DISINFESTAZIONE DELLE CADITOIE STRADALI - MESI DI MAGGIO E GIUGNO 2027 - "
        "DITTA ECOSERVIZI VALDARNO S.R.L. - CIG B5A90C3E71.")
for i, ln in enumerate(textwrap.wrap(subj, COLS - 10)):
    A(("OGGETTO:  " if i == 0 else " " * 10) + ln)
A("-" * COLS)
A("")
A("IL RESPONSABILE DELL'AREA".center(COLS).rstrip())
A("")
paras = [
    "Richiamata la propria determinazione n. 201 del 21/03/2027, con la quale e' stato affidato alla ditta "
    "ECOSERVIZI VALDARNO S.R.L., con sede in Figline e Incisa Valdarno (FI), il servizio di lotta alle zanzare e "
    "di disinfestazione delle caditoie stradali per la stagione 2027, per l'importo di Euro 24.600,00 oltre IVA, "
    "con imputazione della spesa al capitolo 09021 del bilancio 2027/2029 (impegno n. 2027/612);",
    "Viste le fatture elettroniche emesse dalla ditta per le prestazioni rese nei mesi di maggio e giugno 2027, "
    "elencate nel prospetto che segue, e l'attestazione di regolare esecuzione del servizio rilasciata dal "
    "Responsabile del procedimento, geom. Daniele Ciampi, in data 20/07/2027;",
    "Accertata la regolarita' contributiva della ditta (DURC prot. INAIL_49102277, scadenza 14/10/2027) e "
    "verificata la tracciabilita' dei flussi finanziari ai sensi della Legge 136/2010;",
    "Visti gli articoli 107, 184 e 185 del D.Lgs. 18 agosto 2000, n. 267 e il vigente Regolamento di contabilita';",
]
for p in paras:
    L.extend(justify(p)); A("")
A("PROSPETTO DELLE FATTURE")
A("+------------+------------+---------------------------+-----------+-----------+")
A("| N. FATTURA | DATA       | PERIODO                   | IMPONIB.  | IVA 22%   |")
A("+------------+------------+---------------------------+-----------+-----------+")
A("| 41/PA      | 05/06/2027 | maggio 2027               |  4.100,00 |    902,00 |")
A("| 57/PA      | 03/07/2027 | giugno 2027               |  4.100,00 |    902,00 |")
A("+------------+------------+---------------------------+-----------+-----------+")
A("| TOTALE                                              |  8.200,00 |  1.804,00 |")
A("+-----------------------------------------------------+-----------+-----------+")
A("")
A("DETERMINA".center(COLS).rstrip())
A("")
pts = [
    "di liquidare alla ditta ECOSERVIZI VALDARNO S.R.L. la somma di Euro 8.200,00, a saldo delle fatture "
    "n. 41/PA del 05/06/2027 e n. 57/PA del 03/07/2027, mediante bonifico sul conto corrente dedicato;",
    "di versare all'Erario l'IVA di Euro 1.804,00 in regime di scissione dei pagamenti (art. 17-ter del "
    "D.P.R. 633/1972);",
    "di imputare la spesa complessiva di Euro 10.004,00 al capitolo 09021 \"Servizi di disinfestazione\" del "
    "bilancio 2027/2029, esercizio 2027, impegno n. 2027/612, e di trasmettere il presente atto al Servizio "
    "Finanziario per l'emissione dei mandati di pagamento.",
]
for i, p in enumerate(pts, 1):
    L.extend(justify(p, indent=4, first="%d)  " % i)); A("")
A("")
A("Montelupo Fiorentino, 27/07/2027")
A("")
for t in ["IL RESPONSABILE DELL'AREA TECNICA", "Ing. Lorenzo Bartalucci", "(firmato digitalmente)"]:
    A(" " * 36 + t.center(44).rstrip())
A("")
A("-" * COLS)
A("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005.")
A("Stampa del 27/07/2027 ore 12:41 - utente: DCIAMPI - modulo LIQ-DET v.4.2")

for ln in L:
    assert len(ln) <= COLS, ln
with open(out, "w", encoding="latin-1") as f:
    f.write("\n".join(L) + "\n")
