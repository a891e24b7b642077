# Gemeinde Algund / Comune di Lagundo - Beschluss des Gemeindeausschusses /
# deliberazione della Giunta comunale, German | Italian side by side.
# Written as .docx with python-docx, exported by LibreOffice Writer.
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(1.8)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.6)
st = doc.styles["Normal"]
st.font.name = "Liberation Sans"; st.font.size = Pt(9.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.paragraph_format.space_after = Pt(3)

def borders(table, on=True):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single" if on else "nil")
        el.set(qn("w:sz"), "4"); el.set(qn("w:color"), "808080")
        b.append(el)
    pr.append(b)

CUR = [None]
def para(cell_or_doc, text, bold=False, size=None, align=None, italic=False, after=None):
    if cell_or_doc is doc: CUR[0] = None
    p = cell_or_doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def two(de, it, bold=False, size=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4):
    if CUR[0] is None:
        t = doc.add_table(rows=1, cols=2); borders(t, False); t.autofit = False
        for col in t.columns: col.width = Cm(8.7)
        CUR[0] = t; row = t.rows[0]
    else:
        t = CUR[0]; row = t.add_row()
    for c, txt in zip(row.cells, (de, it)):
        c.width = Cm(8.7)
        c.paragraphs[0].text = ""
        r = c.paragraphs[0].add_run(txt); r.bold = bold
        if size: r.font.size = Pt(size)
        c.paragraphs[0].alignment = align
        c.paragraphs[0].paragraph_format.space_after = Pt(after)
    return t

# header
h = doc.add_table(rows=1, cols=3); borders(h, False); h.autofit = False
for i, w in enumerate((Cm(7.6), Cm(2.2), Cm(7.6))): h.columns[i].width = w
c = h.rows[0].cells
c[0].paragraphs[0].add_run("GEMEINDE ALGUND").bold = True
para(c[0], "Autonome Provinz Bozen – Südtirol", size=8)
c[1].paragraphs[0].add_run("❖").font.size = Pt(20)
c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
c[2].paragraphs[0].add_run("COMUNE DI LAGUNDO").bold = True
c[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
para(c[2], "Provincia autonoma di Bolzano – Alto Adige", size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
para(doc, "", after=2)
CUR[0] = None
two("ABSCHRIFT", "COPIA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
two("Beschluss des Gemeindeausschusses", "Deliberazione della Giunta comunale",
    bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
two("Nr. 84", "n. 84", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
two("Sitzung vom 17.03.2026 – Uhr 17:30", "Seduta del 17.03.2026 – ore 17:30",
    align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
two("Nach Erfüllung der im geltenden Regionalgesetz über die Ordnung der Gemeinden "
    "enthaltenen Formvorschriften wurden für heute, im üblichen Sitzungssaal, die "
    "Mitglieder dieses Gemeindeausschusses einberufen.",
    "Previo esaurimento delle formalità prescritte dalla vigente Legge regionale "
    "sull'ordinamento dei comuni, vennero per oggi convocati, nella solita sala delle "
    "adunanze, i componenti di questa Giunta comunale.")

roll = [("HOFER ULRICH", "Bürgermeister – Sindaco", ""),
        ("PIRCHER MARIA THERESIA", "Vizebürgermeisterin – Vicesindaca", ""),
        ("GAMPER ANDREAS", "Gemeindereferent – Assessore", ""),
        ("ROSSI DAVIDE", "Gemeindereferent – Assessore", "X"),
        ("KOFLER SABINE", "Gemeindereferentin – Assessora", ""),
        ("TSCHENETT MARKUS", "Gemeindereferent – Assessore", "")]
para(doc, "", after=0, size=4)
t = doc.add_table(rows=1 + len(roll), cols=4); borders(t, True); t.autofit = False
for i, w in enumerate((Cm(5.4), Cm(6.0), Cm(2.9), Cm(2.9))): t.columns[i].width = w
t.alignment = WD_TABLE_ALIGNMENT.CENTER
hd = ["Anwesend sind – Sono presenti", "", "Abwesend entschuldigt\nAssente giustificato",
      "Abwesend unentschuldigt\nAssente ingiustificato"]
for i, x in enumerate(hd):
    t.rows[0].cells[i].paragraphs[0].add_run(x).bold = True
    t.rows[0].cells[i].paragraphs[0].runs[0].font.size = Pt(8)
for r, (n, ro, a) in enumerate(roll, 1):
    vals = [n, ro, a, ""]
    for i, x in enumerate(vals):
        t.rows[r].cells[i].paragraphs[0].text = x
        if i >= 2: t.rows[r].cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for row in t.rows:
    for i, w in enumerate((Cm(5.4), Cm(6.0), Cm(2.9), Cm(2.9))):
        row.cells[i].width = w
para(doc, "", after=2)
two("Seinen Beistand leistet der Gemeindesekretär, Herr Dr. Stefan Mair.",
    "Assiste il Segretario comunale, signor dott. Stefan Mair.")
two("Nach Feststellung der Beschlussfähigkeit übernimmt Herr Ulrich Hofer in seiner "
    "Eigenschaft als Bürgermeister den Vorsitz und erklärt die Sitzung für eröffnet. "
    "Der Ausschuss behandelt folgenden",
    "Riconosciuto legale il numero degli intervenuti, il signor Ulrich Hofer nella sua "
    "qualità di Sindaco assume la presidenza e dichiara aperta la seduta. La Giunta "
    "passa alla trattazione del seguente")
# subject, full width, one under the other
CUR[0] = None
p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(6)
r = p.add_run("GEGENSTAND: "); r.bold = True
p.add_run("Genehmigung des Ausführungsprojektes für die Neugestaltung des Spielplatzes "
          "in der Peter-Thalguter-Straße und Zweckbindung der Ausgabe – CUP H31B25000980004").bold = True
CUR[0] = None
p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(8)
r = p.add_run("OGGETTO: "); r.bold = True
SUBJ = ("Approvazione del progetto esecutivo per la riqualificazione del parco giochi in "
        "via Peter Thalguter e impegno di spesa – CUP H31B25000980004")
p.add_run(SUBJ).bold = True

two("Nach Einsichtnahme in den Beschluss des Gemeindeausschusses Nr. 212 vom 21.10.2025, "
    "mit welchem das Projekt der technischen und wirtschaftlichen Machbarkeit genehmigt "
    "worden ist;",
    "Vista la deliberazione della Giunta comunale n. 212 del 21.10.2025, con la quale è "
    "stato approvato il progetto di fattibilità tecnico-economica;")
two("Nach Einsichtnahme in das von Arch. Lukas Waldner aus Meran ausgearbeitete "
    "Ausführungsprojekt vom 26.02.2026, mit einem Gesamtbetrag von 148.600,00 Euro, "
    "davon 112.400,00 Euro für Arbeiten und 36.200,00 Euro zur Verfügung der Verwaltung;",
    "Visto il progetto esecutivo redatto dall'arch. Lukas Waldner di Merano in data "
    "26.02.2026, dell'importo complessivo di euro 148.600,00, di cui euro 112.400,00 per "
    "lavori ed euro 36.200,00 a disposizione dell'Amministrazione;")
two("Nach Einsichtnahme in die gemäß Art. 185 des RG vom 03.05.2018, Nr. 2 abgegebenen "
    "positiven Gutachten in fachlicher und buchhalterischer Hinsicht;",
    "Visti i pareri favorevoli espressi in ordine alla regolarità tecnico-amministrativa "
    "e contabile ai sensi dell'art. 185 della L.R. 03.05.2018, n. 2;")
two("beschließt", "delibera", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
two("DER GEMEINDEAUSSCHUSS\neinstimmig, in gesetzlicher Form durch Handerheben,",
    "LA GIUNTA COMUNALE\nad unanimità di voti legalmente espressi per alzata di mano,",
    align=WD_ALIGN_PARAGRAPH.CENTER)
pts = [("das Ausführungsprojekt für die Neugestaltung des Spielplatzes in der "
        "Peter-Thalguter-Straße im Gesamtbetrag von 148.600,00 Euro zu genehmigen;",
        "di approvare il progetto esecutivo per la riqualificazione del parco giochi in via "
        "Peter Thalguter dell'importo complessivo di euro 148.600,00;"),
       ("die Ausgabe von 148.600,00 Euro auf Kapitel 20910.01 des Haushaltsvoranschlages "
        "2026-2028, Jahr 2026, zweckzubinden;",
        "di impegnare la spesa di euro 148.600,00 al capitolo 20910.01 del bilancio di "
        "previsione 2026-2028, esercizio 2026;"),
       ("festzuhalten, dass die Ausgabe zu 60 % durch den Beitrag der Autonomen Provinz "
        "Bozen gedeckt ist;",
        "di dare atto che la spesa è coperta per il 60 % dal contributo della Provincia "
        "autonoma di Bolzano;"),
       ("Ing. Peter Kuen zum Verfahrensverantwortlichen zu ernennen.",
        "di nominare responsabile unico del progetto l'ing. Peter Kuen.")]
for i, (de, it) in enumerate(pts, 1):
    two("%d. %s" % (i, de), "%d. %s" % (i, it))
two("Mit getrennter, einstimmiger Abstimmung wird dieser Beschluss im Sinne des Art. 183 "
    "Abs. 4 des RG Nr. 2/2018 für unverzüglich vollstreckbar erklärt.",
    "Con separata votazione unanime la presente deliberazione viene dichiarata "
    "immediatamente eseguibile ai sensi dell'art. 183, comma 4, della L.R. n. 2/2018.")
two("Gegen diesen Beschluss kann jeder Bürger während des Zeitraumes seiner "
    "Veröffentlichung beim Gemeindeausschuss Einspruch erheben und innerhalb von 60 "
    "Tagen Rekurs beim Regionalen Verwaltungsgericht, Autonome Sektion Bozen, einbringen.",
    "Avverso la presente deliberazione ogni cittadino può, entro il periodo di "
    "pubblicazione, presentare alla Giunta comunale opposizione ed entro 60 giorni "
    "ricorso al Tribunale Regionale di Giustizia Amministrativa, Sezione autonoma di Bolzano.")
para(doc, "Gelesen, genehmigt und unterzeichnet – Letto, confermato e sottoscritto",
     italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
two("Der Bürgermeister – Il Sindaco\nUlrich Hofer\n(digital signiert – firmato digitalmente)",
    "Der Gemeindesekretär – Il Segretario comunale\nDr. Stefan Mair\n"
    "(digital signiert – firmato digitalmente)", align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
para(doc, "", after=0, size=4)
pb = doc.add_table(rows=1, cols=1); borders(pb, True)
pb.rows[0].cells[0].paragraphs[0].add_run(
    "Veröffentlichungsbestätigung – Referto di pubblicazione").bold = True
para(pb.rows[0].cells[0],
     "Dieser Beschluss wird an der digitalen Amtstafel der Gemeinde vom 19.03.2026 für "
     "zehn aufeinanderfolgende Tage veröffentlicht. – La presente deliberazione viene "
     "pubblicata all'albo pretorio digitale del Comune dal 19.03.2026 per dieci giorni "
     "consecutivi.", size=8.5)
# footer
f = sec.footer.paragraphs[0]
f.text = ("Gemeinde Algund – Comune di Lagundo · Hans-Gamper-Platz 1 – Piazza Hans Gamper 1 · "
          "39022 Algund/Lagundo · Beschluss/Deliberazione GA/GC Nr./n. 84/2026")
f.runs[0].font.size = Pt(7); f.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.save("lagundo.docx")
