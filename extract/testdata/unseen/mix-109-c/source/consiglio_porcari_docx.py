#!/usr/bin/env python3
"""Consiglio Comunale di Porcari, n. 47 del 29-09-2026, in the Comune's Halley
layout, written as a .docx (python-docx) that LibreOffice exports to PDF:
header with crest and name on every page, "Numero / Del" boxes, the subject in
capitals, the roll as a table with a Presente SI/NO column, a councillor
leaving, a roll-call vote with names, a separate vote for immediate
executivity, the pareri and a footer with the number and a PAGE field."""
import sys
from docx import Document
from docx.shared import Pt, Mm, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out, crest = sys.argv[1], sys.argv[2]

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.space_before = Pt(0)

sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(15)
sec.header_distance, sec.footer_distance = Mm(8), Mm(8)


def para(container, text="", bold=False, size=None, align=None, italic=False, after=None, font=None):
    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2); r._r.append(t); r._r.append(f3)
    r.font.size = Pt(8)


def borders(table, sz=6):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


# header: crest + name, repeated on each page
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Mm(166))
ht.columns[0].width = Mm(20)
c0, c1 = ht.rows[0].cells
c0.width, c1.width = Mm(20), Mm(146)
c0.paragraphs[0].add_run().add_picture(crest, width=Mm(13))
p = c1.paragraphs[0]
r = p.add_run("COMUNE DI PORCARI"); r.bold = True; r.font.size = Pt(16); r.font.name = "Liberation Sans"
p2 = c1.add_paragraph(); r = p2.add_run("PROVINCIA DI LUCCA"); r.font.size = Pt(10); r.font.name = "Liberation Sans"
hdr.paragraphs[0].text = ""

ftr = sec.footer
fp = ftr.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = fp.add_run("DELIBERAZIONE DI CONSIGLIO COMUNALE n. 47 del 29-09-2026 - COMUNE DI PORCARI\t\tPag. ")
r.font.size = Pt(8)
field(fp, "PAGE")

