# Unione Bassa Val d'Arda Fiume Po: writes a LaTeX minute (two side-by-side roll tables, letter-spaced heading with microtype \lsstyle)
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rolls import ARDA
tex = lambda s: s.replace("'", "'")
row = lambda m: f"{m[0]} & {m[2]} & {'P' if m[3] else 'A'}\\\\"
hd = "\\textbf{Consigliere} & \\textbf{Comune} & \\\\\n"
tab = lambda ms: "\\begin{tabular}[t]{@{}l l c@{}}" + hd + "\n".join(row(m) for m in ms) + "\\end{tabular}"
roll = "\\par\\noindent\\small " + tab(ARDA[:8]) + "\\hfill\\vrule\\hfill" + tab(ARDA[8:]) + "\\normalsize\n"
doc = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[letterspace=180]{microtype}
\usepackage[margin=2.2cm]{geometry}\usepackage{multicol}\usepackage{fancyhdr}\usepackage{array}
\pagestyle{fancy}\fancyhf{}\lhead{\small Unione dei Comuni Bassa Val d'Arda Fiume Po}\rhead{\small Consiglio dell'Unione -- Verbale n. 4/2026}\cfoot{\small pag. \thepage}
\setlength\parindent{0pt}\setlength\parskip{5pt}
\begin{document}
\begin{center}{\Large\textbf{\lsstyle UNIONE DEI COMUNI}}\\[2pt]{\large\textbf{Bassa Val d'Arda Fiume Po}}\\
{\small Besenzone -- Caorso -- Cortemaggiore -- Monticelli d'Ongina -- San Pietro in Cerro -- Villanova sull'Arda}\\[4pt]
{\small Provincia di Piacenza}\\[8pt]
\textbf{\lsstyle VERBALE DI DELIBERAZIONE DEL CONSIGLIO DELL'UNIONE}\\[3pt]
\textbf{N. 4/2026}\end{center}
\textbf{Oggetto:} Approvazione della convenzione per la gestione in forma associata del servizio di Polizia Locale tra i Comuni aderenti all'Unione -- periodo 2026-2030.

L'anno duemilaventisei, il giorno diciannove del mese di marzo, alle ore 20.45, presso la sede dell'Unione in Cortemaggiore, si è riunito il Consiglio dell'Unione, convocato dal Presidente. Presiede il Presidente dell'Unione Fabio Bergonzi; partecipa il Segretario Generale dell'Unione dott. Maurizio Carbonetti.

All'appello risultano (P = presente, A = assente):
""" + roll + r"""
Presenti n. 13, assenti n. 2.

\textbf{IL CONSIGLIO DELL'UNIONE}

Premesso che la convenzione vigente, approvata con deliberazione consiliare n. 9 del 2021, scade il 31/03/2026; vista la proposta predisposta dalla Conferenza dei Sindaci; dato atto che il Comune di Besenzone ha chiesto di essere escluso dal servizio notturno; acquisiti i pareri ai sensi dell'art. 49 del D.Lgs. 267/2000;

Dato atto che il consigliere Cammi ha proposto un emendamento all'art. 6 della convenzione (ripartizione dei costi per popolazione anziché per estensione territoriale), che, posto in votazione, ha ottenuto: presenti 13, favorevoli 4, contrari 9, astenuti nessuno; l'emendamento è respinto;

Dato atto che alle ore 21.30 si allontana il consigliere Pagani (presenti 12);

Con voti favorevoli 10, contrari 2 (Cammi, Ziliani), astenuti 0, espressi in forma palese dai 12 consiglieri presenti e votanti;

\begin{center}\textbf{\lsstyle DELIBERA}\end{center}
\begin{enumerate}\item di approvare la convenzione per la gestione in forma associata del servizio di Polizia Locale per il periodo 2026-2030, nel testo allegato;
\item di dare atto che la spesa sarà ripartita tra i Comuni secondo i criteri dell'art. 6 della convenzione;
\item di trasmettere la presente ai Comuni aderenti per la sottoscrizione.\end{enumerate}
Con successiva votazione unanime dei 12 presenti, la presente è dichiarata immediatamente eseguibile.

\vspace{10pt}
\begin{tabular*}{\textwidth}{@{}l@{\extracolsep{\fill}}r@{}}Il Presidente & Il Segretario Generale\\ Fabio Bergonzi & dott. Maurizio Carbonetti\end{tabular*}
\end{document}
"""
open(sys.argv[1], "w").write(doc)
