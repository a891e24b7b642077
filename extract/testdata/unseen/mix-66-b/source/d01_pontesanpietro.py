# Comune di Ponte San Pietro (BG) - determinazione Reg. Gen. 287 / Reg. Sett. 61, office printed as a breadcrumb.
# Word model written with python-docx; build.sh converts it with LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
sec = d.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21)
sec.left_margin = sec.right_margin = Cm(2.3); sec.top_margin = Cm(1.4); sec.bottom_margin = Cm(1.8)
sec.header_distance = Cm(0.8); sec.footer_distance = Cm(0.8)
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")

def field(par, instr, size=8):
    r = par.add_run(); r.font.size = Pt(size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._r.append(e)

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color)
    tcPr.append(s)

# letterhead in the page header, repeated on both pages
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI PONTE SAN PIETRO\n"); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
r = hp.add_run("Provincia di Bergamo\n"); r.italic = True; r.font.size = Pt(9.5)
r = hp.add_run("Piazza della Libertà, 1 – 24036 Ponte San Pietro (BG) – C.F. 00250450160"); r.font.size = Pt(7.5)
bp = sec.header.add_paragraph(); bp.alignment = WD_ALIGN_PARAGRAPH.LEFT
bp.paragraph_format.space_before = Pt(6)
r = bp.add_run("Area Tecnica – Servizio Lavori Pubblici"); r.font.size = Pt(9); r.bold = True; r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
pPr = bp._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "6"); b.set(qn("w:space"), "1"); b.set(qn("w:color"), "1F3A68"); bdr.append(b); pPr.append(bdr)

fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run("Determinazione Reg. Gen. n. 287/2026 – pag. "); r.font.size = Pt(8)
field(fp, "PAGE"); r = fp.add_run(" di "); r.font.size = Pt(8); field(fp, "NUMPAGES")

def P(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=5, before=0, italic=False, indent=None):
    p = d.add_paragraph(); p.alignment = align
    p.paragraph_format.space_after = Pt(after); p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent); p.paragraph_format.first_line_indent = Cm(-0.6)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p

# register numbers: two cells side by side
t = d.add_table(rows=1, cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, (lab, val) in zip(t.rows[0].cells, [("Reg. Gen. n. ", "287 del 14/04/2026"), ("Reg. Sett. n. ", "61 del 13/04/2026")]):
    c.width = Cm(8.2); shade(c, "E8EDF5")
    p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(lab); r.font.size = Pt(10)
    r = p.add_run(val); r.bold = True; r.font.size = Pt(10.5)
P(after=4)
P("DETERMINAZIONE DEL RESPONSABILE DELL'AREA TECNICA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, after=10)
p = P(after=12)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Lavori di riqualificazione del parcheggio pubblico di via Adda – Approvazione del progetto esecutivo e determinazione a contrarre mediante affidamento diretto. CUP C87H25001230004 – CIG B9F2A17C3E."); r.bold = True

P("IL RESPONSABILE DELL'AREA TECNICA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
for t_ in [
 "Richiamato il decreto del Sindaco n. 11 del 30/12/2025, con il quale è stato conferito al sottoscritto l'incarico di Elevata Qualificazione dell'Area Tecnica per l'anno 2026;",
 "Richiamate la deliberazione del Consiglio Comunale n. 52 del 18/12/2025, di approvazione del Documento Unico di Programmazione 2026-2028 e del bilancio di previsione 2026-2028, e la deliberazione della Giunta Comunale n. 4 del 15/01/2026, di approvazione del Piano Esecutivo di Gestione;",
 "Premesso che il Programma triennale dei lavori pubblici 2026-2028, annualità 2026, prevede l'intervento di riqualificazione del parcheggio pubblico di via Adda, per un importo complessivo di quadro economico di € 128.000,00;",
 "Vista la deliberazione della Giunta Comunale n. 31 del 19/03/2026, con la quale è stato approvato il progetto di fattibilità tecnico-economica dell'intervento;",
 "Visto il progetto esecutivo redatto dall'ing. Paolo Rota, con studio in Bergamo, acquisito al protocollo comunale n. 6412 del 07/04/2026, che prevede lavori per € 96.400,00, di cui € 3.100,00 per oneri della sicurezza non soggetti a ribasso, oltre IVA;",
 "Dato atto che il progetto esecutivo è stato verificato ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36, come risulta dal verbale di verifica e validazione del 10/04/2026, depositato agli atti;",
 "Ritenuto di procedere all'affidamento diretto dei lavori ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023, previa richiesta di offerta a un operatore economico in possesso dei requisiti, individuato tramite la piattaforma Sintel di ARIA S.p.A.;",
 "Visti il D.Lgs. 18 agosto 2000, n. 267, lo Statuto comunale e il vigente Regolamento di contabilità;",
]:
    P(t_)
P("DETERMINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=8)
for i, t_ in enumerate([
 "di approvare il progetto esecutivo dei lavori di riqualificazione del parcheggio pubblico di via Adda, redatto dall'ing. Paolo Rota, con il quadro economico complessivo di € 128.000,00 riportato in premessa;",
 "di stabilire, ai sensi dell'art. 17, comma 1, del D.Lgs. n. 36/2023, che il contratto ha per oggetto l'esecuzione dei lavori sopra descritti, sarà stipulato mediante scrittura privata in modalità elettronica e sarà affidato direttamente ai sensi dell'art. 50, comma 1, lett. a), del medesimo decreto;",
 "di prenotare la spesa complessiva di € 128.000,00 alla Missione 10, Programma 05, Capitolo 21050/3 \"Manutenzione straordinaria parcheggi\" del bilancio 2026-2028, esercizio 2026;",
 "di dare atto che il Responsabile unico del progetto è il geom. Luca Pesenti e che il presente provvedimento è pubblicato all'Albo Pretorio on line e nella sezione \"Amministrazione trasparente\" del sito istituzionale.",
], 1):
    P(f"{i}.\t{t_}", indent=0.6)
P(after=14)
P("Ponte San Pietro, 14/04/2026", align=WD_ALIGN_PARAGRAPH.LEFT, after=10)
P("IL RESPONSABILE DELL'AREA TECNICA\narch. Giovanni Locatelli\n(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", align=WD_ALIGN_PARAGRAPH.RIGHT, after=16)
P("VISTO DI REGOLARITÀ CONTABILE attestante la copertura finanziaria (art. 183, comma 7, D.Lgs. 267/2000): favorevole. Prenotazione n. 412/2026.", size=9, after=4)
P("Il Responsabile dell'Area Finanziaria – dott.ssa Marta Carminati", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
d.core_properties.author = "lavori.pubblici"; d.core_properties.title = "Determinazione RG 287-2026"
d.save(sys.argv[1])
