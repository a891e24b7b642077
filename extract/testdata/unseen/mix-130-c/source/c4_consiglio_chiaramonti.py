#!/usr/bin/env python3
"""Comune di Chiaramonti - Deliberazione del Consiglio Comunale n. 19/2028 (house style "Sipal").

Writes the 80-column minute (Latin-1 text); build.sh prints it with a2ps, one page a sheet,
whose page header repeats the act's number and subject and whose foot numbers the pages.
The roll stands in two columns.
"""
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "c4.txt"
W = 80
EQ, DA = "=" * W, "-" * W


def c(s):
    return s.center(W).rstrip()


def para(s):
    return textwrap.wrap(s, W, break_long_words=False, break_on_hyphens=False) + [""]


L = [EQ, c("COMUNE DI CHIARAMONTI"), c("PROVINCIA DI SASSARI"),
     c("Via Roma, 2 - 07030 Chiaramonti (SS) - Tel. 079 569092"), EQ,
     c("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"),
     "N. 19".ljust(66) + "DEL 28/06/2028",
     "Sessione ordinaria - Seduta pubblica di prima convocazione".ljust(75) + "COPIA", DA,
     "OGGETTO:  APPROVAZIONE DEL REGOLAMENTO PER LA CONCESSIONE IN USO DEGLI",
     "          IMPIANTI SPORTIVI COMUNALI.", DA, ""]
L += para("L'anno DUEMILAVENTOTTO, il giorno VENTOTTO del mese di GIUGNO, alle ore 18:30, nella sala "
          "consiliare del Comune, convocato con avvisi notificati a norma di regolamento, si e' riunito il "
          "Consiglio Comunale. All'appello nominale risultano:")
left = [("TEDDE GIOVANNI ANTONIO", 1), ("CANU MARIA ANTONIETTA", 1), ("DETTORI SALVATORE", 1),
        ("SATTA PIETRO", 1), ("MURA FRANCESCA", 1), ("SCANU GAVINO", 1)]
right = [("FOIS ANTONELLA", 1), ("PIRAS BATTISTA", 1), ("SECHI MARIO", 0), ("COSSU ANGELA", 0),
         ("PITTALIS GIUSEPPE", 0)]


def cell(e):
    if e is None:
        return " " * 38
    n, p = e
    return " " + n.ljust(29) + ("X" if p else " ").center(4) + ("" if p else "X").center(4)


L.append(" CONSIGLIERI" + " " * 18 + " PRES ASS " + "|" + " CONSIGLIERI" + " " * 18 + " PRES ASS")
L.append(" " + "-" * 37 + "+" + "-" * 38)
for i in range(6):
    l = left[i] if i < len(left) else None
    r = right[i] if i < len(right) else None
    L.append((cell(l).ljust(38) + " |" + cell(r)).rstrip())
L.append(" " + "-" * 37 + "+" + "-" * 38)
L.append(" ASSEGNATI N. 11     IN CARICA N. 11     PRESENTI N. 8     ASSENTI N. 3")
L.append("")
L += para("ASSUME LA PRESIDENZA IL SIG. TEDDE GIOVANNI ANTONIO - SINDACO. PARTECIPA IL SEGRETARIO COMUNALE "
          "DOTT.SSA SOLINAS GIUSEPPINA, ANCHE CON FUNZIONI DI VERBALIZZANTE. Il Presidente, constatato il numero "
          "legale, dichiara aperta la seduta e pone in discussione il punto n. 4 dell'ordine del giorno.")
