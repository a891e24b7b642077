# -*- coding: utf-8 -*-
"""Verucchio house style typeset by pdfLaTeX (V2): writes a .tex file.

pdfTeX writes words as TJ arrays with no space characters, justifies by
stretching the gaps, and the letter-spaced headings (microtype \\textls)
are single glyphs with kerns between them.
Usage: python3 ver_tex.py V2 out.tex
"""
import sys
import acts


def tx(s):
    rep = [("\\", "\\textbackslash{}"), ("&", "\\&"), ("%", "\\%"), ("$", "\\$"),
           ("#", "\\#"), ("_", "\\_"), ("€", "\\texteuro{}"), ("–", "--"),
           ("“", "``"), ("”", "''"), ("\"", "\\textquotedbl{}")]
    for a, b in rep:
        s = s.replace(a, b)
    return s


def build(act, out):
    h = acts.VER
    L = []
    L.append(r"""\documentclass[10pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage{textcomp}
\renewcommand{\familydefault}{\sfdefault}
\usepackage[italian]{babel}
\usepackage[top=22mm,bottom=24mm,left=20mm,right=20mm,headheight=14pt,footskip=12mm]{geometry}
\usepackage[letterspace=250]{microtype}
\usepackage{tabularx,array,fancyhdr,lastpage,graphicx,xcolor}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\pdfinfo{/Title (%(title)s) /Author (%(muni)s) /Creator (J-Ente Atti - modello LaTeX)}
\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0.4pt}\renewcommand{\footrulewidth}{0.4pt}
\fancyhead[L]{\scriptsize %(muni)s -- %(organrun)s}
\fancyhead[R]{\scriptsize Reg. Gen. n. %(rgn)d del %(rgd)s}
\fancyfoot[L]{\scriptsize %(muni)s -- Determinazione n. %(rgn)d del %(rgd)s}
\fancyfoot[R]{\scriptsize Pagina \thepage\ di \pageref{LastPage}}
\fancypagestyle{first}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\scriptsize %(muni)s -- Determinazione n. %(rgn)d del %(rgd)s}
\fancyfoot[R]{\scriptsize Pagina \thepage\ di \pageref{LastPage}}}
\begin{document}
\thispagestyle{first}
""" % dict(title="Determinazione n. %d del %s" % act["rg"], muni=h["muni"],
           organrun=tx(act["organ_run"]), rgn=act["rg"][0], rgd=act["rg"][1]))
    # letterhead: shield drawn with picture, name and office lines beside
    L.append(r"""\begin{minipage}[c]{20mm}
\setlength{\unitlength}{1mm}\begin{picture}(17,23)
\linethickness{0.8pt}\put(0,8){\line(0,1){14}}\put(17,8){\line(0,1){14}}\put(0,22){\line(1,0){17}}
\qbezier(0,8)(0,2)(8.5,0)\qbezier(17,8)(17,2)(8.5,0)
\put(3,9){\color[HTML]{7A1F1F}\rule{11mm}{9mm}}
\end{picture}
\end{minipage}\hspace{3mm}%%
\begin{minipage}[c]{145mm}
{\fontsize{17}{20}\selectfont\bfseries %s}\\[1pt]
{\small %s}\\[-4pt]
\rule{\linewidth}{0.5pt}\\
{\small\bfseries %s}\\
{\small\itshape %s}\\
{\tiny %s}
\end{minipage}

\vspace{8mm}
""" % (h["muni_caps"], h["prov"], tx(act["organ"]), tx(act["office"]), tx(h["addr"])))
    L.append(r"""\noindent\begin{tabularx}{\linewidth}{@{}X|>{\raggedright\arraybackslash}p{70mm}|}
\cline{2-2}
\multirow{2}{*}{} & \footnotesize\textbf{Registro Generale} n. \textbf{%d} del %s\\
{\LARGE\bfseries\textls{%s}} & \footnotesize\textbf{Registro di Settore} n. %d del %s\\
\cline{2-2}
\end{tabularx}

\vspace{3mm}
{\footnotesize Proposta n. %d del %s -- Ufficio proponente: %s}

\vspace{3mm}
\noindent\begin{tabularx}{\linewidth}{|>{\columncolor[gray]{0.87}}p{20mm}|>{\bfseries\raggedright\arraybackslash}X|}
\hline
\textbf{OGGETTO:} & %s\\
\hline
\end{tabularx}

\vspace{4mm}
\begin{center}\bfseries %s\end{center}
""" % (act["rg"][0], act["rg"][1], act["title"], act["rs"][0], act["rs"][1],
       act["prop"][0], act["prop"][1], tx(act["prop_office"]), tx(act["subject"]), act["intro"]))
    for p in act["premesse"]:
        L.append(tx(p) + "\n")
    if "table" in act:
        rows = act["table"]
        L.append(r"\begin{center}\footnotesize\begin{tabular}{|l|c|r|}\hline")
        for i, r in enumerate(rows):
            cells = [tx(c) for c in r]
            if i == 0 or r[0] == "Totale":
                cells = [r"\textbf{%s}" % c if c else "" for c in cells]
            L.append(" & ".join(cells) + r"\\\hline")
        L.append(r"\end{tabular}\end{center}")
    L.append(r"\begin{center}\bfseries\textls{%s}\end{center}" % act["verb"])
    L.append(r"\begin{enumerate}\setlength{\itemsep}{2pt}")
    for p in act["points"]:
        L.append(r"\item " + tx(p))
    L.append(r"\end{enumerate}")
    L.append(r"""
\vspace{6mm}
\hfill\begin{minipage}{80mm}\centering
%s\\ \textbf{%s}\\[1pt]
{\scriptsize Documento firmato digitalmente ai sensi del D.Lgs. 82/2005}
\end{minipage}
""" % (act["sign"][0], act["sign"][1]))
    v = act["visto"]
    L.append(r"""
\vspace{8mm}
\noindent\fbox{\begin{minipage}{\dimexpr\linewidth-2\fboxsep-2\fboxrule}\footnotesize
\textbf{VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA}\\
Ai sensi dell'art.~183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile
attestante la copertura finanziaria della spesa (impegno %s, capitolo %s, importo %s).\\
Verucchio, %s \quad %s -- \textbf{%s}
\end{minipage}}
\end{document}
""" % (v["impegno"], v["cap"], tx(v["amount"]), v["date"], tx(v["who"][0]), v["who"][1]))
    s = "\n".join(L)
    s = s.replace(r"\usepackage{tabularx,array,", r"\usepackage{multirow,colortbl}" + "\n" + r"\usepackage{tabularx,array,")
    open(out, "w", encoding="utf-8").write(s)


if __name__ == "__main__":
    a = {x["id"]: x for x in acts.ALL}[sys.argv[1]]
    build(a, sys.argv[2])
