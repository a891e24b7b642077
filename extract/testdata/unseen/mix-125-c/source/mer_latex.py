# -*- coding: utf-8 -*-
"""M1: Merano minute typeset by pdfLaTeX (Times through mathptmx/T1): words
are kerned TJ arrays without space characters, the roll is a two-column
tabular, fancyhdr prints the act's number at the head of every page."""
import sys
from data import MER_ACTS
from mer_model import blocks, running


def tex(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
           "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}",
           '"': r"\textquotedbl{}"}
    return "".join(rep.get(ch, ch) for ch in s)


HEAD = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[italian]{babel}
\usepackage{mathptmx}
\usepackage[scaled=0.9]{helvet}
\usepackage[top=30mm,bottom=25mm,left=22mm,right=22mm,headheight=14pt]{geometry}
\usepackage{array,tabularx}
\usepackage{fancyhdr}
\usepackage{lastpage}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[C]{\footnotesize\sffamily %(running)s}
\fancyfoot[C]{\footnotesize\sffamily %(page)s}
\setlength{\parindent}{0pt}
\setlength{\parskip}{4pt}
\pdfinfo{/Title (%(title)s) /Author (Stadtgemeinde Meran - Comune di Merano) /Creator (GVCC Delibere)}
\begin{document}
\thispagestyle{fancy}
"""


def build(a):
    out = [HEAD % {"running": tex(running(a)),
                   "page": r"Pag./Seite \thepage\ / \pageref{LastPage}",
                   "title": tex(running(a))}]
    for b in blocks(a):
        k = b[0]
        if k == "letterhead":
            out.append(r"""\begin{center}\sffamily
\begin{tabular*}{\textwidth}{@{}p{0.40\textwidth}@{\extracolsep{\fill}}c@{\extracolsep{\fill}}p{0.40\textwidth}@{}}
{\large\bfseries %s}\newline{\small %s} & \fbox{\rule{0pt}{0.9cm}\rule{0.6cm}{0pt}} & \raggedleft{\large\bfseries %s}\newline{\small %s}\tabularnewline
\end{tabular*}\\[2pt]
{\scriptsize %s}\\[-4pt]\rule{\textwidth}{0.8pt}
\end{center}""" % (tex(b[1]), tex(b[2]), tex(b[3]), tex(b[4]), tex(b[5])))
        elif k == "title":
            out.append(r"\begin{center}{\Large\bfseries %s}\\{\large\itshape %s}\end{center}" % (tex(b[1]), tex(b[2])))
        elif k == "numrow":
            cells = " & ".join(r"{\small %s / %s}\ \textbf{%s}" % (tex(x), tex(y), tex(z)) for x, y, z in b[1])
            out.append(r"\begin{center}\begin{tabular}{|l|l|l|}\hline %s \\ \hline\end{tabular}\end{center}" % cells)
        elif k == "proposal":
            out.append(r"{\small\sffamily %s\hfill %s}\par" % (tex(b[1]), tex(b[2])))
        elif k == "subject":
            out.append(r"""\vspace{4pt}{\hyphenpenalty=10000\exhyphenpenalty=10000
\begin{tabularx}{\textwidth}{@{}l>{\raggedright\arraybackslash}X@{}}
\textbf{%s} & \textbf{%s}\\[4pt]
\textit{%s} & \textit{%s}\\
\end{tabularx}}\par\vspace{4pt}""" % (tex(b[1]), tex(b[2]), tex(b[3]), tex(b[4])))
        elif k == "para":
            out.append(tex(b[1]) + "\n")
        elif k == "roll2":
            left, right = b[1]
            rows = []
            for i in range(max(len(left), len(right))):
                def cell(x):
                    if x is None:
                        return " & & "
                    n, r, p = x
                    return "%s & %s & %s" % (tex(n), tex(r), "X" if p else "a.g.")
                rows.append("%s & %s \\\\ \\hline" % (cell(left[i] if i < len(left) else None),
                                                       cell(right[i] if i < len(right) else None)))
            out.append(r"""\begin{center}\small\sffamily
\begin{tabular}{|l|l|c||l|l|c|}\hline
\textbf{Cognome e nome} & \textbf{Carica} & \textbf{pres.} & \textbf{Cognome e nome} & \textbf{Carica} & \textbf{pres.}\\
\textit{Zu- und Vorname} & \textit{Amt} & \textit{anw.} & \textit{Zu- und Vorname} & \textit{Amt} & \textit{anw.}\\ \hline
%s
\end{tabular}\\[2pt]
{\scriptsize X = presente / anwesend \quad a.g. = assente giustificato / entschuldigt abwesend}
\end{center}""" % "\n".join(rows))
        elif k == "center":
            if b[1] == "delibera":
                out.append(r"\begin{center}\textbf{d\,e\,l\,i\,b\,e\,r\,a}\end{center}")
            else:
                out.append(r"\begin{center}\textbf{%s}\end{center}" % tex(b[1]))
        elif k == "points":
            out.append(r"\begin{enumerate}" + "".join(r"\item %s" % tex(p) + "\n" for p in b[1]) + r"\end{enumerate}")
        elif k == "signatures":
            out.append(r"""\vspace{10pt}\noindent\begin{tabular*}{\textwidth}{@{}p{0.46\textwidth}@{\extracolsep{\fill}}p{0.46\textwidth}@{}}
\centering\textbf{%s} & \centering\textbf{%s}\tabularnewline
\centering %s & \centering %s\tabularnewline
\centering{\scriptsize %s} & \centering{\scriptsize %s}\tabularnewline
\end{tabular*}\par\vspace{12pt}""" % (tex(b[1][0]), tex(b[2][0]), tex(b[1][1]), tex(b[2][1]), tex(b[3]), tex(b[3])))
        elif k == "pubhead":
            out.append(r"\rule{\textwidth}{0.4pt}\par\textbf{%s}\par" % tex(b[1]))
    out.append(r"\end{document}")
    return "\n".join(out)


if __name__ == "__main__":
    act = [a for a in MER_ACTS if a["id"] == sys.argv[1]][0]
    open(sys.argv[2], "w", encoding="utf-8").write(build(act))
