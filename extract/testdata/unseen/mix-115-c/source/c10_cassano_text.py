#!/usr/bin/env python3
"""Comune di Cassano delle Murge - Consiglio Comunale n. 10 del 26/03/2027.
House style 'cityware': the 80-column fixed-width report again, printed by build.sh
with a2ps (one page per sheet, Courier, a running title with the number). Roll: only
the absent councillors are named, with the count of those present."""
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "consiglio-cassanodellemurge-cityware-10.txt"
W = 80


def wrap(t, ind=0, first=None):
    return textwrap.fill(t, W, initial_indent=" " * (ind if first is None else first),
                         subsequent_indent=" " * ind, break_on_hyphens=False)


L = []
L.append("COMUNE DI CASSANO DELLE MURGE".ljust(48) + "CITTA' METROPOLITANA DI BARI".rjust(32))
L.append("Piazza Aldo Moro, 10 - 70020 Cassano delle Murge (BA) - C.F. 00876050723")
L.append("=" * W)
L.append("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE".center(W).rstrip())
L.append("N. 10  DEL 26/03/2027".center(W).rstrip())
L.append("=" * W)
L.append("")
L.append(wrap("OGGETTO: RICONOSCIMENTO DELLA LEGITTIMITA' DEL DEBITO FUORI BILANCIO AI SENSI DELL'ART. "
              "194, COMMA 1, LETT. A), DEL D.LGS. 267/2000 DERIVANTE DALLA SENTENZA DEL GIUDICE DI PACE DI "
              "BARI N. 1187/2026", ind=9, first=0))
L.append("-" * W)
L.append("PROPOSTA N. 19 DEL 16/03/2027      PROPONENTE: UFFICIO CONTENZIOSO")
L.append("SESSIONE ORDINARIA - SEDUTA PUBBLICA DI PRIMA CONVOCAZIONE")
L.append("-" * W)
L.append("")
for t in [
    "L'anno duemilaventisette il giorno ventisei del mese di marzo alle ore 19,00 nella sala delle "
    "adunanze consiliari, convocato con avviso prot. n. 5518 del 19/03/2027 regolarmente notificato, si e' "
    "riunito il Consiglio Comunale.",
    "Risultano assenti i Consiglieri: CAPOZZI Marianna, RAGONE Vito, ZACCARO Antonio.",
    "Presenti n. 14 su n. 17 Consiglieri assegnati ed in carica.",
    "Presiede il Presidente del Consiglio, LATERZA Domenico.",
    "Partecipa il Segretario Generale, Dott. Michele RANIERI, che cura la redazione del verbale.",
    "Il Presidente, accertato il numero legale, dichiara aperta la seduta e pone in trattazione il "
    "punto n. 4 dell'ordine del giorno."]:
    L.append(wrap(t)); L.append("")
L.append("IL CONSIGLIO COMUNALE".center(W).rstrip())
L.append("")
for t in [
    "PREMESSO che con sentenza n. 1187/2026, depositata il 18/11/2026, il Giudice di Pace di Bari ha "
    "condannato il Comune di Cassano delle Murge al risarcimento dei danni subiti dal sig. Pietro "
    "Abbatangelo a seguito di sinistro stradale occorso su via Sammichele per la presenza di una buca "
    "non segnalata, liquidando la somma di euro 3.860,00 oltre spese di lite per euro 1.125,00;",
    "CONSIDERATO che la sentenza e' provvisoriamente esecutiva e che la spesa non trova copertura negli "
    "stanziamenti del bilancio, configurando un debito fuori bilancio riconoscibile ai sensi dell'art. "
    "194, comma 1, lett. a), del D.Lgs. 267/2000;",
    "VISTO il parere favorevole del Collegio dei Revisori dei conti, verbale n. 7 del 20/03/2027;",
    "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile ai sensi dell'art. 49 del "
    "D.Lgs. 267/2000;",
    "CON la seguente votazione, resa per alzata di mano: Presenti n. 14 - Voti favorevoli n. 14 - "
    "Contrari n. 0 - Astenuti n. 0;"]:
    L.append(wrap(t))
L.append("")
L.append("D E L I B E R A".center(W).rstrip())
L.append("")
for i, t in enumerate([
    "DI RICONOSCERE la legittimita' del debito fuori bilancio di complessivi euro 4.985,00 derivante "
    "dalla sentenza del Giudice di Pace di Bari n. 1187/2026;",
    "DI DARE ATTO che alla spesa si fa fronte con lo stanziamento del capitolo 1580.03 \"Oneri da "
    "contenzioso\" del bilancio 2027-2029, esercizio 2027;",
    "DI TRASMETTERE il presente atto alla competente Procura regionale della Corte dei conti ai sensi "
    "dell'art. 23, comma 5, della legge 27 dicembre 2002, n. 289."], 1):
    L.append(wrap("%d) %s" % (i, t), ind=4, first=1))
L.append("")
L.append(wrap("Successivamente, IL CONSIGLIO COMUNALE, con separata votazione unanime (Presenti n. 14 - "
              "Voti favorevoli n. 14), DICHIARA la presente deliberazione immediatamente eseguibile ai sensi "
              "dell'art. 134, comma 4, del D.Lgs. 267/2000."))
L.append("")
L.append("Letto, confermato e sottoscritto.")
L.append("")
L.append("  IL PRESIDENTE DEL CONSIGLIO                   IL SEGRETARIO GENERALE")
L.append("      LATERZA Domenico                          Dott. Michele RANIERI")
L.append("   (firmato digitalmente)                       (firmato digitalmente)")
L.append("")
L.append("-" * W)
open(OUT, "w", encoding="latin-1").write("\n".join(L) + "\n")
