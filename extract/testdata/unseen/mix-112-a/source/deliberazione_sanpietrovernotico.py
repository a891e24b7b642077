#!/usr/bin/env python3
"""Comune di San Pietro Vernotico - Giunta Comunale n. 176 del 16/12/2026.

The package's 80-column print of the minute (Courier, accents typed as
apostrophes, rules of = and -), written as plain troff: no macro package,
no fill, a page trap that sets a running head with the number and the page
from page 2 and a foot. groff -k -Tps, then ps2pdf.
usage: deliberazione_sanpietrovernotico.py OUT.tr
"""
import sys, textwrap

OUT = sys.argv[1]
L = []


def add(s=""):
    L.append(s)


def center(s):
    add(s.center(80).rstrip())


def wrap(s, indent="", first=""):
    for i, ln in enumerate(textwrap.wrap(s, 80 - len(indent), break_long_words=False)):
        add((first if i == 0 and first else indent) + ln)


center("COMUNE DI SAN PIETRO VERNOTICO")
center("(Provincia di Brindisi)")
center("Piazza Giovanni Falcone, 1 - 72027 San Pietro Vernotico (BR)")
add("=" * 80)
center("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
add()
add("  N. 176" + " " * 52 + "DEL 16/12/2026")
add("  PROPOSTA N. 203 DEL 14/12/2026   UFFICIO PROPONENTE: SETTORE AFFARI GENERALI")
add("-" * 80)
subj = ("ATTO DI INDIRIZZO PER L'ORGANIZZAZIONE DELLE MANIFESTAZIONI NATALIZIE "
        "\"NATALE SAMPIETRANO 2026\" E ASSEGNAZIONE DELLE RISORSE AL RESPONSABILE DEL "
        "SETTORE AFFARI GENERALI.")
for i, ln in enumerate(textwrap.wrap(subj, 70)):
    add(("OGGETTO: " if i == 0 else " " * 9) + ln)
add("-" * 80)
add()
wrap("L'anno DUEMILAVENTISEI il giorno SEDICI del mese di DICEMBRE alle ore 13:15 "
     "nella sala delle adunanze della Sede Comunale, convocata nei modi di legge, si "
     "e' riunita la Giunta Comunale con l'intervento dei Signori:")
add()
add("   Cognome e Nome                 Carica                 Presente   Assente")
add("   -----------------------------  ---------------------  --------   -------")
roll = [("MIGLIETTA VINCENZO", "SINDACO", True), ("CAFORIO ANNALISA", "VICE SINDACO", True),
        ("PERRONE GIUSEPPE", "ASSESSORE", True), ("DE LUCA MARIANGELA", "ASSESSORE", False),
        ("SPAGNOLO COSIMO", "ASSESSORE", True), ("TARANTINI FRANCESCA", "ASSESSORE", True)]
for n, r, p in roll:
    add("   %-30s %-22s %s" % (n, r, "    X" if p else "               X"))
add("                                                     ---------  -------")
add("                                             TOTALE      5          1")
add()
wrap("Presiede il SINDACO avv. Vincenzo MIGLIETTA. Partecipa con funzioni consultive, "
     "referenti e di assistenza il SEGRETARIO GENERALE dott.ssa Maria Rosaria PENNETTA, "
     "incaricato della redazione del verbale.")
wrap("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la "
     "riunione ed invita i convenuti a deliberare sull'oggetto sopraindicato.")
add()
center("LA GIUNTA COMUNALE")
add()
for t in [
    "PREMESSO che l'Amministrazione Comunale intende promuovere, nel periodo dal 20 dicembre "
    "2026 al 6 gennaio 2027, un programma di iniziative denominato \"Natale Sampietrano 2026\", "
    "comprendente l'allestimento delle luminarie nel centro urbano, il mercatino natalizio in "
    "Piazza del Popolo, il presepe vivente a cura delle associazioni parrocchiali e i concerti "
    "della banda cittadina;",
    "CONSIDERATO che tali iniziative rivestono rilevante interesse per la comunita' locale e per "
    "il sostegno alle attivita' commerciali ed artigianali del centro cittadino;",
    "VISTA la proposta n. 203 del 14/12/2026 del Settore Affari Generali;",
    "DATO ATTO che nel bilancio di previsione 2026/2028, esercizio 2026, al capitolo 7140 "
    "\"Manifestazioni e iniziative culturali\" risulta disponibile la somma di euro 24.000,00;",
    "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi "
    "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, riportati in calce;",
    "CON VOTI unanimi e favorevoli espressi nei modi di legge;",
]:
    wrap(t)
    add()
center("D E L I B E R A")
add()
pts = [
    "di approvare, per le motivazioni in premessa, il programma delle manifestazioni "
    "\"Natale Sampietrano 2026\" allegato alla proposta;",
    "di assegnare al Responsabile del Settore Affari Generali la somma di euro 24.000,00 "
    "disponibile al capitolo 7140 del bilancio 2026/2028, esercizio 2026, per l'attuazione "
    "del programma;",
    "di demandare al Responsabile del Settore Affari Generali l'adozione degli atti gestionali "
    "conseguenti, ivi compresi gli affidamenti dei servizi di illuminazione artistica, "
    "amplificazione e sicurezza;",
    "di dare atto che il Settore Polizia Locale provvedera' con proprie ordinanze alla "
    "disciplina della circolazione e della sosta nelle aree interessate.",
]
for i, t in enumerate(pts, 1):
    wrap(t, indent="    ", first="%d)  " % i)
    add()
wrap("Successivamente, LA GIUNTA COMUNALE, con separata votazione unanime, stante l'urgenza "
     "di dare avvio alle iniziative, DICHIARA il presente atto immediatamente eseguibile ai "
     "sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
add()
add("-" * 80)
add("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000")
add("-" * 80)
add("Parere di regolarita' tecnica: FAVOREVOLE      IL RESPONSABILE DEL SETTORE")
add("Data 14/12/2026                                F.to dott. Antonio QUARTA")
add()
add("Parere di regolarita' contabile: FAVOREVOLE    IL RESPONSABILE DEL SETTORE FINANZIARIO")
add("Data 15/12/2026                                F.to dott.ssa Rosanna PAGLIARA")
add("-" * 80)
add()
add("Letto, confermato e sottoscritto.")
add()
add("          IL SINDACO                            IL SEGRETARIO GENERALE")
add("   F.to avv. Vincenzo MIGLIETTA            F.to dott.ssa Maria Rosaria PENNETTA")
add()
add("=" * 80)
center("CERTIFICATO DI PUBBLICAZIONE")
wrap("Il sottoscritto Responsabile della pubblicazione certifica che copia della presente "
     "deliberazione viene pubblicata all'Albo Pretorio on line di questo Comune il giorno "
     "17/12/2026 e vi rimarra' per 15 giorni consecutivi. Reg. Pubbl. n. 1988.")
add("San Pietro Vernotico, 17/12/2026           IL RESPONSABILE DELLA PUBBLICAZIONE")
add("                                           F.to Cosimo DE SANTIS")
add("=" * 80)


def troff_escape(s):
    s = s.replace("\\", "\\e").replace("'", "\\(aq")
    if s.startswith(".") or s.startswith("'"):
        s = "\\&" + s
    return s


head = r""".\" 80-column print of the Giunta minute, plain troff (no macro package)
.pl 11.69i
.po 0.72i
.ll 6.9i
.lt 6.9i
.ft CR
.ps 10
.vs 12.4p
.nh
.de HD
'sp 0.45i
.if \\n%>1 \{\
.ps 8
.tl 'COMUNE DI SAN PIETRO VERNOTICO''DELIBERA G.C. N. 176 DEL 16/12/2026 - PAG. \\n%'
.ps 10
'sp 0.25i
.\}
..
.de FO
'sp 0.2i
.ps 8
.tl 'Copia conforme all\\(aqoriginale informatico''Pag. \\n%'
.ps 10
'bp
..
.wh 0 HD
.wh -0.9i FO
.nf
"""
with open(OUT, "w", encoding="utf-8") as f:
    f.write(head)
    for ln in L:
        f.write(troff_escape(ln) + "\n")
