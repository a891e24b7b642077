# Bilingual ordinanza of Malles Venosta / Mals imitating the Consorzio dei Comuni (GVCC) Word template; .docx then LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
OUT = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.8)
st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(9.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.paragraph_format.space_after = Pt(3)

def cellp(cell, text, bold=False, size=None, align=None, italic=False, first=True):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    return p
def noborders(t):
    tbl = t._tbl; pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e); x.set(qn("w:val"), "nil"); b.append(x)
    pr.append(b)

# running foot with page field
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Marktgemeinde Mals – Comune di Malles Venosta · Verordnung/Ordinanza Nr./N. 12/2026 · Seite/Pagina "); r.font.size = Pt(7)
fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE"); rr = OxmlElement("w:r"); tt = OxmlElement("w:t"); tt.text = "1"; rr.append(tt); fld.append(rr); fp._p.append(fld)

lh = d.add_table(rows=1, cols=3); noborders(lh); lh.alignment = WD_TABLE_ALIGNMENT.CENTER
lh.columns[0].width = lh.columns[2].width = Cm(7.5); lh.columns[1].width = Cm(2)
cellp(lh.cell(0, 0), "MARKTGEMEINDE MALS", True, 12, WD_ALIGN_PARAGRAPH.LEFT)
cellp(lh.cell(0, 0), "Autonome Provinz Bozen – Südtirol", size=8, first=False)
cellp(lh.cell(0, 1), "[Wappen]\n[stemma]", size=6.5, align=WD_ALIGN_PARAGRAPH.CENTER, italic=True)
cellp(lh.cell(0, 2), "COMUNE DI MALLES VENOSTA", True, 12, WD_ALIGN_PARAGRAPH.RIGHT)
cellp(lh.cell(0, 2), "Provincia Autonoma di Bolzano – Alto Adige", size=8, align=WD_ALIGN_PARAGRAPH.RIGHT, first=False)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Bahnhofstraße 19 / Via Stazione 19 – 39024 Mals / Malles Venosta (BZ) – Tel. 0473 831117"); r.font.size = Pt(7.5)
p.paragraph_format.space_after = Pt(10)

