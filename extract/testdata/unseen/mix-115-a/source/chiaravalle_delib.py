#!/usr/bin/env python3
"""Comune di Chiaravalle Centrale - Consiglio Comunale n. 7 del 10/03/2027.

The minute as the old Asmenet-hosted procedure prints it: an 80-column
Courier report, boxes of dashes, the roll in two columns side by side,
"F.to" signatures, the publication note at the end. This script writes the
ISO-8859-1 text; build.sh prints it with enscript (running head with the
number of the act and "Pag. n di m") and ps2pdf.
"""
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "chiaravalle_delib.txt"
W = 80
DASH = "-" * W


def c(s):
    return s.center(W).rstrip()


def wrap(text, width=W - 2, indent=" ", hang=" "):
    words, lines, cur = text.split(), [], indent
    for w in words:
        if len(cur) + len(w) + (0 if cur.strip() == "" else 1) > width:
            lines.append(cur.rstrip())
            cur = hang + w
        else:
            cur = cur + ("" if cur.strip() == "" else " ") + w
    lines.append(cur.rstrip())
    return lines


roll = [("CHIEFARI Vincenzo", "Sindaco", True), ("TALARICO Giuseppe", "Presidente", True),
        ("GALLELLI Maria Rosa", "Consigliere", True), ("MAIDA Francesco", "Consigliere", True),
        ("SCALZO Antonella", "Consigliere", True), ("PROCOPIO Raffaele", "Consigliere", False),
        ("IANNONE Teresa", "Consigliere", True), ("CORAPI Bruno", "Consigliere", True),
        ("VOCATURO Angela", "Consigliere", True), ("MONTELEONE Pasquale", "Consigliere", True),
        ("GRILLO Caterina", "Consigliere", True), ("LENTINI Saverio", "Consigliere", True),
        ("FODARO Luigi", "Consigliere", False)]


def rollcell(i):
    if i >= len(roll):
        return " " * 38
    n, r, p = roll[i]
    return "%2d %-20s%-11s %s %s" % (i + 1, n, r, "X" if p else " ", " " if p else "X")


L = []
L += [c("COMUNE DI CHIARAVALLE CENTRALE"), c("(Provincia di Catanzaro)"), "",
      DASH, c("ORIGINALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"), DASH,
      " N. 7" + "Data 10/03/2027".rjust(W - 5), DASH,
      " Proposta n. 9 del 26/02/2027        Proponente: Settore Economico-Finanziario", DASH]
ogg = wrap("OGGETTO: APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO DEL SERVIZIO DI GESTIONE "
           "DEI RIFIUTI URBANI PER L'ANNO 2027 E DELLE TARIFFE TARI 2027.", hang=" " * 10)
L += ogg + [DASH, ""]
L += wrap("L'anno DUEMILAVENTISETTE il giorno DIECI del mese di MARZO alle ore 17:00, "
          "nella Sala Consiliare del Palazzo Municipale, convocato con avvisi scritti "
          "recapitati a norma di legge, si e' riunito il Consiglio Comunale in sessione "
          "ORDINARIA, seduta pubblica, di PRIMA convocazione. All'appello nominale "
          "risultano:")
L.append("")
hdr = "%2s %-20s%-11s %s %s" % ("N.", "Cognome e Nome", "Carica", "P", "A")
L.append(hdr + " | " + hdr)
L.append("-" * 38 + "-+-" + "-" * 38)
for i in range(7):
    L.append(rollcell(i) + " | " + rollcell(i + 7))
L.append("-" * 38 + "-+-" + "-" * 38)
L.append(" " + "Presenti n. 11" + " " * 10 + "Assenti n. 2")
L.append("")
L += wrap("Assiste il Segretario Comunale dott. Salvatore Iozzo, incaricato della "
          "redazione del verbale.")
L += wrap("Assume la presidenza il sig. Giuseppe Talarico, nella sua qualita' di "
          "Presidente del Consiglio Comunale, il quale, constatato il numero legale degli "
          "intervenuti, dichiara aperta la seduta ed invita il Consiglio a deliberare "
          "sull'argomento in oggetto, iscritto al punto 3 dell'ordine del giorno.")