para(doc, "ORIGINALE", bold=True, size=10, align=WD_ALIGN_PARAGRAPH.RIGHT)
para(doc, "DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)

nt = doc.add_table(rows=1, cols=4)
nt.alignment = WD_TABLE_ALIGNMENT.CENTER
borders(nt, 8)
for cell, txt, b in zip(nt.rows[0].cells, ["Numero", "47", "Del", "29-09-2026"], [False, True, False, True]):
    cell.width = Mm(30)
    cp = cell.paragraphs[0]
    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = cp.add_run(txt); rr.bold = b; rr.font.size = Pt(11)
para(doc, "", after=2)

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = p.add_run("Oggetto: "); r.bold = False
r = p.add_run("APPROVAZIONE MODIFICHE AL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL CANONE PATRIMONIALE "
              "DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA")
r.bold = True
p.paragraph_format.left_indent = Mm(18)
p.paragraph_format.first_line_indent = Mm(-18)
p.paragraph_format.space_after = Pt(8)

J = WD_ALIGN_PARAGRAPH.JUSTIFY
para(doc, "L'anno duemilaventisei il giorno ventinove del mese di settembre alle ore 21:00, nella sala consiliare "
     "del Palazzo Comunale, in seguito a convocazione disposta con invito scritto e relativo ordine del giorno "
     "notificato ai singoli Consiglieri a norma di legge, si è riunito il Consiglio Comunale in sessione "
     "Ordinaria in Prima convocazione in seduta Pubblica.", align=J)
para(doc, "Dei Signori Consiglieri assegnati a questo Comune e in carica:", align=J)

roll = [("GIANNINI LEONARDO", "Sindaco", "SI"), ("BERTOLUCCI CHIARA", "Consigliere", "SI"),
        ("DEL CARLO MATTEO", "Consigliere", "SI"), ("PAOLINELLI SILVIA", "Consigliere", "SI"),
        ("FRANCESCONI LUCA", "Consigliere", "SI"), ("LAZZARINI ALESSIO", "Presidente del Consiglio", "SI"),
        ("NICCOLAI BEATRICE", "Consigliere", "SI"), ("BARSANTI GIACOMO", "Consigliere", "NO"),
        ("DINELLI MICHELA", "Consigliere", "SI"), ("PARDINI SIMONE", "Consigliere", "SI"),
        ("GIOVANNETTI LAURA", "Consigliere", "SI"), ("MARCUCCI FILIPPO", "Consigliere", "SI"),
        ("TOCCHINI SARA", "Consigliere", "NO")]
rt = doc.add_table(rows=1 + len(roll), cols=3)
rt.alignment = WD_TABLE_ALIGNMENT.CENTER
borders(rt, 4)
for cell, txt, w in zip(rt.rows[0].cells, ["Cognome e Nome", "Carica", "Presente"], [62, 52, 22]):
    cell.width = Mm(w)
    cp = cell.paragraphs[0]
    cp.paragraph_format.space_after = Pt(0)
    rr = cp.add_run(txt); rr.bold = True; rr.font.size = Pt(9)
    if txt == "Presente":
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for i, (n, ro, pr) in enumerate(roll):
    cells = rt.rows[i + 1].cells
    for cell, txt, w in zip(cells, [n, ro, pr], [62, 52, 22]):
        cell.width = Mm(w)
        cp = cell.paragraphs[0]
        cp.paragraph_format.space_after = Pt(0)
        rr = cp.add_run(txt); rr.font.size = Pt(10)
        if txt in ("SI", "NO"):
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
para(doc, "", after=0)
para(doc, "ne risultano presenti n. 11 e assenti n. 2.", align=J)
para(doc, "Assume la presidenza il Signor LAZZARINI ALESSIO in qualità di PRESIDENTE DEL CONSIGLIO assistito dal "
     "SEGRETARIO COMUNALE REGGENTE Dott. MENCARINI RICCARDO.", align=J)
para(doc, "Il Presidente, accertato il numero legale per poter deliberare validamente, invita il Consiglio ad "
     "adottare le proprie determinazioni sulla proposta di deliberazione indicata in oggetto.", align=J)
para(doc, "Sono nominati scrutatori i Consiglieri: NICCOLAI BEATRICE, DINELLI MICHELA, GIOVANNETTI LAURA.", align=J)
para(doc, "Illustra la proposta l'Assessore al Bilancio e ai Tributi, FRANCESCONI LUCA. Durante la discussione "
     "esce dall'aula il Consigliere MARCUCCI FILIPPO: i presenti sono n. 10.", align=J, after=6)

para(doc, "IL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for t in [
    "PREMESSO che l'art. 1, commi da 816 a 836, della Legge 27 dicembre 2019, n. 160 ha istituito il canone "
    "patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, che ha sostituito la TOSAP, il COSAP, "
    "l'imposta comunale sulla pubblicità e il diritto sulle pubbliche affissioni;",
    "RICHIAMATA la propria deliberazione n. 9 del 29-03-2021, con la quale è stato approvato il Regolamento "
    "comunale per la disciplina del canone, successivamente modificato con deliberazione n. 14 del 28-04-2023;",
    "RITENUTO necessario modificare gli articoli 12, 18 e 27 del Regolamento, al fine di disciplinare le "
    "occupazioni temporanee per i dehors degli esercizi pubblici e le riduzioni per le manifestazioni promosse "
    "dalle associazioni senza scopo di lucro, come da testo coordinato allegato sotto la lettera A;",
    "VISTO il parere favorevole espresso dall'Organo di revisione economico-finanziaria con verbale n. 21 del "
    "23-09-2026, ai sensi dell'art. 239, comma 1, lett. b), n. 7, del D.Lgs. 267/2000;",
    "VISTI i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile del Settore "
    "Finanziario ai sensi dell'art. 49 del D.Lgs. 267/2000, riportati in calce;",
    "Con votazione espressa per appello nominale, che dà il seguente risultato:",
]:
    para(doc, t, align=J)
for t in ["Presenti n. 10", "Votanti n. 9",
          "Favorevoli n. 8 (GIANNINI, BERTOLUCCI, DEL CARLO, PAOLINELLI, FRANCESCONI, LAZZARINI, NICCOLAI, DINELLI)",
          "Contrari n. 1 (PARDINI)", "Astenuti n. 1 (GIOVANNETTI)"]:
    p = para(doc, t, after=0)
    p.paragraph_format.left_indent = Mm(12)
para(doc, "", after=2)
para(doc, "DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
pts = [
    "DI APPROVARE le modifiche agli articoli 12, 18 e 27 del Regolamento comunale per la disciplina del canone "
    "patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo coordinato allegato al "
    "presente atto sotto la lettera A, quale parte integrante e sostanziale;",
    "DI DARE ATTO che le modifiche approvate entrano in vigore dal 1° gennaio 2027, ai sensi dell'art. 53, comma "
    "16, della Legge 23 dicembre 2000, n. 388;",
    "DI TRASMETTERE la presente deliberazione al Ministero dell'Economia e delle Finanze mediante inserimento "
    "nel Portale del federalismo fiscale, secondo le modalità previste dalla normativa vigente.",
]
for i, t in enumerate(pts):
    p = para(doc, "%d) %s" % (i + 1, t), align=J)
    p.paragraph_format.left_indent = Mm(8)
    p.paragraph_format.first_line_indent = Mm(-8)
para(doc, "Successivamente, IL CONSIGLIO COMUNALE, con separata votazione espressa per alzata di mano, con voti "
     "favorevoli n. 8, contrari n. 0, astenuti n. 2 (PARDINI, GIOVANNETTI), DICHIARA il presente atto "
     "immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, per consentirne "
     "l'applicazione con il nuovo esercizio.", align=J, after=8)

para(doc, "PARERI DI CUI ALL'ART. 49 DEL D.LGS. 267/2000", bold=True, size=9.5, after=2)
para(doc, "PARERE: Favorevole in ordine alla Regolarita' tecnica. Data: 21-09-2026. Il Responsabile del servizio: "
     "Dott.ssa PUCCINELLI ROSANNA", size=9.5, after=0)
para(doc, "PARERE: Favorevole in ordine alla Regolarita' contabile. Data: 21-09-2026. Il Responsabile del servizio: "
     "Dott.ssa PUCCINELLI ROSANNA", size=9.5, after=8)

para(doc, "Il presente verbale viene letto, approvato e sottoscritto.", after=6)
sg = doc.add_table(rows=3, cols=2)
for i, (a, b) in enumerate([("Il PRESIDENTE DEL CONSIGLIO", "Il SEGRETARIO COMUNALE REGGENTE"),
                            ("LAZZARINI ALESSIO", "Dott. MENCARINI RICCARDO"),
                            ("(firmato digitalmente)", "(firmato digitalmente)")]):
    for cell, t in zip(sg.rows[i].cells, (a, b)):
        cp = cell.paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cp.paragraph_format.space_after = Pt(0)
        rr = cp.add_run(t); rr.font.size = Pt(10.5); rr.bold = (i == 0); rr.italic = (i == 2)

doc.core_properties.title = "Deliberazione C.C. n. 47 del 29-09-2026"
doc.core_properties.author = "Halley - Atti amministrativi"
doc.save(out)
