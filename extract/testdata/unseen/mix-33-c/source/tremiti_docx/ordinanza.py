# Comune di Isole Tremiti - ordinanza sindacale written with python-docx (a Word template), converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(2.0)
st = doc.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Carlito")
st.paragraph_format.space_after = Pt(4)

def par(text="", bold=False, size=None, align=None, italic=False, after=None, before=None, caps=False, indent=None):
    p = doc.add_paragraph()
    if align == "C": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "J": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "R": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    if indent is not None: p.paragraph_format.left_indent = Cm(indent); p.paragraph_format.first_line_indent = Cm(-0.6)
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.all_caps = caps
    if size: r.font.size = Pt(size)
    return p

def field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)

# header: a small running line; footer: page x of y
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run("Ordinanza n. 6/2026"); r.font.size = Pt(8); r.italic = True
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Comune di Isole Tremiti – Via Roma, 1 – 71051 San Nicola di Tremiti (FG) – pagina "); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, "NUMPAGES")

# letterhead as a 2-col table: crest caption | names
t = doc.add_table(rows=1, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.columns[0].width = Cm(3); t.columns[1].width = Cm(13.6)
c0, c1 = t.rows[0].cells
c0.width = Cm(3); c1.width = Cm(13.6)
c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
r = c0.paragraphs[0].add_run("(stemma)"); r.font.size = Pt(7); r.italic = True
p = c1.paragraphs[0]; r = p.add_run("COMUNE DI ISOLE TREMITI"); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
p = c1.add_paragraph(); r = p.add_run("Provincia di Foggia"); r.font.size = Pt(10.5)
p = c1.add_paragraph(); r = p.add_run("Ufficio del Sindaco – tel. 0882 463063 – PEC: protocollo.isoletremiti@pec.it"); r.font.size = Pt(8.5)

par("", after=2)
par("Prot. n. 1184 del 24/03/2026", size=9.5, align="R", after=10)
par("ORDINANZA SINDACALE N. 6 DEL 24/03/2026", bold=True, size=14, align="C", after=10)

# subject in a bordered one-cell table
ot = doc.add_table(rows=1, cols=1); ot.style = "Table Grid"
cp = ot.rows[0].cells[0].paragraphs[0]; cp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = cp.add_run("OGGETTO: "); r.bold = True
r = cp.add_run("Disciplina temporanea delle operazioni di carico e scarico merci sul molo di San Domino e divieto di transito veicolare in Via Diomede dal 1° aprile al 31 maggio 2026."); r.bold = True

par("", after=4)
par("IL SINDACO", bold=True, size=12, align="C", after=8)
for s in [
 "PREMESSO che nel periodo primaverile si intensificano gli approdi delle unità di linea e dei mezzi da diporto sul molo di San Domino e che, contestualmente, sono in corso i lavori di consolidamento della banchina finanziati con decreto regionale n. 112/2025;",
 "CONSIDERATO che le operazioni di carico e scarico merci destinate agli esercizi commerciali e alle strutture ricettive, svolte senza una fascia oraria definita, generano interferenze con lo sbarco dei passeggeri e con le lavorazioni del cantiere;",
 "SENTITO il Comandante dell'Ufficio Locale Marittimo di Isole Tremiti e acquisito il parere favorevole del Responsabile del Servizio di Polizia Locale;",
 "VISTI gli artt. 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;",
]:
    par(s, align="J")
par("ORDINA", bold=True, size=12, align="C", before=6, after=6)
for i, s in enumerate([
 "dal 1° aprile al 31 maggio 2026 le operazioni di carico e scarico merci sul molo di San Domino sono consentite esclusivamente dalle ore 6:30 alle ore 9:00 e dalle ore 14:00 alle ore 15:30;",
 "nel medesimo periodo è vietato il transito dei veicoli a motore in Via Diomede, nel tratto compreso tra il molo e l'incrocio con Via Vespucci, ad eccezione dei mezzi di soccorso, delle Forze dell'Ordine e dei mezzi autorizzati dall'Ufficio di Polizia Locale;",
 "è fatto obbligo ai vettori di esporre sul parabrezza il contrassegno rilasciato dal Comune;",
 "l'Ufficio Tecnico comunale provvederà all'installazione della prescritta segnaletica stradale;",
 "le violazioni alla presente ordinanza saranno punite ai sensi del Codice della Strada e, ove non diversamente previsto, con la sanzione amministrativa pecuniaria da € 25,00 a € 500,00 ai sensi dell'art. 7-bis del D.Lgs. 267/2000.",
], 1):
    par(f"{i}.\t{s}", align="J", indent=0.6)
par("DISPONE", bold=True, size=12, align="C", before=6, after=6)
par("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e resa nota mediante affissione nei luoghi pubblici e sul sito istituzionale; che copia sia trasmessa all'Ufficio Locale Marittimo, alla Stazione dei Carabinieri di Isole Tremiti e all'Ufficio di Polizia Locale.", align="J")
par("Avverso la presente ordinanza è ammesso ricorso al T.A.R. Puglia entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", align="J", italic=True, size=10)
par("Isole Tremiti, 24/03/2026", before=10)
par("IL SINDACO", bold=True, align="R", after=0)
par("Dott. Matteo Santoro", align="R", after=0)
par("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", italic=True, size=8, align="R")
doc.save(sys.argv[1])
