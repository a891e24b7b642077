# Gemeinde Prad am Stilfserjoch / Comune di Prato allo Stelvio - Giunta deliberation, DE|IT side by side.
# The Italian column is drawn glyph by glyph (one Tj per character), as some bilingual generators do.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Beschluss GA 74/2026 - Delibera GC 74/2026")
c.setCreator("SIAG Gemeindeverwaltung - Beschlussverwaltung")
c.setProducer("SIAG Reporting Engine 4.2")
LX, RX, CW = 50, 307, 238

def wrap(text, font, size, width):
    words = text.split(); lines = []; cur = ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width: cur = t
        else: lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines

def glyphs(x, y, s, font, size):
    c.setFont(font, size)
    for ch in s:
        c.drawString(x, y, ch)
        x += stringWidth(ch, font, size)

def para(x, y, text, font="Helvetica", size=9, lead=11.5, glyph=False):
    for ln in wrap(text, font, size, CW):
        if glyph: glyphs(x, y, ln, font, size)
        else:
            c.setFont(font, size); c.drawString(x, y, ln)
        y -= lead
    return y

def pair(y, de, it, font="Helvetica", size=9, lead=11.5, gap=5):
    y1 = para(LX, y, de, font, size, lead)
    y2 = para(RX, y, it, font, size, lead, glyph=True)
    return min(y1, y2) - gap

def header():
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(LX + CW/2, H-60, "GEMEINDE PRAD AM STILFSERJOCH")
    glyphs(RX + (CW - stringWidth("COMUNE DI PRATO ALLO STELVIO","Helvetica-Bold",11))/2, H-60, "COMUNE DI PRATO ALLO STELVIO", "Helvetica-Bold", 11)
    c.setFont("Helvetica", 8)
    c.drawCentredString(LX + CW/2, H-72, "Autonome Provinz Bozen - Südtirol")
    glyphs(RX + (CW - stringWidth("Provincia Autonoma di Bolzano - Alto Adige","Helvetica",8))/2, H-72, "Provincia Autonoma di Bolzano - Alto Adige", "Helvetica", 8)
    c.setLineWidth(0.6); c.circle(W/2, H-64, 14)
    c.setFont("Helvetica", 5); c.drawCentredString(W/2, H-66, "WAPPEN")
    c.line(LX, H-84, W-50, H-84)

header()
y = H-108
y = pair(y, "BESCHLUSS DES GEMEINDEAUSSCHUSSES", "DELIBERAZIONE DELLA GIUNTA COMUNALE", "Helvetica-Bold", 11, 13, 2)
y = pair(y, "Nr. 74", "n. 74", "Helvetica-Bold", 11, 13, 8)
y = pair(y, "Sitzung vom 10.03.2026 - Uhr 17:30", "Seduta del 10.03.2026 - ore 17:30", "Helvetica", 9.5, 12, 8)
y = pair(y, "Nach Erfüllung der im geltenden Regionalgesetz über die Gemeindeordnung enthaltenen Formvorschriften wurden für heute, im üblichen Sitzungssaal, die Mitglieder dieses Gemeindeausschusses einberufen.",
            "Previo esaurimento delle formalità prescritte dalla vigente legge regionale sull'ordinamento dei comuni, vennero per oggi convocati, nella solita sala delle riunioni, i componenti di questa Giunta comunale.")
y = pair(y, "Anwesend sind:", "Sono presenti:", "Helvetica-Bold", 9, 12, 3)
# roll table
cols = [LX, LX+165, LX+300, LX+362, LX+427, W-50]
hdr = [("Name", "Nome"), ("Amt", "Carica"), ("anw.", "pres."), ("abw. entsch.", "ass. giust."), ("abw. unentsch.", "ass. ingiust.")]
rows = [("WALLNÖFER Hanspeter", "Bürgermeister", "Sindaco", 2),
        ("TAPPEINER Martina", "Vizebürgermeisterin", "Vicesindaca", 2),
        ("PINGGERA Klaus", "Gemeindereferent", "Assessore", 2),
        ("KOFLER Sonja", "Gemeindereferentin", "Assessora", 3),
        ("THÖNI Michael", "Gemeindereferent", "Assessore", 2)]
