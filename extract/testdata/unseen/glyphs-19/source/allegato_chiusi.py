"""Comune di Chiusi - Allegato A to determinazione n. 133 del 11/03/2026, in the
layout of a Civilia Next (Dedagroup) annex.  ReportLab canvas, drawn by hand:
  * the running head (ente, allegato, page) is a Form XObject reused on every page;
  * the table is drawn cell by cell COLUMN-WISE: all of column 1 top to
    bottom, then column 2, ...; the rules are drawn after the text;
  * the Albo platform's stamp runs up the left margin rotated 90 degrees.
"""
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "allegato-chiusi-civilia.pdf"
W, H = A4

ROWS = [
    ("A.S.D. Chiusi Scalo Calcio", "Chiusi Scalo", 92, 3800.00),
    ("Polisportiva Etrusca A.S.D.", "Chiusi", 88, 3500.00),
    ("Società Filarmonica \u201cGiuseppe Verdi\u201d", "Chiusi", 85, 3200.00),
    ("A.S.D. Pallavolo Valdichiana", "Chiusi Scalo", 81, 2900.00),
    ("Gruppo Sportivo Montevenere", "Montallese", 77, 2600.00),
    ("Associazione Culturale Porsenna", "Chiusi", 74, 2400.00),
    ("Circolo Tennis Lago di Chiusi A.S.D.", "Chiusi", 70, 2100.00),
    ("A.S.D. Ciclistica Chiusina", "Chiusi Scalo", 66, 1850.00),
    ("Coro Polifonico Santa Mustiola", "Chiusi", 63, 1700.00),
    ("Pro Loco di Chiusi", "Chiusi", 61, 1600.00),
    ("A.S.D. Karate Shotokan Chiusi", "Chiusi Scalo", 58, 1400.00),
    ("Associazione Pescatori del Lago", "Chiusi", 55, 1250.00),
    ("Gruppo Teatrale \u201cLa Fortezza\u201d", "Chiusi", 52, 1100.00),
    ("A.S.D. Nuoto Valdichiana", "Chiusi Scalo", 49, 950.00),
    ("Circolo Ricreativo Querce al Pino", "Querce al Pino", 45, 800.00),
    ("Associazione Amici del Museo Etrusco", "Chiusi", 42, 700.00),
    ("A.S.D. Bocciofila Chiusina", "Chiusi Scalo", 38, 600.00),
    ("Gruppo Podistico Le Biffe", "Chiusi", 34, 500.00),
]


def euro(v):
    s = "%.2f" % v
    i, d = s.split(".")
    out = ""
    while len(i) > 3:
        out = "." + i[-3:] + out
        i = i[:-3]
    return i + out + "," + d


def main():
    c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
    c.setTitle("Allegato A - determinazione n. 133 del 11/03/2026")
    c.setAuthor("Comune di Chiusi")
    c.setCreator("Civilia Next - Dedagroup Public Services")
    c.setProducer("Civilia Next Report Server (ReportLab PDF Library)")

    c.beginForm("runhead", lowerx=0, lowery=H - 80, upperx=W, uppery=H)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(56, H - 48, "COMUNE DI CHIUSI")
    c.setFont("Helvetica", 8.5)
    c.drawString(56, H - 60, "Provincia di Siena")
    c.drawRightString(W - 56, H - 48, "Allegato A alla determinazione n. 133 del 11/03/2026")
    c.drawRightString(W - 56, H - 60, "Settore Servizi alla Persona, Cultura e Sport")
    c.setLineWidth(0.6)
    c.line(56, H - 68, W - 56, H - 68)
    c.endForm()

    def page_frame(n, total):
        c.doForm("runhead")
        c.saveState()
        c.setFont("Helvetica-Oblique", 7)
        c.setFillColor(colors.HexColor("#444444"))
        c.translate(30, 120)
        c.rotate(90)
        c.drawString(0, 0, "Pubblicato all'Albo Pretorio on line dal 12/03/2026 al 27/03/2026 - "
                     "n. reg. 402/2026 - Copia informatica per consultazione")
        c.restoreState()
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 30, "Pag. %d di %d" % (n, total))

    page_frame(1, 1)
    y = H - 102
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(W / 2, y, "ALLEGATO A")
    y -= 20
    c.setFont("Helvetica-Bold", 10.5)
    for ln in ["CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE E CULTURALI - ANNO 2026",
               "GRADUATORIA E RIPARTO"]:
        c.drawCentredString(W / 2, y, ln)
        y -= 14
    y -= 4
    c.setFont("Helvetica", 9)
    c.drawString(56, y, "Stanziamento complessivo: euro 32.950,00 - Missione 06, Programma 01, capitolo 6120/1 "
                 "del bilancio 2026")
    y -= 20

    cols = [("N.", 26, "c"), ("Associazione", 200, "l"), ("Sede", 90, "l"),
            ("Punteggio", 62, "c"), ("Contributo (euro)", W - 112 - 378, "r")]
    rowh = 17
    top = y
    nrows = len(ROWS) + 2
    data = []
    for i, (a, s, p, v) in enumerate(ROWS):
        data.append([str(i + 1), a, s, str(p), euro(v)])
    data.append(["", "TOTALE", "", "", euro(sum(r[3] for r in ROWS))])
    # header shading first
    c.setFillColor(colors.HexColor("#d9e2ec"))
    c.rect(56, top - rowh, W - 112, rowh, stroke=0, fill=1)
    c.setFillColor(colors.black)
    # text column by column
    x = 56
    for ci, (h, w, al) in enumerate(cols):
        for ri in range(nrows):
            yy = top - rowh * (ri + 1) + 5
            if ri == 0:
                txt, font = h, "Helvetica-Bold"
            else:
                txt = data[ri - 1][ci]
                font = "Helvetica-Bold" if ri == nrows - 1 else "Helvetica"
            c.setFont(font, 8.8)
            if al == "c":
                c.drawCentredString(x + w / 2, yy, txt)
            elif al == "r":
                c.drawRightString(x + w - 4, yy, txt)
            else:
                c.drawString(x + 4, yy, txt)
        x += w
    # rules last
    c.setLineWidth(0.4)
    for ri in range(nrows + 1):
        c.line(56, top - rowh * ri, W - 56, top - rowh * ri)
    x = 56
    for h, w, al in cols:
        c.line(x, top, x, top - rowh * nrows)
        x += w
    c.line(W - 56, top, W - 56, top - rowh * nrows)
    y = top - rowh * nrows - 22
    c.setFont("Helvetica", 8.5)
    notes = [
        "Punteggi attribuiti secondo i criteri dell'art. 6 del Regolamento comunale per la concessione di "
        "contributi,",
        "sovvenzioni e vantaggi economici (numero di iscritti, attività giovanile, iniziative sul territorio, "
        "continuità).",
        "I contributi sono liquidati per il 50% entro il 30/04/2026 e per il saldo a presentazione del "
        "rendiconto delle attività.",
    ]
    for ln in notes:
        c.drawString(56, y, ln)
        y -= 12
    y -= 18
    c.setFont("Helvetica", 9)
    c.drawString(56, y, "Chiusi, 11/03/2026")
    c.drawCentredString(W - 160, y, "IL RESPONSABILE DEL SETTORE")
    c.drawCentredString(W - 160, y - 13, "Dott.ssa Francesca Bernardini")
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawCentredString(W - 160, y - 25, "(firmato digitalmente)")
    c.showPage()
    c.save()
    print(OUT)


if __name__ == "__main__":
    main()
