# -*- coding: utf-8 -*-
"""Comune di Borgio Verezzi, house style "sicraweb": deliberation 3 typeset
with pdfLaTeX (Times, Italian hyphenation, letter-spaced heading by
microtype, fields over rules, fancyhdr running head with the number).

usage: bor_latex.py OUT.tex
"""
import sys

from acts import act, BODIES
from common import bor_opening, bor_after_roll, bor_columns, bor_head

a = act("B3")
B = BODIES["borgio"]


def tx(s):
    for k, v in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"),
                 ("_", r"\_"), ("{", r"\{"), ("}", r"\}"), ("°", r"\textdegree{}"), ('"', "''")):
        s = s.replace(k, v)
    return s


cols = bor_columns(a)
roll_rows = []
for i in range(max(len(c) for c in cols)):
    cells = []
    for c in cols:
        if i < len(c):
            n, ro, p = c[i]
            cells.append(r"\textbf{%s}\hfill %s\newline\textit{%s}" % (tx(n), "P" if p else "A", tx(ro)))
        else:
            cells.append("")
    roll_rows.append(" & ".join(cells) + r" \\[3pt]")

ar = bor_after_roll(a)
sec = B["secretary"]
doc = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[italian]{babel}
\usepackage{mathptmx}
\usepackage[a4paper,left=2.2cm,right=2.2cm,top=2.2cm,bottom=2.6cm,headheight=14pt,headsep=10pt]{geometry}
\usepackage[letterspace=300]{microtype}
\usepackage{fancyhdr,lastpage,array,tikz}
\pdfinfo{/Title (Delibera C.C. n. %(n)d/2028 - Comune di Borgio Verezzi) /Author (Sicraweb - Atti)}
\setlength{\parindent}{0pt}\setlength{\parskip}{3.5pt}
\fancypagestyle{plain}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}
  \fancyfoot[C]{\scriptsize %(addr_full)s}}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small %(head)s}\fancyhead[R]{\small pag. \thepage\ di \pageref{LastPage}}
\fancyfoot[C]{\scriptsize %(addr_full)s}
\renewcommand{\headrulewidth}{0.4pt}
\newcommand{\campo}[2]{\underline{\makebox[#1]{#2}}}
\begin{document}
\thispagestyle{plain}
\begin{minipage}[c]{1.6cm}
\begin{tikzpicture}[scale=0.55]
\draw[line width=0.7pt, fill=blue!25] (0,2.4) -- (2,2.4) -- (2,1) .. controls (2,0.3) and (1.3,0.1) .. (1,0)
  .. controls (0.7,0.1) and (0,0.3) .. (0,1) -- cycle;
\draw[blue!60!black, line width=0.8pt] (0.2,1.2) sin (0.6,1.4) cos (1,1.2) sin (1.4,1.4) cos (1.8,1.2);
\draw[blue!60!black, line width=0.8pt] (0.2,0.8) sin (0.6,1.0) cos (1,0.8) sin (1.4,1.0) cos (1.8,0.8);
\fill[yellow!70!orange] (1,1.9) circle (0.25);
\end{tikzpicture}
\end{minipage}\hfill
\begin{minipage}[c]{13.5cm}\centering
{\large\bfseries\textls{COMUNE DI BORGIO VEREZZI}}\\[2pt]
{\itshape Provincia di Savona}
\end{minipage}\hfill\mbox{}\\[-2pt]
\rule{\linewidth}{1.2pt}\\[-9pt]\rule{\linewidth}{0.4pt}

\vspace{6pt}
\begin{center}{\bfseries\large VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE}\end{center}
\vspace{-4pt}
\textbf{N.} \campo{1.6cm}{%(n)d} \hfill \textbf{del} \campo{3cm}{%(d)s}

\vspace{4pt}
\fbox{\parbox{\dimexpr\linewidth-2\fboxsep-2\fboxrule}{\raggedright\hyphenpenalty=10000
\textbf{OGGETTO:} \textbf{%(subj)s}}}

\vspace{4pt}
%(opening)s

\vspace{2pt}
{\small\renewcommand{\arraystretch}{1.05}
\begin{tabular}{@{}>{\raggedright\arraybackslash}p{5.1cm}@{\hspace{0.6cm}}>{\raggedright\arraybackslash}p{5.1cm}@{\hspace{0.6cm}}>{\raggedright\arraybackslash}p{5.1cm}@{}}
%(roll)s
\end{tabular}}\\
{\footnotesize (P = presente \quad A = assente)}

%(tot)s

%(pres)s

\begin{center}\textbf{IL CONSIGLIO COMUNALE}\end{center}
%(prem)s

%(vote)s

\begin{center}\textbf{\textls[600]{DELIBERA}}\end{center}
%(pts)s

%(ie)s

\vspace{8pt}
Letto, approvato e sottoscritto.

\vspace{6pt}
\begin{minipage}[t]{0.48\linewidth}\centering IL SINDACO - PRESIDENTE\\[3pt] Giorgio Pastorino\\
{\scriptsize (firmato digitalmente)}\end{minipage}\hfill
\begin{minipage}[t]{0.48\linewidth}\centering IL SEGRETARIO COMUNALE\\[3pt] %(sec)s\\
{\scriptsize (firmato digitalmente)}\end{minipage}
\end{document}
""" % {
    "n": a["number"], "d": a["date_it"], "head": tx(bor_head(a)),
    "addr_full": tx("Comune di Borgio Verezzi - " + B["address"]),
    "subj": tx(a["subject"]), "opening": tx(bor_opening(a)), "roll": "\n".join(roll_rows),
    "tot": r"\textbf{%s}" % tx(ar[0]), "pres": tx(ar[1]),
    "prem": "\n\n".join(tx(p) for p in a["premises"]), "vote": tx(a["vote"]),
    "pts": "\n\n".join(r"\hangindent=1.5em\hangafter=1 %d) %s" % (i, tx(p)) for i, p in enumerate(a["points"], 1)),
    "ie": tx(a["ie"]) if a["ie"] else "", "sec": tx("%s %s" % (sec["title"], sec["name"])),
}

with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(doc)
