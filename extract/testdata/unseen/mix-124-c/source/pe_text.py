# -*- coding: utf-8 -*-
"""Comune di Porto Empedocle, "Halley"-like 80-column report: the same
header, body and signature block for the four minutes, each with the roll
laid out as the report variant in use prints it.  Accents are typed as
apostrophes (E', LEGITTIMITA'), as the old package prints them."""
import textwrap
from content import DOCS

WIDTH = 80
RULE = "-" * WIDTH
DRULE = "=" * WIDTH


def centre(s):
    return s.center(WIDTH).rstrip()


def wrap(s, indent="", first=None):
    return textwrap.wrap(s, WIDTH, initial_indent=first if first is not None else indent,
                         subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)


def header(d):
    L = [centre("COMUNE DI PORTO EMPEDOCLE"),
         centre("LIBERO CONSORZIO COMUNALE DI AGRIGENTO"),
         DRULE,
         "COPIA",
         centre("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"),
         "",
         "DELIBERAZIONE N. %-6d" % d["number"] + ("DEL %s" % d["date"]).rjust(WIDTH - 23),
         "PROPOSTA N. %d DEL %s" % (d["proposal_number"], d["proposal_date"]),
         "SETTORE PROPONENTE: %s" % d["proposing_office"].upper(),
         RULE]
    L += wrap(d["subject"], indent=" " * 9, first="OGGETTO: ")
    L.append(RULE)
    return L


def counts(d):
    p = sum(1 for x in d["roll"] if x[2])
    return p, len(d["roll"]) - p


# ------------------------------------------------------------- roll variants
def roll_two_columns(d):
    r = d["roll"]
    half = (len(r) + 1) // 2
    L = [" CONSIGLIERI                    P  A     CONSIGLIERI                    P  A",
         " " + "-" * 35 + "     " + "-" * 35]

    def cell(i):
        n, _, p = r[i]
        return "%2d %-27s %s  %s" % (i + 1, n, "X" if p else " ", " " if p else "X")
    for k in range(half):
        left = cell(k)
        right = cell(k + half) if k + half < len(r) else ""
        L.append((" " + left + "     " + right).rstrip())
    p, a = counts(d)
    L += ["", "PRESENTI N. %d" % p + ("ASSENTI N. %d" % a).rjust(40)]
    return L


def roll_numbered(d):
    L = []
    for i, (n, role, p) in enumerate(d["roll"], 1):
        a = ("%2d) %s " % (i, n)).ljust(34, ".")
        b = (" %s " % role).ljust(22, ".")
        L.append(" " + a + b + (" PRESENTE" if p else " ASSENTE"))
    p, a = counts(d)
    L += ["", "Presenti n. %d - Assenti n. %d" % (p, a)]
    return L


def roll_boxed(d):
    sep = "+----+------------------------------+--------------------+-----+-----+"
    L = [sep, "| N. | COGNOME E NOME               | CARICA             |  P  |  A  |", sep]
    for i, (n, role, p) in enumerate(d["roll"], 1):
        L.append("| %2d | %-28s | %-18s |  %s  |  %s  |" % (i, n, role, "X" if p else " ", " " if p else "X"))
    L.append(sep)
    p, a = counts(d)
    L += ["PRESENTI N. %d" % p + ("ASSENTI N. %d" % a).rjust(30)]
    return L


def signatures(pres, anziano, seg):
    L = ["Letto, approvato e sottoscritto.", "",
         "    IL PRESIDENTE           IL CONSIGLIERE ANZIANO      IL SEGRETARIO GENERALE"]
    L.append("%-24s%-28s%s" % (pres, anziano, seg))
    return L


def certificate(d, dfrom, reg):
    L = [RULE, centre("CERTIFICATO DI PUBBLICAZIONE"), ""]
    L += wrap("Il sottoscritto Segretario Generale, su conforme attestazione del Messo comunale, CERTIFICA "
              "che copia della presente deliberazione e' stata pubblicata all'Albo pretorio on line dal "
              "%s per quindici giorni consecutivi (Reg. Pubbl. n. %d)." % (dfrom, reg))
    L += ["", "Porto Empedocle, li %s" % dfrom + "IL SEGRETARIO GENERALE".rjust(50),
          "F.to Dott.ssa G. Mangione".rjust(WIDTH)]
    return L


OPEN = ("L'anno duemilaventisette, il giorno {day} del mese di dicembre, alle ore {time} e seguenti, "
        "nella sala delle adunanze consiliari del Palazzo Municipale, a seguito di convocazione del "
        "Presidente del Consiglio prot. n. {prot}, notificata a norma di legge, si e' riunito il Consiglio "
        "Comunale in sessione {sess}, seduta pubblica{cont}.")

AMM = ("Sono presenti per l'Amministrazione il Sindaco ing. Carmelo Zambito e l'Assessore avv. Serena "
       "Puccio.")

