# Comune di Rivamonte Agordino - ordinanza of the Responsabile del Servizio Tecnico; reportlab canvas.
# Letterhead and the "ORDINANZA N. ... DEL ..." band are Form XObjects; the page is painted out of reading
# order: signature and ORDINA points first, then premises, then the band, letterhead and subject last.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
out = sys.argv[1]; W, H = A4; L = 60; TW = W - 120
c = canvas.Canvas(out, pagesize=A4); c.setTitle("Ordinanza n. 4/2026"); c.setCreator("PA Digitale - Atti Web")
def block(y, text, f="Times-Roman", sz=11, lead=14, indent=0):
    for ln in simpleSplit(text, f, sz, TW - indent):
        c.setFont(f, sz); c.drawString(L + indent, y, ln); y -= lead
    return y - 4
# forms
c.beginForm("letterhead"); c.setFont("Times-Bold", 16); c.drawCentredString(W/2, 795, "COMUNE DI RIVAMONTE AGORDINO")
c.setFont("Times-Italic", 10); c.drawCentredString(W/2, 781, "Provincia di Belluno – Servizio Tecnico"); c.line(L, 772, W - L, 772); c.endForm()
c.beginForm("band"); c.setFillGray(0.88); c.rect(L, 738, TW, 22, fill=1, stroke=0); c.setFillGray(0)
c.setFont("Helvetica-Bold", 11.5); c.drawCentredString(W/2, 745, "ORDINANZA N. 4 DEL 30-03-2026"); c.endForm()
# 1) signature and date (bottom)
c.setFont("Times-Roman", 11); c.drawString(L, 150, "Rivamonte Agordino, 30-03-2026")
c.drawCentredString(420, 128, "IL RESPONSABILE DEL SERVIZIO TECNICO"); c.drawCentredString(420, 114, "geom. Loris Dal Pont")
c.setFont("Times-Italic", 8.5); c.drawCentredString(420, 101, "documento firmato digitalmente")
# 2) ORDINA and its points
y = 540
c.setFont("Times-Bold", 12); c.drawCentredString(W/2, y, "O R D I N A"); y -= 20
for i, t in enumerate(["dal 7 aprile 2026 al 30 giugno 2026, sulla strada comunale Tiser – Col di Pra, il divieto di transito ai veicoli di massa a pieno carico superiore a 3,5 t, eccettuati i mezzi dell'impresa esecutrice e i mezzi di soccorso;",
                       "il limite di velocità di 30 km/h e il senso unico alternato regolato da impianto semaforico nel tratto interessato dal cantiere;",
                       "all'impresa esecutrice la posa e la manutenzione della segnaletica prevista dal D.M. 10 luglio 2002."], 1):
    c.setFont("Times-Roman", 11); c.drawString(L, y, "%d)" % i); y = block(y, t, indent=20)
y = block(y - 6, "La violazione della presente ordinanza è punita ai sensi del Codice della Strada. Avverso il presente provvedimento è ammesso ricorso al T.A.R. del Veneto entro 60 giorni.")
# 3) premises
y = 640
c.setFont("Times-Bold", 12); c.drawCentredString(W/2, y, "IL RESPONSABILE DEL SERVIZIO TECNICO"); y -= 20
for t in ["Premesso che sono in corso di affidamento i lavori di consolidamento del versante franoso a monte della strada comunale Tiser – Col di Pra, finanziati con fondi regionali per la difesa del suolo;",
          "Considerato che l'esecuzione dei lavori comporta l'occupazione di parte della carreggiata e che il transito di mezzi pesanti potrebbe compromettere la stabilità della scarpata;",
          "Visti gli artt. 5, 6 e 7 del D.Lgs. 285/1992 e l'art. 107 del D.Lgs. 267/2000;"]:
    y = block(y, t)
# 4) band, letterhead, subject last
c.doForm("band"); c.doForm("letterhead")
c.setFont("Times-Bold", 11); c.drawString(L, 715, "Oggetto:")
block(715, "Limitazione della circolazione ai veicoli di massa superiore a 3,5 t sulla strada comunale Tiser – Col di Pra per lavori di consolidamento del versante.", "Times-Bold", 11, 14, 48)
c.showPage(); c.save()
