# Generates all 12 documents of set mix-85-c. usage: make_all.py OUTDIR TMPDIR
import sys, os, subprocess, html
from acts import ACTS
OUT, T = sys.argv[1], sys.argv[2]
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-85c", "--headless"]
def run(*a): subprocess.run(list(a), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def esc(s): return html.escape(s)
def intro(a): return (a["words"] + ", nella sala consiliare, a seguito di regolare convocazione, si è riunito il " + a["organ"] +
    " in seduta pubblica di prima convocazione, sessione straordinaria. Fatto l'appello nominale risultano:")
def body(a):
    v = a["vote"]
    t = ["Assume la presidenza %s %s, che, constatato il numero legale, dichiara aperta la seduta. Partecipa il %s %s %s con funzioni di verbalizzazione." %
         ("la" if a["pres"][1] in ("RANIERI Tiziana","DI FABIO Gabriella","CIARROCCHI Laura") else "il", a["pres"][0] + " " + a["pres"][1], a["sec"][1], a["sec"][0], a["sec"][2]),
         "IL CONSIGLIO", "Vista la proposta di deliberazione in oggetto; acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267; udita la relazione e la discussione riportata nel resoconto di seduta;",
         "Con la seguente votazione, resa per alzata di mano:"]
    return t
def ie_text(a): return ("Successivamente, con separata votazione unanime dei presenti, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000." if a["ie"]
    else "La presente deliberazione diventa esecutiva decorsi dieci giorni dalla pubblicazione, ai sensi dell'art. 134, comma 3, del D.Lgs. n. 267/2000.")
VL = ["Presenti", "Votanti", "Favorevoli", "Contrari", "Astenuti"]
def pa(r, absw="Assente giust."): return "Presente" if r["present"] else absw

# ---------- 1 Pretoro: HTML as Writer document -> LibreOffice
def html_act(a, css, extra_head=""):
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (i+1, esc(r["name"]), esc(r["role"]), esc(r["group"]), pa(r)) for i, r in enumerate(a["roll"]))
    np = sum(r["present"] for r in a["roll"])
    vt = "<table class=v><tr>" + "".join("<th>%s</th>" % x for x in VL) + "</tr><tr>" + "".join("<td>%d</td>" % x for x in a["vote"]) + "</tr></table>"
    pts = "".join("<p class=pt>%d. %s</p>" % (i+1, esc(p)) for i, p in enumerate(a["points"]))
    b = body(a)
    return f"""<html><head><meta charset="utf-8"><style>{css}</style></head><body>{extra_head}
<p class=c><b>{esc(a['body'].upper())}</b><br>{esc(a['prov'])}</p>
<h2>DELIBERAZIONE DEL {esc(a['organ'].upper())}</h2>
<p class=c>N. {a['n']} del {a['datep']}</p>
<p><b>OGGETTO:</b> {esc(a['subject'])}</p>
<p>{esc(intro(a))}</p>
<table class=r><tr><th>N.</th><th>Cognome e nome</th><th>Carica</th><th>Gruppo</th><th>Presenza</th></tr>{rows}</table>
<p>Presenti n. {np} &ndash; Assenti n. {len(a['roll'])-np}</p><p>{esc(a['entr'])}</p>
<p>{esc(b[0])}</p><p class=c><b>{b[1]}</b></p><p>{esc(b[2])}</p><p>{esc(b[3])}</p>{vt}
<p class=c><b>DELIBERA</b></p>{pts}<p>{esc(ie_text(a))}</p>
<table class=s><tr><td>IL {esc(a['pres'][0].upper())}<br>{esc(a['pres'][1])}</td><td>IL {esc(a['sec'][1].upper())}<br>{esc(a['sec'][0])} {esc(a['sec'][2])}</td></tr></table>
</body></html>"""
CSS1 = "body{font-family:'Liberation Serif';font-size:11pt} .c{text-align:center} h2{text-align:center;font-size:13pt} table{border-collapse:collapse} .r td,.r th,.v td,.v th{border:1px solid #000;padding:2px 5px;font-size:10pt} .s{width:100%;margin-top:30px} .s td{text-align:center;width:50%}"
open(T + "/d01_pretoro.html", "w").write(html_act(ACTS["pretoro"], CSS1))
run(*LO, '--infilter=HTML (StarWriter)', "--convert-to", "pdf:writer_pdf_Export", T + "/d01_pretoro.html", "--outdir", T)
os.rename(T + "/d01_pretoro.pdf", OUT + "/deliberazione-pretoro-writer.pdf")

