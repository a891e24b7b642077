# Torre Pellice: Allegato B legend of a map; letterhead/foot are Form XObjects painted last, legend rows bottom-up
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
W, H = landscape(A4)
c = canvas.Canvas(sys.argv[1], pagesize=(W, H)); c.setProducer("Apkappa Hypersic PDF 4.0")
c.beginForm("head"); c.setFont("Helvetica-Bold", 15); c.drawString(40, H - 45, "CITTÀ DI TORRE PELLICE")
c.setFont("Helvetica", 9); c.drawString(40, H - 58, "Città Metropolitana di Torino - Area Tecnica - Servizio Urbanistica ed Edilizia Privata")
c.line(40, H - 65, W - 40, H - 65); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7); c.drawString(40, 25, "Via Repubblica 1 - 10066 Torre Pellice (TO) - PEC torre.pellice@cert.ruparpiemonte.it")
c.drawRightString(W - 40, 25, "Allegato B - pag. 1 di 1"); c.endForm()
rows = [
 ("#d9534f", "ZR1", "Zona di recupero del centro storico (Via Arnaud, Via Beckwith)", "art. 18 NTA"),
 ("#f0ad4e", "RC", "Aree residenziali di completamento", "art. 21 NTA"),
 ("#5cb85c", "VP", "Verde pubblico attrezzato e parchi urbani", "art. 27 NTA"),
 ("#5bc0de", "SP", "Aree per servizi pubblici e attrezzature di interesse comune", "art. 28 NTA"),
 ("#337ab7", "FP", "Fascia di rispetto fluviale del torrente Pellice e del torrente Angrogna", "art. 34 NTA"),
 ("#777777", "IN", "Aree produttive esistenti confermate", "art. 24 NTA"),
 ("#8e44ad", "AG", "Aree agricole di pregio paesaggistico", "art. 31 NTA"),
 ("#000000", "---", "Perimetro della variante parziale n. 9 al P.R.G.C.", "-"),
]
top = H - 190; rh = 34
# body first, bottom-up
for i in range(len(rows) - 1, -1, -1):
    col, sig, desc, ref = rows[i]; y = top - i * rh
    c.setFillColor(col); c.rect(60, y - 8, 40, 20, fill=1, stroke=1) if sig != "---" else c.line(60, y + 2, 100, y + 2)
    c.setFillColor("black"); c.setFont("Helvetica-Bold", 10); c.drawString(120, y, sig)
    c.setFont("Helvetica", 10); c.drawString(170, y, desc); c.drawString(640, y, ref)
c.setFont("Helvetica-Bold", 10); c.drawString(60, top + 32, "Campitura"); c.drawString(120, top + 32, "Sigla"); c.drawString(170, top + 32, "Destinazione urbanistica"); c.drawString(640, top + 32, "Norma di riferimento")
c.line(55, top + 26, W - 60, top + 26)
c.setFont("Helvetica", 9); c.drawString(60, top - len(rows) * rh - 10, "Scala della tavola 1:5.000 - Base cartografica: BDTRE Regione Piemonte 2025 - Sistema di riferimento WGS84 / UTM 32N")
c.setFont("Helvetica-Bold", 13)
c.drawCentredString(W / 2, H - 100, "ALLEGATO B - LEGENDA DELLA TAVOLA P2 \"ASSETTO URBANISTICO DEL CONCENTRICO\"")
c.setFont("Helvetica", 10)
c.drawCentredString(W / 2, H - 118, "alla deliberazione del Consiglio Comunale n. 6 del 27 febbraio 2026 - Adozione del progetto preliminare della variante parziale n. 9 al P.R.G.C.")
c.doForm("foot"); c.doForm("head")
c.showPage(); c.save()