hd = d.add_table(rows=1, cols=2); hd.style = "Table Grid"
cellp(hd.cell(0, 0), "VERORDNUNG DES BÜRGERMEISTERS", True, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
cellp(hd.cell(0, 0), "Nr. 12 vom 14.04.2026", True, 10, WD_ALIGN_PARAGRAPH.CENTER, first=False)
cellp(hd.cell(0, 1), "ORDINANZA DEL SINDACO", True, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
cellp(hd.cell(0, 1), "N. 12 del 14/04/2026", True, 10, WD_ALIGN_PARAGRAPH.CENTER, first=False)
d.add_paragraph().paragraph_format.space_after = Pt(2)

for lab, txt in [("Betreff: ", "Zeitweiliges Fahr- und Parkverbot in der General-Verdross-Straße anlässlich des Georgimarktes (23. April 2026)"),
                 ("Oggetto: ", "Divieto temporaneo di transito e di sosta in Via Generale Verdross in occasione del mercato di San Giorgio (23 aprile 2026)")]:
    p = d.add_paragraph(); r = p.add_run(lab); r.bold = True
    r = p.add_run(txt); r.bold = True
    p.paragraph_format.left_indent = Cm(2); p.paragraph_format.first_line_indent = Cm(-2)
    p.paragraph_format.space_after = Pt(6)

body = d.add_table(rows=0, cols=2); noborders(body)
rows = [
 ("DER BÜRGERMEISTER", "IL SINDACO", True),
 ("Festgestellt, dass am Donnerstag, 23. April 2026, der traditionelle Georgimarkt im Ortszentrum von Mals stattfindet;",
  "Constatato che giovedì 23 aprile 2026 si svolge nel centro di Malles il tradizionale mercato di San Giorgio;", False),
 ("Nach Einsicht in das Gesuch des Marktkomitees vom 30.03.2026, Prot. Nr. 3318;",
  "Vista la richiesta del Comitato del mercato del 30/03/2026, prot. n. 3318;", False),
 ("Nach Anhören der Ortspolizei und der Freiwilligen Feuerwehr Mals;",
  "Sentiti la Polizia Locale e il Corpo dei Vigili del Fuoco Volontari di Malles;", False),
 ("Nach Einsicht in die Artikel 6 und 7 des Legislativdekrets vom 30. April 1992, Nr. 285 (Straßenverkehrsordnung), und in das Regionalgesetz vom 3. Mai 2018, Nr. 2 (Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol);",
  "Visti gli articoli 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e la L.R. 3 maggio 2018, n. 2 (Codice degli enti locali della Regione autonoma Trentino-Alto Adige);", False),
 ("VERORDNET", "ORDINA", True),
 ("1. am 23. April 2026 von 05:00 bis 19:00 Uhr das Fahr- und Parkverbot mit Zwangsentfernung in der General-Verdross-Straße, zwischen der Kreuzung mit der Bahnhofstraße und dem Kapuzinerplatz;",
  "1. il 23 aprile 2026 dalle ore 05:00 alle ore 19:00 il divieto di transito e di sosta con rimozione forzata in Via Generale Verdross, nel tratto compreso tra l'incrocio con Via Stazione e Piazza Cappuccini;", False),
 ("2. die Umleitung des Verkehrs über die Bahnhofstraße und die Sankt-Benedikt-Straße;",
  "2. la deviazione del traffico lungo Via Stazione e Via San Benedetto;", False),
 ("3. die Anbringung der entsprechenden Verkehrszeichen durch den Bauhof mindestens 48 Stunden vor Inkrafttreten des Verbotes.",
  "3. la posa della relativa segnaletica da parte del cantiere comunale almeno 48 ore prima dell'entrata in vigore del divieto.", False),
 ("Von den Verboten ausgenommen sind Einsatz- und Rettungsfahrzeuge sowie die Fahrzeuge der zugelassenen Marktfahrer.",
  "Sono esclusi dai divieti i veicoli di soccorso e di emergenza nonché i veicoli degli ambulanti autorizzati.", False),
 ("Gegen diese Verordnung kann innerhalb von 60 Tagen Rekurs beim Regionalen Verwaltungsgericht – Autonome Sektion Bozen eingelegt werden.",
  "Avverso la presente ordinanza è ammesso ricorso entro 60 giorni al Tribunale Regionale di Giustizia Amministrativa – Sezione autonoma di Bolzano.", False),
]
for de, it, b in rows:
    c = body.add_row().cells
    for cell, t in ((c[0], de), (c[1], it)):
        p = cellp(cell, t, b, None, WD_ALIGN_PARAGRAPH.CENTER if b else WD_ALIGN_PARAGRAPH.JUSTIFY)
        p.paragraph_format.space_after = Pt(4)
d.add_paragraph()
sg = d.add_table(rows=1, cols=2); noborders(sg)
cellp(sg.cell(0, 0), "Mals, 14.04.2026", align=WD_ALIGN_PARAGRAPH.LEFT)
cellp(sg.cell(0, 1), "DER BÜRGERMEISTER – IL SINDACO", True, None, WD_ALIGN_PARAGRAPH.CENTER)
cellp(sg.cell(0, 1), "Josef Thurner", align=WD_ALIGN_PARAGRAPH.CENTER, first=False)
cellp(sg.cell(0, 1), "(digital signiert – firmato digitalmente)", size=7.5, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, first=False)
p = d.add_paragraph(); p.paragraph_format.space_before = Pt(14)
r = p.add_run("Veröffentlicht an der digitalen Amtstafel vom 15.04.2026 bis 25.04.2026 – Pubblicata all'albo pretorio digitale dal 15/04/2026 al 25/04/2026 (Reg. Nr./n. 402)"); r.font.size = Pt(7.5)
d.core_properties.author = "Gemeindesekretariat Mals"; d.core_properties.title = "Verordnung 12/2026 - Ordinanza 12/2026"
d.save(OUT)
