# Comune di Uras, "Siscom" house style: fixed-width reports (groff, enscript, a2ps) and a pdfLaTeX minute.
import sys, textwrap
from common import *

def asc(s):
    return (s.replace("à", "a'").replace("è", "e'").replace("é", "e'").replace("ì", "i'").replace("ò", "o'").replace("ù", "u'")
             .replace("È", "E'"))

def wrap(s, w=78, ind=""):
    return textwrap.wrap(asc(s), w, initial_indent=ind, subsequent_indent=ind, break_on_hyphens=False)

def hdr80(a, title):
    L = []
    L.append("=" * 78)
    L.append("COMUNE DI URAS".ljust(52) + f"{title[:26]:>26}")
    L.append("Provincia di Oristano".ljust(52) + f"N. {a['number']:<5} DEL {it_date(a['date'])}".rjust(26))
    L.append("Via Eleonora d'Arborea, 1 - 09099 Uras (OR)")
    L.append("=" * 78)
    L.append("")
    L += wrap("OGGETTO: " + a["subject"])
    L.append("-" * 78)
    return L

def body80(a, vote_txt, ie_txt, pts_fmt="{i}) "):
    L = []
    L.append(" " * 28 + ("IL CONSIGLIO COMUNALE" if a["organ"] == "Consiglio Comunale" else "LA GIUNTA COMUNALE"))
    for p in premessa(a): L += wrap(p); L.append("")
    L += wrap(vote_txt); L.append("")
    L.append(" " * 34 + "DELIBERA"); L.append("")
    for i, p in enumerate(points(a), 1):
        t = wrap(p, 72)
        L.append(pts_fmt.format(i=i).ljust(6) + t[0]); L += ["      " + x for x in t[1:]]
    L.append("")
    L += wrap(ie_txt)
    return L

def u1():
    a = ACTS["U1"]
    L = hdr80(a, "DELIBERAZIONE DEL C.C.")
    L.append(" " * 20 + "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE")
    L.append(" " * 22 + "Sessione straordinaria - 1a convocazione"); L.append("")
    L += wrap(f"L'anno duemilaventisei addi' dodici del mese di novembre alle ore 18:30 nella sala consiliare del Comune, convocato a norma di legge, si e' riunito il Consiglio Comunale. Risultano all'appello:")
    L.append("")
    L.append("CONSIGLIERI                        P/A   | CONSIGLIERI                        P/A")
    L.append("-" * 38 + "-+-" + "-" * 38)
    roll = a["roll"]; half = (len(roll) + 1) // 2
    for i in range(half):
        n, r, p = roll[i]
        left = f"{asc(n)} ({r})".ljust(35)[:35] + ("P" if p else "A").rjust(3)
        right = ""
        if i + half < len(roll):
            n2, r2, p2 = roll[i + half]
            right = f"{asc(n2)} ({r2})".ljust(35)[:35] + ("P" if p2 else "A").rjust(3)
        L.append(left + " | " + right)
    L.append("-" * 78)
    L.append("                    PRESENTI N.  9          ASSENTI N.  2"); L.append("")
    L += wrap(f"Presiede il Sindaco {signame(a['president'])}. Partecipa il Segretario Comunale {signame(a['secretary'])}, il quale provvede alla redazione del verbale. Il Presidente, accertato il numero legale, dichiara aperta la seduta.")
    L.append("")
    L += body80(a, "Con la seguente votazione palese: presenti 9, votanti 9, favorevoli 9, unanimi,",
                "Con successiva votazione, unanime e separata, la presente deliberazione e' dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
    L.append("")
    L.append("Letto, approvato e sottoscritto.")
    L.append("")
    L.append("      IL PRESIDENTE                              IL SEGRETARIO COMUNALE")
    L.append(f"  F.to {signame(a['president'])}".ljust(45) + f"F.to {signame(a['secretary'])}")
    return L

def u1_troff(lines):
    out = [".\\\" Comune di Uras - stampa verbale 80 colonne (Siscom)", ".pl 29.7c", ".po 2c", ".ll 17c", ".nf", ".ft CR", ".ps 9", ".vs 11p"]
    n = 0
    for ln in lines:
        if n and n % 62 == 0:
            out.append(".bp")
        ln = ln.replace("\\", "\\e")
        if ln.startswith(".") or ln.startswith("'"): ln = "\\&" + ln
        out.append(ln); n += 1
    return "\n".join(out) + "\n"

def u2():
    a = ACTS["U2"]
    L = hdr80(a, "DELIBERAZIONE DI G.C.")
    L.append(" " * 22 + "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"); L.append("")
    L += wrap("L'anno duemilaventisei il giorno cinque del mese di novembre alle ore 11:00 nella sede comunale si e' riunita la Giunta Comunale, con l'intervento dei signori:")
    L.append("")
    for n, r, p in a["roll"]:
        L.append(f"     {n:<28}{r:<20}{'PRESENTE' if p else 'ASSENTE'}")
    L.append("")
    L.append("     Totale presenti: 4                         Totale assenti: 1"); L.append("")
    L += wrap(f"Assume la presidenza il {signame(a['president'])} nella sua qualita' di Sindaco, con l'assistenza del Segretario Comunale {signame(a['secretary'])}.")
    L.append("")
    L += body80(a, "Con voti unanimi espressi in forma palese,",
                "Con separata votazione unanime, DICHIARA la presente immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, per consentire l'esecuzione urgente dei lavori.",
                "{i}.")
    L.append("")
    L.append("      IL SINDACO                                 IL SEGRETARIO COMUNALE")
    L.append(f"  {signame(a['president'])}".ljust(45) + f"{signame(a['secretary'])}")
    return L

def u4():
    a = ACTS["U2"]
    L = ["COMUNE DI URAS - PROVINCIA DI ORISTANO", "SERVIZIO AFFARI GENERALI - ALBO PRETORIO", "=" * 78, "",
         " " * 24 + "ATTESTATO DI PUBBLICAZIONE", ""]
    L += wrap(f"Si attesta che copia della deliberazione della Giunta Comunale n. {a['number']} del {it_date(a['date'])}, avente ad oggetto:")
    L.append("")
    L += wrap('"' + a["subject"] + '"', 74, "  ")
    L.append("")
    L += wrap("viene pubblicata all'Albo Pretorio on line di questo Comune dal giorno 09/11/2026 e vi rimarra' per quindici giorni consecutivi, fino al 24/11/2026, ai sensi dell'art. 124 del D.Lgs. n. 267/2000 (reg. pubbl. n. 833).")
    L.append("")
    L += wrap("Si attesta altresi' che la stessa e' stata trasmessa in elenco ai Capigruppo consiliari con nota prot. n. 7215 del 09/11/2026.")
    L += ["", "Uras, 09/11/2026", "", " " * 44 + "IL RESPONSABILE DEL SERVIZIO", " " * 48 + "rag. Maria Grazia Cherchi"]
    return L

def u3_tex():
    a = ACTS["U3"]
    def ls(s): return "\\kern1.6pt ".join(("\\ " if ch == " " else ch) for ch in s)
    def esc(s): return s.replace("&", "\\&").replace("%", "\\%").replace('"', "''").replace("_", "\\_")
    roll = "\n".join(f"{n} & {r} & {'presente' if p else 'assente'}\\\\" for n, r, p in a["roll"])
    pts = "\n".join(f"\\item {esc(p)}" for p in points(a))
    prem = "\n\n".join(esc(p) for p in premessa(a))
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[margin=2.3cm,top=2cm]{geometry}\usepackage{fancyhdr}\usepackage{enumitem}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\footnotesize Comune di Uras -- G.C. n. """ + str(a["number"]) + r""" del """ + it_date(a["date"]) + r"""}\fancyfoot[R]{\footnotesize pag. \thepage}
\pdfinfo{/Creator (Siscom Delibere - modello LaTeX) /Producer (pdfTeX)}
\begin{document}
\begin{center}{\Large\bfseries """ + ls("COMUNE DI URAS") + r"""}\\[2pt]
{\small Provincia di Oristano}\\[8pt]
\rule{\textwidth}{0.6pt}\\[6pt]
{\bfseries """ + ls("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE") + r"""}\\[4pt]
{\bfseries N. """ + str(a["number"]) + r""" del """ + it_date(a["date"]) + r"""}
\end{center}
{\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000 \noindent\textbf{Oggetto:} \textbf{""" + esc(a["subject"].replace('"', '``', 1)) + r"""}\par}
\medskip
L'anno duemilaventisei, il giorno venti del mese di novembre, alle ore 12:00, nella Sala della Giunta del Palazzo Comunale, si è riunita la Giunta Comunale nelle persone dei signori:

