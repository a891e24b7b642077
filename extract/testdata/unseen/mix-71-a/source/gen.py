# Renders the 12 acts of acts.py. Usage: python3 gen.py KEY OUTFILE
# (writes a PDF for ReportLab/fpdf2, a .docx for python-docx, or the intermediate source for the other tools)
import sys, html, datetime
from acts import D
MESI = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
def dwords(iso):
    y, m, d = map(int, iso.split("-")); return f"{d} {MESI[m-1]} {y}"
def dslash(iso):
    y, m, d = iso.split("-"); return f"{d}/{m}/{y}"
PREM_DET = [
 "VISTO il decreto sindacale con il quale è stata attribuita al sottoscritto la responsabilità dell’Area ai sensi degli artt. 107 e 109 del D.Lgs. 18 agosto 2000, n. 267;",
 "VISTA la deliberazione del Consiglio comunale n. 9 del 27.1.2026, esecutiva, con la quale è stato approvato il bilancio di previsione finanziario 2026/2028;",
 "VISTA la deliberazione della Giunta comunale n. 14 del 5.2.2026 di approvazione del Piano Esecutivo di Gestione 2026/2028;",
 "DATO ATTO che sul presente provvedimento non sussistono situazioni di conflitto di interessi, anche potenziale, ai sensi dell’art. 6-bis della L. n. 241/1990;",
 "ACCERTATA la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. n. 267/2000;"]
PREM_DEC = [
 "VISTO il D.Lgs. 18 agosto 2000, n. 267, e in particolare gli artt. 50, comma 10, e 109;",
 "VISTO lo Statuto vigente e il Regolamento sull’ordinamento degli uffici e dei servizi;",
 "VISTO il CCNL del personale del comparto Funzioni Locali sottoscritto il 16 novembre 2022;",
 "RITENUTO di dover provvedere in merito, per garantire la continuità dell’azione amministrativa;"]
def prem(a): return PREM_DEC if a.get("kind_") == "decreto" or a["file"].startswith("decreto") else PREM_DET
def esc(s): return html.escape(s)
def hpoints(a): return "".join(f"<li>{esc(p)}</li>" for p in a["points"])
def hprem(a): return "".join(f"<p class='pr'>{esc(p)}</p>" for p in prem(a))

# ---------------- 1 Buti: ReportLab, glyph by glyph, label grid with colons
def buti(out):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    a = D["buti"]; W, H = A4
    c = canvas.Canvas(out, pagesize=A4); c.setCreator("Halley Informatica - Atti Amministrativi"); c.setProducer("Halley PDF 4.2")
    def glyphs(x, y, s, f="Helvetica", sz=9.5, sp=0.0):
        for ch in s:
            if ch != " ":
                t = c.beginText(x, y); t.setFont(f, sz); t.textOut(ch); c.drawText(t)
            x += stringWidth(ch, f, sz) + sp
    def para(x, y, s, w, f="Helvetica", sz=9.5, lead=12.5):
        for ln in simpleSplit(s, f, sz, w):
            glyphs(x, y, ln, f, sz); y -= lead
        return y
    glyphs(60, H-60, a["muni"].upper(), "Helvetica-Bold", 15, 1.2)
    glyphs(60, H-76, a["prov"], "Helvetica", 9.5)
    c.setLineWidth(0.6); c.line(60, H-84, W-60, H-84)
    glyphs(60, H-108, "DETERMINAZIONE", "Helvetica-Bold", 12, 2.5)
    rows = [("Numero Registro Generale", str(a["number"])), ("Data", a["dprint"]), ("Numero Settore", str(a["sector"])),
            ("Settore", a["organ"]), ("Servizio", a["office"]), ("Proposta n.", f"{a['prop']} del {a['propdate']}")]
    y = H-132
    # values column drawn first, then the labels (out of reading order)
    for i, (l, v) in enumerate(rows): glyphs(210, y - i*14, v, "Helvetica-Bold", 9.5)
    for i, (l, v) in enumerate(rows): glyphs(66, y - i*14, l, "Helvetica", 9.5); glyphs(196, y - i*14, ":", "Helvetica", 9.5)
    c.rect(60, y - 5*14 - 6, W-120, 6*14 + 6, stroke=1, fill=0)
    y -= 6*14 + 20
    glyphs(60, y, "OGGETTO:", "Helvetica-Bold", 9.5); y = para(112, y, a["subject"], W-172, "Helvetica-Bold") - 10
    glyphs(W/2-70, y, "IL RESPONSABILE DEL SETTORE", "Helvetica-Bold", 9.5); y -= 18
    for p in prem(a) + ["RITENUTO di procedere all’affidamento dei lavori in oggetto, previa verifica dei requisiti di carattere generale della ditta affidataria;"]:
        y = para(60, y, p, W-120) - 5
    glyphs(W/2-30, y-4, "DETERMINA", "Helvetica-Bold", 10, 2); y -= 24
    for i, p in enumerate(a["points"], 1):
        glyphs(60, y, f"{i}.", "Helvetica", 9.5); y = para(76, y, p, W-136) - 5
    y -= 14
    glyphs(330, y, a["signer"][2], "Helvetica", 9.5); glyphs(350, y-14, f"{a['signer'][0]} {a['signer'][1]}", "Helvetica-Bold", 9.5)
    glyphs(300, y-28, "(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", "Helvetica-Oblique", 7.5)
    glyphs(60, 40, f"Determinazione n. {a['number']} del {a['dprint']} - Pag. 1 di 1", "Helvetica", 7)
    c.showPage(); c.save()