top = y + 4; rh = 22
c.setLineWidth(0.5)
c.rect(cols[0], top - rh*(len(rows)+1), cols[-1]-cols[0], rh*(len(rows)+1))
for i in range(1, len(rows)+1): c.line(cols[0], top - rh*i, cols[-1], top - rh*i)
for x in cols[1:-1]: c.line(x, top, x, top - rh*(len(rows)+1))
for i, (d, it) in enumerate(hdr):
    c.setFont("Helvetica-Bold", 7.5); c.drawString(cols[i]+3, top-9, d)
    glyphs(cols[i]+3, top-18, it, "Helvetica-Oblique", 7.5)
for r, (name, de, it, mark) in enumerate(rows):
    yy = top - rh*(r+1)
    c.setFont("Helvetica", 8.5); c.drawString(cols[0]+3, yy-13, name)
    c.setFont("Helvetica", 7.5); c.drawString(cols[1]+3, yy-9, de)
    glyphs(cols[1]+3, yy-18, it, "Helvetica-Oblique", 7.5)
    c.setFont("Helvetica-Bold", 9); c.drawCentredString((cols[mark]+cols[mark+1])/2, yy-13, "X")
y = top - rh*(len(rows)+1) - 16
y = pair(y, "Seinen Beistand leistet der Gemeindesekretär Dr. Georg Fliri.",
            "Assiste il Segretario comunale dott. Georg Fliri.")
y = pair(y, "Nach Feststellung der Beschlussfähigkeit übernimmt Herr Hanspeter Wallnöfer in seiner Eigenschaft als Bürgermeister den Vorsitz und erklärt die Sitzung für eröffnet. Der Gemeindeausschuss behandelt folgenden",
            "Riconosciuto legale il numero degli intervenuti, il signor Hanspeter Wallnöfer nella sua qualità di Sindaco assume la presidenza e dichiara aperta la seduta. La Giunta comunale passa alla trattazione del seguente", gap=8)
y = pair(y, "GEGENSTAND", "OGGETTO", "Helvetica-Bold", 10, 13, 3)
y = pair(y, "Genehmigung des Ausführungsprojektes für die Sanierung der Trinkwasserleitung in der Kiefernhainstraße - CUP J37H25001230004",
            "Approvazione del progetto esecutivo per il risanamento della condotta idrica potabile in via Pineta - CUP J37H25001230004", "Helvetica-Bold", 9.5, 12, 8)
c.setFont("Helvetica", 7); c.drawString(LX, 40, "Beschluss / Delibera GA/GC Nr./n. 74 vom/del 10.03.2026"); c.drawRightString(W-50, 40, "Seite / pagina 1/2")
c.showPage()
header()
y = H-108
y = pair(y, "DER GEMEINDEAUSSCHUSS", "LA GIUNTA COMUNALE", "Helvetica-Bold", 10, 13, 6)
y = pair(y, "Nach Einsichtnahme in das vom Ing. Lukas Hofer, Schlanders, ausgearbeitete Ausführungsprojekt vom 12.02.2026 mit einem Gesamtbetrag von 486.300,00 Euro, davon 372.000,00 Euro für Bauarbeiten;",
            "Visto il progetto esecutivo redatto dall'ing. Lukas Hofer, Silandro, in data 12.02.2026, dell'importo complessivo di 486.300,00 euro, di cui 372.000,00 euro per lavori;")
y = pair(y, "Nach Einsichtnahme in die positiven Gutachten gemäß Art. 185 des Kodex der örtlichen Körperschaften der Autonomen Region Trentino-Südtirol, genehmigt mit Regionalgesetz vom 3. Mai 2018, Nr. 2;",
            "Visti i pareri favorevoli espressi ai sensi dell'art. 185 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con legge regionale 3 maggio 2018, n. 2;", gap=8)
