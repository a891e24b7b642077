#!/usr/bin/env python3
"""Teramo (J-Iride-like): determinazione dirigenziale of the Settore III, office in the running head and the
signature block only; python-docx -> LibreOffice Writer."""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(18); sec.top_margin = Mm(20); sec.bottom_margin = Mm(18)
st = doc.styles["Normal"]; st.font.name = "DejaVu Serif"; st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4); st.paragraph_format.line_spacing = 1.1

hp = sec.header.paragraphs[0]
hp.text = "Comune di Teramo - Settore III - Servizi Sociali, Educativi e Culturali - Servizio Pubblica Istruzione\tR.G. 48/2029"
hp.runs[0].font.size = Pt(7)
fp = sec.footer.paragraphs[0]; fp.alignment = A.CENTER
r = fp.add_run("Documento firmato digitalmente - Determinazione dirigenziale R.G. n. 48 del 12/01/2029"); r.font.size = Pt(7)

def par(text="", bold=False, size=None, align=A.JUSTIFY, italic=False, after=None, cell=None):
    p = cell.add_paragraph() if cell is not None else doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def borders(cell):
    tcPr = cell._tc.get_or_add_tcPr(); b = OxmlElement("w:tcBorders")
    for e in ("top", "left", "bottom", "right"):
        x = OxmlElement("w:" + e); x.set(qn("w:val"), "single"); x.set(qn("w:sz"), "12"); x.set(qn("w:color"), "000000"); b.append(x)
    tcPr.append(b)

t = doc.add_table(rows=1, cols=2)
t.columns[0].width = Mm(120); t.columns[1].width = Mm(54)
a, b = t.cell(0, 0), t.cell(0, 1)
a.width = Mm(120); b.width = Mm(54)
a.paragraphs[0].add_run("Comune di Teramo").bold = True; a.paragraphs[0].runs[0].font.size = Pt(18)
par("Piazza Orsini, 1 - 64100 Teramo", size=8.5, align=A.LEFT, after=0, cell=a)
par("C.F. 00174750679 - PEC: protocollo@pec.comune.teramo.it", size=8.5, align=A.LEFT, after=0, cell=a)
borders(b)
b.paragraphs[0].alignment = A.CENTER; rr = b.paragraphs[0].add_run("REGISTRO GENERALE"); rr.font.size = Pt(9)
par("N. 48 del 12/01/2029", bold=True, size=9.5, align=A.CENTER, after=0, cell=b)
par("", after=6)
par("DETERMINAZIONE DIRIGENZIALE", True, 13, A.CENTER, after=2)
par("Determinazione di Settore n. 6 del 11/01/2029 - Proposta n. 63 del 11/01/2029", False, 9.5, A.CENTER, after=10)
ot = doc.add_table(rows=1, cols=1); ot.style = "Table Grid"
p = ot.cell(0, 0).paragraphs[0]; p.alignment = A.JUSTIFY
p.add_run("OGGETTO: ").bold = True
p.add_run("Servizio di refezione scolastica per le scuole dell'infanzia e primarie statali - A.S. 2028/2029 - Liquidazione delle fatture relative al mese di dicembre 2028 in favore della ditta Ristora Adriatica S.r.l. - CIG A0D5C19E44.")
par("", after=2)
par("IL DIRIGENTE", True, 10.5, A.CENTER, after=4)
for s in [
 "Premesso che con determinazione dirigenziale R.G. n. 1377 del 29/07/2026 è stato aggiudicato alla ditta Ristora Adriatica S.r.l., con sede in Giulianova (TE), il servizio di refezione scolastica per gli anni scolastici 2026/2027, 2027/2028 e 2028/2029, con contratto rep. n. 9214 del 21/09/2026;",
 "Viste le fatture elettroniche n. 1288/PA e n. 1289/PA del 31/12/2028, dell'importo complessivo di € 58.742,10 IVA compresa, relative ai pasti erogati nel mese di dicembre 2028, come da riepilogo mensile agli atti del Servizio Pubblica Istruzione;",
 "Accertata la regolarità del servizio reso e la corrispondenza dei pasti fatturati con quelli rilevati dal sistema informatizzato di prenotazione;",
 "Acquisito il DURC regolare con scadenza al 18/03/2029 e verificata l'assenza di inadempienze ai sensi dell'art. 48-bis del D.P.R. 602/1973;",
 "Visti gli artt. 107 e 184 del D.Lgs. 267/2000 e il decreto sindacale n. 6 del 02/01/2029 di conferimento dell'incarico dirigenziale;"]:
    par(s)
par("D E T E R M I N A", True, 10.5, A.CENTER, after=4)
for i, s in enumerate([
 "di liquidare in favore della ditta Ristora Adriatica S.r.l., P.IVA 01744320677, la somma di € 53.401,91 a titolo di imponibile delle fatture n. 1288/PA e n. 1289/PA del 31/12/2028, mediante bonifico sul conto corrente dedicato ai sensi della L. 136/2010;",
 "di versare all'Erario l'IVA di € 5.340,19 secondo il regime della scissione dei pagamenti di cui all'art. 17-ter del D.P.R. 633/1972;",
 "di imputare la spesa complessiva di € 58.742,10 all'impegno n. 2981/2028, capitolo 1860/2 \"Servizio di refezione scolastica\", gestione residui;",
 "di trasmettere il presente atto al Settore II - Risorse Finanziarie per l'emissione dei mandati di pagamento."], 1):
    p = par("%d) %s" % (i, s)); p.paragraph_format.left_indent = Mm(7); p.paragraph_format.first_line_indent = Mm(-7)
par("", after=10)
for txt, bo, sz in [("SETTORE III - SERVIZI SOCIALI, EDUCATIVI E CULTURALI", True, 9), ("Servizio Pubblica Istruzione", False, 9),
                    ("IL DIRIGENTE DEL SETTORE", True, 10), ("Dott.ssa Francesca Di Sabatino", False, 10), ("(firmato digitalmente)", False, 7.5)]:
    p = par(txt, bo, sz, A.CENTER, after=0); p.paragraph_format.left_indent = Mm(70)
doc.core_properties.author = "J-Iride"; doc.core_properties.title = "Determinazione dirigenziale R.G. 48/2029"
doc.save(sys.argv[1])
