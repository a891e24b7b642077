#!/usr/bin/env python3
"""Comune di Alimena - determinazione printed as a 132-column fixed-width
report (capitals, character-drawn boxes, dotted leaders, CITTA'-style
accents), as an old host-based package spools it. Writes the text file;
build.sh feeds it to enscript (landscape, Courier) and ps2pdf."""
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "alimena.txt"
W = 132
L = []


def box(rows):
    L.append("+" + "-" * (W - 2) + "+")
    for r in rows:
        L.append("|" + r.ljust(W - 2)[:W - 2] + "|")
    L.append("+" + "-" * (W - 2) + "+")


def two(a, b, col=66):
    return (" " + a).ljust(col) + b


def lead(label, value, width=26):
    return label + " " + "." * (width - len(label) - 1) + " : " + value


def wrap(text, indent="", width=W - 4, first=None):
    first = indent if first is None else first
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=indent)


def page_head(n):
    L.append(("STAMPATO IL 17/03/2026 ORE 12:41  -  UTENTE: TRIB02  -  PROC. DT0410").ljust(W - 10)
             + ("PAG. %3d" % n).rjust(10))
    box([two("COMUNE DI ALIMENA", "CITTA' METROPOLITANA DI PALERMO"),
         two("AREA ECONOMICO-FINANZIARIA", "SERVIZIO TRIBUTI"),
         two("C.F. 00552200826  -  TEL. 0921 646011", "PEC: PROTOCOLLO@PEC.COMUNE.ALIMENA.PA.IT")])


page_head(1)
L.append("")
L.append("DETERMINAZIONE DEL RESPONSABILE DELL'AREA".center(W).rstrip())
L.append(("=" * 41).center(W).rstrip())
L.append("")
L.append("  " + lead("N. REG. GENERALE", "214").ljust(60) + lead("DATA", "17/03/2026", 12))
L.append("  " + lead("N. REG. AREA", "38").ljust(60) + lead("DATA", "16/03/2026", 12))
L.append("  " + lead("PROPOSTA N.", "41 DEL 13/03/2026"))
subj = ("LIQUIDAZIONE FATTURA ALLA DITTA TIPOGRAFIA MADONIE SERVICE S.R.L. PER IL SERVIZIO DI STAMPA, "
        "IMBUSTAMENTO E POSTALIZZAZIONE DEGLI AVVISI DI PAGAMENTO TARI ANNO 2026 - CIG B4F1A7C209.")
sw = textwrap.wrap(subj, width=W - 33)
sw = [sw[0]] + [" " * 31 + x.strip() for x in sw[1:]]
L.append("  " + lead("OGGETTO", sw[0]))
for s in sw[1:]:
    L.append(s)
L.append("-" * W)
L.append("")
L.append("IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA".center(W).rstrip())
L.append("")
prem = [
    "PREMESSO CHE CON DETERMINAZIONE N. 612 DEL 28/11/2025 E' STATO AFFIDATO ALLA DITTA TIPOGRAFIA MADONIE SERVICE S.R.L., "
    "CON SEDE IN PETRALIA SOPRANA (PA), IL SERVIZIO DI STAMPA, IMBUSTAMENTO E POSTALIZZAZIONE DEGLI AVVISI DI PAGAMENTO "
    "DELLA TASSA SUI RIFIUTI (TARI) PER L'ANNO 2026, PER L'IMPORTO DI EURO 3.850,00 OLTRE IVA, IMPEGNANDO LA RELATIVA SPESA;",
    "VISTA LA FATTURA ELETTRONICA N. 27/2026 DEL 06/03/2026, ACQUISITA AL PROTOCOLLO GENERALE AL N. 2207 IN DATA "
    "09/03/2026, DELL'IMPORTO COMPLESSIVO DI EURO 4.697,00 (IMPONIBILE EURO 3.850,00 - IVA 22% EURO 847,00);",
    "ACCERTATO CHE IL SERVIZIO E' STATO REGOLARMENTE ESEGUITO E CHE GLI AVVISI SONO STATI CONSEGNATI AI CONTRIBUENTI "
    "ENTRO IL 28/02/2026, COME DA ATTESTAZIONE DEL RESPONSABILE DEL SERVIZIO TRIBUTI;",
    "VERIFICATA LA REGOLARITA' CONTRIBUTIVA DELLA DITTA (DURC PROT. INPS_49921763, VALIDO FINO AL 19/06/2026) E "
    "L'ASSENZA DI INADEMPIENZE AI SENSI DELL'ART. 48-BIS DEL D.P.R. 602/1973;",
    "VISTO IL D.LGS. 18/08/2000 N. 267 E LA L.R. 11/12/1991 N. 48 E SUCCESSIVE MODIFICHE E INTEGRAZIONI;",
    "VISTA LA DETERMINAZIONE SINDACALE N. 2 DEL 07/01/2026 DI NOMINA DEI RESPONSABILI DI AREA;",
]
for p in prem:
    L.extend(wrap(p))
    L.append("")
