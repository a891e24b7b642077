#!/usr/bin/env python3
"""Macchia d'Isernia (IS), "Halley"-like 80-column report: a decreto of
the Sindaco. Printed with GNU a2ps (one virtual page per sheet, no
borders, a sheet footer with the number and page), then ps2pdf."""
import os
import subprocess
import sys
import tempfile
from halley80 import centre, rule, para, header, subject, two

OUT = sys.argv[1] if len(sys.argv) > 1 else "decreto-macchiadisernia-halley.pdf"

L = []
L += header([two("COPIA", ""),
             centre("DECRETO DEL SINDACO"),
             centre("N. 6 del 05-06-2028")])
L += subject("NOMINA DEL RESPONSABILE DELL'AREA TECNICA E ATTRIBUZIONE DELLE FUNZIONI DI CUI "
             "ALL'ART. 107 DEL D.LGS. N. 267/2000 - PERIODO 05-06-2028 / 31-12-2028.")
L.append("")
L.append(centre("IL SINDACO"))
L.append("")
for t in [
    "PREMESSO che con proprio decreto n. 1 del 02-01-2028 le funzioni di Responsabile dell'Area Tecnica "
    "erano state attribuite al geom. Vincenzo Mottola, collocato a riposo a far data dal 01-06-2028;",
    "DATO ATTO che con determinazione del Responsabile dell'Area Amministrativa n. 129 del 29-05-2028 "
    "e' stato assunto a tempo pieno e indeterminato, mediante scorrimento della graduatoria del Comune "
    "di Isernia, l'ing. Nicola Mancini, nel profilo di Funzionario tecnico dell'Area dei Funzionari e "
    "dell'Elevata Qualificazione, con decorrenza 05-06-2028;",
    "VISTI gli artt. 50, comma 10, 107 e 109 del D.Lgs. 18.08.2000, n. 267, nonche' il vigente "
    "Regolamento sull'ordinamento degli uffici e dei servizi, approvato con deliberazione della "
    "Giunta Comunale n. 44 del 14-09-2019;",
    "VISTO il C.C.N.L. del personale del comparto Funzioni Locali del 16-11-2022, e in particolare "
    "gli articoli 16 e 17 relativi agli incarichi di Elevata Qualificazione;",
    "RITENUTO che l'ing. Nicola Mancini possieda i requisiti culturali e professionali necessari "
    "per lo svolgimento dell'incarico;",
]:
    L += para(t)
    L.append("")
L.append(centre("D E C R E T A"))
L.append("")
for i, t in enumerate([
    "di nominare l'ing. Nicola Mancini Responsabile dell'Area Tecnica del Comune di Macchia d'Isernia, "
    "con attribuzione delle funzioni di cui all'art. 107, commi 2 e 3, del D.Lgs. n. 267/2000, per il "
    "periodo dal 05-06-2028 al 31-12-2028 e comunque fino alla nomina del successore;",
    "di conferire al medesimo l'incarico di Elevata Qualificazione, con retribuzione di posizione "
    "annua lorda di Euro 9.500,00 per tredici mensilita', rapportata alla durata dell'incarico, "
    "oltre alla retribuzione di risultato nella misura stabilita dal sistema di valutazione vigente;",
    "di stabilire che, in caso di assenza o impedimento del Responsabile, le relative funzioni siano "
    "svolte dal Segretario Comunale;",
    "di disporre che il presente decreto sia notificato all'interessato, trasmesso al Segretario "
    "Comunale e al Responsabile dell'Area Finanziaria, pubblicato all'Albo Pretorio on line e nella "
    "sezione \"Amministrazione Trasparente\" del sito istituzionale.",
], 1):
    L += para(t, indent=4, hang="%d)" % i)
    L.append("")
L.append("Macchia d'Isernia, 05-06-2028")
L.append("")
L.append(two("", "               IL SINDACO"))
L.append(two("", "          F.to Antonio Caranci"))
L.append("")
L.append(rule("-"))
L.append("Per accettazione:")
L.append("L'incaricato F.to ing. Nicola Mancini                   data 05-06-2028")
L.append(rule("-"))
L.append(centre("RELATA DI PUBBLICAZIONE"))
L += para("Si attesta che il presente decreto e' pubblicato all'Albo Pretorio on line dal 06-06-2028 "
          "per 15 giorni consecutivi (Reg. Pubbl. n. 287).")
L.append(two("Macchia d'Isernia, 06-06-2028", "IL MESSO COMUNALE"))
L.append(two("", "F.to Carmine Di Nucci"))
L.append(rule("-"))

assert all(len(x) <= 80 for x in L), [x for x in L if len(x) > 80]
with tempfile.TemporaryDirectory() as d:
    txt = os.path.join(d, "decreto6.txt")
    ps = os.path.join(d, "decreto6.ps")
    open(txt, "w", encoding="latin-1").write("\n".join(L) + "\n")
    subprocess.run(["a2ps", "-q", "--medium=A4", "-1", "-R", "--borders=no", "-l", "82",
                    "--highlight-level=none", "--pretty-print=plain", "-X", "latin1",
                    "--center-title=", "--left-title=", "--right-title=", "--header=",
                    "--underlay=", "--footer=",
                    "--left-footer=Decreto del Sindaco n. 6 del 05-06-2028",
                    "--right-footer=Pagina $p. di $p>",
                    "-o", ps, txt], check=True)
    subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", ps, OUT], check=True)
