# Filottrano determinazione -- a .docx (python-docx) converted by LibreOffice; imitates a Spaggiari PA atti template
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.8)
st = d.styles["Normal"]; st.font.name = "Caladea"; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Caladea")
st.paragraph_format.space_after = Pt(4)

def field(run, code):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for x in (f1, it, f2, t, f3): run._r.append(x)

def para(text="", bold=False, size=None, align=None, italic=False, after=None, container=None):
    p = (container or d).add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

hd = sec.header
hp = hd.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI FILOTTRANO"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x1a, 0x3c, 0x6e)
h2 = hd.add_paragraph(); h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h2.add_run("Provincia di Ancona\nPiazza Cavour, 1 – 60024 Filottrano (AN) – Tel. 071 72271 – PEC comune.filottrano@emarche.it"); r.font.size = Pt(8.5)
pPr = h2._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "4"), ("w:color", "1A3C6E")): b.set(qn(k), v)
bdr.append(b); pPr.append(bdr)

ft = sec.footer
fp = ft.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Spaggiari PA – Gestione Atti | Determinazione n. 96 del 16/03/2026 | pagina "); r.font.size = Pt(7.5)
r = fp.add_run(); r.font.size = Pt(7.5); field(r, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(7.5)
r = fp.add_run(); r.font.size = Pt(7.5); field(r, "NUMPAGES")

para("SETTORE AFFARI GENERALI E SERVIZI ALLA PERSONA", bold=True, size=11.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("Servizio Pubblica Istruzione", size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, italic=True, after=10)
para("DETERMINAZIONE N. 96 DEL 16/03/2026", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("(Registro Generale) – N. 21 del Registro del Settore del 13/03/2026", size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

t = d.add_table(rows=1, cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.columns[0].width = Cm(2.6); t.columns[1].width = Cm(14)
t.cell(0, 0).width = Cm(2.6); t.cell(0, 1).width = Cm(14)
c0 = t.cell(0, 0).paragraphs[0]; rr = c0.add_run("OGGETTO:"); rr.bold = True
c1 = t.cell(0, 1).paragraphs[0]; c1.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
rr = c1.add_run("Servizio di trasporto scolastico a.s. 2025/2026 – Liquidazione fatture mese di febbraio 2026 alla ditta Autolinee Conero S.r.l. – CIG A04F7C2B11."); rr.bold = True
para("", after=4)

para("IL RESPONSABILE DEL SETTORE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
for s in [
 "Premesso che con propria determinazione n. 412 del 28/08/2025 è stato affidato alla ditta Autolinee Conero S.r.l., con sede in Osimo (AN), via Flaminia n. 36, P.IVA 01298830425, il servizio di trasporto scolastico per l’anno scolastico 2025/2026, per l’importo complessivo di € 148.500,00 oltre IVA 10%, ed è stato assunto il relativo impegno di spesa n. 977/2025, reimputato all’esercizio 2026 per la quota di competenza;",
 "Viste le fatture elettroniche emesse dalla ditta Autolinee Conero S.r.l. relative al servizio svolto nel mese di febbraio 2026:",
]:
    para(s, align=J)
ft2 = d.add_table(rows=3, cols=4); ft2.style = "Table Grid"; ft2.alignment = WD_TABLE_ALIGNMENT.CENTER
rows = [("Fattura n.", "Data", "Imponibile (€)", "Totale IVA compresa (€)"), ("FPA 38/26", "02/03/2026", "14.850,00", "16.335,00"), ("FPA 39/26", "02/03/2026", "1.120,00", "1.232,00")]
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        p = ft2.cell(i, j).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        x = p.add_run(v); x.font.size = Pt(9.5); x.bold = (i == 0)
para("", after=2)
for s in [
 "Accertato che il servizio è stato regolarmente eseguito, come da attestazione del Servizio Pubblica Istruzione in data 10/03/2026;",
 "Verificata la regolarità contributiva della ditta mediante DURC on line prot. INPS_49817735, valido fino al 18/06/2026, e la regolarità ai sensi dell’art. 48-bis del D.P.R. 602/1973;",
 "Visto il decreto sindacale n. 2 del 03/01/2026 di conferimento dell’incarico di Responsabile del Settore Affari Generali e Servizi alla Persona;",
 "Visti il D.Lgs. 18 agosto 2000, n. 267, e in particolare gli articoli 107, 183 e 184, e il vigente Regolamento comunale di contabilità;",
]:
    para(s, align=J)
para("DETERMINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for s in [
 "di liquidare alla ditta Autolinee Conero S.r.l. la somma complessiva di € 17.567,00, di cui € 15.970,00 per imponibile ed € 1.597,00 per IVA 10%, a saldo delle fatture elencate in premessa;",
 "di dare atto che l’IVA, pari a € 1.597,00, sarà versata direttamente all’Erario ai sensi dell’art. 17-ter del D.P.R. 633/1972 (split payment);",
 "di imputare la spesa al capitolo 4510.03 “Trasporto scolastico – prestazioni di servizi”, missione 04, programma 06, impegno n. 977/2025 del bilancio 2026-2028, esercizio 2026;",
 "di trasmettere il presente atto al Settore Economico-Finanziario per l’emissione del mandato di pagamento sul conto dedicato comunicato dalla ditta ai sensi della Legge 136/2010.",
]:
    p = d.add_paragraph(style="List Bullet"); p.alignment = J
    p.add_run(s)
para("", after=6)
para("Filottrano, 16/03/2026", after=2)
para("IL RESPONSABILE DEL SETTORE", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para("Dott.ssa Stefania Mazzieri", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", italic=True, size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT, after=12)
box = d.add_table(rows=1, cols=1); box.style = "Table Grid"
bp = box.cell(0, 0).paragraphs[0]; bp.alignment = J
x = bp.add_run("ATTESTAZIONE DI PUBBLICAZIONE – La presente determinazione viene pubblicata all’Albo Pretorio on line del Comune di Filottrano per 15 giorni consecutivi dal 17/03/2026 (n. 318 del registro delle pubblicazioni)."); x.font.size = Pt(9)
d.core_properties.title = "Determinazione n. 96/2026"; d.core_properties.author = "Spaggiari PA"
d.save("determina-filottrano.docx")
