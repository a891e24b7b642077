# writes a pdfLaTeX source: letter-spaced heading (microtype), R.G. only in the fancyhdr foot of every page
import sys
from acts import A, PREM
a = A["montefredane"]
def t(s): return s.replace("%", "\\%").replace("&", "\\&").replace("’", "'")
pts = "\n".join("\\item %s" % t(p) for p in a["pts"])
prem = "\n\n".join(t(p) for p in PREM + ["PREMESSO che numerosi tratti delle strade comunali di Montefredane risultano privi di adeguata segnaletica verticale e che la segnaletica orizzontale è in gran parte deteriorata;",
 "CONSIDERATO che la ditta Segnal Irpinia S.r.l., interpellata mediante richiesta di preventivo, ha offerto l'importo di euro 4.950,00 oltre IVA, ritenuto congruo;",
 "DATO ATTO che sono state verificate le condizioni di cui agli artt. 94 e 95 del D.Lgs. 36/2023;"] * 2)
doc = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage[italian]{babel}\usepackage{lmodern}
\usepackage[letterspace=250]{microtype}\usepackage{fancyhdr,lastpage}\usepackage[margin=2.3cm,bottom=3cm]{geometry}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}\renewcommand{\footrulewidth}{0.4pt}
\fancyfoot[C]{\small Determinazione R.G. n. RGN del RGD -- Pag. \thepage\ di \pageref{LastPage}}
\begin{document}
\begin{center}{\Large\bfseries\textls{MUNI}}\\ PROV\\[4pt]\hrule\end{center}
\noindent\textsc{ORGAN}\hfill Proposta n. PROP del PDATE\\ OFFICE
\begin{center}{\large\bfseries \textls{DETERMINAZIONE}}\\[2pt] \textbf{n. SEC del Settore III del SDATE}\end{center}
\noindent\textbf{Oggetto:} \textbf{SUBJ}
\begin{center}\textbf{IL RESPONSABILE DEL SETTORE}\end{center}
PREM
\begin{center}\textbf{\textls{DETERMINA}}\end{center}
\begin{enumerate}PTS\end{enumerate}
\vspace{1cm}\hfill\begin{tabular}{c}SIGN\\ SIGNER\end{tabular}
\end{document}
"""
for k, v in [("RGN", str(a["rg"])), ("RGD", a["rgdate"]), ("MUNI", a["muni"]), ("PROV", a["prov"]), ("ORGAN", t(a["organ"])), ("OFFICE", a["office"]),
             ("PROP", str(a["prop"])), ("PDATE", a["propdate"]), ("SEC", str(a["sec"])), ("SDATE", a["secdate"]), ("SUBJ", t(a["subj"])),
             ("PREM", prem), ("PTS", pts), ("SIGNER", a["signer"]), ("SIGN", a["sign"])]:
    doc = doc.replace(k, v)
open(sys.argv[1], "w").write(doc)
