# Comune di Riace - avviso n. 12/2026 of the Area Tecnica: reportlab canvas.
# Letterhead and foot are a Form XObject; the boxed "Avviso n. 12/2026" and the closing date/signature are drawn
# before the title and body (out of reading order); title in capitals over four lines.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Avviso n. 12/2026"); c.setAuthor("Comune di Riace – Area Tecnica")
c.beginForm("head")
c.setFont("Helvetica-Bold", 17); c.drawString(70, H - 62, "COMUNE DI RIACE")
c.setFont("Helvetica", 9.5); c.drawString(70, H - 76, "Città Metropolitana di Reggio Calabria")
c.drawString(70, H - 88, "AREA TECNICA – Ufficio Lavori Pubblici ed Espropri")
c.line(70, H - 96, W - 70, H - 96)
c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, 34, "Via Roma, 1 – 89040 Riace (RC) – tel. 0964 733009 – protocollo.riace@asmepec.it")
c.endForm()
c.doForm("head")
# box with the notice number (top right), drawn first
c.rect(W - 200, H - 92, 130, 40)
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W - 135, H - 70, "Avviso n. 12/2026")
c.setFont("Helvetica", 8.5); c.drawCentredString(W - 135, H - 84, "Prot. n. 2291")
# closing date and signature, drawn before the body
c.setFont("Times-Roman", 11); c.drawString(70, 190, "Riace, lì 6 maggio 2026")
c.drawCentredString(420, 190, "Il Responsabile dell’Area Tecnica"); c.drawCentredString(420, 175, "f.to ing. Cosimo Damiano Lucà")
c.setFont("Times-Italic", 8); c.drawString(70, 150, "Firma autografa sostituita a mezzo stampa ai sensi dell’art. 3, comma 2, del D.Lgs. n. 39/1993.")
title = ["AVVISO DI AVVIO DEL PROCEDIMENTO DIRETTO ALL’APPOSIZIONE DEL", "VINCOLO PREORDINATO ALL’ESPROPRIO E DI DEPOSITO DEL PROGETTO DI",
         "FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI CONSOLIDAMENTO DEL", "COSTONE ROCCIOSO SOTTOSTANTE VIA SAN NICOLA – CUP F17H25001230002"]
y = H - 130
c.setFont("Times-Bold", 12)
for t in title: c.drawCentredString(W / 2, y, t); y -= 16
y -= 10
body = ["IL RESPONSABILE DELL’AREA TECNICA",
 "ai sensi degli artt. 11 e 16 del D.P.R. 8 giugno 2001, n. 327 e dell’art. 7 della Legge 7 agosto 1990, n. 241,",
 "RENDE NOTO",
 "che presso l’Ufficio Lavori Pubblici del Comune di Riace è depositato il progetto di fattibilità tecnico-economica dei lavori in oggetto, approvato in linea tecnica con deliberazione della Giunta comunale n. 44 del 28 aprile 2026, corredato dal piano particellare di esproprio e dall’elenco delle ditte catastali interessate;",
 "che gli atti possono essere consultati nei giorni di martedì e giovedì, dalle ore 9:00 alle ore 12:30, per trenta giorni decorrenti dalla data di pubblicazione del presente avviso all’Albo Pretorio on line;",
 "che entro il medesimo termine i proprietari delle aree e ogni altro interessato possono presentare osservazioni scritte, indirizzate al Responsabile del procedimento, geom. Rocco Zurzolo.",
]
for t in body:
    if t.isupper() or t == "RENDE NOTO":
        c.setFont("Times-Bold", 11.5); c.drawCentredString(W / 2, y, t); y -= 20; continue
    c.setFont("Times-Roman", 11)
    for ln in simpleSplit(t, "Times-Roman", 11, W - 140): c.drawString(70, y, ln); y -= 14
    y -= 6
c.showPage(); c.save()
