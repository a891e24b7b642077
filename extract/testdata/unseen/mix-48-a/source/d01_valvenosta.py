# Bezirksgemeinschaft Vinschgau / Comunita' Comprensoriale Val Venosta -
# deliberation of the Giunta comprensoriale, German and Italian side by side in
# a two-column borderless table (Word template), converted with LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1]  # .docx
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(1.8)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.5)
st = doc.styles["Normal"]
st.font.name = "Arial"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
st.font.size = Pt(9.5)
st.paragraph_format.space_after = Pt(3)

# running foot
fp = sec.footer.paragraphs[0]
fp.text = "Beschluss des Bezirksausschusses / Deliberazione della Giunta comprensoriale Nr./n. 87 – 17.03.2026"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.runs[0].font.size = Pt(7.5)


def borders(table, on=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single" if on else "nil")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "808080")
        b.append(el)
    tblPr.append(b)


def cellp(cell, text, bold=False, size=None, align=None, italic=False, first=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


# letterhead
t = doc.add_table(rows=1, cols=2)
borders(t, False)
a, b = t.rows[0].cells
cellp(a, "BEZIRKSGEMEINSCHAFT VINSCHGAU", True, 9.5, first=True)
cellp(a, "Hauptstraße 131 – 39028 Schlanders", size=8)
cellp(b, "COMUNITÀ COMPRENSORIALE VAL VENOSTA", True, 9.5, first=True)
cellp(b, "Via Principale 131 – 39028 Silandro", size=8)
p = doc.add_paragraph("Autonome Provinz Bozen – Südtirol  ·  Provincia autonoma di Bolzano – Alto Adige")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.runs[0].font.size = Pt(7.5)

t = doc.add_table(rows=3, cols=2)
borders(t, True)
rows = [
    ("BESCHLUSS DES BEZIRKSAUSSCHUSSES", "DELIBERAZIONE DELLA GIUNTA COMPRENSORIALE"),
    ("Nr. 87", "n. 87"),
    ("Sitzung vom 17.03.2026 – Uhr 14:30", "Seduta del 17.03.2026 – ore 14:30"),
]
for i, (de, it) in enumerate(rows):
    cellp(t.rows[i].cells[0], de, True, 10.5 if i == 0 else 10, "c", first=True)
    cellp(t.rows[i].cells[1], it, True, 10.5 if i == 0 else 10, "c", first=True)

doc.add_paragraph()
t = doc.add_table(rows=1, cols=2)
borders(t, False)
a, b = t.rows[0].cells
cellp(a, "Gegenstand:", True, first=True)
cellp(a, "Radweg Vinschgau, Abschnitt Latsch – Kastelbell-Tschars: Genehmigung des Ausführungsprojektes für die außerordentliche Instandhaltung und Zweckbestimmung der Ausgabe. CUP I51B25000870003", True, align="j")
cellp(b, "Oggetto:", True, first=True)
cellp(b, "Pista ciclabile Val Venosta, tratto Laces – Castelbello-Ciardes: approvazione del progetto esecutivo per la manutenzione straordinaria e destinazione della spesa. CUP I51B25000870003", True, align="j")

doc.add_paragraph()
p = doc.add_paragraph()
r = p.add_run("Anwesend sind / Sono presenti:")
r.bold = True
roll = [
    ("KOFLER DIETER", "Präsident", "Presidente", "X", ""),
    ("PATSCHEIDER MONIKA", "Vizepräsidentin", "Vicepresidente", "X", ""),
    ("GANDER ALOIS", "Mitglied", "Assessore", "", "X"),
    ("RAFFEINER KARL", "Mitglied", "Assessore", "X", ""),
    ("STECHER VERENA", "Mitglied", "Assessore", "X", ""),
    ("WIELANDER PAUL", "Mitglied", "Assessore", "X", ""),
]
t = doc.add_table(rows=1 + len(roll), cols=5)
borders(t, True)
hdr = ["Name / Nome", "Funktion", "Carica", "anw. / pres.", "abw. / ass."]
for j, h in enumerate(hdr):
    cellp(t.rows[0].cells[j], h, True, 8.5, "c" if j > 2 else None, first=True)
for i, row in enumerate(roll, 1):
    for j, v in enumerate(row):
        cellp(t.rows[i].cells[j], v, False, 9, "c" if j > 2 else None, first=True)
t.autofit = False
for i, w in enumerate([Cm(5.6), Cm(3.4), Cm(3.4), Cm(2.5), Cm(2.5)]):
    t.columns[i].width = w
    for row in t.rows:
        row.cells[i].width = w

doc.add_paragraph()
L = [
    ("Den Vorsitz führt der Präsident Dieter Kofler. An der Sitzung nimmt der Generalsekretär Dr. Martin Hofer teil, der das Protokoll verfasst. Nach Feststellung der Beschlussfähigkeit eröffnet der Vorsitzende die Sitzung.",
     "Presiede il Presidente Dieter Kofler. Assiste il Segretario generale dott. Martin Hofer, che redige il verbale. Constatato il numero legale, il Presidente dichiara aperta la seduta."),
    ("DER BEZIRKSAUSSCHUSS", "LA GIUNTA COMPRENSORIALE"),
    ("Nach Einsichtnahme in den Beschluss des Bezirksausschusses Nr. 212 vom 11.11.2025, mit dem das Projekt über die technische und wirtschaftliche Machbarkeit genehmigt wurde;",
     "Vista la deliberazione della Giunta comprensoriale n. 212 dell'11.11.2025, con la quale è stato approvato il progetto di fattibilità tecnico-economica;"),
    ("Nach Einsichtnahme in das von Ing. Hannes Tappeiner ausgearbeitete Ausführungsprojekt vom 20.02.2026 mit einem Gesamtbetrag von 684.500,00 Euro, davon 512.000,00 Euro für Arbeiten;",
     "Visto il progetto esecutivo redatto dall'ing. Hannes Tappeiner in data 20.02.2026, per un importo complessivo di 684.500,00 euro, di cui 512.000,00 euro per lavori;"),
    ("Nach Einsicht in den Prüfbericht gemäß Art. 42 des GvD Nr. 36/2023 vom 05.03.2026;",
     "Visto il rapporto di verifica ai sensi dell'art. 42 del d.lgs. n. 36/2023 del 05.03.2026;"),
    ("Nach Einsicht in die gemäß Art. 185 des Regionalgesetzes vom 3. Mai 2018, Nr. 2 erteilten positiven Gutachten;",
     "Visti i pareri favorevoli espressi ai sensi dell'art. 185 della legge regionale 3 maggio 2018, n. 2;"),
    ("beschließt einstimmig durch Handerheben:", "con voti unanimi espressi per alzata di mano"),
    ("", "delibera:"),
    ("1. das Ausführungsprojekt laut Prämissen zu genehmigen;", "1. di approvare il progetto esecutivo di cui in premessa;"),
    ("2. die Ausgabe von 684.500,00 Euro auf Kapitel 10052.02.0200 des Haushaltsvoranschlages 2026-2028 zweckzubestimmen;",
     "2. di destinare la spesa di 684.500,00 euro al capitolo 10052.02.0200 del bilancio di previsione 2026-2028;"),
    ("3. Ing. Walter Stecher als Verfahrensverantwortlichen (RUP) zu bestätigen;",
     "3. di confermare l'ing. Walter Stecher quale responsabile unico del progetto (RUP);"),
    ("4. diesen Beschluss gemäß Art. 183 Abs. 4 des Regionalgesetzes Nr. 2/2018 für unverzüglich vollstreckbar zu erklären.",
     "4. di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell'art. 183, comma 4, della legge regionale n. 2/2018."),
    ("Gegen diesen Beschluss kann jeder Bürger innerhalb der Veröffentlichungsfrist von 10 Tagen beim Bezirksausschuss Einspruch erheben.",
     "Avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comprensoriale entro il periodo di pubblicazione di 10 giorni."),
]
t = doc.add_table(rows=len(L), cols=2)
borders(t, False)
for i, (de, it) in enumerate(L):
    bold = de.isupper() or it.startswith("delibera") or it.startswith("con voti")
    cellp(t.rows[i].cells[0], de, bold, align=None if bold else "j", first=True)
    cellp(t.rows[i].cells[1], it, bold, align=None if bold else "j", first=True)

doc.add_paragraph()
t = doc.add_table(rows=1, cols=2)
borders(t, False)
a, b = t.rows[0].cells
cellp(a, "Der Präsident / Il Presidente", True, first=True)
cellp(a, "Dieter Kofler")
cellp(a, "digital signiert / firmato digitalmente", size=7.5, italic=True)
cellp(b, "Der Generalsekretär / Il Segretario generale", True, first=True)
cellp(b, "Dr. Martin Hofer")
cellp(b, "digital signiert / firmato digitalmente", size=7.5, italic=True)

doc.add_paragraph()
t = doc.add_table(rows=1, cols=1)
borders(t, True)
c = t.rows[0].cells[0]
cellp(c, "VERÖFFENTLICHUNGSBESTÄTIGUNG / REFERTO DI PUBBLICAZIONE", True, 8.5, first=True)
cellp(c, "Dieser Beschluss wird an der digitalen Amtstafel vom 19.03.2026 für 10 aufeinander folgende Tage veröffentlicht. / La presente deliberazione viene pubblicata all'albo digitale dal 19.03.2026 per 10 giorni consecutivi.", size=8)
doc.save(OUT)
