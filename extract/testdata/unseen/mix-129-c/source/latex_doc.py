"""Bedizzole n. 22: the Sicraweb-like model typeset by pdfLaTeX, the roll in two columns (multicol)."""
import sys
from acts import ACTS, num_date
import common as C
OUT = sys.argv[1]
def esc(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("$", "\\$")
             .replace("#", "\\#").replace("_", "\\_").replace("'", "'").replace("\"", "''"))
for a in ACTS:
    if a["producer"] != "pdflatex": continue
    np = sum(r["present"] for r in a["roll"])
    roll = "\n".join(f"\\item \\textbf{{{esc(r['name'])}}} -- {esc(r['role'])} \\dotfill\\ {'presente' if r['present'] else 'assente'}" for r in a["roll"])
    prem = "\n\n".join(esc(p) for p in C.premesse(a))
    pts = "\n".join(f"\\item {esc(p)}" for p in a["points"])
    (r1, n1), (r2, n2) = C.sig(a)
    tex = rf"""\documentclass[10pt,a4paper]{{article}}
\usepackage[utf8]{{inputenc}}\usepackage[T1]{{fontenc}}\usepackage[italian]{{babel}}
\usepackage{{lmodern,multicol,enumitem,fancyhdr,lastpage}}
\usepackage[margin=2cm,top=2.2cm]{{geometry}}
\pagestyle{{fancy}}\fancyhf{{}}
\fancyhead[C]{{\footnotesize\itshape Comune di Bedizzole - Deliberazione di Consiglio Comunale n. {a['number']} del {num_date(a['date'])}}}
\fancyfoot[C]{{\scriptsize Delibera C.C. n. {a['number']}/2028 - Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 \quad Pag. \thepage/\pageref{{LastPage}}}}
\setlength{{\parindent}}{{0pt}}\setlength{{\parskip}}{{4pt}}
\begin{{document}}
\thispagestyle{{fancy}}
\begin{{minipage}}[t]{{0.62\textwidth}}{{\Large\bfseries COMUNE DI BEDIZZOLE}}\\ Provincia di Brescia\\ {{\scriptsize Piazza Vittorio Emanuele II, 1 - 25081 Bedizzole (BS)}}\end{{minipage}}\hfill
\fbox{{\begin{{minipage}}[t]{{0.3\textwidth}}\centering {{\scriptsize Codice ente 10989}}\\ \textbf{{DELIBERAZIONE N. {a['number']}}}\\ in data {num_date(a['date'])}\end{{minipage}}}}

\vspace{{8pt}}
\begin{{center}}\large\bfseries VERBALE DI {C.kind_title(a)}\\ \normalsize\mdseries Adunanza ordinaria di prima convocazione - seduta pubblica\end{{center}}

\textbf{{OGGETTO: {esc(a['subject'])}}}

{esc(C.opening(a))} {esc(C.assist(a))}

All'appello risultano:
\begin{{multicols}}{{2}}\footnotesize
\begin{{enumerate}}[leftmargin=*,itemsep=0pt]
{roll}
\end{{enumerate}}
\end{{multicols}}
Presenti n. {np} \qquad Assenti n. {len(a['roll']) - np}

{esc(C.presides(a))}

\begin{{center}}\textbf{{IL CONSIGLIO COMUNALE}}\end{{center}}
{prem}

\begin{{center}}\textbf{{DELIBERA}}\end{{center}}
\begin{{enumerate}}
{pts}
\end{{enumerate}}
{esc(C.ie_text(a))}

\vspace{{10pt}}
Letto, approvato e sottoscritto.

\vspace{{6pt}}
\begin{{tabular}}{{p{{0.45\textwidth}}p{{0.45\textwidth}}}}
\textbf{{{esc(r1)}}} & \textbf{{{esc(r2)}}}\\ {esc(n1)} & {esc(n2)}
\end{{tabular}}
\end{{document}}
"""
    open(f"{OUT}/{a['file'][:-4]}.tex", "w").write(tex)
