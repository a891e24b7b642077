# -*- coding: utf-8 -*-
"""Colli del Tronto (Halley style) as pdfLaTeX source: Times (URW), running foot by
fancyhdr, DELIBERA letter-spaced by microtype, the roll in two columns with X marks.

usage: python3 halley_tex.py FILE.pdf OUT.tex
"""
import sys

import data
import halley_blocks as hb


def tx(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}"}
    return "".join(rep.get(ch, ch) for ch in s)


def build(a):
    kind = "GIUNTA" if a["organ"] == "Giunta Comunale" else "CONSIGLIO"
    foot = tx(f"DELIBERAZIONE DI {kind} n. {a['number']} del {data.dmy(a['date'], '-')} - pag. ") + r"\thepage{}" + \
        tx(" - COMUNE DI COLLI DEL TRONTO")
    o = [r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{mathptmx}
\usepackage[letterspace=400]{microtype}
\usepackage[a4paper,left=2cm,right=1.8cm,top=1.7cm,bottom=2.3cm]{geometry}
\usepackage{fancyhdr}
\usepackage{array}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[C]{\scriptsize """ + foot + r"""}
\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\pdfinfo{/Creator (Halley Informatica - Atti) /Title (Delibera C.C. """ + str(a["number"]) + r""")}
\begin{document}
"""]
    for blk in hb.blocks(a):
        t = blk[0]
        if t == "lh":
            o.append(r"\begin{center}{\Large\bfseries " + tx(blk[1]) + r"}\\[2pt]{\small " + tx(blk[2]) + r"}\end{center}")
        elif t == "box":
            o.append(r"\vspace{2pt}\noindent\setlength{\fboxrule}{1.2pt}\fbox{\parbox{\dimexpr\linewidth-2\fboxsep-2\fboxrule}{\centering\large\bfseries\rule[-5pt]{0pt}{18pt}" + tx(blk[1]) + r"}}\par\vspace{6pt}")
        elif t == "numdate":
            flags = r"\\".join(tx(l) + r" & \fbox{\makebox[8pt]{\textbf{" + v + r"}}}" for l, v in blk[3])
            o.append(r"\noindent\begin{minipage}[c]{0.55\linewidth}Numero\quad\textbf{\large " + blk[1] +
                     r"}\qquad Del\quad\textbf{\large " + blk[2] + r"}\end{minipage}\hfill\begin{minipage}[c]{0.4\linewidth}\footnotesize\begin{tabular}{@{}l r@{}}" +
                     flags + r"\end{tabular}\end{minipage}\par\vspace{4pt}")
        elif t == "seduta":
            o.append(r"{\small\itshape " + tx(blk[1]) + r"}\par")
        elif t == "subject":
            o.append(r"\vspace{2pt}\noindent\begin{tabular}{@{}p{1.6cm}@{}p{\dimexpr\linewidth-1.6cm}@{}}\textbf{Oggetto:} & \raggedright\bfseries " + tx(blk[1]) + r"\end{tabular}\par\vspace{6pt}")
        elif t == "para":
            o.append(tx(blk[1]) + r"\par")
        elif t == "roll_x2":
            rows = blk[1]
            o.append(r"\begin{center}\small\renewcommand{\arraystretch}{1.15}\begin{tabular}{|l|c|c||l|c|c|}\hline")
            o.append(r"\textbf{Consiglieri} & \textbf{Pres.} & \textbf{Ass.} & \textbf{Consiglieri} & \textbf{Pres.} & \textbf{Ass.}\\\hline")
            for i in range(0, len(rows), 2):
                cells = []
                for n, p in rows[i:i + 2]:
                    cells.append(f"{tx(n)} & {'X' if p else ''} & {'' if p else 'X'}")
                if len(cells) == 1:
                    cells.append(" & & ")
                o.append(" & ".join(cells) + r"\\\hline")
            o.append(r"\end{tabular}\end{center}")
        elif t == "tot":
            o.append(r"\noindent{\small " + r"\hfill ".join(tx(s) for s in blk[1:]) + r"}\par\vspace{4pt}")
        elif t == "center":
            o.append(r"\begin{center}\bfseries " + tx(blk[1]) + r"\end{center}")
        elif t == "spaced":
            o.append(r"\begin{center}\large\bfseries\textls{" + tx(blk[1]) + r"}\end{center}")
        elif t == "points":
            o.append(r"\begin{enumerate}\renewcommand{\labelenumi}{\arabic{enumi})}\setlength{\itemsep}{2pt}")
            for s in blk[1]:
                o.append(r"\item " + tx(s))
            o.append(r"\end{enumerate}")
        elif t == "pareri":
            o.append(r"\vspace{4pt}{\small\textbf{PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000}\par")
            for k, who, name, dt in blk[1]:
                o.append("Parere Favorevole in ordine alla " + tx(k) + r"\\" + "Data: " + dt + r"\hfill " + tx(who) + " F.to " + tx(name) + r"\par")
            o.append("}")
        elif t == "sig":
            (l1, l2), (r1, r2) = blk[1], blk[2]
            o.append(r"\vspace{6pt}\noindent\begin{tabular*}{\linewidth}{@{\extracolsep{\fill}}cc}" + tx(l1) + " & " + tx(r1) +
                     r"\\" + tx(l2) + " & " + tx(r2) + r"\end{tabular*}\par\vspace{8pt}")
        elif t == "sigr":
            o.append(r"\hfill\begin{tabular}{c}" + tx(blk[1][0]) + r"\\" + tx(blk[1][1]) + r"\end{tabular}\par")
        elif t == "heading":
            o.append(r"\vspace{6pt}\noindent\rule{\linewidth}{0.4pt}\par\centerline{\bfseries " + tx(blk[1]) + r"}\par")
        elif t == "form":
            parts = []
            for s, w in blk[1]:
                parts.append(tx(s) if w is None else r"\underline{\makebox[" + str(round(w * 0.17, 2)) + r"cm]{\texttt{\bfseries " + s + r"}}}")
            o.append(" ".join(parts) + r"\par")
        elif t == "check":
            o.append(r"\noindent\fbox{\makebox[6pt]{" + ("X" if blk[1] else r"\phantom{X}") + r"}}\enspace " + tx(blk[2]) + r"\par")
    o.append(r"\end{document}")
    return "\n".join(o)


if __name__ == "__main__":
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        fh.write(build(data.BY_FILE[sys.argv[1]]))