y = pair(y, "beschließt", "delibera", "Helvetica-Bold", 10, 13, 2)
y = pair(y, "einstimmig in gesetzmäßiger Form:", "ad unanimità di voti legalmente espressi:", gap=6)
pts = [("das Ausführungsprojekt für die Sanierung der Trinkwasserleitung in der Kiefernhainstraße mit einem Gesamtbetrag von 486.300,00 Euro zu genehmigen;",
        "di approvare il progetto esecutivo per il risanamento della condotta idrica potabile in via Pineta dell'importo complessivo di 486.300,00 euro;"),
       ("die Ausgabe auf Kapitel 9040.2020 des Haushaltsvoranschlages 2026-2028 zweckzubinden;",
        "di impegnare la spesa sul capitolo 9040.2020 del bilancio di previsione 2026-2028;"),
       ("den Verfahrensverantwortlichen, Geom. Andreas Stecher, mit der Durchführung der Vergabe zu beauftragen;",
        "di incaricare il responsabile del procedimento, geom. Andreas Stecher, dell'espletamento della procedura di affidamento;"),
       ("festzuhalten, dass gegen diesen Beschluss jeder Bürger während des Zeitraumes der Veröffentlichung von 10 Tagen Einspruch beim Gemeindeausschuss erheben kann.",
        "di dare atto che avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale entro il periodo di pubblicazione di 10 giorni.")]
for i, (d, it) in enumerate(pts, 1):
    c.setFont("Helvetica", 9); c.drawString(LX, y, f"{i}.")
    glyphs(RX, y, f"{i}.", "Helvetica", 9)
    y1 = para(LX+14, y, d); 
    global_cw = CW
    y2 = y
    for ln in wrap(it, "Helvetica", 9, CW-14):
        glyphs(RX+14, y2, ln, "Helvetica", 9); y2 -= 11.5
    y = min(y1, y2) - 4
y -= 4
y = pair(y, "Dieser Beschluss wird mit gesonderter, einstimmiger Abstimmung im Sinne des Art. 183 Absatz 4 des Kodex der örtlichen Körperschaften für unverzüglich vollstreckbar erklärt.",
            "La presente deliberazione viene dichiarata, con separata votazione unanime, immediatamente eseguibile ai sensi dell'art. 183, comma 4, del Codice degli enti locali.", gap=14)
y = pair(y, "Gelesen, genehmigt und unterfertigt", "Letto, confermato e sottoscritto", gap=10)
y = pair(y, "Der Bürgermeister / Il Sindaco", "Der Gemeindesekretär / Il Segretario comunale", "Helvetica-Bold", 9, 12, 2)
y = pair(y, "Hanspeter Wallnöfer", "dott. Georg Fliri", gap=2)
y = pair(y, "(digital signiert / firmato digitalmente)", "(digital signiert / firmato digitalmente)", "Helvetica-Oblique", 7.5, 10, 16)
c.setLineWidth(0.5); c.rect(LX, y-46, W-100, 52)
y = pair(y-8, "VERÖFFENTLICHUNGSBESTÄTIGUNG: Dieser Beschluss wurde am 12.03.2026 für 10 aufeinanderfolgende Tage an der digitalen Amtstafel veröffentlicht.",
              "REFERTO DI PUBBLICAZIONE: La presente deliberazione è stata pubblicata all'albo pretorio digitale il 12.03.2026 per 10 giorni consecutivi.", "Helvetica", 8, 10)
c.setFont("Helvetica", 7); c.drawString(LX, 40, "Beschluss / Delibera GA/GC Nr./n. 74 vom/del 10.03.2026"); c.drawRightString(W-50, 40, "Seite / pagina 2/2")
c.showPage(); c.save()
