# -*- coding: utf-8 -*-
"""B2: Barile's Hypersic-like determinazione typeset with pdfLaTeX.

pdfTeX writes words as kerned glyph runs with no space glyphs; the title is
letter-spaced with soul's \\so; fancyhdr prints a running foot with the
register number and "pag. X di Y".
Usage: python3 barile_tex.py OUTDIR   (writes B2.tex; crest-barile.png must be there)
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data


def tex(s):
    rep = [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"),
           ("_", r"\_"), ("€", r"\euro{}"), ("’", "'"), ("“", "``"), ("”", "''"), ("–", "--")]
    for a, b in rep:
        s = s.replace(a, b)
    return s


def build(out):
    d = data.B2
    b = d["body"]
    prem = "\n\n".join(tex(p) for p in d["premises"])
    items = "\n".join(r"\item " + tex(p) for p in d["points"])
    src = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[italian]{babel}
\usepackage[scaled=0.95]{helvet}
\renewcommand{\familydefault}{\sfdefault}
\usepackage{eurosym}
\usepackage[a4paper,left=20mm,right=18mm,top=14mm,bottom=24mm,footskip=12mm]{geometry}
\usepackage{graphicx,xcolor,array,colortbl,soul,enumitem,fancyhdr,lastpage}
\definecolor{bordo}{RGB}{120,20,20}
\definecolor{grigio}{RGB}{230,230,230}
\definecolor{chiaro}{RGB}{242,242,242}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\renewcommand{\footrulewidth}{0.3pt}
\fancyfoot[C]{\scriptsize Comune di Barile -- Area Economico-Finanziaria -- Determinazione R.G. n.~%(num)d del %(date)s -- pag.~\thepage\ di \pageref{LastPage}}
\setlength{\parindent}{0pt}
\setlength{\parskip}{4pt}
\pdfinfo{/Title (Determinazione n. %(num)d/2028) /Author (Area Economico-Finanziaria)}
\sodef\spaziato{}{.35em}{.9em}{0pt}
\begin{document}
\thispagestyle{fancy}
\noindent\begin{minipage}[t]{18mm}\vspace{0pt}\includegraphics[width=16mm]{crest-barile.png}\end{minipage}%%
\begin{minipage}[t]{88mm}\vspace{0pt}
{\fontsize{17}{20}\selectfont\bfseries\color{bordo}COMUNE DI BARILE}\\[2pt]
{\small %(prov)s}\\[3pt]
{\scriptsize %(addr)s}\\
{\scriptsize %(cont)s}
\end{minipage}\hfill
\begin{minipage}[t]{62mm}\vspace{0pt}
\colorbox{grigio}{\parbox{58mm}{\centering\vspace{4pt}{\large\bfseries \mbox{%(organ)s}}\\[3pt]{\small %(office)s}\vspace{4pt}}}
\end{minipage}

\vspace{8pt}
\begin{center}\small
\setlength{\arrayrulewidth}{0.4pt}
\begin{tabular}{|>{\columncolor{chiaro}}p{42mm}|p{25mm}|>{\columncolor{chiaro}}p{14mm}|p{30mm}|}
\hline
Registro Generale N. & \textbf{%(num)d} & data & \textbf{%(date)s}\\ \hline
Registro dell'Area N. & \textbf{%(snum)d} & data & \textbf{%(sdate)s}\\ \hline
\end{tabular}
\end{center}

{\small\itshape Servizio proponente:} {\small %(prop)s}

\vspace{6pt}
\begin{center}{\Large\bfseries \spaziato{DETERMINAZIONE}}\end{center}

{\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000\bfseries
\begin{tabular}{@{}p{19mm}p{150mm}@{}}
OGGETTO: & %(subj)s\\
\end{tabular}\par}

\begin{center}\bfseries IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA\end{center}

%(prem)s

Attestata la regolarit\`a tecnica e la correttezza dell'azione amministrativa, ai sensi dell'art.~147-bis del D.Lgs.~267/2000;

\begin{center}\bfseries\large \spaziato{DETERMINA}\end{center}

\begin{enumerate}[label=\arabic*),leftmargin=8mm,itemsep=2pt]
%(items)s
\end{enumerate}

\vspace{14pt}
\hfill\begin{minipage}{85mm}\centering
%(role)s\\[2pt]
\textbf{%(stitle)s %(sname)s}\\[1pt]
{\scriptsize\itshape Documento firmato digitalmente ai sensi del D.Lgs. 82/2005}
\end{minipage}

\vspace{14pt}
\noindent\fbox{\parbox{\dimexpr\linewidth-2\fboxsep-2\fboxrule}{\footnotesize
\textbf{VISTO DI REGOLARIT\`A CONTABILE E ATTESTAZIONE DI COPERTURA FINANZIARIA}\\
Ai sensi dell'art.~183, comma 7, del D.Lgs.~267/2000 si appone il visto di regolarit\`a contabile attestante la copertura finanziaria della spesa.
Impegni n.~41/2028 e n.~42/2028 -- capitolo 1060. Barile, 17/01/2028. Il Responsabile dell'Area Economico-Finanziaria, rag.~Vincenzo Sonnessa (firmato digitalmente)}}
\end{document}
""" % dict(num=d["number"], date=d["date"], snum=d["sector_number"], sdate=d["sector_date"],
           prov=tex(b["prov"]), addr=tex(b["address"]), cont=tex(b["contacts"]),
           organ=tex(d["organ"]), office=tex(d["office"]), prop=tex(d["proposing_office"]),
           subj=tex(d["subject"]), prem=prem, items=items,
           role=tex(d["signer_role"][0]).replace("’", "'"), stitle=d["signer_title"], sname=d["signer_name"])
    with open(os.path.join(out, "B2.tex"), "w", encoding="utf-8") as f:
        f.write(src)


if __name__ == "__main__":
    build(sys.argv[1])
