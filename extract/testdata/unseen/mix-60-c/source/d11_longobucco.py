# Determinazione of the Area Economico-Finanziaria of Longobucco (CS): python-docx
# writes a Word document (letterhead in the page header, so it is repeated on every
# page; page field in the footer; register grid with merged cells); LibreOffice prints it.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
st = d.styles["Normal"]
st.font.name = "Cambria"; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
sec = d.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21)
sec.left_margin = Cm(2.3); sec.right_margin = Cm(2); sec.top_margin = Cm(3.6); sec.bottom_margin = Cm(2.2)
sec.header_distance = Cm(1.0)

def para(container, text="", bold=False, italic=False, size=None, align=None, after=None, runs=None):
    p = container.add_paragraph()
    for t, b in (runs or [(text, bold)]):
        r = p.add_run(t); r.bold = b; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def field(p, instr):
    r = p.add_run()
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin"); r._r.append(a)
    r2 = p.add_run(); t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = p.add_run(); b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "end"); r3._r.append(b)

h = sec.header
hp = h.paragraphs[0]
r = hp.add_run("COMUNE DI LONGOBUCCO"); r.bold = True; r.font.size = Pt(15); r.font.name = "Carlito"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER; hp.paragraph_format.space_after = Pt(0)
p = para(h, "Provincia di Cosenza", size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
p = para(h, "AREA ECONOMICO-FINANZIARIA – Servizio Tributi", bold=True, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
pPr = p._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); bt = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "1F3864")): bt.set(qn(k), v)
bdr.append(bt); pPr.append(bdr)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Determinazione n. 47/2026 R.G. – Pag. "); fr.font.size = Pt(8)
field(fp, "PAGE")
fr = fp.add_run("   |   Via Roma, 1 – 87066 Longobucco (CS) – tributi@comune.longobucco.cs.it"); fr.font.size = Pt(8)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

para(d, "DETERMINAZIONE DEL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
t = d.add_table(rows=3, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [["N. 47/2026 R.G.", "", "Data 28.04.2026", ""],
        ["Reg. Sett. n. 12", "", "Proposta n. 58 del 24.04.2026", ""],
        ["Servizio: Tributi", "", "", ""]]
for i, row in enumerate(vals):
    for j, v in enumerate(row):
        if v:
            t.cell(i, j).text = v
t.cell(0, 0).merge(t.cell(0, 1)); t.cell(0, 2).merge(t.cell(0, 3))
t.cell(1, 0).merge(t.cell(1, 1)); t.cell(1, 2).merge(t.cell(1, 3))
t.cell(2, 0).merge(t.cell(2, 3))
for row in t.rows:
    for c in row.cells:
        for p in c.paragraphs:
            p.paragraph_format.space_after = Pt(2)
            for r in p.runs: r.font.size = Pt(10)
para(d, "", after=2)
para(d, runs=[("OGGETTO: ", True), ("Rimborso di somme indebitamente versate a titolo di IMU per le annualità 2023 e 2024 – Liquidazione in favore di contribuenti diversi.", True)], align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=10)
para(d, "IL RESPONSABILE DELL'AREA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
prem = [
 "VISTO il decreto sindacale n. 3 del 02.01.2026, con il quale è stata conferita al sottoscritto la responsabilità dell'Area Economico-Finanziaria;",
 "VISTO l'art. 1, comma 164, della L. 27 dicembre 2006, n. 296, secondo il quale il rimborso delle somme versate e non dovute deve essere richiesto dal contribuente entro il termine di cinque anni dal giorno del versamento;",
 "VISTE le istanze di rimborso presentate dai contribuenti indicati nell'elenco allegato, acquisite al protocollo generale dell'Ente nel periodo compreso tra il 15.01.2026 e il 31.03.2026;",
 "DATO ATTO che l'istruttoria condotta dall'Ufficio Tributi, mediante il riscontro dei versamenti effettuati tramite modello F24 e delle risultanze catastali, ha confermato per n. 9 istanze l'esistenza di versamenti eccedenti l'imposta dovuta, per un importo complessivo di € 6.418,00, oltre interessi legali;",
 "DATO ATTO che per le restanti n. 2 istanze l'istruttoria ha dato esito negativo e che ai contribuenti interessati è stato comunicato il preavviso di diniego ai sensi dell'art. 10-bis della L. 241/1990;",
 "VISTO il Regolamento comunale per la disciplina dell'imposta municipale propria, approvato con deliberazione del Consiglio Comunale n. 14 del 29.06.2020;",
 "VISTO il bilancio di previsione 2026-2028, approvato con deliberazione del Consiglio Comunale n. 4 del 27.02.2026;",
 "ACCERTATA la regolarità tecnica del presente atto ai sensi dell'art. 147-bis del D.Lgs. 267/2000;",
 "RITENUTO di dover provvedere in merito;",
]
for s in prem: para(d, s, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para(d, "D E T E R M I N A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
pts = [
 "di disporre il rimborso delle somme indebitamente versate a titolo di IMU per le annualità 2023 e 2024 in favore dei n. 9 contribuenti indicati nell'elenco allegato, che per ragioni di riservatezza non viene pubblicato, per l'importo complessivo di € 6.418,00, oltre interessi legali calcolati fino alla data del 28.04.2026 pari a € 212,40;",
 "di imputare la spesa complessiva di € 6.630,40 al capitolo 1520 \"Rimborsi di tributi comunali\" del bilancio 2026;",
 "di trasmettere il presente atto al Servizio Finanziario per l'apposizione del visto di regolarità contabile e per l'emissione dei mandati di pagamento.",
]
for i, s in enumerate(pts, 1):
    para(d, f"{i}) {s}", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para(d, "", after=8)
para(d, "Longobucco, 28.04.2026", after=2)
para(d, "IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para(d, "dott. Francesco Madeo", align=WD_ALIGN_PARAGRAPH.RIGHT, after=16)
para(d, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
para(d, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 388/2026. Longobucco, 29.04.2026 – Il Responsabile del Servizio Finanziario, dott. Francesco Madeo.", size=10, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
d.save(out)
