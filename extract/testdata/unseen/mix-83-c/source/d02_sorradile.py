# Decreto del Sindaco of Sorradile: Word template (python-docx), letterhead in the running head,
# table of Aree with merged cells; converted by LibreOffice Writer.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.8)
h = sec.header.paragraphs[0]; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("COMUNE DI SORRADILE"); r.bold = True; r.font.size = Pt(15)
h2 = sec.header.add_paragraph(); h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h2.add_run("Provincia di Oristano\nVia Roma, 23 – 09080 Sorradile (OR) – Tel. 0783 69023 – protocollo@pec.comune.sorradile.or.it"); r.font.size = Pt(8.5)
f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = f.add_run("Decreto del Sindaco n. 2/2026 – pagina "); r.font.size = Pt(8)
fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE"); rr = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; rr.append(t); fld.append(rr); f._p.append(fld)

def P(text="", bold=False, align=None, size=None, after=4, runs=None):
    p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(after)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for t, b in (runs or [(text, bold)]):
        r = p.add_run(t); r.bold = b
        if size: r.font.size = Pt(size)
    return p

P("DECRETO DEL SINDACO", True, "c", 14, 0)
P("N. 2 del 08/01/2026", True, "c", 12, 10)
P(align="j", runs=[("OGGETTO: ", True), ("Nomina dei Responsabili delle Aree e conferimento degli incarichi di Elevata Qualificazione (E.Q.) per l'anno 2026.", True)], after=10)
P("IL SINDACO", True, "c")
for t in [
 "VISTI gli artt. 50, comma 10, e 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267, che attribuiscono al Sindaco la nomina dei responsabili degli uffici e dei servizi e, nei comuni privi di personale di qualifica dirigenziale, l'attribuzione delle funzioni di cui all'art. 107 ai responsabili degli uffici o dei servizi;",
 "VISTO il CCNL del personale del comparto Funzioni Locali sottoscritto il 16 novembre 2022, e in particolare gli artt. 16-21, che disciplinano gli incarichi di Elevata Qualificazione;",
 "RICHIAMATA la deliberazione della Giunta comunale n. 71 del 18/12/2025, con la quale è stata approvata la struttura organizzativa dell'Ente articolata in tre Aree, nonché la pesatura delle posizioni (Allegato A);",
 "RITENUTO di dover provvedere alla nomina dei Responsabili delle Aree per l'anno 2026, valutati i curricula e le competenze professionali del personale di categoria D (area dei Funzionari e dell'Elevata Qualificazione) in servizio;",
]:
    P(t, align="j")
P("DECRETA", True, "c", 12, 6)
pts = [
 "di nominare Responsabili delle Aree del Comune di Sorradile, con decorrenza dal 1° gennaio 2026 e fino al 31 dicembre 2026, i dipendenti indicati nella tabella seguente, conferendo loro l'incarico di Elevata Qualificazione:",
 "di attribuire ai Responsabili nominati le funzioni di cui all'art. 107, commi 2 e 3, del D.Lgs. 267/2000, ivi compresa l'adozione delle determinazioni di impegno e liquidazione della spesa;",
 "di stabilire che, in caso di assenza o impedimento, il Responsabile dell'Area Amministrativa è sostituito dal Responsabile dell'Area Finanziaria, e viceversa, mentre per l'Area Tecnica la sostituzione è assicurata dal Segretario comunale;",
 "di dare atto che la retribuzione di posizione è quella risultante dalla pesatura approvata e che la retribuzione di risultato sarà corrisposta previa valutazione del Nucleo di valutazione;",
 "di notificare il presente decreto agli interessati e di pubblicarlo all'Albo Pretorio on line e nella sezione \"Amministrazione trasparente\".",
]
for i, t in enumerate(pts, 1):
    P(align="j", runs=[(f"{i}. ", True), (t, False)])
    if i == 1:
        tb = doc.add_table(rows=5, cols=4); tb.style = "Table Grid"
        hd = ["Area", "Servizi compresi", "Responsabile", "Retribuzione di posizione"]
        for j, x in enumerate(hd):
            c = tb.cell(0, j); c.text = ""; rr = c.paragraphs[0].add_run(x); rr.bold = True; rr.font.size = Pt(9.5)
        rows = [("Area Amministrativa", "Segreteria, affari generali, servizi demografici, servizi sociali", "Dott.ssa Giovanna Pinna", "€ 9.500,00"),
                ("", "Cultura, sport e biblioteca", "", ""),
                ("Area Finanziaria", "Ragioneria, tributi, personale (parte economica)", "Rag. Salvatore Atzori", "€ 9.000,00"),
                ("Area Tecnica", "Lavori pubblici, urbanistica, patrimonio, ambiente, SUAPE", "Ing. Marco Dessì", "€ 10.500,00")]
        for ri, row in enumerate(rows, 1):
            for j, x in enumerate(row):
                c = tb.cell(ri, j); c.text = ""; rr = c.paragraphs[0].add_run(x); rr.font.size = Pt(9.5)
        for j in (0, 2, 3):
            a = tb.cell(1, j).merge(tb.cell(2, j))
        doc.add_paragraph().paragraph_format.space_after = Pt(2)
P("Dalla Residenza Municipale, 08/01/2026", after=10)
P("IL SINDACO", True, "c", after=0).paragraph_format.left_indent = Cm(9)
P("Francesco Carta", False, "c", after=0).paragraph_format.left_indent = Cm(9)
P("(documento firmato digitalmente)", False, "c", 8).paragraph_format.left_indent = Cm(9)
doc.save(sys.argv[1])
