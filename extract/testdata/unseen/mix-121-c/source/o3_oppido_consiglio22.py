#!/usr/bin/env python3
"""Comune di Oppido Mamertina - Consiglio n. 22 del 23.09.2027 - the "Asmenet"
legacy procedure's 80-column report: a plain text file in Latin-1 (accents as
apostrophes, as the old procedure prints them) that build.sh sends through
enscript (Courier 10, running head with the act and page) and ps2pdf.
The roll is printed in two columns; the counts stand under it.
"""
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "consiglio-22-oppidomamertina-asmenet.txt"
L = []


def center(t):
    L.append(t.center(78).rstrip())


def wrap(t, indent=0, first=None):
    first = " " * indent if first is None else first
    L.extend(textwrap.wrap(t, 78, initial_indent=first, subsequent_indent=" " * indent,
                           break_long_words=False, break_on_hyphens=False))


def blank(n=1):
    L.extend([""] * n)


center("COMUNE DI OPPIDO MAMERTINA")
center("CITTA' METROPOLITANA DI REGGIO CALABRIA")
center("Piazza Umberto I - 89014 Oppido Mamertina (RC)")
L.append("=" * 78)
L.append("COPIA".rjust(78))
L.append("DELIBERAZIONE DEL CONSIGLIO COMUNALE")
L.append("N. 22 DEL 23.09.2027")
L.append("SESSIONE ORDINARIA - SEDUTA PUBBLICA DI PRIMA CONVOCAZIONE")
blank()
L.append("-" * 78)
wrap("RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 71 DEL 19.08.2027 "
     "AVENTE AD OGGETTO: VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE 2027/2029 "
     "(ART. 175, COMMA 4, D.LGS. 267/2000)", indent=10, first="OGGETTO:  ")
L.append("-" * 78)
blank()
wrap("L'anno duemilaventisette, il giorno ventitre' del mese di settembre, alle ore "
     "18:00, nella sala consiliare del Palazzo Municipale, convocato con avviso prot. "
     "n. 6712 del 16.09.2027, regolarmente notificato a ciascun Consigliere, si e' "
     "riunito il Consiglio Comunale in sessione ordinaria ed in seduta pubblica di "
     "prima convocazione.")
blank()
wrap("Presiede la seduta il Presidente del Consiglio Comunale sig. Vincenzo Pronesti'. "
     "Partecipa il Segretario Comunale dott.ssa Maria Teresa Cutrupi, incaricata della "
     "redazione del verbale. Eseguito l'appello nominale, risultano:")
blank()
roll = [("1", "GIOFFRE' BRUNO", "PRESENTE"), ("2", "PRONESTI' VINCENZO", "PRESENTE"),
        ("3", "ZAPPIA ROSARIA", "PRESENTE"), ("4", "RASO ANTONIO", "PRESENTE"),
        ("5", "MAZZITELLI GIUSEPPE", "PRESENTE"), ("6", "MITTIGA CATERINA", "PRESENTE"),
        ("7", "FEDELE ROCCO", "PRESENTE"), ("8", "CARIDI ANNUNZIATA", "PRESENTE"),
        ("9", "LUPPINO SALVATORE", "ASSENTE"), ("10", "ROMEO FRANCESCA", "PRESENTE"),
        ("11", "TRIPODI MICHELE", "PRESENTE"), ("12", "SCARFO' CARMELO", "PRESENTE"),
        ("13", "ALVARO NATALE", "ASSENTE")]
head = "%3s %-22s %-10s" % ("N.", "CONSIGLIERE", "PRES./ASS.")
L.append(("%-38s" % head) + " | " + head)
L.append("-" * 38 + "-+-" + "-" * 38)
half = 7
for i in range(half):
    a = roll[i]
    left = "%3s %-22s %-10s" % a
    right = ""
    if i + half < len(roll):
        right = "%3s %-22s %-10s" % roll[i + half]
    L.append(("%-38s" % left) + " | " + right.rstrip())