L.append(c("IL CONSIGLIO COMUNALE"))
L.append("")
for s in [
    "UDITA la relazione dell'Assessore allo sport, consigliere Dettori Salvatore, il quale illustra lo schema "
    "di Regolamento predisposto dal Settore Amministrativo - Socio Culturale in sostituzione del regolamento "
    "approvato con deliberazione consiliare n. 27 del 30/09/2004;",
    "PREMESSO che il Comune e' proprietario del campo sportivo comunale, della palestra polivalente annessa al "
    "plesso scolastico e del campo da tennis di Via Gramsci, e che ne intende disciplinare l'uso da parte delle "
    "societa' sportive, delle associazioni, delle scuole e dei privati cittadini;",
    "CONSIDERATO che il nuovo Regolamento definisce criteri di priorita' nell'assegnazione degli spazi, "
    "tariffe orarie differenziate, obblighi di custodia e pulizia a carico dei concessionari e la possibilita' "
    "di convenzioni pluriennali con le associazioni sportive dilettantistiche del territorio;",
    "DATO ATTO che lo schema e' stato esaminato dalla Commissione consiliare permanente nella seduta del "
    "19/06/2028;",
    "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. n. 267/2000;",
    "UDITI gli interventi dei consiglieri Satta Pietro e Fois Antonella, i quali dichiarano di astenersi "
    "ritenendo non adeguatamente considerate le esigenze delle associazioni giovanili;",
    "CON VOTAZIONE espressa in forma palese per alzata di mano, che da' il seguente esito: PRESENTI N. 8 - "
    "VOTANTI N. 6 - FAVOREVOLI N. 6 - CONTRARI N. 0 - ASTENUTI N. 2 (Satta Pietro, Fois Antonella);",
]:
    L += para(s)
L.append(c("D E L I B E R A"))
L.append("")
for i, s in enumerate([
    "di approvare il Regolamento per la concessione in uso degli impianti sportivi comunali, composto da n. 21 "
    "articoli, nel testo allegato alla presente deliberazione per farne parte integrante e sostanziale;",
    "di abrogare il regolamento approvato con deliberazione del Consiglio Comunale n. 27 del 30/09/2004;",
    "di stabilire che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione "
    "all'Albo Pretorio on line della presente deliberazione.",
], 1):
    lines = textwrap.wrap(s, W - 4, break_long_words=False, break_on_hyphens=False)
    L.append("%d) " % i + lines[0])
    L += ["   " + x for x in lines[1:]]
    L.append("")
L += para("INOLTRE, con successiva votazione che da' il medesimo esito (PRESENTI N. 8 - VOTANTI N. 6 - "
          "FAVOREVOLI N. 6 - ASTENUTI N. 2), la presente deliberazione viene dichiarata IMMEDIATAMENTE "
          "ESEGUIBILE ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
L += [DA, "PARERE DI REGOLARITA' TECNICA: FAVOREVOLE",
      "Chiaramonti, 20/06/2028     IL RESPONSABILE DEL SETTORE AMMINISTRATIVO",
      "                            F.to Dott.ssa Paola Spanu",
      "PARERE DI REGOLARITA' CONTABILE: FAVOREVOLE",
      "Chiaramonti, 21/06/2028     IL RESPONSABILE DEL SETTORE FINANZIARIO",
      "                            F.to Rag. Caterina Marras", DA, "",
      "Letto, approvato e sottoscritto.", "",
      "          IL PRESIDENTE                         IL SEGRETARIO COMUNALE",
      "  F.to Sig. Tedde Giovanni Antonio        F.to Dott.ssa Solinas Giuseppina", "", DA,
      c("CERTIFICATO DI PUBBLICAZIONE"), ""]
L += para("Il sottoscritto Segretario Comunale certifica che copia della presente deliberazione e' pubblicata "
          "all'Albo Pretorio on line dal 30/06/2028 per 15 giorni consecutivi (n. 418 del Registro delle "
          "pubblicazioni).")
L += ["Chiaramonti, 30/06/2028                  IL SEGRETARIO COMUNALE",
      "                                   F.to Dott.ssa Solinas Giuseppina", EQ]
for x in L:
    assert len(x) <= W, (len(x), x)
with open(OUT, "w", encoding="latin-1") as f:
    f.write("\n".join(L) + "\n")
