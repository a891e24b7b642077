# Comune di Brugnato: numbered BANDO of the Area Tecnica, a Word template (header table, footer with page
# field) written by python-docx, exported by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(1.5); s.bottom_margin = Cm(1.8)
hdr = s.header; t = hdr.add_table(rows=1, cols=2, width=Cm(16.6))
a, b = t.rows[0].cells
p = a.paragraphs[0]; r = p.add_run("COMUNE DI BRUGNATO"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x1d, 0x4e, 0x89)
p = a.add_paragraph(); r = p.add_run("Provincia della Spezia"); r.font.size = Pt(9)
p = b.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = p.add_run("AREA TECNICA"); r.bold = True; r.font.size = Pt(10)
p = b.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = p.add_run("Servizio Patrimonio e Demanio"); r.font.size = Pt(9)
fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
def field(par, code):
    r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code; r._r.append(it)
    r = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r._r.append(f2)
r = fp.add_run("Bando n. 4/2026 – Asta pubblica immobili comunali – pag. "); r.font.size = Pt(8)
field(fp, "PAGE"); r = fp.add_run(" di "); r.font.size = Pt(8); field(fp, "NUMPAGES")
def para(text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=11, after=4):
    p = d.add_paragraph(); p.alignment = align; p.paragraph_format.space_after = Pt(after)
    r = p.add_run(text); r.bold = bold; r.font.size = Pt(size); return p
para("Prot. n. 1986                                                                        Brugnato, 21 aprile 2026", size=10, align=WD_ALIGN_PARAGRAPH.LEFT, after=14)
para("BANDO N. 4/2026", True, WD_ALIGN_PARAGRAPH.CENTER, 15, 2)
para("ASTA PUBBLICA PER L'ALIENAZIONE DI IMMOBILI DI PROPRIETÀ COMUNALE", True, WD_ALIGN_PARAGRAPH.CENTER, 12, 1)
para("– LOTTO 1 EX CASELLO IDRAULICO DI LOCALITÀ PONTE VARA –", True, WD_ALIGN_PARAGRAPH.CENTER, 12, 14)
para("IL RESPONSABILE DELL'AREA TECNICA", True, WD_ALIGN_PARAGRAPH.CENTER, 11, 6)
para("In esecuzione della deliberazione del Consiglio comunale n. 8 del 30/03/2026, con la quale è stato approvato il Piano delle alienazioni e valorizzazioni immobiliari 2026/2028, e della propria determinazione n. 52 del 20/04/2026;")
para("RENDE NOTO", True, WD_ALIGN_PARAGRAPH.CENTER, 11, 6)
para("che il giorno 27 maggio 2026, alle ore 10:00, presso la sede comunale in Piazza Lunensi, si terrà un'asta pubblica con il metodo delle offerte segrete in aumento rispetto al prezzo a base d'asta, ai sensi degli artt. 73, lett. c), e 76 del R.D. 23 maggio 1924, n. 827, per la vendita dell'immobile di seguito descritto.")
arts = [("Art. 1 – Oggetto", "Fabbricato ex casello idraulico in località Ponte Vara, distinto al Catasto Fabbricati al foglio 7, mappale 412, di mq 96 su due piani, con area pertinenziale di mq 310."),
        ("Art. 2 – Prezzo a base d'asta", "Il prezzo a base d'asta è fissato in € 68.000,00 (sessantottomila/00). Non sono ammesse offerte in ribasso."),
        ("Art. 3 – Deposito cauzionale", "Ciascun offerente deve costituire un deposito cauzionale pari al 10% del prezzo a base d'asta, mediante bonifico alla Tesoreria comunale."),
        ("Art. 4 – Termine di presentazione delle offerte", "Le offerte devono pervenire all'Ufficio Protocollo entro le ore 12:00 del giorno 25 maggio 2026, in plico chiuso e controfirmato sui lembi di chiusura."),
        ("Art. 5 – Aggiudicazione", "L'aggiudicazione avverrà a favore del concorrente che avrà presentato l'offerta più alta. In caso di offerte uguali si procederà ai sensi dell'art. 77 del R.D. 827/1924."),
        ("Art. 6 – Informazioni", "Responsabile del procedimento è il geom. Alessio Bertoni. Il presente bando è pubblicato all'Albo Pretorio on line e sul sito istituzionale del Comune.")]
for h, t in arts:
    para(h, True, WD_ALIGN_PARAGRAPH.LEFT, 11, 1); para(t)
p = para("IL RESPONSABILE DELL'AREA TECNICA\ngeom. Alessio Bertoni\n(documento firmato digitalmente)", align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.left_indent = Cm(8); p.paragraph_format.space_before = Pt(16)
d.core_properties.author = "utecnico"; d.core_properties.title = "Bando 4-2026"
d.save(sys.argv[1])
