# Comune di Capraia Isola (LI): unnumbered AVVISO of the Area Amministrativa, typed in a Word model
# (python-docx; converted to PDF by LibreOffice in build.sh). The letterhead is a two-cell table in the
# page header, repeated on both pages; the foot carries the notice's reference and "Pagina X di Y" as
# fields; the heading "AVVISO" is letter-spaced with Word character spacing (w:spacing); the
# requirements are a numbered list of conditions (no dispositive part).
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
sec.left_margin = Cm(2.3); sec.right_margin = Cm(2.0); sec.top_margin = Cm(1.4); sec.bottom_margin = Cm(1.8)
sec.header_distance = Cm(0.8); sec.footer_distance = Cm(0.8)
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")


def spacing(run, twips):
    rpr = run._element.get_or_add_rPr()
    sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(twips)); rpr.append(sp)


def field(par, instr, size=8):
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        r = par.add_run(); r.font.size = Pt(size)
        if kind in ("begin", "separate", "end"):
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); r._element.append(fc)
        elif kind == "instr":
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % text; r._element.append(it)
        else:
            r.text = text


# header: letterhead table
ht = sec.header.add_table(rows=1, cols=2, width=Cm(16.7))
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
ht.columns[0].width = Cm(2.2); ht.columns[1].width = Cm(14.5)
c0, c1 = ht.rows[0].cells
c0.width = Cm(2.2); c1.width = Cm(14.5)
p0 = c0.paragraphs[0]; p0.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p0.add_run("❖"); r.font.size = Pt(26); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
p1 = c1.paragraphs[0]
r = p1.add_run("COMUNE DI CAPRAIA ISOLA"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79); spacing(r, 30)
p2 = c1.add_paragraph(); r = p2.add_run("Provincia di Livorno – Arcipelago Toscano"); r.italic = True; r.font.size = Pt(9.5)
p3 = c1.add_paragraph(); r = p3.add_run("Area Amministrativa – Servizi al Cittadino"); r.font.size = Pt(9.5); r.bold = True
sec.header.paragraphs[0].text = ""
# footer
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = fp.add_run("Via Roma 1 – 57032 Capraia Isola (LI) – Avviso tessere di residente 2027          Pagina "); r.font.size = Pt(8)
field(fp, "PAGE"); r = fp.add_run(" di "); r.font.size = Pt(8); field(fp, "NUMPAGES")


def P(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=5, italic=False, before=0):
    p = d.add_paragraph(); p.alignment = align
    p.paragraph_format.space_after = Pt(after); p.paragraph_format.space_before = Pt(before)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p


p = P(align=WD_ALIGN_PARAGRAPH.CENTER, after=6, before=10)
r = p.add_run("AVVISO"); r.bold = True; r.font.size = Pt(22); spacing(r, 160)
P("RILASCIO E RINNOVO DELLE TESSERE DI RESIDENTE PER LE TARIFFE AGEVOLATE DEL SERVIZIO DI COLLEGAMENTO MARITTIMO – ANNO 2027",
  bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12.5, after=14)
P("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
P("Visto il contratto di servizio per il collegamento marittimo Livorno – Capraia Isola stipulato dalla Regione Toscana, che prevede tariffe agevolate per i residenti nell'isola e per i soggetti ad essi equiparati;")
P("Vista la deliberazione della Giunta comunale n. 44 del 17 settembre 2026, con la quale sono stati aggiornati i criteri per il rilascio della tessera di residente;")
P("RENDE NOTO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8, before=4)
P("che dal 12 ottobre al 30 novembre 2026 sono aperti i termini per il rilascio e il rinnovo delle tessere che danno diritto alle tariffe agevolate sulle corse di linea per l'anno 2027. Possono richiedere la tessera:")
for i, t in enumerate([
    "i cittadini iscritti nell'anagrafe della popolazione residente del Comune di Capraia Isola;",
    "i coniugi, i figli e i genitori dei residenti, anche se non residenti, limitatamente a 12 corse andata e ritorno nell'anno;",
    "i proprietari di immobili ad uso abitativo situati nel territorio comunale, in regola con il pagamento dell'IMU;",
    "i lavoratori dipendenti di imprese con sede operativa nell'isola, per la durata del rapporto di lavoro.",
], 1):
    p = P(after=3); p.paragraph_format.left_indent = Cm(0.9); p.paragraph_format.first_line_indent = Cm(-0.6)
    p.add_run("%d) " % i); p.add_run(t)
P("La domanda, redatta sul modulo disponibile presso l'Ufficio Anagrafe e sul sito istituzionale, deve essere presentata allo sportello comunale negli orari di apertura al pubblico (dal lunedì al sabato, ore 9:00 – 12:30) oppure inviata a mezzo posta elettronica certificata, allegando copia del documento di identità e una fotografia in formato tessera.", before=6)
P("Le tessere rilasciate per l'anno 2026 restano valide fino al 31 gennaio 2027. Per i residenti già titolari di tessera il rinnovo avviene d'ufficio, previa verifica della permanenza dei requisiti.")
P("Per informazioni gli interessati possono rivolgersi all'Ufficio Anagrafe – Servizi al Cittadino, presso la sede municipale.", after=18)
P("Capraia Isola, 5 ottobre 2026", align=WD_ALIGN_PARAGRAPH.LEFT, after=6)
P("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
P("dott.ssa Silvia Cecchini", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
P("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", italic=True, size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
d.core_properties.author = "anagrafe"; d.core_properties.title = "Avviso tessere residente 2027"
d.save(sys.argv[1])
