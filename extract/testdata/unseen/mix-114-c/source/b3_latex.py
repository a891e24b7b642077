# -*- coding: utf-8 -*-
"""B3: Cavriglia, Consiglio n. 7 - LaTeX source for pdflatex (Times via
mathptmx, T1, Italian hyphenation): a roll in two side-by-side columns whose
marks are the words Presente / Assente."""
import sys
from data import B3, it_date, words_date

a = B3


def tex(s):
    for k, v in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"),
                 ("#", r"\#"), ("_", r"\_")):
        s = s.replace(k, v)
    return s


day, month = words_date(a["date"])
p, s = a["president"], a["secretary"]
roll = a["roll"]
half = 7
rows = []
for i in range(half):
    l = roll[i]
    left = r"%d & %s & %s & %s" % (i + 1, tex(l[0]), l[1], l[2])
    if i + half < len(roll):
        r = roll[i + half]
        right = r"%d & %s & %s & %s" % (i + half + 1, tex(r[0]), r[1], r[2])
    else:
        right = r" & & & "
    rows.append(left + " & " + right + r" \\ \hline")
pres = sum(1 for r in roll if r[2] == "Presente")
c = a["vote_counts"]
prem = "\n\n".join(tex(t) for t in a["premessa"])
items = "\n".join(r"\item %s" % tex(t) for t in a["points"])
ref = "Delibera C.C. n. %d del %s" % (a["number"], it_date(a["date"]))

doc = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[italian]{babel}
\usepackage{mathptmx}
\usepackage[top=18mm,bottom=24mm,left=21mm,right=21mm,footskip=12mm]{geometry}
\usepackage{fancyhdr,lastpage,array,tabularx,enumitem,tikz}
\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0pt}\renewcommand{\footrulewidth}{0.4pt}
\lfoot{\small\itshape %(ref)s}\rfoot{\small\itshape Pag. \thepage\ di \pageref{LastPage}}
\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\pdfinfo{/Title (Delibera di Consiglio 7/2027) /Creator (CiviliaNext - modello LaTeX verbali consiliari)}
\begin{document}
\thispagestyle{fancy}
\begin{center}
\begin{tikzpicture}[line width=0.8pt]
\draw (0,0) -- (1.2,0) -- (1.2,-0.75) .. controls (1.2,-1.1) and (0.6,-1.35) .. (0.6,-1.35) .. controls (0.6,-1.35) and (0,-1.1) .. (0,-0.75) -- cycle;
\draw[line width=0.5pt] (0.6,-0.05) -- (0.6,-1.3) (0.05,-0.45) -- (1.15,-0.45);
\end{tikzpicture}\\[2mm]
{\fontsize{16}{19}\selectfont\bfseries COMUNE DI CAVRIGLIA}\\
{\itshape Provincia di Arezzo}
\end{center}
\vspace{1mm}
\renewcommand{\arraystretch}{1.25}
\noindent\begin{tabularx}{\textwidth}{|X|p{45mm}|}\hline
{\large\bfseries DELIBERAZIONE DEL CONSIGLIO COMUNALE}\newline {\small\itshape Seduta pubblica ordinaria di prima convocazione} &
{\large\bfseries N. %(num)d}\newline del %(date)s \\ \hline
\multicolumn{2}{|l|}{\small Proposta n. %(pn)d del %(pd)s \ -- \ Settore proponente: %(po)s} \\ \hline
\multicolumn{2}{|p{\dimexpr\textwidth-2\tabcolsep-2\arrayrulewidth\relax}|}{\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000
\textbf{OGGETTO:}\quad\textbf{%(subj)s}} \\ \hline
\end{tabularx}

\vspace{3mm}
L'anno duemilaventisette, il giorno %(day)s del mese di %(month)s, alle ore %(time)s, nella Sala
Consiliare del Palazzo Comunale, convocato nei modi e nei termini di legge, si è riunito il
Consiglio Comunale in sessione ordinaria. Eseguito l'appello nominale risultano:

\vspace{1mm}
{\small\renewcommand{\arraystretch}{1.15}\setlength{\tabcolsep}{4.2pt}
\noindent\begin{tabular}{|r|l|l|l||r|l|l|l|}\hline
\textbf{N.} & \textbf{Consigliere} & \textbf{Carica} & \textbf{Presenza} & \textbf{N.} & \textbf{Consigliere} & \textbf{Carica} & \textbf{Presenza} \\ \hline
%(rows)s
\end{tabular}}

\vspace{1mm}
\textbf{Presenti n. %(pres)d \qquad Assenti n. %(abs)d}

Presiede la seduta la %(ptitle)s \mbox{%(pname)s}, \mbox{%(prole)s}. Assiste il \mbox{%(srole)s} %(stitle)s
\mbox{%(sname)s}, incaricato della redazione del presente verbale. Il Presidente, accertato il numero
legale, dichiara aperta la seduta e pone in discussione l'argomento in oggetto.

\begin{center}\bfseries IL CONSIGLIO COMUNALE\end{center}

%(prem)s

Con la seguente votazione, espressa per alzata di mano: Consiglieri presenti n. %(cp)d,
votanti n. %(cv)d, favorevoli n. %(cf)d, contrari n. %(cc)d (Cheli, Fantoni, Peruzzi),

\begin{center}\bfseries DELIBERA\end{center}
\begin{enumerate}[label=\arabic*),leftmargin=8mm,itemsep=2pt]
%(items)s
\end{enumerate}

Successivamente, con separata votazione unanime degli %(cp)d Consiglieri presenti, il Consiglio
Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134,
comma 4, del D.Lgs. 18 agosto 2000, n. 267.

\vspace{5mm}
Letto, approvato e sottoscritto.

\vspace{3mm}
\noindent\begin{tabular*}{\textwidth}{@{}p{0.5\textwidth}@{}p{0.5\textwidth}@{}}
\centering\textbf{IL PRESIDENTE} & \centering\textbf{IL SEGRETARIO COMUNALE} \tabularnewline
\centering %(pname)s & \centering %(stitle)s %(sname)s \tabularnewline
\centering{\small\itshape (firmato digitalmente)} & \centering{\small\itshape (firmato digitalmente)} \tabularnewline
\end{tabular*}
\end{document}
""" % dict(ref=ref, num=a["number"], date=it_date(a["date"]), pn=a["proposal_number"],
           pd=it_date(a["proposal_date"]), po=tex(a["proposing_office"]), subj=tex(a["subject"]),
           day=day, month=month, time=a["time"], rows="\n".join(rows), pres=pres,
           abs=len(roll) - pres, ptitle=p["title"], pname=p["name"], prole=p["role"],
           srole=s["role"], stitle=s["title"], sname=s["name"], prem=prem,
           cp=c["present"], cv=c["voters"], cf=c["in_favour"], cc=c["against"], items=items)
open(sys.argv[1], "w", encoding="utf-8").write(doc)
