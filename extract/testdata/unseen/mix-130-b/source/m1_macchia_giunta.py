#!/usr/bin/env python3
"""Macchia d'Isernia (IS), "Halley"-like 80-column Courier report:
Giunta deliberation. Writes the text and prints it with GNU enscript
(running head with the number and 'Pag. n di N'), then ps2pdf."""
import os
import subprocess
import sys
import tempfile
from halley80 import centre, rule, para, header, subject, two

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-macchiadisernia-halley.pdf"

L = []
L += header([two("COPIA", ""),
             centre("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"),
             centre("N. 37 del 09-06-2028")])
L += subject("CONCESSIONE CONTRIBUTO ECONOMICO ALLA PRO LOCO \"MACCHIA D'ISERNIA\" PER "
             "L'ORGANIZZAZIONE DEI FESTEGGIAMENTI IN ONORE DI SANT'ANTONIO DI PADOVA - ANNO 2028.")
L.append("")
L += para("L'anno duemilaventotto il giorno nove del mese di giugno alle ore 13:15 nella sala delle "
          "adunanze della Sede Comunale, convocata nei modi di legge, si e' riunita la Giunta Comunale "
          "con l'intervento dei Signori:", first="     ")
L.append("")
L.append("                                                     Presente   Assente")
L.append("   CARANCI ANTONIO               SINDACO                X")
L.append("   PETRECCA LUCIA                VICE SINDACO           X")
L.append("   IANNACONE MICHELE             ASSESSORE              X")
L.append("                                                   ----------------------")
L.append("                                                   Presenti 3  Assenti 0")
L.append("")
L += para("Partecipa il Segretario Comunale dott. Pasquale Di Lallo, il quale provvede alla redazione del "
          "presente verbale.", first="     ")
L += para("Essendo legale il numero degli intervenuti, il Sig. Antonio Caranci, nella sua qualita' di "
          "Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto "
          "sopra indicato.", first="     ")
L.append("")
L.append(centre("LA GIUNTA COMUNALE"))
L.append("")
for t in [
    "PREMESSO che la Pro Loco \"Macchia d'Isernia\", associazione senza scopo di lucro iscritta all'Albo "
    "regionale delle Pro Loco del Molise, organizza ogni anno i tradizionali festeggiamenti in onore di "
    "Sant'Antonio di Padova, comprendenti manifestazioni religiose, civili e culturali che richiamano un "
    "consistente afflusso di visitatori;",
    "VISTA la richiesta di contributo presentata dal Presidente della Pro Loco, acquisita al protocollo "
    "comunale n. 1732 del 22-05-2028, corredata del programma delle manifestazioni e del preventivo di "
    "spesa di Euro 9.800,00;",
    "VISTO il Regolamento comunale per la concessione di sovvenzioni, contributi e vantaggi economici, "
    "approvato con deliberazione del Consiglio Comunale n. 18 del 30-07-2012, e in particolare l'art. 6;",
    "RITENUTO di sostenere l'iniziativa, che contribuisce alla valorizzazione delle tradizioni locali e "
    "alla promozione turistica del territorio, mediante la concessione di un contributo di Euro 2.500,00;",
    "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 18.08.2000, n. 267, riportati in calce;",
    "Con voti unanimi favorevoli espressi nelle forme di legge;",
]:
    L += para(t)
    L.append("")
L.append(centre("D E L I B E R A"))
L.append("")
for i, t in enumerate([
    "di concedere alla Pro Loco \"Macchia d'Isernia\", C.F. 90012470946, un contributo economico di Euro "
    "2.500,00 per l'organizzazione dei festeggiamenti in onore di Sant'Antonio di Padova - anno 2028;",
    "di imputare la spesa alla Missione 07, Programma 01, Capitolo 1841 \"Contributi per manifestazioni "
    "turistiche\" del bilancio di previsione 2028/2030, esercizio 2028;",
    "di demandare al Responsabile dell'Area Amministrativa l'adozione degli atti conseguenti, ivi compresa "
    "la liquidazione del contributo a presentazione del rendiconto delle spese sostenute.",
], 1):
    L += para(t, indent=4, hang="%d)" % i)
    L.append("")
L += para("Successivamente, con separata votazione unanime, LA GIUNTA COMUNALE DELIBERA di dichiarare la "
          "presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. "
          "n. 267/2000.")
L.append("")
L.append(rule("-"))
L.append("PARERE DI REGOLARITA' TECNICA (art. 49 D.Lgs. 267/2000): FAVOREVOLE")
L.append(two("Data 08-06-2028", "Il Responsabile dell'Area Amministrativa"))
L.append(two("", "F.to dott.ssa Graziella Scarabeo"))
L.append("")
L.append("PARERE DI REGOLARITA' CONTABILE (art. 49 D.Lgs. 267/2000): FAVOREVOLE")
L.append(two("Data 08-06-2028", "Il Responsabile dell'Area Finanziaria"))
L.append(two("", "F.to rag. Emilio Paolone"))
L.append(rule("-"))
L.append("Letto, approvato e sottoscritto.")
L.append("")
L.append("        IL PRESIDENTE                         IL SEGRETARIO COMUNALE")
L.append("    F.to Antonio Caranci                   F.to dott. Pasquale Di Lallo")
L.append("")
L.append(rule("-"))
L.append(centre("CERTIFICATO DI PUBBLICAZIONE"))
L += para("Il sottoscritto Segretario Comunale attesta che copia della presente deliberazione viene "
          "pubblicata all'Albo Pretorio on line di questo Comune dal 12-06-2028 per 15 giorni consecutivi "
          "(Reg. Pubbl. n. 298) e contestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. "
          "125 del D.Lgs. n. 267/2000.")
L.append(two("Macchia d'Isernia, 12-06-2028", "IL SEGRETARIO COMUNALE"))
L.append(two("", "F.to dott. Pasquale Di Lallo"))
L.append(rule("-"))
L.append(centre("ESECUTIVITA'"))
L += para("La presente deliberazione e' divenuta esecutiva il 09-06-2028 perche' dichiarata immediatamente "
          "eseguibile (art. 134, comma 4, del D.Lgs. n. 267/2000).")
L.append(rule("-"))
L.append("E' copia conforme all'originale, in carta libera per uso amministrativo.")

assert all(len(x) <= 80 for x in L), [x for x in L if len(x) > 80]
with tempfile.TemporaryDirectory() as d:
    txt = os.path.join(d, "delib.txt")
    ps = os.path.join(d, "delib.ps")
    open(txt, "w", encoding="latin-1").write("\n".join(L) + "\n")
    subprocess.run(["enscript", "-q", "-M", "A4", "-f", "Courier10", "-F", "Courier8",
                    "--margins=56:40:30:40", "-L", "62", "-X", "latin1",
                    "-b", "Comune di Macchia d'Isernia - Delib. G.C. n. 37 del 09-06-2028||Pag. $% di $=",
                    "-t", "Delibera G.C. 37/2028", "-o", ps, txt], check=True)
    subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", ps, OUT], check=True)
