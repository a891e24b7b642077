# Giunta comunale of Pietracupa: reportlab, every glyph its own Tm+Tj; Albo stamp rotated 90 degrees in the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4; L, R = 70, W - 60; y = H - 60
c.setProducer("Kibernetes PDF Printer 2.1")
def glyphs(x, yy, s, f, sz):
    for ch in s:
        t = c.beginText(x, yy); t.setFont(f, sz); t.textOut(ch); c.drawText(t); x += stringWidth(ch, f, sz)
def line(s, f="Times-Roman", sz=10.5, center=False, x=None):
    global y
    w = stringWidth(s, f, sz); xx = (W - w) / 2 if center else (x or L)
    glyphs(xx, y, s, f, sz); y -= sz + 4
def para(s, f="Times-Roman", sz=10.5):
    words = s.split(); ln = []
    for w in words:
        if stringWidth(" ".join(ln + [w]), f, sz) > R - L and ln: line(" ".join(ln), f, sz); ln = [w]
        else: ln.append(w)
    line(" ".join(ln), f, sz); global y; y -= 3
line("COMUNE DI PIETRACUPA", "Times-Bold", 15, True); line("Provincia di Campobasso", "Times-Italic", 10, True); y -= 8
line("DELIBERAZIONE DELLA GIUNTA COMUNALE", "Times-Bold", 11.5, True)
line("Reg. Del. n. 15                                   Seduta del 2 aprile 2026", "Times-Roman", 10.5, True); y -= 4
para("OGGETTO: Riaccertamento ordinario dei residui attivi e passivi al 31 dicembre 2025 ai sensi dell'art. 3, comma 4, del D.Lgs. 118/2011.", "Times-Bold")
para("L'anno duemilaventisei il giorno due del mese di aprile alle ore 10:00 nella sede comunale si è riunita la Giunta Comunale con la presenza dei Signori:")
for n, q, p in [("Vincelli Mario", "Sindaco", "P"), ("Colavita Domenica", "Vicesindaco", "P"), ("Iacovone Franco", "Assessore", "A")]:
    glyphs(L + 20, y, n, "Times-Roman", 10.5); glyphs(L + 180, y, q, "Times-Roman", 10.5); glyphs(L + 300, y, p, "Times-Bold", 10.5); y -= 14
glyphs(L + 20, y, "(P = presente; A = assente)", "Times-Italic", 9.5); y -= 18
para("Presiede il Sindaco Mario Vincelli. Partecipa il Segretario Comunale dott.ssa Emanuela Santella.")
line("LA GIUNTA COMUNALE", "Times-Bold", 10.5, True)
para("VISTO l'art. 228, comma 3, del D.Lgs. 267/2000; VISTO il principio contabile applicato della contabilità finanziaria, allegato 4/2 al D.Lgs. 118/2011, punto 9.1; VISTE le attestazioni dei Responsabili dei servizi sulle ragioni del mantenimento dei residui; ACQUISITO il parere favorevole del Revisore dei conti;")
para("Ad unanimità di voti favorevoli,")
line("DELIBERA", "Times-Bold", 10.5, True)
for i, s in enumerate(["di approvare il riaccertamento ordinario dei residui attivi e passivi al 31.12.2025 come da allegati A e B;",
                       "di variare il fondo pluriennale vincolato di entrata dell'esercizio 2026 per l'importo di € 58.214,37;",
                       "di trasmettere il presente atto al Tesoriere comunale e all'Organo di revisione."], 1):
    para(f"{i}. {s}")
para("Con separata e unanime votazione la presente è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del TUEL.")
y -= 12
glyphs(L + 20, y, "IL SINDACO", "Times-Bold", 10.5); glyphs(L + 270, y, "IL SEGRETARIO COMUNALE", "Times-Bold", 10.5); y -= 14
glyphs(L + 20, y, "Mario Vincelli", "Times-Roman", 10.5); glyphs(L + 270, y, "dott.ssa Emanuela Santella", "Times-Roman", 10.5)
c.saveState(); c.translate(38, 250); c.rotate(90); c.setStrokeColorRGB(.1, .2, .6); c.setFillColorRGB(.1, .2, .6)
c.rect(-6, -14, 330, 30); c.setFont("Helvetica-Bold", 8.5)
c.drawString(0, 5, "ALBO PRETORIO ON LINE – Pubblicato dal 07/04/2026 al 22/04/2026"); c.setFont("Helvetica", 8)
c.drawString(0, -8, "Registro pubblicazioni n. 142 – Il Responsabile"); c.restoreState()
c.save()
