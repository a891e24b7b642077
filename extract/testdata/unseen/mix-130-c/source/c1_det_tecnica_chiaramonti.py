#!/usr/bin/env python3
"""Comune di Chiaramonti - determinazione del Settore Tecnico (house style "Sipal").

Writes the 80-column report the package prints (Latin-1 text, form feeds between pages);
build.sh prints it with enscript in Courier 10 and ps2pdf. The subject field is 70
columns wide and the package breaks words at its end with a hyphen.
"""
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "c1.txt"
W = 80
EQ = "=" * W
DA = "-" * W


def c(s):
    return s.center(W).rstrip()


def wrap(s, indent=1, first=None):
    first = indent if first is None else first
    return textwrap.wrap(s, W - 1, initial_indent=" " * first, subsequent_indent=" " * indent,
                         break_long_words=False, break_on_hyphens=False)


L = []
L += [EQ, c("COMUNE DI CHIARAMONTI"), c("PROVINCIA DI SASSARI"),
      c("Via Roma, 2 - 07030 Chiaramonti (SS) - Tel. 079 569092"), EQ]
L.append(" SETTORE TECNICO".ljust(54) + "REGISTRO GENERALE")
L.append(" Ufficio Lavori Pubblici - Manutenzioni".ljust(54) + "N. 112 DEL 14/06/2028")
L.append(DA)
L += [c("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE"), c("N. 47 DEL 12/06/2028"), DA]
L += [" OGGETTO: INTERVENTI DI MANUTENZIONE STRAORDINARIA DELLA RETE DI ILLUMI-",
      "          NAZIONE PUBBLICA DI VIA SAN MATTEO E DEL PIAZZALE DEL CASTELLO DO-",
      "          RIA. APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUI-",
      "          DAZIONE DEL SALDO ALLA DITTA ELETTROSARDA DI FADDA G. & C. S.N.C.",
      "          CIG: B2E91F07C6   CUP: H87H27000210002",
      DA, ""]
L.append(c("IL RESPONSABILE DEL SETTORE TECNICO"))
L.append("")
paras = [
    "VISTO il decreto sindacale n. 5 del 09/01/2028, con il quale il sottoscritto e' stato nominato Responsabile "
    "del Settore Tecnico con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. n. 267/2000;",
    "RICHIAMATA la propria determinazione n. 19 del 04/03/2028 (Reg. Gen. n. 41), con la quale i lavori di "
    "manutenzione straordinaria della rete di illuminazione pubblica di Via San Matteo e del piazzale del Castello "
    "Doria sono stati affidati alla ditta ELETTROSARDA di Fadda G. & C. s.n.c., con sede in Ozieri, per l'importo "
    "netto di euro 38.940,00 oltre IVA;",
    "VISTO il certificato di regolare esecuzione emesso dal direttore dei lavori in data 05/06/2028, dal quale "
    "risulta che i lavori sono stati eseguiti a regola d'arte e che il credito residuo dell'impresa ammonta a "
    "euro 9.735,00 oltre IVA al 10%;",
    "VISTA la fattura elettronica n. 27/PA del 07/06/2028 di euro 10.708,50 IVA compresa, acquisita al protocollo "
    "n. 2214 in pari data;",
    "ACCERTATA la regolarita' contributiva dell'impresa (DURC prot. INAIL_49071523, scadenza 02/10/2028);",
    "VISTI il D.Lgs. n. 36/2023, il D.Lgs. n. 267/2000 e il vigente Regolamento di contabilita';",
]
for p in paras:
    L += wrap(p)
    L.append("")
L.append(c("D E T E R M I N A"))
L.append("")
pts = [
    "di approvare il certificato di regolare esecuzione dei lavori in oggetto emesso in data 05/06/2028;",
    "di liquidare alla ditta ELETTROSARDA di Fadda G. & C. s.n.c. la somma di euro 9.735,00 quale saldo dei "
    "lavori, oltre IVA di euro 973,50 da versare all'Erario ai sensi dell'art. 17-ter del D.P.R. n. 633/1972;",
    "di imputare la spesa complessiva di euro 10.708,50 sull'impegno n. 188/2028, capitolo 21830, del bilancio "
    "di previsione 2028/2030;",
    "di svincolare la cauzione definitiva prestata dall'impresa.",
]
for i, p in enumerate(pts, 1):
    lines = textwrap.wrap(p, W - 6, break_long_words=False, break_on_hyphens=False)
    L.append(" %d) " % i + lines[0])
    L += ["    " + x for x in lines[1:]]
L += ["", ""]
L.append(" Chiaramonti, 12/06/2028".ljust(44) + "IL RESPONSABILE DEL SETTORE TECNICO")
L.append(" " * 44 + "F.to geom. Antonio Cubeddu".center(35).rstrip())
L.append("\f")
L += [" COMUNE DI CHIARAMONTI - Determinazione Settore Tecnico n. 112 del 14/06/2028", DA, ""]
L.append(c("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"))
L.append("")
L += wrap("Si appone il visto di regolarita' contabile attestante la copertura finanziaria ai sensi dell'art. "
          "183, comma 7, del D.Lgs. n. 267/2000. Impegno n. 188/2028 - Liquidazione n. 604/2028.")
L += ["", " Chiaramonti, 14/06/2028".ljust(40) + "IL RESPONSABILE DEL SETTORE FINANZIARIO",
      " " * 40 + "F.to rag. Caterina Marras".center(39).rstrip(), "", DA, ""]
L.append(c("CERTIFICATO DI PUBBLICAZIONE"))
L.append("")
L += wrap("La presente determinazione e' pubblicata all'Albo Pretorio on line per 15 giorni consecutivi dal "
          "15/06/2028 al 30/06/2028 (n. 389 del Registro delle pubblicazioni).")
L += ["", " Chiaramonti, 15/06/2028".ljust(44) + "IL RESPONSABILE DELLA PUBBLICAZIONE",
      " " * 44 + "F.to geom. Antonio Cubeddu".center(35).rstrip(), "", EQ]
for x in L:
    assert len(x) <= W, x
with open(OUT, "w", encoding="latin-1") as f:
    f.write("\n".join(L) + "\n")
