# -*- coding: utf-8 -*-
"""B3: Pieve a Nievole minute n. 124 typeset by pdfLaTeX (Times via
mathptmx/T1), as an office's template would: the letter-spaced title by
soul's \\so, the running head by fancyhdr from page 2, "Pagina x di y" by
lastpage, the roll in two columns and both votes in small tabulars.
pdfLaTeX writes words as TJ arrays without space characters."""
import sys

from content import B3, PIEVE, APERTURA_PIEVE, PRES_PIEVE


def tex(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%")
             .replace("$", "\\$").replace("#", "\\#").replace("_", "\\_")
             .replace("°", "\\textdegree{}").replace('"', "''"))


def vote_table(rows):
    cols = "|" + "c|" * len(rows)
    head = " & ".join("\\textbf{%s}" % tex(a) for a, _ in rows)
    vals = " & ".join(tex(b) for _, b in rows)
    return ("\\begin{center}\\small\\begin{tabular}{%s}\\hline %s\\\\\\hline %s\\\\\\hline"
            "\\end{tabular}\\end{center}" % (cols, head, vals))


def build(act):
    c = PIEVE
    g = list(zip(c["giunta"], act["present"]))
    rows = []
    for i in range(3):
        cells = []
        for col in (g[:3], g[3:]):
            if i < len(col):
                (name, role), pres = col[i]
                cells.append("%s & %s & %s" % (tex(name), tex(role),
                                               "Presente" if pres else "Assente"))
            else:
                cells.append(" & & ")
        rows.append(" & ".join(cells) + "\\\\")
    npres = sum(act["present"])
    t, role, name = c["secretary"]
    prem = "\n\n".join(tex(p) for p in act["premesse"])
    pts = "\n".join("\\item %s" % tex(p) for p in act["points"])
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[italian]{babel}
\usepackage{mathptmx}
\usepackage[top=20mm,bottom=24mm,left=22mm,right=22mm,headheight=14pt]{geometry}
\usepackage{soul,fancyhdr,lastpage,array,enumitem}
\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\fancyhead[C]{\ifnum\value{page}>1\footnotesize\itshape Comune di Pieve a Nievole -- Deliberazione della Giunta Comunale n. %(num)d del %(date)s\fi}
\fancyfoot[C]{\footnotesize Pagina \thepage\ di \pageref{LastPage}}
\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\pdfinfo{/Title (Deliberazione G.C. n. %(num)d del %(date)s) /Author (Comune di Pieve a Nievole) /Creator (J-Iride - modello LaTeX)}
\begin{document}
\begin{center}
{\fontsize{16}{18}\selectfont\bfseries %(cname)s}\\
{\itshape %(prov)s}\\
{\scriptsize %(addr)s}\\[-4pt]
\rule{\textwidth}{1.2pt}\\[-10pt]\rule{\textwidth}{0.4pt}\\[8pt]
{\large\bfseries\so{DELIBERAZIONE DELLA GIUNTA COMUNALE}}
\end{center}
\vspace{2pt}
\begin{tabular}{|>{\centering\arraybackslash}p{0.24\textwidth}|>{\centering\arraybackslash}p{0.3\textwidth}|>{\centering\arraybackslash}p{0.37\textwidth}|}
\hline \textbf{N. %(num)d} & \textbf{Data %(date)s} & \small Proposta n. %(prop)s del %(prop_date)s\\
\hline \multicolumn{3}{|l|}{\small Settore proponente: %(prop_office)s}\\\hline
\end{tabular}

\vspace{8pt}
\begin{tabular}{@{}p{0.13\textwidth}@{}p{0.87\textwidth}@{}}
\textbf{OGGETTO:} & \textbf{%(subject)s}
\end{tabular}

\vspace{6pt}
%(apertura)s

{\small\begin{tabular}{@{}p{0.2\textwidth}p{0.12\textwidth}p{0.1\textwidth}|p{0.2\textwidth}p{0.12\textwidth}p{0.1\textwidth}@{}}
\hline
%(rows)s
\hline
\end{tabular}}

{\small\itshape Presenti n. %(npres)d -- Assenti n. %(nass)d}

%(presidency)s

\begin{center}\textbf{LA GIUNTA COMUNALE}\end{center}
\vspace{-6pt}
%(prem)s

%(vote_intro)s
%(vtable)s
\begin{center}{\large\bfseries\so{%(verb)s}}\end{center}
\begin{enumerate}[label=\arabic*),leftmargin=22pt,itemsep=2pt]
%(pts)s
\end{enumerate}

%(ie_intro)s
%(ietable)s
%(ie)s

\vspace{10pt}
{\itshape Il presente verbale viene letto, approvato e sottoscritto.}

\vspace{6pt}
\begin{minipage}{0.48\textwidth}\centering\textbf{IL PRESIDENTE}\\ %(pres)s\end{minipage}\hfill
\begin{minipage}{0.48\textwidth}\centering\textbf{IL SEGRETARIO COMUNALE}\\ %(stitle)s %(sname)s\end{minipage}

\vspace{4pt}
\begin{center}\scriptsize\itshape (Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate)\end{center}

\vspace{6pt}
\fbox{\parbox{\dimexpr\textwidth-2\fboxsep-2\fboxrule}{\small Pubblicata all'Albo Pretorio on line dal %(pubd)s per quindici giorni consecutivi, n. %(pubn)s del registro delle pubblicazioni.}}
\end{document}
""" % dict(num=act["num"], date=act["date"], cname=tex(c["name"]), prov=tex(c["prov"]),
           addr=tex(c["addr"]), prop=act["prop"], prop_date=act["prop_date"],
           prop_office=tex(act["prop_office"]), subject=tex(act["subject"]),
           apertura=tex(APERTURA_PIEVE.format(giorno=act["giorno"], ora=act["ora"])),
           rows="\n".join(rows), npres=npres, nass=5 - npres,
           presidency=tex(act["presidency"]), prem=prem, vote_intro=tex(act["vote_intro"]),
           vtable=vote_table(act["vote_table"]), verb=act["verb"], pts=pts,
           ie_intro=tex(act["ie_intro"]), ietable=vote_table(act["ie_table"]),
           ie=tex(act["ie"]), pres=PRES_PIEVE[act["num"]], stitle=t, sname=name,
           pubd=act["pub"][0], pubn=act["pub"][1])


if __name__ == "__main__":
    open(sys.argv[1], "w", encoding="utf-8").write(build(B3))
