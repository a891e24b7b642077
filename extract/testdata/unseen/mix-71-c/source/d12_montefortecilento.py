# Comune di Monteforte Cilento - avviso d'asta pubblica: reportlab platypus; justified paragraphs (each line its
# own Tw), letterhead letter-spaced with Tc, title in capitals over two lines, label grid with number and protocol.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT
from reportlab.lib import colors
W, H = A4
def spaced(c, x, y, text, font, size, cs):
    c.setFont(font, size); t = c.beginText(); t.setCharSpace(cs)
    w = c.stringWidth(text, font, size) + cs * (len(text) - 1); t.setTextOrigin(x - w / 2, y); t.textOut(text); c.drawText(t)
def first(c, d):
    c.saveState(); c.setFillColorRGB(0.45, 0.1, 0.1)
    spaced(c, W / 2, H - 56, "COMUNE DI MONTEFORTE CILENTO", "Times-Bold", 16, 2.2)
    c.setFillColorRGB(0.2, 0.2, 0.2)
    spaced(c, W / 2, H - 71, "Provincia di Salerno", "Times-Italic", 10, 0.8)
    spaced(c, W / 2, H - 83, "AREA TECNICA – SERVIZIO PATRIMONIO", "Times-Roman", 9, 1.2)
    c.line(60, H - 90, W - 60, H - 90); foot(c, d); c.restoreState()
def foot(c, d):
    c.setFont("Times-Roman", 8); c.drawCentredString(W / 2, 28, f"Piazza Municipio, 1 – 84060 Monteforte Cilento (SA) – protocollo.montefortecilento@asmepec.it – pag. {d.page}")
def later(c, d): c.saveState(); foot(c, d); c.restoreState()
b = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
ctr = ParagraphStyle("c", parent=b, alignment=TA_CENTER, fontName="Times-Bold")
tit = ParagraphStyle("t", parent=ctr, fontSize=12.5, leading=16)
rt = ParagraphStyle("r", parent=b, alignment=TA_RIGHT)
grid = Table([["Avviso n.", "2/2026", "Prot. n.", "1204", "Data", "13.05.2026"]], colWidths=[55, 50, 50, 45, 35, 70])
grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (0, 0), "Helvetica-Bold", 9),
                          ("FONT", (2, 0), (2, 0), "Helvetica-Bold", 9), ("FONT", (4, 0), (4, 0), "Helvetica-Bold", 9), ("BACKGROUND", (0, 0), (0, 0), colors.lightgrey)]))
S = [Spacer(1, 30), grid, Spacer(1, 14),
 Paragraph("AVVISO D’ASTA PUBBLICA PER L’ALIENAZIONE DI UN FABBRICATO RURALE E DI TERRENI<br/>DI PROPRIETÀ COMUNALE IN LOCALITÀ SAN MARTINO – PRIMO ESPERIMENTO", tit), Spacer(1, 8),
 Paragraph("IL RESPONSABILE DELL’AREA TECNICA", ctr),
 Paragraph("In esecuzione della deliberazione del Consiglio comunale n. 9 del 27 marzo 2026, con la quale è stato approvato il Piano delle alienazioni e valorizzazioni immobiliari 2026-2028, e della propria determinazione n. 38 del 6 maggio 2026 (Reg. Gen. n. 119);", b),
 Paragraph("RENDE NOTO", ctr),
 Paragraph("che il giorno <b>16 giugno 2026, alle ore 10:00</b>, presso la sala consiliare del Palazzo municipale, si terrà un’asta pubblica, con il metodo delle offerte segrete in aumento rispetto al prezzo a base d’asta (artt. 73, lett. c), e 76 del R.D. 23 maggio 1924, n. 827), per la vendita dei seguenti beni:", b),
 Paragraph("<b>Lotto unico</b> – fabbricato rurale di mq 112 con corte pertinenziale e terreni agricoli limitrofi della superficie complessiva di ha 2.14.30, riportati in catasto al foglio 7, particelle 214, 215 e 388. Prezzo a base d’asta: <b>€ 46.800,00</b>. Deposito cauzionale: 10% del prezzo a base d’asta.", b),
 Paragraph("Le offerte, in plico chiuso e controfirmato sui lembi di chiusura, devono pervenire all’Ufficio Protocollo entro le ore 12:00 del 15 giugno 2026. L’aggiudicazione avverrà a favore del concorrente che avrà presentato l’offerta più alta, anche in presenza di una sola offerta valida. Il bando integrale, la perizia di stima e i modelli di domanda sono disponibili presso l’Area Tecnica e sul sito istituzionale dell’Ente.", b),
 Paragraph("Responsabile del procedimento: geom. Pasquale Di Lucia – tel. 0974 941150.", b), Spacer(1, 18),
 Paragraph("Il Responsabile dell’Area Tecnica<br/><i>f.to arch. Gerardo Guazzo</i>", rt)]
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=62, rightMargin=62, topMargin=80, bottomMargin=50, title="Avviso d'asta n. 2/2026", author="Comune di Monteforte Cilento")
doc.build(S, onFirstPage=first, onLaterPages=later)
