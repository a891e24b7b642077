#!/usr/bin/env python3
"""Città di San Benedetto del Tronto - the Halley 'stampa su modulo' of a
determinazione: an 80-column report in which the program itself writes the
running head (town, Reg. Gen. number, Settore and Servizio) on every page,
justifies the body by padding spaces as nroff does, and pads each page
to 64 lines. Writes a Latin-1 text file; build.sh prints it with
enscript in Courier, 64 lines a page (no enscript header), and ps2pdf."""
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "s2_sanbenedetto_80col.txt"
W = 80
LPP = 64          # lines per page, as enscript -L 64 prints them

HEAD = [
    "Citt\u00e0 di San Benedetto del Tronto".ljust(W - 37) + "Det. Reg. Gen. n. 1502 del 21/09/2026",
    "SETTORE POLITICHE SOCIALI E WELFARE - Servizio Politiche Abitative",
    "=" * W,
    "",
]


def justify(text, width=W, indent=0, first=None):
    """wrap and pad with spaces to the full width, last line left ragged"""
    first = indent if first is None else first
    words = text.split()
    lines, cur, ind = [], [], first
    for w in words:
        if cur and len(" ".join(cur + [w])) > width - ind:
            lines.append((ind, cur))
            cur, ind = [], indent
        cur.append(w)
    if cur:
        lines.append((ind, cur))
    out = []
    for k, (ind, ws) in enumerate(lines):
        if k == len(lines) - 1 or len(ws) == 1:
            out.append(" " * ind + " ".join(ws))
            continue
        gaps = len(ws) - 1
        spare = width - ind - sum(len(x) for x in ws)
        base, extra = divmod(spare, gaps)
        s = ""
        for i, x in enumerate(ws[:-1]):
            # extra spaces go to the right-hand gaps, as nroff alternates them
            s += x + " " * (base + (1 if i >= gaps - extra else 0))
        out.append(" " * ind + s + ws[-1])
    return out


body = []
C = lambda s: body.append(s.center(W).rstrip())
C("CITT\u00c0 DI SAN BENEDETTO DEL TRONTO")
C("Provincia di Ascoli Piceno")
body.append("")
C("DETERMINAZIONE DIRIGENZIALE")
C("Reg. Gen. n. 1502 del 21/09/2026")
C("Reg. Sett. n. 58 del 18/09/2026")
body.append("")
subj = ("FONDO NAZIONALE PER IL SOSTEGNO ALL'ACCESSO ALLE ABITAZIONI IN LOCAZIONE (ART. 11 LEGGE 431/1998) - "
        "ANNUALIT\u00c0 2026 - APPROVAZIONE DELLA GRADUATORIA DEFINITIVA DEI BENEFICIARI E IMPEGNO DI SPESA")
sl = textwrap.wrap(subj, W - 9)
body.append("OGGETTO: " + sl[0])
for x in sl[1:]:
    body.append(" " * 9 + x)
body.append("")
C("IL DIRIGENTE")
body.append("")
paras = [
    "PREMESSO che la Regione Marche, con decreto del Dirigente del Settore Edilizia e Politiche Abitative "
    "n. 412 del 22/06/2026, ha ripartito tra i Comuni le risorse del Fondo nazionale per il sostegno "
    "all'accesso alle abitazioni in locazione per l'annualit\u00e0 2026, assegnando a questo Ente la somma "
    "di euro 241.300,00;",
    "CHE con propria determinazione Reg. Gen. n. 1011 del 19/06/2026 \u00e8 stato approvato il bando "
    "pubblico per l'assegnazione dei contributi, pubblicato dal 22/06/2026 al 24/07/2026;",
    "CHE con determinazione Reg. Gen. n. 1388 del 28/08/2026 \u00e8 stata approvata la graduatoria "
    "provvisoria, pubblicata per quindici giorni consecutivi ai fini della presentazione di eventuali "
    "ricorsi, e che nel termine sono pervenute n. 9 opposizioni, di cui n. 4 accolte;",
    "DATO ATTO che la graduatoria definitiva comprende n. 214 domande ammesse, di cui n. 131 in fascia A e "
    "n. 83 in fascia B, per un fabbisogno complessivo di euro 287.460,00, al quale si fa fronte con il "
    "contributo regionale e con il cofinanziamento comunale di euro 46.160,00 previsto in bilancio;",
    "RITENUTO di approvare la graduatoria definitiva, allegata al presente atto quale allegato A, che "
    "in applicazione del Regolamento (UE) 2016/679 viene pubblicata con l'indicazione del solo numero di "
    "protocollo della domanda;",
    "VISTI il D.Lgs. 18 agosto 2000, n. 267; la legge 9 dicembre 1998, n. 431; la deliberazione della "
    "Giunta Regionale n. 802 del 09/06/2026; il decreto sindacale n. 31 del 28/11/2025 di conferimento "
    "dell'incarico di direzione del Settore;",
]
for p in paras:
    body.extend(justify(p))
    body.append("")
