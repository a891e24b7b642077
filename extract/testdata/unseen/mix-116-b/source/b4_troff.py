# -*- coding: utf-8 -*-
"""B4: Consiglio Generale n. 6 of the Comunità Montana del Fortore in its
Halley-like house style, typeset by plain troff (groff-base, no macro
package): filled and justified Times, a page trap printing the running foot
with the act's number, the roll set with tab stops, the member's Comune
beside the name.  groff -Tps, then ps2pdf.  usage: b4_troff.py out.tr"""
import sys
from content import D, GIORNI

d = D["B4"]
out = sys.argv[1]


def hd(iso):
    y, m, dd = iso.split("-")
    return "%s-%s-%s" % (dd, m, y)


def t(s):
    """a text line: protect a leading dot or quote"""
    return "\\&" + s


num, date = d["number"], hd(d["date"])
day = int(d["date"][8:10])
L = []
L += [".pl 29.7c", ".po 2.4c", ".ll 16.4c", ".lt 16.4c", ".nh", ".ad b", ".ps 11", ".vs 14p",
      ".de FO", "'sp 0.6c", ".ps 8", ".tl 'Delibera di Consiglio Generale n. %d del %s'Comunit\\(`a Montana del Fortore'Pag. %%'" % (num, date),
      ".ps 11", "'bp", "..",
      ".de HD", "'sp 1.8c", "..",
      ".wh 0 HD", ".wh -2.4c FO",
      ".de PP", ".sp 0.35v", ".in 0", "..",
      ".ft B", ".ps 16", ".ce", "COMUNIT\\(`A MONTANA DEL FORTORE", ".ft R", ".ps 10", ".sp 0.2v", ".ce 2",
      "(Provincia di Benevento)", "Piazza Garibaldi, 1 - 82028 San Bartolomeo in Galdo (BN) - C.F. 80004190625",
      ".sp 0.3v", "\\l'16.4c\\(ru'", ".sp 1v", ".ps 11",
      ".ft B", "ORIGINALE", ".ft R", ".sp 1v",
      ".ft B", ".ps 12", ".ce 2", "VERBALE DI DELIBERAZIONE DEL CONSIGLIO GENERALE",
      "N. %d del %s" % (num, date), ".ps 11", ".ft R", ".sp 1v",
      ".ps 9", "Proposta n. %d del %s - Ufficio proponente: %s" % (d["proposal_number"], hd(d["proposal_date"]),
                                                                    d["proposing_office"]),
      ".ps 11", ".sp 0.5v",
      ".in 2c", ".ti -2c", ".ft B", ".ad l", t("Oggetto:\\h'|2c'" + d["subject"].replace("'", "\\(aq")), ".ft R", ".ad b", ".in 0",
      ".sp 0.3v", "\\l'16.4c'", ".sp 0.5v"]
L += [".PP", t("L'anno duemilaventisette il giorno %s del mese di aprile alle ore %s, nella sala delle adunanze della "
               "Comunità Montana, a seguito di regolare convocazione prot. n. 1390 del 23-04-2027, si è riunito in "
               "sessione ordinaria ed in seduta pubblica di prima convocazione il Consiglio Generale. "
               "Risultano presenti ed assenti i rappresentanti dei Comuni associati come segue:" % (GIORNI[day], d["time"]))]
L += [".sp 0.5v", ".nf", ".ps 10", ".ta 5.8c 10.9c 14.8c", ".ft B", "Comune\tRappresentante\tQualifica\tPresenza", ".ft R"]
for r in d["roll"]:
    L.append(t("%s\t%s\t%s\t%s" % (r["comune"], r["name"], r["role"], "presente" if r["present"] else "assente")))
np = sum(r["present"] for r in d["roll"])
L += [".sp 0.4v", ".ft B", "Presenti n. %d\tAssenti n. %d" % (np, len(d["roll"]) - np), ".ft R", ".ps 11", ".fi"]
L += [".PP", t("Presiede la seduta Domenico Ricciardi, Presidente del Consiglio Generale, il quale, riconosciuta la "
               "validità dell'adunanza, dichiara aperta la seduta."),
      ".PP", t("Partecipa con funzioni di assistenza giuridico-amministrativa e verbalizzazione il Segretario Generale "
               "dott. Raffaele Ciampi."),
      ".sp 0.6v", ".ce", ".ft B", "IL CONSIGLIO GENERALE", ".ft R"]
for p in d["premesse"]:
    L += [".PP", t(p)]
vc = d["vote_counts"]
L += [".PP", t("Dato atto che il consigliere Furno dichiara di astenersi;"),
      ".PP", t("Con la seguente votazione espressa per alzata di mano: presenti n. %d, votanti n. %d, voti favorevoli "
               "n. %d, astenuti n. %d (Furno);" % (vc["present"], vc["voters"], vc["in_favour"], vc["abstained"])),
      ".sp 0.6v", ".ce", ".ft B", "DELIBERA", ".ft R"]
for i, p in enumerate(d["points"], 1):
    L += [".sp 0.35v", ".in 0.8c", ".ti -0.8c", t("%d)\\h'|0.8c'%s" % (i, p)), ".in 0"]
L += [".PP", t("La presente deliberazione diventerà esecutiva decorsi dieci giorni dalla sua pubblicazione all'Albo "
               "Pretorio on line, ai sensi dell'art. 134, comma 3, del D.Lgs. n. 267/2000."),
      ".sp 1.5v", ".ne 8v", "Letto, confermato e sottoscritto.", ".sp 1v", ".nf",
      ".ta 4.1cC 12.3cC", ".ft B"]
L += ["\tIL PRESIDENTE DEL CONSIGLIO GENERALE\tIL SEGRETARIO GENERALE", ".ft R",
      "\tF.to Domenico Ricciardi\tF.to dott. Raffaele Ciampi", ".fi",
      ".sp 2v", ".ce", ".ft B", ".ps 9", "CERTIFICATO DI PUBBLICAZIONE", ".ft R",
      t("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line della "
        "Comunità Montana per quindici giorni consecutivi dal 05-05-2027, Reg. Pubbl. n. 251."),
      ".br", t("San Bartolomeo in Galdo, 05-05-2027 - Il Responsabile della pubblicazione F.to Sig. Gennaro Pilla"),
      ".ps 11"]
open(out, "w", encoding="utf-8").write("\n".join(L) + "\n")