# ---------------- 2 San Gimignano: python-docx, Direzione / Servizio, running head and foot
def sangimignano(out):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    a = D["sangimignano"]; d = Document()
    s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(2.2)
    st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    hp = s.header.paragraphs[0]; hp.text = f"{a['muni']} – Determinazione dirigenziale n. {a['number']}/2026 R.G."; hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]; fp.text = "Piazza Duomo, 2 – 53037 San Gimignano (SI) – PEC: comune.sangimignano@postacert.toscana.it"; fp.runs[0].font.size = Pt(7.5)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    def P(t, b=False, al=None, sz=None, after=4):
        p = d.add_paragraph(); r = p.add_run(t); r.bold = b
        if sz: r.font.size = Pt(sz)
        if al == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if al == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if al == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(after); return p
    P(a["muni"].upper(), True, "c", 16, 0); P(a["prov"], False, "c", 10, 10)
    P(a["organ"].upper(), True, "c", 11, 0); P(a["office"], False, "c", 10, 12)
    P("DETERMINAZIONE DIRIGENZIALE", True, "c", 13, 6)
    t = d.add_table(rows=2, cols=3); t.style = "Table Grid"
    for i, (l, v) in enumerate([("Registro Generale", f"N. {a['number']}/2026 R.G."), ("Registro della Direzione", f"n. {a['sector']}"), ("Data di adozione", "19.3.2026")]):
        t.cell(0, i).text = l; t.cell(1, i).text = v
        t.cell(0, i).paragraphs[0].runs[0].font.size = Pt(8); t.cell(1, i).paragraphs[0].runs[0].bold = True
    P("", after=2)
    P(f"Proposta n. {a['prop']} del {a['propdate']}", False, "r", 9)
    p = P("OGGETTO: ", True, "j"); p.add_run(a["subject"]).bold = True
    P("IL DIRIGENTE", True, "c", after=6)
    for x in prem(a): P(x, al="j")
    for x in ["PREMESSO che con deliberazione della Giunta comunale n. 31 del 26.2.2026 è stato approvato il progetto di fattibilità tecnico-economica dell’intervento;",
              "DATO ATTO che l’intervento è finanziato con contributo della Regione Toscana e con fondi propri di bilancio;",
              "VISTO il D.Lgs. 31 marzo 2023, n. 36, e in particolare gli artt. 17 e 50;",
              "VISTO il parere favorevole della Soprintendenza Archeologia, Belle Arti e Paesaggio per le province di Siena, Grosseto e Arezzo, prot. n. 4471 del 2.3.2026;",
              "DATO ATTO che il progetto è stato verificato ai sensi dell’art. 42 del D.Lgs. n. 36/2023 e validato dal RUP con verbale del 12.3.2026;",
              "CONSIDERATO che l’intervento ricade nel sito UNESCO “Centro storico di San Gimignano” e che il cantiere dovrà garantire la fruizione turistica delle mura;",
              "RITENUTO di individuare gli operatori economici da invitare mediante sorteggio dall’elenco della piattaforma START della Regione Toscana;"]: P(x, al="j")
    P("DETERMINA", True, "c", after=6)
    for i, x in enumerate(a["points"], 1): P(f"{i}) {x}", al="j")
    P(""); P(a["signer"][2], al="r"); P(f"{a['signer'][0]} {a['signer'][1]}", True, "r")
    P("Documento firmato digitalmente ai sensi dell’art. 21 del D.Lgs. n. 82/2005", False, "r", 8)
    d.save(out)

