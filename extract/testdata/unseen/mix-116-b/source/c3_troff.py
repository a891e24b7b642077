# -*- coding: utf-8 -*-
"""C3: Assemblea Consortile n. 2 of COVAR 14, the same 80-column house style
but set by troff in Courier (groff-base, no macro package): filled and
justified, so the words of a justified line stand apart by troff's
horizontal motions; a page trap prints the running head with the number.
The roll prints the absent alone.  groff -Tps, then ps2pdf.
usage: c3_troff.py out.tr"""
import sys
from content import D, it_date, pct

d = D["C3"]
out = sys.argv[1]
num, date = d["number"], it_date(d["date"])
t = d["tally"]


def tx(s):
    return "\\&" + s


L = [".pl 29.7c", ".po 2.6c", ".ll 480p", ".lt 480p", ".fam C", ".ft CR", ".ps 10", ".vs 12p", ".nh", ".ad b",
     ".de HD", "'sp 1.3c", ".ft CR",
     ".tl 'C.O.V.A.R. 14 - ASSEMBLEA CONSORTILE''DELIBERAZIONE N. %d DEL %s - PAG. %%'" % (num, date),
     "'sp 1v", "..",
     ".de FO", "'bp", "..",
     ".wh 0 HD", ".wh -2.2c FO",
     ".nf",
     "\\l'480p\\(eq'",
     "C.O.V.A.R. 14 - CONSORZIO VALORIZZAZIONE RIFIUTI 14",
     "Via Cagliero, 3/I - 10041 CARIGNANO (TO)     C.F. 94052430012 P.IVA 07813640014",
     "\\l'480p\\(eq'",
     "", ".ce", "VERBALE DI DELIBERAZIONE DELL\\(aqASSEMBLEA CONSORTILE", "",
     ".ta 372p",
     "Deliberazione n. %d\tdel %s" % (num, date),
     "\\l'480p'",
     "Proposta n. %d del %s - %s" % (d["proposal_number"], it_date(d["proposal_date"]), d["proposing_office"]),
     ".fi", ".ad l", ".in 54p", ".ti 0",
     tx("OGGETTO:\\h'|54p'" + d["subject"].replace("'", "\\(aq")),
     ".in 0", ".ad b", ".nf", "\\l'480p'", ".fi", ".sp 1v"]
L += [tx("L'anno duemilaventisette, addì otto del mese di aprile, alle ore %s, presso la sala riunioni della sede "
         "consortile in Carignano, convocata dal Presidente con nota prot. n. 1801 del 29/03/2027 inviata a "
         "mezzo PEC a tutti gli Enti consorziati, si è riunita in seduta ordinaria l'Assemblea Consortile, "
         "composta dai Sindaci dei venti Comuni consorziati o loro delegati." % d["time"]),
      ".sp 1v"]
absent = [r for r in d["roll"] if not r["present"]]
L += [tx("Sono presenti n. %d Enti su 20, rappresentanti il %s%% delle quote consortili. Risultano assenti i "
         "rappresentanti dei seguenti Enti:" % (t["present"], pct(t["quota_present"]))), ".sp 0.5v", ".nf", ".ta 24p 168p 312p"]
for r in absent:
    L.append(tx("\t%s\t%s\tquota %s%%" % (r["comune"], r["name"], pct(r["quota"]))))
L += [".fi", ".sp 1v",
      tx("Presiede la seduta il Presidente dell'Assemblea Consortile, BRUNERO Walter, Sindaco di Villastellone, il "
         "quale, accertato il numero legale, dichiara aperta la seduta."),
      ".sp 0.5v",
      tx("Assiste il Direttore del Consorzio, dott. Piero Gribaudo, con funzioni di segretario verbalizzante."),
      ".sp 1v", ".ce", "L'ASSEMBLEA CONSORTILE", ".sp 1v"]
for p in d["premesse"]:
    L += [tx(p), ".sp 0.5v"]
L += [tx("Uditi gli interventi dei rappresentanti dei Comuni di Beinasco, Bruino e Nichelino, che dichiarano voto "
         "contrario ritenendo non equo il criterio di riparto dei costi di spazzamento;"), ".sp 0.5v",
      tx("Con votazione palese, ponderata per quote, che dà il seguente risultato: presenti n. %d Enti (%s%%), "
         "votanti n. %d, favorevoli n. %d Enti pari al %s%% delle quote, contrari n. %d Enti (Beinasco, Bruino, "
         "Nichelino) pari al %s%% delle quote, astenuti nessuno;"
         % (t["present"], pct(t["quota_present"]), t["voters"], t["in_favour"], pct(t["quota_favour"]),
            t["against"], pct(t["quota_against"]))),
      ".sp 1v", ".ce", "D E L I B E R A", ".sp 1v"]
for i, p in enumerate(d["points"], 1):
    L += [".in 24p", ".ti 0", tx("%d.\\h'|24p'%s" % (i, p)), ".in 0", ".sp 0.5v"]
L += [tx("Con successiva votazione, con il medesimo esito, la presente deliberazione è dichiarata immediatamente "
         "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, per consentire l'emissione delle "
         "fatture di acconto del secondo trimestre."),
      ".sp 2v", ".ne 8v", ".nf", "Letto, approvato e sottoscritto.", "",
      ".ta 24p 264p",
      "\tIl Presidente dell'Assemblea\tIl Direttore - Segretario verbalizzante",
      "\tF.to BRUNERO Walter\tF.to dott. Piero Gribaudo",
      "", "\\l'480p'",
      "Copia conforme all'originale informatico, per uso amministrativo.", ".fi"]
open(out, "w", encoding="utf-8").write("\n".join(L) + "\n")
