# Comune di Frattaminore, "Halley" house style: HTML for Chromium and wkhtmltopdf, a .docx for LibreOffice,
# and the certificate as an fpdf2 form filled over underscores.
import sys, html
from common import *
from fpdf import FPDF
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

E = html.escape
CSS = """
@page { size: A4; margin: 18mm 18mm 22mm 20mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35; }
.hd { display: table; width: 100%; border-bottom: 2px solid #333; padding-bottom: 4px; }
.crest { display: table-cell; width: 60px; vertical-align: middle; }
.crest div { width: 48px; height: 56px; border: 2px solid #555; border-radius: 0 0 24px 24px; text-align:center; font-size:7pt; padding-top: 18px; box-sizing: border-box;}
.ente { display: table-cell; vertical-align: middle; }
.ente h1 { font-size: 16pt; margin: 0; letter-spacing: 1px; }
.ente p { margin: 0; font-size: 9pt; }
.tipo { text-align: center; font-weight: bold; font-size: 11.5pt; margin: 10px 0 4px; }
table.num { width: 100%; border-collapse: collapse; font-size: 10pt; }
table.num td { border: 1px solid #000; padding: 3px 6px; }
.ogg { border: 1px solid #000; border-top: none; padding: 5px 6px; font-weight: bold; }
table.roll { border-collapse: collapse; margin: 6px auto; font-size: 9.5pt; }
table.roll td, table.roll th { border: 1px solid #777; padding: 2px 10px; }
p { text-align: justify; margin: 4px 0; }
.c { text-align: center; font-weight: bold; margin: 8px 0; }
.firme { display: table; width: 100%; margin-top: 20px; }
.firme div { display: table-cell; width: 50%; text-align: center; }
.foot { position: fixed; bottom: -14mm; left: 0; right: 0; font-size: 7.5pt; text-align: center; border-top: 1px solid #999; }
"""

def head(a, kind_line):
    return f"""<div class="hd"><div class="crest"><div>STEMMA</div></div><div class="ente"><h1>COMUNE DI FRATTAMINORE</h1>
<p>Città Metropolitana di Napoli</p><p>Piazza Marconi - 80020 Frattaminore (NA) - tel. 081 8351111</p></div></div>
<div class="tipo">{kind_line}</div>
<table class="num"><tr><td><b>N. {a['number']}</b></td><td>del <b>{it_date(a['date'])}</b></td><td>COPIA</td></tr></table>
<div class="ogg">OGGETTO: {E(a['subject'])}</div>"""

def foot(a, org):
    return f'<div class="foot">Comune di Frattaminore - Delibera di {org} n. {a["number"]} del {it_date(a["date"])} - Documento prodotto con Halley Informatica</div>'

def roll_html(roll):
    rows = "".join(f"<tr><td>{E(n)}</td><td>{E(r)}</td><td style='text-align:center'>{'X' if p else ''}</td><td style='text-align:center'>{'' if p else 'X'}</td></tr>" for n, r, p in roll)
    return f"<table class='roll'><tr><th>Cognome e Nome</th><th>Carica</th><th>Presente</th><th>Assente</th></tr>{rows}</table>"

def body_common(a, pts_html):
    return "".join(f"<p>{E(p)}</p>" for p in premessa(a))

def f1():
    a = ACTS["F1"]
    pts = "".join(f"<p style='margin-left:18px'>{i}. {E(p)}</p>" for i, p in enumerate(points(a), 1))
    h = f"""<!doctype html><html><head><meta charset="utf-8"><title>Delibera GC 141/2026</title><style>{CSS}</style></head><body>
{foot(a, 'Giunta Comunale')}
{head(a, 'DELIBERAZIONE DELLA GIUNTA COMUNALE')}
<p>L'anno <b>duemilaventisei</b> il giorno <b>tre</b> del mese di <b>novembre</b> alle ore <b>13:15</b>, nella sala delle adunanze della Casa Comunale, si è riunita la Giunta Comunale con l'intervento dei Signori:</p>
{roll_html(a['roll'])}
<p style="text-align:center">Totale presenti: 5 &nbsp;&nbsp; Totale assenti: 1</p>
<p>Presiede il Sindaco {signame(a['president'])}. Partecipa con funzioni consultive, referenti e di assistenza il Segretario Comunale {signame(a['secretary'])}.</p>
<p>Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la riunione ed invita i convocati a deliberare sull'oggetto sopraindicato.</p>
<div class="c">LA GIUNTA COMUNALE</div>{body_common(a, '')}
<p>A voti unanimi, legalmente resi,</p><div class="c">DELIBERA</div>{pts}
<p>Infine la Giunta Comunale, con separata ed unanime votazione, stante l'urgenza di provvedere, dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
<p>Del che è verbale. Letto, confermato e sottoscritto.</p>
<div class="firme"><div>IL SINDACO<br>F.to {signame(a['president'])}</div><div>IL SEGRETARIO COMUNALE<br>F.to {signame(a['secretary'])}</div></div>
</body></html>"""
    return h

