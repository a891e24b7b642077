# Comune di Moena (TN): determinazione in a Trentino (Civilia-like) Word model.
# The subject comes first; "Determinazione ... n. 58 di data 13 maggio 2026" is printed under it.
# python-docx writes the .docx (letterhead in the page header, page x of y in the foot);
# LibreOffice exports it to PDF.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(4.2), Cm(2.2)
sec.left_margin, sec.right_margin = Cm(2.4), Cm(2.2)
sec.header_distance, sec.footer_distance = Cm(1.0), Cm(1.0)

st = d.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.1

def run(p, text, bold=False, italic=False, size=None, caps=False, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size: r.font.size = Pt(size)
    if caps: r.font.all_caps = True
    if color: r.font.color.rgb = RGBColor(*color)
    return r

def P(text="", align=WD_ALIGN_PARAGRAPH.JUSTIFY, **kw):
    p = d.add_paragraph()
    p.alignment = align
    if text: run(p, text, **kw)
    return p

def field(p, code):
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), code)
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); f.append(r)
    p._p.append(f)

# ---- page header: letterhead table (crest cell | names)
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Cm(16.4))
ht.columns[0].width = Cm(2.0); ht.columns[1].width = Cm(14.4)
c0, c1 = ht.rows[0].cells
c0.width = Cm(2.0); c1.width = Cm(14.4)
p = c0.paragraphs[0]; run(p, "[stemma]", size=7, color=(120, 120, 120))
p = c1.paragraphs[0]; run(p, "COMUNE DI MOENA", bold=True, size=16)
p = c1.add_paragraph(); run(p, "COMUN DE MOENA", size=10, italic=True)
p = c1.add_paragraph(); run(p, "Provincia autonoma di Trento", size=9)
p = c1.add_paragraph(); run(p, "Piaz de Sotegrava, 20 – 38035 Moena (TN) – C.F. 00145470227", size=8)
hp = hdr.add_paragraph()
hp.paragraph_format.space_before = Pt(4)
run(hp, "Servizio tecnico – Ufficio lavori pubblici e patrimonio", bold=True, size=10)
pPr = hp._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "000000")): b.set(qn(k), v)
bdr.append(b); pPr.append(bdr)

# ---- page foot
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
run(fp, "Pagina ", size=8); field(fp, "PAGE"); run(fp, " di ", size=8); field(fp, "NUMPAGES")

# ---- body
p = P(align=WD_ALIGN_PARAGRAPH.LEFT)
p.paragraph_format.left_indent = Cm(2.3); p.paragraph_format.first_line_indent = Cm(-2.3)
p.paragraph_format.space_before = Pt(6)
run(p, "OGGETTO:\t", bold=True)
run(p, "Fornitura e posa in opera di nuove attrezzature ludiche per il parco giochi di località "
       "Navalge. Affidamento diretto alla ditta Legno Fassa S.r.l. ai sensi dell'art. 50, comma 1, "
       "lett. b) del D.Lgs. 36/2023 e impegno di spesa. CIG B91E3A70D5.", bold=True)
p.paragraph_format.tab_stops.add_tab_stop(Cm(2.3))