# ---------------- 3 Castiglion Fibocchi: HTML for Chromium, number/date cells under their labels
def castiglionfibocchi(out):
    a = D["castiglionfibocchi"]
    h = f"""<!doctype html><html lang=it><meta charset=utf-8><style>
@page {{ size: A4; margin: 16mm 18mm 18mm 18mm }} body {{ font: 10.5pt 'Liberation Sans', sans-serif }}
.head {{ text-align:center }} .head h1 {{ font-size: 17pt; margin: 0 }} .head div {{ font-size: 9pt }}
table.reg {{ width:100%; border-collapse: collapse; margin: 12px 0 }} table.reg td {{ border: 1px solid #333; padding: 3px 6px; text-align:center }}
table.reg tr.l td {{ font-size: 7.5pt; background: #e6e6e6; text-transform: uppercase }} table.reg tr.v td {{ font-weight: bold; font-size: 11pt }}
.ogg {{ border: 1px solid #333; padding: 6px; font-weight: bold }} p.pr {{ text-align: justify; margin: 4px 0 }} h3 {{ text-align:center; letter-spacing: 3px }}
li {{ text-align: justify; margin-bottom: 4px }} .firma {{ margin-left: 55%; margin-top: 24px; text-align:center }}
</style><body><div class=head><h1>{a['muni']}</h1><div>{a['prov']}</div><div>Piazza Cavour, 1 – 52029 Castiglion Fibocchi (AR)</div></div>
<table class=reg><tr class=l><td>Area</td><td>Servizio</td><td>N. Reg. Gen.</td><td>N. Area</td><td>Data</td></tr>
<tr class=v><td>{a['organ']}</td><td>{a['office']}</td><td>{a['number']}</td><td>{a['sector']}</td><td>25-02-2026</td></tr></table>
<h3>DETERMINAZIONE</h3><div class=ogg>OGGETTO: {esc(a['subject'])}</div><h3>LA RESPONSABILE DELL’AREA</h3>{hprem(a)}
<p class=pr>RICHIAMATA la propria determinazione n. 9 del 14.1.2026 di affidamento del servizio di trasporto scolastico per il periodo gennaio – giugno 2026;</p>
<p class=pr>CONSIDERATO che per le uscite didattiche programmate dall’Istituto comprensivo si rendono necessarie corse aggiuntive non previste;</p>
<h3>DETERMINA</h3><ol>{hpoints(a)}</ol>
<div class=firma>{a['signer'][2]}<br><b>{a['signer'][0]} {a['signer'][1]}</b><br><small>(firma digitale)</small></div>
<p style='font-size:8pt;margin-top:30px;border-top:1px solid #999'>VISTO DI REGOLARITÀ CONTABILE attestante la copertura finanziaria – Il Responsabile del Servizio Finanziario, Rag. Mirella Conti – 25-02-2026</p></body></html>"""
    open(out, "w").write(h)

# ---------------- 4 Zuccarello: groff -ms, number only on the signature page
def zuccarello(out):
    a = D["zuccarello"]
    L = [".nr PS 11", ".nr VS 14", ".nr HY 0", ".nr LL 15c", ".nr PO 3c", ".nh", ".ds CH", ".ds CF \\- % \\-",
         ".DS C", f"\\s(16\\fB{a['muni'].upper()}\\fP\\s0", a["prov"], "Via Tornatore, 1 \\(en 17039 Zuccarello (SV)", ".DE",
         ".sp 1", ".DS C", "\\fBDETERMINAZIONE DEL RESPONSABILE DELL'AREA TECNICA\\fP", f"{a['office']}", ".DE", ".sp 0.5",
         ".LP", f"\\fBOGGETTO:\\fP \\fB{a['subject']}\\fP", ".sp 0.5", ".DS C", "\\fBIL RESPONSABILE DELL'AREA TECNICA\\fP", ".DE"]
    for p in prem(a) + ["RICHIAMATA la propria precedente determinazione n. 4 del 19.1.2026 con la quale è stato affidato l’intervento urgente;",
                        "VISTA la fattura elettronica n. 12/2026 del 20 febbraio 2026 e accertata la regolarità contributiva della ditta (DURC prot. INAIL_51902233);",
                        "VISTO il verbale di somma urgenza redatto in data 14 gennaio 2026 ai sensi dell’art. 140 del D.Lgs. n. 36/2023;",
                        "DATO ATTO che i lavori sono stati regolarmente eseguiti e che la strada è stata riaperta al transito in data 6 febbraio 2026;",
                        "ACQUISITO il codice CIG B6E0A23F44 ai fini della tracciabilità dei flussi finanziari di cui alla L. n. 136/2010;"]:
        L += [".PP", p]
    L += [".sp 0.5", ".DS C", "\\fBD E T E R M I N A\\fP", ".DE"]
    for i, p in enumerate(a["points"], 1): L += [".IP " + f"{i}." + " 4", p]
    L += [".bp", ".LP", "Letto, approvato e sottoscritto.", ".sp 1",
          ".TS", "center box;", "l l.", f"Determinazione n.\t\\fB{a['number']}\\fP", f"del\t\\fB5 marzo 2026\\fP", "Registro\tgenerale delle determinazioni", ".TE",
          ".sp 2", ".DS R", a["signer"][2], f"\\fB{a['signer'][0]} {a['signer'][1]}\\fP", ".DE", ".sp 2",
          ".LP", "\\fBVISTO DI REGOLARITÀ CONTABILE\\fP attestante la copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000.",
          ".DS R", "Il Responsabile del Servizio Finanziario", "Dott.ssa Marina Ghiglione", ".DE"]
    open(out, "w").write("\n".join(L) + "\n")

