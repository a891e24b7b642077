# Determinazione of Giano dell'Umbria imitating a SQL Server Reporting Services export (ReportLab platypus)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("Sans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
OUT = sys.argv[1]
W, H = A4
BLUE = colors.HexColor("#1F4E79"); LIGHT = colors.HexColor("#DCE6F1")
body = ParagraphStyle("b", fontName="Sans", fontSize=8.8, leading=12, alignment=TA_JUSTIFY, spaceAfter=4)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Sans-B", fontSize=9.5, spaceBefore=6, spaceAfter=6)
ttl = ParagraphStyle("t", fontName="Sans-B", fontSize=11.5, leading=15, alignment=TA_CENTER, textColor=BLUE)

def page(c, d):
    c.saveState()
    c.setFillColor(BLUE); c.rect(15*mm, H-20*mm, W-30*mm, 7*mm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("Sans-B", 8.5)
    c.drawString(18*mm, H-17.7*mm, "COMUNE DI GIANO DELL'UMBRIA")
    c.drawRightString(W-18*mm, H-17.7*mm, "Determinazione n. 96 del 17/03/2026")
    c.setFillColor(colors.black); c.setFont("Sans", 7)
    c.drawString(15*mm, 12*mm, "DetResponsabile_v3 — Server: ATTI-SRV02/ReportServer")
    c.drawCentredString(W/2, 8*mm, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
    c.drawRightString(W-15*mm, 12*mm, "%d di 2" % d.page)
    c.restoreState()

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=26*mm, bottomMargin=20*mm,
                        title="DetResponsabile_v3", author="Comune di Giano dell'Umbria", creator="Microsoft SQL Server Reporting Services 15.0")
S = []
lh = Table([[Paragraph("<font name='Sans-B' size='14' color='#1F4E79'>COMUNE DI GIANO DELL'UMBRIA</font><br/>"
                       "<font size='8.5'>Provincia di Perugia — Piazza Municipio, 1 — 06030 Giano dell'Umbria (PG)</font>", ParagraphStyle("lh", fontName="Sans", leading=17))]],
           colWidths=[W-36*mm])
S += [lh, Spacer(1, 4)]
lab = ParagraphStyle("l", fontName="Sans-B", fontSize=7.5, textColor=BLUE, leading=9)
val = ParagraphStyle("v", fontName="Sans", fontSize=9, leading=11)
grid = Table([
    [Paragraph("AREA", lab), Paragraph("AREA AMMINISTRATIVA E FINANZIARIA", val), Paragraph("N. REG. GENERALE", lab), Paragraph("96", val)],
    [Paragraph("SERVIZIO", lab), Paragraph("Servizio Tributi", val), Paragraph("N. REG. AREA", lab), Paragraph("22", val)],
    [Paragraph("PROPOSTA", lab), Paragraph("n. 118 del 13/03/2026", val), Paragraph("DATA ADOZIONE", lab), Paragraph("17/03/2026", val)],
], colWidths=[24*mm, 78*mm, 32*mm, 40*mm])
grid.setStyle(TableStyle([("BACKGROUND", (0,0), (0,-1), LIGHT), ("BACKGROUND", (2,0), (2,-1), LIGHT),
                          ("GRID", (0,0), (-1,-1), 0.4, colors.HexColor("#8EA9C1")), ("VALIGN", (0,0), (-1,-1), "MIDDLE")]))
S += [grid, Spacer(1, 10)]
S += [Paragraph("DETERMINAZIONE DEL RESPONSABILE DELL'AREA", ParagraphStyle("k", fontName="Sans", fontSize=9, alignment=TA_CENTER, textColor=BLUE)), Spacer(1, 4)]
S += [Paragraph("Rimborso TARI 2025 per somme indebitamente versate – Liquidazione a favore di n. 7 contribuenti", ttl), Spacer(1, 10)]
S += [Paragraph("IL RESPONSABILE DELL'AREA AMMINISTRATIVA E FINANZIARIA", cen)]
for t in [
 "Visto il decreto sindacale n. 2 del 02/01/2026 di conferimento dell'incarico di Elevata Qualificazione per l'Area Amministrativa e Finanziaria;",
 "Visto il Regolamento per l'applicazione della tassa sui rifiuti (TARI), approvato con deliberazione del Consiglio Comunale n. 17 del 30/06/2020 e successive modificazioni, ed in particolare l'art. 31 in materia di rimborsi;",
 "Viste le istanze di rimborso presentate dai contribuenti indicati nel prospetto sotto riportato, relative a versamenti TARI dell'anno 2025 eseguiti in misura superiore al dovuto o in duplicato;",
 "Verificato dall'Ufficio Tributi, sulla base delle risultanze della banca dati e dei versamenti acquisiti tramite modello F24 e pagoPA, che le somme richieste risultano effettivamente non dovute;",
 "Visto l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296;",
 "Visti gli artt. 107, 183 e 184 del D.Lgs. 18 agosto 2000, n. 267;"]:
    S.append(Paragraph(t, body))
S.append(Paragraph("DETERMINA", cen))
for t in [
 "di approvare il prospetto dei rimborsi TARI 2025 di seguito riportato, per un importo complessivo di € 1.846,30;",
 "di impegnare e contestualmente liquidare la somma di € 1.846,30 al capitolo 1015/2 \"Rimborsi di tributi comunali\" del bilancio di previsione 2026/2028, esercizio 2026;",
 "di trasmettere il presente provvedimento al Servizio Ragioneria per l'emissione dei relativi mandati di pagamento;",
 "di dare atto che, ai sensi del Regolamento UE 2016/679, i dati identificativi dei contribuenti sono conservati agli atti dell'Ufficio Tributi."]:
    S.append(Paragraph(t, body))
rows = [["N.", "Codice contribuente", "Prot. istanza", "Causale", "Importo €"]]
data = [("1","TR-000412","1984 del 03/02/2026","Doppio versamento rata unica","312,00"),
        ("2","TR-001077","2110 del 06/02/2026","Cessazione utenza 31/05/2025","188,40"),
        ("3","TR-000856","2245 del 10/02/2026","Errata superficie dichiarata","241,70"),
        ("4","TR-002391","2402 del 13/02/2026","Doppio versamento II rata","96,50"),
        ("5","TR-001530","2618 del 18/02/2026","Riduzione compostaggio domestico","87,20"),
        ("6","TR-000233","2790 del 23/02/2026","Cessazione utenza non domestica","702,10"),
        ("7","TR-002015","3011 del 27/02/2026","Doppio versamento rata unica","218,40")]
rows += [list(r) for r in data] + [["", "", "", "TOTALE", "1.846,30"]]
tb = Table(rows, colWidths=[10*mm, 34*mm, 38*mm, 70*mm, 22*mm], repeatRows=1)
tb.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Sans", 8), ("FONT", (0,0), (-1,0), "Sans-B", 8),
                        ("BACKGROUND", (0,0), (-1,0), BLUE), ("TEXTCOLOR", (0,0), (-1,0), colors.white),
                        ("ROWBACKGROUNDS", (0,1), (-1,-2), [colors.white, colors.HexColor("#F2F6FA")]),
                        ("FONT", (3,-1), (-1,-1), "Sans-B", 8), ("ALIGN", (4,0), (4,-1), "RIGHT"),
                        ("LINEBELOW", (0,0), (-1,-1), 0.3, colors.HexColor("#8EA9C1"))]))
S += [Spacer(1, 6), tb, Spacer(1, 14)]
sig = Table([["", Paragraph("Il Responsabile dell'Area<br/>Amministrativa e Finanziaria<br/><b>Dott. Marco Pettinelli</b>", ParagraphStyle("s", fontName="Sans", fontSize=9, leading=12, alignment=TA_CENTER))]], colWidths=[95*mm, 79*mm])
S += [sig, Spacer(1, 16)]
box = Table([[Paragraph("<b>VISTO DI REGOLARITÀ CONTABILE</b> — Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 214/2026. Giano dell'Umbria, 17/03/2026 — Il Responsabile del Servizio Finanziario Dott. Marco Pettinelli", body)],
             [Paragraph("<b>PUBBLICAZIONE</b> — Pubblicata all'Albo Pretorio on line dal 19/03/2026 per 15 giorni consecutivi, n. 231 del Registro.", body)]],
            colWidths=[W-36*mm])
box.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.6, BLUE), ("LINEBELOW", (0,0), (-1,0), 0.3, BLUE)]))
S.append(box)
doc.build(S, onFirstPage=page, onLaterPages=page)
