#!/usr/bin/env python3
"""Osoppo, determinazione of the Area Economico-Finanziaria (Reg. Gen. n. 7,
Area n. 2, both of 13/01/2028), in the ADWeb house style as an 80-column text
report. This script writes the Latin-1 text; build.sh prints it with
  enscript -X latin1 -f Courier10 -b '...|...|Pag. $% di $=' ... | ps2pdf
so that enscript's own header carries the act's number on every page."""
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-osoppo-adweb.txt"
W = 80
lines = []


def add(*ss):
    lines.extend(ss)


def para(text, indent="", first=""):
    w = textwrap.wrap(text, W - 2, initial_indent=first, subsequent_indent=indent, break_on_hyphens=False)
    lines.extend(w)
    lines.append("")


rule = "=" * W
thin = "-" * W
add("                               COMUNE DI OSOPPO",
    "                    Regione Autonoma Friuli Venezia Giulia",
    rule,
    "  AREA ECONOMICO-FINANZIARIA",
    "  Servizio Tributi",
    thin,
    "  DETERMINAZIONE N. 7 DEL 13/01/2028                  (Registro Generale)",
    "  Determinazione dell'Area n. 2 del 13/01/2028",
    "  Proposta n. 11 del 11/01/2028",
    thin,
    "  OGGETTO: AFFIDAMENTO DEL SERVIZIO DI STAMPA, IMBUSTAMENTO E RECAPITO DEGLI",
    "           AVVISI DI PAGAMENTO TARI E IMU ANNO 2028 - CIG B6A90F3E15 -",
    "           IMPEGNO DI SPESA.",
    rule,
    "",
    "                   IL TITOLARE DI POSIZIONE ORGANIZZATIVA",
    "")
para("VISTO il decreto del Sindaco n. 12 del 29/12/2027, di nomina della sottoscritta a Titolare di "
     "Posizione Organizzativa dell'Area Economico-Finanziaria per l'anno 2028;")
para("RICHIAMATA la deliberazione del Consiglio comunale n. 38 del 22/12/2027, con la quale e' stato "
     "approvato il bilancio di previsione 2028-2030;")
para("PREMESSO che occorre provvedere alla stampa, all'imbustamento e al recapito ai contribuenti degli "
     "avvisi di pagamento della TARI e dei promemoria IMU per l'anno 2028, stimati in circa 1.650 plichi, "
     "e che l'Ente non dispone delle attrezzature necessarie;")
para("VERIFICATO che il servizio e' presente sul Mercato Elettronico della Pubblica Amministrazione e "
     "che, a seguito di trattativa diretta n. 4417822, la ditta Friulprint S.r.l. di Udine, P.IVA "
     "02716540308, ha offerto il prezzo di euro 0,92 a plico, oltre IVA, per complessivi euro 1.518,00 "
     "oltre IVA, ritenuto congruo;")
para("DATO ATTO che il CIG attribuito e' B6A90F3E15 e che la ditta risulta in regola con gli obblighi "
     "contributivi come da DURC on line in corso di validita';")
para("VISTI l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, e gli artt. 107 e 183 del "
     "D.Lgs. 18 agosto 2000, n. 267;")
add("                                 DETERMINA", "")
para("1. di affidare alla ditta Friulprint S.r.l. di Udine il servizio di stampa, imbustamento e recapito "
     "degli avvisi di pagamento TARI e IMU per l'anno 2028, per l'importo di euro 1.518,00 oltre IVA al 22%, "
     "per complessivi euro 1.851,96;", indent="   ")
para("2. di impegnare la spesa complessiva di euro 1.851,96 alla missione 01, programma 04, capitolo "
     "1084 \"Spese per la riscossione dei tributi\" del bilancio 2028-2030, esercizio 2028;", indent="   ")
para("3. di dare atto che la consegna degli avvisi ai contribuenti dovra' avvenire entro il 31/03/2028 e "
     "che il pagamento sara' disposto a presentazione di regolare fattura elettronica;", indent="   ")
para("4. di dare atto che il presente provvedimento diviene esecutivo con l'apposizione del visto di "
     "regolarita' contabile attestante la copertura finanziaria.", indent="   ")
add("",
    "  Osoppo, 13/01/2028",
    "                                   IL TITOLARE DI POSIZIONE ORGANIZZATIVA",
    "                                   F.to rag. Daniela Tomat",
    "",
    thin,
    "  VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA",
    "  (art. 183, comma 7, D.Lgs. 267/2000)",
    "",
    "  Impegno n.    Anno    Capitolo    Importo",
    "  --------      ----    --------    --------",
    "  112           2028    1084        1.851,96",
    "",
    "  Osoppo, 13/01/2028                IL RESPONSABILE DEL SERVIZIO FINANZIARIO",
    "                                    F.to rag. Daniela Tomat",
    thin)
assert all(len(x) <= W for x in lines), [x for x in lines if len(x) > W]
open(OUT, "w", encoding="latin-1").write("\n".join(lines) + "\n")
