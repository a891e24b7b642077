#!/usr/bin/env python3
"""Comune di Balvano - decreto del Sindaco as the old text module of the
package prints it: an 80-column Latin-1 report, set in Courier by enscript
with a running head carrying the number (build.sh runs enscript and ps2pdf)."""
import sys, textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "decreto-balvano.txt"
W = 80
L = []


def c(s=""):
    L.append(s.center(W).rstrip())


def para(s, first="", indent=""):
    L.extend(textwrap.wrap(s, W, initial_indent=first, subsequent_indent=indent,
                           break_long_words=False, break_on_hyphens=False))


L.append("=" * W)
c("COMUNE DI BALVANO")
c("PROVINCIA DI POTENZA")
c("Piazza Municipio, 1 - 85050 Balvano (PZ) - Tel. 0971 992010")
L.append("=" * W)
L.append("")
c("DECRETO DEL SINDACO N. 6 DEL 07/08/2028")
L.append("")
para("ATTRIBUZIONE TEMPORANEA DELLE FUNZIONI DI RESPONSABILE DELL'AREA TECNICA AL SEGRETARIO COMUNALE "
     "PER IL PERIODO DAL 14/08/2028 AL 01/09/2028.", first="OGGETTO: ", indent=" " * 9)
L.append("-" * W)
L.append("")
c("IL SINDACO")
L.append("")
for s in [
    "PREMESSO che con proprio decreto n. 2 del 03/01/2028 l'Ing. Donato Pace è stato nominato "
    "Responsabile dell'Area Tecnica, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. "
    "n. 267/2000, per l'anno 2028;",
    "VISTA la nota prot. n. 3340 del 03/08/2028, con la quale l'Ing. Pace ha comunicato la propria "
    "assenza dal servizio per ferie nel periodo dal 14/08/2028 al 01/09/2028;",
    "CONSIDERATO che nell'Ente non sono presenti altri dipendenti dell'Area dei Funzionari e dell'Elevata "
    "Qualificazione in servizio presso l'Area Tecnica e che occorre assicurare la continuità "
    "dell'azione amministrativa, in particolare per le procedure di liquidazione e per i servizi "
    "manutentivi estivi;",
    "VISTO l'art. 97, comma 4, lett. d), del D.Lgs. n. 267/2000, che consente al Sindaco di conferire al "
    "Segretario Comunale ulteriori funzioni;",
    "VISTO il vigente Regolamento sull'ordinamento degli uffici e dei servizi;",
]:
    para(s)
    L.append("")
c("D E C R E T A")
L.append("")
pts = [
    "di attribuire, per il periodo dal 14/08/2028 al 01/09/2028, al Segretario Comunale Dott.ssa "
    "Angela Summa le funzioni di Responsabile dell'Area Tecnica, con i poteri di cui all'art. 107 del "
    "D.Lgs. n. 267/2000;",
    "di dare atto che per lo svolgimento delle funzioni attribuite non spetta alcun compenso "
    "aggiuntivo;",
    "di notificare il presente decreto agli interessati e di trasmetterlo all'Ufficio Personale e al "
    "Responsabile dell'Area Economico-Finanziaria;",
    "di disporre la pubblicazione del presente decreto all'Albo Pretorio on line e nella sezione "
    "Amministrazione trasparente del sito istituzionale.",
]
for i, s in enumerate(pts, 1):
    para(s, first="%d)  " % i, indent="    ")
    L.append("")
L.append("")
L.append("Balvano, 07/08/2028" + " " * 32 + "IL SINDACO")
L.append(" " * 47 + "F.to Sig. Giuseppe Laurino")
L.append("")
L.append("")
L.append("PER ACCETTAZIONE")
L.append("IL SEGRETARIO COMUNALE")
L.append("F.to Dott.ssa Angela Summa")
L.append("")
L.append("-" * W)
para("Il presente decreto è pubblicato all'Albo Pretorio on line dal 08/08/2028 per 15 giorni "
     "consecutivi. Reg. Pubbl. n. 409.")
L.append("-" * W)

for x in L:
    assert len(x) <= W, x
with open(OUT, "w", encoding="latin-1") as f:
    f.write("\n".join(L) + "\n")