# ---------------- 5 Mioglia: 84-column text for enscript, label grid with colons
def mioglia(out):
    a = D["mioglia"]; import textwrap
    W = 84; L = []
    def C(s): L.append(s.center(W).rstrip())
    def wrap(s, ind=0): L.extend(textwrap.wrap(s, W, subsequent_indent=" " * ind))
    C(a["muni"]); C(a["prov"]); C("PIAZZA GENERALE ROLANDI 7 - 17040 MIOGLIA (SV)"); L.append("=" * W); L.append("")
    C("DETERMINAZIONE DEL RESPONSABILE DI AREA"); L.append("")
    for l, v in [("AREA", a["organ"]), ("SERVIZIO", a["office"]), ("NUMERO GENERALE", f"N. {a['number']} DEL 3.2.2026"), ("NUMERO DI AREA", f"N. {a['sector']}")]:
        L.append(f"   {l:<18}: {v}")
    L.append("-" * W); L.append("")
    wrap("OGGETTO: " + a["subject"], 9); L.append("-" * W); L.append("")
    C("IL RESPONSABILE DELL'AREA"); L.append("")
    for p in [x.upper().replace("’", "'") for x in prem(a)] + ["VISTA L'ISTANZA PRESENTATA DALLA DIPENDENTE IN DATA 26.1.2026, ACQUISITA AL PROT. N. 388;"]:
        wrap(p); L.append("")
    C("D E T E R M I N A"); L.append("")
    for i, p in enumerate(a["points"], 1): wrap(f"{i}) {p}", 3); L.append("")
    L += ["", "MIOGLIA, 3.2.2026", "", (" " * 40) + a["signer"][2][:44], (" " * 40) + f"{a['signer'][0]} {a['signer'][1]}",
          "", "-" * W, "CERTIFICATO DI PUBBLICAZIONE: SI ATTESTA CHE LA PRESENTE E' PUBBLICATA ALL'ALBO", "PRETORIO ON LINE DAL 4.2.2026 PER 15 GIORNI CONSECUTIVI (REG. PUBBL. N. 57)."]
    open(out, "w", encoding="utf-8").write("\n".join(L) + "\n")

# ---------------- 6 Castelnuovo di Porto: letterhead band + right-hand box, wkhtmltopdf
def castelnuovodiporto(out):
    a = D["castelnuovodiporto"]
    h = f"""<!doctype html><html lang=it><meta charset=utf-8><style>
body {{ font-family: 'DejaVu Serif', serif; font-size: 10.5pt }} .band {{ background:#1d3d6e; color:white; padding: 10px 14px; width: 58%; float:left; height: 92px }}
.band h1 {{ margin:0; font-size: 17pt }} .band div {{ font-size: 9pt }}
.box {{ float:right; width: 34%; border: 2px solid #1d3d6e; padding: 6px 8px; font-size: 9pt; font-family: 'DejaVu Sans', sans-serif }}
.box b {{ font-size: 10.5pt }} .clr {{ clear: both }} p {{ text-align: justify; margin: 4px 0 }} h3 {{ text-align:center }}
li {{ text-align: justify; margin-bottom: 4px }} .ogg {{ margin-top: 14px; font-weight:bold }}</style><body>
<div class=band><h1>{a['muni']}</h1><div>{a['prov']}</div><div>{a['organ']}</div><div>{a['office']}</div></div>
<div class=box>DETERMINAZIONE<br>Reg. Gen. <b>{a['number']}</b> del <b>23/03/2026</b><br>Reg. Settore II n. <b>{a['sector']}</b><br>Proposta n. {a['prop']} del {a['propdate']}</div>
<div class=clr></div><p class=ogg>OGGETTO: {esc(a['subject'])}</p><h3>IL RESPONSABILE DEL SETTORE</h3>{hprem(a)}
<p>VISTE le istanze di rimborso presentate dai contribuenti e verificati i versamenti eseguiti mediante modello F24;</p>
<p>DATO ATTO che le istanze sono state presentate entro il termine quinquennale di cui all’art. 1, comma 164, della L. n. 296/2006;</p>
<h3>DETERMINA</h3><ol>{hpoints(a)}</ol>
<p style='margin-left:55%;text-align:center;margin-top:20px'>{a['signer'][2]}<br><b>{a['signer'][0]} {a['signer'][1]}</b></p></body></html>"""
    open(out, "w").write(h)

