# Alessandria della Rocca: reportlab, every glyph placed with its own Tm + Tj (justified by moving glyphs);
# roll as a numbered list with the role after a dash; "Affissa all'Albo" stamp rotated 90 degrees.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setProducer("Maggioli J-Iride Stampe 4.0"); c.setTitle("Delibera GM 19/2026")
L, R = 62, W - 56
y = H - 60
def glyphs(x, y, s, font="Times-Roman", size=11, gap=None):
    # one text object per glyph
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (gap if (gap and ch == " ") else 0)
def para(txt, font="Times-Roman", size=11, lead=14.5, indent=0, justify=True):
    global y
    words = txt.split(" "); line = []
    def flush(last):
        global y
        s = " ".join(line); width = stringWidth(s, font, size)
        n = s.count(" ")
        gap = ((R - L - indent) - width) / n if (justify and not last and n) else 0
        glyphs(L + indent, y, s, font, size, gap); y -= lead
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > R - L - indent and line:
            flush(False); line = []
        line.append(w)
    if line: flush(True)
    y -= 3
def center(s, font="Times-Bold", size=11):
    global y
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size); y -= size + 5
center("COMUNE DI ALESSANDRIA DELLA ROCCA", "Times-Bold", 16)
center("(Libero Consorzio Comunale di Agrigento)", "Times-Italic", 10)
c.line(L, y + 4, R, y + 4); y -= 8
center("COPIA DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE", "Times-Bold", 12)
center("Deliberazione n. 19 del 5.3.2026", "Times-Bold", 12); y -= 4
para("OGGETTO: Adesione al progetto \"Biblioteche di comunità\" promosso dal Sistema bibliotecario provinciale e approvazione dello schema di convenzione.", "Times-Bold", 11)
para("L'anno duemilaventisei addì cinque del mese di marzo alle ore 10,40 nella sala delle adunanze del Comune, si è riunita la Giunta Municipale, convocata nei modi di legge. Risultano:")
roll = ["1. Scalia Giovanni – Sindaco – presente", "2. Re Antonina – Vicesindaco – presente",
        "3. Lo Bue Calogero – Assessore – presente", "4. Spoto Francesca – Assessore – assente",
        "5. Cacciatore Ignazio – Assessore – presente"]
for r in roll:
    glyphs(L + 30, y, r, "Times-Roman", 11); y -= 14
y -= 4
para("Presiede il Sindaco, sig. Giovanni Scalia. Partecipa il Segretario Comunale, dott. Angelo Burgio, che cura la redazione del presente verbale. Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la seduta.")
center("LA GIUNTA MUNICIPALE")
para("Vista la nota del Sistema bibliotecario provinciale prot. n. 1207 del 16 febbraio 2026; ritenuto di aderire al progetto, che non comporta oneri a carico del bilancio comunale; visti i pareri favorevoli espressi sulla proposta ai sensi dell'art. 12 della L.R. 30/2000;")
para("Con voti favorevoli unanimi, espressi nelle forme di legge,")
center("D E L I B E R A")
pts = ["1) di aderire al progetto \"Biblioteche di comunità\" promosso dal Sistema bibliotecario provinciale per gli anni 2026-2027;",
       "2) di approvare lo schema di convenzione allegato sotto la lettera A), che forma parte integrante del presente atto;",
       "3) di autorizzare il Sindaco alla sottoscrizione della convenzione."]
for p in pts: para(p, indent=0)
para("La Giunta Municipale, con separata votazione unanime, dichiara il presente atto immediatamente esecutivo ai sensi dell'art. 12, comma 2, della L.R. 44/1991.")
y -= 10
glyphs(L + 10, y, "IL SINDACO", "Times-Bold", 10); glyphs(W / 2 - 30, y, "L'ASSESSORE ANZIANO", "Times-Bold", 10); glyphs(R - 140, y, "IL SEGRETARIO COMUNALE", "Times-Bold", 10); y -= 13
glyphs(L + 10, y, "f.to Giovanni Scalia", "Times-Italic", 10); glyphs(W / 2 - 30, y, "f.to Antonina Re", "Times-Italic", 10); glyphs(R - 140, y, "f.to dott. Angelo Burgio", "Times-Italic", 10)
# rotated stamp in the left margin
c.saveState(); c.translate(34, 200); c.rotate(90); c.setFillColorRGB(0.2, 0.2, 0.6)
t = c.beginText(); t.setFont("Helvetica-Bold", 9); t.setTextOrigin(0, 0)
t.textOut("AFFISSA ALL'ALBO PRETORIO ON LINE DAL 06/03/2026 AL 21/03/2026 – REG. PUBBL. N. 233"); c.drawText(t); c.restoreState()
c.showPage(); c.save()