# ---------- 6 Unione: wkhtmltopdf, header box in a label grid
a = ACTS["unione"]
CSS6 = "body{font-family:'DejaVu Sans';font-size:9.5pt} .c{text-align:center} h2{text-align:center;font-size:12pt;background:#ddd;padding:4px} table{border-collapse:collapse} .r td,.r th,.v td,.v th{border:1px solid #444;padding:2px 6px} .r th,.v th{background:#eee} .r td{white-space:nowrap} .s{width:100%;margin-top:25px} .s td{text-align:center;width:50%}"
open(T + "/d06.html", "w").write(html_act(a, CSS6))
run("wkhtmltopdf", "-q", "-s", "A4", "-T", "15mm", "-B", "15mm", "-L", "18mm", "-R", "18mm", "--footer-center", "Pagina [page] di [topage]", "--footer-font-size", "7", T + "/d06.html", OUT + "/deliberazione-unionemaiellaorientale-wkhtml.pdf")

# ---------- 2 Monte San Martino: reportlab platypus, justified (Tw) paragraphs
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfgen import canvas
a = ACTS["montesanmartino"]
J = ParagraphStyle("j", fontName="Times-Roman", fontSize=11, leading=14, alignment=4, spaceAfter=5)
C = ParagraphStyle("c", parent=J, alignment=1, fontName="Times-Bold")
grid = lambda: TableStyle([("GRID", (0,0), (-1,-1), 0.5, colors.black), ("FONT", (0,0), (-1,-1), "Times-Roman", 9.5)])
S = [Paragraph("COMUNE DI MONTE SAN MARTINO<br/>Provincia di Macerata", C), Spacer(1, 8),
     Paragraph("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", C),
     Paragraph("n. %d del %s" % (a["n"], a["datep"]), C), Paragraph("<b>Oggetto:</b> " + esc(a["subject"]), J), Paragraph(esc(intro(a)), J)]
t = Table([["Consigliere", "Carica", "Gruppo", "P", "A"]] + [[r["name"], r["role"], r["group"], "X" if r["present"] else "", "" if r["present"] else "X"] for r in a["roll"]])
t.setStyle(grid()); S += [t, Spacer(1, 5), Paragraph(esc(a["entr"]), J)]
b = body(a); S += [Paragraph(esc(b[0]), J), Paragraph(b[1], C), Paragraph(esc(b[2]), J), Paragraph(esc(b[3]), J)]
t = Table([VL, list(map(str, a["vote"]))]); t.setStyle(grid()); S += [t, Spacer(1, 5), Paragraph("DELIBERA", C)]
S += [Paragraph("%d) %s" % (i+1, esc(p)), J) for i, p in enumerate(a["points"])] + [Paragraph(esc(ie_text(a)), J), Spacer(1, 14)]
t = Table([["IL PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO GENERALE"], [a["pres"][1], a["sec"][0] + " " + a["sec"][2]]], colWidths=[240, 240])
t.setStyle(TableStyle([("ALIGN", (0,0), (-1,-1), "CENTER"), ("FONT", (0,0), (-1,-1), "Times-Roman", 10)])); S.append(t)
SimpleDocTemplate(OUT + "/deliberazione-montesanmartino-reportlab.pdf", pagesize=A4, leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=50).build(S)

