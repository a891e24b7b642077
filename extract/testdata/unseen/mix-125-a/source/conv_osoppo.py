#!/usr/bin/env python3
"""Osoppo, notice convening the Consiglio comunale (prot. 312 of 14/01/2028), in
the ADWeb house style as an 80-column text; build.sh prints it with a2ps (one
page per sheet, portrait, 80 characters a line, a2ps's title bar as the running
head) and ps2pdf."""
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "convocazione-osoppo-adweb.txt"
W = 80
L = []


def para(text, indent="", first=""):
    L.extend(textwrap.wrap(text, W - 2, initial_indent=first, subsequent_indent=indent, break_on_hyphens=False))
    L.append("")


L += ["                               COMUNE DI OSOPPO",
      "                    Regione Autonoma Friuli Venezia Giulia",
      "=" * W,
      "  Prot. n. 312                                          Osoppo, 14/01/2028",
      "",
      "                                        Ai Consiglieri comunali",
      "                                        Al Revisore dei conti",
      "                                        Al Segretario comunale",
      "                                        e p.c. Alla Stazione Carabinieri",
      "                                        LORO SEDI",
      "",
      "  OGGETTO: Convocazione del Consiglio comunale in sessione ordinaria.",
      "-" * W,
      ""]
para("Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, e dell'art. 8 del Regolamento per il "
     "funzionamento del Consiglio comunale, la S.V. e' invitata a partecipare alla seduta del Consiglio "
     "comunale convocata in sessione ordinaria, in prima convocazione, per il giorno")
L += ["                     GIOVEDI' 20 GENNAIO 2028 - ALLE ORE 20:00",
      "", ]
para("presso la Sala consiliare del Municipio, ed eventualmente in seconda convocazione per il giorno "
     "venerdi' 21 gennaio 2028 alla stessa ora, per la trattazione del seguente")
L += ["                              ORDINE DEL GIORNO", ""]
items = [
    "Comunicazioni del Sindaco.",
    "Lettura e approvazione dei verbali della seduta del 22/12/2027.",
    "Regolamento comunale per la disciplina del canone unico patrimoniale. Modifiche all'art. 14.",
    "Variazione al bilancio di previsione 2028-2030 di competenza del Consiglio comunale (art. 175, "
    "comma 2, D.Lgs. 267/2000).",
    "Convenzione con i Comuni di Buja e Majano per la gestione associata del servizio di polizia "
    "locale. Approvazione.",
    "Interrogazione presentata dal gruppo consiliare \"Osoppo Insieme\" in merito all'illuminazione "
    "pubblica di via Pontebbana.",
]
for i, t in enumerate(items, 1):
    para(t, indent="      ", first="  %2d. " % i)
para("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso la "
     "Segreteria comunale e sono consultabili dai Consiglieri negli orari d'ufficio, a partire da tre "
     "giorni prima della seduta.")
para("La seduta e' pubblica ed e' trasmessa in diretta sul canale istituzionale dell'Ente.")
L += ["",
      "                                             IL SINDACO",
      "                                          Andrea Zanini",
      "                             (documento firmato digitalmente ai sensi",
      "                              del D.Lgs. n. 82/2005 e s.m.i.)"]
assert all(len(x) <= W for x in L)
open(OUT, "w", encoding="latin-1").write("\n".join(L) + "\n")
