# -*- coding: utf-8 -*-
"""Comune di Naro n. 24: the Halley minute typeset by pdfLaTeX (Times,
T1), running head and foot with the number (fancyhdr), letter-spaced
headings (microtype \\textls), no hyphenation.

python3 naro_latex.py OUTDIR -> OUTDIR/deliberazione-naro-halley-24.tex
"""
import os
import sys

from data import naro
from naro_text import ENTE, SUB, blocks, running


def tex(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
           "_": r"\_", "{": r"\{", "}": r"\}", "€": "euro", "~": r"\~{}"}
    return "".join(rep.get(c, c) for c in s)


HEAD = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{mathptmx}
\usepackage[scaled=0.92]{helvet}
\usepackage[italian]{babel}
\usepackage[left=22mm,right=20mm,top=38mm,bottom=24mm,headheight=40pt,headsep=14pt]{geometry}
\usepackage[letterspace=150]{microtype}
\usepackage{fancyhdr,array,tabularx,lastpage}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \emergencystretch=3em
\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\pdfinfo{/Title (@RUN@) /Author (Comune di Naro) /Creator (Halley Atti Amministrativi - modello TeX)}
\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0.8pt}
\fancyhead[C]{{\bfseries\Large @ENTE@}\\[2pt]{\itshape @SUB@}}
\fancyfoot[L]{\sffamily\scriptsize @RUN@}
\fancyfoot[R]{\sffamily\scriptsize Pagina \thepage\ di \pageref{LastPage}}
\begin{document}
"""


def build(a):
    out = [HEAD.replace("@RUN@", running(a)).replace("@ENTE@", ENTE).replace("@SUB@", SUB)]
    for b in blocks(a):
        k = b[0]
        if k == "title":
            out.append(r"\begin{center}{\large\bfseries \textls[60]{%s}}\end{center}" % tex(b[1]))
        elif k == "numline":
            out.append(r"\begin{center}\vspace{-6pt}\fbox{\makebox[65mm]{\bfseries\large %s}}\end{center}" % tex(b[1]))
        elif k == "subject":
            out.append(r"\noindent\begin{tabularx}{\linewidth}{@{}l>{\raggedright\arraybackslash\bfseries}X@{}}"
                       r"\textbf{OGGETTO:} & %s\end{tabularx}" % tex(b[1]))
        elif k == "propbox":
            out.append(r"\par\smallskip\noindent\fbox{\parbox{\dimexpr\linewidth-2\fboxsep-2\fboxrule}{\small %s}}\par\medskip"
                       % r"\\ ".join(tex(x) for x in b[1]))
        elif k == "p":
            out.append(tex(b[1]) + "\n")
        elif k == "h":
            ls = 400 if b[1] == "DELIBERA" else 200
            out.append(r"\begin{center}\bfseries\textls[%d]{%s}\end{center}" % (ls, tex(b[1])))
        elif k == "h2":
            out.append(r"\bigskip\begin{center}\small\bfseries %s\end{center}" % tex(b[1]))
        elif k == "roll":
            rows = [r"%d & %s & %s & %s & %s \\ \hline" % (n, tex(nm), tex(rl), "SI" if p else "", "" if p else "SI")
                    for n, nm, rl, p in b[1]]
            out.append(r"\begin{center}\begin{tabular}{|c|p{55mm}|p{32mm}|c|c|}\hline"
                       r"\textbf{N.} & \textbf{Cognome e Nome} & \textbf{Carica} & \textbf{Presente} & \textbf{Assente}\\ \hline"
                       + "\n".join(rows) + r"\end{tabular}\end{center}")
        elif k == "ol":
            out.append(r"\begin{enumerate}\renewcommand{\labelenumi}{\arabic{enumi})}\setlength{\itemsep}{1pt}"
                       + "".join(r"\item %s" % tex(p) for p in b[1]) + r"\end{enumerate}")
        elif k == "parere":
            _, title, text, date, role, name = b
            out.append(r"\begin{minipage}{\linewidth}\small\textbf{%s}\\ %s\par"
                       r"\begin{flushright}%s\\ %s\\ %s\end{flushright}\end{minipage}\par\medskip"
                       % (tex(title), tex(text), tex(date), tex(role), tex(name)))
        elif k == "sign":
            cells = [r"\textbf{%s}\\[22pt]%s" % (tex(r), tex(n)) for r, n in b[1]]
            out.append(r"\par\medskip\noindent\begin{tabularx}{\linewidth}{@{}*{3}{>{\centering\arraybackslash\small}X}@{}}"
                       + " & ".join(r"\begin{tabular}[t]{@{}c@{}}%s\end{tabular}" % c for c in cells)
                       + r"\end{tabularx}")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    for a in naro:
        if a["number"] == 24:
            with open(os.path.join(sys.argv[1], a["file"].replace(".pdf", ".tex")), "w", encoding="utf-8") as f:
                f.write(build(a))