PARERI = ("Visti i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 53 "
          "della L. n. 142/1990, come recepito dalla L.R. n. 48/1991, e dell'art. 12 della L.R. n. 30/2000;")


def body(d, paras):
    L = []
    for p in paras:
        if p == "":
            L.append("")
        elif p.startswith("@C "):
            L.append(centre(p[3:]))
        elif p.startswith("@N "):
            num, txt = p[3:].split(" ", 1)
            L += wrap(txt, indent="    ", first=(num + " ").ljust(4))
        else:
            L += wrap(p)
    return L


def doc_lines(key):
    d = DOCS[key]
    L = header(d) + [""]
    p, a = counts(d)
    if key == "P71":
        L += wrap(OPEN.format(day="venti", time="18,30", prot="41377 del 14/12/2027", sess="ordinaria", cont=""))
        L += [""]
        L += wrap("Assume la presidenza il Presidente del Consiglio Comunale dott. Salvatore Castellana.")
        L += wrap("Partecipa il Segretario Generale dott.ssa Gabriella Mangione, anche con funzioni di "
                  "verbalizzante.")
        L += [""] + wrap("Effettuato l'appello nominale, risultano presenti e assenti i consiglieri:") + [""]
        L += roll_two_columns(d) + [""]
        L += body(d, [AMM,
                      "Il Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta "
                      "e pone in trattazione il punto n. 3 dell'ordine del giorno. Nomina scrutatori i consiglieri "
                      "Lauricella, Schembri e Salamone.",
                      "", "@C IL CONSIGLIO COMUNALE", "",
                      "Vista la proposta di deliberazione n. 96 del 02/12/2027 del I Settore, avente ad oggetto "
                      "quanto in epigrafe, che si allega al presente verbale per farne parte integrante;",
                      "Vista la sentenza n. 1456/2027 del Giudice di Pace di Agrigento, con la quale il Comune e' "
                      "stato condannato al pagamento in favore del sig. G.M. della somma di euro 3.812,40, oltre "
                      "spese legali liquidate in euro 1.150,00, a titolo di risarcimento per danni da insidia "
                      "stradale;",
                      "Visto l'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000;",
                      PARERI,
                      "Visto il parere favorevole del Collegio dei Revisori dei conti, verbale n. 44 del "
                      "10/12/2027;",
                      "Visto il parere della II Commissione consiliare permanente, reso nella seduta del "
                      "15/12/2027;",
                      "Uditi gli interventi dei consiglieri Vella e Greco, riportati nel resoconto stenotipico;",
                      "Con votazione espressa per appello nominale, che da' il seguente risultato, accertato e "
                      "proclamato dal Presidente con l'assistenza degli scrutatori: presenti n. 12, votanti n. 11, "
                      "voti favorevoli n. 9, voti contrari n. 2 (Vella, Salamone), astenuti n. 1 (Greco);",
                      "", "@C D E L I B E R A", "",
                      "@N 1) di riconoscere la legittimita' del debito fuori bilancio di complessivi euro 4.962,40 "
                      "derivante dalla sentenza n. 1456/2027 del Giudice di Pace di Agrigento, ai sensi "
                      "dell'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000;",
                      "@N 2) di dare atto che la spesa trova copertura alla missione 1, programma 11, titolo 1 del "
                      "bilancio di previsione 2027/2029, esercizio 2027;",
                      "@N 3) di demandare al Responsabile del I Settore l'adozione degli atti di impegno e "
                      "liquidazione;",
                      "@N 4) di trasmettere il presente provvedimento alla Procura regionale della Corte dei conti, "
                      "ai sensi dell'art. 23, comma 5, della L. n. 289/2002.",
                      "",
                      "Successivamente, su proposta del Presidente, il Consiglio Comunale, con voti favorevoli n. "
                      "9, contrari n. 2 e astenuti n. 1, dichiara il presente atto immediatamente esecutivo ai "
                      "sensi dell'art. 12, comma 2, della L.R. n. 44/1991.", ""])
        L += signatures("F.to S. Castellana", "F.to C. Lauricella", "F.to G. Mangione") + [""]
        L += certificate(d, "23/12/2027", 2841)
    elif key == "P72":
        L += wrap(OPEN.format(day="venti", time="18,30", prot="41377 del 14/12/2027", sess="ordinaria", cont=""))
        L += wrap("Presiede il Presidente del Consiglio Comunale dott. Salvatore Castellana. Partecipa il "
                  "Segretario Generale dott.ssa Gabriella Mangione.")
        L += [""] + wrap("Alle ore 19,10, prima della trattazione del punto n. 4 dell'ordine del giorno, entra "
                         "in aula il consigliere Bellavia. Il Presidente fa procedere all'appello, dal quale "
                         "risultano:") + [""]
        L += roll_numbered(d) + [""]
        L += body(d, [AMM, "", "@C IL CONSIGLIO COMUNALE", "",
                      "Vista la proposta di deliberazione n. 99 del 06/12/2027 del III Settore, avente ad "
                      "oggetto quanto in epigrafe, che si allega al presente verbale per farne parte integrante;",
                      "Visto lo schema di Regolamento comunale per la disciplina del servizio di trasporto "
                      "scolastico, composto da 18 articoli;",
                      "Vista la L.R. 26 maggio 1973, n. 24 e successive modifiche, in materia di trasporto "
                      "gratuito degli alunni delle scuole dell'obbligo e secondarie superiori;",
                      PARERI,
                      "Visto il parere favorevole della IV Commissione consiliare permanente, reso nella seduta "
                      "del 13/12/2027;",
                      "Con voti unanimi favorevoli, espressi per alzata e seduta dai n. 13 consiglieri presenti,",
                      "", "@C D E L I B E R A", "",
                      "@N 1) di approvare il Regolamento comunale per la disciplina del servizio di trasporto "
                      "scolastico, composto da 18 articoli, nel testo allegato alla proposta;",
                      "@N 2) di abrogare il precedente regolamento approvato con deliberazione consiliare n. 37 "
                      "del 14/09/2011;",
                      "@N 3) di disporre che il Regolamento entri in vigore il quindicesimo giorno successivo "
                      "alla sua pubblicazione.",
                      "",
                      "La presente deliberazione diverra' esecutiva dopo il decimo giorno dalla pubblicazione, "
                      "ai sensi dell'art. 12, comma 1, della L.R. n. 44/1991.", ""])
        L += signatures("F.to S. Castellana", "F.to C. Lauricella", "F.to G. Mangione") + [""]
        L += certificate(d, "23/12/2027", 2842)
    elif key == "P73":
        L += wrap(OPEN.format(day="ventisette", time="10,00", prot="42105 del 21/12/2027",
                              sess="straordinaria", cont=" di prima convocazione"))
        L += [""] + wrap("Presiede la seduta il Vice Presidente del Consiglio Comunale sig.ra Giuseppina "
                         "Sciortino, stante l'assenza del Presidente. Partecipa il Segretario Generale, con "
                         "funzioni di verbalizzante.")
        L += [""] + wrap("All'appello nominale risultano:") + [""]
        L += roll_boxed(d) + [""]
        L += body(d, [AMM, "", "@C IL CONSIGLIO COMUNALE", "",
                      "Vista la proposta di deliberazione n. 101 del 09/12/2027 del V Settore, avente ad "
                      "oggetto quanto in epigrafe;",
                      "Vista la L.R. 29 novembre 2005, n. 15 e in particolare l'art. 4, che prevede l'adozione "
                      "da parte dei Comuni costieri del Piano di utilizzo delle aree demaniali marittime;",
                      "Visto il D.A. n. 319/GAB del 5 agosto 2016 dell'Assessorato regionale del Territorio e "
                      "dell'Ambiente, recante le linee guida per la redazione dei P.U.D.M.;",
                      "Visti gli elaborati del Piano redatti dall'Ufficio del V Settore e trasmessi ai "
                      "consiglieri con nota prot. n. 41020 del 13/12/2027;",
                      PARERI,
                      "Uditi gli interventi dei consiglieri Vella, Greco e Salamone;",
                      "Con la seguente votazione, espressa per alzata di mano: presenti n. 12, astenuti n. 1 "
                      "(Patti), votanti n. 11, voti favorevoli n. 8, voti contrari n. 3 (Vella, Salamone, "
                      "Greco);",
                      "", "@C D E L I B E R A", "",
                      "@N 1) di adottare il Piano di utilizzo delle aree demaniali marittime (P.U.D.M.) del "
                      "Comune di Porto Empedocle, costituito dagli elaborati elencati nella proposta;",
                      "@N 2) di disporre il deposito del Piano presso la Segreteria comunale per trenta giorni, "
                      "ai fini della presentazione di osservazioni;",
                      "@N 3) di trasmettere il Piano all'Assessorato regionale del Territorio e dell'Ambiente "
                      "per l'approvazione.",
                      "",
                      "Successivamente il Consiglio Comunale, con voti favorevoli n. 8 e contrari n. 3, dichiara "
                      "il presente atto immediatamente esecutivo ai sensi dell'art. 12, comma 2, della L.R. n. "
                      "44/1991.", ""])
        L += ["Letto, approvato e sottoscritto.", "",
              "     IL VICE PRESIDENTE            IL CONSIGLIERE ANZIANO",
              "     F.to G. Sciortino             F.to C. Lauricella", "",
              "IL SEGRETARIO GENERALE".rjust(74),
              "F.to Dott.ssa Gabriella Mangione".rjust(79), ""]
        L += certificate(d, "29/12/2027", 2870)
    return L