# ---------------- 7 Canale Monterano: pdfLaTeX decreto with tabular label grid
def canalemonterano(out):
    a = D["canalemonterano"]
    t = lambda s: s.replace("’", "'").replace("°", "\\textdegree{}").replace("–", "--").replace("€", "\\euro{}")
    items = "\n".join(f"\\item {t(p)}" for p in a["points"])
    pr = "\n\n".join(t(p) for p in prem(a))
    open(out, "w").write(r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[italian]{babel}\usepackage{eurosym}
\usepackage[margin=2.4cm]{geometry}\usepackage{microtype}\usepackage{array}\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}\cfoot{\footnotesize Comune di Canale Monterano -- Piazza del Campo, 1 -- 00060 Canale Monterano (RM)}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}\hyphenpenalty=10000
\begin{document}
\begin{center}{\Large\bfseries\textls[120]{COMUNE DI CANALE MONTERANO}}\\[2pt]Città metropolitana di Roma Capitale\\[10pt]
{\large\bfseries\textls[200]{DECRETO DEL SINDACO}}\end{center}
\begin{tabular}{|>{\bfseries}p{4cm}|p{10.5cm}|}\hline
Decreto n.: & 4 \\\hline Data: & 2 febbraio 2026 \\\hline Organo: & Il Sindaco \\\hline Ufficio proponente: & Segreteria generale -- Servizio Personale \\\hline
Oggetto: & \raggedright """ + t(a["subject"]) + r""" \tabularnewline\hline\end{tabular}

\begin{center}\bfseries\textls[150]{IL SINDACO}\end{center}
""" + pr + r"""

CONSIDERATO che il geom. Alessandro Ciocchetti, istruttore direttivo tecnico a tempo indeterminato, possiede i requisiti professionali richiesti;

\begin{center}\bfseries\textls[150]{DECRETA}\end{center}
\begin{enumerate}""" + items + r"""\end{enumerate}
Canale Monterano, 2 febbraio 2026
\vspace{12pt}

