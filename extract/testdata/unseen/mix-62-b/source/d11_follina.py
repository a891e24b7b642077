# Comune di Follina (TV): Giunta comunale deliberation on a Word template (python-docx),
# letterhead and "Deliberazione n. 58" in the page header, roll in prose, date in words;
# exported by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Carlito")
st.paragraph_format.space_after = Pt(4)
sec = doc.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
sec.left_margin = Cm(2.3); sec.right_margin = Cm(2.0); sec.top_margin = Cm(3.4); sec.bottom_margin = Cm(2.2)
sec.header_distance = Cm(0.9); sec.footer_distance = Cm(0.9)
doc.core_properties.title = "Deliberazione Giunta comunale n. 58/2026"; doc.core_properties.author = "TrevisoDoc – Segreteria"

h = sec.header
p = h.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("COMUNE DI FOLLINA"); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
p = h.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Provincia di Treviso – Via Martiri della Libertà, 10 – 31051 Follina (TV)"); r.font.size = Pt(8.5)
t = h.add_table(rows=1, cols=2, width=Cm(16.7))
c0, c1 = t.rows[0].cells
c0.paragraphs[0].add_run("Giunta comunale").italic = True
q = c1.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.RIGHT; rr = q.add_run("Deliberazione n. 58"); rr.bold = True
f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
rf = f.add_run("TrevisoDoc – copia informatica per consultazione – pagina "); rf.font.size = Pt(7.5)
def field(par, code):
    r = par.add_run(); r.font.size = Pt(7.5)
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin")
    b = OxmlElement("w:instrText"); b.set(qn("xml:space"), "preserve"); b.text = code
    c = OxmlElement("w:fldChar"); c.set(qn("w:fldCharType"), "end")
    r._r.append(a); r._r.append(b); r._r.append(c)
field(f, "PAGE")

def P(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None):
    p = doc.add_paragraph(); p.alignment = align
    if text:
        r = p.add_run(text); r.bold = bold
        if size: r.font.size = Pt(size)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

P("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", True, WD_ALIGN_PARAGRAPH.CENTER, 12.5, 10)
p = P(); r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Concessione del patrocinio e di un contributo economico all'Associazione Pro Loco di Follina per la manifestazione \"Follina in Fiore – Mercatino dell'Abbazia 2026\"."); r.bold = True
p.paragraph_format.left_indent = Cm(2.2); p.paragraph_format.first_line_indent = Cm(-2.2); p.paragraph_format.space_after = Pt(10)
P("L'anno duemilaventisei addì nove del mese di giugno alle ore 18.00 nella sala delle adunanze della sede municipale, convocata con appositi avvisi, si è riunita la Giunta comunale.")
P("Eseguito l'appello, risultano presenti: TOMASI Mario, Sindaco; DE BASTIANI Anna, Vicesindaco; ZANETTE Luca, Assessore. Risultano assenti giustificati: BOTTEON Elisa, Assessore; CASAGRANDE Piero, Assessore.")
P("Partecipa alla seduta il Vice Segretario comunale dott. Francesco Dal Cin, che cura la redazione del presente verbale.")
P("Il sig. Mario Tomasi, nella sua qualità di Sindaco, constatato il numero legale degli intervenuti, assume la presidenza e dichiara aperta la seduta.", after=10)
P("LA GIUNTA COMUNALE", True, WD_ALIGN_PARAGRAPH.CENTER)
for t in [
 "Vista la richiesta presentata dall'Associazione Pro Loco di Follina, acquisita al protocollo n. 4187 del 20/05/2026, intesa ad ottenere il patrocinio e un contributo economico per l'organizzazione della manifestazione \"Follina in Fiore – Mercatino dell'Abbazia 2026\", che si svolgerà nelle giornate del 27 e 28 giugno 2026 nel centro storico e nel chiostro dell'Abbazia di Santa Maria;",
 "Considerato che l'iniziativa, giunta alla diciottesima edizione, contribuisce alla promozione turistica del territorio delle Prealpi trevigiane e alla valorizzazione del patrimonio storico e artistico del capoluogo;",
 "Visto il Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici approvato con deliberazione del Consiglio comunale n. 9 del 27/02/2018;",
 "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000 dai Responsabili dell'Area Amministrativa e dell'Area Finanziaria;",
 "Con voti unanimi favorevoli, espressi in forma palese;",
]:
    P(t)
P("D E L I B E R A", True, WD_ALIGN_PARAGRAPH.CENTER)
for i, t in enumerate([
 "di concedere il patrocinio del Comune di Follina alla manifestazione \"Follina in Fiore – Mercatino dell'Abbazia 2026\", autorizzando l'uso dello stemma comunale sul materiale promozionale;",
 "di concedere all'Associazione Pro Loco di Follina un contributo economico di euro 2.500,00, da imputare al capitolo 7360 del bilancio di previsione 2026-2028, esercizio 2026;",
 "di demandare al Responsabile dell'Area Amministrativa l'adozione degli atti conseguenti, ivi compresa la liquidazione del contributo a seguito della presentazione del rendiconto.",
], 1):
    p = P(f"{i}. {t}"); p.paragraph_format.left_indent = Cm(0.6); p.paragraph_format.first_line_indent = Cm(-0.6)
P("Letto, confermato e sottoscritto.", after=12)
t = doc.add_table(rows=3, cols=2)
for j, (a, b) in enumerate([("IL SINDACO", "IL VICE SEGRETARIO COMUNALE"), ("Mario Tomasi", "dott. Francesco Dal Cin"), ("(firmato digitalmente)", "(firmato digitalmente)")]):
    for k, v in enumerate((a, b)):
        cp = t.rows[j].cells[k].paragraphs[0]; cp.alignment = WD_ALIGN_PARAGRAPH.CENTER; rr = cp.add_run(v)
        if j == 2: rr.font.size = Pt(8); rr.italic = True
doc.save(sys.argv[1])
