# Comune di Cesiomaggiore (BL): decreto sindacale of nomina of the Segretario comunale; every glyph placed with its own Tm/Tj,
# justified lines spread by moving the glyphs (reportlab canvas, low level)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Dedagroup Civilia Next PDF 2.0"); c.setTitle("Decreto 3/2026")
W, H = A4; L, R = 70, W - 70
def glyphs(txt, x, y, font="Times-Roman", size=11, just=False):
    w = stringWidth(txt, font, size); extra = (R - x - w) / max(1, len(txt) - 1) if just else 0
    t = c.beginText(); t.setFont(font, size)
    for ch in txt:
        t.setTextOrigin(x, y); t.textOut(ch); x += stringWidth(ch, font, size) + extra
    c.drawText(t)
def centre(txt, y, font="Times-Bold", size=11): glyphs(txt, (W - stringWidth(txt, font, size)) / 2, y, font, size)
def para(txt, y, font="Times-Roman", size=11, lead=15):
    words, line = txt.split(), ""
    for wd in words:
        if stringWidth((line + " " + wd).strip(), font, size) > R - L:
            glyphs(line, L, y, font, size, True); y -= lead; line = wd
        else: line = (line + " " + wd).strip()
    glyphs(line, L, y, font, size); return y - lead - 4
y = H - 70
centre("COMUNE DI CESIOMAGGIORE", y, size=16); y -= 16; centre("Provincia di Belluno", y, "Times-Roman", 10); y -= 28
centre("DECRETO DEL SINDACO", y, size=13); y -= 16; centre("Decreto n. 3 del 25.3.2026", y, "Times-Roman", 11); y -= 26
y = para("OGGETTO: Nomina del Segretario comunale titolare della sede di segreteria convenzionata Cesiomaggiore – San Gregorio nelle Alpi.", y, "Times-Bold")
centre("IL SINDACO", y); y -= 20
y = para("Premesso che con deliberazioni consiliari n. 3 del 12 febbraio 2026 del Comune di Cesiomaggiore e n. 2 del 13 febbraio 2026 del Comune di San Gregorio nelle Alpi è stata approvata la convenzione per la gestione associata del servizio di segreteria comunale, con Cesiomaggiore comune capofila;", y)
y = para("Visti l'art. 97 del D.Lgs. 18 agosto 2000, n. 267, il D.P.R. 4 dicembre 1997, n. 465, e la nota della Prefettura di Venezia – Albo dei Segretari comunali e provinciali, Sezione regionale del Veneto, con la quale è stato assegnato il nominativo del segretario individuato;", y)
centre("DECRETA", y); y -= 20
for i, t in enumerate(["di nominare la dott.ssa Elisa Bortoluzzi Segretario comunale titolare della sede di segreteria convenzionata Cesiomaggiore – San Gregorio nelle Alpi (classe IV);",
                      "di fissare la presa di servizio al giorno 1 aprile 2026;",
                      "di trasmettere il presente decreto all'interessata, al Sindaco del Comune di San Gregorio nelle Alpi e alla Prefettura competente."], 1):
    y = para(f"{i}. {t}", y)
y -= 10; glyphs("Cesiomaggiore, venticinque marzo duemilaventisei", L, y); y -= 34
glyphs("IL SINDACO", 380, y, "Times-Bold"); y -= 15; glyphs("Mauro Mengato", 376, y); y -= 40
glyphs("Per accettazione: dott.ssa Elisa Bortoluzzi", L, y, "Times-Italic", 10)
c.showPage(); c.save()
