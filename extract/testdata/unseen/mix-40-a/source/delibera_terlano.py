# Gemeinde Terlan / Comune di Terlano - Beschluss des Gemeinderates / Deliberazione del Consiglio comunale
# German left, Italian right, paragraph by paragraph (reportlab platypus, Liberation Sans)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", F + "LiberationSans-Italic.ttf"))

out = sys.argv[1]
st = ParagraphStyle("b", fontName="LS", fontSize=9, leading=11.5, alignment=4)
stb = ParagraphStyle("bb", parent=st, fontName="LSB")
stc = ParagraphStyle("c", parent=st, alignment=1)
stcb = ParagraphStyle("cb", parent=stc, fontName="LSB", fontSize=10.5, leading=13)
small = ParagraphStyle("s", parent=st, fontSize=8, leading=10)


def pair(de, it, style=st):
    return [Paragraph(de, style), Paragraph(it, style)]


def two(rows, pad=3):
    t = Table(rows, colWidths=[88 * mm, 88 * mm])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("LINEAFTER", (0, 0), (0, -1), 0.3, colors.grey),
    ]))
    return t


def header(c, doc):
    c.saveState()
    c.setFont("LSB", 13)
    c.drawCentredString(105 * mm, 282 * mm, "GEMEINDE TERLAN          COMUNE DI TERLANO")
    c.setFont("LS", 8)
    c.drawCentredString(105 * mm, 277 * mm,
                        "Autonome Provinz Bozen - Südtirol          Provincia autonoma di Bolzano - Alto Adige")
    c.setLineWidth(0.6)
    c.line(17 * mm, 274 * mm, 193 * mm, 274 * mm)
    c.setFont("LS", 7)
    c.drawString(17 * mm, 10 * mm, "Beschluss des Gemeinderates / Deliberazione del Consiglio comunale Nr./n. 14 vom/del 24.03.2026")
    c.drawRightString(193 * mm, 10 * mm, "Seite / pagina %d" % doc.page)
    c.restoreState()


story = []
story.append(two([
    [Paragraph("BESCHLUSS DES GEMEINDERATES", stcb), Paragraph("DELIBERAZIONE DEL CONSIGLIO COMUNALE", stcb)],
    [Paragraph("Nr. 14", stcb), Paragraph("n. 14", stcb)],
    pair("Sitzung vom 24.03.2026 - Uhr 19:00", "Seduta del 24.03.2026 - ore 19:00", stc),
]))
story.append(Spacer(1, 3 * mm))
story.append(two([
    pair("Nach Erfüllung der im geltenden Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol "
         "enthaltenen Formvorschriften wurde für heute, im üblichen Sitzungssaal, der Gemeinderat einberufen.",
         "Previo esaurimento delle formalità prescritte dal vigente Codice degli enti locali della Regione autonoma "
         "Trentino-Alto Adige, per oggi, nella solita sala delle riunioni, è stato convocato il Consiglio comunale."),
]))
story.append(Spacer(1, 2 * mm))

roll = [
    ("Gruber Andreas", "Bürgermeister / Sindaco", "X", ""),
    ("Pichler Martina", "Vizebürgermeisterin / Vicesindaca", "X", ""),
    ("Dalla Torre Marco", "Gemeindereferent / Assessore", "X", ""),
    ("Unterhofer Lukas", "Gemeindereferent / Assessore", "X", ""),
    ("Egger Sabine", "Gemeindereferentin / Assessora", "X", ""),
    ("Thaler Florian", "Gemeinderat / Consigliere", "X", ""),
    ("Ladurner Verena", "Gemeinderätin / Consigliera", "", "e/g"),
    ("Kaserer Thomas", "Gemeinderat / Consigliere", "X", ""),
    ("Fink Manuela", "Gemeinderätin / Consigliera", "X", ""),
    ("Zöggeler Peter", "Gemeinderat / Consigliere", "", "u/i"),
    ("Bertagnolli Stefano", "Gemeinderat / Consigliere", "X", ""),
    ("Höller Elisabeth", "Gemeinderätin / Consigliera", "X", ""),
    ("Oberhofer Martin", "Gemeinderat / Consigliere", "X", ""),
    ("Waldner Judith", "Gemeinderätin / Consigliera", "X", ""),
    ("Plattner Georg", "Gemeinderat / Consigliere", "X", ""),
    ("Schwienbacher Anna", "Gemeinderätin / Consigliera", "X", ""),
    ("Moser Christian", "Gemeinderat / Consigliere", "X", ""),
    ("Ferrari Luca", "Gemeinderat / Consigliere", "X", ""),
]
hd = ParagraphStyle("h", parent=small, fontName="LSB", alignment=1)
rows = [[Paragraph("Name und Vorname<br/>Cognome e nome", hd), Paragraph("Amt<br/>Carica", hd),
         Paragraph("anwesend<br/>presente", hd), Paragraph("abwesend<br/>assente", hd)]]
