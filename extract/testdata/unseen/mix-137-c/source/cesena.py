"""Cesena house style ('J-Iride'): the hierarchy (Dipartimento / Settore / Servizio) is a
running head on every page, the title carries the proposal and the sector's own number,
the general register number stands only in the running foot.
docx  -> semafori, rifiuti (python-docx, exported by LibreOffice in build.sh)
fpdf2 -> biblioteca (header()/footer(), letter-spaced title with Tc, justified body)
html  -> personale (for wkhtmltopdf: a table whose thead/tfoot repeat on every page)"""
import sys, os, html
sys.path.insert(0, os.path.dirname(__file__))
from data import ACTS, it

ADDR = "Piazza del Popolo, 10 – 47521 Cesena (FC) – PEC protocollo@pec.comune.cesena.fc.it"


def reg_label(a):
    return "Registro Generale Ordinanze" if a["kind"] == "ordinanza" else "Registro Generale"


def sector_line(a):
    s = f"Numero settoriale {a['sector_number']} del {it(a['sector_date'])}"
    if a.get("proposal_number"):
        s = f"Proposta n. {a['proposal_number']} del {it(a['proposal_date'])}   –   " + s
    return s


def cert_text(a):
    ce = a["cert"]
    return (f"Si attesta che la presente determinazione è stata pubblicata all'Albo Pretorio on line del Comune "
            f"per quindici giorni consecutivi dal {it(ce['dal'])} al {it(ce['al'])} (registro pubblicazioni n. {ce['reg']}).")


def visto_text(a):
    v = a["visto"]
    return (f"Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, "
            f"del D.Lgs. 267/2000. Impegno n. {v['impegno']}.")


# ------------------------------------------------------------------ docx
def make_docx(a, out):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(3.6); sec.bottom_margin = Cm(2.4)
    sec.header_distance = Cm(0.9); sec.footer_distance = Cm(0.9)

    def field(par, instr):
        r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
        r = par.add_run(); it_ = OxmlElement("w:instrText"); it_.set(qn("xml:space"), "preserve"); it_.text = instr; r._r.append(it_)
        r = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r._r.append(f2)
        r = par.add_run("1")
        r = par.add_run(); f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r._r.append(f3)

    def spacing(run, twips):
        rpr = run._r.get_or_add_rPr(); sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(twips)); rpr.append(sp)

    # running head: a two-cell table
    hd = sec.header
    t = hd.add_table(rows=1, cols=2, width=Cm(16.6))
    c0, c1 = t.rows[0].cells
    c0.width = Cm(5.6); c1.width = Cm(11)
    p = c0.paragraphs[0]; r = p.add_run(a["c"]["muni"].upper()); r.bold = True; r.font.size = Pt(14); r.font.name = "Liberation Sans"
    p = c0.add_paragraph(); r = p.add_run(a["c"]["prov"]); r.font.size = Pt(8); r.font.name = "Liberation Sans"
    for i, (txt, b) in enumerate([(a["direzione"], False), (a["settore"], True), (a["servizio"], False)]):
        p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.paragraph_format.space_after = Pt(0)
        r = p.add_run(txt); r.bold = b; r.font.size = Pt(8.5); r.font.name = "Liberation Sans"
    hd.paragraphs[0].text = ""
    # running foot: register number, page x of y
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(f"{a['title'].title()} – {reg_label(a)} n. {a['number']} del {it(a['date'])} – pag. "); r.font.size = Pt(8)
    field(fp, "PAGE"); r = fp.add_run(" di "); r.font.size = Pt(8); field(fp, "NUMPAGES")
    p2 = sec.footer.add_paragraph(ADDR); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER; p2.runs[0].font.size = Pt(7)

    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(a["title"]); r.bold = True; r.font.size = Pt(14); spacing(r, 60)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(sector_line(a)); r.font.size = Pt(9.5); r.italic = True
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.autofit = False
    t.columns[0].width = Cm(2.6); t.columns[1].width = Cm(14)
    a0, a1 = t.rows[0].cells; a0.width = Cm(2.6); a1.width = Cm(14)
    a0.paragraphs[0].add_run("OGGETTO:").bold = True
    a1.paragraphs[0].add_run(a["subject"]).bold = True
    doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run("IL DIRIGENTE").bold = True
    for pr in a["premesse"]:
        p = doc.add_paragraph(pr); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.space_after = Pt(4)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(a["verb"]); r.bold = True; spacing(r, 80)
    for i, pt in enumerate(a["points"], 1):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.8)
        p.paragraph_format.space_after = Pt(4)
        p.add_run(f"{i})\t{pt}")
    d = a["dirigente"]
    doc.add_paragraph(f"Cesena, {it(a['date'])}")
    for txt, b in [(d["role"], False), (f"{d['title']} {d['name']}", True), ("(sottoscritto con firma digitale)", False)]:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.paragraph_format.space_after = Pt(0)
        r = p.add_run(txt); r.bold = b
        if txt.startswith("("): r.font.size = Pt(8)
    if a.get("visto") or a.get("cert"):
        doc.add_paragraph()
        t = doc.add_table(rows=2, cols=2); t.style = "Table Grid"
        v, ce = a.get("visto"), a.get("cert")
        h0, h1 = t.rows[0].cells; b0, b1 = t.rows[1].cells
        h0.paragraphs[0].add_run("VISTO DI REGOLARITÀ CONTABILE").bold = True
        h1.paragraphs[0].add_run("ATTESTATO DI PUBBLICAZIONE").bold = True
        if v:
            b0.paragraphs[0].add_run(visto_text(a)).font.size = Pt(9.5)
            b0.add_paragraph(f"Cesena, {it(v['date'])}").runs[0].font.size = Pt(9.5)
            b0.add_paragraph(v["role"]).runs[0].font.size = Pt(9.5)
            b0.add_paragraph().add_run(f"{v['title']} {v['name']}").bold = True
        if ce:
            b1.paragraphs[0].add_run(cert_text(a)).font.size = Pt(9.5)
            b1.add_paragraph(ce["who"]["role"]).runs[0].font.size = Pt(9.5)
            b1.add_paragraph().add_run(ce["who"]["name"]).bold = True
    doc.core_properties.author = "J-Iride Atti"; doc.core_properties.title = f"{a['title']} {a['number']}/2029"
    doc.save(out)


