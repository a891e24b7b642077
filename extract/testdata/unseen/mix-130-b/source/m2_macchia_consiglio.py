#!/usr/bin/env python3
"""Macchia d'Isernia (IS), "Halley"-like 80-column report: Consiglio
deliberation whose heading names no organ ("DELIBERAZIONE N. 14") and
whose body opens with "IL CONSIGLIO COMUNALE"; roll in two columns.
Plain troff (no macro package) set in Courier, page traps written by
hand, running foot with the number; groff -Tps, then ps2pdf."""
import os
import subprocess
import sys
import tempfile
from halley80 import centre, rule, para, header, subject, two

OUT = sys.argv[1] if len(sys.argv) > 1 else "consiglio-macchiadisernia-halley.pdf"

L = []
L += header([two("COPIA", ""),
             centre("DELIBERAZIONE N. 14 del 23-06-2028"),
             centre("Adunanza ordinaria di prima convocazione - seduta pubblica")])
L += subject("MODIFICA DEL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI "
             "CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE.")
L.append("")
L += para("L'anno duemilaventotto il giorno ventitre del mese di giugno alle ore 18:00 nella sala "
          "consiliare del Comune, previa l'osservanza di tutte le formalita' prescritte dalla vigente "
          "legge e dallo Statuto, vennero oggi convocati a seduta i Consiglieri Comunali. All'appello "
          "risultano:", first="     ")
L.append("")
roll_l = [(1, "CARANCI ANTONIO", "SINDACO", "P"), (2, "PETRECCA LUCIA", "CONSIGLIERE", "P"),
          (3, "IANNACONE MICHELE", "CONSIGLIERE", "P"), (4, "DI CRISTOFARO LUIGI", "CONSIGLIERE", "P"),
          (5, "SCARANO ANNA MARIA", "CONSIGLIERE", "P"), (6, "VALENTE GIUSEPPE", "CONSIGLIERE", "A")]
roll_r = [(7, "ORLANDO FRANCESCA", "CONSIGLIERE", "P"), (8, "D'ANDREA PIETRO", "CONSIGLIERE", "P"),
          (9, "COLALILLO ERMINIO", "CONSIGLIERE", "P"), (10, "TAMBURRI ROBERTO", "CONSIGLIERE", "P"),
          (11, "RUSSO DOMENICO", "CONSIGLIERE", "A")]


def cell(r):
    if r is None:
        return " " * 38
    n, name, role, pa = r
    return ("%2d %-19s %-11s  %s" % (n, name, role, pa)).ljust(38)


HD = "%2s %-19s %-11s %s" % ("N.", "Cognome e nome", "Carica", "P/A")
L.append(HD.ljust(38) + " | " + HD)
L.append(rule("-"))
for i in range(6):
    r = roll_r[i] if i < len(roll_r) else None
    L.append((cell(roll_l[i]) + " | " + cell(r)).rstrip())
L.append(rule("-"))
L.append("                              Presenti n.  9                   Assenti n.  2")
L.append("")
L += para("Partecipa il Segretario Comunale dott. Pasquale Di Lallo, incaricato della redazione del "
          "verbale.", first="     ")
L += para("Presiede il Sig. Antonio Caranci nella sua qualita' di Sindaco il quale, riconosciuta "
          "legale l'adunanza, dichiara aperta la seduta e invita il Consiglio a deliberare sull'oggetto "
          "sopra indicato, iscritto al punto 3 dell'ordine del giorno.", first="     ")
L.append("")
L.append(centre("IL CONSIGLIO COMUNALE"))
L.append("")
for t in [
    "PREMESSO che con deliberazione del Consiglio Comunale n. 5 del 29-03-2021 e' stato approvato il "
    "Regolamento per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione "
    "pubblicitaria e del canone mercatale, di cui all'art. 1, commi 816 e seguenti, della legge 27 "
    "dicembre 2019, n. 160;",
    "RILEVATA la necessita' di aggiornare gli articoli 12, 19 e 31 del Regolamento, relativi alle "
    "occupazioni temporanee per manifestazioni ed eventi, alle esenzioni per le associazioni di "
    "volontariato e alla disciplina del mercato settimanale, come da testo coordinato allegato sub A);",
    "VISTO il parere favorevole del Revisore dei Conti, reso con verbale n. 6 del 16-06-2028 ai sensi "
    "dell'art. 239 del D.Lgs. n. 267/2000;",
    "UDITA la relazione del Sindaco e l'intervento del Consigliere Colalillo, il quale dichiara il voto "
    "contrario del gruppo di minoranza \"Insieme per Macchia\", ritenendo insufficienti le esenzioni "
    "previste per le attivita' commerciali;",
    "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. n. 267/2000, riportati in calce;",
    "Con la seguente votazione, resa per alzata di mano: Consiglieri presenti n. 9, votanti n. 9, voti "
    "favorevoli n. 7, voti contrari n. 2 (Colalillo, Tamburri), astenuti n. 0;",
]:
    L += para(t)
    L.append("")
