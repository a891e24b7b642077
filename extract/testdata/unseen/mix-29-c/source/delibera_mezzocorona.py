#!/usr/bin/env python3
"""Consiglio deliberation of the Comune di Mezzocorona (Trentino), as a
.docx template of the kind WPS Office / Word users keep (Trentino verbale
layout: roll as a two-column list, 'Assenti giustificati', relazione di
pubblicazione). Written with python-docx; build.sh converts it with
LibreOffice (soffice --convert-to pdf)."""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)

st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)

def para(text="", bold=False, align=None, size=None, italic=False, after=None, indent=None):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
        p.paragraph_format.first_line_indent = Mm(-indent)
    for chunk in text.split("**"):
        pass
    parts = text.split("**")
    for i, t in enumerate(parts):
        r = p.add_run(t)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p

def field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)

# header: letterhead
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI MEZZOCORONA"); r.bold = True; r.font.size = Pt(16)
hp2 = sec.header.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run("Provincia di Trento"); r.italic = True; r.font.size = Pt(10)
# footer: page x / y
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run("Deliberazione del Consiglio comunale n. 9 dd. 10.03.2026 – pag. "); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, "PAGE")
r = fp.add_run("/"); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, "NUMPAGES")

para("Codice ente 22115", align="r", size=8, after=0)
para("", after=2)
para("VERBALE DI DELIBERAZIONE N. 9", bold=True, align="c", size=14, after=0)
para("del Consiglio comunale", bold=True, align="c", size=12, after=6)
para("Adunanza ordinaria di prima convocazione – seduta pubblica", italic=True, align="c", size=10, after=10)

t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
t.autofit = False
for k, w in enumerate([Mm(25), Mm(135)]):
    t.columns[k].width = w
    t.rows[0].cells[k].width = w
c0.paragraphs[0].add_run("OGGETTO:").bold = True
c1.paragraphs[0].add_run("Modifica del Regolamento comunale per la disciplina dell’Imposta immobiliare "
                         "semplice (IM.I.S.) con decorrenza 1° gennaio 2026.").bold = True
para("", after=4)
para("L’anno **duemilaventisei** addì **dieci** del mese di **marzo**, alle ore **20.30**, nella sala consiliare "
     "del Municipio, a seguito di regolari avvisi recapitati a termini di legge, si è convocato il Consiglio comunale.",
     align="j")
para("Presenti i signori:", bold=True, after=2)

present = [("DEPAOLI LAURA", "Sindaco"), ("ZENI PAOLO", "Presidente"),
           ("ANDREATTA ROBERTO", "Consigliere"), ("DALPIAZ MARCO", "Consigliere"),
           ("ENDRIZZI SILVIA", "Consigliera"), ("FURLAN NICOLA", "Consigliere"),
           ("GIOVANNINI ELENA", "Consigliera"), ("KAISERMANN THOMAS", "Consigliere"),
           ("LONA FRANCESCA", "Consigliera"), ("MOTTES DAVIDE", "Consigliere"),
           ("NARDELLI ROBERTA", "Consigliera"), ("PERNTER MICHELE", "Consigliere"),
           ("SEGATA ALBERTO", "Consigliere"), ("TOSS CHIARA", "Consigliera"),
           ("VALENTINI IVO", "Consigliere"), ("WEGHER MARTA", "Consigliera")]
absent = [("FEDRIZZI LUCA", "Consigliere"), ("PISETTA ANNA", "Consigliera")]

def twocol(rows):
    tb = doc.add_table(rows=0, cols=4)
    for i in range(0, len(rows), 2):
        cells = tb.add_row().cells
        for j in range(2):
            if i + j < len(rows):
                n, q = rows[i + j]
                cells[2*j].paragraphs[0].add_run(n)
                rr = cells[2*j+1].paragraphs[0].add_run(q); rr.italic = True
    tb.autofit = False
    for k, w in enumerate([Mm(52), Mm(28), Mm(52), Mm(28)]):
        tb.columns[k].width = w
    for row in tb.rows:
        for k, w in enumerate([Mm(52), Mm(28), Mm(52), Mm(28)]):
            row.cells[k].width = w
            for p in row.cells[k].paragraphs:
                p.paragraph_format.space_after = Pt(0)
                for rr in p.runs:
                    rr.font.size = Pt(10.5)
twocol(present)
para("", after=2)
para("Assenti giustificati i signori:", bold=True, after=2)
twocol(absent)
para("", after=2)
para("Assiste il Segretario comunale **dott. Matteo Dalsass**.", align="j")
para("Riconosciuto legale il numero degli intervenuti, il signor **Paolo Zeni**, nella sua qualità di "
     "**Presidente del Consiglio**, assume la presidenza e dichiara aperta la seduta per la trattazione "
     "dell’oggetto suindicato, posto al punto n. 3 dell’ordine del giorno.", align="j")
