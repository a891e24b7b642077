# generators: vessalico (fpdf2), pignone (LaTeX source), sorbolomezzani (groff -ms/tbl source),
# monterenzio (80-column text for enscript), parrano (python-docx), arquata (openpyxl)
import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from data import *
k, out = sys.argv[1], sys.argv[2]
a = ACTS.get(k)
if a:
    pt, pr, pn = a["pres"]; st, sr, sn = a["sec"]; d = a["date"]; Y, M, D = d.split("-")
    npres = sum(1 for r in a["roll"] if r[2]); nass = len(a["roll"]) - npres
if k == "vessalico":
    from fpdf import FPDF
    F = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; FB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    class P(FPDF):
        def header(self):
            self.set_font("dv", "B", 12); self.cell(0, 6, a["muni"].upper(), new_x="LMARGIN", new_y="NEXT")
            self.set_font("dv", "", 8); self.cell(0, 4, a["prov"] + " – Via Roma 1, 18026 Vessalico (IM)", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, f"Deliberazione della Giunta Comunale n. {a['num']} del {dmy(d)}", align="R", new_x="LMARGIN", new_y="NEXT"); self.line(15, self.get_y() + 1, 195, self.get_y() + 1); self.ln(5)
        def footer(self):
            self.set_y(-14); self.set_font("dv", "", 7); self.cell(0, 5, f"Pag. {self.page_no()} di {{nb}}", align="C")
    p = P(); p.set_creator("Halley Informatica – Stampa atti"); p.add_font("dv", "", F); p.add_font("dv", "B", FB); p.set_margins(15, 12, 15); p.alias_nb_pages(); p.add_page()
    def t(s, b=False, sz=9.5, al="J", h=5): p.set_font("dv", "B" if b else "", sz); p.multi_cell(0, h, s, align=al, new_x="LMARGIN", new_y="NEXT"); p.ln(1)
    t("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", True, 11, "C")
    p.set_font("dv", "", 9); p.cell(60, 7, f"N. {a['num']} del Registro", border=1); p.cell(60, 7, f"Data {dmy(d)}", border=1); p.cell(60, 7, f"Proposta n. {a['prop']}/{Y}", border=1, new_x="LMARGIN", new_y="NEXT")
    p.cell(180, 7, f"Servizio proponente: {a['settore']}", border=1, new_x="LMARGIN", new_y="NEXT"); p.ln(3)
    t("OGGETTO: " + a["subject"], True, 10)
    t(f"L'anno duemilaventisei addì {GIORNI[int(D)]} del mese di {MESI[int(M)-1]} alle ore {a['time']} nella solita sala delle adunanze, convocata la Giunta Comunale, sono intervenuti i Signori:")
    p.set_font("dv", "B", 9)
    for w, h_ in zip((80, 50, 25, 25), ("Cognome e Nome", "Carica", "Presenti", "Assenti")): p.cell(w, 6, h_, border=1, align="C")
    p.ln(); p.set_font("dv", "", 9)
    for n, r, pr_ in a["roll"]:
        p.cell(80, 6, n, border=1); p.cell(50, 6, r, border=1); p.cell(25, 6, "X" if pr_ else "", border=1, align="C"); p.cell(25, 6, "" if pr_ else "X", border=1, align="C"); p.ln()
    p.set_font("dv", "B", 9); p.cell(130, 6, "Totale", border=1, align="R"); p.cell(25, 6, str(npres), border=1, align="C"); p.cell(25, 6, str(nass), border=1, align="C"); p.ln(8)
    t(f"Assiste il {sr} {st} {sn}. Riconosciuto legale il numero degli intervenuti, il {pr} {pt} {pn}, in assenza del Sindaco, assume la presidenza.")
    t("LA GIUNTA COMUNALE", True, 10, "C")
    for s in premises(k, a): t(s)
    t(vote_sentence(k, a)); t("DELIBERA", True, 10, "C")
    for i, s in enumerate(a["points"], 1): t(f"{i}. {s}")
    t(ie_sentence(k, a))
    t("PARERI (art. 49 D.Lgs. 267/2000)", True)
    for ty, s, dt in a["pareri"]: t(f"Si esprime parere favorevole di {ty}. Vessalico, {dmy(dt)} – Il Responsabile del Servizio: {s}", sz=8.5)
    p.ln(4); p.set_font("dv", "", 9); p.cell(90, 5, f"IL {pr.upper()}", align="C"); p.cell(90, 5, f"IL {sr.upper()}", align="C", new_x="LMARGIN", new_y="NEXT")
    p.cell(90, 5, f"{pt} {pn}", align="C"); p.cell(90, 5, f"{st} {sn}", align="C", new_x="LMARGIN", new_y="NEXT")
    p.add_page(); t("RELATA DI PUBBLICAZIONE", True, 11, "C")
    t(f"Il sottoscritto {sr} attesta che la presente deliberazione viene pubblicata all'Albo Pretorio on line il giorno {dmy(a['pub'])} e vi rimarrà per 15 giorni consecutivi. N. {a['reg']} Reg. Pubbl.")
    t(f"Vessalico, {dmy(a['pub'])}", al="L"); t(f"IL {sr.upper()}\n{st} {sn}", al="R")
    p.output(out)