# ---------- 4 Rocca Pia: reportlab canvas, one glyph per text object, rotated Albo stamp
a = ACTS["roccapia"]
c = canvas.Canvas(OUT + "/deliberazione-roccapia-halley.pdf", pagesize=A4); c.setProducer("Halley PDF 3.0")
from reportlab.pdfbase.pdfmetrics import stringWidth
y = [800]
def gl(s, x, f="Helvetica", sz=9.5, width=None):
    if y[0] < 60: stamp(); c.showPage(); y[0] = 800
    words = s.split(" "); gap = stringWidth(" ", f, sz)
    if width:
        tot = sum(stringWidth(w, f, sz) for w in words); gap = (width - tot) / max(1, len(words) - 1)
    xx = x
    for w in words:
        for ch in w:
            c.setFont(f, sz); c.drawString(xx, y[0], ch); xx += stringWidth(ch, f, sz)
        xx += gap
    y[0] -= sz + 3.5
def para(s, f="Helvetica", sz=9.5, W=470):
    ws = s.split(); line = []
    for w in ws:
        if line and stringWidth(" ".join(line + [w]), f, sz) > W: gl(" ".join(line), 62, f, sz, W); line = []
        line.append(w)
    gl(" ".join(line), 62, f, sz); y[0] -= 3
def stamp():
    c.saveState(); c.translate(30, 250); c.rotate(90); c.setFont("Helvetica", 7)
    c.drawString(0, 0, "Pubblicata all'Albo Pretorio on line dal 23/03/2026 al 07/04/2026 - Reg. pubbl. n. 96"); c.restoreState()
gl("COMUNE DI ROCCA PIA", 225, "Helvetica-Bold", 14); gl(a["prov"], 250)
y[0] -= 8; gl("DELIBERAZIONE DEL CONSIGLIO COMUNALE N. %d DEL %s" % (a["n"], a["datep"]), 130, "Helvetica-Bold", 11); y[0] -= 4
para("OGGETTO: " + a["subject"], "Helvetica-Bold"); para(intro(a))
gl("Cognome e nome            Carica                                  Gruppo                     Presenza", 62, "Helvetica-Bold", 9)
for r in a["roll"]:
    for txt, x in ((r["name"], 62), (r["role"], 200), (r["group"], 330), (pa(r), 460)):
        yy = y[0]; gl(txt, x, sz=9); y[0] = yy
    y[0] -= 12.5
y[0] -= 4; para(a["entr"])
b = body(a); para(b[0]); gl(b[1], 270, "Helvetica-Bold"); para(b[2]); para(b[3])
for row in (VL, [str(v) for v in a["vote"]]):
    for i, v in enumerate(row):
        yy = y[0]; gl(v, 100 + i * 80); y[0] = yy
    y[0] -= 13
gl("DELIBERA", 270, "Helvetica-Bold")
for i, p in enumerate(a["points"]): para("%d. %s" % (i+1, p))
para(ie_text(a)); y[0] -= 10
yy = y[0]; gl("IL PRESIDENTE DEL CONSIGLIO", 80); gl(a["pres"][1], 95); y[0] = yy
gl("IL SEGRETARIO GENERALE", 360); gl(a["sec"][0] + " " + a["sec"][2], 370)
stamp(); c.save()