L.append("")
L.append(c("IL CONSIGLIO COMUNALE"))
L.append("")
prem = [
    "PREMESSO che l'art. 1, comma 639, della legge 27 dicembre 2013, n. 147, ha istituito "
    "la tassa sui rifiuti (TARI) destinata a finanziare i costi del servizio di raccolta "
    "e smaltimento dei rifiuti;",
    "VISTA la deliberazione ARERA n. 397/2025/R/rif, che disciplina il metodo tariffario "
    "per il terzo periodo regolatorio 2026-2029;",
    "VISTO il Piano Economico Finanziario 2026-2029, aggiornamento 2027, trasmesso "
    "dall'Ente di governo d'ambito ATO Catanzaro con nota prot. n. 1977 del 16/02/2027, "
    "dal quale risulta un costo complessivo del servizio di Euro 1.012.460,00;",
    "RITENUTO di approvare le tariffe TARI per l'anno 2027 nelle misure indicate "
    "nell'allegato B, determinate in modo da assicurare la copertura integrale dei "
    "costi;",
    "UDITA la relazione dell'Assessore al Bilancio e gli interventi dei consiglieri "
    "Scalzo e Lentini, i quali dichiarano il voto contrario del gruppo di minoranza, "
    "come da resoconto in atti;",
    "VISTI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi "
    "dell'art. 49 del D.Lgs. 267/2000 dal Responsabile del Settore Economico-"
    "Finanziario, nonche' il parere favorevole del Revisore dei conti (verbale n. 4 "
    "del 03/03/2027);",
    "Con voti espressi per alzata di mano: presenti n. 11, votanti n. 11, favorevoli "
    "n. 8, contrari n. 3 (Scalzo, Grillo, Lentini), astenuti n. 0;",
]
for p in prem:
    L += wrap(p)
L.append("")
L.append(c("D E L I B E R A"))
L.append("")
pts = [
    "di approvare il Piano Economico Finanziario del servizio di gestione dei rifiuti "
    "urbani per l'anno 2027, allegato sotto la lettera A) quale parte integrante e "
    "sostanziale del presente atto;",
    "di approvare per l'anno 2027 le tariffe della TARI per le utenze domestiche e non "
    "domestiche nelle misure indicate nell'allegato B);",
    "di stabilire che il versamento della TARI 2027 sia effettuato in quattro rate "
    "scadenti il 31 maggio, il 31 luglio, il 30 settembre e il 2 dicembre 2027, con "
    "facolta' di pagamento in unica soluzione entro il 16 giugno 2027;",
    "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze "
    "mediante inserimento nel Portale del federalismo fiscale.",
]
for i, p in enumerate(pts, 1):
    L += wrap("%d) %s" % (i, p), hang="    ")
L.append("")
L += wrap("Successivamente, con separata votazione dal seguente esito: presenti n. 11, "
          "favorevoli n. 8, contrari n. 3, astenuti n. 0, la presente deliberazione viene "
          "dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
          "D.Lgs. 267/2000.")
L.append("")
L.append(DASH)
L.append(" PARERE DI REGOLARITA' TECNICA E CONTABILE: FAVOREVOLE")
L.append(" Il Responsabile del Settore Economico-Finanziario")
L.append(" F.to rag. Domenico Sestito")
L.append(DASH)
L.append("")
L.append(" Letto, confermato e sottoscritto.")
L.append("")
L.append("        IL PRESIDENTE                          IL SEGRETARIO COMUNALE")
L.append("   F.to sig. Giuseppe Talarico             F.to dott. Salvatore Iozzo")
L.append("")
L.append(DASH)
L.append(c("CERTIFICATO DI PUBBLICAZIONE"))
L.append(DASH)
L += wrap("Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo "
          "Pretorio on line per quindici giorni consecutivi, dal 12/03/2027 al 27/03/2027, "
          "Reg. Pubbl. n. 311.")
L.append("")
L.append(" Chiaravalle Centrale, 12/03/2027          IL MESSO COMUNALE")
L.append("                                          F.to Michele Rotundo")
L.append(DASH)
L.append(" Copia conforme all'originale, per uso amministrativo.")

for ln in L:
    assert len(ln) <= W, (len(ln), ln)
with open(OUT, "w", encoding="latin-1") as f:
    f.write("\n".join(L) + "\n")
