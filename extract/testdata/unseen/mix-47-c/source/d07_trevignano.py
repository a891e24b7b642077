# Comune di Trevignano Romano - ordinanza contingibile e urgente; Word-style .docx (python-docx) converted to PDF by LibreOffice
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
d = Document()
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21); sec.left_margin = sec.right_margin = Cm(2.3); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.8)
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
def par(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, italic=False, after=4, caps=False):
    p = d.add_paragraph(); p.alignment = align; p.paragraph_format.space_after = Pt(after)
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.all_caps = False
    if size: r.font.size = Pt(size)
    return p
# header/footer
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run("Prot. n. 3904 del 13/03/2026"); r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Comune di Trevignano Romano – Piazza Vittorio Emanuele III, 1 – 00069 Trevignano Romano (RM) – PEC: protocollo@pec.comune.trevignanoromano.rm.it"); r.font.size = Pt(7.5)
par("COMUNE DI TREVIGNANO ROMANO", True, WD_ALIGN_PARAGRAPH.CENTER, 17, after=0)
par("Città Metropolitana di Roma Capitale", False, WD_ALIGN_PARAGRAPH.CENTER, 10, True, after=14)
par("ORDINANZA SINDACALE CONTINGIBILE E URGENTE", True, WD_ALIGN_PARAGRAPH.CENTER, 13, after=2)
par("N. 14 DEL 13/03/2026", True, WD_ALIGN_PARAGRAPH.CENTER, 12, after=12)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.left_indent = Cm(2.6); p.paragraph_format.first_line_indent = Cm(-2.6); p.paragraph_format.space_after = Pt(12)
r = p.add_run("OGGETTO:\t"); r.bold = True
r = p.add_run("Chiusura temporanea del parco giochi comunale di Via della Rena per pericolo di caduta di alberature a seguito degli eventi atmosferici del 10 marzo 2026."); r.bold = True
par("IL SINDACO", True, WD_ALIGN_PARAGRAPH.CENTER, 12, after=8)
for t in ["PREMESSO che nella giornata del 10 marzo 2026 il territorio comunale è stato interessato da intense raffiche di vento che hanno provocato lo sradicamento di due pini domestici all'interno del parco giochi comunale di Via della Rena;",
 "VISTA la relazione del Responsabile dell'Area Tecnica, Arch. Giorgio Fioravanti, acquisita al protocollo n. 3851 del 12/03/2026, dalla quale risulta che ulteriori n. 6 alberature presentano inclinazione anomala e apparato radicale compromesso, con concreto pericolo di caduta;",
 "RITENUTO necessario, a tutela della pubblica incolumità, interdire l'accesso all'area fino all'esecuzione delle verifiche di stabilità (VTA) e degli interventi di messa in sicurezza;",
 "VISTI gli artt. 50, comma 5, e 54 del D.Lgs. 18 agosto 2000, n. 267;"]:
    par(t)
par("O R D I N A", True, WD_ALIGN_PARAGRAPH.CENTER, 12, after=8)
for i, t in enumerate(["la chiusura immediata al pubblico del parco giochi comunale di Via della Rena, a decorrere dalla data di pubblicazione della presente ordinanza e fino al completamento degli interventi di messa in sicurezza;",
 "all'Area Tecnica di provvedere all'apposizione di idonea segnaletica e recinzione provvisoria lungo il perimetro dell'area;",
 "all'Area Tecnica di procedere con urgenza alle verifiche di stabilità delle alberature e agli abbattimenti che si rendessero necessari."], 1):
    p = d.add_paragraph(style="List Number"); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.add_run(t); p.paragraph_format.space_after = Pt(4)
par("")
par("DISPONE", True, WD_ALIGN_PARAGRAPH.CENTER, 12, after=6)
par("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale, e trasmessa al Comando di Polizia Locale, alla Stazione dei Carabinieri di Trevignano Romano e alla Prefettura di Roma.")
par("Avverso il presente provvedimento è ammesso ricorso al T.A.R. del Lazio entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.")
par("Trevignano Romano, 13/03/2026", after=12)
par("IL SINDACO", True, WD_ALIGN_PARAGRAPH.RIGHT, after=0)
par("Dott. Claudio Ferracci", False, WD_ALIGN_PARAGRAPH.RIGHT, after=0)
par("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", False, WD_ALIGN_PARAGRAPH.RIGHT, 8, True)
d.core_properties.author = "Ufficio Segreteria"; d.core_properties.title = "Ordinanza n. 14/2026"
d.save("trevignano.docx")
