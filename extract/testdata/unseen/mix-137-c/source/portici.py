"""Portici house style ('Halley'-like fixed-width report): letterhead of two centred lines,
general register number right under the title, the office hierarchy only in the signature
block, with the sector's own number printed there.
scuole      -> 80-column text for enscript (running head with the R.G. number)
brokeraggio -> plain troff for groff -Tps (Courier, filled and justified)
traffico    -> LaTeX for pdflatex (Courier, letter-spaced title, fancyhdr running foot)
tributi     -> ReportLab: a pre-printed form of underscores filled over by a second pass"""
import sys, os, textwrap
sys.path.insert(0, os.path.dirname(__file__))
from data import ACTS, it

W80 = 80
MUNI = "CITTÀ DI PORTICI"
PROV = "Città Metropolitana di Napoli"


def c80(s):
    return s.center(W80).rstrip()


def wrapi(label, text, width=W80):
    ind = " " * len(label)
    return textwrap.wrap(text, width, initial_indent=label, subsequent_indent=ind, break_on_hyphens=False)


def sign_lines(a):
    d = a["dirigente"]
    return [d["role"], f"({a['direzione']})", a["servizio"],
            f"N. SETT. {a['sector_number']} DEL {it(a['sector_date'])}", "", f"F.to {d['title']} {d['name']}"]


def visto_cert_lines(a):
    out = []
    v, ce = a.get("visto"), a.get("cert")
    if v:
        out += ["=" * W80, c80("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"), ""]
        out += textwrap.wrap(f"Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si attesta la copertura finanziaria della spesa sull'impegno n. {v['impegno']}.", W80)
        out += [f"Portici, li {it(v['date'])}", ""]
        out += [(" " * 38 + v["role"])[:W80], " " * 38 + f"F.to {v['title']} {v['name']}", ""]
    if ce:
        out += ["=" * W80, c80("CERTIFICATO DI PUBBLICAZIONE"), ""]
        out += textwrap.wrap(f"Il sottoscritto certifica che copia della presente determinazione viene pubblicata all'Albo Pretorio on line dal {it(ce['dal'])} al {it(ce['al'])} per quindici giorni consecutivi, con il n. {ce['reg']} del registro delle pubblicazioni.", W80)
        out += ["", " " * 38 + ce["who"]["role"], " " * 38 + f"F.to {ce['who']['name']}"]
    return out


def text80(a):
    L = [c80(MUNI), c80(PROV), "=" * W80, "", c80(a["title"]), ""]
    L += [f"{'R.G. N. ' + str(a['number']) + ' DEL ' + it(a['date']):>{W80}}", "-" * W80]
    L += wrapi("OGGETTO: ", a["subject"]) + ["-" * W80, "", c80("IL DIRIGENTE"), ""]
    for p in a["premesse"]:
        L += textwrap.wrap(p, W80) + [""]
    L += [c80(" ".join(a["verb"])), ""]
    for i, p in enumerate(a["points"], 1):
        L += wrapi(f"{i}) ", p) + [""]
    L += [f"Portici, li {it(a['date'])}", ""]
    L += [" " * 30 + s for s in sign_lines(a)] + [""]
    L += visto_cert_lines(a)
    return "\n".join(L) + "\n"


