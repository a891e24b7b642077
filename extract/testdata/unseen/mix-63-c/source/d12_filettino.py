# Filettino: convocation of the Consiglio comunale, ReportLab canvas. Letterhead and foot are Form XObjects,
# the title is letter-spaced (Tc), the body justified line by line with word spacing (Tw); the signature,
# the agenda and the body are drawn in that (reverse) order.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth
D = "/usr/share/fonts/truetype/liberation/"
for n, f in [("Ser", "LiberationSerif-Regular.ttf"), ("SerB", "LiberationSerif-Bold.ttf"), ("SerI", "LiberationSerif-Italic.ttf"), ("San", "LiberationSans-Regular.ttf")]:
    pdfmetrics.registerFont(TTFont(n, D + f))
W, H = A4; LM, RM = 68, W - 62
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Convocazione Consiglio comunale"); c.setCreator("Protocollo informatico - Comune di Filettino")
c.beginForm("head")
c.setFont("SerB", 18); c.drawCentredString(W / 2, H - 58, "COMUNE DI FILETTINO")
c.setFont("SerI", 11); c.drawCentredString(W / 2, H - 74, "Provincia di Frosinone")
c.setFont("San", 8); c.drawCentredString(W / 2, H - 87, "Piazza Umberto I n. 1 – 03010 Filettino (FR) – PEC: protocollo.filettino@pec.it")
c.setLineWidth(0.9); c.line(LM, H - 95, RM, H - 95)
c.endForm()
c.beginForm("foot")
c.setLineWidth(0.4); c.line(LM, 52, RM, 52)
c.setFont("San", 7.5); c.drawCentredString(W / 2, 40, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – il documento originale è conservato negli archivi informatici del Comune")
c.endForm()
def just_lines(text, font, size, width):
    words = text.split(); lines = []; cur = []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur); return lines
def para(y, text, font="Ser", size=11.5, lead=15, indent=0, first=0):
    lines = just_lines(text, font, size, RM - LM - indent - first)
    t = c.beginText(); t.setFont(font, size)
    for i, ws in enumerate(lines):
        s = " ".join(ws); x = LM + indent + (first if i == 0 else 0)
        width = RM - x
        tw = 0 if i == len(lines) - 1 or len(ws) < 2 else (width - stringWidth(s, font, size)) / (len(ws) - 1)
        t.setTextOrigin(x, y); t.setWordSpace(tw); t.textOut(s); y -= lead
    c.drawText(t); return y
# signature first (drawn before the body)
c.setFont("Ser", 11.5); c.drawCentredString(RM - 95, 200, "IL SINDACO")
c.setFont("Ser", 11.5); c.drawCentredString(RM - 95, 184, "Sig. Domenico Tarquini")
# agenda second
ay = 452
c.setFont("SerB", 11.5); c.drawString(LM, ay, "ORDINE DEL GIORNO"); ay -= 18
items = ["Lettura e approvazione dei verbali della seduta precedente.",
         "Comunicazioni del Sindaco.",
         "Ratifica della deliberazione della Giunta comunale n. 48 del 25/06/2026 avente ad oggetto: \"Variazione d'urgenza al bilancio di previsione 2026-2028\".",
         "Assestamento generale di bilancio e salvaguardia degli equilibri per l'esercizio 2026 (artt. 175, comma 8, e 193 del D.Lgs. 267/2000).",
         "Regolamento per l'uso civico di legnatico sui terreni del demanio collettivo – Modifiche agli artt. 4 e 9.",
         "Approvazione della convenzione con il Comune di Trevi nel Lazio per la gestione associata del servizio di Polizia Locale."]
for i, it in enumerate(items, 1):
    c.setFont("Ser", 11.5); c.drawString(LM + 4, ay, "%d." % i)
    ay = para(ay, it, indent=22) - 3
# body last: letterhead, title, addressees, text
c.doForm("head"); c.doForm("foot")
c.setFont("San", 9.5); c.drawString(LM, H - 122, "Prot. n. 2731"); c.drawRightString(RM, H - 122, "Filettino, 17/07/2026")
c.setFont("Ser", 11); y = H - 150
for s in ["Ai Consiglieri comunali – LORO SEDI", "Al Sindaco – SEDE", "Al Segretario comunale – SEDE", "Alla Prefettura – U.T.G. di Frosinone"]:
    c.drawRightString(RM, y, s); y -= 14
y -= 14
t = c.beginText(); t.setFont("SerB", 12.5); t.setCharSpace(2.2)
title = "CONVOCAZIONE DEL CONSIGLIO COMUNALE"
tw = stringWidth(title, "SerB", 12.5) + 2.2 * (len(title) - 1)
t.setTextOrigin((W - tw) / 2, y); t.textOut(title); c.drawText(t); y -= 16
t = c.beginText(); t.setFont("Ser", 11); t.setCharSpace(0.6)
sub = "Sessione ordinaria – seduta del 27 luglio 2026"
tw = stringWidth(sub, "Ser", 11) + 0.6 * (len(sub) - 1)
t.setTextOrigin((W - tw) / 2, y); t.textOut(sub); c.drawText(t); y -= 26
y = para(y, "Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e del vigente Regolamento per il funzionamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta del Consiglio comunale, in sessione ordinaria, che si terrà presso la sala consiliare del Palazzo comunale il giorno lunedì 27 luglio 2026 alle ore 18:00 in prima convocazione e, occorrendo, il giorno martedì 28 luglio 2026 alla stessa ora in seconda convocazione, per la trattazione dei seguenti argomenti:", first=24)
c.showPage(); c.save()
