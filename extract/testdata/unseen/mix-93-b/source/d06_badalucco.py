# Comune di Badalucco (IM), Giunta: reportlab; every glyph its own Tm+Tj, no space characters, lines justified by moving glyphs;
# Albo stamp rotated 90 degrees in the left margin; producer string set like a municipal suite
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 70, W - 60
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Kibernetes PDF Printer 2.1"); c.setTitle("GC 18/2026")
def glyphs(x, y, text, font="Times-Roman", size=11, width=None):
    o = c.beginText(); o.setFont(font, size)
    words = text.split(" "); nat = stringWidth(text, font, size); sp = stringWidth(" ", font, size)
    extra = (width - nat) / (len(words) - 1) if width and len(words) > 1 else 0
    for k, w in enumerate(words):
        for ch in w:
            o.setTextOrigin(x, y); o.textOut(ch); x += stringWidth(ch, font, size)
        x += sp + extra
    c.drawText(o)
def centre(y, t, font="Times-Bold", size=11): glyphs((W - stringWidth(t, font, size)) / 2, y, t, font, size)
y = H - 62
def para(t, font="Times-Roman", size=11, lead=14, ind=0):
    global y
    ws = t.split(); lines = []; cur = []
    for w in ws:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - L - ind: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        glyphs(L + ind, y, " ".join(ln), font, size, (R - L - ind) if i < len(lines) - 1 else None); y -= lead
    y -= 3
centre(y, "COMUNE DI BADALUCCO", "Times-Bold", 16); y -= 15
centre(y, "Provincia di Imperia", "Times-Italic", 10.5); y -= 12
centre(y, "Piazza Marconi 1 – 18010 Badalucco (IM) – tel. 0184 408000", "Times-Roman", 9); y -= 8
c.line(L, y, R, y); y -= 26
centre(y, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "Times-Bold", 12); y -= 16
centre(y, "n. 18 del 16.3.2026", "Times-Bold", 12); y -= 24
glyphs(L, y, "Oggetto:", "Times-Bold", 11)
sub = ["Approvazione del programma delle manifestazioni estive 2026 e del relativo", "piano finanziario."]
for s in sub: glyphs(L + 52, y, s, "Times-Bold", 11); y -= 14
y -= 8
para("L'anno duemilaventisei, addì sedici del mese di marzo, alle ore 12:00, nella sede comunale e in collegamento audio-video, si è riunita la Giunta comunale in forma mista. Fatto l'appello risultano:")
rows = [("Sindaco", "Rossi Matteo", "presente in sede"), ("Vicesindaco", "Ferrari Manuela", "presente da remoto"), ("Assessore", "Lanteri Giorgio", "presente in sede")]
for r_, n, m in rows:
    glyphs(L + 20, y, r_, "Times-Roman", 11); glyphs(L + 110, y, n, "Times-Bold", 11); glyphs(L + 260, y, m, "Times-Italic", 11); y -= 14
y -= 4
para("Partecipa il Segretario comunale dott.ssa Paola Orengo, collegata da remoto, la quale cura la redazione del verbale. Il Sindaco Matteo Rossi, riconosciuto il numero legale, assume la presidenza.")
centre(y, "LA GIUNTA COMUNALE"); y -= 18
para("PREMESSO che l'Amministrazione intende promuovere anche per l'anno 2026 un calendario di manifestazioni estive nel centro storico, comprese la Sagra dello Stoccafisso alla Badalucchese e le serate musicali di piazza Duomo;")
para("VISTO il programma predisposto dall'Ufficio Cultura e Turismo, con una spesa complessiva stimata di euro 18.600,00, di cui euro 6.000,00 coperti da contributo regionale;")
para("ACQUISITI i pareri favorevoli ai sensi dell'art. 49 del D.Lgs. 267/2000; con voti unanimi espressi per appello nominale;")
centre(y, "DELIBERA"); y -= 18
for i, t in enumerate(["di approvare il programma delle manifestazioni estive 2026, allegato al presente atto;", "di approvare il relativo piano finanziario per una spesa di euro 18.600,00;", "di demandare al Responsabile del Servizio Amministrativo gli adempimenti di competenza."], 1):
    glyphs(L + 6, y, f"{i}.", "Times-Roman", 11); para(t, ind=22)
para("Con separata votazione unanime, espressa per appello nominale, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
y -= 16
glyphs(L + 40, y, "IL SINDACO", "Times-Roman", 11); glyphs(R - 170, y, "IL SEGRETARIO COMUNALE", "Times-Roman", 11); y -= 14
glyphs(L + 40, y, "Matteo Rossi", "Times-Italic", 11); glyphs(R - 170, y, "dott.ssa Paola Orengo", "Times-Italic", 11)
# rotated stamp in the left margin
c.saveState(); c.translate(38, 180); c.rotate(90); c.setStrokeColorRGB(0.2, 0.2, 0.6); c.setFillColorRGB(0.2, 0.2, 0.6)
c.rect(-6, -14, 380, 30); c.setFont("Helvetica", 8)
c.drawString(0, 4, "PUBBLICATO ALL'ALBO PRETORIO ON LINE DAL 18/03/2026 AL 02/04/2026"); c.drawString(0, -8, "Reg. Pubbl. n. 233 – Il Messo comunale")
c.restoreState(); c.save()