def troff(a):
    d = a["dirigente"]
    esc = lambda s: s.replace("\\", "\\\\").replace("'", "\\(aq").replace("À", "\\(`A").replace("à", "\\(`a")
    out = [".pl 29.7c", ".po 2.2c", ".ll 16.2c", ".lt 16.2c", ".fam C", ".ft CR", ".ps 10", ".vs 12.5p",
           ".hy 0", ".nh",
           # running head: title on every page
           ".de hd", "'sp 1c", ".ft CR", ".ps 8",
           f".tl '{esc(MUNI)}''R.G. N. {a['number']} DEL {it(a['date'])}'", ".ps 10", "'sp 0.8c", "..",
           ".de fo", "'sp 0.6c", ".ps 8", ".tl ''\\- % \\-''", ".ps 10", "'bp", "..",
           ".wh 0 hd", ".wh -2c fo",
           ".ce 2", ".ft CB", ".ps 12", esc(MUNI), ".ps 10", ".ft CR", esc(PROV), ".sp 0.3c",
           "\\l'16.2c\\(eq'", ".sp 0.6c", ".ce", ".ft CB", esc(a["title"]), ".ft CR", ".sp 0.2c",
           ".rj", f"R.G. N. {a['number']} DEL {it(a['date'])}", ".sp 0.2c", "\\l'16.2c'", ".br",
           ".ad l", ".in 2.2c", ".ti -2.2c", "OGGETTO:\\h'|2.2c'" + esc(a["subject"]), ".in 0", ".br",
           "\\l'16.2c'", ".sp", ".ce", "IL DIRIGENTE", ".sp", ".ad b"]
    for p in a["premesse"]:
        out += [esc(p), ".sp 0.3"]
    out += [".sp", ".ce", ".ft CB", " ".join(a["verb"]), ".ft CR", ".sp"]
    for i, p in enumerate(a["points"], 1):
        out += [".in 0.8c", f".ti -0.8c", f"{i})\\h'|0.8c'" + esc(p), ".sp 0.3", ".in 0"]
    out += [".sp", ".ad l", f"Portici, li {it(a['date'])}", ".sp", ".in 6c", ".nf"]
    out += [esc(s) for s in sign_lines(a)]
    out += [".fi", ".in 0"]
    return "\n".join(out) + "\n"


def latex(a):
    d = a["dirigente"]
    def tx(s):
        for k, v in [("\\", "\\textbackslash{}"), ("&", "\\&"), ("%", "\\%"), ("$", "\\$"), ("#", "\\#"), ("_", "\\_"),
                     ("\"", "''"), ("'", "\\textquotesingle{}")]:
            s = s.replace(k, v)
        return s
    pts = "\n".join(f"\\item {tx(p)}" for p in a["points"])
    prem = "\n\n".join(tx(p) for p in a["premesse"])
    sig = "\\\\\n".join(tx(s) if s else "~" for s in sign_lines(a))
    return rf"""\documentclass[10pt,a4paper]{{article}}
\usepackage[T1]{{fontenc}}\usepackage[utf8]{{inputenc}}\usepackage{{courier}}\usepackage{{textcomp}}
\usepackage[a4paper,left=24mm,right=22mm,top=22mm,bottom=28mm]{{geometry}}
\usepackage{{soul}}\usepackage{{fancyhdr}}\usepackage{{enumitem}}
\renewcommand{{\familydefault}}{{\ttdefault}}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy\frenchspacing
\pagestyle{{fancy}}\fancyhf{{}}\renewcommand{{\headrulewidth}}{{0pt}}\renewcommand{{\footrulewidth}}{{0.4pt}}
\fancyfoot[L]{{\footnotesize ORDINANZA DIRIGENZIALE R.G. N. {a['number']} DEL {it(a['date'])}}}
\fancyfoot[R]{{\footnotesize PAG. \thepage}}
\setlength{{\parindent}}{{0pt}}\setlength{{\parskip}}{{5pt}}
\sodef\spaced{{}}{{.32em}}{{1em}}{{0pt}}
\pdfinfo{{/Creator (Halley Atti - stampa modulo) /Title (Ordinanza {a['number']}/2029)}}
\begin{{document}}
\begin{{center}}{{\large\bfseries {tx(MUNI)}}}\\ {tx(PROV)}\\[-4pt]\rule{{\textwidth}}{{1pt}}\\[10pt]
{{\bfseries\spaced{{ORDINANZA DIRIGENZIALE}}}}\end{{center}}
\hfill R.G. N. {a['number']} DEL {it(a['date'])}\par
\noindent\rule{{\textwidth}}{{0.4pt}}\\
\begin{{tabular}}{{@{{}}p{{20mm}}p{{140mm}}@{{}}}}OGGETTO: & {tx(a['subject'])}\end{{tabular}}\\
\rule{{\textwidth}}{{0.4pt}}
\begin{{center}}IL DIRIGENTE\end{{center}}
{prem}
\begin{{center}}\bfseries\spaced{{{a['verb']}}}\end{{center}}
\begin{{enumerate}}[label=\arabic*),leftmargin=8mm]
{pts}
\end{{enumerate}}
Il presente provvedimento e\textquotesingle{{}} reso noto mediante pubblicazione all\textquotesingle{{}}Albo Pretorio on line e apposizione della prescritta segnaletica.

Portici, li {it(a['date'])}

\hfill\begin{{minipage}}{{95mm}}\raggedright
{sig}
\end{{minipage}}
\end{{document}}
"""


