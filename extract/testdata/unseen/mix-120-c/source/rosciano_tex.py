# -*- coding: utf-8 -*-
"""Rosciano's Consiglio minute n. 29 typeset with pdfLaTeX in the same
Halley-like layout (the office's LaTeX template for Council minutes): Times
body, justified and hyphenated, roll in two columns side by side, running
head with the number from page 2.

Usage: python3 rosciano_tex.py OUTDIR  -> OUTDIR/R3.tex
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ACTS, ROSCIANO  # noqa: E402

a = ACTS["R3"]

NAMES = ["Nicola Sablone", "Paola Sacchetti", "Di Crescenzo", "Rapposelli", "Di Lorito"]


def tex(s):
    for k, v in (("\\", "\\textbackslash{}"), ("&", "\\&"), ("%", "\\%"), ("$", "\\$"),
                 ("#", "\\#"), ("_", "\\_"), ("€", "\\euro{}")):
        s = s.replace(k, v)
    for n in NAMES:
        s = s.replace(n, "\\mbox{%s}" % n)
    return s


def build():
    L = [r"""\documentclass[10.5pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[italian]{babel}
\usepackage{mathptmx}
\usepackage[scaled=0.92]{helvet}
\usepackage[a4paper,left=22mm,right=20mm,top=14mm,bottom=24mm,headsep=6mm]{geometry}
\usepackage{fancyhdr,lastpage,tabularx,array,xcolor,tikz}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\footnotesize\sffamily\itshape Comune di Rosciano}
\fancyhead[R]{\footnotesize\sffamily\itshape Deliberazione di Consiglio Comunale n. %(n)d del %(d)s}
\fancyfoot[C]{\footnotesize\sffamily Pag. \thepage}
\fancypagestyle{first}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}\fancyfoot[C]{\footnotesize\sffamily Pag. \thepage}}
\setlength{\parindent}{0pt}
\setlength{\parskip}{3pt}
\renewcommand{\baselinestretch}{1.05}
\begin{document}
\thispagestyle{first}
\noindent\begin{tikzpicture}[remember picture,overlay]
\fill[red!55!black,draw=red!30!black] ([xshift=22mm,yshift=-18mm]current page.north west) -- ++(11.3mm,0) -- ++(0,-8.5mm) .. controls ++(0,-4mm) and ++(4mm,2mm) .. ++(-5.65mm,-6.5mm) .. controls ++(-4mm,2mm) and ++(0,-4mm) .. ++(-5.65mm,6.5mm) -- cycle;
\fill[yellow!80!orange] ([xshift=27.65mm,yshift=-25mm]current page.north west) circle (2.5mm);
\draw[line width=0.6pt] ([xshift=-46mm,yshift=-19mm]current page.north east) rectangle ++(26mm,-8mm) node[midway]{\sffamily\bfseries COPIA};
\end{tikzpicture}%%
\begin{center}
{\sffamily\bfseries\Large %(name)s}\\[1pt]
{\sffamily\small %(sub)s}\\[1pt]
{\sffamily\scriptsize %(addr)s}\\[-2pt]
\rule{\textwidth}{0.8pt}
\end{center}
\vspace{6mm}
\begin{center}{\sffamily\bfseries\large %(title)s}\end{center}
\vspace{-2mm}
{\sffamily\small
\begin{tabular}{|p{16mm}|p{18mm}|p{9mm}|p{26mm}|}\hline
\footnotesize Numero & \textbf{%(n)d} & \footnotesize Del & \textbf{%(d)s}\\\hline
\end{tabular}\hfill{\footnotesize Proposta n. %(pn)d del %(pd)s}\par\vspace{3mm}
\noindent\begin{tabularx}{\textwidth}{|p{15mm}X|}\hline
\footnotesize Oggetto: & \raggedright\bfseries %(subj)s\tabularnewline\hline
\end{tabularx}\par
{\footnotesize Ufficio proponente: %(po)s\\ %(sess)s}\par}
\vspace{4mm}
""" % dict(n=a["number"], d=a["date"], name=ROSCIANO["name"], sub=ROSCIANO["sub"].upper(),
           addr=ROSCIANO["addr"], title=a["kind_title"], pn=a["proposal"][0],
           pd=a["proposal"][1], po=a["proposal"][2], subj=tex(a["subject"]),
           sess=a["session"])]
    for p in a["opening"]:
        L.append(tex(p) + "\n")
    roll = a["roll"]
    half = (len(roll) + 1) // 2
    lft, rgt = roll[:half], roll[half:]
    L.append(r"\begin{center}\sffamily\small")
    L.append(r"\begin{tabular}{lc@{\hspace{14mm}}lc}")
    L.append(r"\textbf{Consigliere} & \textbf{P/A} & \textbf{Consigliere} & \textbf{P/A}\\\hline")
    for i in range(half):
        n1, r1, p1 = lft[i]
        c1 = tex(n1) + (" (%s)" % r1 if r1 else "")
        row = "%s & %s" % (c1, "P" if p1 else "A")
        if i < len(rgt):
            n2, r2, p2 = rgt[i]
            row += " & %s & %s" % (tex(n2) + (" (%s)" % r2 if r2 else ""), "P" if p2 else "A")
        else:
            row += " & & "
        L.append(row + r"\\")
    L.append(r"\hline\end{tabular}\\[3pt]")
    L.append(r"Presenti n. %s \qquad Assenti n. %s" % a["counts"])
    L.append(r"\end{center}")
    for p in a["after_roll"]:
        L.append(tex(p) + "\n")
    L.append(r"\begin{center}\bfseries %s\end{center}" % a["organ_line"])
    for p in a["premesse"]:
        L.append(tex(p) + "\n")
    L.append(tex(a["vote_pre"]) + "\n")
    L.append(r"\begin{center}\bfseries DELIBERA\end{center}")
    L.append(r"\begin{enumerate}\setlength{\itemsep}{2pt}")
    for p in a["points"]:
        L.append(r"\item " + tex(p))
    L.append(r"\end{enumerate}")
    for p in a["post"]:
        L.append(tex(p) + "\n")
    L.append(r"Letto, approvato e sottoscritto.\par\vspace{4mm}")
    (r1, n1), (r2, n2) = a["signs"]
    L.append(r"{\sffamily\small\noindent\begin{tabular*}{\textwidth}{@{\extracolsep{\fill}}cc}"
             r"\textbf{%s} & \textbf{%s}\\[3pt] %s & %s\end{tabular*}}\par" % (r1, r2, tex(n1), tex(n2)))
    L.append(r"\vspace{8mm}\begin{center}\bfseries CERTIFICATO DI PUBBLICAZIONE\end{center}")
    L.append("Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio "
             "on line per quindici giorni consecutivi dal 13-08-2027 al 28-08-2027 (n. 934 del "
             "Registro delle pubblicazioni).\n")
    L.append(r"Rosciano, lì 13-08-2027\par\vspace{2mm}")
    L.append(r"\hfill{\sffamily\small\begin{tabular}{c}IL RESPONSABILE DELLA PUBBLICAZIONE\\"
             r"f.to Gabriella Di Marzio\end{tabular}}")
    L.append(r"\end{document}")
    return "\n".join(L)


if __name__ == "__main__":
    with open(os.path.join(sys.argv[1], "R3.tex"), "w", encoding="utf-8") as f:
        f.write(build())
