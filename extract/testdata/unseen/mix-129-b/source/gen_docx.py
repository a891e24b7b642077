# Vigodarzere: the same Civilia Next-like layout as the Area's Word model (.docx by python-docx),
# exported by LibreOffice: letterhead and running head in the page header, header table,
# running foot with the number.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from data import DOCS, dmy
out = sys.argv[1]
for d in DOCS:
    if d["producer"] != "soffice": continue
    t, role, name = d["resp"]
    run = f"Determinazione n. {d['number']} del {dmy(d['date'])}"
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    sec = doc.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21); sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6)
    hp = sec.header.paragraphs[0]; r = hp.add_run(d["c"]["muni"].upper()); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x1f, 0x4e, 0x79)
    hp2 = sec.header.add_paragraph(); r = hp2.add_run(f"{d['c']['prov']} · Piazza Bachelet, 1 · 35010 Vigodarzere (PD)"); r.font.size = Pt(8.5)
    hp3 = sec.header.add_paragraph(); r = hp3.add_run(f"{run} – Registro di Settore n. {d['sector_number']}"); r.font.size = Pt(7.5); r.italic = True
    hp3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; r = fp.add_run(f"Vigodarzere – {run} – {d['organ']}"); r.font.size = Pt(7.5)
    tb = doc.add_table(rows=3, cols=2); tb.style = "Table Grid"
    for i, (k, v) in enumerate([("Area", d["organ"].upper()), ("Servizio", d["office"]), ("Ufficio", d["ufficio"])]):
        tb.cell(i, 0).text = k; tb.cell(i, 1).text = v
        tb.cell(i, 0).paragraphs[0].runs[0].bold = True
        tb.cell(i, 0).width = Cm(3.5); tb.cell(i, 1).width = Cm(13.5)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_before = Pt(10)
    r = p.add_run(f"DETERMINAZIONE N. {d['number']} DEL {dmy(d['date'])}"); r.bold = True; r.font.size = Pt(12)
    p.add_run(f"\n(Registro Generale) – Registro di Settore n. {d['sector_number']} del {dmy(d['date'])}").font.size = Pt(9.5)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run("OGGETTO: " + d["subject"]); r.bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run("IL RESPONSABILE DELL'AREA"); r.bold = True
    for b in [f"Richiamato il decreto del Sindaco n. 6 del 2 gennaio 2028, con il quale il {t} {name} {"è stata incaricata" if t.endswith("ssa") else "è stato incaricato"} della responsabilità dell'{d['organ']} con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
              "Vista la deliberazione del Consiglio Comunale n. 58 del 20 dicembre 2027, esecutiva, con la quale è stato approvato il bilancio di previsione finanziario 2028-2030;",
              "Verificato che la convenzione Consip «Carta in risme 4» è attiva e che i prezzi in essa previsti risultano congrui;",
              "Ritenuto di provvedere in merito e accertata la regolarità tecnica del presente provvedimento ai sensi dell'art. 147-bis del D.Lgs. n. 267/2000;"]:
        p = doc.add_paragraph(b); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run("DETERMINA"); r.bold = True
    for pt in d["points"]:
        p = doc.add_paragraph(pt, style="List Number"); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for line in [role.upper(), f"{t} {name}", "(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)"]:
        p = doc.add_paragraph(line); p.paragraph_format.left_indent = Cm(9); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
    doc.core_properties.author = "Area Amministrativa"; doc.core_properties.title = run
    doc.save(f"{out}/{d['file'][:-4]}.docx"); print(d["file"], "docx")
