# Comune di Pulfero / Občina Podbonesec (UD) - Ordinanza / Odredba, Italian and Slovene side by side.
# Typeset with pdfLaTeX (T1, Latin Modern): justified, hyphenated text, ligatures, two minipage columns.
import os, subprocess, tempfile, shutil
from common import save_key, out

FN = 'ordinanza-pulfero-tex.pdf'
SUBJ_IT = 'Divieto temporaneo di transito sulla strada comunale per la frazione di Brischis per lavori di consolidamento del versante'
SUBJ_SL = 'Začasna prepoved prometa po občinski cesti za vas Brišča zaradi del za utrditev pobočja'
pairs = [
 (r"\textbf{IL SINDACO}", r"\textbf{ŽUPAN}"),
 (r"Premesso che con deliberazione della Giunta comunale n.~19 del 24/02/2026 è stato approvato il progetto esecutivo dei lavori di consolidamento del versante a monte della strada comunale per la frazione di Brischis, affidati all'impresa Natisone Costruzioni S.r.l.;",
  r"Ugotovil, da je bil s sklepom občinskega odbora št.~19 z dne 24. 2. 2026 odobren izvršilni načrt del za utrditev pobočja nad občinsko cesto za vas Brišča, ki so bila zaupana podjetju Natisone Costruzioni S.r.l.;"),
 (r"Vista la nota dell'impresa esecutrice pervenuta al prot. n.~1187 del 11/03/2026, con la quale si comunica l'inizio dei lavori e si chiede la chiusura al traffico della strada nel tratto interessato;",
  r"Ob upoštevanju dopisa izvajalca del, prejetega pod prot. št.~1187 z dne 11. 3. 2026, s katerim sporoča začetek del in prosi za zaporo ceste na zadevnem odseku;"),
 (r"Ritenuto necessario, per motivi di sicurezza della circolazione e della pubblica incolumità, vietare temporaneamente il transito dei veicoli e dei pedoni;",
  r"Ker je zaradi varnosti prometa in javne varnosti treba začasno prepovedati promet vozil in pešcev;"),
 (r"Visti gli articoli 5, 6 e 7 del D.Lgs. 30 aprile 1992, n.~285 (Nuovo codice della strada) e l'articolo 50 del D.Lgs. 18 agosto 2000, n.~267; vista la legge 23 febbraio 2001, n.~38;",
  r"Na podlagi členov 5, 6 in 7 zakonske uredbe št.~285 z dne 30. aprila 1992 (Nov cestni zakonik) in člena 50 zakonske uredbe št.~267 z dne 18. avgusta 2000; na podlagi zakona št.~38 z dne 23. februarja 2001;"),
 (r"\centerline{\textbf{O R D I N A}}", r"\centerline{\textbf{O D R E J A}}"),
]
pts = [
 (r"il divieto di transito a tutti i veicoli e ai pedoni sulla strada comunale per la frazione di Brischis, nel tratto compreso tra l'incrocio con la S.P. 19 e il civico n.~12, dalle ore 7:30 del 16/03/2026 alle ore 18:00 del 10/04/2026;",
  r"prepoved prometa za vsa vozila in pešce po občinski cesti za vas Brišča na odseku med križiščem z deželno cesto 19 in hišno številko 12, od 7.30 dne 16. 3. 2026 do 18.00 dne 10. 4. 2026;"),
 (r"sono esclusi dal divieto i mezzi di soccorso, delle forze dell'ordine e quelli dell'impresa esecutrice;",
  r"prepoved ne velja za reševalna vozila, vozila sil javnega reda in vozila izvajalca del;"),
 (r"l'impresa esecutrice provvede all'installazione e al mantenimento della segnaletica prevista dal codice della strada, nonché all'indicazione del percorso alternativo attraverso la frazione di Specognis;",
  r"izvajalec del poskrbi za postavitev in vzdrževanje signalizacije, ki jo predpisuje cestni zakonik, ter za označitev obvoza skozi vas Špehonja;"),
 (r"la Polizia Locale e gli agenti della forza pubblica sono incaricati della vigilanza sull'osservanza della presente ordinanza.",
  r"Lokalna policija in organi javne varnosti nadzorujejo izvajanje te odredbe."),
]
def col2(a, b):
    return ("\\noindent\\begin{minipage}[t]{0.485\\textwidth}\\selectlanguage{italian}%s\\end{minipage}\\hfill\\vrule\\hfill"
            "\\begin{minipage}[t]{0.485\\textwidth}\\hyphenpenalty=5000 %s\\end{minipage}\\par\\medskip\n") % (a, b)