\hfill\begin{tabular}{c}Il Sindaco\\ \textbf{Mara Bertollini}\\ {\footnotesize (documento firmato digitalmente)}\end{tabular}
\end{document}
""")

# ---------------- 8 Ostra Vetere: fpdf2, CID fonts, register box in the running head of every page
def ostravetere(out):
    from fpdf import FPDF
    a = D["ostravetere"]
    class P(FPDF):
        def header(self):
            self.set_font("dvb", size=12); self.cell(110, 6, a["muni"]); self.set_font("dv", size=8)
            self.set_xy(135, 10); self.multi_cell(60, 4.2, f"Determinazione n. {a['number']}\ndel 20-03-2026\nRegistro di Area n. {a['sector']}", border=1, align="C")
            self.set_xy(15, 16); self.set_font("dv", size=8); self.cell(110, 4, a["prov"]); self.ln(12)
        def footer(self):
            self.set_y(-14); self.set_font("dv", size=7.5); self.cell(0, 5, f"Pagina {self.page_no()} di {{nb}}", align="C")
    p = P(format="A4"); p.set_margins(15, 12, 15)
    p.add_font("dv", fname="/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf")
    p.add_font("dvb", fname="/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf")
    p.set_creator("J-Serfin Atti"); p.add_page()
    p.set_font("dvb", size=10); p.cell(0, 6, a["organ"].upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("dv", size=9.5); p.cell(0, 5, a["office"], align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
    p.set_font("dvb", size=10.5); p.multi_cell(0, 5.2, "Oggetto: " + a["subject"], border=1, padding=2); p.ln(3)
    p.cell(0, 6, "LA RESPONSABILE DELL’AREA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("dv", size=10)
    for x in prem(a) + ["PREMESSO che l’Amministrazione intende organizzare anche per l’estate 2026 la rassegna di spettacoli nel centro storico;",
                        "VISTA la deliberazione della Giunta comunale n. 22 del 12.3.2026 con la quale è stato approvato il programma della rassegna;",
                        "ACQUISITO il preventivo dell’associazione, ritenuto congruo, assunto al protocollo al n. 2217 del 16.3.2026;",
                        "VISTO l’art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l’affidamento diretto di servizi di importo inferiore a 140.000 euro;",
                        "DATO ATTO che il servizio non è presente tra le convenzioni attive di Consip S.p.A. e che si è proceduto tramite trattativa diretta sul MePA;",
                        "VERIFICATO che l’associazione è in possesso dei requisiti di ordine generale di cui agli artt. 94 e 95 del D.Lgs. n. 36/2023;",
                        "RILEVATO che la spesa rientra nei limiti degli stanziamenti di bilancio e che il programma dei pagamenti è compatibile con le regole di finanza pubblica;",
                        "RICHIAMATO il principio di rotazione degli affidamenti e dato atto che l’associazione non è risultata affidataria nel precedente affidamento;",
                        "VISTO il Regolamento comunale per la concessione di contributi e vantaggi economici alle associazioni approvato con deliberazione consiliare n. 18 del 2019;",
                        "CONSIDERATO che la rassegna si svolgerà nelle serate dal 4 luglio al 30 agosto 2026 in piazza della Libertà e nel chiostro di San Francesco;",
                        "PRECISATO che l’associazione dovrà garantire il rispetto delle norme di sicurezza degli impianti e delle disposizioni in materia di pubblico spettacolo;"]:
        p.multi_cell(0, 5, x, align="J"); p.ln(1.5)
    p.set_font("dvb", size=10.5); p.cell(0, 7, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("dv", size=10)
    for i, x in enumerate(a["points"], 1): p.multi_cell(0, 5, f"{i}. {x}", align="J"); p.ln(1.5)
    p.ln(6); p.set_x(110); p.multi_cell(85, 5, f"{a['signer'][2]}\n{a['signer'][0]} {a['signer'][1]}", align="C")
    p.output(out)

# ---------------- 9 Unione Sagrantino: ReportLab, Form XObjects, Tw justification, rotated stamp
def sagrantino(out):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    a = D["sagrantino"]; W, H = A4; c = canvas.Canvas(out, pagesize=A4)
    c.setCreator("Kibernetes Sicr@web"); c.setProducer("Kibernetes PDF Printer 2.1")
    c.beginForm("head"); c.setFont("Times-Bold", 13)
    c.drawCentredString(W/2, H-58, "UNIONE DEI COMUNI TERRE DELL’OLIO E DEL SAGRANTINO")
    c.setFont("Times-Roman", 9); c.drawCentredString(W/2, H-71, "Bevagna – Castel Ritaldi – Giano dell’Umbria – Gualdo Cattaneo – Montefalco")
    c.drawCentredString(W/2, H-82, a["prov"]); c.line(60, H-88, W-60, H-88); c.endForm()
    c.beginForm("stamp"); c.saveState(); c.translate(40, 250); c.rotate(90); c.setFont("Helvetica", 7)
    c.drawString(0, 0, "Pubblicato all’Albo Pretorio on line dell’Unione dal 10/02/2026 al 25/02/2026 – Reg. Pubbl. n. 41"); c.restoreState(); c.endForm()
    def just(y, s, w, x=72, f="Times-Roman", sz=10.5, lead=13.5):
        lines = simpleSplit(s, f, sz, w)
        for i, ln in enumerate(lines):
            t = c.beginText(x, y); t.setFont(f, sz)
            n = ln.count(" ")
            if i < len(lines) - 1 and n: t.setWordSpace((w - stringWidth(ln, f, sz)) / n)
            t.textLine(ln); c.drawText(t); y -= lead
        return y
    # body drawn before the letterhead and the grid (reading order differs from drawing order)
    y = H-300
    c.setFont("Times-Bold", 11); t = c.beginText(W/2-40, y); t.setFont("Times-Bold", 11); t.setCharSpace(2); t.textLine("IL PRESIDENTE"); t.setCharSpace(0); c.drawText(t); y -= 18
    for p in prem(a) + ["VISTA la convenzione per la gestione associata della funzione di Polizia Locale approvata dai Consigli dei Comuni aderenti;",
                        "VISTA la proposta dell’Area Polizia Locale Associata e accertato il possesso dei requisiti in capo all’incaricata;"]:
        y = just(y, p, W-144) - 4
    t = c.beginText(W/2-30, y-6); t.setFont("Times-Bold", 11); t.setCharSpace(2); t.textLine("DECRETA"); t.setCharSpace(0); c.drawText(t); y -= 26
    for i, p in enumerate(a["points"], 1):
        c.setFont("Times-Roman", 10.5); c.drawString(72, y, f"{i}."); y = just(y, p, W-162, 90) - 4
    y -= 10; c.setFont("Times-Roman", 10.5); c.drawString(72, y, "Bevagna, 9 febbraio 2026")
    c.drawCentredString(420, y-20, a["signer"][2]); c.setFont("Times-Bold", 10.5); c.drawCentredString(420, y-34, a["signer"][1])
    c.doForm("head"); c.doForm("stamp")
    c.setFont("Times-Bold", 12); c.drawCentredString(W/2, H-112, "DECRETO DEL PRESIDENTE")
    c.rect(72, H-180, W-144, 56)
    c.setFont("Times-Roman", 9.5); c.drawString(80, H-137, "Decreto n."); c.drawString(230, H-137, "Data"); c.drawString(370, H-137, "Proposta")
    c.setFont("Times-Bold", 10.5); c.drawString(80, H-152, "3 / 2026"); c.drawString(230, H-152, "09/02/2026"); c.drawString(370, H-152, f"n. {a['prop']} del {a['propdate']}")
    c.setFont("Times-Roman", 9.5); c.drawString(80, H-171, "Ufficio proponente:"); c.setFont("Times-Bold", 10.5); c.drawString(165, H-171, a["proposing"])
    c.setFont("Times-Bold", 10.5); just(H-204, "OGGETTO: " + a["subject"], W-144, f="Times-Bold")
    c.setFont("Times-Roman", 7); c.drawCentredString(W/2, 30, "Sede: Piazza del Comune, 1 – 06031 Bevagna (PG) – unione.sagrantino@pec.it")
    c.showPage(); c.save()

# ---------------- 10 Nocciano: python-docx table with merged cells
def nocciano(out):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    a = D["nocciano"]; d = Document(); s = d.sections[0]
    s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2)
    d.styles["Normal"].font.name = "Liberation Sans"; d.styles["Normal"].font.size = Pt(10)
    t = d.add_table(rows=5, cols=4); t.style = "Table Grid"
    m = t.cell(0, 0).merge(t.cell(0, 3)); m.text = f"{a['muni'].upper()}\n{a['prov']}"
    for r in m.paragraphs[0].runs: r.bold = True; r.font.size = Pt(14)
    m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cells = [(1, 0, "Area:"), (1, 1, a["organ"]), (1, 2, "Servizio:"), (1, 3, a["office"]),
             (2, 0, "Det. n.:"), (2, 1, f"{a['number']} (Reg. Gen.)"), (2, 2, "N. di Area:"), (2, 3, str(a["sector"])),
             (3, 0, "Data:"), (3, 1, "27/03/2026"), (3, 2, "Proposta:"), (3, 3, f"n. {a['prop']} del {a['propdate']}")]
    for r, cidx, v in cells:
        t.cell(r, cidx).text = v
        if cidx in (0, 2): t.cell(r, cidx).paragraphs[0].runs[0].bold = True
    o = t.cell(4, 1).merge(t.cell(4, 3)); t.cell(4, 0).text = "Oggetto:"; t.cell(4, 0).paragraphs[0].runs[0].bold = True
    o.text = a["subject"]; o.paragraphs[0].runs[0].bold = True
    def P(x, b=False, al="j"):
        p = d.add_paragraph(); r = p.add_run(x); r.bold = b
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if al == "c" else WD_ALIGN_PARAGRAPH.JUSTIFY if al == "j" else WD_ALIGN_PARAGRAPH.RIGHT
    P(""); P("IL RESPONSABILE DELL’AREA", True, "c")
    for x in prem(a) + ["RICHIAMATA la propria determinazione n. 188 del 30.10.2025 di aggiudicazione dei lavori all’impresa Elettro Nora S.r.l.;",
                        "VISTO il certificato di regolare esecuzione emesso dal Direttore dei lavori, ing. Gianluca Verrocchio;"]: P(x)
    P("DETERMINA", True, "c")
    for i, x in enumerate(a["points"], 1): P(f"{i}. {x}")
    P(""); P(a["signer"][2], al="r"); P(f"{a['signer'][0]} {a['signer'][1]}", True, "r")
    d.save(out)

# ---------------- 11 Ripa Teatina: Chromium, date in words, two-column label grid
def ripateatina(out):
    a = D["ripateatina"]
    h = f"""<!doctype html><html lang=it><meta charset=utf-8><style>