elif k == "pignone":
    e = lambda s: s.replace("€", "\\euro{}").replace("&", "\\&").replace("%", "\\%").replace("–", "--")
    rows = "\n".join(f"{i} & {n} & {r} & {'X' if q else ''} & {'' if q else 'X'} \\\\ \\hline" for i, (n, r, q) in enumerate(a["roll"], 1))
    pts = "\n".join(f"\\item {e(s)}" for s in a["points"])
    pars = "\n".join(f"{e(s)}\n" for s in premises(k, a))
    par = "\n".join(f"Parere favorevole di {t_} & {s} & {dmy(dt)} \\\\" for t_, s, dt in a["pareri"])
    open(out, "w").write(r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage[italian]{babel}\usepackage{lmodern}
\usepackage[letterspace=180]{microtype}\usepackage{eurosym}\usepackage[margin=2.2cm]{geometry}\usepackage{fancyhdr}\usepackage{multirow}
\pagestyle{fancy}\fancyhf{}\lhead{\small\lsstyle COMUNE DI PIGNONE}\rhead{\small G.C. n.~%(num)d/%(Y)s}\cfoot{\small pag.~\thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
\begin{center}{\Large\textbf{\lsstyle %(MUNI)s}}\\ %(prov)s\\[8pt]
{\large\textbf{VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE}}\end{center}
\begin{center}\begin{tabular}{|l|l|}\hline
\multirow{2}{*}{\textbf{Delibera n. %(num)d del %(dd)s}} & Proposta n. %(prop)d del %(pdd)s \\ \cline{2-2}
 & %(sett)s \\ \hline\end{tabular}\end{center}
\textbf{Oggetto:} \textbf{%(subj)s}

L'anno duemilaventisei, il giorno %(gw)s del mese di %(mw)s, alle ore %(time)s, nella Sala Consiliare si è riunita la Giunta Comunale, regolarmente convocata.
\begin{center}\begin{tabular}{|c|l|l|c|c|}\hline
N. & Cognome e Nome & Carica & Presenti & Assenti \\ \hline
%(rows)s
\multicolumn{3}{|r|}{\textbf{Totale}} & %(np)d & %(na)d \\ \hline\end{tabular}\end{center}
Partecipa il %(sr)s %(st)s %(sn)s. Presiede il %(pr)s %(pt)s %(pn)s, essendo assente il Sindaco.
\begin{center}\textbf{\lsstyle LA GIUNTA COMUNALE}\end{center}
%(pars)s
%(vote)s
\begin{center}\textbf{\lsstyle DELIBERA}\end{center}
\begin{enumerate}
%(pts)s
\end{enumerate}
\textbf{Pareri ex art. 49 del D.Lgs. 267/2000}\\
\begin{tabular}{lll}
%(par)s
\end{tabular}

\vspace{1cm}
\begin{tabular}{p{7.5cm}p{7.5cm}}
\centering IL %(PR)s\\ %(pt)s %(pn)s & \centering IL %(SR)s\\ %(st)s %(sn)s
\end{tabular}
\newpage
\begin{center}\textbf{\lsstyle CERTIFICATO DI PUBBLICAZIONE}\end{center}
Si certifica che la presente deliberazione è stata pubblicata all'Albo Pretorio on line del Comune dal %(pub)s per quindici giorni consecutivi, con il numero %(reg)d del registro delle pubblicazioni. La deliberazione, non dichiarata immediatamente eseguibile, diverrà esecutiva decorsi dieci giorni dalla pubblicazione.

\hfill\begin{tabular}{c}IL %(SR)s\\ %(st)s %(sn)s\end{tabular}
\end{document}
""" % dict(num=a["num"], Y=Y, MUNI=a["muni"].upper(), prov=a["prov"], dd=dmy(d), prop=a["prop"], pdd=dmy(a["propdate"]), sett=e(a["settore"]),
           subj=e(a["subject"]), gw=GIORNI[int(D)], mw=MESI[int(M)-1], time=a["time"].replace(":", "."), rows=rows, np=npres, na=nass, sr=sr, st=st, sn=sn, pr=pr, pt=pt, pn=pn,
           pars=pars, vote=e(vote_sentence(k, a)), pts=pts, par=par, PR=pr.upper(), SR=sr.upper(), pub=dmy(a["pub"]), reg=a["reg"]))
elif k == "sorbolomezzani":
    L = [".nr PS 10", ".nr VS 13", ".ds CH", f".ds LF {a['muni']} \\(en G.C. n. {a['num']}/{Y}", ".ds RF pag. %", ".ce 2", f".B \"{a['muni'].upper()}\"", a["prov"], ".sp", ".ce", ".B \"DELIBERAZIONE DELLA GIUNTA COMUNALE\"",
         ".TS", "center box tab(@);", "l l.", f"Numero {a['num']}@del {dshort(d)}", f"Proposta n. {a['prop']}@del {dshort(a['propdate'])}", "_", f"T{{\nSettore proponente:\nT}}@T{{\n{a['settore']}\nT}}", ".TE",
         ".LP", f"\\fBOGGETTO:\\fP {a['subject']}", ".LP",
         f"L'anno {Y}, il giorno {int(D)} del mese di {MESI[int(M)-1]}, alle ore {a['time']}, presso la Sede municipale di Sorbolo, convocata nei modi di legge, si è riunita la Giunta Comunale con l'intervento dei Signori:",
         ".TS", "center allbox tab(@);", "cb cb cb cb", "l l c c.", "Cognome e Nome@Carica@Presenti@Assenti"]
    L += [f"{n}@{r}@{'X' if q else ''}@{'' if q else 'X'}" for n, r, q in a["roll"]]
    L += [f"\\fBTotale\\fP@@{npres}@{nass}", ".TE", ".LP", f"Assiste il {sr} {st} {sn}. Il {pr} {pt} {pn} assume la presidenza in assenza del Sindaco e, constatato il numero legale, dichiara aperta la seduta.",
          ".LP", ".ce", ".B \"LA GIUNTA COMUNALE\""]
    for s in premises(k, a): L += [".LP", s]
    L += [".LP", vote_sentence(k, a), ".LP", ".ce", ".B \"DELIBERA\""]
    for i, s in enumerate(a["points"], 1): L += [f".IP {i}) 4", s]
    L += [".LP", ie_sentence(k, a), ".LP", ".B \"PARERI ai sensi dell'art. 49 del D.Lgs. 267/2000\"", ".TS", "tab(@);", "l l l."]
    L += [f"Favorevole \\(en {t_}@{s}@{dmy(dt)}" for t_, s, dt in a["pareri"]]
    L += [".TE", ".sp 2", ".TS", "center tab(@);", "c c.", f"IL {pr.upper()}@IL {sr.upper()}", f"{pt} {pn}@{st} {sn}", ".TE", ".bp", ".ce", ".B \"CERTIFICATO DI PUBBLICAZIONE\"", ".LP",
          f"Si certifica che la presente deliberazione è pubblicata all'Albo Pretorio on line dal {dshort(a['pub'])} per 15 giorni consecutivi (n. {a['reg']} del registro).", ".sp", ".rj 2", f"IL {sr.upper()}", f"{st} {sn}"]
    open(out, "w").write("\n".join(L) + "\n")
elif k == "monterenzio":
    W = 78; import textwrap
    o = []; box = lambda s: "| " + s.ljust(W - 4) + " |"
    o += [a["muni"].center(W), a["prov"].center(W), "", "+" + "-" * (W - 2) + "+", box("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"), box(""),
          box(f"N. {a['num']} DEL {dmy(d)}"), box(f"PROPOSTA N. {a['prop']} DEL {dmy(a['propdate'])}"), box(f"AREA PROPONENTE: {a['settore']}"), "+" + "-" * (W - 2) + "+", ""]
    wr = lambda s, ind="": o.extend(textwrap.wrap(s, W, initial_indent=ind, subsequent_indent=ind)) or o.append("")
    wr("OGGETTO: " + a["subject"])
    pres = ", ".join(f"{'DOTT.SSA ' if n=='NANNI ROBERTA' else ''}{n} ({r})" for n, r, q in a["roll"] if q)
    abs_ = ", ".join(f"{n} ({r})" for n, r, q in a["roll"] if not q)
    wr(f"L'ANNO DUEMILAVENTISEI ADDI' {GIORNI[int(D)].upper()} DEL MESE DI {MESI[int(M)-1].upper()} ALLE ORE {a['time'].replace(':','.')} NELLA RESIDENZA MUNICIPALE, PREVIA CONVOCAZIONE, SI E' RIUNITA LA GIUNTA COMUNALE. SONO PRESENTI I SIGNORI: {pres}. RISULTA ASSENTE GIUSTIFICATO IL SIGNOR {abs_}. PRESENTI N. {npres} - ASSENTI N. {nass}.")
    wr(f"PARTECIPA IL {sr} {st} {sn}. ASSUME LA PRESIDENZA IL {pr} {pt} {pn}, IN ASSENZA DEL SINDACO.")
    o += ["LA GIUNTA COMUNALE".center(W), ""]
    for s in premises(k, a): wr(s.upper())
    wr(vote_sentence(k, a).upper()); o += ["D E L I B E R A".center(W), ""]
    for i, s in enumerate(a["points"], 1): wr(f"{i}) {s}", "")
    wr(ie_sentence(k, a).upper())
    wr("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000:")
    for t_, s, dt in a["pareri"]: o.append(f"  {t_}: FAVOREVOLE ".ljust(44, ".") + f" {dmy(dt)}"); o.append(f"  IL RESPONSABILE: {s}")
    o += ["", f"IL {pr}".ljust(40) + f"IL {sr}", f"{pt} {pn}".ljust(40) + f"{st} {sn}", "\f",
          "CERTIFICATO DI PUBBLICAZIONE".center(W), ""]
    wr(f"SI CERTIFICA CHE COPIA DELLA PRESENTE DELIBERAZIONE E' PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL {dmy(a['pub'])} PER 15 GIORNI CONSECUTIVI. REG. PUBBL. N. {a['reg']}.")
    o += [" " * 40 + f"IL {sr}", " " * 40 + f"{st} {sn}"]
    open(out, "w", encoding="latin-1").write("\n".join(o) + "\n")
elif k == "parrano":
    from docx import Document; from docx.shared import Pt; from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
    doc = Document(); st_ = doc.styles["Normal"]; st_.font.name = "Carlito"; st_.font.size = Pt(10.5)
    sec = doc.sections[0]; hp = sec.header.paragraphs[0]; hp.text = f"{a['muni'].upper()}\n{a['prov']}"; hp.alignment = AL.CENTER
    sec.footer.paragraphs[0].text = f"Deliberazione G.C. n. {a['num']} del {dmy(d)} – documento firmato digitalmente"
    def P(s, b=False, al=AL.JUSTIFY):
        q = doc.add_paragraph(); r = q.add_run(s); r.bold = b; q.alignment = al; return q
    P("DELIBERAZIONE DELLA GIUNTA COMUNALE", True, AL.CENTER)
    t = doc.add_table(rows=2, cols=2); t.style = "Table Grid"
    t.cell(0, 0).text = f"N. {a['num']}"; t.cell(0, 1).text = f"Data: {dmy(d)}"
    m = t.cell(1, 0).merge(t.cell(1, 1)); m.text = f"Proposta n. {a['prop']} del {dmy(a['propdate'])} – Proponente: {a['settore']}"
    P(""); P("OGGETTO: " + a["subject"], True)
    P(f"L'anno {Y} il giorno {int(D)} del mese di {MESI[int(M)-1]} alle ore {a['time']}, nella Residenza Comunale, si è riunita la Giunta Comunale. Risultano presenti e assenti:")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c_, s in zip(t.rows[0].cells, ("Nominativo", "Carica", "Presenti", "Assenti")): c_.text = s
    for n, r, q in a["roll"]:
        cs = t.add_row().cells; cs[0].text = n; cs[1].text = r; cs[2].text = "SI" if q else ""; cs[3].text = "" if q else "SI"
    cs = t.add_row().cells; cs[0].merge(cs[1]).text = "Totale"; cs[2].text = str(npres); cs[3].text = str(nass)
    P(f"Partecipa il {sr} {st} {sn}. Presiede la seduta il {pr} {pt} {pn}, in assenza del Sindaco.")
    P("LA GIUNTA COMUNALE", True, AL.CENTER)
    for s in premises(k, a): P(s)
    P(vote_sentence(k, a)); P("DELIBERA", True, AL.CENTER)
    for i, s in enumerate(a["points"], 1): P(f"{i}. {s}")
    P(ie_sentence(k, a))
    P("Parere di regolarità tecnica: favorevole. " + f"Data {dmy(a['pareri'][0][2])} – Il Responsabile dell'Area Tecnica {a['pareri'][0][1]}", False)
    P("Parere di regolarità contabile: non dovuto, l'atto non comporta riflessi diretti o indiretti sulla situazione economico-finanziaria dell'Ente.")
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text = f"IL {pr.upper()}"; t.cell(0, 1).text = f"IL {sr.upper()}"; t.cell(1, 0).text = f"{pt} {pn}"; t.cell(1, 1).text = f"{st} {sn}"
    doc.add_page_break(); P("CERTIFICATO DI PUBBLICAZIONE", True, AL.CENTER)
    P(f"Copia della presente deliberazione è pubblicata all'Albo Pretorio on line del Comune di Parrano dal {dmy(a['pub'])} per 15 giorni consecutivi (n. {a['reg']} Reg. Pubbl.).")
    P(f"IL {sr.upper()}\n{st} {sn}", False, AL.RIGHT)
    doc.save(out)
elif k == "arquata":
    from openpyxl import Workbook; from openpyxl.styles import Font, Alignment, Border, Side
    wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "COMUNE DI ARQUATA DEL TRONTO – Provincia di Ascoli Piceno"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "ALLEGATO A alla deliberazione della Giunta Comunale n. 21 del 25/03/2026"; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Variazioni al Piano Esecutivo di Gestione 2026 – assegnazione risorse ai Responsabili di Area"
    hdr = ["Area", "Capitolo", "Descrizione", "Stanziamento iniziale", "Variazione", "Stanziamento assestato"]
    ws.append([]); ws.append(hdr)
    for c_ in ws[5]: c_.font = Font(bold=True); c_.border = B
    rows = [("Area Amministrativa", 1040, "Spese per pubblicazioni e notifiche", 3500, 1200), ("Area Amministrativa", 1120, "Servizi informatici e licenze", 18000, 4500),
            ("Area Tecnica", 2310, "Manutenzione ordinaria strade comunali", 42000, 9000), ("Area Tecnica", 2345, "Sgombero neve e trattamento antighiaccio", 35000, -5000),
            ("Area Tecnica", 2410, "Manutenzione moduli abitativi provvisori (SAE)", 60000, 12500), ("Area Finanziaria", 1510, "Rimborsi tributi non dovuti", 2000, 800),
            ("Area Vigilanza", 1810, "Carburante automezzi Polizia Locale", 4200, 600), ("Area Servizi Sociali", 4120, "Contributi a famiglie in difficoltà", 15000, 3000)]
    for r in rows:
        ws.append([r[0], r[1], r[2], r[3], r[4], f"=D{ws.max_row+1}+E{ws.max_row+1}"])
    n = ws.max_row; ws.append(["TOTALE", None, None, f"=SUM(D6:D{n})", f"=SUM(E6:E{n})", f"=SUM(F6:F{n})"])
    for row in ws.iter_rows(min_row=6, max_row=n + 1):
        for c_ in row: c_.border = B
        for c_ in row[3:]: c_.number_format = '#,##0.00'
    for c_ in ws[n + 1]: c_.font = Font(bold=True)
    ws.append([]); ws.append(["Il Responsabile dell'Area Finanziaria – Dott.ssa Loredana Pica"])
    for col, w in zip("ABCDEF", (22, 10, 46, 18, 13, 20)): ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9; ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
    ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "&F"
    wb.save(out)
