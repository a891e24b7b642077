# Bilingual (German / Italian) Giunta deliberation of a South Tyrolean
# municipality, the two languages side by side in two columns
# (ReportLab platypus; each block a table row: German left, Italian right).
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", FD + "LiberationSans-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LSB"); addMapping("LS", 0, 1, "LSI"); addMapping("LS", 1, 1, "LSB")
N = ParagraphStyle("n", fontName="LS", fontSize=9.3, leading=12, alignment=TA_JUSTIFY)
B = ParagraphStyle("b", parent=N, fontName="LSB")
C = ParagraphStyle("c", parent=N, fontName="LSB", alignment=TA_CENTER, fontSize=10.5, leading=13)
H = ParagraphStyle("h", parent=N, fontName="LSB", alignment=TA_CENTER, fontSize=12, leading=15)
S = ParagraphStyle("s", parent=N, fontSize=8, leading=10, alignment=TA_CENTER)
colw = [8.6 * cm, 8.6 * cm]
story = []
def row(de, it, st=N, space=5):
    t = Table([[Paragraph(de, st), Paragraph(it, st)]], colWidths=colw)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (0, -1), 10), ("LEFTPADDING", (1, 0), (1, -1), 10),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), space), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("LINEAFTER", (0, 0), (0, -1), 0.3, colors.grey)]))
    story.append(t)
def header(canv, doc):
    canv.saveState()
    w, h = A4
    canv.setFont("LSB", 13); canv.drawString(2 * cm, h - 2.0 * cm, "GEMEINDE SAND IN TAUFERS")
    canv.drawRightString(w - 2 * cm, h - 2.0 * cm, "COMUNE DI CAMPO TURES")
    canv.setFont("LS", 8); canv.drawString(2 * cm, h - 2.45 * cm, "Autonome Provinz Bozen - Südtirol")
    canv.drawRightString(w - 2 * cm, h - 2.45 * cm, "Provincia autonoma di Bolzano - Alto Adige")
    canv.setLineWidth(0.8); canv.circle(w / 2, h - 2.15 * cm, 0.55 * cm)
    canv.line(2 * cm, h - 2.85 * cm, w - 2 * cm, h - 2.85 * cm)
    canv.setFont("LS", 7.5)
    canv.drawString(2 * cm, 1.3 * cm, "Beschluss des Gemeindeausschusses Nr. 118 vom 08.04.2026 / Deliberazione della Giunta comunale n. 118 del 08.04.2026")
    canv.drawRightString(w - 2 * cm, 1.3 * cm, "%d" % doc.page)
    canv.restoreState()
story.append(Spacer(1, 4))
row("Beschluss des Gemeindeausschusses", "Deliberazione della Giunta comunale", H, 2)
row("Nr. 118", "n. 118", H, 10)
row("<b>Sitzung vom</b> 08.04.2026 <b>Uhr</b> 17:00", "<b>Seduta del</b> 08.04.2026 <b>ore</b> 17:00", N, 8)
row("Nach Erfüllung der im geltenden Regionalgesetz über die Ordnung der Gemeinden vorgesehenen Formvorschriften wurden für heute, "
    "im üblichen Sitzungssaal die Mitglieder dieses Gemeindeausschusses einberufen.",
    "Previo esaurimento delle formalità prescritte dalla vigente legge regionale sull'ordinamento dei comuni, vennero per oggi "
    "convocati, nella solita sala delle riunioni, i componenti di questa Giunta comunale.", N, 8)
roll = [("Helmut Oberhollenzer", "Bürgermeister / Sindaco", "", ""),
        ("Martina Steger", "Vizebürgermeisterin / Vicesindaca", "", ""),
        ("Florian Niederkofler", "Gemeindereferent / Assessore", "", ""),
        ("Christine Mairhofer", "Gemeindereferentin / Assessora", "", ""),
        ("Walter Reichegger", "Gemeindereferent / Assessore", "X", ""),
        ("Daniel Hofer", "Gemeindereferent / Assessore", "", "")]
SS = ParagraphStyle("ss", parent=N, fontSize=8.3, leading=10)
data = [[Paragraph("<b>Anwesend sind / Sono presenti:</b>", SS), "", Paragraph("<b>entschuldigt abwesend<br/>assente giustificato</b>", SS), Paragraph("<b>unentschuldigt abwesend<br/>assente ingiustificato</b>", SS)]]
for r in roll: data.append([Paragraph(r[0], SS), Paragraph(r[1], SS), r[2], r[3]])
t = Table(data, colWidths=[4.6 * cm, 6.0 * cm, 3.3 * cm, 3.3 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("SPAN", (0, 0), (1, 0)), ("ALIGN", (2, 1), (-1, -1), "CENTER"),
                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (2, 1), (-1, -1), "LSB"), ("FONTSIZE", (2, 1), (-1, -1), 9)]))
story += [t, Spacer(1, 8)]
row("Beistand leistet der Gemeindesekretär, Herr Dr. Stefan Mair.", "Assiste il Segretario comunale, signor Dott. Stefan Mair.", N, 5)
row("Nach Feststellung der Beschlussfähigkeit übernimmt Herr Helmut Oberhollenzer in seiner Eigenschaft als Bürgermeister den Vorsitz "
    "und erklärt die Sitzung für eröffnet. Der Ausschuss behandelt folgenden",
    "Riconosciuto legale il numero degli intervenuti, il signor Helmut Oberhollenzer nella sua qualità di Sindaco assume la presidenza "
    "e dichiara aperta la seduta. La Giunta passa alla trattazione del seguente", N, 8)
