#!/usr/bin/env python3
"""Osoppo, Giunta Comunale n. 4 of 12/01/2028, in the ADWeb house style as the
office's old print queue renders it: an 80-column Courier report. This script
writes plain troff (no macro package); build.sh runs
  groff -k -Tps deliberazione-osoppo-adweb.tr | ps2pdf - deliberazione-osoppo-adweb.pdf
Body paragraphs are filled and justified by troff (spaces widened word by word);
the heading block and the roll are set line for line in fixed columns."""
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-osoppo-adweb.tr"


def esc(s):
    s = s.replace("\\", "\\e").replace("'", "\\(aq")
    if s.startswith("."):
        s = "\\&" + s
    return s


L = []
L += [
    ".\\\" ADWeb - stampa verbale di Giunta, modulo 80 colonne",
    ".pl 11.69i", ".po 0.85i", ".ll 6.67i", ".lt 6.67i", ".ft CR", ".ps 10", ".vs 12.5p", ".nh", ".hy 0",
    ".de hd",
    "'sp 0.45i",
    ".tl '%s''%s'" % (esc("COMUNE DI OSOPPO"), esc("Delibera G.C. n. 4 del 12/01/2028 - Pag. %")),
    "'sp 0.25i",
    "..",
    ".de fo",
    "'sp 0.3i",
    ".tl '%s''%s'" % (esc("ADWeb - Atti deliberativi"), esc("Stampato il 13/01/2028")),
    "'bp",
    "..",
    ".wh 0 hd",
    ".wh -0.9i fo",
    ".nf",
]


def nf(*lines):
    for s in lines:
        L.append(esc(s) if s else ".sp 1")


def fi(text):
    L.append(".fi")
    L.append(".ad b")
    L.append(esc(text))
    L.append(".sp 0.6")
    L.append(".nf")


rule = "-" * 80
nf("                               COMUNE DI OSOPPO",
   "                    Regione Autonoma Friuli Venezia Giulia",
   rule,
   "",
   "                                                                    ORIGINALE",
   "             VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE",
   "",
   "  N. 4                                              del 12/01/2028",
   "  Proposta n. 6 del 10/01/2028        Area proponente: Area Amministrativa",
   rule,
   "  OGGETTO: Concessione in uso della palestra comunale all'Associazione",
   "           Sportiva Dilettantistica Osoppo Volley per la stagione sportiva",
   "           2027/2028. Approvazione dello schema di convenzione.",
   rule,
   "")
fi("L'anno duemilaventotto, il giorno dodici del mese di gennaio alle ore 18:00, nella sala "
   "comunale, in seguito a convocazione disposta con avviso e relativo ordine del giorno recapitato ai "
   "singoli componenti, si e' riunita la Giunta Comunale.")
nf("  Fatto l'appello risultano:",
   "",
   "  N.  Cognome e Nome               Carica                 Presente  Assente",
   "  --  ---------------------------  ---------------------  --------  -------",
   "   1  ZANINI Andrea                Sindaco                    X",
   "   2  COLUSSI Elena                Vice Sindaco               X",
   "   3  BERTOLI Marco                Assessore                  X",
   "   4  DE CECCO Silvia              Assessore                            X",
   "   5  PIUZZI Luca                  Assessore                  X",
   "                                                           --------  -------",
   "                                                  Totale       4         1",
   "")
fi("Assiste il Segretario comunale dott. Fabio Cargnelutti. Constatato il numero legale degli "
   "intervenuti, assume la presidenza il sig. Andrea Zanini nella sua qualita' di Sindaco ed espone gli "
   "oggetti inscritti all'ordine del giorno e su questi la Giunta Comunale adotta la seguente deliberazione:")
nf("                             LA GIUNTA COMUNALE", "")
fi("PREMESSO che il Comune di Osoppo e' proprietario della palestra comunale annessa al plesso "
   "scolastico, che nelle ore non destinate all'attivita' didattica puo' essere concessa in uso a "
   "societa' e associazioni sportive del territorio, secondo il Regolamento comunale per l'uso degli "
   "impianti sportivi approvato con deliberazione consiliare n. 22 del 28/06/2016;")
fi("VISTA la richiesta dell'A.S.D. Osoppo Volley, pervenuta al prot. n. 9120 del 15/12/2027, intesa "
   "ad ottenere l'uso della palestra per gli allenamenti e le gare casalinghe dei campionati giovanili "
   "e di Prima Divisione per la stagione sportiva 2027/2028;")
fi("RITENUTO di accogliere la richiesta, in considerazione della valenza sociale ed educativa "
   "dell'attivita' svolta a favore di circa novanta atleti, in prevalenza minori residenti nel Comune, "
   "previa stipula di apposita convenzione che disciplini orari, tariffe, pulizie e responsabilita';")
fi("VISTO lo schema di convenzione predisposto dall'Area Amministrativa, composto da 12 articoli, "
   "allegato alla presente quale parte integrante e sostanziale;")
fi("ACQUISITI i pareri favorevoli in ordine alla regolarita' tecnica e contabile espressi ai sensi "
   "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;")
fi("CON VOTI unanimi favorevoli espressi nelle forme di legge;")
nf("                                   DELIBERA", "")
fi("1) di concedere in uso all'A.S.D. Osoppo Volley la palestra comunale per la stagione sportiva "
   "2027/2028, nei giorni e negli orari indicati nel calendario allegato alla convenzione;")
fi("2) di approvare lo schema di convenzione allegato, autorizzando il Titolare di Posizione "
   "Organizzativa dell'Area Amministrativa alla sottoscrizione, con facolta' di apportarvi le modifiche "
   "non sostanziali che si rendessero necessarie;")
fi("3) di dare atto che l'Associazione corrispondera' la tariffa oraria di euro 9,50 stabilita con "
   "deliberazione giuntale n. 121 del 18/11/2027 e che le entrate saranno introitate al capitolo 3120 "
   "del bilancio 2028.")
fi("Con successiva e separata votazione, con voti unanimi favorevoli, la presente deliberazione viene "
   "dichiarata immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, "
   "n. 21, e successive modificazioni.")
nf(rule,
   "  PARERI (art. 49 D.Lgs. 267/2000)",
   "  Regolarita' tecnica:   FAVOREVOLE  li' 10/01/2028  Il Responsabile",
   "                                                     F.to dott.ssa Paola Venier",
   "  Regolarita' contabile: FAVOREVOLE  li' 11/01/2028  Il Responsabile",
   "                                                     F.to rag. Daniela Tomat",
   rule,
   "  Letto, confermato e sottoscritto.",
   "",
   "        IL PRESIDENTE                        IL SEGRETARIO COMUNALE",
   "      F.to Andrea Zanini                   F.to dott. Fabio Cargnelutti",
   "",
   rule,
   "                        CERTIFICATO DI PUBBLICAZIONE",
   "")
fi("Si attesta che la presente deliberazione viene affissa all'Albo pretorio on line il 13/01/2028 "
   "per quindici giorni consecutivi, ai sensi dell'art. 1, comma 15, della L.R. 11 dicembre 2003, n. 21.")
nf("",
   "  Osoppo, li' 13/01/2028                   L'impiegato responsabile",
   "                                           F.to Katia Londero")

open(OUT, "w", encoding="utf-8").write("\n".join(L) + "\n")
