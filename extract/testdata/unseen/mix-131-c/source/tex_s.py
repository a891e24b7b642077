#!/usr/bin/env python3
"""San Pancrazio Salentino, Giunta deliberation n. 118 (house style "Halley") as LaTeX for pdflatex:
glyphs set by TeX (no space characters in the text layer), roll in two columns, running foot with
the act's number and page, pareri / attestazione / certificate on the pages after the act.

  tex_s.py OUT.tex
"""
import sys
from content_s import LETTERHEAD as LH, DELIB_118 as D, PRES_SENT, OPEN_SENT


def tex(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "€": r"\texteuro{}", "\"": "\"", "'": r"\textquotesingle{}"}
    out = "".join(rep.get(ch, ch) for ch in s)
    # straight double quotes as printed by the package
    out = out.replace("\"", r"\textquotedbl{}")
    return out


def build(dest):
    L = []
    a = L.append
    a(r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage{textcomp}
\usepackage[italian]{babel}
\usepackage[a4paper,left=22mm,right=20mm,top=18mm,bottom=26mm,footskip=12mm]{geometry}
\usepackage{fancyhdr}
\usepackage{array}
\usepackage{tikz}
\usepackage{multicol}
\usepackage{enumitem}
\hyphenpenalty=10000
\exhyphenpenalty=10000
\tolerance=3000
\emergencystretch=3em
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\renewcommand{\footrulewidth}{0.4pt}
""")
    a(r"\fancyfoot[L]{\footnotesize Deliberazione di Giunta Comunale n. %s del %s}" % (D["number"], D["date"]))
    a(r"\fancyfoot[R]{\footnotesize Pag. \thepage}")
    a(r"\pdfinfo{/Title (Deliberazione di Giunta Comunale n. %s del %s) /Author (Comune di San Pancrazio Salentino)"
      r" /Creator (Halley - Atti Amministrativi)}" % (D["number"], D["date"]))
    a(r"\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}")
    a(r"\begin{document}")
    # letterhead
    a(r"""\begin{minipage}[c]{16mm}\begin{tikzpicture}
\draw[fill=blue!8, draw=blue!60!black, line width=0.8pt] (0,0) circle (6.5mm);
\fill[blue!60!black] (-2mm,-4.5mm) rectangle (2mm,2.5mm);
\foreach \x in {-2,-0.6,0.8} \fill[blue!60!black] (\x mm,2.5mm) rectangle (\x mm+1.2mm,3.8mm);
\end{tikzpicture}\end{minipage}%""")
    a(r"\begin{minipage}[c]{124mm}\centering{\Large\bfseries %s}\\[1pt]{\normalsize %s}\\[1pt]{\tiny %s}\end{minipage}%%"
      % (tex(LH["name"]), tex(LH["prov"]), tex(LH["addr"])))
    a(r"\hfill\fbox{\small\bfseries ORIGINALE}")
    a(r"\par\vspace{1mm}\hrule\vspace{4mm}")
    a(r"\begin{center}\fbox{\begin{minipage}{110mm}\centering\large\bfseries DELIBERAZIONE DELLA GIUNTA COMUNALE\\"
      r" N. %s DEL %s\end{minipage}}\end{center}" % (D["number"], D["date"]))
    a(r"\begin{tabular}{@{}p{18mm}@{}p{146mm}@{}}\textbf{Oggetto:} & \raggedright\arraybackslash\bfseries %s\end{tabular}"
      % tex(D["subject"]))
    a(r"\par\vspace{1mm}{\footnotesize Proposta di deliberazione n. %s del %s -- Ufficio proponente: %s}\par"
      % (D["proposal"], D["proposal_date"], tex(D["proposing_office"])))
    a(tex(D["intro"]) + r"\par")
    # roll, two columns
    roll = D["roll"]
    half = (len(roll) + 1) // 2
    left, right = roll[:half], roll[half:]
    a(r"\vspace{2pt}\footnotesize\begin{tabular}{@{}llc@{\hspace{6mm}}|@{\hspace{6mm}}llc@{}}")
    for i in range(half):
        l = left[i]
        r = right[i] if i < len(right) else None
        cells = [tex(l[0]), tex(l[1]), "P" if l[2] else "A"]
        cells += ([tex(r[0]), tex(r[1]), "P" if r[2] else "A"] if r else ["", "", ""])
        a(" & ".join(cells) + r" \\")
    a(r"\end{tabular}\normalsize\par")
    a(r"ne risultano presenti n. %s e assenti n. %s.\par" % (D["present"], D["absent"]))
    a(tex(PRES_SENT) + r"\par")
    a(tex(OPEN_SENT) + r"\par")
    a(r"\begin{center}\textbf{LA GIUNTA COMUNALE}\end{center}\vspace{-6pt}")
    for t in D["premesse"]:
        a(tex(t) + r"\par")
    a(r"\begin{center}\textbf{DELIBERA}\end{center}\vspace{-6pt}")
    a(r"\begin{enumerate}[label=\arabic*),leftmargin=8mm,itemsep=2pt]")
    for t in D["points"]:
        a(r"\item " + tex(t))
    a(r"\end{enumerate}")
    a(tex(D["after"]) + r"\par")
    a(r"\vspace{4mm}Il presente verbale viene letto, approvato e sottoscritto.\par\vspace{4mm}")
    a(r"\begin{tabular}{@{}p{80mm}p{80mm}@{}}\centering\textbf{IL PRESIDENTE} & \centering\arraybackslash\textbf{IL SEGRETARIO COMUNALE}\\"
      r"\centering F.to CALIANDRO ANTONIO & \centering\arraybackslash F.to Dott. MAIORANO GIOVANNI\end{tabular}")
    a(r"\newpage")
    # pareri
    a(r"\begin{center}{\large\bfseries PARERI ESPRESSI AI SENSI DELL\textquotesingle ART. 49 DEL D.LGS. 267/2000}\\"
      r"sulla proposta di deliberazione n. %s del %s\end{center}" % (D["proposal"], D["proposal_date"]))
    for title, esito, pdate, role, name in D["pareri"]:
        kind = "tecnica" if "tecnica" in title else "contabile"
        a(r"\noindent\fbox{\begin{minipage}{\dimexpr\linewidth-2\fboxsep-2\fboxrule}\textbf{%s}\par "
          r"In ordine alla regolarità %s della proposta si esprime parere: %s\par Data: %s\par"
          r"\hfill %s\par\hfill\textbf{F.to %s}\end{minipage}}\par\vspace{3mm}"
          % (tex(title.upper()), kind, esito.upper(), pdate, tex(role), tex(name)))
    a(r"\noindent\fbox{\begin{minipage}{\dimexpr\linewidth-2\fboxsep-2\fboxrule}\textbf{ATTESTAZIONE DELLA COPERTURA FINANZIARIA}\par "
      r"Ai sensi dell\textquotesingle art. 153, comma 5, del D.Lgs. 267/2000 si attesta la copertura finanziaria "
      r"della spesa con le seguenti registrazioni:\par\vspace{2pt}"
      r"\begin{tabular}{llllr}\textbf{Impegno} & \textbf{Data} & \textbf{Capitolo} & \textbf{Esercizio} & \textbf{Importo}\\")
    for row in D["cover"]:
        a(" & ".join(tex(x) for x in row) + r" \\")
    a(r"\end{tabular}\par Data: %s\par\hfill Il Responsabile del Settore II\par\hfill\textbf{F.to Dott. EPIFANI COSIMO}"
      r"\end{minipage}}\par" % D["cover_date"])
    a(r"\newpage")
    a(r"\begin{center}{\large\bfseries CERTIFICATO DI PUBBLICAZIONE}\\N. %s del Registro delle Pubblicazioni\end{center}"
      % D["cert_reg"])
    a(tex("Si certifica che copia della presente deliberazione è pubblicata all'Albo Pretorio on line di questo "
          "Comune dal %s al %s per 15 giorni consecutivi, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000, "
          "ed è stata trasmessa in elenco ai Capigruppo consiliari ai sensi dell'art. 125 del medesimo decreto."
          % (D["cert_from"], D["cert_to"])) + r"\par")
    a(r"San Pancrazio Salentino, %s\par\vspace{3mm}\hfill\textbf{%s}\par\hfill F.to %s\par\vspace{10mm}"
      % (D["cert_from"], D["cert_signer"][0], D["cert_signer"][1]))
    a(r"\begin{center}{\large\bfseries CERTIFICATO DI ESECUTIVITÀ}\end{center}")
    a(r"Si certifica che la presente deliberazione è divenuta esecutiva il giorno %s, essendo stata dichiarata "
      r"immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000).\par\vspace{3mm}"
      r"\hfill\textbf{IL SEGRETARIO COMUNALE}\par\hfill F.to Dott. MAIORANO GIOVANNI\par" % D["date"])
    a(r"\end{document}")
    open(dest, "w", encoding="utf-8").write("\n".join(L) + "\n")


if __name__ == "__main__":
    build(sys.argv[1])