L.append(centre("D E L I B E R A"))
L.append("")
for i, t in enumerate([
    "di approvare le modifiche agli articoli 12, 19 e 31 del Regolamento comunale per l'applicazione "
    "del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone "
    "mercatale, nel testo coordinato allegato sub A) al presente atto;",
    "di dare atto che le modifiche entrano in vigore dalla data di esecutivita' della presente deliberazione;",
    "di trasmettere il presente atto al Ministero dell'Economia e delle Finanze mediante inserimento "
    "nel Portale del federalismo fiscale.",
], 1):
    L += para(t, indent=4, hang="%d)" % i)
    L.append("")
L += para("Successivamente, con separata votazione dall'esito seguente: presenti n. 9, votanti n. 9, "
          "favorevoli n. 7, contrari n. 2 (Colalillo, Tamburri), IL CONSIGLIO COMUNALE DELIBERA di "
          "dichiarare il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
          "D.Lgs. n. 267/2000.")
L.append("")
L.append(rule("-"))
L.append("PARERE DI REGOLARITA' TECNICA E CONTABILE (art. 49 D.Lgs. 267/2000): FAVOREVOLE")
L.append(two("Data 15-06-2028", "Il Responsabile dell'Area Finanziaria"))
L.append(two("", "F.to rag. Emilio Paolone"))
L.append(rule("-"))
L.append("Letto, confermato e sottoscritto.")
L.append("")
L.append("        IL PRESIDENTE                         IL SEGRETARIO COMUNALE")
L.append("    F.to Antonio Caranci                   F.to dott. Pasquale Di Lallo")
L.append("")
L.append(rule("-"))
L.append(centre("CERTIFICATO DI PUBBLICAZIONE"))
L += para("Il sottoscritto Segretario Comunale attesta che copia della presente deliberazione viene "
          "pubblicata all'Albo Pretorio on line di questo Comune dal 27-06-2028 per 15 giorni "
          "consecutivi (Reg. Pubbl. n. 331).")
L.append(two("Macchia d'Isernia, 27-06-2028", "IL SEGRETARIO COMUNALE"))
L.append(two("", "F.to dott. Pasquale Di Lallo"))
L.append(rule("-"))
L.append("E' copia conforme all'originale, in carta libera per uso amministrativo.")

assert all(len(x) <= 80 for x in L), [x for x in L if len(x) > 80]


def troff_line(s):
    s = s.replace("\\", "\\e").replace("'", "\\(aq")
    if s.startswith(".") or s.startswith("\\(aq"):
        s = "\\&" + s
    return s if s else ".sp 1"


src = r""".\" Macchia d'Isernia - deliberazione C.C. 14/2028, stampa a 80 colonne
.pl 29.7c
.po 2.2c
.ll 17c
.ft CR
.ps 10
.vs 12.4p
.nf
.de HD
'sp 1.6c
..
.de FO
'sp 0.6c
.ps 8
.tl 'Comune di Macchia d\(aqIsernia''Deliberazione C.C. n. 14 del 23-06-2028 - pag. %'
.ps 10
'bp
..
.wh 0 HD
.wh -2.4c FO
"""
src += "\n".join(troff_line(x) for x in L) + "\n"
with tempfile.TemporaryDirectory() as d:
    tr = os.path.join(d, "cc14.tr")
    ps = os.path.join(d, "cc14.ps")
    open(tr, "w", encoding="ascii").write(src)
    with open(ps, "wb") as f:
        subprocess.run(["groff", "-Tps", "-P-pa4", tr], stdout=f, check=True)
    subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", ps, OUT], check=True)
