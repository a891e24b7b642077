#!/usr/bin/env python3
"""San Giorgio Ionico, Giunta n. 204 of 17/11/2028: the same J-Serfin
80-column report, this time spooled as plain troff (no macro package) in
Courier and printed by groff -Tps and ps2pdf.  The roll lists the present,
then the absent apart.  Usage: g204_sangiorgio_troff.py OUT.tr"""
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from jserfin import wrap, centre, spaced, paginate, WIDTH

OUT = sys.argv[1]
L = []
L += ["", centre(spaced("COMUNE DI SAN GIORGIO IONICO")), centre("PROVINCIA DI TARANTO"), "",
      centre("ORIGINALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"), "",
      "      NUMERO  204" + " " * 34 + "DATA  17/11/2028", ""]
L += wrap("APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE DI VOLONTARIATO \"MISERICORDIA DI "
          "SAN GIORGIO IONICO\" PER IL SERVIZIO DI TRASPORTO SOCIALE DI PERSONE ANZIANE E CON "
          "DISABILITA' - ANNO 2029.", indent=10, first=" OGGETTO:")
L += ["", " PROPOSTA N. 240 DEL 14/11/2028", " SETTORE PROPONENTE: AFFARI GENERALI E SERVIZI ALLA PERSONA",
      "=" * WIDTH, ""]
L += wrap("L'ANNO DUEMILAVENTOTTO, IL GIORNO DICIASSETTE DEL MESE DI NOVEMBRE ALLE ORE 12:00, "
          "NELLA SALA DELLE ADUNANZE DEL PALAZZO MUNICIPALE, SI E' RIUNITA LA GIUNTA COMUNALE, "
          "CONVOCATA NELLE FORME DI LEGGE.", indent=1)
L += ["", " COMPONENTI PRESENTI:"]
for n, r in [("QUARANTA VITO NICOLA", "SINDACO"), ("PIGNATELLI COSIMO", "ASSESSORE"),
             ("LENTI MARIA GRAZIA", "ASSESSORE"), ("CARAMIA GIUSEPPE", "ASSESSORE"),
             ("SEMERARO ILARIA", "ASSESSORE")]:
    L.append(f"      {n:<32}{r}")
L += ["", " COMPONENTI ASSENTI:"]
L.append(f"      {'D' + chr(39) + 'ALO' + chr(39) + ' ANNAMARIA':<32}VICE SINDACO")
L += ["", " PRESENTI N.  5" + " " * 27 + "ASSENTI N.  1", ""]
L += wrap("ASSUME LA PRESIDENZA IL SINDACO AVV. VITO NICOLA QUARANTA, CHE, RICONOSCIUTA LA "
          "VALIDITA' DELL'ADUNANZA, DICHIARA APERTA LA SEDUTA.", indent=1)
L += wrap("PARTECIPA IL SEGRETARIO COMUNALE DOTT.SSA LUCIA TAGLIENTE, INCARICATO DELLA REDAZIONE "
          "DEL VERBALE.", indent=1)
L += ["", centre("LA GIUNTA COMUNALE"), ""]
for t in [
    "Premesso che il Comune garantisce il trasporto sociale delle persone anziane, delle persone con "
    "disabilita' e dei soggetti in condizione di fragilita' verso i presidi sanitari, i centri di "
    "riabilitazione e i centri diurni del territorio;",
    "Visto l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore), che consente alle "
    "amministrazioni pubbliche di sottoscrivere con le organizzazioni di volontariato convenzioni "
    "finalizzate allo svolgimento in favore di terzi di attivita' o servizi sociali di interesse "
    "generale, con il solo rimborso delle spese effettivamente sostenute e documentate;",
    "Vista la disponibilita' manifestata dall'associazione \"Misericordia di San Giorgio Ionico\", "
    "iscritta al Registro unico nazionale del Terzo settore, con nota prot. n. 21904 del 03/11/2028;",
    "Visto lo schema di convenzione predisposto dal Settore Affari Generali e Servizi alla Persona, "
    "che prevede un rimborso massimo annuo di euro 18.000,00;",
    "Acquisiti i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi "
    "dell'art. 49 del D.Lgs. n. 267/2000;",
]:
    L += wrap(t, indent=1) + [""]
L += [" CON VOTI FAVOREVOLI N. 5 SU N. 5 PRESENTI, ESPRESSI IN FORMA PALESE", "",
      centre("D E L I B E R A"), ""]
for i, t in enumerate([
    "di approvare lo schema di convenzione con l'associazione di volontariato \"Misericordia di San "
    "Giorgio Ionico\" per il servizio di trasporto sociale per l'anno 2029, allegato al presente atto;",
    "di autorizzare il Responsabile del Settore Affari Generali e Servizi alla Persona alla "
    "sottoscrizione della convenzione e all'assunzione del relativo impegno di spesa, nel limite di "
    "euro 18.000,00;",
    "di dare atto che la spesa trova copertura alla missione 12, programma 3, del bilancio di "
    "previsione 2028-2030, annualita' 2029.",
], 1):
    L += wrap(t, indent=5, first=f" {i})") + [""]
L += wrap("CON SUCCESSIVA VOTAZIONE UNANIME LA PRESENTE DELIBERAZIONE VIENE DICHIARATA "
          "IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. N. 267/2000.", indent=1)
L += ["", " LETTO, APPROVATO E SOTTOSCRITTO", "",
      "          IL SINDACO                               IL SEGRETARIO COMUNALE",
      "  F.TO AVV. VITO NICOLA QUARANTA                F.TO DOTT.SSA LUCIA TAGLIENTE", "",
      "=" * WIDTH, centre("CERTIFICATO DI PUBBLICAZIONE"), ""]
L += wrap("SI CERTIFICA CHE COPIA DELLA PRESENTE DELIBERAZIONE VIENE PUBBLICATA ALL'ALBO PRETORIO "
          "ON LINE PER 15 GIORNI CONSECUTIVI DAL 20/11/2028 (N. 2344 DEL REGISTRO PUBBLICAZIONI).",
          indent=1)
L += ["", " SAN GIORGIO IONICO, 20/11/2028" + " " * 13 + "IL SEGRETARIO COMUNALE",
      " " * 44 + "F.TO DOTT.SSA LUCIA TAGLIENTE"]

head = lambda i, n: f"COMUNE DI SAN GIORGIO IONICO (TA)  DELIB. G.C. N. 204 DEL 17/11/2028  PAG. {i}/{n}"
pages = paginate(L, head, per_page=62, foot="J-SERFIN ATTI - STAMPA DEL 20/11/2028 ORE 08.47 - UTENTE SEGR01")


def tr(line):
    s = line.replace("\\", "\\e").replace("'", "\\(aq").replace('"', '\\(dq')
    return "\\&" + s if s else ""


out = [".\\\" J-Serfin spool, plain troff", ".pl 29.7c", ".po 2.2c", ".ll 18c", ".ft CR", ".ps 10",
       ".vs 12p", ".nf", ".hy 0"]
for k, p in enumerate(pages):
    if k:
        out.append(".bp")
    out.append(".sp |1.4c")
    for l in p:
        assert len(l) <= WIDTH, l
        out.append(tr(l) if l else ".sp 1")
open(OUT, "w", encoding="latin-1").write("\n".join(out) + "\n")
