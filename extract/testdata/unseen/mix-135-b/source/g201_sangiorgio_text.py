#!/usr/bin/env python3
"""San Giorgio Ionico, Giunta n. 201 of 10/11/2028: the J-Serfin 80-column
report as a Latin-1 text with form feeds, to be printed by enscript
(Courier 10) and ps2pdf.  Usage: g201_sangiorgio_text.py OUT.txt"""
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from jserfin import wrap, centre, spaced, paginate, roll_across, WIDTH

OUT = sys.argv[1]
L = []
L += ["", centre(spaced("COMUNE DI SAN GIORGIO IONICO")), centre("PROVINCIA DI TARANTO"), "",
      centre("ORIGINALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"), "",
      "      NUMERO  201" + " " * 34 + "DATA  10/11/2028", ""]
L += wrap("AFFIDAMENTO IN CONCESSIONE DEL SERVIZIO DI REFEZIONE SCOLASTICA PER LE SCUOLE "
          "DELL'INFANZIA E PRIMARIA - ANNI SCOLASTICI 2029/2030 - 2031/2032. ATTO DI INDIRIZZO.",
          indent=10, first=" OGGETTO:")
L += ["", " PROPOSTA N. 233 DEL 07/11/2028", " SETTORE PROPONENTE: AFFARI GENERALI E SERVIZI ALLA PERSONA",
      "=" * WIDTH, ""]
L += wrap("L'ANNO DUEMILAVENTOTTO, IL GIORNO DIECI DEL MESE DI NOVEMBRE ALLE ORE 13:30, NELLA "
          "SALA DELLE ADUNANZE DEL PALAZZO MUNICIPALE, SI E' RIUNITA LA GIUNTA COMUNALE, "
          "CONVOCATA NELLE FORME DI LEGGE. ALL'APPELLO RISULTANO:", indent=1)
L += [""]
L += roll_across([("QUARANTA Vito Nicola", "SINDACO", "SI"), ("D'ALO' Annamaria", "VICE SINDACO", "SI"),
                  ("PIGNATELLI Cosimo", "ASSESSORE", "NO"), ("LENTI Maria Grazia", "ASSESSORE", "SI"),
                  ("CARAMIA Giuseppe", "ASSESSORE", "SI"), ("SEMERARO Ilaria", "ASSESSORE", "SI")])
L += [" " + "-" * 78, " PRESENTI N.  5" + " " * 27 + "ASSENTI N.  1", ""]
L += wrap("PRESIEDE IL SINDACO AVV. VITO NICOLA QUARANTA, CHE, RICONOSCIUTA LA VALIDITA' "
          "DELL'ADUNANZA, DICHIARA APERTA LA SEDUTA.", indent=1)
L += wrap("PARTECIPA IL SEGRETARIO COMUNALE DOTT.SSA LUCIA TAGLIENTE, INCARICATO DELLA REDAZIONE "
          "DEL VERBALE.", indent=1)
L += ["", centre("LA GIUNTA COMUNALE"), ""]
for t in [
    "Premesso che il servizio di refezione scolastica per le scuole dell'infanzia e primaria "
    "statali presenti sul territorio comunale e' attualmente gestito in concessione, con contratto "
    "in scadenza il 30/06/2029;",
    "Considerato che il servizio riveste carattere essenziale per garantire il tempo pieno e "
    "prolungato e che e' necessario avviare per tempo la nuova procedura di affidamento, da "
    "espletarsi per il tramite della Centrale Unica di Committenza;",
    "Ritenuto di fornire al Responsabile del Settore Affari Generali e Servizi alla Persona i "
    "seguenti indirizzi: durata triennale con facolta' di rinnovo per un ulteriore anno; criterio "
    "dell'offerta economicamente piu' vantaggiosa; utilizzo di prodotti biologici, a chilometro "
    "zero e di filiera corta in misura non inferiore al 40%; costo del pasto a carico delle "
    "famiglie articolato per fasce ISEE;",
    "Visti il D.Lgs. n. 267/2000 e il D.Lgs. n. 36/2023;",
    "Acquisiti i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi "
    "dell'art. 49 del D.Lgs. n. 267/2000;",
]:
    L += wrap(t, indent=1) + [""]
L += [" CON VOTI UNANIMI FAVOREVOLI ESPRESSI NEI MODI DI LEGGE", "", centre("D E L I B E R A"), ""]
for i, t in enumerate([
    "di approvare gli indirizzi per l'affidamento in concessione del servizio di refezione "
    "scolastica per gli anni scolastici 2029/2030 - 2031/2032, come indicati in premessa;",
    "di demandare al Responsabile del Settore Affari Generali e Servizi alla Persona la "
    "predisposizione degli atti di gara e la trasmissione degli stessi alla Centrale Unica di "
    "Committenza;",
    "di dare atto che la spesa a carico del Comune trovera' copertura negli stanziamenti del "
    "bilancio 2029-2031 e dei successivi;",
    "di comunicare il presente atto ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. "
    "n. 267/2000.",
], 1):
    L += wrap(t, indent=5, first=f" {i})") + [""]
L += wrap("CON SUCCESSIVA VOTAZIONE UNANIME LA PRESENTE DELIBERAZIONE VIENE DICHIARATA "
          "IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. N. 267/2000.", indent=1)
L += ["", " LETTO, APPROVATO E SOTTOSCRITTO", "",
      "          IL SINDACO                               IL SEGRETARIO COMUNALE",
      "  F.TO AVV. VITO NICOLA QUARANTA                F.TO DOTT.SSA LUCIA TAGLIENTE", "",
      "=" * WIDTH, centre("CERTIFICATO DI PUBBLICAZIONE"), ""]
L += wrap("SI CERTIFICA CHE COPIA DELLA PRESENTE DELIBERAZIONE VIENE PUBBLICATA ALL'ALBO PRETORIO "
          "ON LINE PER 15 GIORNI CONSECUTIVI DAL 13/11/2028 (N. 2291 DEL REGISTRO PUBBLICAZIONI).",
          indent=1)
L += ["", " SAN GIORGIO IONICO, 13/11/2028" + " " * 13 + "IL SEGRETARIO COMUNALE",
      " " * 44 + "F.TO DOTT.SSA LUCIA TAGLIENTE"]

head = lambda i, n: f"COMUNE DI SAN GIORGIO IONICO (TA)  DELIB. G.C. N. 201 DEL 10/11/2028  PAG. {i}/{n}"
pages = paginate(L, head, per_page=66, foot="J-SERFIN ATTI - STAMPA DEL 13/11/2028 ORE 09.12 - UTENTE SEGR01")
for p in pages:
    for l in p:
        assert len(l) <= WIDTH, (len(l), l)
with open(OUT, "w", encoding="latin-1") as f:
    f.write("\f".join("\n".join(p) + "\n" for p in pages))
