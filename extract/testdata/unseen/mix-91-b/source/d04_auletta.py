# reportlab canvas: every glyph its own Tm+Tj, lines justified by spreading glyphs; Albo stamp rotated 90 deg
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4); c.setProducer("Kibernetes PDF Printer 2.1"); c.setTitle("Delibera GC 9/2026")
W, Hh = A4; L, R = 70, W - 60
y = [790]
def glyphs(txt, font, size, x0, yy, width=None):
    w = stringWidth(txt, font, size); extra = 0
    if width and len(txt) > 1: extra = (width - w) / (len(txt) - 1)
    x = x0
    for ch in txt:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, yy); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + extra
def para(txt, font="Times-Roman", size=10.5, lead=14, center=False, justify=True):
    words = txt.split(); line = []
    lines = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > R - L and line: lines.append(" ".join(line)); line = [w]
        else: line.append(w)
    lines.append(" ".join(line))
    for i, ln in enumerate(lines):
        if center: glyphs(ln, font, size, (W - stringWidth(ln, font, size)) / 2, y[0])
        else: glyphs(ln, font, size, L, y[0], (R - L) if justify and i < len(lines) - 1 else None)
        y[0] -= lead
    y[0] -= 3
para("COMUNE DI AULETTA", "Times-Bold", 17, 21, center=True)
para("Provincia di Salerno", "Times-Italic", 11, 14, center=True)
c.line(L, y[0] + 4, R, y[0] + 4); y[0] -= 10
para("DELIBERAZIONE DELLA GIUNTA COMUNALE N. 9", "Times-Bold", 12, 16, center=True)
para("OGGETTO: Adesione al progetto \"Borghi in rete\" per la valorizzazione turistica del centro storico e delle Grotte di Pertosa-Auletta. Approvazione dello schema di accordo di partenariato.", "Times-Bold", 10.5)
para("L'anno duemilaventisei addì ventisei del mese di febbraio alle ore diciotto e minuti trenta, nella Residenza Municipale, regolarmente convocata, si è riunita la Giunta Comunale, presieduta dal Vicesindaco Carmela Pessolano, essendo assente il Sindaco, e con l'intervento dei seguenti componenti:")
rows = [("Cognome e Nome", "Carica", "Presente", "Assente"), ("FERRARA Nicola", "Sindaco", "", "X"), ("PESSOLANO Carmela", "Vicesindaco", "X", ""),
        ("CAPORALE Vito", "Assessore anziano", "X", ""), ("D'AMATO Lucia", "Assessore", "X", "")]
for i, r in enumerate(rows):
    f = "Times-Bold" if i == 0 else "Times-Roman"
    for x, v in zip((L + 5, L + 170, L + 300, L + 370), r): glyphs(v, f, 10, x, y[0])
    c.line(L, y[0] - 4, L + 430, y[0] - 4); y[0] -= 15
y[0] -= 4
para("Assiste il Segretario Comunale dott. Giuseppe Marmo, incaricato della redazione del verbale. Il Presidente, riconosciuta la validità della seduta, invita i presenti a deliberare.")
para("LA GIUNTA COMUNALE", "Times-Bold", 11, 15, center=True)
para("Premesso che la Regione Campania ha promosso la costituzione di reti di borghi per la valorizzazione turistica delle aree interne; vista la proposta di accordo trasmessa dal Comune capofila; acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;")
para("Con voti favorevoli unanimi, espressi per alzata di mano,")
para("DELIBERA", "Times-Bold", 11, 15, center=True)
for p in ["1. di aderire al progetto \"Borghi in rete\" per la valorizzazione turistica del centro storico;",
          "2. di approvare lo schema di accordo di partenariato, che si allega al presente atto;",
          "3. di autorizzare il Sindaco alla sottoscrizione dell'accordo."]:
    para(p)
para("Successivamente, con separata e unanime votazione, la Giunta dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
para("Letto, approvato e sottoscritto", "Times-Bold", 10.5, 15, center=True)
for x, a, b in ((L + 20, "IL PRESIDENTE", "Carmela Pessolano"), (L + 260, "IL SEGRETARIO COMUNALE", "dott. Giuseppe Marmo")):
    glyphs(a, "Times-Bold", 10, x, y[0]); glyphs(b, "Times-Italic", 10, x, y[0] - 14)
c.rect(L, y[0] - 22, R - L, 36); y[0] -= 40
# rotated stamp
c.saveState(); c.translate(40, 250); c.rotate(90); c.setStrokeColorRGB(0.6, 0, 0); c.rect(-6, -14, 390, 26)
c.setFillColorRGB(0.6, 0, 0); c.setFont("Helvetica-Bold", 8)
c.drawString(0, 0, "ALBO PRETORIO ON LINE - PUBBL. N. 187 DAL 27/02/2026 AL 14/03/2026"); c.restoreState()
c.save()