row("GEGENSTAND", "OGGETTO", C, 3)
row("<b>Genehmigung des Ausführungsprojektes für die Neugestaltung des Spielplatzes in der Örtlichkeit Mühlen in Taufers – CUP J47H25001230004</b>",
    "<b>Approvazione del progetto esecutivo per la riqualificazione del parco giochi in località Molini di Tures – CUP J47H25001230004</b>", N, 12)
for de, it in [("Nach Einsichtnahme in das Ausführungsprojekt, ausgearbeitet von Arch. Lisa Pircher aus Bruneck, eingereicht am 20.03.2026, Prot. Nr. 3418, mit Gesamtkosten von 248.500,00 Euro;",
                "Visto il progetto esecutivo redatto dall'arch. Lisa Pircher di Brunico, presentato in data 20.03.2026, prot. n. 3418, con una spesa complessiva di euro 248.500,00;"),
               ("Festgestellt, dass das Vorhaben im Dreijahresprogramm der öffentlichen Arbeiten 2026-2028 enthalten ist;",
                "Accertato che l'intervento è previsto nel programma triennale delle opere pubbliche 2026-2028;"),
               ("Nach Einsichtnahme in die positiven Gutachten über die administrative und technische sowie über die buchhalterische Ordnungsmäßigkeit gemäß Art. 185 des Regionalgesetzes vom 3. Mai 2018, Nr. 2;",
                "Visti i pareri favorevoli in ordine alla regolarità tecnico-amministrativa e contabile ai sensi dell'art. 185 della legge regionale 3 maggio 2018, n. 2;"),
               ("Nach Einsichtnahme in den Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol (RG Nr. 2/2018);",
                "Visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige (L.R. n. 2/2018);")]:
    row(de, it)
row("beschließt", "delibera", C, 3)
row("der Gemeindeausschuss einstimmig in gesetzlicher Form:", "la Giunta comunale ad unanimità di voti legalmente espressi:", N, 8)
for i, (de, it) in enumerate([("das Ausführungsprojekt für die Neugestaltung des Spielplatzes in der Örtlichkeit Mühlen in Taufers mit Gesamtkosten von 248.500,00 Euro zu genehmigen;",
                               "di approvare il progetto esecutivo per la riqualificazione del parco giochi in località Molini di Tures, con una spesa complessiva di euro 248.500,00;"),
                              ("die Ausgabe auf dem Kapitel 2.0601.2020 des Haushaltsvoranschlages 2026-2028 zu verbuchen;",
                               "di imputare la spesa al capitolo 2.0601.2020 del bilancio di previsione 2026-2028;"),
                              ("Herrn Geom. Thomas Kirchler zum einzigen Projektverantwortlichen zu ernennen.",
                               "di nominare responsabile unico del progetto il geom. Thomas Kirchler.")], 1):
    row("%d. %s" % (i, de), "%d. %s" % (i, it))
row("Dieser Beschluss wird mit eigener einstimmiger Abstimmung im Sinne des Art. 183 Abs. 4 des RG Nr. 2/2018 für unverzüglich vollstreckbar erklärt.",
    "Con separata votazione unanime la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 183, comma 4, della L.R. n. 2/2018.", N, 8)
row("<i>Gegen diesen Beschluss kann jeder Bürger während des Zeitraumes seiner Veröffentlichung Einspruch beim Gemeindeausschuss erheben. "
    "Innerhalb von 60 Tagen kann beim Regionalen Verwaltungsgericht Bozen Rekurs eingebracht werden.</i>",
    "<i>Avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale durante il periodo di pubblicazione. "
    "Entro 60 giorni può essere presentato ricorso al Tribunale regionale di giustizia amministrativa di Bolzano.</i>", N, 14)
row("Gelesen, genehmigt und unterfertigt", "Letto, confermato e sottoscritto", C, 10)
row("<b>Der Bürgermeister / Il Sindaco</b><br/>Helmut Oberhollenzer<br/><font size=7>(digital signiert / firmato digitalmente)</font>",
    "<b>Der Gemeindesekretär / Il Segretario comunale</b><br/>Dr. Stefan Mair<br/><font size=7>(digital signiert / firmato digitalmente)</font>",
    ParagraphStyle("sig", parent=N, alignment=TA_CENTER), 14)
row("<b>Veröffentlichungsbescheinigung</b><br/>Dieser Beschluss wurde am 10.04.2026 an der digitalen Amtstafel für 10 aufeinanderfolgende Tage veröffentlicht.",
    "<b>Relazione di pubblicazione</b><br/>La presente deliberazione è stata pubblicata all'albo digitale il 10.04.2026 per 10 giorni consecutivi.",
    ParagraphStyle("pub", parent=N, fontSize=8.3, leading=10.5), 4)
doc = SimpleDocTemplate("../deliberazione-campotures-gvcc.pdf", pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=3.3 * cm, bottomMargin=2 * cm,
                        title="Beschluss 118/2026 - Delibera 118/2026", author="Gemeinde Sand in Taufers", creator="GVCC-Beschlüsse / Delibere 3.1")
doc.build(story, onFirstPage=header, onLaterPages=header)