\begin{center}\begin{tabular}{llc}\hline
\textbf{Nominativo} & \textbf{Carica} & \textbf{Presenza}\\\hline
""" + roll + r"""
\hline\end{tabular}\end{center}
Presiede il Sindaco, """ + signame(a["president"]) + r""", assistito dal Segretario Comunale, """ + signame(a["secretary"]) + r""", che redige il presente verbale.

\begin{center}\textbf{""" + ls("LA GIUNTA COMUNALE") + r"""}\end{center}
""" + prem + r"""

Con voti favorevoli 4 e astenuti 1 (l'Assessore Atzori), espressi in forma palese dai 5 componenti presenti,
\begin{center}\textbf{""" + ls("DELIBERA") + r"""}\end{center}
\begin{enumerate}[label=\alph*)]
""" + pts + r"""
\end{enumerate}
Con separata votazione, unanime, la presente deliberazione è dichiarata immediatamente eseguibile, ai sensi dell'art.~134, comma~4, del D.Lgs.~n.~267/2000, per rispettare i termini regionali di avvio dei cantieri.

\vspace{1cm}\noindent\begin{tabular}{p{0.45\textwidth}p{0.45\textwidth}}
\centering Il Sindaco\\ \centering """ + signame(a["president"]) + r""" & \centering Il Segretario Comunale\\ \centering """ + signame(a["secretary"]) + r"""
\end{tabular}
\end{document}
"""

if __name__ == "__main__":
    src = sys.argv[1]
    open(src + "/consiglio-uras-siscom.tr", "w", encoding="latin-1").write(u1_troff(u1()))
    open(src + "/giunta-uras-siscom.txt", "w", encoding="latin-1").write("\n".join(u2()) + "\n")
    open(src + "/certificato-uras-siscom.txt", "w", encoding="latin-1").write("\n".join(u4()) + "\n")
    open(src + "/giunta-uras-siscom-lavoras.tex", "w").write(u3_tex())
