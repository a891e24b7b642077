#!/usr/bin/env python3
"""Writes the two 80-column reports of the Consiglio Comunale di Cambiano
(seduta del 24/09/2026), as the Comune's Hypersic "stampa verbale" prints them
in fixed pitch: accents as apostrophes, rules of dashes and equals signs, the
roll in two columns with P/A. enscript (n. 29) and a2ps (n. 30) turn them into
PostScript; build.sh runs them."""
import sys
import textwrap

outdir = sys.argv[1]
W = 80

ROLL = [("TOSCO GIANFRANCO", "SINDACO"), ("OLIVERO DANIELA", "CONSIGLIERE"),
        ("BERTINETTI FRANCO", "CONSIGLIERE"), ("GIOLITO PAOLA", "CONSIGLIERE"),
        ("MIGLIORE STEFANO", "CONSIGLIERE"), ("CERUTTI ALESSANDRA", "CONSIGLIERE"),
        ("BALLARIO MAURO", "CONSIGLIERE"), ("FERRERO SIMONA", "CONSIGLIERE"),
        ("GRIBAUDO LUCA", "CONSIGLIERE"), ("VIALE ENRICO", "CONSIGLIERE"),
        ("AIMAR CRISTINA", "CONSIGLIERE"), ("BOLLA DAVIDE", "CONSIGLIERE"),
        ("ROSSO NADIA", "CONSIGLIERE")]


def center(s):
    return s.center(W).rstrip()