# ---------- 3 Farindola: fpdf2, roll in two side-by-side column groups
from fpdf import FPDF
def mc(t): f.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
a = ACTS["farindola"]
f = FPDF(format="A4"); f.set_margins(20, 15, 20); f.add_page()
f.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"); f.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
f.set_producer("Apkappa Hypersic PDF"); f.set_font("LS", "B", 13)
f.cell(0, 7, "COMUNE DI FARINDOLA", align="C", new_x="LMARGIN", new_y="NEXT"); f.set_font("LS", "", 9); f.cell(0, 5, a["prov"], align="C", new_x="LMARGIN", new_y="NEXT"); f.ln(3)
f.set_font("LS", "B", 10); f.cell(0, 6, "DELIBERAZIONE DEL CONSIGLIO COMUNALE  -  N. %d del %s" % (a["n"], a["datep"]), border=1, align="C", new_x="LMARGIN", new_y="NEXT"); f.ln(2)
mc("OGGETTO: " + a["subject"]); f.ln(2); f.set_font("LS", "", 9.5); mc(intro(a)); f.ln(1)
R = a["roll"]; half = (len(R) + 1) // 2; f.set_font("LS", "B", 8)
for col in (0, 1): f.set_xy(20 + col * 86, f.get_y()); [f.cell(w, 5, h, border=1) for w, h in ((42, "Consigliere"), (24, "Gruppo"), (17, "Presenza"))]
y0 = f.get_y() + 5; f.set_font("LS", "", 7.5)
for i, r in enumerate(R):
    col, row = (0, i) if i < half else (1, i - half)
    f.set_xy(20 + col * 86, y0 + row * 5)
    for w, h in ((42, r["name"] + (" (Sindaco)" if r["role"] == "Sindaco" else " (Pres.)" if r["role"].startswith("Pres") else "")), (24, r["group"][:14]), (17, "Presente" if r["present"] else "Assente giust.")): f.cell(w, 5, h, border=1)
f.set_xy(20, y0 + half * 5 + 3); f.set_font("LS", "", 9.5)
mc("Gruppi: \"Farindola Bene C.\" = Farindola Bene Comune; \"Rinascita Farin\" = Rinascita Farindolese."); mc(a["entr"]); f.ln(1)
b = body(a); mc(b[0]); f.set_font("LS", "B", 10); f.cell(0, 6, b[1], align="C", new_x="LMARGIN", new_y="NEXT"); f.set_font("LS", "", 9.5)
mc(b[2]); mc(b[3])
for row in (VL, [str(v) for v in a["vote"]]):
    for v in row: f.cell(30, 5, v, border=1, align="C")
    f.ln(5)