# ------------------------------------------------------------------ fpdf2
def make_fpdf(a, out):
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("Helvetica", "B", 13); self.set_xy(20, 10)
            self.cell(70, 6, a["c"]["muni"].upper())
            self.set_font("Helvetica", "", 7.5); self.set_xy(20, 16); self.cell(70, 4, a["c"]["prov"])
            self.set_xy(95, 10); self.set_font("Helvetica", "", 8)
            self.multi_cell(95, 4, a["direzione"], align="R", new_x="LEFT", new_y="NEXT")
            self.set_font("Helvetica", "B", 8.5); self.multi_cell(95, 4, a["settore"], align="R", new_x="LEFT", new_y="NEXT")
            self.set_font("Helvetica", "", 8); self.multi_cell(95, 4, a["servizio"], align="R")
            self.set_line_width(0.3); self.line(20, 24, 190, 24); self.set_y(32)

        def footer(self):
            self.set_y(-18); self.set_font("Helvetica", "", 7.5)
            self.cell(0, 4, f"Determinazione Dirigenziale - {reg_label(a)} n. {a['number']} del {it(a['date'])} - pag. {self.page_no()} di {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 6.5); self.cell(0, 4, ADDR.replace("–", "-"), align="C")

    L = lambda s: s.replace("–", "-").replace("’", "'")
    pdf = P(format="A4"); pdf.set_margins(20, 20, 20); pdf.set_auto_page_break(True, 24)
    pdf.set_creator("J-Iride Atti / fpdf2"); pdf.set_title(f"Determinazione {a['number']}/2029")
    pdf.alias_nb_pages(); pdf.add_page()
    pdf.set_font("Helvetica", "B", 13); pdf.set_char_spacing(2.5)
    pdf.cell(0, 7, a["title"], align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_char_spacing(0)
    pdf.set_font("Helvetica", "I", 9); pdf.cell(0, 6, L(sector_line(a)), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3); pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y(); pdf.cell(24, 5, "OGGETTO:"); pdf.set_xy(44, y)
    pdf.multi_cell(146, 5, L(a["subject"]), border=0, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4); pdf.set_font("Times", "B", 11); pdf.cell(0, 6, "IL DIRIGENTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 11)
    for pr in a["premesse"]:
        pdf.multi_cell(0, 5.4, L(pr), align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    pdf.ln(2); pdf.set_font("Times", "B", 11.5); pdf.set_char_spacing(3)
    pdf.cell(0, 7, a["verb"], align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_char_spacing(0)
    pdf.set_font("Times", "", 11)
    for i, pt in enumerate(a["points"], 1):
        y = pdf.get_y(); pdf.cell(8, 5.4, f"{i})"); pdf.set_xy(28, y)
        pdf.multi_cell(162, 5.4, L(pt), align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    d = a["dirigente"]; pdf.ln(6)
    pdf.cell(60, 5, f"Cesena, {it(a['date'])}")
    pdf.set_x(100); pdf.multi_cell(90, 5, d["role"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "B", 11); pdf.set_x(100); pdf.cell(90, 6, f"{d['title']} {d['name']}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "I", 8); pdf.set_x(100); pdf.cell(90, 4, "(sottoscritto con firma digitale)", align="C")
    pdf.output(out)


# ------------------------------------------------------------------ html for wkhtmltopdf
def make_html(a):
    e = html.escape; d = a["dirigente"]; v, ce = a["visto"], a["cert"]
    css = """body{font-family:'DejaVu Serif';font-size:10.5pt;margin:0}
table.pg{width:100%;border-collapse:collapse} thead{display:table-header-group} tfoot{display:table-footer-group}
tr{page-break-inside:avoid}
.rh td{border-bottom:1px solid #000;padding-bottom:4px;font-family:'DejaVu Sans'}
.rh .m{font-weight:bold;font-size:13pt} .rh .h{text-align:right;font-size:8pt}
.rf td{border-top:1px solid #000;font:7.5pt 'DejaVu Sans';text-align:center;padding-top:3px}
h1{text-align:center;font-size:13pt;letter-spacing:3pt;margin:18px 0 2px}
.sl{text-align:center;font-style:italic;font-size:9pt;margin-bottom:10px}
.og{border:1px solid #000;padding:5px;font-weight:bold}
p{text-align:justify;margin:3px 0} .c{text-align:center;font-weight:bold;margin:10px 0 6px}
.pt{margin-left:26px;text-indent:-20px;text-align:justify;margin-bottom:4px}
.fi{margin-left:55%;text-align:center} .box{border:1px solid #000;padding:6px;margin-top:14px;font-size:9.5pt}"""
    blocks = [f"<h1>{e(a['title'])}</h1><div class='sl'>{e(sector_line(a))}</div>",
              f"<div class='og'>OGGETTO: {e(a['subject'])}</div><div class='c'>IL DIRIGENTE</div>"]
    blocks += [f"<p>{e(p)}</p>" for p in a["premesse"]]
    blocks += [f"<div class='c' style='letter-spacing:4pt'>{a['verb']}</div>"]
    blocks += [f"<div class='pt'>{i})&nbsp;&nbsp;{e(p)}</div>" for i, p in enumerate(a["points"], 1)]
    blocks += [f"<p>Cesena, {it(a['date'])}</p><div class='fi'>{e(d['role'])}<br><b>{e(d['title'])} {e(d['name'])}</b><br><small>(sottoscritto con firma digitale)</small></div>",
               f"<div class='box'><b>VISTO DI REGOLARITÀ CONTABILE</b><br>{e(visto_text(a))}<br>Cesena, {it(v['date'])}"
               f"<div class='fi'>{e(v['role'])}<br><b>{e(v['title'])} {e(v['name'])}</b></div></div>",
               f"<div class='box'><b>ATTESTATO DI PUBBLICAZIONE</b><br>{e(cert_text(a))}"
               f"<div class='fi'>{e(ce['who']['role'])}<br><b>{e(ce['who']['name'])}</b></div></div>"]
    body = "".join(f"<tr><td colspan='2'>{b}</td></tr>" for b in blocks)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Determinazione {a['number']}/2029</title><style>{css}</style></head><body>"
            f"<table class='pg'><thead><tr class='rh'><td><span class='m'>{e(a['c']['muni'].upper())}</span><br><small>{e(a['c']['prov'])}</small></td>"
            f"<td class='h'>{e(a['direzione'])}<br><b>{e(a['settore'])}</b><br>{e(a['servizio'])}</td></tr></thead>"
            f"<tfoot><tr class='rf'><td colspan='2'>Determinazione Dirigenziale – {reg_label(a)} n. {a['number']} del {it(a['date'])}<br>{e(ADDR)}</td></tr></tfoot>"
            f"<tbody>{body}</tbody></table></body></html>")


if __name__ == "__main__":
    outdir = sys.argv[1]
    for a in ACTS:
        if a["c"]["token"] != "cesena": continue
        if a["producer"] == "docx-soffice": make_docx(a, os.path.join(outdir, a["file"].replace(".pdf", ".docx")))
        if a["producer"] == "fpdf2": make_fpdf(a, os.path.join(sys.argv[2], a["file"]))
        if a["producer"] == "wkhtmltopdf": open(os.path.join(outdir, a["file"].replace(".pdf", ".html")), "w").write(make_html(a))
