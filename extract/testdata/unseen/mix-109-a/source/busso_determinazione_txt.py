#!/usr/bin/env python3
"""Busso (CB), determinazione R.G. n. 187 del 09-09-2026 (Area n. 64 del 08-09-2026).

The "Halley" determinazione as its old fixed-width print comes out: an
80-column Courier report, letterhead on the left as on the Comune's other
acts, boxes of '=' and '-', the running head with the register number from
page 2 and a numbered foot on each page. This script writes the text (form
feeds between pages); enscript prints it without its own header and ps2pdf
makes the PDF.
usage: busso_determinazione_txt.py OUT.txt
"""
import sys
import textwrap

W = 80
LINES = 62  # lines per page given to enscript (-L)
out = sys.argv[1]


def wrap(text, indent=0, hang=None, width=W):
    hang = indent if hang is None else hang
    return textwrap.wrap(text, width=width, initial_indent=" " * indent,
                         subsequent_indent=" " * hang, break_on_hyphens=False)


def two(left, right):
    return left + " " * (W - len(left) - len(right)) + right


head1 = [
    two("COMUNE DI BUSSO", "COPIA"),
    "Provincia di Campobasso",
    "Piazza Municipio, 1 - 86010 Busso (CB) - Tel. 0874 447112",
    "=" * W,
    "AREA TECNICA",
    "Servizio Lavori Pubblici e Manutenzioni",
    "-" * W,
    "            DETERMINAZIONE DEL RESPONSABILE DELL'AREA TECNICA".rstrip(),
    "",
    "   Registro Generale   n.  187   del 09-09-2026",
    "   Registro di Area    n.   64   del 08-09-2026",
    "-" * W,
]
subj = ("LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE \"COLLE DELL'ORSO\". "
        "APPROVAZIONE STATO FINALE E CERTIFICATO DI REGOLARE ESECUZIONE. LIQUIDAZIONE "
        "SALDO ALLA DITTA EDIL SANNIO S.R.L. - CUP H37H24000310001 - CIG B2F4C87A15.")
s = wrap(subj, 0, 10, W)
s[0] = "OGGETTO:  " + s[0]
head1 += s + ["-" * W, ""]

body = []
body += ["                    IL RESPONSABILE DELL'AREA TECNICA", ""]
prem = [
    "VISTO il decreto sindacale n. 3 del 02-01-2026 con il quale al sottoscritto sono state "
    "attribuite le funzioni di Responsabile dell'Area Tecnica ai sensi dell'art. 109, comma 2, "
    "del D.Lgs. 18 agosto 2000, n. 267;",
    "RICHIAMATA la deliberazione della Giunta Comunale n. 31 del 14-05-2026 di approvazione del "
    "progetto esecutivo dei lavori in oggetto, dell'importo complessivo di euro 98.000,00, "
    "finanziato con contributo della Regione Molise;",
    "RICHIAMATA la propria determinazione R.G. n. 112 del 05-06-2026 con la quale i lavori sono "
    "stati affidati alla ditta EDIL SANNIO S.R.L., con sede in Campobasso, per l'importo netto "
    "di euro 71.420,00 oltre IVA;",
    "VISTI lo stato finale dei lavori e il certificato di regolare esecuzione redatti dal "
    "direttore dei lavori, arch. Sergio Ciarlante, in data 31-08-2026, dai quali risulta un "
    "credito residuo dell'impresa di euro 9.850,00 oltre IVA al 10%;",
    "VISTA la fattura elettronica n. 27/PA del 03-09-2026, acquisita al prot. n. 3265, "
    "dell'importo di euro 10.835,00 IVA compresa;",
    "ACCERTATA la regolarita' contributiva dell'impresa mediante DURC on line prot. INAIL "
    "n. 48812907, con scadenza 19-12-2026;",
    "DATO ATTO che il sottoscritto non si trova in situazioni di conflitto di interessi, "
    "anche potenziale, ai sensi dell'art. 6-bis della L. n. 241/1990;",
]
for p in prem:
    body += wrap(p, 0, 0) + [""]
body += ["                               D E T E R M I N A", ""]
pts = [
    "di approvare lo stato finale dei lavori e il certificato di regolare esecuzione "
    "redatti in data 31-08-2026 dal direttore dei lavori, arch. Sergio Ciarlante;",
    "di liquidare alla ditta EDIL SANNIO S.R.L. la somma di euro 9.850,00 quale "
    "imponibile della fattura n. 27/PA del 03-09-2026, mediante bonifico sul conto "
    "dedicato comunicato ai sensi della L. n. 136/2010;",
    "di versare all'Erario l'IVA di euro 985,00 in regime di scissione dei pagamenti "
    "(art. 17-ter del D.P.R. n. 633/1972);",
    "di imputare la spesa complessiva di euro 10.835,00 alla Missione 10, Programma 05, "
    "capitolo 2810/4 del bilancio 2026, impegno n. 288/2026;",
    "di svincolare la cauzione definitiva prestata dall'impresa e di trasmettere il "
    "presente atto al Responsabile dell'Area Finanziaria per i successivi adempimenti.",
]
for i, p in enumerate(pts, 1):
    w = wrap(p, 5, 5)
    w[0] = ("%2d)  " % i) + w[0][5:]
    body += w + [""]
body += [
    "",
    two("Busso, 09-09-2026", "IL RESPONSABILE DELL'AREA TECNICA"),
    two("", "F.to geom. Nicola Testa          "),
    "",
    "-" * W,
    "VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA",
    "(art. 151, comma 4, e art. 183, comma 7, del D.Lgs. n. 267/2000)",
    "",
    "Impegno n. 288/2026 - Capitolo 2810/4 - Importo euro 10.835,00 - FAVOREVOLE",
    "",
    two("Busso, 09-09-2026", "IL RESPONSABILE DELL'AREA FINANZIARIA"),
    two("", "F.to rag. Gabriella Moffa         "),
    "-" * W,
    "Pubblicata all'Albo Pretorio on line dal 10-09-2026 per 15 giorni consecutivi,",
    "reg. pubbl. n. 611.",
]

# paginate: page 1 carries the letterhead, later pages a running head
pages = []
cur = list(head1)
avail1 = LINES - 3
for ln in body:
    limit = avail1 if not pages else LINES - 3
    if len(cur) >= limit:
        pages.append(cur)
        cur = [two("COMUNE DI BUSSO - Determinazione R.G. n. 187 del 09-09-2026", "AREA TECNICA"),
               "-" * W, ""]
    cur.append(ln)
pages.append(cur)
n = len(pages)
txt = []
for i, pg in enumerate(pages, 1):
    pg = pg + [""] * (LINES - 2 - len(pg))
    pg += ["-" * W, two("Halley Informatica - Determinazioni", "Pag. %d di %d" % (i, n))]
    assert all(len(x) <= W for x in pg), [x for x in pg if len(x) > W]
    txt.append("\n".join(pg))
open(out, "w", encoding="latin-1").write("\f".join(txt) + "\n")
