# Tiggiano: reportlab, every glyph its own Tm+Tj, rotated Albo stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1]); c.setCreator("Kibernetes PDF Printer 2.1"); c.setProducer("Kibernetes PDF Printer 2.1")
W, H = 595, 842
def glyphs(x, y, s, f="Times-Roman", sz=11, width=None):
    ws = stringWidth(s, f, sz); extra = 0
    if width and s.count(" "): extra = (width - ws) / s.count(" ")
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(f, sz); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, f, sz) + (extra if ch == " " else 0)
def para(y, lines, f="Times-Roman", sz=11, last_just=False):
    for i, l in enumerate(lines):
        glyphs(70, y, l, f, sz, 455 if (i < len(lines)-1 or last_just) else None); y -= 15
    return y - 5
glyphs(225, 790, "COMUNE DI TIGGIANO", "Times-Bold", 16)
glyphs(245, 773, "Provincia di Lecce", "Times-Italic", 11)
c.line(70, 762, 525, 762)
glyphs(70, 740, "Ordinanza n. 14/2026 del 3.4.2026", "Times-Bold", 12)
glyphs(380, 740, "Prot. n. 2231", "Times-Roman", 11)
glyphs(150, 712, "ORDINANZA SINDACALE CONTINGIBILE E URGENTE", "Times-Bold", 12)
y = para(690, ["OGGETTO: Divieto temporaneo di utilizzo dell'acqua erogata dalla rete idrica comunale a",
               "scopo potabile nelle vie Roma, Vittorio Emanuele III e Serrano."], "Times-Bold")
glyphs(270, y, "IL SINDACO", "Times-Bold", 12); y -= 20
y = para(y, ["VISTA la nota dell'ASL Lecce - Dipartimento di Prevenzione, SIAN, prot. n. 58812 del 2.4.2026,",
  "con la quale si comunica che i campioni prelevati il 31.3.2026 presso la fontana pubblica di via Roma",
  "hanno evidenziato valori di Escherichia coli superiori ai limiti del D.Lgs. 18/2023;",
  "RITENUTO necessario adottare con urgenza misure a tutela della salute pubblica;",
  "VISTI gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267;"])
glyphs(280, y, "ORDINA", "Times-Bold", 12); y -= 20
y = para(y, ["1. il divieto di utilizzo dell'acqua erogata dalla rete idrica nelle vie Roma, Vittorio Emanuele III",
  "e Serrano per uso potabile e per la preparazione degli alimenti, fino a revoca della presente;"])
y = para(y, ["2. all'Acquedotto Pugliese S.p.A. di procedere alla disinfezione della rete e a nuovi prelievi;"])
y = para(y, ["3. che la presente ordinanza sia resa nota mediante pubblicazione all'Albo Pretorio on line e",
  "affissione nei luoghi pubblici."])
y = para(y, ["Avverso il presente provvedimento è ammesso ricorso al TAR Puglia - Lecce entro 60 giorni."])
glyphs(70, y-10, "Tiggiano, 3.4.2026")
glyphs(380, y-10, "IL SINDACO", "Times-Bold"); glyphs(368, y-26, "Lucio Scarcia")
c.saveState(); c.translate(40, 250); c.rotate(90)
c.setStrokeColorRGB(0.1,0.2,0.6); c.setFillColorRGB(0.1,0.2,0.6); c.rect(-5, -14, 330, 26)
glyphs(0, -4, "ALBO PRETORIO ON LINE - Pubbl. n. 301 dal 03/04/2026", "Helvetica", 9)
c.restoreState(); c.save()