C("D E T E R M I N A")
body.append("")
pts = [
    "di approvare la graduatoria definitiva dei beneficiari del contributo per il sostegno "
    "all'accesso alle abitazioni in locazione, annualit\u00e0 2026, allegata quale parte integrante "
    "(allegato A);",
    "di impegnare la somma complessiva di euro 287.460,00 come segue: euro 241.300,00 al capitolo "
    "1904.11 (entrata accertata al capitolo 202.05, accertamento n. 2026/611) ed euro 46.160,00 al "
    "capitolo 1904.12 del Bilancio 2026-2028, esercizio 2026;",
    "di rinviare a successivo atto la liquidazione dei contributi, previa verifica delle ricevute di "
    "pagamento dei canoni di locazione;",
    "di dare atto che il responsabile del procedimento \u00e8 la sig.ra Loredana Cappella, istruttore "
    "amministrativo del Servizio Politiche Abitative;",
    "di pubblicare il presente atto all'Albo Pretorio on line e, ai sensi dell'art. 26 del D.Lgs. "
    "33/2013, nella sezione Amministrazione Trasparente.",
]
for i, p in enumerate(pts):
    ls = justify(p, indent=3)
    body.append("%s)" % "abcde"[i] + ls[0][2:])
    body.extend(ls[1:])
    body.append("")
body.append("")
for x in ("IL DIRIGENTE", "dott.ssa Catia Talamonti", "(firmato digitalmente)"):
    body.append(" " * 44 + x.center(34).rstrip())
body.append("")
body.append("-" * W)
C("VISTO DI REGOLARIT\u00c0 CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
body.append("-" * W)
body.append("ESERC. CAPITOLO   IMPEGNO     IMPORTO (EURO)  DESCRIZIONE")
body.append("2026   1904.11    2026/2297       241.300,00  FONDO LOCAZIONI - QUOTA REGIONALE")
body.append("2026   1904.12    2026/2298        46.160,00  FONDO LOCAZIONI - COFIN. COMUNALE")
body.append("")
body.append("San Benedetto del Tronto, 21/09/2026")
for x in ("IL DIRIGENTE DEL SETTORE", "GESTIONE DELLE RISORSE ECONOMICHE E FINANZIARIE",
          "dott. Giovanni Mecozzi", "(firmato digitalmente)"):
    body.append(" " * 30 + x.center(50).rstrip())

# paginate: head, body lines, foot with "Pag. x di n"
room = LPP - len(HEAD) - 2
pages = [body[i:i + room] for i in range(0, len(body), room)]
out = []
for n, pg in enumerate(pages, 1):
    out.extend(HEAD)
    out.extend(pg)
    out.extend([""] * (room - len(pg)))
    out.append("")
    out.append(("Halley Atti - Determinazioni").ljust(W - 12) + ("Pag. %d di %d" % (n, len(pages))).rjust(12))
text = "\n".join(l.rstrip() for l in out)
for l in out:
    assert len(l) <= W, (len(l), l)
open(OUT, "w", encoding="latin-1").write(text + "\n")