def wrap(s, indent="", first=""):
    return textwrap.fill(s, W, initial_indent=first, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def roll_lines(pa):
    half = (len(ROLL) + 1) // 2
    left, right = ROLL[:half], ROLL[half:]
    head = "%3s %-18s %-11s %s" % ("N.", "COGNOME E NOME", "CARICA", "P/A")
    out = [head + " |" + head, " " + "-" * 37 + " |" + " " + "-" * 37]
    for i in range(half):
        n, r = left[i]
        l = "%3d %-18s %-11s  %s" % (i + 1, n, r, pa[n])
        if i < len(right):
            n2, r2 = right[i]
            rr = "%3d %-18s %-11s  %s" % (half + i + 1, n2, r2, pa[n2])
        else:
            rr = ""
        out.append(("%-38s" % l) + " |" + rr)
    return out


def head(num, subject_lines):
    L = [center("COMUNE DI CAMBIANO"),
         center("CITTA' METROPOLITANA DI TORINO"),
         "=" * W,
         center("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. %d" % num),
         center("Adunanza ordinaria di prima convocazione - seduta pubblica"),
         "=" * W, ""]
    L.append("OGGETTO: " + subject_lines[0])
    for s in subject_lines[1:]:
        L.append("         " + s)
    L += ["-" * W, ""]
    return L


def opening():
    return [wrap("L'anno duemilaventisei addi' ventiquattro del mese di settembre alle ore 20:45 "
                 "nella sala delle adunanze consiliari del Palazzo Comunale, previa l'osservanza di tutte "
                 "le formalita' prescritte dalla vigente legge e dal regolamento, vennero per oggi "
                 "convocati a seduta i componenti del Consiglio Comunale."), "",
            "All'appello risultano:", ""]


def sign(pres_role, pres_name):
    return ["", "Letto, confermato e sottoscritto.", "",
            "      IL PRESIDENTE                           IL SEGRETARIO COMUNALE",
            "  F.to %-36s F.to Dott.ssa RINAUDO Elisabetta" % pres_name,
            "      (%s)" % pres_role, "",
            "-" * W,
            center("REFERTO DI PUBBLICAZIONE (art. 124 D.Lgs. 267/2000)"),
            wrap("Su conforme dichiarazione del Messo si certifica che copia del presente verbale "
                 "viene pubblicata all'Albo Pretorio on line per 15 giorni consecutivi dal 29/09/2026 "
                 "al 14/10/2026."),
            "Cambiano, 29/09/2026                          IL SEGRETARIO COMUNALE",
            "                                          F.to Dott.ssa RINAUDO Elisabetta",
            "-" * W,
            "Copia conforme all'originale per uso amministrativo. Cambiano, 29/09/2026"]


# ---------------- n. 29 ----------------
subj29 = ["RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 98 DEL",
          "28/08/2026 AVENTE AD OGGETTO \"VARIAZIONE D'URGENZA AL BILANCIO DI",
          "PREVISIONE 2026/2028 (ART. 175, COMMA 4, D.LGS. 267/2000)\""]
pa29 = {n: "P" for n, _ in ROLL}
pa29["VIALE ENRICO"] = "A"
pa29["AIMAR CRISTINA"] = "A"
L = head(29, subj29) + opening() + roll_lines(pa29)
L += ["", "                         PRESENTI N. 11        ASSENTI N. 2", ""]
for para in [
    "Assume la presidenza il Sig. TOSCO Gianfranco nella sua qualita' di Sindaco.",
    "Partecipa alla seduta il Segretario Comunale a scavalco Dott.ssa RINAUDO Elisabetta, titolare "
    "della segreteria convenzionata Santena - Cambiano, la quale provvede alla redazione del presente "
    "verbale.",
    "Il Presidente, riconosciuta legale l'adunanza, dichiara aperta la seduta e pone in discussione "
    "l'argomento indicato in oggetto, iscritto al punto 2 dell'ordine del giorno.",
    "Alle ore 21:05, prima della trattazione del presente punto, entra in aula la Consigliera AIMAR "
    "Cristina. Presenti n. 12.",
]:
    L += [wrap(para), ""]
L += [center("IL CONSIGLIO COMUNALE"), ""]
for para in [
    "PREMESSO che con deliberazione della Giunta Comunale n. 98 del 28/08/2026, adottata con i poteri "
    "del Consiglio ai sensi dell'art. 175, comma 4, del D.Lgs. 267/2000, e' stata approvata una "
    "variazione d'urgenza al bilancio di previsione 2026/2028 per finanziare gli interventi di "
    "ripristino della copertura della scuola primaria danneggiata dall'evento atmosferico del "
    "19/08/2026;",
    "VISTO l'art. 175, comma 4, del D.Lgs. 267/2000, ai sensi del quale le variazioni di bilancio "
    "adottate dall'organo esecutivo in via d'urgenza sono sottoposte a ratifica del Consiglio a pena "
    "di decadenza entro i sessanta giorni seguenti e comunque entro il 31 dicembre dell'anno in corso;",
    "ACQUISITO il parere favorevole del Revisore dei conti, verbale n. 11 del 10/09/2026;",
    "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi dal Responsabile del "
    "Servizio Finanziario ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "UDITI gli interventi dei Consiglieri BOLLA Davide e ROSSO Nadia, che annunciano l'astensione del "
    "gruppo consiliare \"Cambiano Insieme\";",
    "Con la seguente votazione, resa per alzata di mano:",
]:
    L += [wrap(para), ""]
L += ["     PRESENTI    N. 12",
      "     ASTENUTI    N.  3  (AIMAR, BOLLA, ROSSO)",
      "     VOTANTI     N.  9",
      "     FAVOREVOLI  N.  9",
      "     CONTRARI    N.  0", ""]
L += [center("D E L I B E R A"), ""]
for i, t in enumerate([
    "DI RATIFICARE, ai sensi dell'art. 175, comma 4, del D.Lgs. 267/2000, la deliberazione della "
    "Giunta Comunale n. 98 del 28/08/2026 avente ad oggetto \"Variazione d'urgenza al bilancio di "
    "previsione 2026/2028 (art. 175, comma 4, D.Lgs. 267/2000)\";",
    "DI DARE ATTO che a seguito della variazione permangono gli equilibri di bilancio e il rispetto "
    "dei vincoli di finanza pubblica;",
    "DI TRASMETTERE copia del presente atto al Tesoriere comunale.",
]):
    L += [wrap(t, indent="    ", first="%d)  " % (i + 1)), ""]
L += [wrap("Successivamente, con separata votazione resa per alzata di mano, con il seguente esito: "
           "presenti n. 12, astenuti n. 3 (AIMAR, BOLLA, ROSSO), votanti n. 9, favorevoli n. 9, "
           "contrari n. 0, IL CONSIGLIO COMUNALE DICHIARA la presente deliberazione immediatamente "
           "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")]
L += sign("Sindaco", "TOSCO Gianfranco")
open(outdir + "/consiglio-29.txt", "w", encoding="latin-1").write("\n".join(L) + "\n")

# ---------------- n. 30 ----------------
subj30 = ["SDEMANIALIZZAZIONE E ALIENAZIONE DI UN RELITTO DI STRADA COMUNALE IN",
          "LOCALITA' TETTI BRUNA (FG. 7, MAPP. 412) - APPROVAZIONE"]
pa30 = {n: "P" for n, _ in ROLL}
pa30["VIALE ENRICO"] = "A"
L = head(30, subj30) + opening() + roll_lines(pa30)
L += ["", "                         PRESENTI N. 12        ASSENTI N. 1", ""]
L += [wrap("Partecipa alla seduta il Segretario Comunale a scavalco Dott.ssa RINAUDO Elisabetta, la quale "
           "provvede alla redazione del presente verbale."), ""]
L += [wrap("Prima della trattazione del presente punto, iscritto al n. 4 dell'ordine del giorno, il "
           "Sindaco TOSCO Gianfranco dichiara di doversi astenere ai sensi dell'art. 78, comma 2, del "
           "D.Lgs. 267/2000, essendo un suo parente entro il quarto grado proprietario di un fondo "
           "confinante, ed esce dall'aula. Presenti n. 11."), ""]
L += [wrap("Assume la presidenza il Vice Sindaco OLIVERO Daniela, la quale pone in discussione "
           "l'argomento indicato in oggetto."), ""]
L += [center("IL CONSIGLIO COMUNALE"), ""]
for para in [
    "PREMESSO che il relitto della strada comunale in localita' Tetti Bruna, individuato al Catasto "
    "Terreni al foglio 7, mappale 412, della superficie di mq 186, non e' piu' utilizzato per il "
    "pubblico transito a seguito della realizzazione della nuova viabilita' di collegamento con la "
    "strada provinciale;",
    "VISTA l'istanza di acquisto presentata dai proprietari frontisti in data 12/06/2026, prot. n. "
    "7710;",
    "VISTA la perizia di stima redatta dal Responsabile del Servizio Tecnico in data 04/09/2026, che "
    "determina il valore del relitto in euro 3.720,00;",
    "RITENUTO che il bene non riveste piu' interesse pubblico e che ne puo' essere disposta la "
    "sdemanializzazione ai sensi dell'art. 829 del Codice civile;",
    "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 49 "
    "del D.Lgs. 267/2000;",
    "Con voti unanimi favorevoli resi per alzata di mano:",
]:
    L += [wrap(para), ""]
L += ["     PRESENTI    N. 11",
      "     VOTANTI     N. 11",
      "     FAVOREVOLI  N. 11",
      "     CONTRARI    N.  0",
      "     ASTENUTI    N.  0", ""]
L += [center("D E L I B E R A"), ""]
for i, t in enumerate([
    "DI SDEMANIALIZZARE il relitto di strada comunale in localita' Tetti Bruna, censito al Catasto "
    "Terreni al foglio 7, mappale 412, trasferendolo al patrimonio disponibile del Comune;",
    "DI ALIENARE il relitto ai proprietari frontisti richiedenti al prezzo di euro 3.720,00, come da "
    "perizia di stima, con spese di frazionamento e di rogito a carico degli acquirenti;",
    "DI INCARICARE il Responsabile del Servizio Tecnico della stipula dell'atto di compravendita;",
    "DI DARE ATTO che il presente provvedimento aggiorna il piano delle alienazioni e valorizzazioni "
    "immobiliari 2026/2028.",
]):
    L += [wrap(t, indent="    ", first="%d)  " % (i + 1)), ""]
L += [wrap("Successivamente, con separata votazione unanime favorevole dei n. 11 presenti, IL "
           "CONSIGLIO COMUNALE DICHIARA la presente deliberazione immediatamente eseguibile ai sensi "
           "dell'art. 134, comma 4, del D.Lgs. 267/2000."), ""]
L += [wrap("Rientra in aula il Sindaco TOSCO Gianfranco, che riassume la presidenza. Presenti n. 12.")]
L += sign("Vice Sindaco", "OLIVERO Daniela")
open(outdir + "/consiglio-30.txt", "w", encoding="latin-1").write("\n".join(L) + "\n")
