# -*- coding: utf-8 -*-
"""Trabia, "Progesi" house style, as the package's LaTeX report engine sets it
(pdfLaTeX, Times through mathptmx, fancyhdr running head and foot).
usage: python3 trabia_latex.py T1 OUT.tex
"""
import sys
import acts

A = getattr(acts, sys.argv[1])


def tex(s):
    for a, b in (("\\", "\\textbackslash{}"), ("&", "\\&"), ("%", "\\%"), ("$", "\\$"), ("#", "\\#"),
                 ("_", "\\_"), ("{", "\\{"), ("}", "\\}"), ("°", "\\textdegree{}")):
        s = s.replace(a, b)
    return s


head = acts.TRABIA_HEAD
items = "\n".join("  \\item %s" % tex(p) for p in A["points"])
prem = "\n\n".join(tex(p) for p in A["premises"])
signs = " & ".join("\\textbf{%s}" % tex(r) for r, n in A["signs"]) + " \\\\[2pt]\n" + \
        " & ".join("F.to %s" % tex(n) for r, n in A["signs"]) + " \\\\"

doc = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[italian]{babel}
\usepackage{mathptmx}
\usepackage[scaled=0.9]{helvet}
\usepackage[top=22mm,bottom=24mm,left=22mm,right=20mm,headheight=14pt]{geometry}
\usepackage{fancyhdr,lastpage,tabularx,tikz,enumitem}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \emergencystretch=3em
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\pdfinfo{/Title (Deliberazione @ABBR@ n. @NUM@ del @DATE@) /Author (Comune di Trabia) /Creator (Progesi Atti - motore di stampa LaTeX)}
\fancypagestyle{first}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}
  \fancyfoot[L]{\footnotesize Deliberazione @ABBR@ n. @NUM@ del @DATE@}
  \fancyfoot[R]{\footnotesize pag. \thepage\ di \pageref{LastPage}}}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\footnotesize\itshape Comune di Trabia -- Deliberazione della Giunta Municipale n. @NUM@ del @DATE@}
\fancyfoot[L]{\footnotesize Deliberazione @ABBR@ n. @NUM@ del @DATE@}
\fancyfoot[R]{\footnotesize pag. \thepage\ di \pageref{LastPage}}
\begin{document}
\thispagestyle{first}
\begin{minipage}[c]{22mm}
\begin{tikzpicture}[scale=0.55]
\draw[line width=1.1pt,color=red!55!black] (0,0) -- (0,2.2) -- (2.6,2.2) -- (2.6,0) .. controls (2.6,-1) and (1.6,-1.4) .. (1.3,-1.8) .. controls (1,-1.4) and (0,-1) .. (0,0);
\fill[color=red!55!black] (0.9,0.1) rectangle (1.7,1.5);
\fill[color=red!55!black] (0.7,1.5) rectangle (1.9,1.8);
\end{tikzpicture}
\end{minipage}\hfill
\begin{minipage}[c]{118mm}\centering
{\LARGE\bfseries @HEAD0@}\\[2pt]
{\large\itshape @HEAD1@}\\[2pt]
{\scriptsize @HEAD2@}
\end{minipage}\hfill
\begin{minipage}[c]{24mm}\raggedleft\fbox{\sffamily\bfseries\small ORIGINALE}\end{minipage}

\vspace{3mm}\hrule height 1pt\vspace{4mm}

{\renewcommand{\arraystretch}{1.5}
\begin{tabularx}{\linewidth}{|X|p{48mm}|}\hline
\centering\bfseries DELIBERAZIONE DELLA @ORGAN@ & \centering\arraybackslash\bfseries N. @NUM@ del @DATE@ \\ \hline
\end{tabularx}}

\vspace{1mm}{\small\itshape @PROPOSAL@}

\vspace{2mm}
\begin{tabularx}{\linewidth}{@{}lX@{}}
\textbf{OGGETTO:} & \textbf{@SUBJECT@} \\
\end{tabularx}

\vspace{2mm}\hrule\vspace{3mm}

@OPENING@

@ROLL@

@CHAIR@

\begin{center}\bfseries @BODYTITLE@\end{center}

@PREM@

@VOTE@

\begin{center}\bfseries D\,E\,L\,I\,B\,E\,R\,A\end{center}

\begin{enumerate}[label=\arabic*.,leftmargin=9mm]
@ITEMS@
\end{enumerate}

@IE@

\vspace{6mm}
\noindent Letto, approvato e sottoscritto.

\vspace{4mm}
{\small\noindent\begin{tabularx}{\linewidth}{@{}>{\centering\arraybackslash}X>{\centering\arraybackslash}X>{\centering\arraybackslash}X@{}}
@SIGNS@
\end{tabularx}}

\vspace{8mm}
\noindent\fbox{\parbox{\dimexpr\linewidth-2\fboxsep-2\fboxrule}{\small
\textbf{CERTIFICATO DI PUBBLICAZIONE}\par
Il sottoscritto Segretario Comunale, su conforme attestazione del Responsabile dell'Albo, certifica che la presente deliberazione è pubblicata all'Albo Pretorio on line del Comune dal 18/10/2028 al 02/11/2028 (Reg. Pubbl. n. 1466).\par
Trabia, 18/10/2028 \hfill Il Segretario Comunale -- F.to dott.ssa Giuseppa Mannino}}
\end{document}
"""
for k, v in {"@ABBR@": A["abbr"], "@NUM@": str(A["number"]), "@DATE@": A["date"],
             "@HEAD0@": tex(head[0]), "@HEAD1@": tex(head[1]), "@HEAD2@": tex(head[2]),
             "@ORGAN@": A["organ"], "@PROPOSAL@": tex(A["proposal"]), "@SUBJECT@": tex(A["subject"]),
             "@OPENING@": tex(A["opening"]), "@ROLL@": tex(A["roll"]), "@CHAIR@": tex(A["chair"]),
             "@BODYTITLE@": A["body_title"], "@PREM@": prem, "@VOTE@": tex(A["vote"]),
             "@ITEMS@": items, "@IE@": tex(A["ie"]), "@SIGNS@": signs}.items():
    doc = doc.replace(k, v)
open(sys.argv[2], "w", encoding="utf-8").write(doc)
