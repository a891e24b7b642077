#!/usr/bin/env python3
"""Comune di Montefalcione, G.C. n. 11 del 23-01-2029 - Halley text-mode print (80 columns).
Writes a Latin-1 text with form feeds and Halley's running foot on every page; build.sh
passes it to enscript (Courier 10) and ps2pdf."""
import sys
import textwrap

W = 78
PAGE = 60  # body lines per page before the foot

out = sys.argv[1]


def centre(s):
    return s.center(W).rstrip()


def wrap(s, indent=0, hang=None):
    if hang:
        first = " " * indent + hang
        rest = " " * (indent + len(hang))
        return textwrap.wrap(s, W, initial_indent=first, subsequent_indent=rest)
    return textwrap.wrap(s, W, initial_indent=" " * indent, subsequent_indent=" " * indent)


L = []
L += [centre("COMUNE DI MONTEFALCIONE"), centre("PROVINCIA DI AVELLINO"), ""]
L += [centre("=" * 38), centre("DELIBERAZIONE DELLA GIUNTA COMUNALE"), centre("=" * 38), ""]
L += [centre("N.  11    DEL  23-01-2029"), "", centre("ORIGINALE"), ""]
L += wrap("APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ORGANIZZAZIONE DI VOLONTARIATO DI PROTEZIONE CIVILE "
          "PER IL SUPPORTO NELLE ATTIVITA' DI EMERGENZA - ANNO 2029", hang="OGGETTO: ")
L += ["-" * W]
L += wrap("L'anno duemilaventinove il giorno ventitre del mese di gennaio alle ore 13:00, nella sala delle "
          "adunanze della Casa Comunale, si e' riunita la Giunta Comunale convocata nelle forme di legge.")
L += [""]
L += ["Dei Signori componenti della Giunta Comunale:", ""]
roll = [("PETRILLO GERARDO", "SINDACO", "Presente"),
        ("IANNACCONE ROSARIA", "VICESINDACO", "Assente"),
        ("DE FEO CARMINE", "ASSESSORE", "Presente"),
        ("MELILLO ANTONIETTA", "ASSESSORE", "Presente"),
        ("CAPONE NICOLA", "ASSESSORE", "Presente")]
for n, c, p in roll:
    L.append("     %-26s%-19s%s" % (n, c, p))
L += ["", "     ne risultano presenti n.  4 e assenti n.  1.", ""]
L += wrap("Presiede l'adunanza l'Avv. Gerardo Petrillo in qualita' di Sindaco. Partecipa il Segretario "
          "Comunale Dott. Raffaele Masucci, incaricato della redazione del verbale.")
L += wrap("Il Presidente, accertato il numero legale, dichiara aperta la seduta ed invita i presenti alla "
          "trattazione dell'argomento in oggetto.")
L += ["", centre("LA GIUNTA COMUNALE"), ""]
prem = [
    "PREMESSO che il Comune, ai sensi del D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile), "
    "assicura lo svolgimento delle attivita' di protezione civile anche avvalendosi delle organizzazioni di "
    "volontariato iscritte nell'elenco territoriale della Regione Campania;",
    "CONSIDERATO che sul territorio comunale opera un'organizzazione di volontariato di protezione civile, "
    "iscritta nell'elenco regionale, che ha manifestato la disponibilita' a supportare il Comune nelle attivita' "
    "di presidio del territorio, di assistenza alla popolazione e di sgombero neve;",
    "VISTO lo schema di convenzione predisposto dal Responsabile dell'Area Tecnica, composto da 12 articoli, "
    "che prevede un rimborso forfettario delle spese pari a euro 4.000,00 annui;",
    "VISTI i pareri favorevoli di regolarita' tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. "
    "n. 267/2000;",
    "CON VOTI unanimi favorevoli, espressi nei modi di legge;",
]
for s in prem:
    L += wrap(s)
    L += [""]
L += [centre("D E L I B E R A"), ""]
pts = [
    "di approvare lo schema di convenzione con l'organizzazione di volontariato di protezione civile per il "
    "supporto nelle attivita' di emergenza per l'anno 2029, allegato al presente atto;",
    "di autorizzare il Responsabile dell'Area Tecnica alla sottoscrizione della convenzione e all'adozione "
    "dell'impegno di spesa di euro 4.000,00;",
    "di trasmettere copia della presente al Responsabile dell'Area Economico-Finanziaria.",
]
for i, s in enumerate(pts, 1):
    L += wrap(s, indent=2, hang="%d) " % i)
    L += [""]
L += ["", "Il presente verbale viene letto, approvato e sottoscritto.", ""]
L += ["        IL PRESIDENTE                          IL SEGRETARIO COMUNALE",
      "   F.to Avv. Gerardo Petrillo                F.to Dott. Raffaele Masucci", ""]
L += ["-" * W]
L += [centre("ATTESTATO DI PUBBLICAZIONE")]
L += wrap("Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on line per "
          "quindici giorni consecutivi. Montefalcione, 25-01-2029. Il Segretario Comunale F.to Dott. Raffaele "
          "Masucci")
L += [""]
L += [centre("ESECUTIVITA'")]
L += wrap("La presente deliberazione diverra' esecutiva decorsi dieci giorni dalla data di inizio della "
          "pubblicazione (art. 134, comma 3, del D.Lgs. n. 267/2000).")

pages = [L[i:i + PAGE] for i in range(0, len(L), PAGE)]
with open(out, "w", encoding="latin-1") as f:
    for n, pg in enumerate(pages, 1):
        pg = pg + [""] * (PAGE - len(pg))
        f.write("\n".join(pg) + "\n\n")
        f.write(centre("DELIBERA DI GIUNTA n. 11 del 23-01-2029  -  pag. %d  -  COMUNE DI MONTEFALCIONE" % n) + "\n")
        if n < len(pages):
            f.write("\f")