L.append("D E T E R M I N A".center(W).rstrip())
L.append("")
pts = [
    "1) DI LIQUIDARE E PAGARE ALLA DITTA TIPOGRAFIA MADONIE SERVICE S.R.L. LA SOMMA DI EURO 3.850,00 QUALE IMPONIBILE "
    "DELLA FATTURA N. 27/2026 DEL 06/03/2026, MEDIANTE BONIFICO SUL CONTO DEDICATO COMUNICATO AI SENSI DELLA L. 136/2010;",
    "2) DI VERSARE ALL'ERARIO L'IVA DI EURO 847,00 SECONDO IL MECCANISMO DELLA SCISSIONE DEI PAGAMENTI "
    "(ART. 17-TER D.P.R. 633/1972);",
    "3) DI IMPUTARE LA SPESA COMPLESSIVA DI EURO 4.697,00 ALLA MISSIONE 01 PROGRAMMA 04 CAP. 1320 DEL BILANCIO 2026, "
    "IMPEGNO N. 1187/2025;",
    "4) DI TRASMETTERE IL PRESENTE PROVVEDIMENTO ALL'UFFICIO RAGIONERIA PER L'EMISSIONE DEL MANDATO E ALL'ALBO PRETORIO "
    "ON LINE PER LA PUBBLICAZIONE.",
]
for p in pts:
    L.extend(wrap(p, indent="   ", first=""))
    L.append("")
L.append("")
L.append(" " * 80 + "IL RESPONSABILE DELL'AREA")
L.append(" " * 80 + "ECONOMICO-FINANZIARIA")
L.append(" " * 80 + "F.TO RAG. SALVATORE GIAMBRONE")
L.append("\f")
L2 = L
L = []
page_head(2)
L.append("")
box([" VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183 C. 7 D.LGS. 267/2000)",
     "",
     "  " + lead("CAPITOLO", "1320").ljust(40) + lead("IMPEGNO", "1187/2025", 12).ljust(40) + lead("IMPORTO", "EURO 4.697,00", 12),
     "  " + lead("LIQUIDAZIONE N.", "302").ljust(40) + lead("DEL", "17/03/2026", 12),
     "",
     "  ALIMENA, LI 17/03/2026" + " " * 46 + "IL RESPONSABILE DEL SERVIZIO FINANZIARIO",
     " " * 70 + "F.TO RAG. SALVATORE GIAMBRONE"])
L.append("")
box([" CERTIFICATO DI PUBBLICAZIONE",
     "",
     "  SI CERTIFICA CHE LA PRESENTE DETERMINAZIONE E' STATA PUBBLICATA ALL'ALBO PRETORIO ON LINE DEL COMUNE",
     "  " + lead("DAL", "20/03/2026").ljust(40) + lead("AL", "04/04/2026", 8).ljust(40) + lead("N. REG. PUBBL.", "388", 16),
     "",
     " " * 70 + "IL MESSO COMUNALE",
     " " * 70 + "F.TO ROSARIO CASCIO"])
open(OUT, "w", encoding="latin-1").write("\n".join(L2 + L) + "\n")
