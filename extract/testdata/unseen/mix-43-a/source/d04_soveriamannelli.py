# Certificate of publication: a typewriter-like Word form (Courier New-style
# mono font), blanks of underscores filled in; python-docx -> LibreOffice PDF.
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.5); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
st = d.styles["Normal"]; st.font.name = "Liberation Mono"; st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(0); st.paragraph_format.line_spacing = 1.35
def para(text="", bold=False, align=None, size=None, under=False):
    p = d.add_paragraph()
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text); r.bold = bold; r.underline = under
    if size: r.font.size = Pt(size)
    return p
def runs(parts, align=None):
    p = d.add_paragraph()
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for t, u in parts:
        r = p.add_run(t); r.underline = u
    return p
para("COMUNE DI SOVERIA MANNELLI", True, "c", 14)
para("Provincia di Catanzaro", False, "c")
para("Via Cesare Cristofaro, 1 - 88049 Soveria Mannelli (CZ)", False, "c", 9)
para("_" * 62, False, "c")
para()
para("Ufficio Segreteria - Albo Pretorio", False, None)
para("Reg. Pubbl. n. ___412___", False, None)
para()
para("CERTIFICATO DI PUBBLICAZIONE", True, "c", 13)
para("(art. 124 del D.Lgs. 18 agosto 2000, n. 267)", False, "c", 9)
para()
runs([("Il sottoscritto Responsabile del Servizio Segreteria, visti gli atti d'ufficio,", False)], "j")
para()
para("A T T E S T A", True, "c")
para()
runs([("che copia della deliberazione della ", False), ("Giunta Comunale", True),
      (" n. ___", False), ("38", False), ("___ del ___", False), ("02/04/2026", False), ("___", False)], "j")
para("avente ad oggetto:", False)
runs([("____", False), ("Concessione in uso temporaneo della palestra comunale di via Roma all'A.S.D. Reventino Volley per la stagione sportiva 2025/2026 - Approvazione schema di convenzione.", False), ("____", False)])
para("_" * 62)
para()
runs([("e' stata pubblicata all'Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale, "
       "ai sensi dell'art. 32, comma 1, della Legge 18 giugno 2009, n. 69, per quindici giorni consecutivi:", False)], "j")
para()
para("dal ___10/04/2026___  al ___25/04/2026___")
para()
para("e che contro di essa sono pervenuti reclami od opposizioni:")
para("     [   ] SI       [ X ] NO")
para()
para("Soveria Mannelli, li ___14/04/2026___")
para()
para("IL RESPONSABILE DEL SERVIZIO SEGRETERIA", False, "r")
para("f.to Dott.ssa Carmela Sirianni", False, "r")
para()
para("_" * 62)
para("Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. n. 39/1993", False, None, 8)
d.save("d04_certificato.docx")
