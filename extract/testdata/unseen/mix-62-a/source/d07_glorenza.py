# Stadtgemeinde Glurns / Comune di Glorenza (BZ): ordinance of the Bürgermeister/Sindaco,
# German text first, Italian under it. reportlab: every glyph is its own Tm + Tj (justified by
# moving glyphs), the Albo stamp is rotated 90 degrees up the left margin and drawn first.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 80, W - 62
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("Verordnung 9-2026 Ordinanza"); c.setAuthor("Gemeinde Glurns"); c.setCreator("GIS Dokumente - Druck"); c.setProducer("GIS PDF Printer 5.0")
y = [0]
def glyphs(s, x, yy, font, size, gap=0.0):
    t = c.beginText(); t.setFont(font, size)
    for ch in s:
        t.setTextOrigin(x, yy); t.textOut(ch)
        x += stringWidth(ch, font, size) + (gap if ch == " " else 0)
    c.drawText(t)
def centred(s, font, size, lead):
    glyphs(s, (L + R) / 2 - stringWidth(s, font, size) / 2, y[0], font, size); y[0] -= lead
def para(text, font="Helvetica", size=10, lead=13, indent=0, first=0, after=4, justify=True):
    words = text.split(); lines = []; cur = []
    for w in words:
        ind = first if not lines else indent
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - L - ind: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y[0] < 70: newpage()
        ind = first if i == 0 else indent
        s = " ".join(ln); gap = 0
        if justify and i < len(lines) - 1 and len(ln) > 1: gap = (R - L - ind - stringWidth(s, font, size)) / (len(ln) - 1)
        glyphs(s, L + ind, y[0], font, size, gap); y[0] -= lead
    y[0] -= after
def stamp():
    c.saveState(); c.translate(42, 150); c.rotate(90)
    c.setStrokeColorRGB(0.55, 0.1, 0.1); c.setFillColorRGB(0.55, 0.1, 0.1)
    c.rect(-4, -6, 560, 30, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(2, 12, "DIGITALE AMTSTAFEL / ALBO PRETORIO DIGITALE – STADTGEMEINDE GLURNS / COMUNE DI GLORENZA")
    c.setFont("Helvetica", 7.5)
    c.drawString(2, 2, "Veröffentlicht vom / pubblicato dal 12.05.2026 bis / al 22.05.2026 – Reg. Nr. 173")
    c.restoreState()
def head():
    stamp()
    y[0] = H - 56
    glyphs("STADTGEMEINDE GLURNS", L, y[0], "Helvetica-Bold", 13)
    s = "COMUNE DI GLORENZA"; glyphs(s, R - stringWidth(s, "Helvetica-Bold", 13), y[0], "Helvetica-Bold", 13); y[0] -= 13
    glyphs("Autonome Provinz Bozen – Südtirol", L, y[0], "Helvetica", 8)
    s = "Provincia autonoma di Bolzano – Alto Adige"; glyphs(s, R - stringWidth(s, "Helvetica", 8), y[0], "Helvetica", 8); y[0] -= 8
    c.setLineWidth(1); c.line(L, y[0], R, y[0]); y[0] -= 26
    glyphs("Seite / pag. %d" % c.getPageNumber(), R - 50, 34, "Helvetica", 7.5)
def newpage():
    c.showPage(); head()
head()
centred("VERORDNUNG DES BÜRGERMEISTERS – ORDINANZA DEL SINDACO", "Helvetica-Bold", 12, 15)
centred("Nr. / n. 9 vom / del 12.05.2026", "Helvetica-Bold", 11, 22)
glyphs("Betreff:", L, y[0], "Helvetica-Oblique", 10)
para("Verkehrs- und Parkverbot in der Altstadt innerhalb der Stadtmauern anlässlich des Glurnser Mittelaltermarktes am 23. und 24. Mai 2026.", font="Helvetica-Oblique", first=52, indent=52, after=3)
glyphs("Oggetto:", L, y[0], "Helvetica-Bold", 10)
para("Divieto di transito e di sosta nel centro storico entro le mura in occasione del mercato medievale di Glorenza del 23 e 24 maggio 2026.", font="Helvetica-Bold", first=52, indent=52, after=12)
centred("DER BÜRGERMEISTER – IL SINDACO", "Helvetica-Bold", 10.5, 16)
para("Nach Einsicht in das Ansuchen des Tourismusvereins Glurns vom 28.04.2026 um Sperre der Altstadt für die Dauer der Veranstaltung;", font="Helvetica-Oblique", size=9.5, lead=12)
para("vista la richiesta dell'Associazione turistica di Glorenza del 28.04.2026, prot. n. 2051, con la quale si chiede la chiusura al traffico del centro storico per la durata del mercato medievale che si terrà nelle giornate di sabato 23 e domenica 24 maggio 2026;")
para("ritenuto necessario, per garantire la sicurezza dei visitatori e il regolare svolgimento della manifestazione, vietare il transito e la sosta dei veicoli all'interno delle mura cittadine e lungo le vie di accesso alle porte di Malles, di Sluderno e della Chiesa;")
para("visti gli articoli 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo codice della strada) e il relativo regolamento di esecuzione, nonché l'art. 62 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige (L.R. 3 maggio 2018, n. 2);")
y[0] -= 4; centred("V E R O R D N E T  –  O R D I N A", "Helvetica-Bold", 11, 17)
for i, s in enumerate([
 "dalle ore 6:00 di sabato 23 maggio 2026 alle ore 24:00 di domenica 24 maggio 2026 è vietato il transito e la sosta, con rimozione forzata, a tutti i veicoli nelle vie e piazze del centro storico comprese entro le mura di Glorenza;",
 "sono esclusi dal divieto i veicoli di soccorso, delle forze dell'ordine e quelli degli espositori autorizzati, limitatamente alle operazioni di carico e scarico dalle ore 6:00 alle ore 9:00;",
 "il Corpo di Polizia locale e le Forze dell'ordine sono incaricati della vigilanza sull'osservanza della presente ordinanza, che sarà resa nota mediante l'apposizione della prescritta segnaletica."], 1):
    glyphs("%d." % i, L, y[0], "Helvetica", 10); para(s, first=16, indent=16)
para("Gegen diese Verordnung kann innerhalb von 60 Tagen Rekurs beim Verwaltungsgericht Bozen eingelegt werden. / Avverso la presente ordinanza è ammesso ricorso al T.R.G.A. di Bolzano entro 60 giorni dalla pubblicazione.", size=8.5, lead=11)
para("Glurns / Glorenza, 12.05.2026", justify=False, after=10)
s = "Der Bürgermeister / Il Sindaco"; glyphs(s, R - 170, y[0], "Helvetica", 10); y[0] -= 13
glyphs("Alois Frank", R - 160, y[0], "Helvetica-Bold", 10); y[0] -= 11
glyphs("(digital signiert / firmato digitalmente)", R - 175, y[0], "Helvetica-Oblique", 7.5)
c.save()
