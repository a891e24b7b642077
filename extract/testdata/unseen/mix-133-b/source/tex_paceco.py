# -*- coding: utf-8 -*-
"""Paceco, house style "halley", typeset by pdfLaTeX (B4): header on the
first page, subject framed, the register number and "Pag. X di Y" in a
fancyhdr running foot.  pdfTeX writes no space characters: words are
positioned glyph runs with kerning.
usage: python3 tex_paceco.py OUTDIR   (writes B4.tex; crest-paceco.png must be there)
"""
import sys, os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import acts


def tx(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "€": r"\texteuro{}", "'": "'"}
    return "".join(rep.get(c, c) for c in s)


def build(act):
    t = act["town"]
    r = act["resp"]
    rup = act["rup"]
    pre, post = acts.recitals(act)
    fin = t["fin"]
    pb = act["pubbl"]
    al = t["albo"]
    foot = "Determinazione Registro Generale n. %d del %s" % (act["reg_gen"], act["reg_gen_date"])
    L = []
    L.append(r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{mathptmx}
\usepackage{textcomp}
\usepackage[italian]{babel}
\usepackage[a4paper,left=20mm,right=20mm,top=15mm,bottom=25mm,footskip=12mm]{geometry}
\usepackage{graphicx}
\usepackage{fancyhdr}
\usepackage{lastpage}
\usepackage{tabularx}
\usepackage{enumitem}
\usepackage{array}
\pdfinfo{/Title (Determinazione R.G. n. %(rg)d/2028) /Author (Comune di Paceco) /Creator (Halley Atti - modello LaTeX)}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\renewcommand{\footrulewidth}{0.3pt}
\fancyfoot[R]{\footnotesize\itshape %(foot)s -- Pag. \thepage\ di \pageref{LastPage}}
\setlength{\parindent}{8mm}
\setlength{\parskip}{2pt}
\begin{document}
""" % {"rg": act["reg_gen"], "foot": tx(foot)})
    L.append(r"""\noindent\begin{minipage}[c]{18mm}\includegraphics[width=15mm]{crest-paceco.png}\end{minipage}%%
\begin{minipage}[c]{134mm}\centering
{\LARGE\bfseries %s}\\[1pt]
{\large\itshape %s}\\[1pt]
{\scriptsize %s}
\end{minipage}

\vspace{3mm}
\begin{center}
{\large\bfseries %s}\\
%s
\end{center}
\vspace{-3mm}\noindent\rule{\textwidth}{0.6pt}

\begin{center}{\large\bfseries DETERMINAZIONE DEL RESPONSABILE DEL SETTORE}\end{center}
\vspace{-2mm}
\begin{center}
\fbox{\begin{minipage}{66mm}\centering\footnotesize Determinazione di Settore\\ \large\bfseries N. %d del %s\end{minipage}}
\hspace{10mm}
\fbox{\begin{minipage}{66mm}\centering\footnotesize Registro Generale\\ \large\bfseries N. %d del %s\end{minipage}}
\end{center}
\vspace{-2mm}
\hfill{\footnotesize\itshape Proposta n. %d del %s}

\vspace{2mm}
\noindent\fbox{\begin{minipage}{\dimexpr\textwidth-2\fboxsep-2\fboxrule}
\bfseries OGGETTO: %s
\end{minipage}}

\begin{center}\bfseries %s\end{center}
""" % (tx(t["comune"]), tx(t["provincia"]), tx(t["address"]), tx(act["area"]), tx(act["office"]),
       act["sect"], act["sect_date"], act["reg_gen"], act["reg_gen_date"], act["proposal"], act["proposal_date"],
       tx(act["subject"]), tx(r[2])))
    for p in pre + act["premesse"] + post:
        L.append(tx(p) + "\n\n")
    L.append(tx("Vista la proposta di determinazione n. %d del %s predisposta dal Responsabile del procedimento, "
                "%s %s, e ritenuta la stessa meritevole di approvazione;" % (act["proposal"], act["proposal_date"],
                                                                            rup[0], rup[1])) + "\n\n")
    L.append(r"\begin{center}\bfseries\large DETERMINA\end{center}" "\n")
    L.append(r"\begin{enumerate}[label=\arabic*),leftmargin=7mm,itemsep=1pt]" "\n")
    for p in act["determina"]:
        L.append(r"\item " + tx(p) + "\n")
    L.append(r"\end{enumerate}" "\n")
    L.append(r"""
\vspace{4mm}\noindent Paceco, %s

\vspace{3mm}\noindent
\begin{minipage}[t]{80mm}\centering\small Il Responsabile del procedimento\\ %s %s\end{minipage}\hfill
\begin{minipage}[t]{80mm}\centering\small\textbf{%s}\\ %s %s\end{minipage}

\vspace{2mm}
\begin{center}\scriptsize\itshape Documento firmato digitalmente ai sensi del D.Lgs. 82/2005\end{center}

\newpage
\begin{center}
\textbf{SETTORE II -- SERVIZI FINANZIARI E TRIBUTI}\\
\textbf{VISTO DI REGOLARIT\`A CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA}\\
{\footnotesize\itshape (art. 183, comma 7, e art. 147-bis del D.Lgs. 267/2000)}
\end{center}
\noindent Si appone il visto di regolarit\`a contabile attestante la copertura finanziaria della spesa, che risulta registrata come segue:

\vspace{2mm}\noindent{\small
\begin{tabularx}{\textwidth}{|l|l|l|X|r|}\hline
\textbf{Anno} & \textbf{N. impegno} & \textbf{Capitolo/Art.} & \textbf{Descrizione} & \textbf{Importo \texteuro}\\\hline
""" % (act["sect_date"], tx(rup[0]), tx(rup[1]), tx(r[2]), tx(r[0]), tx(r[1])))
    for e in act["impegni"]:
        L.append(" & ".join(tx(v) for v in e) + r"\\\hline" "\n")
    L.append(r"""\end{tabularx}}

\vspace{2mm}\noindent{\small Beneficiario: %s}

\vspace{2mm}\noindent Paceco, %s

\begin{flushright}\small\textbf{%s}\\ %s %s\\ {\scriptsize\itshape Documento firmato digitalmente ai sensi del D.Lgs. 82/2005}\end{flushright}

\vspace{4mm}\noindent\fbox{\begin{minipage}{\dimexpr\textwidth-2\fboxsep-2\fboxrule}\small
\begin{center}\textbf{CERTIFICATO DI PUBBLICAZIONE}\\ \textbf{N. %d del Registro delle Pubblicazioni}\end{center}
%s

\noindent Paceco, %s
\begin{flushright}%s\\ %s\\ {\scriptsize\itshape Documento firmato digitalmente ai sensi del D.Lgs. 82/2005}\end{flushright}
\end{minipage}}
\end{document}
""" % (tx(act["creditor"]), act["visto_date"], tx(fin[2]), tx(fin[0]), tx(fin[1]), pb["reg"],
       tx(acts.PAC_CERT % (pb["from"], pb["to"])), pb["from"], tx(al[2]), tx(al[1])))
    return "".join(L)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    open(os.path.join(out, "B4.tex"), "w").write(build(acts.BY_ID["B4"]))
