# -*- coding: utf-8 -*-
"""B2: Consiglio Generale n. 5 of the Comunità Montana del Fortore, the
Halley-like minute typeset with pdfLaTeX (Times, T1): glyphs placed with
kerning and inter-word glue instead of space characters, running foot with
the number (fancyhdr), the roll of the Comuni's representatives in two
columns.  usage: b2_latex.py out.tex"""
import sys
from content import D, GIORNI

d = D["B2"]
out = sys.argv[1]


def hd(iso):
    y, m, dd = iso.split("-")
    return "%s-%s-%s" % (dd, m, y)


def tex(s, straight=False):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
           "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}"}
    s = "".join(rep.get(ch, ch) for ch in s)
    s = s.replace('"', "''") if not straight else s.replace('"', r"\textquotedbl{}")
    if straight:
        s = s.replace("'", r"\textquotesingle{}")
    return s


day = int(d["date"][8:10])
roll = d["roll"]
half = (len(roll) + 1) // 2
rows = []
for i in range(half):
    a = roll[i]
    b = roll[half + i] if half + i < len(roll) else None
    ca = r"%s & %s\newline\emph{%s} & %s" % (tex(a["comune"]), tex(a["name"]), tex(a["role"]), "P" if a["present"] else "A")
    cb = (r"%s & %s\newline\emph{%s} & %s" % (tex(b["comune"]), tex(b["name"]), tex(b["role"]), "P" if b["present"] else "A")) if b else "& &"
    rows.append(ca + " & " + cb + r" \\ \hline")
np = sum(r["present"] for r in roll)
vc = d["vote_counts"]

