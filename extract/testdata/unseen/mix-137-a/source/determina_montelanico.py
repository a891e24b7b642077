"""Montelanico, Halley-like determinazione: ReportLab canvas, justified with
Tw, a running head with the register numbers on every page."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from rl_common import justified, spaced, wrap

out = sys.argv[1]
W, H = A4
L, R = 62, W - 56
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Determinazione Area Tecnica n. 2/2029")
c.setAuthor("Halley Informatica - Atti")
c.setCreator("Halley Atti Amministrativi")

page = [1]


def head():
    c.setFont("Helvetica", 7.5)
    c.drawString(L, H - 30, "COMUNE DI MONTELANICO - Determinazione Area Tecnica n. 2 del 10/01/2029 - Reg. Gen. n. 7 del 10/01/2029")
    c.drawRightString(R, H - 30, "Pag. %d" % page[0])
    c.setLineWidth(0.4)
    c.line(L, H - 34, R, H - 34)


def foot():
    c.setFont("Helvetica-Oblique", 7)
    c.drawCentredString(W / 2, 28, "Comune di Montelanico - Piazza Umberto I - 00030 Montelanico (RM) - PEC: protocollo@pec.comune.montelanico.rm.it")


def newpage():
    foot()
    c.showPage()
    page[0] += 1
    head()
    return H - 60


head()
y = H - 62
c.setFont("Times-Bold", 18)
c.drawCentredString(W / 2, y, "COMUNE DI MONTELANICO")
y -= 15
c.setFont("Times-Roman", 11)
c.drawCentredString(W / 2, y, "Città Metropolitana di Roma Capitale")
y -= 26
spaced(c, L, y, "AREA TECNICA", "Helvetica-Bold", 12, 2.2, center_width=R - L)
y -= 14
c.setFont("Helvetica", 10)
c.drawCentredString(W / 2, y, "Servizio Lavori Pubblici e Manutenzioni")
y -= 24
# number grid
c.setLineWidth(0.8)
c.rect(L, y - 34, R - L, 44)
c.line(W / 2, y - 34, W / 2, y + 10)
c.setFont("Helvetica", 8)
c.drawString(L + 6, y, "DETERMINAZIONE DEL RESPONSABILE")
c.drawString(W / 2 + 6, y, "REGISTRO GENERALE")
c.setFont("Helvetica-Bold", 11)
c.drawString(L + 6, y - 18, "N. 2 del 10/01/2029")
c.drawString(W / 2 + 6, y - 18, "N. 7 del 10/01/2029")
y -= 60
c.setFont("Helvetica-Bold", 10)
c.drawString(L, y, "OGGETTO:")
subj = ("AFFIDAMENTO DIRETTO ALLA DITTA EDIL SACCO S.R.L. DEI LAVORI DI RIPRISTINO DEL MURO DI "
        "SOSTEGNO IN VIA DELLA FONTANA - IMPEGNO DI SPESA - CIG B4C7D21E9A")
for ws in wrap(subj, "Helvetica-Bold", 10, R - L - 60):
    c.drawString(L + 60, y, " ".join(ws))
    y -= 13
y -= 12
spaced(c, L, y, "IL RESPONSABILE DELL'AREA TECNICA", "Times-Bold", 11, 1.0, center_width=R - L)
y -= 20
F, S, LD = "Times-Roman", 11, 14.2
paras = [
    "VISTO il decreto del Sindaco n. 12 del 28/12/2028 con il quale è stato conferito al sottoscritto l'incarico di Responsabile dell'Area Tecnica, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
    "PREMESSO che a seguito delle intense precipitazioni del mese di dicembre 2028 si è verificato il parziale cedimento del muro di sostegno in pietrame a valle di Via della Fontana, per una lunghezza di circa 14 metri, con pericolo per la pubblica incolumità, come accertato nel sopralluogo dell'Ufficio Tecnico del 03/01/2029;",
    "VISTO il preventivo presentato dalla ditta Edil Sacco S.r.l., con sede in Segni (RM), Via Casilina km 52,300, P.IVA 09876540581, acquisito al protocollo n. 84 del 08/01/2029, per l'importo di € 18.450,00 oltre IVA al 22%, ritenuto congruo rispetto ai prezzi del vigente prezzario regionale;",
    "VISTO l'art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei lavori di importo inferiore a 150.000 euro, anche senza consultazione di più operatori economici;",
    "DATO ATTO che è stato acquisito il Codice Identificativo di Gara (CIG) B4C7D21E9A e che la regolarità contributiva della ditta è attestata dal DURC prot. INAIL_51234987, valido fino al 14/04/2029;",
    "ACCERTATA la regolarità tecnica del presente atto ai sensi dell'art. 147-bis del D.Lgs. 267/2000;",
]
for p in paras:
    y = justified(c, L, y, p, F, S, R - L, LD, indent=18)
    y -= 4
    if y < 120:
        y = newpage()
y -= 6
spaced(c, L, y, "DETERMINA", "Times-Bold", 12, 4.0, center_width=R - L)
y -= 20
points = [
    "di affidare, per le motivazioni espresse in premessa, alla ditta Edil Sacco S.r.l. i lavori di ripristino del muro di sostegno in Via della Fontana, per l'importo di € 18.450,00 oltre IVA al 22%, per complessivi € 22.509,00;",
    "di impegnare la spesa complessiva di € 22.509,00 alla missione 10, programma 5, capitolo 2810 del bilancio 2028-2030, esercizio provvisorio 2029, trattandosi di spesa necessaria ad evitare danni certi e gravi all'Ente;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale e che il Responsabile Unico del Progetto è il sottoscritto;",
    "di trasmettere il presente provvedimento al Responsabile dell'Area Finanziaria per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria.",
]
for i, p in enumerate(points, 1):
    if y < 110:
        y = newpage()
    c.setFont(F, S)
    c.drawString(L + 4, y, "%d." % i)
    y = justified(c, L + 22, y, p, F, S, R - L - 22, LD)
    y -= 4
if y < 200:
    y = newpage()
y -= 18
c.setFont("Times-Roman", 10.5)
c.drawString(L, y, "Montelanico, 10/01/2029")
c.drawCentredString(R - 110, y, "IL RESPONSABILE DELL'AREA TECNICA")
c.drawCentredString(R - 110, y - 14, "Geom. Stefano Tomassi")
c.setFont("Times-Italic", 8.5)
c.drawCentredString(R - 110, y - 27, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)")
y -= 60
c.setLineWidth(0.5)
c.line(L, y + 10, R, y + 10)
spaced(c, L, y - 4, "VISTO DI REGOLARITÀ CONTABILE", "Helvetica-Bold", 9.5, 1.2, center_width=R - L)
y -= 20
y = justified(c, L, y, "Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 21/2029.", "Times-Roman", 10, R - L, 13)
c.setFont("Times-Roman", 10)
c.drawString(L, y - 8, "Montelanico, 10/01/2029")
c.drawCentredString(R - 110, y - 8, "IL RESPONSABILE DELL'AREA FINANZIARIA")
c.drawCentredString(R - 110, y - 21, "Rag. Marco Filigenzi")
foot()
c.save()
