# Bilingual determinazione of the Comune di Vipiteno / Gemeinde Sterzing (BZ):
# German | Italian two-column table, as typed from an old WordPerfect template
# (Times, centred bilingual heading, register line). Written with python-docx,
# converted to PDF by LibreOffice (build.sh).
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
st = d.styles["Normal"]
st.font.name = "Liberation Serif"; st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.paragraph_format.space_after = Pt(3)

def par(text="", bold=False, size=None, align=None, italic=False, cell=None, after=None):
    p = cell.add_paragraph() if cell is not None else d.add_paragraph()
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def borders(table, sz=4):
    tbl = table._tbl; pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e); x.set(qn("w:val"), "single"); x.set(qn("w:sz"), str(sz)); x.set(qn("w:color"), "000000"); b.append(x)
    pr.append(b)

# footer with page number
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Verfügung / Determinazione Nr. 214/2026 – Seite / Pagina "); r.font.size = Pt(7.5)
for t in ("begin", None, "end"):
    run = fp.add_run(); run.font.size = Pt(7.5)
    if t is None:
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"; run._r.append(it)
    else:
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), t); run._r.append(fc)

# heading: two-language letterhead
h = d.add_table(rows=1, cols=3); h.alignment = WD_TABLE_ALIGNMENT.CENTER
w = [Cm(7.2), Cm(2.6), Cm(7.2)]
for i, c in enumerate(h.rows[0].cells): c.width = w[i]
c0, c1, c2 = h.rows[0].cells
c0.paragraphs[0].text = ""
par("GEMEINDE STERZING", bold=True, size=13, align="c", cell=c0, after=0)
par("Autonome Provinz Bozen – Südtirol", size=8, align="c", cell=c0, after=0)
c1.paragraphs[0].text = ""
par("[Wappen]", size=7, align="c", italic=True, cell=c1)
par("COMUNE DI VIPITENO", bold=True, size=13, align="c", cell=c2, after=0)
par("Provincia autonoma di Bolzano – Alto Adige", size=8, align="c", cell=c2, after=0)
par("Stadtplatz 13 – Piazza Città 13 · 39049 Sterzing/Vipiteno · St.Nr./C.F. 00168680218", size=7.5, align="c", after=8)

par("Abteilung 3 – Öffentliche Arbeiten  /  Ripartizione 3 – Lavori pubblici", bold=True, size=10.5, align="c", after=0)
par("Amt für Vermögensverwaltung  /  Ufficio patrimonio", size=10, align="c", after=10)

t = d.add_table(rows=1, cols=2); borders(t)
a, b = t.rows[0].cells
a.paragraphs[0].text = ""; b.paragraphs[0].text = ""
par("VERFÜGUNG DES AMTSDIREKTORS", bold=True, size=11, align="c", cell=a, after=0)
par("Nr. 214/2026 vom 20.04.2026", bold=True, align="c", cell=a)
par("DETERMINAZIONE DEL DIRETTORE D'UFFICIO", bold=True, size=11, align="c", cell=b, after=0)
par("n. 214/2026 del 20.04.2026", bold=True, align="c", cell=b)
d.add_paragraph()

