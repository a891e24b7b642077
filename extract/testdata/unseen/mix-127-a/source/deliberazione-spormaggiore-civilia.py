#!/usr/bin/env python3
"""Spormaggiore (TN): verbale di deliberazione della Giunta comunale n. 21 di
data 8 marzo 2028, as a document-management export writes it: every glyph
placed on its own, the letterhead, the running head and the signature block
kept in Form XObjects, and each page's stream written out of reading order
(signatures first, then the body, the letterhead last)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from glyphlayout import Flow, emit_glyphs, words_of
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = A4
R, B, I = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle("Deliberazione della Giunta comunale n. 21 di data 8 marzo 2028")
c.setAuthor("Comune di Spormaggiore")
c.setCreator("Civilia Next - Atti amministrativi")
GREEN = colors.HexColor("#2f5130")


def glyphs(cv, x, y, text, font, size):
    emit_glyphs(cv, ("g", x, y, text, font, size, 0.0))


def centred(cv, y, text, font, size):
    glyphs(cv, (W - stringWidth(text, font, size)) / 2, y, text, font, size)


# ---- Form XObjects -------------------------------------------------------
c.beginForm("Stemma")
c.setStrokeColor(GREEN); c.setLineWidth(1.2); c.setFillColor(colors.white)
p = c.beginPath()
p.moveTo(0, 52); p.lineTo(42, 52); p.lineTo(42, 22); p.curveTo(42, 8, 30, 2, 21, 0); p.curveTo(12, 2, 0, 8, 0, 22); p.close()
c.drawPath(p, stroke=1, fill=1)
c.setFillColor(GREEN)
p = c.beginPath(); p.moveTo(21, 44); p.lineTo(33, 20); p.lineTo(9, 20); p.close()
c.drawPath(p, stroke=0, fill=1)
c.rect(19, 12, 4, 8, stroke=0, fill=1)
c.endForm()

c.beginForm("Intestazione")
c.doForm("Stemma")
glyphs(c, 52, 36, "COMUNE DI SPORMAGGIORE", B, 15)
glyphs(c, 52, 22, "Provincia di Trento", R, 10)
glyphs(c, 52, 10, "Piazza della Chiesa, 5 - 38010 Spormaggiore (TN) - tel. 0461 653124 - PEC: comune@pec.comune.spormaggiore.tn.it", R, 7)
c.setLineWidth(0.5); c.setStrokeColor(colors.black); c.line(0, -4, W - 40 * mm, -4)
c.endForm()

c.beginForm("Testatina")
glyphs(c, 0, 4, "Comune di Spormaggiore", I, 8)
t = "Deliberazione della Giunta comunale n. 21 di data 8 marzo 2028"
glyphs(c, W - 40 * mm - stringWidth(t, I, 8), 4, t, I, 8)
c.setLineWidth(0.4); c.line(0, 0, W - 40 * mm, 0)
c.endForm()

c.beginForm("Firme")
glyphs(c, 0, 60, "Letto, confermato e sottoscritto.", R, 10)
for x0, role, name in ((20, "IL SINDACO", "Andrea Santuari"), (300, "IL SEGRETARIO COMUNALE", "dott. Stefano Chini")):
    w1 = stringWidth(role, B, 10); w2 = stringWidth(name, R, 10)
    glyphs(c, x0 + (170 - w1) / 2, 38, role, B, 10)
    glyphs(c, x0 + (170 - w2) / 2, 24, name, R, 10)
    tt = "firmato digitalmente"
    glyphs(c, x0 + (170 - stringWidth(tt, I, 7.5)) / 2, 13, tt, I, 7.5)
c.endForm()

# ---- layout ----------------------------------------------------------------
L = 22 * mm
TW = W - 40 * mm
f = Flow(top=H - 44 * mm, bottom=24 * mm, left=L, width=TW)

f.para([("Verbale di deliberazione n. 21", B)], size=13, leading=16, align="center", after=1)
f.para([("della Giunta comunale", B)], size=13, leading=16, align="center", after=10)

subject = ("Lavori di riqualificazione energetica dell'edificio della scuola primaria. Approvazione in linea "
           "tecnica ed economica del progetto esecutivo. CUP G47H27000340005.")
f.para([("OGGETTO: ", B), (subject, B)], size=11, leading=14.5, align="justify", after=12)

f.para([("L'anno ", R), ("duemilaventotto", I), (" addì ", R), ("otto", I), (" del mese di ", R), ("marzo", I),
        (" alle ore 18.30 nella sala delle riunioni, a seguito di regolare convocazione, si è riunita la Giunta comunale.", R)],
       size=10.5, leading=14, after=10)

# roll, as a ruled table
roll = [("SANTUARI ANDREA", "Sindaco", "", ""), ("VIOLA ELENA", "Vicesindaco", "", ""),
        ("ZENI MARCO", "Assessore", "", ""), ("DALPIAZ SILVIA", "Assessore", "X", "")]
tx = L + 18 * mm
cols = (tx, tx + 62 * mm, tx + 98 * mm, tx + 118 * mm, tx + 136 * mm)
rowh = 16
f.need(rowh * (len(roll) + 2))
y_top = f.y


def draw_roll(cv, y0=y_top):
    cv.setLineWidth(0.5)
    cv.rect(cols[0], y0 - rowh * (len(roll) + 2), cols[4] - cols[0], rowh * (len(roll) + 2))
    for k in (1, 2):
        cv.line(cols[k + 1], y0, cols[k + 1], y0 - rowh * (len(roll) + 2))
    cv.line(cols[0], y0 - rowh * 2, cols[4], y0 - rowh * 2)
    cv.line(cols[2], y0 - rowh, cols[4], y0 - rowh)


f.op(draw_roll)
f.glyphs(cols[0] + 4, y_top - 12, "Presenti i signori:", B, 9.5)
f.glyphs(cols[2] + 14, y_top - 12, "Assenti", B, 9.5)
f.glyphs(cols[2] + 4, y_top - rowh - 12, "giust.", R, 9)
f.glyphs(cols[3] + 4, y_top - rowh - 12, "ingiust.", R, 9)
for i, (nm, rl, g, ing) in enumerate(roll):
    yy = y_top - rowh * (i + 2) - 12
    f.glyphs(cols[0] + 4, yy, nm, R, 10)
    f.glyphs(cols[1] - 2, yy, rl, R, 10)
    if g:
        f.glyphs(cols[2] + 14, yy, g, B, 10)
f.space(rowh * (len(roll) + 2) + 12)

f.para([("Assiste il Segretario comunale dott. Stefano Chini.", R)], size=10.5, leading=14, after=6)
f.para([("Riconosciuto legale il numero degli intervenuti, il signor Andrea Santuari, nella sua qualità di Sindaco, "
         "assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto suindicato.", R)],
       size=10.5, leading=14, after=6)

f.newpage(top=H - 30 * mm)
f.para([("LA GIUNTA COMUNALE", B)], size=11.5, leading=15, align="center", after=8)
prem = [
    [("Premesso", B), (" che con deliberazione della Giunta comunale n. 58 di data 11 settembre 2027 è stato approvato in linea "
                      "tecnica il progetto definitivo dei lavori di riqualificazione energetica dell'edificio della scuola primaria, "
                      "ammesso a finanziamento provinciale sul Fondo per gli investimenti di rilevanza provinciale;", R)],
    [("Visto", B), (" il progetto esecutivo redatto dall'ing. Michela Tonidandel di Mezzocorona, pervenuto al protocollo n. 1126 "
                   "di data 27 febbraio 2028, che prevede una spesa complessiva di euro 486.000,00, di cui euro 371.500,00 "
                   "per lavori a base d'asta, compresi euro 12.300,00 per oneri della sicurezza, ed euro 114.500,00 per somme a "
                   "disposizione dell'Amministrazione;", R)],
    [("Accertato", B), (" che il progetto è stato verificato e validato dal Responsabile del Servizio tecnico con verbale di data "
                       "3 marzo 2028, ai sensi della L.P. 10 settembre 1993, n. 26 e del relativo regolamento di attuazione;", R)],
    [("Visto", B), (" il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio 2018, n. 2;", R)],
    [("Acquisiti", B), (" i pareri favorevoli di regolarità tecnico-amministrativa e di regolarità contabile, espressi ai sensi "
                       "dell'art. 185 del Codice degli enti locali dai Responsabili dei Servizi competenti;", R)],
    [("Con voti favorevoli unanimi, espressi per alzata di mano,", R)],
]
for pr in prem:
    f.para(pr, size=10.5, leading=14, after=5)
f.para([("D E L I B E R A", B)], size=11.5, leading=17, align="center", after=6)
punti = [
    "di approvare in linea tecnica ed economica il progetto esecutivo dei lavori di riqualificazione energetica "
    "dell'edificio della scuola primaria, redatto dall'ing. Michela Tonidandel, nell'importo complessivo di euro "
    "486.000,00, come da quadro economico riportato in premessa;",
    "di dare atto che la spesa trova copertura al capitolo 2620/5 del bilancio di previsione 2028-2030, esercizio 2028, "
    "finanziato per euro 420.000,00 con il Fondo per gli investimenti di rilevanza provinciale e per euro 66.000,00 "
    "con mezzi propri di bilancio;",
    "di autorizzare il Responsabile del Servizio tecnico ad avviare la procedura di affidamento dei lavori secondo la "
    "normativa provinciale vigente;",
    "di dichiarare la presente deliberazione, con separata ed unanime votazione, immediatamente eseguibile ai sensi "
    "dell'art. 183, comma 4, del Codice degli enti locali, per consentire l'avvio dei lavori nel periodo di sospensione "
    "dell'attività didattica;",
    "di dare evidenza, ai sensi dell'art. 4 della L.P. 30 novembre 1992, n. 23, che avverso la presente deliberazione "
    "sono ammessi opposizione alla Giunta comunale durante il periodo di pubblicazione, ricorso giurisdizionale al "
    "T.R.G.A. di Trento entro 60 giorni e ricorso straordinario al Presidente della Repubblica entro 120 giorni.",
]
for i, ptxt in enumerate(punti, 1):
    f.para([(ptxt, R)], size=10.5, leading=14, indent=8 * mm, label="%d." % i, label_font=R, after=4)

f.space(8)
f.need(80)
sig_y = f.y - 72
f.space(80)
f.para([("RELAZIONE DI PUBBLICAZIONE", B)], size=9.5, leading=13, align="center", after=2)
f.para([("Certifico io sottoscritto Segretario comunale che copia del presente verbale viene pubblicata all'albo "
         "telematico del Comune dal giorno 10 marzo 2028 per dieci giorni consecutivi.", R)], size=9.5, leading=12.5, after=2)
f.para([("Il Segretario comunale - dott. Stefano Chini (firmato digitalmente)", I)], size=9, leading=12, align="right")
sig_page = len(f.pages) - 1

# ---- emit, page by page, out of reading order -----------------------------
for pno, ops in enumerate(f.pages):
    if pno == sig_page:
        c.saveState(); c.translate(L, sig_y); c.doForm("Firme"); c.restoreState()
    for op in ops:
        if op[0] == "g":
            emit_glyphs(c, op)
        else:
            op[1](c)
    # page number, then letterhead / running head last
    pn = "Pag. %d di %d" % (pno + 1, len(f.pages))
    emit_glyphs(c, ("g", W - 18 * mm - stringWidth(pn, R, 8), 12 * mm, pn, R, 8, 0.0))
    c.saveState()
    if pno == 0:
        c.translate(L, H - 36 * mm); c.doForm("Intestazione")
    else:
        c.translate(L, H - 20 * mm); c.doForm("Testatina")
    c.restoreState()
    c.showPage()
c.save()