for n, r, p, a in roll:
    rows.append([Paragraph(n, small), Paragraph(r, small), p, a])
t = Table(rows, colWidths=[52 * mm, 70 * mm, 24 * mm, 24 * mm], repeatRows=1)
t.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
    ("FONT", (2, 1), (-1, -1), "LS", 8), ("ALIGN", (2, 1), (-1, -1), "CENTER"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
    ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
]))
story.append(t)
story.append(Paragraph("e = entschuldigt / g = giustificato - u = unentschuldigt / i = ingiustificato", small))
story.append(Spacer(1, 3 * mm))
story.append(two([
    pair("Den Vorsitz führt der Bürgermeister <b>Andreas Gruber</b>. Seiner Amtspflicht als Schriftführer obliegt "
         "der Gemeindesekretär <b>Dr. Michael Stuefer</b>. Nach Feststellung der Beschlussfähigkeit eröffnet der "
         "Vorsitzende die Sitzung und der Gemeinderat behandelt folgenden",
         "Presiede il Sindaco <b>Andreas Gruber</b>. Assiste il Segretario comunale <b>dott. Michael Stuefer</b> "
         "con funzioni di verbalizzante. Constatato il numero legale degli intervenuti, il Presidente dichiara aperta "
         "la seduta e il Consiglio comunale passa alla trattazione del seguente"),
    [Paragraph("GEGENSTAND:", stb), Paragraph("OGGETTO:", stb)],
    pair("<b>ÄNDERUNG DER GEMEINDEVERORDNUNG ÜBER DIE GEMEINDEIMMOBILIENSTEUER (GIS) - ANPASSUNG DER STEUERSÄTZE "
         "UND FREIBETRÄGE FÜR DAS JAHR 2026</b>",
         "<b>MODIFICA DEL REGOLAMENTO COMUNALE SULL'IMPOSTA MUNICIPALE IMMOBILIARE (IMI) - ADEGUAMENTO DELLE "
         "ALIQUOTE E DELLE DETRAZIONI PER L'ANNO 2026</b>"),
]))
story.append(Spacer(1, 3 * mm))
body = [
    ("Nach Einsichtnahme in das Landesgesetz vom 23. April 2014, Nr. 3, betreffend die Einführung der "
     "Gemeindeimmobiliensteuer (GIS), in geltender Fassung;",
     "Vista la legge provinciale 23 aprile 2014, n. 3, concernente l'istituzione dell'imposta municipale "
     "immobiliare (IMI), nel testo vigente;"),
    ("Nach Einsichtnahme in die mit Beschluss des Gemeinderates Nr. 5 vom 28.02.2024 genehmigte "
     "Gemeindeverordnung über die Gemeindeimmobiliensteuer;",
     "Visto il regolamento comunale sull'imposta municipale immobiliare approvato con deliberazione del "
     "Consiglio comunale n. 5 del 28.02.2024;"),
    ("Festgestellt, dass es angebracht ist, den Steuersatz für die Wohnungen, die zur Verfügung gehalten werden, "
     "zu erhöhen und den Freibetrag für die Hauptwohnung beizubehalten;",
     "Ritenuto opportuno aumentare l'aliquota per le abitazioni tenute a disposizione e mantenere la detrazione "
     "per l'abitazione principale;"),
    ("Nach Einsichtnahme in die positiven Gutachten im Sinne von Art. 185 des Kodex der örtlichen Körperschaften, "
     "genehmigt mit Regionalgesetz vom 3. Mai 2018, Nr. 2;",
     "Visti i pareri favorevoli espressi ai sensi dell'art. 185 del Codice degli enti locali, approvato con "
     "legge regionale 3 maggio 2018, n. 2;"),
    ("Nach Einsichtnahme in das Gutachten des Rechnungsprüfers vom 16.03.2026;",
     "Visto il parere del revisore dei conti del 16.03.2026;"),
    ("mit 14 Jastimmen und 2 Enthaltungen, ausgedrückt durch Handerheben von den 16 anwesenden Ratsmitgliedern,",
     "con 14 voti favorevoli e 2 astensioni, espressi per alzata di mano dai 16 consiglieri presenti,"),
]
story.append(two([pair(a, b) for a, b in body]))
story.append(two([[Paragraph("beschließt", stcb), Paragraph("delibera", stcb)]]))
pts = [
    ("die Gemeindeverordnung über die Gemeindeimmobiliensteuer (GIS) gemäß beiliegender Anlage A abzuändern;",
     "di modificare il regolamento comunale sull'imposta municipale immobiliare (IMI) secondo l'allegato A;"),
    ("den ordentlichen Steuersatz für das Jahr 2026 mit 0,76 Prozent festzulegen;",
     "di fissare per l'anno 2026 l'aliquota ordinaria nella misura dello 0,76 per cento;"),
    ("für die zur Verfügung gehaltenen Wohnungen den Steuersatz von 1,20 Prozent festzulegen;",
     "di fissare l'aliquota dell'1,20 per cento per le abitazioni tenute a disposizione;"),
    ("den Freibetrag für die Hauptwohnung mit 1.040,00 Euro zu bestätigen;",
     "di confermare la detrazione per l'abitazione principale in euro 1.040,00;"),
    ("diesen Beschluss dem Ministerium für Wirtschaft und Finanzen telematisch zu übermitteln.",
     "di trasmettere la presente deliberazione al Ministero dell'economia e delle finanze in via telematica."),
]
story.append(two([pair("%d. %s" % (i + 1, a), "%d. %s" % (i + 1, b)) for i, (a, b) in enumerate(pts)]))
story.append(Spacer(1, 2 * mm))
story.append(two([
    pair("Mit getrennter Abstimmung und mit 14 Jastimmen und 2 Enthaltungen wird dieser Beschluss im Sinne von "
         "Art. 183, Absatz 4, des Regionalgesetzes vom 3. Mai 2018, Nr. 2, für unverzüglich vollziehbar erklärt.",
         "Con separata votazione, con 14 voti favorevoli e 2 astensioni, la presente deliberazione è dichiarata "
         "immediatamente eseguibile ai sensi dell'art. 183, comma 4, della legge regionale 3 maggio 2018, n. 2."),
    pair("<i>Gegen diesen Beschluss kann jeder Bürger während des Zeitraumes der Veröffentlichung Einspruch beim "
         "Gemeindeausschuss erheben.</i>",
         "<i>Avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale "
         "entro il periodo di pubblicazione.</i>"),
]))
story.append(Spacer(1, 8 * mm))
sig = Table([
    ["Der Bürgermeister - Il Sindaco", "Der Gemeindesekretär - Il Segretario comunale"],
    ["Andreas Gruber", "Dr. Michael Stuefer"],
    ["(digital signiert - firmato digitalmente)", "(digital signiert - firmato digitalmente)"],
], colWidths=[88 * mm, 88 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.5), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                         ("FONT", (0, 1), (-1, 1), "LSB", 9)]))
story.append(sig)

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=17 * mm, rightMargin=17 * mm, topMargin=28 * mm,
                        bottomMargin=18 * mm, title="Beschluss GR 14/2026 - Delibera CC 14/2026",
                        author="Gemeinde Terlan - Comune di Terlano", creator="SIAG - Gemeinde Beschlüsse / Delibere")
doc.build(story, onFirstPage=header, onLaterPages=header)