rows = [
 ("Gegenstand: Direktvergabe des Dienstes der ordentlichen Instandhaltung der gemeindeeigenen Grünflächen für die Saison 2026 an die Firma Gartenbau Rainer KG – CIG B7A1C2D3E4.",
  "Oggetto: Affidamento diretto del servizio di manutenzione ordinaria delle aree verdi comunali per la stagione 2026 alla ditta Gartenbau Rainer KG – CIG B7A1C2D3E4."),
 ("Nach Einsichtnahme in den Haushaltsvoranschlag 2026-2028, genehmigt mit Ratsbeschluss Nr. 61 vom 16.12.2025;",
  "Visto il bilancio di previsione 2026-2028, approvato con deliberazione consiliare n. 61 del 16.12.2025;"),
 ("Nach Einsichtnahme in den Haushaltsvollzugsplan 2026-2028, genehmigt mit Beschluss des Gemeindeausschusses Nr. 8 vom 13.01.2026;",
  "Visto il piano esecutivo di gestione 2026-2028, approvato con deliberazione della Giunta comunale n. 8 del 13.01.2026;"),
 ("Festgestellt, dass das Personal des Bauhofes nicht ausreicht, um die Pflege der Parkanlagen, der Spielplätze und der Verkehrsinseln in der Zeit von Mai bis Oktober zu gewährleisten;",
  "Constatato che il personale del cantiere comunale non è sufficiente a garantire la cura dei parchi, dei parchi gioco e delle aiuole spartitraffico nel periodo da maggio a ottobre;"),
 ("Nach Einsichtnahme in das Angebot der Firma Gartenbau Rainer KG aus Freienfeld, Prot. Nr. 6120 vom 10.04.2026, in Höhe von 31.850,00 Euro zuzüglich MwSt.;",
  "Vista l'offerta della ditta Gartenbau Rainer KG di Campo di Trens, prot. n. 6120 del 10.04.2026, dell'importo di euro 31.850,00 più IVA;"),
 ("Nach Einsichtnahme in Art. 50 des GvD Nr. 36/2023 und in das L.G. Nr. 16/2015;",
  "Visti l'art. 50 del D.Lgs. n. 36/2023 e la L.P. n. 16/2015;"),
 ("Nach Einsichtnahme in den Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol, R.G. Nr. 2/2018;",
  "Visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, L.R. n. 2/2018;"),
 ("VERFÜGT\nDER AMTSDIREKTOR", "IL DIRETTORE D'UFFICIO\nDETERMINA"),
 ("1. den Dienst der ordentlichen Instandhaltung der gemeindeeigenen Grünflächen für die Saison 2026 der Firma Gartenbau Rainer KG, MwSt.-Nr. 02145870213, für den Betrag von 31.850,00 Euro zuzüglich 22 % MwSt., insgesamt 38.857,00 Euro, direkt zu vergeben;",
  "1. di affidare direttamente alla ditta Gartenbau Rainer KG, P.IVA 02145870213, il servizio di manutenzione ordinaria delle aree verdi comunali per la stagione 2026, per l'importo di euro 31.850,00 più IVA 22 %, per complessivi euro 38.857,00;"),
 ("2. die Ausgabe von 38.857,00 Euro auf Kapitel 09.02.1.03.2100 des Haushaltes 2026 zweckzubinden;",
  "2. di impegnare la spesa di euro 38.857,00 al capitolo 09.02.1.03.2100 del bilancio 2026;"),
 ("3. festzuhalten, dass der Vertrag mittels Handelskorrespondenz abgeschlossen wird;",
  "3. di dare atto che il contratto è stipulato mediante corrispondenza commerciale;"),
 ("4. festzuhalten, dass gegen diese Maßnahme innerhalb von 30 Tagen Rekurs beim Regionalen Verwaltungsgericht, Autonome Sektion Bozen, eingebracht werden kann.",
  "4. di dare atto che avverso il presente provvedimento è ammesso ricorso al Tribunale regionale di giustizia amministrativa, Sezione autonoma di Bolzano, entro 30 giorni."),
]
t2 = d.add_table(rows=0, cols=2)
for de, it in rows:
    r = t2.add_row().cells
    for cell, txt in ((r[0], de), (r[1], it)):
        cell.paragraphs[0].text = ""
        center = txt.isupper() or txt.startswith("IL DIRETTORE")
        for i, ln in enumerate(txt.split("\n")):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
            run = p.add_run(ln)
            if center or ln.startswith("Gegenstand") or ln.startswith("Oggetto"): run.bold = True
            p.paragraph_format.space_after = Pt(5)
d.add_paragraph()
s = d.add_table(rows=1, cols=2)
a, b = s.rows[0].cells
a.paragraphs[0].text = ""; b.paragraphs[0].text = ""
par("Der Amtsdirektor", align="c", cell=a, after=0)
par("Dr. Ing. Markus Plattner", align="c", cell=a, after=0)
par("Il Direttore d'ufficio", align="c", cell=b, after=0)
par("dott. ing. Markus Plattner", align="c", cell=b, after=0)
par("(digital signiert – firmato digitalmente)", size=7.5, italic=True, align="c")
d.add_paragraph()
v = d.add_table(rows=1, cols=1); borders(v)
c = v.rows[0].cells[0]; c.paragraphs[0].text = ""
par("Sichtvermerk der Buchhaltung / Visto di regolarità contabile", bold=True, size=9, cell=c, after=2)
par("Zweckbindung / Impegno n. 2026/788 – Kap./Cap. 09.02.1.03.2100 – 38.857,00 €. Sterzing/Vipiteno, 20.04.2026. Der Verantwortliche des Finanzdienstes / Il responsabile del servizio finanziario: Dr. Helga Volgger", size=9, cell=c)
par("Veröffentlicht an der digitalen Amtstafel vom 21.04.2026 für 10 Tage / Pubblicata all'albo digitale dal 21.04.2026 per 10 giorni.", size=8, italic=True)
d.save(out)