para("IL CONSIGLIO COMUNALE", bold=True, align="c", after=6)
for t_ in [
    "Premesso che con deliberazione consiliare n. 4 dd. 29.01.2025 è stato da ultimo modificato il Regolamento "
    "comunale per la disciplina dell’Imposta immobiliare semplice (IM.I.S.), istituita dalla legge provinciale "
    "30 dicembre 2014, n. 14;",
    "Vista la legge provinciale 23 dicembre 2025, n. 18 (legge di stabilità provinciale 2026), che ha modificato "
    "gli articoli 5 e 6 della L.P. n. 14/2014 in materia di fabbricati strumentali all’attività agricola e di "
    "unità immobiliari concesse in comodato a parenti in linea retta;",
    "Ritenuto di adeguare il Regolamento comunale alle nuove disposizioni e di introdurre l’aliquota agevolata "
    "dello 0,35 per cento per le unità abitative concesse in locazione a canone concordato;",
    "Visto il parere favorevole del Revisore dei conti, dott.ssa Sabrina Pedrotti, pervenuto al prot. n. 2214 "
    "dd. 02.03.2026;",
    "Acquisiti i pareri favorevoli espressi sulla proposta di deliberazione, ai sensi dell’art. 185 del Codice degli "
    "enti locali della Regione autonoma Trentino-Alto Adige approvato con L.R. 3 maggio 2018, n. 2, dal "
    "Responsabile del Servizio Tributi in ordine alla regolarità tecnico-amministrativa e dal Responsabile del "
    "Servizio Finanziario in ordine alla regolarità contabile;",
    "Udita la relazione dell’Assessore al bilancio e gli interventi dei consiglieri Lona e Pernter, come "
    "riportati nel verbale di seduta;",
    "Con voti favorevoli n. 12, contrari n. 3 (consiglieri Lona, Mottes e Toss), astenuti n. 1 (consigliere "
    "Pernter), espressi in forma palese per alzata di mano dai n. 16 consiglieri presenti, di cui n. 15 votanti,",
    ]:
    para(t_, align="j")
para("d e l i b e r a", bold=True, align="c", after=6)
pts = [
    "di approvare le modifiche al Regolamento comunale per la disciplina dell’Imposta immobiliare semplice "
    "(IM.I.S.), nel testo allegato al presente provvedimento quale parte integrante e sostanziale (allegato A);",
    "di dare atto che le modifiche hanno effetto dal 1° gennaio 2026, ai sensi dell’art. 8, comma 1, della L.P. "
    "30 dicembre 2014, n. 14;",
    "di trasmettere la presente deliberazione al Ministero dell’Economia e delle Finanze, Dipartimento delle "
    "Finanze, mediante inserimento nel Portale del federalismo fiscale;",
    "di dare evidenza, ai sensi dell’art. 4 della L.P. 30 novembre 1992, n. 23, che avverso la presente "
    "deliberazione sono ammessi: opposizione alla Giunta comunale, durante il periodo di pubblicazione; ricorso "
    "giurisdizionale al T.R.G.A. di Trento entro 60 giorni; ricorso straordinario al Presidente della Repubblica "
    "entro 120 giorni.",
]
for i, t_ in enumerate(pts, 1):
    para("%d.\t%s" % (i, t_), align="j", indent=7)
para("Con separata votazione, con voti favorevoli n. 13, contrari n. 0, astenuti n. 3, la presente deliberazione "
     "viene dichiarata **immediatamente eseguibile** ai sensi dell’art. 183, comma 4, del Codice degli enti locali "
     "della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio 2018, n. 2.", align="j")
para("Letto, approvato e sottoscritto.", after=8)
sg = doc.add_table(rows=2, cols=2)
sg.rows[0].cells[0].paragraphs[0].add_run("IL PRESIDENTE").bold = True
sg.rows[0].cells[1].paragraphs[0].add_run("IL SEGRETARIO COMUNALE").bold = True
sg.rows[1].cells[0].paragraphs[0].add_run("Paolo Zeni")
sg.rows[1].cells[1].paragraphs[0].add_run("dott. Matteo Dalsass")
for row in sg.rows:
    for c in row.cells:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para("", after=10)
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
cc = box.rows[0].cells[0]
p = cc.paragraphs[0]
p.add_run("RELAZIONE DI PUBBLICAZIONE").bold = True
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p2 = cc.add_paragraph("(Art. 183, comma 1, L.R. 3 maggio 2018, n. 2)")
p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
p3 = cc.add_paragraph("Io sottoscritto Segretario comunale certifico che copia del presente verbale viene pubblicata "
                      "all’albo telematico del Comune di Mezzocorona il giorno 12.03.2026 per rimanervi esposta "
                      "per dieci giorni consecutivi.")
p3.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p4 = cc.add_paragraph("IL SEGRETARIO COMUNALE – dott. Matteo Dalsass")
p4.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for p in cc.paragraphs:
    for rr in p.runs:
        rr.font.size = Pt(9.5)
para("", after=4)
para("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", italic=True, size=8, align="c")
doc.save(out)