L.append("-" * 78)
L.append("  PRESENTI N. 11                      ASSENTI N. 2")
L.append("  (il Sindaco e' compreso nel numero dei presenti)")
blank()
wrap("Il Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta la "
     "seduta e pone in discussione il punto n. 1 dell'ordine del giorno.")
blank()
center("IL CONSIGLIO COMUNALE")
blank()
for t in [
    "PREMESSO che con deliberazione della Giunta Comunale n. 71 del 19.08.2027, adottata "
    "in via d'urgenza ai sensi dell'art. 175, comma 4, del D.Lgs. 267/2000, e' stata "
    "apportata una variazione al bilancio di previsione 2027/2029 per l'iscrizione del "
    "contributo della Citta' Metropolitana di Reggio Calabria di euro 65.000,00 destinato "
    "alla manutenzione straordinaria della strada comunale Oppido-Messignadi;",
    "CONSIDERATO che la predetta deliberazione deve essere sottoposta a ratifica del "
    "Consiglio Comunale entro i sessanta giorni seguenti e comunque entro il 31 dicembre "
    "dell'anno in corso, a pena di decadenza;",
    "VISTO il parere favorevole del Revisore dei conti, verbale n. 14 del 25.08.2027;",
    "VISTI i pareri favorevoli di regolarita' tecnica e contabile resi dal Responsabile "
    "del Settore II - Economico Finanziario ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "UDITI gli interventi dei Consiglieri Romeo e Tripodi, che annunciano l'astensione "
    "del gruppo di minoranza, come da resoconto agli atti;",
    "CON VOTI: PRESENTI N. 11 - VOTANTI N. 8 - FAVOREVOLI N. 8 - CONTRARI N. 0 - "
    "ASTENUTI N. 3 (ROMEO, TRIPODI, SCARFO'), espressi per alzata di mano;",
]:
    wrap(t)
    blank()
center("D E L I B E R A")
blank()
for i, t in enumerate([
    "DI RATIFICARE, ai sensi dell'art. 175, comma 4, del D.Lgs. 267/2000, la "
    "deliberazione della Giunta Comunale n. 71 del 19.08.2027 avente ad oggetto "
    "\"Variazione d'urgenza al bilancio di previsione 2027/2029\";",
    "DI DARE ATTO che permangono gli equilibri di bilancio di cui all'art. 193 del "
    "D.Lgs. 267/2000.",
], 1):
    wrap(t, indent=4, first="%d)  " % i)
    blank()
wrap("SUCCESSIVAMENTE, con separata votazione che riporta il medesimo esito (presenti "
     "n. 11, votanti n. 8, favorevoli n. 8, astenuti n. 3), la presente deliberazione "
     "viene dichiarata IMMEDIATAMENTE ESEGUIBILE ai sensi dell'art. 134, comma 4, del "
     "D.Lgs. 267/2000.")
blank()
L.append("Letto, confermato e sottoscritto.")
blank()
L.append("      IL PRESIDENTE                          IL SEGRETARIO COMUNALE")
L.append("  F.to Vincenzo Pronesti'             F.to dott.ssa Maria Teresa Cutrupi")
blank(2)
L.append("-" * 78)
L.append("CERTIFICATO DI PUBBLICAZIONE")
wrap("Copia della presente deliberazione viene pubblicata all'Albo Pretorio on line "
     "dal 27.09.2027 al 12.10.2027 (Reg. Pubbl. n. 871).")
L.append("Oppido Mamertina, 27.09.2027      Il Responsabile F.to Domenica Scarcella")
L.append("-" * 78)
wrap("Copia conforme all'originale, in carta libera per uso amministrativo.")

assert all(len(x) <= 80 for x in L), [x for x in L if len(x) > 80]
open(OUT, "w", encoding="latin-1").write("\n".join(L) + "\n")
print(OUT, len(L), "lines")
