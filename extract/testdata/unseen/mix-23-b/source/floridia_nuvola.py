#!/usr/bin/env python3
"""Unnumbered avviso alla cittadinanza, Comune di Floridia, in the layout of a
Nuvola (Madisoft) document model: ReportLab canvas with the standard
(non-embedded) Helvetica/Times fonts, a protocol stamp and a QR caption."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER

OUT = sys.argv[1] if len(sys.argv) > 1 else "out.pdf"
W, H = A4
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Avviso disinfestazione giugno 2026")
c.setAuthor("Comune di Floridia")
c.setCreator("Nuvola – Gestione documentale")

# protocol stamp, top right
c.setStrokeColor(colors.HexColor("#2a5599"))
c.setFillColor(colors.HexColor("#2a5599"))
c.roundRect(W - 7.6 * cm, H - 2.6 * cm, 6.1 * cm, 1.6 * cm, 4, stroke=1, fill=0)
c.setFont("Helvetica-Bold", 7)
c.drawString(W - 7.4 * cm, H - 1.35 * cm, "COMUNE DI FLORIDIA")
c.setFont("Helvetica", 7)
c.drawString(W - 7.4 * cm, H - 1.75 * cm, "Protocollo N. 0014207/2026 del 12/06/2026")
c.drawString(W - 7.4 * cm, H - 2.15 * cm, "Uscita – Classif. VI.9 – Fasc. 2026/VI.9/3")
c.setFillColor(colors.black)

# letterhead
c.setFont("Helvetica-Oblique", 6)
c.rect(1.8 * cm, H - 3.0 * cm, 1.6 * cm, 1.9 * cm)
c.drawCentredString(2.6 * cm, H - 2.1 * cm, "stemma")
c.setFont("Times-Bold", 18)
c.drawString(3.8 * cm, H - 1.7 * cm, "COMUNE DI FLORIDIA")
c.setFont("Times-Italic", 10)
c.drawString(3.8 * cm, H - 2.2 * cm, "Libero Consorzio Comunale di Siracusa")
c.setFont("Times-Roman", 8)
c.drawString(3.8 * cm, H - 2.65 * cm, "Via IV Novembre, 79 – 96014 Floridia (SR)")
c.setLineWidth(0.8)
c.line(1.8 * cm, H - 3.3 * cm, W - 1.5 * cm, H - 3.3 * cm)
c.setFont("Times-Bold", 10.5)
c.drawCentredString(W / 2, H - 3.9 * cm, "SETTORE V – AMBIENTE, ECOLOGIA E SERVIZI MANUTENTIVI")
c.setFont("Times-Roman", 9)
c.drawCentredString(W / 2, H - 4.3 * cm, "Servizio Igiene Ambientale")

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=6)
title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, alignment=TA_CENTER, spaceAfter=10,
                       textColor=colors.HexColor("#8b0000"))
ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Times-Bold")
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)

S = [
    Paragraph("AVVISO ALLA CITTADINANZA<br/>INTERVENTI DI DISINFESTAZIONE E DERATTIZZAZIONE DEL TERRITORIO COMUNALE", title),
    Paragraph("Si informa la cittadinanza che, nell’ambito del programma annuale di lotta agli insetti infestanti e ai roditori, "
              "la ditta incaricata <b>Ecoservizi Iblei S.r.l.</b> eseguirà i seguenti interventi sulle aree pubbliche del territorio comunale:", body),
]
cs = ParagraphStyle("cs", fontName="Helvetica", fontSize=8.5, leading=10.5)
csb = ParagraphStyle("csb", parent=cs, fontName="Helvetica-Bold")
rows_ = [
    ["Data", "Orario", "Zona interessata", "Tipo di intervento"],
    ["mar 16/06/2026", "dalle 23:00", "Centro storico – Via IV Novembre, Via Roma, Piazza del Popolo", "Adulticida (zanzare)"],
    ["mer 17/06/2026", "dalle 23:00", "Zona nord – Via Martiri di Via Fani, Viale Vittorio Veneto, Via Infantino", "Adulticida (zanzare)"],
    ["gio 18/06/2026", "dalle 23:00", "Zona sud – Via Archimede, Via Ponte Diddino, zona artigianale", "Adulticida (zanzare)"],
    ["ven 19/06/2026", "dalle 07:00", "Plessi scolastici, villa comunale, cimitero, rete fognaria", "Derattizzazione e larvicida"],
]
tab = Table([[Paragraph(x, csb if i == 0 else cs) for x in r] for i, r in enumerate(rows_)], colWidths=[2.9 * cm, 1.9 * cm, 7.9 * cm, 3.9 * cm])
tab.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]))
S += [tab, Spacer(1, 8),
      Paragraph("Durante gli interventi e nelle ore immediatamente successive si raccomanda di:", body),
      Paragraph("• tenere chiuse porte e finestre e ritirare all’interno biancheria stesa, giochi per bambini e ciotole degli animali;<br/>"
                "• non lasciare animali domestici all’aperto e coprire orti e piccoli allevamenti familiari;<br/>"
                "• lavare accuratamente frutta e ortaggi raccolti nelle aree trattate prima del consumo.", body),
      Paragraph("In caso di condizioni meteorologiche avverse gli interventi saranno rinviati alla prima data utile, "
                "con comunicazione sul sito istituzionale e sui canali social del Comune.", body),
      Paragraph("Per informazioni: Servizio Igiene Ambientale, tel. 0931 920311, e-mail ambiente@comune.floridia.sr.it.", body),
      Spacer(1, 6),
      Paragraph("Floridia, 12/06/2026", body),
      Spacer(1, 4),
      Paragraph("Il Responsabile del Settore V<br/><b>Ing. Corrado Nicotra</b>", ParagraphStyle("f", parent=body, alignment=TA_CENTER, leftIndent=8.5 * cm)),
      ]
fr = Frame(1.8 * cm, 3.0 * cm, W - 3.3 * cm, H - 7.9 * cm, showBoundary=0)
fr.addFromList(S, c)

# QR caption and signature footer
c.setLineWidth(0.5)
c.rect(1.8 * cm, 1.2 * cm, 1.5 * cm, 1.5 * cm)
c.setFont("Helvetica", 5)
c.drawCentredString(2.55 * cm, 1.9 * cm, "QR")
c.setFont("Helvetica", 6.5)
c.drawString(3.6 * cm, 2.3 * cm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.")
c.drawString(3.6 * cm, 1.95 * cm, "Copia conforme verificabile su https://nuvola.madisoft.it/verifica – codice FLR-7Q2K-93XD")
c.drawString(3.6 * cm, 1.6 * cm, "Il documento è stato generato con Nuvola il 12/06/2026 alle 10:17")
c.showPage()
c.save()
