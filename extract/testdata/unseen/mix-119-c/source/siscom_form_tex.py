#!/usr/bin/env python3
"""Comune di Cessole -- "Siscom" house style, the pre-printed minute form
filled by the program over its blanks of underscores, typeset by pdfLaTeX
in Courier (alltt keeps the 80-column layout).

Consiglio n. 13/2027.  usage: siscom_form_tex.py WORKDIR  (writes consiglio-13.tex)
"""
import sys, os

WD = sys.argv[1] if len(sys.argv) > 1 else "."
COLS = 78


def tex(s):
    for a, b in (("\\", "\\textbackslash{}"), ("{", "\\{"), ("}", "\\}"), ("_", "\\_"), ("%", "\\%"),
                 ("&", "\\&"), ("#", "\\#"), ("$", "\\$")):
        s = s.replace(a, b)
    return s


def blank(value, n):
    """n underscores with the value typed over them, one character in"""
    assert len(value) + 2 <= n, value
    return "\\fld{%s}{%s}" % ("\\_" * n, tex(value))


def centre(s, visible_len=None):
    L = visible_len if visible_len is not None else len(s)
    return " " * ((COLS - L) // 2) + s


RULE = "=" * COLS
DASH = "-" * COLS

form_top = [
    centre("COMUNE DI CESSOLE"),
    centre("PROVINCIA DI ASTI"),
    RULE,
    centre("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"),
    centre("N. " + blank("13", 8), 11),
    RULE,
    "Adunanza " + blank("ORDINARIA", 13) + " di " + blank("PRIMA", 9) + " convocazione - Seduta "
    + blank("PUBBLICA", 12),
    "",
    tex("OGGETTO: PRESA D'ATTO DELLA NOMINA DEL REVISORE UNICO DEI CONTI PER IL"),
    tex("         TRIENNIO 2027/2030 E DETERMINAZIONE DEL COMPENSO"),
    DASH,
    "",
    tex("L'anno ") + blank("DUEMILAVENTISETTE", 21) + tex(" addi' ") + blank("VENTISETTE", 14)
    + " del mese di " + blank("LUGLIO", 10),
    "alle ore " + blank("21,00", 9) + " nella sala delle adunanze consiliari, convocato dal Sindaco",
    tex("con avvisi scritti e recapitati a norma di legge, si e' riunito in sessione"),
    tex("ordinaria ed in seduta pubblica di prima convocazione il Consiglio Comunale."),
]

roll_par = ("Sono presenti il Sindaco BOGLIOLO Franco e i Consiglieri GARBARINO Silvia, DELPIANO Enrico, "
            "CAVALLERO Mauro, NEGRO Lucia, BORMIDA Claudio, SCAGLIONE Piergiorgio, PREGLIASCO Dario e "
            "ARMANDO Luisa. Sono assenti i Consiglieri TARDITO Elena (giustificata) e ROVERA Ivana.")
counts = "Presenti n. " + blank("9", 6) + "          Assenti n. " + blank("2", 6)
pres_par = ("Assume la presidenza il Signor BOGLIOLO Franco, Sindaco. Partecipa il Segretario Comunale "
            "Dott.ssa OLIVIERI Patrizia, che provvede alla redazione del presente verbale. Il Presidente, "
            "constatato il numero legale, pone in discussione l'argomento iscritto al punto 2 dell'ordine "
            "del giorno.")
premesse = [
    "PREMESSO che il Revisore unico dei conti in carica, nominato con deliberazione consiliare n. 18 del "
    "28/07/2024, cessa dall'incarico per scadenza del triennio il 31/07/2027;",
    "VISTO l'art. 16, comma 25, del D.L. 13/08/2011 n. 138, convertito con modificazioni dalla L. 14/09/2011 "
    "n. 148, e il relativo regolamento approvato con D.M. 15/02/2012 n. 23, in base ai quali i revisori degli "
    "enti locali sono scelti mediante estrazione da un elenco tenuto dal Ministero dell'Interno;",
    "VISTA la comunicazione della Prefettura di Asti prot. n. 41877 del 09/07/2027, con la quale e' stato "
    "trasmesso l'esito del procedimento di estrazione, dal quale risulta estratta in prima posizione la "
    "Dott.ssa ABBATE Chiara, iscritta nella fascia 1;",
    "ACQUISITA la dichiarazione di accettazione dell'incarico e di insussistenza di cause di "
    "incompatibilita' e di ineleggibilita', resa dalla professionista in data 15/07/2027;",
    "VISTO il D.M. 21/12/2018, che aggiorna i limiti massimi del compenso base annuo lordo spettante ai "
    "componenti degli organi di revisione economico-finanziaria degli enti locali;",
    "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile ai sensi dell'art. 49 del D.Lgs. "
    "18/08/2000 n. 267;",
    "Con voti unanimi favorevoli, espressi per alzata di mano dai n. 9 Consiglieri presenti e votanti,",
]
punti = [
    "1) DI PRENDERE ATTO dell'esito dell'estrazione effettuata dalla Prefettura di Asti e di nominare "
    "Revisore unico dei conti del Comune di Cessole, per il triennio 01/08/2027 - 31/07/2030, la "
    "Dott.ssa ABBATE Chiara;",
    "2) DI DETERMINARE il compenso annuo lordo in euro 3.600,00, oltre al contributo previdenziale e "
    "all'IVA se dovuti, nei limiti di cui al D.M. 21/12/2018;",
    "3) DI DEMANDARE al Responsabile del Servizio Finanziario l'assunzione del relativo impegno di spesa "
    "e la comunicazione della nomina al Tesoriere comunale entro venti giorni.",
]
ie = ("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata "
      "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18/08/2000 n. 267, per "
      "garantire la continuita' dell'organo di revisione.")

sig = [
    "Letto, confermato e sottoscritto.",
    "",
    "          IL PRESIDENTE                          IL SEGRETARIO COMUNALE",
    "      F.to BOGLIOLO Franco                  F.to Dott.ssa OLIVIERI Patrizia",
    "",
    DASH,
    centre("RELAZIONE DI PUBBLICAZIONE"),
    "",
    tex("Certifico io sottoscritto Segretario Comunale, su conforme dichiarazione del"),
    tex("Messo, che copia del presente verbale viene pubblicata all'Albo Pretorio on"),
    "line il giorno " + blank("30/07/2027", 14) + " per 15 giorni consecutivi, Reg. n. " + blank("248", 7),
    "",
    tex("Cessole, li' ") + blank("30/07/2027", 14) + "     IL SEGRETARIO COMUNALE",
    "                                        F.to Dott.ssa OLIVIERI Patrizia",
]

doc = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{courier}
\usepackage{alltt}
\usepackage{fancyhdr}
\usepackage{lastpage}
\usepackage[a4paper,left=22mm,right=18mm,top=24mm,bottom=22mm,headsep=6mm]{geometry}
\usepackage[pdftitle={Deliberazione C.C. n. 13 del 27/07/2027},pdfauthor={Comune di Cessole},pdfcreator={Siscom Affari Generali - modulo verbale C.C.},hidelinks]{hyperref}
\renewcommand{\familydefault}{\ttdefault}
\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0.3pt}
\fancyhead[L]{\small COMUNE DI CESSOLE - Deliberazione C.C. n. 13 del 27/07/2027}
\fancyhead[R]{\small Pag. \thepage/\pageref{LastPage}}
\fancyfoot[L]{\scriptsize SISCOM - Affari Generali - Mod. VCC/80}
\newcommand{\fld}[2]{\makebox[0pt][l]{\hspace{0.5em}#2}#1}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\raggedright\frenchspacing
\begin{document}
\begin{alltt}
%(top)s
\end{alltt}

%(roll)s

\begin{alltt}
%(counts)s
\end{alltt}

%(pres)s

\begin{center}I L\ \ \ C O N S I G L I O\ \ \ C O M U N A L E\end{center}

%(prem)s

\begin{center}D E L I B E R A\end{center}

%(punti)s

%(ie)s

\begin{alltt}
%(sig)s
\end{alltt}
\end{document}
""" % dict(top="\n".join(form_top), roll=tex(roll_par), counts=counts, pres=tex(pres_par),
           prem="\n\n".join(tex(p) for p in premesse),
           punti="\n\n".join("\\hangindent=3em\\hangafter=1 " + tex(p) for p in punti),
           ie=tex(ie), sig="\n".join(sig))
open(os.path.join(WD, "consiglio-13.tex"), "w", encoding="utf-8").write(doc)