p = P(align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.space_before = Pt(14); p.paragraph_format.space_after = Pt(14)
run(p, "Determinazione del Responsabile del Servizio tecnico", size=11.5)
p.add_run().add_break()
run(p, "n. 58 di data 13 maggio 2026", bold=True, size=11.5)

PRE = [
 "Premesso che il parco giochi comunale di località Navalge, frequentato nel periodo estivo da "
 "residenti e ospiti, presenta attrezzature ludiche installate nel 2004, due delle quali sono state "
 "rimosse nell'autunno 2025 a seguito della verifica annuale di sicurezza ai sensi della norma UNI EN 1176;",
 "ritenuto necessario provvedere alla fornitura e posa in opera di una nuova struttura multigioco, di "
 "un'altalena a nido e della relativa pavimentazione antitrauma, prima dell'avvio della stagione estiva 2026;",
 "visto l'art. 50, comma 1, lett. b) del D.Lgs. 31 marzo 2023, n. 36, come recepito dalla L.P. 9 marzo "
 "2016, n. 2, che consente l'affidamento diretto di servizi e forniture di importo inferiore a 140.000,00 euro;",
 "dato atto che, a seguito di indagine informale sul mercato elettronico provinciale (MEPAT), è stato "
 "acquisito il preventivo della ditta Legno Fassa S.r.l. con sede in Pozza di Fassa – San Giovanni di Fassa "
 "(TN), che ha offerto l'importo di euro 27.380,00 oltre IVA al 22%, ritenuto congruo dall'Ufficio;",
 "accertati in capo all'operatore economico il possesso dei requisiti di ordine generale e la "
 "regolarità contributiva (DURC prot. INAIL_52018833, valido fino al 09 settembre 2026);",
 "visti il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 "
 "maggio 2018, n. 2, il D.Lgs. 23 giugno 2011, n. 118 e il vigente Regolamento di contabilità;",
 "vista la deliberazione del Consiglio comunale n. 31 di data 19 dicembre 2025, con cui è stato approvato "
 "il bilancio di previsione 2026-2028, e la deliberazione della Giunta comunale n. 2 di data 8 gennaio "
 "2026, con cui sono stati assegnati ai Responsabili dei Servizi gli obiettivi e le risorse del PEG 2026-2028;",
]
for t in PRE:
    P(t)

p = P(align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.space_before = Pt(8); p.paragraph_format.space_after = Pt(8)
run(p, "IL RESPONSABILE DEL SERVIZIO TECNICO", bold=True)
p.add_run().add_break()
run(p, "d e t e r m i n a", bold=True)

PTS = [
 "di affidare, per le motivazioni espresse in premessa, alla ditta Legno Fassa S.r.l., con sede in San "
 "Giovanni di Fassa (TN), P.IVA 02318770226, la fornitura e posa in opera di nuove attrezzature ludiche "
 "per il parco giochi di località Navalge, per l'importo di euro 27.380,00 oltre IVA al 22%, per "
 "complessivi euro 33.403,60;",
 "di impegnare la spesa complessiva di euro 33.403,60 al capitolo 3420 \"Acquisto attrezzature per "
 "parchi e giardini\" (Missione 09, Programma 02) del bilancio di previsione 2026-2028, esercizio 2026, "
 "che presenta la necessaria disponibilità;",
 "di dare atto che il contratto sarà stipulato mediante scambio di corrispondenza secondo gli usi del "
 "commercio, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
 "di dare atto che la spesa diverrà esigibile nell'esercizio 2026, a fornitura ultimata entro il 15 "
 "giugno 2026;",
 "di dare atto che avverso il presente provvedimento sono ammessi: opposizione alla Giunta comunale, "
 "durante il periodo di pubblicazione, ai sensi dell'art. 183, comma 5, della L.R. 2/2018; ricorso al "
 "Tribunale Regionale di Giustizia Amministrativa di Trento entro 30 giorni, ai sensi degli artt. 119 e "
 "120 del D.Lgs. 104/2010.",
]
for i, t in enumerate(PTS, 1):
    p = P()
    p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.8)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(0.8))
    run(p, "%d.\t%s" % (i, t))

p = P(align=WD_ALIGN_PARAGRAPH.LEFT)
p.paragraph_format.space_before = Pt(18)
run(p, "Moena, 13 maggio 2026")
p = P(align=WD_ALIGN_PARAGRAPH.RIGHT)
run(p, "IL RESPONSABILE DEL SERVIZIO TECNICO", bold=True); p.add_run().add_break()
run(p, "geom. Stefano Dellantonio"); p.add_run().add_break()
run(p, "documento firmato digitalmente", italic=True, size=8.5)

p = P(align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.space_before = Pt(22)
run(p, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", bold=True, size=10)
P("Ai sensi dell'art. 185, comma 9, del Codice degli enti locali della Regione autonoma Trentino-Alto "
  "Adige si attesta la copertura finanziaria della spesa: impegno n. 611/2026, capitolo 3420, euro 33.403,60.",
  size=10)
p = P(align=WD_ALIGN_PARAGRAPH.RIGHT)
run(p, "Moena, 13 maggio 2026 – IL RESPONSABILE DEL SERVIZIO FINANZIARIO", size=10); p.add_run().add_break()
run(p, "dott.ssa Paola Chiocchetti", size=10)

d.save(OUT)
