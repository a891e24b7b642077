# Comune di Vitulano - determinazione on an old typewriter-style Word form
# (Courier New look: Liberation Mono), blanks of underscores filled in, check
# boxes, exported by LibreOffice from .docx.
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

doc = Document()
s = doc.sections[0]
s.page_width, s.page_height = Cm(21), Cm(29.7)
s.left_margin = s.right_margin = Cm(2.2); s.top_margin = s.bottom_margin = Cm(1.8)
st = doc.styles["Normal"]
st.font.name = "Liberation Mono"; st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Mono")
st.paragraph_format.space_after = Pt(0); st.paragraph_format.line_spacing = 1.0

def p(text="", bold=False, align=None, under=False, size=None):
    para = doc.add_paragraph()
    if align == "c": para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "j": para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = para.add_run(text); r.bold = bold; r.underline = under
    if size: r.font.size = Pt(size)
    return para
def mix(*parts):
    para = doc.add_paragraph()
    for t, b in parts:
        r = para.add_run(t); r.bold = b
    return para

p("COMUNE DI VITULANO", True, "c", size=13)
p("(Provincia di Benevento)", False, "c")
p("Piazza Municipio, 1 - 82038 Vitulano (BN) - Tel. 0824 878xxx".replace("xxx", "021"), False, "c", size=8)
p("_" * 66, False, "c")
p()
p("AREA AMMINISTRATIVA", True, "c")
p("Servizio Affari Generali, Cultura e Turismo", False, "c")
p()
p("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", True, "c", under=True)
p()
mix(("N. ", False), ("___38___", True), (" del Registro di Settore      Data ", False), ("__12/03/2026__", True))
mix(("N. ", False), ("__112___", True), (" del Registro Generale        Data ", False), ("__12/03/2026__", True))
p()
SUBJ = ("Liquidazione contributo all'Associazione Pro Loco Vitulano per l'organizzazione della "
        "manifestazione «Carnevale Vitulanese 2026».")
mix(("OGGETTO: ", True), (SUBJ, False))
p("_" * 66, False, "c")
p()
p("IL RESPONSABILE DEL SERVIZIO", True, "c")
p()
for t in [
    "VISTO il decreto sindacale n. 2 del 07/01/2026 di nomina del sottoscritto quale "
    "Responsabile dell'Area Amministrativa;",
    "VISTA la deliberazione di Giunta Comunale n. 9 del 29/01/2026, con la quale e' stato "
    "concesso all'Associazione Pro Loco Vitulano un contributo di Euro 2.500,00 per "
    "l'organizzazione della manifestazione \"Carnevale Vitulanese 2026\";",
    "VISTA la determinazione n. 14 del 03/02/2026 (Reg. Gen. n. 41) di impegno della spesa "
    "sul cap. 1835 del bilancio 2026/2028 (impegno n. 88/2026);",
    "VISTO il rendiconto delle spese sostenute presentato dal Presidente della Pro Loco in "
    "data 02/03/2026, prot. n. 1964, corredato dalla documentazione giustificativa;",
    "ACCERTATA la regolarita' del DURC e dato atto che l'associazione non e' soggetta alla "
    "ritenuta del 4% di cui all'art. 28 del D.P.R. 600/1973;",
    "VISTO l'art. 184 del D.Lgs. 18/08/2000, n. 267;"]:
    p(t, align="j"); p()
p("D E T E R M I N A", True, "c"); p()
for t in [
    "1) di liquidare e pagare all'Associazione Pro Loco Vitulano, C.F. 92011230621, la somma "
    "di Euro 2.500,00 a titolo di contributo per la manifestazione \"Carnevale Vitulanese "
    "2026\";",
    "2) di imputare la spesa sul cap. 1835 \"Contributi ad associazioni per manifestazioni\", "
    "impegno n. 88/2026, del bilancio 2026/2028, esercizio 2026;",
    "3) di autorizzare il Servizio Finanziario all'emissione del mandato di pagamento mediante "
    "bonifico sul conto corrente dedicato IBAN IT 41 K 08987 75520 000000304512;",
    "4) di trasmettere copia della presente all'Ufficio di Ragioneria per gli adempimenti "
    "di competenza."]:
    p(t, align="j"); p()
p("Vitulano, li __12/03/2026__")
p()
p("                                   IL RESPONSABILE DEL SERVIZIO")
p("                                   F.to Dott. Nicola Pisaniello")
p()
p("_" * 66, False, "c")
p("SERVIZIO FINANZIARIO", True, "c")
p("Visto di regolarita' contabile attestante la copertura finanziaria (art. 151, c. 4, "
  "D.Lgs. 267/2000):   [X] FAVOREVOLE     [ ] NON FAVOREVOLE", align="j")
p("Mandato n. ______   Data ____________")
p("                                   IL RESPONSABILE DEL SERVIZIO FINANZIARIO")
p("                                   F.to Rag. Carmela Iannotti")
p("_" * 66, False, "c")
p("PUBBLICAZIONE", True, "c")
p("Copia della presente determinazione e' pubblicata all'Albo Pretorio on line dal "
  "__13/03/2026__ al __28/03/2026__  Reg. Pubbl. n. __247__", align="j")
p("                                   IL MESSO COMUNALE")
p("                                   F.to Giuseppe Lombardi")
doc.save("vitulano.docx")
