# Annex (Allegato A) of the Comune di Radda in Chianti: the tariff schedule
# of the services on individual demand, laid out like a QuarkXPress
# brochure page (colour band, side rule, tinted tables), drawn with the
# ReportLab canvas and platypus tables.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle, Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSn", F + "LiberationSansNarrow-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSnB", F + "LiberationSansNarrow-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSans-Bold.ttf"))

out = sys.argv[1]
W, H = A4
WINE = colors.HexColor("#6b1e2e")
TINT = colors.HexColor("#f3e9ea")
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Allegato A - Tariffe servizi a domanda individuale 2026")
c.setAuthor("Comune di Radda in Chianti")
c.setCreator("QuarkXPress(R) 16.4 / export")


def frame(pg, total):
    c.setFillColor(WINE); c.rect(0, H - 30 * mm, W, 30 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LSB", 20); c.drawString(20 * mm, H - 16 * mm, "COMUNE DI RADDA IN CHIANTI")
    c.setFont("LS", 9.5); c.drawString(20 * mm, H - 22 * mm, "Provincia di Siena")
    c.setFont("LSnB", 9); c.drawRightString(W - 15 * mm, H - 14 * mm, "ALLEGATO A")
    c.setFont("LSn", 8); c.drawRightString(W - 15 * mm, H - 19 * mm, "alla deliberazione della Giunta Comunale")
    c.drawRightString(W - 15 * mm, H - 23 * mm, "n. 38 del 22/04/2026")
    c.setFillColor(WINE); c.rect(12 * mm, 18 * mm, 1.5 * mm, H - 52 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black); c.setFont("LSn", 7.5)
    c.drawString(20 * mm, 10 * mm, "Comune di Radda in Chianti – Tariffe dei servizi a domanda individuale – anno 2026")
    c.drawRightString(W - 15 * mm, 10 * mm, f"{pg} / {total}")


def table(data, widths, y):
    st = ParagraphStyle("x", fontName="LSn", fontSize=9, leading=11)
    rows = [[Paragraph(str(x), st) for x in r] for r in data]
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), WINE), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TINT]),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, WINE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    w, h = t.wrap(0, 0)
    t.drawOn(c, 20 * mm, y - h)
    for cell in rows[0]:
        pass
    return y - h


def heading(txt, y):
    c.setFillColor(WINE); c.setFont("LSB", 11.5); c.drawString(20 * mm, y, txt); c.setFillColor(colors.black)
    c.setStrokeColor(WINE); c.setLineWidth(0.6); c.line(20 * mm, y - 2 * mm, W - 15 * mm, y - 2 * mm)
    return y - 6 * mm


def hdr(cols):
    return [f"<font color='white'><b>{x}</b></font>" for x in cols]


frame(1, 2)
y = H - 42 * mm
c.setFont("LSB", 14); c.drawString(20 * mm, y, "TARIFFE DEI SERVIZI A DOMANDA INDIVIDUALE – ANNO 2026"); y -= 7 * mm
st = ParagraphStyle("i", fontName="LS", fontSize=9, leading=12)
intro = Paragraph("Le tariffe di seguito riportate si applicano dal 1° giugno 2026 e sono comprensive di IVA ove dovuta. "
                  "Le agevolazioni ISEE sono riconosciute su domanda, secondo le fasce indicate per ciascun servizio. "
                  "Il tasso di copertura complessivo dei costi dei servizi a domanda individuale previsto per l'anno 2026 "
                  "è pari al 58,4%.", st)
w, h = intro.wrap(W - 35 * mm, 100); intro.drawOn(c, 20 * mm, y - h); y -= h + 8 * mm

y = heading("1. Refezione scolastica (scuola dell'infanzia e primaria)", y)
y = table([hdr(["Fascia ISEE", "Tariffa a pasto", "Riduzione 2° figlio"]),
           ["fino a € 6.000,00", "€ 1,80", "20%"],
           ["da € 6.000,01 a € 12.000,00", "€ 3,20", "20%"],
           ["da € 12.000,01 a € 20.000,00", "€ 4,30", "15%"],
           ["oltre € 20.000,00 o ISEE non presentato", "€ 5,10", "10%"]], [80 * mm, 45 * mm, 45 * mm], y) - 9 * mm
y = heading("2. Trasporto scolastico", y)
y = table([hdr(["Tipologia", "Quota annuale", "Note"]),
           ["Andata e ritorno", "€ 260,00", "pagabile in due rate"],
           ["Sola andata o solo ritorno", "€ 160,00", "pagabile in un'unica rata"],
           ["Utenti residenti in località Volpaia e Lucarelli", "€ 210,00", "percorso integrato"]],
          [80 * mm, 45 * mm, 45 * mm], y) - 9 * mm
y = heading("3. Impianti sportivi comunali", y)
y = table([hdr(["Impianto", "Tariffa oraria", "Tariffa oraria con illuminazione"]),
           ["Campo sportivo comunale – calcio a 11", "€ 45,00", "€ 65,00"],
           ["Palestra comunale – associazioni locali", "€ 12,00", "€ 15,00"],
           ["Palestra comunale – altri utenti", "€ 22,00", "€ 26,00"],
           ["Campo da tennis", "€ 10,00", "€ 14,00"]], [80 * mm, 45 * mm, 45 * mm], y)
c.showPage()

frame(2, 2)
y = H - 42 * mm
y = heading("4. Utilizzo di sale e spazi comunali", y)
y = table([hdr(["Spazio", "Mezza giornata", "Giornata intera"]),
           ["Sala consiliare (solo cerimonie e convegni)", "€ 80,00", "€ 140,00"],
           ["Ex Cantina del Podestà", "€ 60,00", "€ 110,00"],
           ["Sala polivalente di Lucarelli", "€ 40,00", "€ 70,00"]], [80 * mm, 45 * mm, 45 * mm], y) - 9 * mm
y = heading("5. Celebrazione di matrimoni e unioni civili", y)
y = table([hdr(["Luogo e giorno", "Residenti", "Non residenti"]),
           ["Sala consiliare – giorni feriali", "gratuito", "€ 250,00"],
           ["Sala consiliare – sabato e festivi", "€ 150,00", "€ 450,00"],
           ["Altri siti istituiti come casa comunale", "€ 300,00", "€ 900,00"]], [80 * mm, 45 * mm, 45 * mm], y) - 10 * mm
st2 = ParagraphStyle("n", fontName="LSn", fontSize=8.5, leading=11)
note = Paragraph("<b>Note.</b> Le tariffe dei punti 1 e 2 sono ridotte del 100% per gli utenti in carico al Servizio Sociale "
                 "professionale, su relazione dell'assistente sociale. Le tariffe del punto 3 non si applicano alle attività "
                 "organizzate dall'Istituto Comprensivo in orario scolastico. Il pagamento avviene esclusivamente tramite "
                 "il sistema pagoPA.", st2)
w, h = note.wrap(W - 35 * mm, 100); note.drawOn(c, 20 * mm, y - h)
c.showPage()
c.save()