def f3():
    a = ACTS["F3"]
    pres = [x for x in a["roll"] if x[2]]
    prose = ", ".join(f"{n} ({r})" for n, r, p in pres)
    pts = "".join(f"<li>{E(p)}</li>" for p in points(a))
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Delibera GC 147/2026</title><style>{CSS}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }} ol li {{ text-align: justify; margin: 3px 0; }}</style></head><body>
{head(a, 'DELIBERAZIONE DELLA GIUNTA COMUNALE')}
<p>L'anno duemilaventisei, il giorno ventiquattro del mese di novembre, alle ore 12:30, nella Casa Comunale, regolarmente convocata, si è riunita la Giunta Comunale. Sono presenti: {E(prose)}. È assente l'Assessore CRISPINO Antonio.</p>
<p>Presiede la seduta il Sindaco, {signame(a['president'])}; partecipa il Vice Segretario Comunale, {signame(a['secretary'])}, in sostituzione del Segretario titolare.</p>
<div class="c">LA GIUNTA COMUNALE</div>{body_common(a, '')}
<p>Ad unanimità di voti, resi nei modi di legge,</p><div class="c">DELIBERA</div><ol>{pts}</ol>
<p>Il presente atto diviene esecutivo decorsi dieci giorni dalla pubblicazione, ai sensi dell'art. 134, comma 3, del D.Lgs. 267/2000.</p>
<div class="firme"><div>IL SINDACO<br>F.to {signame(a['president'])}</div><div>IL VICE SEGRETARIO COMUNALE<br>F.to {signame(a['secretary'])}</div></div>
</body></html>"""

def f2(path):
    a = ACTS["F2"]
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    sec = doc.sections[0]; sec.left_margin = Cm(2.2); sec.right_margin = Cm(2); sec.top_margin = Cm(1.6)
    fp = sec.footer.paragraphs[0]; fp.text = f"Delibera di C.C. n. {a['number']} del {it_date(a['date'])}"; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.cell(0, 0).text = "STEMMA"; t.cell(0, 0).width = Cm(2.5)
    c = t.cell(0, 1); c.text = ""; p = c.paragraphs[0]; r = p.add_run("COMUNE DI FRATTAMINORE"); r.bold = True; r.font.size = Pt(16)
    c.add_paragraph("Città Metropolitana di Napoli")
    def P(txt, bold=False, center=False, size=None):
        p = doc.add_paragraph(); r = p.add_run(txt); r.bold = bold
        if size: r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
        return p
    P("DELIBERAZIONE DEL CONSIGLIO COMUNALE", True, True, 13)
    P(f"N. {a['number']} del {it_date(a['date'])}", True, True)
    P("OGGETTO: " + a["subject"], True)
    P("Sessione ordinaria - Seduta pubblica di prima convocazione", False, True, 9.5)
    P(f"L'anno duemilaventisei, il giorno sedici del mese di novembre, alle ore 18:00, nella sala consiliare \"Sandro Pertini\", a seguito di regolare convocazione, si è riunito il Consiglio Comunale. Eseguito l'appello nominale risultano:")
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.cell(0, 0).text = "PRESENTI"; t.cell(0, 1).text = "ASSENTI"
    pres = [x for x in a["roll"] if x[2]]; ass = [x for x in a["roll"] if not x[2]]
    ass_pr = ass + [("IOVINE Francesco", "Consigliere", True)]  # Iovine answers later
    pres_pr = [x for x in pres if x[0] != "IOVINE Francesco"]
    for i in range(max(len(pres_pr), len(ass_pr))):
        row = t.add_row().cells
        if i < len(pres_pr): row[0].text = f"{pres_pr[i][0]} - {pres_pr[i][1]}"
        if i < len(ass_pr): row[1].text = f"{ass_pr[i][0]} - {ass_pr[i][1]}"
    P("PRESENTI N. 10                                 ASSENTI N. 3", True, True, 10)
    P(f"Presiede il {signame(a['president'])}, Presidente del Consiglio. Partecipa il Segretario Comunale, {signame(a['secretary'])}, che cura la verbalizzazione. Alle ore 18:25 entra il consigliere IOVINE Francesco (presenti n. 11).")
    P("IL CONSIGLIO COMUNALE", True, True)
    for x in premessa(a): P(x)
    P("Con voti favorevoli n. 8 e contrari n. 3 (Caso, Palmieri, Zinno), resi per alzata di mano dai n. 11 consiglieri presenti,")
    P("DELIBERA", True, True)
    for i, x in enumerate(points(a), 1): P(f"{i}) {x}")
    P("Successivamente, con separata votazione che riporta il medesimo esito (favorevoli n. 8, contrari n. 3), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
    P("Il presente verbale viene letto, approvato e sottoscritto.")
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "IL PRESIDENTE DEL CONSIGLIO"; t.cell(0, 1).text = "IL SEGRETARIO COMUNALE"
    t.cell(1, 0).text = signame(a["president"]); t.cell(1, 1).text = signame(a["secretary"])
    doc.save(path)

def f4(path):
    a = ACTS["F1"]
    pdf = FPDF(format="A4"); pdf.add_page(); pdf.set_creator("Halley - Albo on line"); pdf.set_author("Ufficio Messi")
    pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_font("DV", "B", 14); pdf.cell(0, 8, "COMUNE DI FRATTAMINORE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9); pdf.cell(0, 5, "Città Metropolitana di Napoli", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8); pdf.set_font("DV", "B", 12); pdf.cell(0, 7, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(6)
    pdf.set_font("DV", "", 10.5)
    def field(label, value, x_lab=20, w_line=None):
        y = pdf.get_y()
        pdf.set_xy(x_lab, y); pdf.cell(0, 7, label)
        lx = x_lab + pdf.get_string_width(label) + 2
        pdf.set_xy(lx, y); pdf.cell(0, 7, "_" * int((190 - lx) / pdf.get_string_width("_")))
        pdf.set_font("Courier", "", 10.5); pdf.set_xy(lx + 3, y - 1.2); pdf.cell(0, 7, value); pdf.set_font("DV", "", 10.5)
        pdf.set_y(y + 9)
    field("Deliberazione della Giunta Comunale n.", str(a["number"]))
    field("adottata in data", it_date(a["date"]))
    pdf.cell(0, 7, "Oggetto:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 10); pdf.multi_cell(170, 5.5, a["subject"], new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 10.5); pdf.ln(4)
    pdf.multi_cell(0, 6, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 11); pdf.cell(0, 8, "ATTESTA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 10.5)
    field("che la presente deliberazione è stata pubblicata all'Albo Pretorio dal", "05/11/2026")
    field("per quindici giorni consecutivi fino al", "20/11/2026")
    field("con il numero di registro delle pubblicazioni", "2011")
    pdf.multi_cell(0, 6, "ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267.", new_x="LMARGIN", new_y="NEXT"); pdf.ln(6)
    field("Frattaminore, lì", "21/11/2026")
    pdf.ln(8); pdf.set_x(110); pdf.cell(80, 6, "IL RESPONSABILE DELLA PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(110); pdf.cell(80, 6, "F.to sig. Carmine Pezzullo", align="C")
    pdf.output(path)

if __name__ == "__main__":
    src, out = sys.argv[1], sys.argv[2]
    open(src + "/giunta-frattaminore-halley.html", "w").write(f1())
    open(src + "/giunta-frattaminore-halley-adi.html", "w").write(f3())
    f2(src + "/consiglio-frattaminore-halley.docx")
    f4(out + "/certificato-frattaminore-halley.pdf")
