#!/usr/bin/env python3
"""Comune di Cassano delle Murge - Giunta n. 45 del 05/03/2027.
House style 'cityware': an 80-column fixed-width report, as the package's line printer
spool writes it; build.sh prints it with enscript (Courier 10, running head with the
number and page). Roll: a table whose marks are SI / NO."""
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "giunta-cassanodellemurge-cityware-45.txt"
W = 80


def wrap(t, ind=0, first=None):
    return textwrap.fill(t, W, initial_indent=" " * (ind if first is None else first),
                         subsequent_indent=" " * ind, break_on_hyphens=False)


L = []
L.append("COMUNE DI CASSANO DELLE MURGE".ljust(48) + "CITTA' METROPOLITANA DI BARI".rjust(32))
L.append("Piazza Aldo Moro, 10 - 70020 Cassano delle Murge (BA) - C.F. 00876050723")
L.append("=" * W)
L.append("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE".center(W).rstrip())
L.append("N. 45  DEL 05/03/2027".center(W).rstrip())
L.append("=" * W)
L.append("")
L.append(wrap("OGGETTO: LAVORI DI MANUTENZIONE STRAORDINARIA E ADEGUAMENTO ANTINCENDIO DEL PLESSO "
              "SCOLASTICO DI VIA SAN ROCCO - APPROVAZIONE PROGETTO ESECUTIVO - CUP F47B26000180004",
              ind=9, first=0))
L.append("-" * W)
L.append("PROPOSTA N. 51 DEL 01/03/2027      PROPONENTE: SETTORE III - LAVORI PUBBLICI")
L.append("-" * W)
L.append("")
L.append(wrap("L'anno duemilaventisette il giorno cinque del mese di marzo alle ore 13,15 nella sala "
              "delle adunanze della Casa Comunale, si e' riunita la Giunta Comunale convocata nelle "
              "forme di legge. Risultano:"))
L.append("")
L.append("  N.  COGNOME E NOME              CARICA                    PRESENTE")
L.append("  --  --------------------------  ------------------------  --------")
for i, (n, r, p) in enumerate([("COLONNA GIUSEPPE", "SINDACO", "SI"), ("SISTO ANGELA", "VICE SINDACO", "SI"),
                               ("LORUSSO NICOLA", "ASSESSORE", "SI"), ("LISI FRANCESCO", "ASSESSORE", "NO"),
                               ("DIGREGORIO ROSA", "ASSESSORE", "SI")], 1):
    L.append("  %2d  %-26s  %-24s     %s" % (i, n, r, p))
L.append("")
L.append("  PRESENTI N. 4        ASSENTI N. 1")
L.append("")
for t in [
    "Presiede il Sindaco Avv. Giuseppe Colonna.",
    "Partecipa il Segretario Generale Dott. Michele Ranieri, incaricato della redazione del verbale.",
    "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita "
    "la Giunta a deliberare sull'argomento in oggetto."]:
    L.append(wrap(t))
L.append("")
L.append("LA GIUNTA COMUNALE".center(W).rstrip())
L.append("")
for t in [
    "PREMESSO che con deliberazione della Giunta Comunale n. 188 del 12/11/2026 e' stato approvato il "
    "progetto definitivo dei lavori di manutenzione straordinaria e adeguamento antincendio del plesso "
    "scolastico di via San Rocco, per un importo complessivo di euro 420.000,00, finanziato con "
    "contributo regionale di cui all'Avviso pubblico per l'edilizia scolastica 2026;",
    "VISTO il progetto esecutivo redatto dall'Ufficio Tecnico comunale, trasmesso dal Responsabile "
    "Unico del Progetto ing. Vito Pascale con nota prot. n. 3871 del 24/02/2027;",
    "VISTO il rapporto di verifica del progetto esecutivo del 27/02/2027 e il relativo atto di "
    "validazione ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36;",
    "DATO ATTO che l'intervento e' inserito nel programma triennale dei lavori pubblici 2027-2029;",
    "ACQUISITI i pareri favorevoli in ordine alla regolarita' tecnica e contabile espressi dai "
    "Responsabili dei Settori interessati ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "A VOTI UNANIMI espressi nei modi di legge;"]:
    L.append(wrap(t))
L.append("")
L.append("D E L I B E R A".center(W).rstrip())
L.append("")
for i, t in enumerate([
    "DI APPROVARE il progetto esecutivo dei lavori di manutenzione straordinaria e adeguamento "
    "antincendio del plesso scolastico di via San Rocco, dell'importo complessivo di euro 420.000,00, "
    "di cui euro 318.500,00 per lavori a base d'asta ed euro 101.500,00 per somme a disposizione;",
    "DI DARE ATTO che la spesa trova copertura al capitolo 2041.07 del bilancio 2027-2029, esercizio "
    "2027, finanziato con contributo regionale;",
    "DI DEMANDARE al Responsabile del Settore III - Lavori Pubblici l'adozione della determinazione "
    "a contrarre e degli atti consequenziali;",
    "DI COMUNICARE il presente provvedimento ai Capigruppo consiliari ai sensi dell'art. 125 del "
    "D.Lgs. 267/2000."], 1):
    L.append(wrap("%d) %s" % (i, t), ind=4, first=1))
L.append("")
L.append(wrap("Successivamente, LA GIUNTA COMUNALE, con separata ed unanime votazione, DICHIARA il presente "
              "atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, "
              "stante l'urgenza di avviare la gara entro il termine fissato dal finanziamento."))
L.append("")
L.append("Letto, confermato e sottoscritto.")
L.append("")
L.append("        IL SINDACO                              IL SEGRETARIO GENERALE")
L.append("   Avv. Giuseppe COLONNA                        Dott. Michele RANIERI")
L.append("  (firmato digitalmente)                        (firmato digitalmente)")
L.append("")
L.append("-" * W)
L.append("CERTIFICATO DI PUBBLICAZIONE".center(W).rstrip())
L.append(wrap("Copia della presente deliberazione e' pubblicata all'Albo Pretorio on line per quindici "
              "giorni consecutivi dal 09/03/2027 al 24/03/2027 (registro pubblicazioni n. 612)."))
L.append("")
L.append("                                          IL RESPONSABILE DELLA PUBBLICAZIONE")
L.append("                                                 Sig. Onofrio Gentile")
L.append("-" * W)
open(OUT, "w", encoding="latin-1").write("\n".join(L) + "\n")
