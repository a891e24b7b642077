#!/usr/bin/env python3
"""Comune di Villa Lagarina - Determinazione del Responsabile del Servizio
finanziario n. 214 di data 12 settembre 2028.

"Civilia" house for determinazioni: the letterhead is a Form XObject that every
page draws *after* its body, the heading "DETERMINAZIONE DEL RESPONSABILE DEL
SERVIZIO" is letter-spaced with Tc, the body is justified line by line with
Tw, the Albo's publication stamp runs up the left margin (rotated 90 degrees)
and a running foot repeats the number. ReportLab canvas, core fonts.
"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = A4
LM, RM = 27 * mm, 20 * mm
TW = W - LM - RM
FONT, BOLD, IT = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SIZE, LEAD = 10.5, 14.2

c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle("Determinazione n. 214 di data 12.09.2028")
c.setAuthor("Comune di Villa Lagarina - Servizio finanziario")
c.setCreator("Civilia Next - Determinazioni")

# letterhead as a reusable Form XObject
c.beginForm("letterhead", lowerx=0, lowery=0, upperx=W, uppery=40 * mm)
c.setStrokeColorRGB(0.1, 0.1, 0.1)
c.setFillColorRGB(0.62, 0.1, 0.12)
p = c.beginPath()
p.moveTo(LM, 30 * mm); p.lineTo(LM, 16 * mm); p.lineTo(LM + 6 * mm, 11 * mm)
p.lineTo(LM + 12 * mm, 16 * mm); p.lineTo(LM + 12 * mm, 30 * mm); p.close()
c.drawPath(p, fill=1, stroke=1)
c.setFillColorRGB(1, 1, 1)
c.rect(LM + 2 * mm, 21 * mm, 8 * mm, 2.5 * mm, fill=1, stroke=0)
c.setFillColorRGB(0, 0, 0)
c.setFont(BOLD, 16)
c.drawString(LM + 17 * mm, 24 * mm, "COMUNE DI VILLA LAGARINA")
c.setFont(FONT, 10)
c.drawString(LM + 17 * mm, 18.5 * mm, "Provincia di Trento")
c.setFont(FONT, 7.5)
c.drawString(LM + 17 * mm, 14 * mm, "Piazza S. Maria Assunta, 8 - 38060 Villa Lagarina (TN) - tel. 0464 494222 - "
             "comune@pec.comune.villalagarina.tn.it")
c.setLineWidth(0.6)
c.line(LM, 9 * mm, W - RM, 9 * mm)
c.endForm()


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Writer:
    def __init__(self):
        self.page = 1
        self.y = H - 52 * mm
        self.pages_total = 2

    def need(self, h):
        if self.y - h < 28 * mm:
            self.finish_page()
            c.showPage()
            self.page += 1
            self.y = H - 48 * mm

    def finish_page(self):
        # running foot
        c.setFont(IT, 7.5)
        c.drawString(LM, 14 * mm, "Comune di Villa Lagarina - Determinazione n. 214 di data 12.09.2028")
        c.drawRightString(W - RM, 14 * mm, "pagina %d di %d" % (self.page, self.pages_total))
        # publication stamp up the left margin
        c.saveState()
        c.translate(14 * mm, 70 * mm)
        c.rotate(90)
        c.setStrokeColorRGB(0.75, 0.1, 0.1)
        c.setFillColorRGB(0.75, 0.1, 0.1)
        c.setLineWidth(0.9)
        c.rect(0, -2.5 * mm, 128 * mm, 8 * mm, fill=0, stroke=1)
        c.setFont(BOLD, 7.5)
        c.drawString(2.5 * mm, 0, "ALBO TELEMATICO - Pubblicata dal 14.09.2028 al 24.09.2028 - n. 702 reg. pubbl.")
        c.restoreState()
        # the letterhead last
        c.saveState()
        c.translate(0, H - 42 * mm)
        c.doForm("letterhead")
        c.restoreState()

    def para(self, text, font=FONT, size=SIZE, lead=LEAD, indent=0, hang=None, justify=True, after=4):
        width = TW - indent
        lines = wrap(text, font, size, width)
        for i, ws in enumerate(lines):
            self.need(lead)
            s = " ".join(ws)
            tx = c.beginText(LM + indent, self.y)
            tx.setFont(font, size)
            if justify and i < len(lines) - 1 and len(ws) > 1:
                tx.setWordSpace((width - stringWidth(s, font, size)) / (len(ws) - 1))
            tx.textOut(s)
            c.drawText(tx)
            if hang and i == 0:
                c.setFont(font, size)
                c.drawString(LM, self.y, hang)
            self.y -= lead
        self.y -= after

    def centre(self, text, font=BOLD, size=11, tc=0, after=6):
        self.need(size + after)
        w = stringWidth(text, font, size) + tc * (len(text) - 1)
        tx = c.beginText((W + LM - RM - w) / 2, self.y)
        tx.setFont(font, size)
        tx.setCharSpace(tc)
        tx.textOut(text)
        c.drawText(tx)
        self.y -= size + after


w = Writer()
c.setFont(BOLD, 11.5)
c.drawString(LM, w.y, "SERVIZIO FINANZIARIO")
c.setFont(FONT, 9.5)
c.drawString(LM, w.y - 5 * mm, "Ufficio ragioneria e tributi")
w.y -= 17 * mm
w.centre("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", BOLD, 11, tc=1.6, after=5)
w.centre("N. 214 di data 12 settembre 2028", FONT, 11, after=12)

c.setFont(BOLD, SIZE)
c.drawString(LM, w.y, "OGGETTO:")
w.para("Rimborso di somme versate e non dovute a titolo di Imposta immobiliare semplice (IMIS) per gli "
       "anni d'imposta 2025 e 2026. Impegno e liquidazione della spesa.", BOLD, indent=22 * mm,
       justify=False, after=10)

w.centre("IL RESPONSABILE DEL SERVIZIO FINANZIARIO", BOLD, 10.5, after=8)
for t in [
    "Vista la legge provinciale 30 dicembre 2014, n. 14, che ha istituito l'Imposta immobiliare semplice "
    "(IMIS), e il vigente Regolamento comunale per la disciplina dell'imposta, approvato con deliberazione "
    "del Consiglio comunale n. 6 di data 26 febbraio 2015 e successive modificazioni;",
    "viste le istanze di rimborso presentate da sei contribuenti nel periodo da marzo a luglio 2028, "
    "relative a versamenti eseguiti in misura superiore al dovuto o per immobili non soggetti all'imposta, "
    "per un importo complessivo di euro 3.486,00;",
    "dato atto che l'Ufficio ragioneria e tributi ha verificato la fondatezza delle istanze sulla base "
    "delle risultanze catastali e dei versamenti registrati, come risulta dall'istruttoria agli atti, e che "
    "le somme richieste non sono compensabili con importi dovuti dai medesimi contribuenti;",
    "visto l'art. 1, comma 164, della legge 27 dicembre 2006, n. 296, che fissa in cinque anni il termine "
    "per la richiesta di rimborso e in centottanta giorni il termine per la sua effettuazione;",
    "visti il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 "
    "maggio 2018, n. 2, il D.Lgs. 23 giugno 2011, n. 118, e il bilancio di previsione 2028-2030, approvato "
    "con deliberazione del Consiglio comunale n. 5 di data 28 febbraio 2028;",
    "visto il decreto del Sindaco n. 2 di data 3 gennaio 2028, di individuazione dei Responsabili dei Servizi;",
]:
    w.para(t)

w.centre("d e t e r m i n a", BOLD, 11, after=8)
pts = [
    "di disporre, per le motivazioni esposte in premessa, il rimborso delle somme versate e non dovute a "
    "titolo di IMIS per gli anni d'imposta 2025 e 2026 a favore dei contribuenti indicati nell'elenco "
    "conservato agli atti, che non viene pubblicato per la tutela dei dati personali, per complessivi euro "
    "3.486,00;",
    "di impegnare e liquidare la spesa di euro 3.486,00 alla Missione 01, Programma 04, capitolo 1090 "
    "\"Rimborsi di imposte e tasse\" del bilancio di previsione 2028-2030, esercizio 2028, che presenta la "
    "necessaria disponibilità;",
    "di dare atto che la presente determinazione diviene esecutiva con l'apposizione del visto di "
    "regolarità contabile attestante la copertura finanziaria, ai sensi dell'art. 185 del Codice degli enti "
    "locali;",
    "di dare evidenza che avverso la presente determinazione sono ammessi ricorso giurisdizionale al "
    "T.R.G.A. di Trento entro 60 giorni, ai sensi del D.Lgs. 2 luglio 2010, n. 104, o, in alternativa, "
    "ricorso straordinario al Presidente della Repubblica entro 120 giorni, ai sensi del D.P.R. 24 novembre "
    "1971, n. 1199.",
]
for i, t in enumerate(pts, 1):
    w.para(t, indent=7 * mm, hang="%d." % i)

w.y -= 4 * mm
w.need(30 * mm)
c.setFont(FONT, SIZE)
c.drawString(LM, w.y, "Villa Lagarina, 12 settembre 2028")
c.setFont(BOLD, SIZE)
c.drawCentredString(W - RM - 45 * mm, w.y - 8 * mm, "IL RESPONSABILE DEL SERVIZIO FINANZIARIO")
c.setFont(FONT, SIZE)
c.drawCentredString(W - RM - 45 * mm, w.y - 14 * mm, "dott.ssa Chiara Pedrotti")
c.setFont(IT, 7.5)
c.drawCentredString(W - RM - 45 * mm, w.y - 19 * mm, "(documento firmato digitalmente)")
w.y -= 30 * mm

w.need(34 * mm)
c.setLineWidth(0.5)
c.rect(LM, w.y - 24 * mm, TW, 28 * mm)
w.y -= 1 * mm
w.centre("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", BOLD, 9, after=4)
w.para("Ai sensi dell'art. 185 del Codice degli enti locali si attesta la copertura finanziaria della spesa "
       "(impegno n. 1187/2028 sul capitolo 1090). Villa Lagarina, 12 settembre 2028.", FONT, 9, 12, after=2)
c.setFont(FONT, 9)
c.drawRightString(W - RM - 4 * mm, w.y, "Il Responsabile del Servizio finanziario - dott.ssa Chiara Pedrotti")
w.finish_page()
c.showPage()
c.save()