@page {{ size: A4; margin: 15mm 17mm }} body {{ font: 10.5pt 'Liberation Serif', serif }}
.lh {{ display:flex; align-items:center; border-bottom: 3px double #000; padding-bottom: 6px }} .lh h1 {{ font-size: 18pt; margin:0; letter-spacing: 1px }}
.grid {{ display:grid; grid-template-columns: 1fr 1fr; gap: 2px 24px; margin: 10px 0; font-size: 10pt }} .grid span b {{ display:inline-block; width: 130px }}
p {{ text-align: justify; margin: 4px 0 }} h3 {{ text-align:center; margin: 8px 0 }} li {{ text-align: justify; margin-bottom: 4px }}</style><body>
<div class=lh><div><h1>{a['muni']}</h1><div>{a['prov']} – Via Roma, 28 – 66010 Ripa Teatina (CH)</div></div></div>
<div class=grid><span><b>Area:</b> {a['organ']}</span><span><b>Reg. generale n.:</b> {a['number']}</span>
<span><b>Servizio:</b> {a['office']}</span><span><b>Reg. di area n.:</b> {a['sector']}</span></div>
<h3>DETERMINAZIONE DEL RESPONSABILE DELL’AREA ECONOMICO-FINANZIARIA</h3>
<p><b>OGGETTO:</b> <b>{esc(a['subject'])}</b></p>
<p>L’anno duemilaventisei, addì ventisei del mese di marzo, nel proprio ufficio,</p><h3>LA RESPONSABILE DELL’AREA</h3>{hprem(a)}
<p>VISTO il Regolamento comunale per il servizio di economato approvato con deliberazione del Consiglio comunale n. 41 del 29.11.2019;</p>
<p>ESAMINATO il rendiconto presentato dall’Economo comunale e riscontrata la regolarità della documentazione giustificativa;</p>
<h3>DETERMINA</h3><ol type=a>{hpoints(a)}</ol>
<p style='margin-left:52%;text-align:center;margin-top:22px'>{a['signer'][2]}<br><b>{a['signer'][0]} {a['signer'][1]}</b></p></body></html>"""
    open(out, "w").write(h)

# ---------------- 12 Bolognano: hand-written PostScript (ISO Latin-1 Helvetica, letter-spaced with ashow), ps2pdf
def bolognano(out):
    a = D["bolognano"]
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.lib.utils import simpleSplit
    def ps(s): return "(" + s.replace("’", "'").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    L = ["%!PS-Adobe-3.0", "%%Creator: Sistema Atti Comunali 3.1", "%%Pages: 1", "%%EndComments",
         "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall /Encoding ISOLatin1Encoding def currentdict end definefont pop } def",
         "/HL /Helvetica reenc /HB /Helvetica-Bold reenc /HI /Helvetica-Oblique reenc", "<< /PageSize [595 842] >> setpagedevice", "%%Page: 1 1"]
    def txt(x, y, s, f="HL", sz=10, sp=0):
        L.append(f"/{f} findfont {sz} scalefont setfont {x} {y} moveto " + (f"{sp} 0 {ps(s)} ashow" if sp else f"{ps(s)} show"))
    def para(x, y, s, w, f="HL", sz=10, lead=13):
        fn = {"HL": "Helvetica", "HB": "Helvetica-Bold"}[f]
        for ln in simpleSplit(s.replace("’", "'"), fn, sz, w): txt(x, y, ln, f, sz); y -= lead
        return y
    txt(170, 790, "COMUNE DI BOLOGNANO", "HB", 16, 1.5); txt(230, 775, a["prov"], "HL", 9)
    L.append("0.5 setlinewidth 60 766 moveto 535 766 lineto stroke")
    txt(215, 740, "DECRETO SINDACALE", "HB", 13, 3)
    L.append("60 700 475 28 rectstroke"); txt(70, 710, "N.", "HL", 10); txt(88, 710, "2", "HB", 10)
    txt(160, 710, "del", "HL", 10); txt(185, 710, "15 gennaio 2026", "HB", 10); txt(330, 710, "Registro decreti sindacali", "HI", 9)
    y = para(60, 680, "OGGETTO: " + a["subject"], 475, "HB", 10)
    y -= 10; txt(260, y, "IL SINDACO", "HB", 10.5, 2); y -= 20
    for p in prem(a) + ["VISTO il Regolamento (UE) 2016/679 e in particolare gli artt. 37, 38 e 39, relativi alla designazione, alla posizione e ai compiti del RPD;",
                        "ACCERTATO che l’avv. Federico Di Carlo possiede la conoscenza specialistica della normativa e delle prassi in materia di protezione dei dati;"]:
        y = para(60, y, p, 475) - 4
    y -= 4; txt(265, y, "DECRETA", "HB", 10.5, 2); y -= 20
    for i, p in enumerate(a["points"], 1): txt(60, y, f"{i}.", "HL", 10); y = para(76, y, p, 459) - 4
    y -= 10; txt(60, y, "Bolognano, 15 gennaio 2026", "HL", 10)
    txt(390, y - 22, a["signer"][2], "HL", 10); txt(385, y - 36, a["signer"][1], "HB", 10)
    txt(200, 40, "Piazza Municipio, 1 - 65020 Bolognano (PE)", "HL", 7)
    L += ["showpage", "%%EOF"]
    open(out, "w", encoding="latin-1").write("\n".join(L) + "\n")

if __name__ == "__main__":
    globals()[sys.argv[1]](sys.argv[2])