f.set_font("LS", "B", 10); f.cell(0, 7, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT"); f.set_font("LS", "", 9.5)
for i, p in enumerate(a["points"]): mc("%d. %s" % (i+1, p))
mc(ie_text(a)); f.ln(6)
f.cell(85, 5, "Il Presidente del Consiglio", align="C"); f.cell(85, 5, "Il Segretario Generale", align="C", new_x="LMARGIN", new_y="NEXT")
f.cell(85, 5, a["pres"][1], align="C"); f.cell(85, 5, a["sec"][0] + " " + a["sec"][2], align="C")
f.output(OUT + "/deliberazione-farindola-hypersic.pdf")

# ---------- 5 Tossicia: groff -ms
a = ACTS["tossicia"]
np = sum(r["present"] for r in a["roll"])
g = [".nr PS 10", ".nr VS 13", ".ds CH", ".ds CF Comune di Tossicia \\(em Verbale C.C. n. %d/2026 \\(em pag. %%" % a["n"], ".ce 3", ".B \"COMUNE DI TOSSICIA\"", a["prov"], "", ".sp",
     ".ce", ".B \"VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE\"", ".ce", "Deliberazione n. %d \\(em seduta del %s" % (a["n"], a["datep"]), ".LP", ".B \"OGGETTO:\"", a["subject"], ".PP", intro(a),
     ".TS", "center box;", "l l l l.", "Cognome e nome\tCarica\tGruppo\tPresenza", "_"] + ["%s\t%s\t%s\t%s" % (r["name"], r["role"], r["group"], pa(r)) for r in a["roll"]] + [".TE",
     ".PP", "Presenti n. %d, assenti n. %d." % (np, len(a["roll"]) - np)]
b = body(a); g += [".PP", b[0], ".sp", ".ce", ".B \"%s\"" % b[1], ".PP", b[2], ".PP", b[3], ".TS", "center allbox;", "c c c c c.", "\t".join(VL), "\t".join(map(str, a["vote"])), ".TE", ".ce", ".B DELIBERA"]
for i, p in enumerate(a["points"]): g += [".IP %d." % (i+1), p]
g += [".PP", ie_text(a), ".sp 2", ".TS", "center;", "c c.", "IL PRESIDENTE DEL CONSIGLIO\tIL SEGRETARIO GENERALE", "%s\t%s %s" % (a["pres"][1], a["sec"][0], a["sec"][2]), ".TE"]
open(T + "/d05.ms", "w").write("\n".join(g) + "\n")
with open(OUT + "/deliberazione-tossicia-groff.pdf", "wb") as fo:
    subprocess.run("tbl %s/d05.ms | groff -ms -Kutf8 -Tpdf -P-pa4" % T, shell=True, check=True, stdout=fo)

# ---------- 7 Lettopalena: avviso di convocazione, Chromium
items = ["Comunicazioni del Sindaco.", "Approvazione dei verbali della seduta precedente.",
         "Ratifica della deliberazione della Giunta Comunale n. 14 del 12.03.2026 avente ad oggetto: variazione d'urgenza al bilancio di previsione 2026/2028.",
         "Approvazione del Regolamento comunale per l'uso degli impianti sportivi.", "Mozione del gruppo consiliare \"Lettopalena Domani\" sulla viabilità provinciale S.P. 84."]
h = """<html><head><meta charset="utf-8"><style>body{font-family:'Liberation Sans';font-size:11pt;margin:30px 50px} .h{text-align:center;border-bottom:2px solid #333} .r{text-align:right}</style></head><body>
<div class=h><b style="font-size:15pt">COMUNE DI LETTOPALENA</b><br>Provincia di Chieti<br><small>Piazza Municipio, 1 &ndash; 66010 Lettopalena (CH)</small></div>
<p>Prot. n. 1187 &nbsp;&nbsp; Lettopalena, 16 marzo 2026</p><p class=r>Ai Consiglieri Comunali<br>Al Segretario Generale<br>Al Prefetto di Chieti</p>
<h3 style="text-align:center">AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE</h3>
<p>Il Presidente del Consiglio Comunale, visto l'art. 39 del D.Lgs. n. 267/2000 e il vigente Regolamento del Consiglio,</p><p style="text-align:center"><b>CONVOCA</b></p>
<p>il Consiglio Comunale in seduta pubblica di prima convocazione, sessione straordinaria, per il giorno <b>venerdì 27 marzo 2026 alle ore 18:30</b> presso la Sala consiliare, e occorrendo in seconda convocazione per il giorno 30 marzo 2026 alla stessa ora, per la trattazione del seguente</p>
<p style="text-align:center"><b>ORDINE DEL GIORNO</b></p><ol>""" + "".join("<li>%s</li>" % esc(i) for i in items) + """</ol>
<p>Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio Segreteria a disposizione dei Consiglieri.</p>
<p class=r>IL PRESIDENTE DEL CONSIGLIO<br>Donato Di Falco</p></body></html>"""
open(T + "/d07.html", "w").write(h)
run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=/tmp/chr-85c", "--no-pdf-header-footer", "--print-to-pdf=" + OUT + "/convocazione-lettopalena-chromium.pdf", "file://" + T + "/d07.html")

# ---------- 8 Poggio San Marcello: python-docx -> LibreOffice, header in running head
import docx
from docx.shared import Pt
d = docx.Document(); st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
hp = d.sections[0].header.paragraphs[0]; hp.text = "COMUNE DI POGGIO SAN MARCELLO – Provincia di Ancona – Ufficio del Presidente del Consiglio"
d.sections[0].footer.paragraphs[0].text = "Via Roma, 20 – 60030 Poggio San Marcello (AN) – PEC comune.poggiosanmarcello@emarche.it"
d.add_paragraph("Prot. n. 0000842 del 18/03/2026")
p = d.add_paragraph(); p.add_run("Oggetto: Convocazione del Consiglio Comunale in seduta pubblica di prima convocazione, sessione straordinaria – 26 marzo 2026.").bold = True
d.add_paragraph("Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale che si terrà giovedì 26 marzo 2026, con inizio alle ore 21:00, presso la Sala Consiliare del Palazzo Comunale, per discutere e deliberare sul seguente ordine del giorno:")
for i in ["Lettura e approvazione dei verbali della seduta del 26 febbraio 2026;", "Approvazione della convenzione con l'Unione Montana Esino-Frasassi per la gestione del servizio di protezione civile;", "Adozione della variante parziale al Piano Regolatore Generale in località San Vito;", "Interrogazioni e interpellanze."]:
    d.add_paragraph(i, style="List Number")
d.add_paragraph("Distinti saluti.")
p = d.add_paragraph("Il Presidente del Consiglio Comunale\nAlessandra Conti"); p.alignment = 2
d.save(T + "/convocazione-poggiosanmarcello-word.docx")
run(*LO, "--convert-to", "pdf", T + "/convocazione-poggiosanmarcello-word.docx", "--outdir", OUT)

# ---------- 9 Penna San Giovanni: relata di pubblicazione, 80-column Courier, enscript + ghostscript
txt = """                     COMUNE DI PENNA SAN GIOVANNI
                         Provincia di Macerata
  ------------------------------------------------------------------------
                        RELATA DI PUBBLICAZIONE
  ------------------------------------------------------------------------

  Deliberazione del Consiglio Comunale n. 6 del 20.03.2026

  Oggetto: Approvazione delle aliquote dell'Imposta Municipale Propria
           (IMU) per l'anno 2026.

  Il sottoscritto Messo Comunale, visti gli atti d'ufficio,

                               ATTESTA

  che copia della deliberazione sopra indicata e' stata pubblicata
  all'Albo Pretorio on line di questo Comune per quindici giorni
  consecutivi, dal 24.03.2026 al 08.04.2026, registrata al n. 211
  del Registro delle Pubblicazioni, ai sensi dell'art. 124, comma 1,
  del D.Lgs. 18 agosto 2000, n. 267, senza opposizioni o reclami.

  Penna San Giovanni, li 09.04.2026

                                             IL MESSO COMUNALE
                                             Rag. Ivo Ferranti
"""
open(T + "/d09.txt", "w", encoding="latin-1").write(txt)
run("enscript", "-B", "-f", "Courier10", "-M", "A4", "--margins=60:40:40:40", "-X", "latin1", "-o", T + "/d09.ps", T + "/d09.txt")
run("ps2pdf", "-sPAPERSIZE=a4", T + "/d09.ps", OUT + "/relata-pennasangiovanni-enscript.pdf")

# ---------- 10 Barrea: attestazione, pdfLaTeX with letter-spaced headings
import shutil
shutil.copy(os.path.dirname(os.path.abspath(__file__)) + "/d10_barrea.tex", T + "/attestazione-barrea-latex.tex")
for _ in (1, 2): subprocess.run(["pdflatex", "-interaction=nonstopmode", "attestazione-barrea-latex.tex"], cwd=T, check=True, stdout=subprocess.DEVNULL)
shutil.move(T + "/attestazione-barrea-latex.pdf", OUT + "/attestazione-barrea-latex.pdf")

# ---------- 11 Monteleone di Fermo: Allegato A (tabella), openpyxl -> LibreOffice Calc
import openpyxl
from openpyxl.styles import Font, Border, Side
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Allegato A"
ws.append(["COMUNE DI MONTELEONE DI FERMO – Allegato A alla deliberazione del Consiglio Comunale n. 8 del 26/03/2026"])
ws.append(["Piano delle alienazioni e valorizzazioni immobiliari 2026-2028 – elenco dei beni"]); ws.append([])
ws.append(["N.", "Descrizione del bene", "Foglio", "Particella", "Destinazione", "Valore stimato (€)", "Anno"])
beni = [("Ex scuola elementare di via Garibaldi", 7, 212, "Residenziale", 148000, 2026), ("Terreno agricolo in contrada Santa Maria", 3, 45, "Agricola", 12500, 2026),
        ("Relitto stradale in località Tenna", 9, 301, "Verde privato", 3200, 2027), ("Magazzino comunale di via Roma", 7, 198, "Artigianale", 61000, 2027),
        ("Area di risulta in contrada Piane", 11, 77, "Agricola", 8400, 2028), ("Ex lavatoio pubblico", 7, 230, "Servizi", 15000, 2028)]
for i, b in enumerate(beni): ws.append([i+1, *b])
ws.append(["", "Totale", "", "", "", "=SUM(F5:F10)", ""])
thin = Side(style="thin")
for row in ws.iter_rows(min_row=4, max_row=11):
    for c_ in row: c_.border = Border(top=thin, bottom=thin, left=thin, right=thin)
for c_ in ws[4]: c_.font = Font(bold=True)
ws["A1"].font = Font(bold=True, size=12)
for col, w in zip("ABCDEFG", (5, 42, 8, 10, 16, 18, 7)): ws.column_dimensions[col].width = w
for r in range(5, 12): ws.cell(r, 6).number_format = "#,##0.00"
ws.page_setup.orientation = "landscape"; ws.oddFooter.center.text = "Il Responsabile dell'Area Tecnica – geom. Paolo Vitali"
wb.save(T + "/allegato-monteleonedifermo-calc.xlsx")
run(*LO, "--convert-to", "pdf", T + "/allegato-monteleonedifermo-calc.xlsx", "--outdir", OUT)

# ---------- 12 Lapedona: reportlab, letterhead and footer as Form XObjects repeated on every page; roll with P/A words
a = ACTS["lapedona"]
def deco(cv, doc):
    if not cv.hasForm("lh"):
        cv.beginForm("lh"); cv.setFont("Times-Bold", 14); cv.drawCentredString(297, 800, "COMUNE DI LAPEDONA"); cv.setFont("Times-Italic", 9)
        cv.drawCentredString(297, 788, "Provincia di Fermo – Consiglio Comunale – Seduta del 28/03/2026"); cv.line(60, 782, 535, 782)
        cv.line(60, 45, 535, 45); cv.setFont("Times-Roman", 8); cv.drawString(60, 35, "Deliberazione C.C. n. 10/2026"); cv.endForm()
    cv.doForm("lh"); cv.setFont("Times-Roman", 8); cv.drawRightString(535, 35, "Pag. %d" % doc.page)
S = [Spacer(1, 6), Paragraph("DELIBERAZIONE DEL CONSIGLIO COMUNALE N. %d DEL %s" % (a["n"], a["datep"]), C), Paragraph("<b>OGGETTO:</b> " + esc(a["subject"]), J), Paragraph(esc(intro(a)), J)]
t = Table([["N.", "Consigliere", "Carica", "Gruppo consiliare", "Presente", "Assente giust."]] + [[str(i+1), r["name"], r["role"], r["group"], "SI" if r["present"] else "", "" if r["present"] else "SI"] for i, r in enumerate(a["roll"])])
t.setStyle(grid()); S += [t, Spacer(1, 5), Paragraph(esc(a["entr"]), J)]
b = body(a); S += [Paragraph(esc(b[0]), J), Paragraph(b[1], C), Paragraph(esc(b[2]), J), Paragraph(esc(b[3]), J)]
t = Table([VL, list(map(str, a["vote"]))]); t.setStyle(grid()); S += [t, Spacer(1, 5), Paragraph("DELIBERA", C)]
S += [Paragraph("%d. %s" % (i+1, esc(p)), J) for i, p in enumerate(a["points"])] + [Paragraph(esc(ie_text(a)), J), Spacer(1, 14)]
t = Table([["IL PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO GENERALE"], [a["pres"][1], a["sec"][0] + " " + a["sec"][2]]], colWidths=[240, 240])
t.setStyle(TableStyle([("ALIGN", (0,0), (-1,-1), "CENTER"), ("FONT", (0,0), (-1,-1), "Times-Roman", 10)])); S.append(t)
SimpleDocTemplate(OUT + "/deliberazione-lapedona-xobject.pdf", pagesize=A4, leftMargin=60, rightMargin=60, topMargin=75, bottomMargin=60).build(S, onFirstPage=deco, onLaterPages=deco)
