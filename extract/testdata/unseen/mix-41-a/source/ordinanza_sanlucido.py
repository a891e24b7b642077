"""Comune di San Lucido - ordinanza sindacale n. 07 of 12/03/2026.
A typewriter-like Word form (Courier New, blanks of underscores filled in
by hand-typed values), converted by LibreOffice."""
import sys
from docx.shared import Pt, Cm
from docxutil import *

out = sys.argv[1]
M = "Courier New"
d = new_doc(font=M, size=11, margins=(2.0, 2.0, 2.5, 2.5))

para(d, "COMUNE DI SAN LUCIDO", align=C, bold=True, size=15)
para(d, "PROVINCIA DI COSENZA", align=C, size=11)
para(d, "Piazza Municipio - 87038 San Lucido (CS) - Tel. 0982/81000", align=C, size=8.5)
para(d, "_" * 66, align=C, size=10, after=6)
para(d, "UFFICIO DEL SINDACO", align=L, size=10, after=10)

p = para(d, "", align=C, after=2)
run(p, "ORDINANZA SINDACALE  N. ", bold=True, size=12)
run(p, "__", size=12)
run(p, "07", bold=True, size=12, underline=True)
run(p, "__  DEL ", bold=True, size=12)
run(p, "__", size=12)
run(p, "12/03/2026", bold=True, size=12, underline=True)
run(p, "__", size=12)

p = para(d, "", align=C, after=12)
run(p, "Prot. n. ____", size=10)
run(p, "2241", size=10)
run(p, "____     Reg. Ord. anno ____", size=10)
run(p, "2026", size=10)
run(p, "____", size=10)

t = d.add_table(rows=1, cols=2)
no_borders(t)
widths(t, [2.8, 13.2])
cell_text(t.cell(0, 0), "OGGETTO:", bold=True, size=11, font=M)
cell_text(t.cell(0, 1), "Chiusura temporanea del plesso scolastico di Via Fiume "
          "(scuola dell'infanzia e scuola primaria) nei giorni 13 e 14 marzo 2026 "
          "per interventi urgenti di disinfestazione e sanificazione.",
          bold=True, size=11, font=M, align=J)

para(d, "I L   S I N D A C O", align=C, bold=True, before=14, after=10)

body = [
    ("PREMESSO", " che con nota prot. n. 2209 del 11/03/2026 il Dirigente scolastico "
     "dell'Istituto Comprensivo di San Lucido ha segnalato la presenza di infestanti "
     "(blatte) nei locali della mensa e dei servizi igienici del plesso di Via Fiume;"),
    ("VISTA", " la relazione del tecnico comunale, geom. Antonio Sicilia, redatta a seguito "
     "del sopralluogo del 12/03/2026, che conferma quanto segnalato e indica la necessita' "
     "di un intervento di disinfestazione e sanificazione con i locali liberi da persone;"),
    ("RITENUTO", " di dover adottare un provvedimento urgente a tutela della salute e "
     "dell'igiene pubblica degli alunni e del personale scolastico;"),
    ("VISTI", " gli artt. 50, comma 5, e 54 del D.Lgs. 18 agosto 2000, n. 267 e lo Statuto "
     "comunale;"),
]
for lab, txt in body:
    p = para(d, "", align=J, after=6)
    run(p, lab, bold=True)
    run(p, txt)

para(d, "O R D I N A", align=C, bold=True, before=8, after=8)
pts = [
    "la chiusura del plesso scolastico di Via Fiume (scuola dell'infanzia e scuola "
    "primaria) nei giorni di venerdi' 13 e sabato 14 marzo 2026;",
    "all'Ufficio Tecnico comunale di provvedere, nei medesimi giorni, all'esecuzione "
    "degli interventi di disinfestazione e sanificazione a mezzo di ditta specializzata;",
    "la regolare ripresa delle attivita' didattiche lunedi' 16 marzo 2026, previa "
    "attestazione di avvenuta sanificazione rilasciata dalla ditta esecutrice.",
]
for i, s in enumerate(pts, 1):
    para(d, f"{i}) {s}", align=J, after=5, indent=0.9, first=-0.9)

p = para(d, "", align=J, before=8, after=6)
run(p, "D I S P O N E", bold=True)
run(p, " che la presente ordinanza sia pubblicata all'Albo Pretorio on line e trasmessa "
    "al Dirigente scolastico dell'Istituto Comprensivo, alla Prefettura - U.T.G. di "
    "Cosenza, al Comando Stazione Carabinieri e al Comando di Polizia Locale.")
p = para(d, "", align=J, after=6)
run(p, "A V V E R T E", bold=True)
run(p, " che avverso il presente provvedimento e' ammesso ricorso al T.A.R. Calabria "
    "entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente "
    "della Repubblica entro 120 giorni.")

para(d, "San Lucido, li' ___12/03/2026___", before=14, after=14)
t = d.add_table(rows=3, cols=2)
no_borders(t)
widths(t, [7.5, 8.5])
cell_text(t.cell(0, 1), "IL SINDACO", align=C, bold=True, font=M)
cell_text(t.cell(1, 1), "Avv. Francesco Perrotta", align=C, font=M)
cell_text(t.cell(2, 1), "_____________________________", align=C, font=M)

para(d, "", after=20)
t = d.add_table(rows=1, cols=1)
set_borders(t, sz=6)
widths(t, [16.0])
cell_text(t.cell(0, 0), "REFERTO DI PUBBLICAZIONE\nPubblicata all'Albo Pretorio on line dal "
          "___12/03/2026___ al ___27/03/2026___  Reg. n. ___318___\n"
          "Il Messo Comunale ___________________", size=9, font=M)

d.save(out)
