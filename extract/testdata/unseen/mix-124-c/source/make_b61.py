# -*- coding: utf-8 -*-
"""Boville Ernica n. 61: the Sicraweb-like model re-typed in LaTeX (pdfTeX,
Times via mathptmx, T1): glyphs positioned by TJ kerning without space
characters, a running head with the act's number on the following pages and
the house foot with "Pag. n di m"; the roll in a ruled longtable with X."""
import sys
from content import DOCS
import boville_style as S

D = DOCS["B61"]
OUT = sys.argv[1] + "/b61.tex"


def tx(s):
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("#", r"\#"), ("_", r"\_"),
                 ("$", r"\$"), ("°", r"\textdegree{}")]:
        s = s.replace(a, b)
    return s


roll_rows = "\n".join(r"%d & %s & %s & %s & %s \\ \hline" % (i, tx(n), tx(r), "X" if p else "", "" if p else "X")
                      for i, (n, r, p) in enumerate(D["roll"], 1))
npres = sum(1 for x in D["roll"] if x[2])
premesse = "\n\n".join(tx(p) for p in D["premesse"])
points = "\n".join(r"\item %s" % tx(p) for p in D["points"])
foot = tx(S.foot(D))

doc = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{mathptmx}
\usepackage[italian]{babel}
\usepackage[top=30mm,bottom=25mm,left=20mm,right=20mm,headheight=14pt]{geometry}
\usepackage{array,longtable,tabularx,enumitem,fancyhdr,lastpage,tikz}
\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\itshape COMUNE DI BOVILLE ERNICA}
\fancyhead[R]{\small\itshape Deliberazione C.C. n. %(num)d del %(date)s}
\fancyfoot[L]{\footnotesize %(foot)s}
\fancyfoot[R]{\footnotesize Pag. \thepage{} di \pageref{LastPage}}
\renewcommand{\footrulewidth}{0.4pt}
\fancypagestyle{first}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}
  \fancyfoot[L]{\footnotesize %(foot)s}\fancyfoot[R]{\footnotesize Pag. \thepage{} di \pageref{LastPage}}}
\definecolor{crestred}{RGB}{120,30,30}\definecolor{crestfill}{RGB}{250,235,200}\definecolor{crestgreen}{RGB}{40,90,40}
\begin{document}
\thispagestyle{first}
\vspace*{-18mm}
\noindent\begin{tabularx}{\textwidth}{@{}m{22mm}>{\centering\arraybackslash}Xm{22mm}@{}}
\begin{tikzpicture}[scale=0.5]
\draw[line width=1pt,draw=crestred,fill=crestfill]
 (0,3) -- (2.6,3) -- (2.6,1.2) .. controls (2.6,0.4) and (1.8,0) .. (1.3,-0.2) .. controls (0.8,0) and (0,0.4) .. (0,1.2) -- cycle;
\fill[crestred] (1,0.6) rectangle (1.6,2.2);
\fill[crestgreen] (0.8,2.2) -- (1.8,2.2) -- (1.3,2.7) -- cycle;
\end{tikzpicture} &
{\Large\bfseries COMUNE DI BOVILLE ERNICA}\par {\normalsize Provincia di Frosinone}\par
{\scriptsize Piazza Vittorio Emanuele II - 03022 Boville Ernica (FR)} &
\hfill{\bfseries\large COPIA}
\end{tabularx}

\vspace{6pt}
\begin{center}{\large\bfseries DELIBERAZIONE DEL CONSIGLIO COMUNALE}\end{center}
\vspace{-4pt}
\noindent\begin{tabularx}{\textwidth}{|p{62mm}|X|}\hline
\textbf{N. %(num)d} & \textbf{del %(date)s} \\ \hline
\footnotesize Proposta n. %(pn)d del %(pd)s & \footnotesize Settore proponente: %(po)s \\ \hline
\end{tabularx}

\vspace{8pt}
\noindent\fbox{\parbox{\dimexpr\textwidth-2\fboxsep-2\fboxrule}{\bfseries OGGETTO: %(subj)s}}

\vspace{6pt}
%(opening)s

\begin{longtable}{|c|p{58mm}|p{52mm}|c|c|}\hline
\textbf{N.} & \textbf{Cognome e Nome} & \textbf{Carica} & \textbf{Presente} & \textbf{Assente} \\ \hline
%(roll)s
\end{longtable}
\vspace{-10pt}
\begin{flushright}\textbf{Presenti n. %(np)d - Assenti n. %(na)d}\end{flushright}

%(after)s

\begin{center}\textbf{IL CONSIGLIO COMUNALE}\end{center}
%(premesse)s

%(vote)s

\begin{center}\textbf{DELIBERA}\end{center}
\begin{enumerate}[label=\arabic*),leftmargin=8mm,itemsep=2pt]
%(points)s
\end{enumerate}

%(exec)s

\vspace{10pt}
%(closing)s

\vspace{6pt}
\noindent\begin{tabularx}{\textwidth}{>{\centering\arraybackslash}X>{\centering\arraybackslash}X}
\textbf{%(sp0)s} & \textbf{%(ss0)s} \\
f.to %(sp1)s & f.to %(ss1)s \\
\end{tabularx}

\vspace{14pt}
\noindent\fbox{\parbox{\dimexpr\textwidth-2\fboxsep-2\fboxrule}{\small
\centerline{\textbf{CERTIFICATO DI PUBBLICAZIONE}}
%(pub)s\par
\raggedleft %(ps0)s\\ %(ps1)s}}
\end{document}
""" % dict(num=D["number"], date=D["date"], foot=foot, pn=D["proposal_number"], pd=D["proposal_date"],
           po=tx(D["proposing_office"]), subj=tx(D["subject"]), opening=tx(D["opening"]), roll=roll_rows,
           np=npres, na=len(D["roll"]) - npres, after=tx(D["after_roll"]), premesse=premesse,
           vote=tx(D["vote"]), points=points, exec=tx(D["exec_text"]), closing=tx(S.CLOSING),
           sp0=D["sign_president"][0], ss0=D["sign_secretary"][0], sp1=tx(D["sign_president"][1]),
           ss1=tx(D["sign_secretary"][1]), pub=tx(S.pub_text(D["number"])), ps0=S.PUB_SIGN[0],
           ps1=tx(S.PUB_SIGN[1]))
open(OUT, "w", encoding="utf-8").write(doc)