T = r"""\documentclass[11pt,a4paper]{article}
\usepackage{cmap}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[italian]{babel}
\usepackage{mathptmx}
\usepackage{textcomp}
\usepackage[top=18mm,bottom=24mm,left=22mm,right=20mm]{geometry}
\usepackage{fancyhdr}
\usepackage{array,tabularx}
\usepackage{enumitem}
\pdfinfo{/Title (Deliberazione del Consiglio Generale n. %(num)d) /Author (Comunita Montana del Fortore)}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\renewcommand{\footrulewidth}{0.3pt}
\fancyfoot[L]{\footnotesize Delibera di Consiglio Generale n. %(num)d del %(date)s}
\fancyfoot[R]{\footnotesize Pag. \thepage}
\setlength{\parindent}{0pt}
\setlength{\parskip}{3pt}
\begin{document}
\thispagestyle{fancy}
\begin{center}
{\Large\bfseries COMUNIT\`A MONTANA DEL FORTORE}\\[1pt]
{\small (Provincia di Benevento)}\\
{\small Piazza Garibaldi, 1 -- 82028 San Bartolomeo in Galdo (BN) -- C.F. 80004190625}
\end{center}
\vspace{2pt}
\fbox{\makebox[30mm]{\bfseries ORIGINALE}}
\vspace{6pt}
\begin{center}
{\large\bfseries V\,E\,R\,B\,A\,L\,E\ \ D\,I\ \ D\,E\,L\,I\,B\,E\,R\,A\,Z\,I\,O\,N\,E\ \ D\,E\,L\ \ C\,O\,N\,S\,I\,G\,L\,I\,O\ \ G\,E\,N\,E\,R\,A\,L\,E}\\[4pt]
{\bfseries N. %(num)d del %(date)s}
\end{center}
{\small Proposta n. %(pn)d del %(pd)s -- Ufficio proponente: %(po)s}\\[-2pt]
\noindent\begin{tabularx}{\textwidth}{@{}l>{\raggedright\arraybackslash\bfseries\hyphenpenalty=10000}X@{}}
\textbf{Oggetto:} & %(subj)s \\
\end{tabularx}
\hrule
\vspace{6pt}
L'anno duemilaventisette il giorno %(day)s del mese di aprile alle ore %(time)s, nella sala delle adunanze
della Comunit\`a Montana, a seguito di regolare convocazione prot. n. 1201 del 10-04-2027, si \`e riunito in
sessione ordinaria ed in seduta pubblica di prima convocazione il Consiglio Generale, composto dai
rappresentanti dei Comuni associati. All'appello risultano:

\vspace{2pt}
{\footnotesize
\noindent\begin{tabularx}{\textwidth}{|>{\raggedright\arraybackslash}p{24mm}|>{\raggedright\arraybackslash}X|c||>{\raggedright\arraybackslash}p{24mm}|>{\raggedright\arraybackslash}X|c|}
\hline
\textbf{Comune} & \textbf{Componente} & \textbf{P/A} & \textbf{Comune} & \textbf{Componente} & \textbf{P/A} \\ \hline
%(rows)s
\end{tabularx}}

\vspace{2pt}
\textbf{Presenti n. %(np)d \qquad Assenti n. %(na)d}

Presiede l'adunanza il prof.\ Domenico Ricciardi, Presidente del Consiglio Generale.

Assiste con funzioni di segretario verbalizzante il Segretario Generale Dott.\ Raffaele Ciampi.

\begin{center}\bfseries IL CONSIGLIO GENERALE\end{center}
%(prem)s

\textbf{Pareri} (art.~49 D.Lgs.\ n.~267/2000): regolarit\`a tecnica e contabile \emph{favorevole} --
il Responsabile dell'Area Economico-Finanziaria F.to Dott.\ Mario Lombardi.

Uditi gli interventi dei consiglieri Furno (che preannuncia l'astensione) e Zeoli (che preannuncia voto contrario);

Con voti favorevoli n.~%(fav)d, contrari n.~%(contr)d (Zeoli), astenuti n.~%(ast)d (Furno), espressi per alzata di mano dai n.~%(np)d consiglieri presenti,

\begin{center}\bfseries DELIBERA\end{center}
\begin{enumerate}[label=\arabic*),leftmargin=8mm,itemsep=1pt,parsep=0pt]
%(points)s
\end{enumerate}

Con successiva votazione, con lo stesso esito della precedente, il Consiglio Generale dichiara il presente atto
immediatamente eseguibile ai sensi dell'art.~134, comma 4, del D.Lgs.\ n.~267/2000.

\vspace{10pt}
Letto, confermato e sottoscritto.

\vspace{6pt}
\noindent\begin{tabularx}{\textwidth}{>{\centering\arraybackslash}X>{\centering\arraybackslash}X}
IL PRESIDENTE DEL CONSIGLIO GENERALE & IL SEGRETARIO GENERALE \\
F.to prof.\ Domenico Ricciardi & F.to Dott.\ Raffaele Ciampi \\
\end{tabularx}

\vspace{12pt}
\begin{center}\small\bfseries CERTIFICATO DI PUBBLICAZIONE\end{center}
{\small Il sottoscritto Responsabile della pubblicazione certifica che copia della presente deliberazione \`e
stata pubblicata all'Albo Pretorio on line il giorno 21-04-2027 per rimanervi quindici giorni consecutivi
(Reg. Pubbl. n. 219).

San Bartolomeo in Galdo, 21-04-2027 \hfill Il Responsabile della pubblicazione F.to Sig.\ Gennaro Pilla}
\end{document}
""" % dict(num=d["number"], date=hd(d["date"]), pn=d["proposal_number"], pd=hd(d["proposal_date"]),
           po=tex(d["proposing_office"]), subj=tex(d["subject"], straight=True), day=GIORNI[day],
           time=d["time"], rows="\n".join(rows), np=np, na=len(roll) - np,
           prem="\n\n".join(tex(p) for p in d["premesse"]),
           fav=vc["in_favour"], contr=vc["against"], ast=vc["abstained"],
           points="\n".join(r"\item " + tex(p) for p in d["points"]))
open(out, "w", encoding="utf-8").write(T)