def form_pdf(a, out):
    """The package prints a blank form (underscores) and fills it in a second pass."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("Mono", "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("MonoB", "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf"))
    W, H = A4; fs = 9.6; cw = pdfmetrics.stringWidth("M", "Mono", fs); x0 = (W - 80 * cw) / 2; lead = 11.6
    c = canvas.Canvas(out, pagesize=A4); c.setCreator("Halley - Modulistica atti"); c.setTitle(f"Determinazione {a['number']}/2029")
    form, fill = [], []  # (row, col, text, bold)
    row = 0
    def put(lst, r, col, s, b=False): lst.append((r, col, s, b))
    put(form, 0, (80 - len(MUNI)) // 2, MUNI, True); put(form, 1, (80 - len(PROV)) // 2, PROV); put(form, 2, 0, "=" * 80)
    put(form, 4, (80 - len(a["title"])) // 2, a["title"], True)
    put(form, 6, 34, "R.G. N. ______ DEL ____________")
    put(fill, 6, 42, f"{a['number']}"); put(fill, 6, 53, it(a["date"]))
    put(form, 7, 0, "-" * 80)
    row = 8
    for ln in wrapi("OGGETTO: ", a["subject"]):
        put(fill, row, 0, ln, True); row += 1
    put(form, row, 0, "-" * 80); row += 2
    put(form, row, 34, "IL DIRIGENTE"); row += 2
    for p in a["premesse"]:
        for ln in textwrap.wrap(p, 80): put(fill, row, 0, ln); row += 1
        row += 1
    v = " ".join(a["verb"]); put(form, row, (80 - len(v)) // 2, v, True); row += 2
    for i, p in enumerate(a["points"], 1):
        for ln in wrapi(f"{i}) ", p): put(fill, row, 0, ln); row += 1
        row += 1
    put(form, row, 0, "Portici, li ____________"); put(fill, row, 12, it(a["date"])); row += 2
    for s in sign_lines(a):
        if s.startswith("N. SETT."):
            put(form, row, 30, "N. SETT. ____ DEL ____________")
            put(fill, row, 39, str(a["sector_number"])); put(fill, row, 48, it(a["sector_date"]))
        elif s:
            put(fill, row, 30, s)
        row += 1
    row += 1
    for ln in visto_cert_lines(a):
        put(fill, row, 0, ln); row += 1
    def draw(lst):
        for r, col, s, b in lst:
            c.setFont("MonoB" if b else "Mono", fs)
            c.drawString(x0 + col * cw, H - 60 - r * lead, s)
    # the blank form, then the filled data, as two separate passes over the page
    draw(form)
    c.setFillColorRGB(0, 0, 0.25); draw(fill)
    c.save()
    assert row < 66, row


if __name__ == "__main__":
    outdir, pdfdir = sys.argv[1], sys.argv[2]
    for a in ACTS:
        if a["c"]["token"] != "portici": continue
        base = os.path.join(outdir, a["file"][:-4])
        if a["producer"] == "enscript": open(base + ".txt", "w", encoding="latin-1").write(text80(a))
        if a["producer"] == "groff": open(base + ".tr", "w", encoding="latin-1").write(troff(a))
        if a["producer"] == "pdflatex": open(base + ".tex", "w").write(latex(a))
        if a["producer"] == "reportlab-form": form_pdf(a, os.path.join(pdfdir, a["file"]))