tex = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[italian]{babel}
\usepackage[top=2cm,bottom=2.2cm,left=2cm,right=2cm]{geometry}\usepackage{fancyhdr}\AtEndDocument{\label{LastPage}}
\pdfinfo{/Title (Ordinanza n. 4/2026 - Odredba st. 4/2026) /Author (Comune di Pulfero - Obcina Podbonesec)}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}\renewcommand{\footrulewidth}{0.4pt}
\fancyfoot[L]{\footnotesize Ordinanza n.~4/2026 -- Odredba št.~4/2026}\fancyfoot[R]{\footnotesize pag./str. \thepage/\pageref{LastPage}}
\setlength{\parindent}{0pt}
\begin{document}
\begin{center}
{\Large\textbf{COMUNE DI PULFERO}}\quad{\Large $\cdot$}\quad{\Large\textbf{OBČINA PODBONESEC}}\\[2pt]
{\small Regione Autonoma Friuli Venezia Giulia -- Avtonomna dežela Furlanija Julijska krajina}\\[1pt]
{\footnotesize Via Capoluogo, 1 -- 33046 Pulfero (UD) -- tel. 0432 726017 -- protocollo@comune.pulfero.ud.it}\\[-4pt]
\rule{\textwidth}{0.8pt}
\end{center}
\vspace{2pt}
\begin{tabular}{@{}p{0.485\textwidth}@{\hspace{0.03\textwidth}}p{0.485\textwidth}@{}}
\textbf{Ufficio Tecnico -- Servizio Viabilità} & \textbf{Tehnični urad -- Služba za ceste}\\
Prot. n.~1203 & Prot. št.~1203\\
\end{tabular}
\vspace{8pt}
\begin{center}
{\large\textbf{ORDINANZA N. 4 DEL 13/03/2026}}\\[2pt]
{\large\textbf{ODREDBA ŠT. 4 Z DNE 13. 3. 2026}}
\end{center}
\vspace{4pt}
{\hyphenpenalty=10000\exhyphenpenalty=10000\rightskip=0pt plus 4em
\textbf{OGGETTO:} \textbf{""" + SUBJ_IT + r"""}\par\smallskip
\textbf{ZADEVA:} \textbf{""" + SUBJ_SL + r"""}\par}
\medskip\hrule\medskip
""" + ''.join(col2(a, b) for a, b in pairs) + ''.join(col2('%d.~%s' % (i, a), '%d.~%s' % (i, b)) for i, (a, b) in enumerate(pts, 1)) + col2(
 r"La presente ordinanza è resa nota mediante pubblicazione all'Albo pretorio on line e l'apposizione dei prescritti segnali stradali. Contro di essa è ammesso ricorso al T.A.R. del Friuli Venezia Giulia entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.",
 r"Ta odredba se objavi na spletni oglasni deski in z namestitvijo predpisanih prometnih znakov. Zoper njo je dovoljena pritožba na Deželno upravno sodišče Furlanije Julijske krajine v 60 dneh od objave ali izredna pritožba predsedniku republike v 120 dneh.") + r"""
\vspace{10pt}
Pulfero / Podbonesec, 13/03/2026\par\vspace{14pt}
\hfill\begin{tabular}{c}Il Sindaco / Župan\\ \textit{Luca Chiabai}\\ {\footnotesize\textit{firmato digitalmente -- digitalno podpisano}}\end{tabular}\hspace*{1cm}
\end{document}
"""
tmp = tempfile.mkdtemp()
open(os.path.join(tmp, 'ord4.tex'), 'w').write(tex)
for _ in range(2):
    r = subprocess.run(['pdflatex', '-interaction=nonstopmode', 'ord4.tex'], cwd=tmp, capture_output=True, text=True)
if not os.path.exists(os.path.join(tmp, 'ord4.pdf')):
    print(r.stdout[-3000:]); raise SystemExit(1)
shutil.copy(os.path.join(tmp, 'ord4.pdf'), out(FN))
save_key({"file": FN, "role": "act",
 "what": "bilingual ordinanza 4/2026 of the Sindaco of Pulfero / župan of Podbonesec (pdfLaTeX): Italian left and Slovene right in paired minipages, justified and hyphenated, numbered points in both columns",
 "operative_points": 4,
 "act": {"municipality": "Comune di Pulfero", "organ": "Sindaco", "kind": "ordinanza", "number": 4,
         "date": "2026-03-13", "subject": SUBJ_IT}})
