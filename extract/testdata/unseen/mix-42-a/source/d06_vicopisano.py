#!/usr/bin/env python3
"""Comune di Vicopisano - determinazione in a Halley-like layout, drawn with
reportlab at a low level: justified lines set with Tw word spacing, a
letter-spaced (Tc) heading, the running head/foot in a reused Form XObject,
the Albo stamp rotated along the left margin, and the blocks of each page
emitted out of reading order (signature and dispositive before premises)."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "determina-vicopisano-halley.pdf"
PW, PH = A4
LM, RM = 62, 56
TW = PW - LM - RM
c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setTitle("Determinazione n. 156 del 19/03/2026")
c.setAuthor("Halley Informatica - Atti amministrativi")
c.setCreator("Halley Atti 9")
c.setProducer("Halley PDF Writer")

# running head and foot, drawn once as a form and reused on every page
c.beginForm("runhead")
c.setFont("Helvetica", 7.5)
c.drawString(LM, PH - 30, "Comune di Vicopisano - Determinazione n. 156 del 19/03/2026")
c.drawRightString(PW - RM, PH - 30, "Settore 2 - Servizi alla Persona")
c.setLineWidth(0.4)
c.line(LM, PH - 34, PW - RM, PH - 34)
c.line(LM, 40, PW - RM, 40)
c.drawString(LM, 30, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")
c.endForm()


def just_lines(text, font, size, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Block:
    """a paragraph laid out at a y, to be emitted later"""

    def __init__(self, text, y, font="Helvetica", size=9.6, lead=13, indent=0, justify=True,
                 align="L"):
        self.text, self.font, self.size, self.lead = text, font, size, lead
        self.indent, self.justify, self.align = indent, justify, align
        self.lines = just_lines(text, font, size, TW - indent)
        self.y = y
        self.h = len(self.lines) * lead

    def draw(self, c):
        t = c.beginText()
        t.setFont(self.font, self.size)
        y = self.y
        for i, ws in enumerate(self.lines):
            s = " ".join(ws)
            last = i == len(self.lines) - 1
            x = LM + self.indent
            tw = 0
            if self.align == "C":
                x = LM + (TW - stringWidth(s, self.font, self.size)) / 2
            elif self.justify and not last and len(ws) > 1:
                tw = (TW - self.indent - stringWidth(s, self.font, self.size)) / (len(ws) - 1)
            t.setTextOrigin(x, y)
            t.setWordSpace(tw)
            t.textOut(s)
            y -= self.lead
        t.setWordSpace(0)
        c.drawText(t)


def stamp(c):
    c.saveState()
    c.translate(34, 160)
    c.rotate(90)
    c.setFont("Helvetica", 7)
    c.setFillGray(0.35)
    c.drawString(0, 0, "COMUNE DI VICOPISANO - ALBO PRETORIO ON LINE - Pubblicazione n. 455 "
                       "dal 20/03/2026 al 04/04/2026 - Il Responsabile della pubblicazione")
    c.restoreState()


# ---------- page 1 ----------
blocks_late = []  # emitted last: the head of the page
y = PH - 62


def headblock(c):
    c.setFont("Helvetica-Bold", 8)
    c.drawRightString(PW - RM, PH - 50, "COPIA")
    c.setFont("Helvetica-Bold", 15)
    c.drawCentredString(PW / 2, PH - 74, "COMUNE DI VICOPISANO")
    c.setFont("Helvetica", 9)
    c.drawCentredString(PW / 2, PH - 87, "Provincia di Pisa")
    c.setLineWidth(0.8)
    c.rect(LM, PH - 166, TW, 66)
    c.setFont("Helvetica-Bold", 10)
    c.drawCentredString(PW / 2, PH - 116, "SETTORE 2 - SERVIZI ALLA PERSONA")
    c.setFont("Helvetica", 9.5)
    c.drawCentredString(PW / 2, PH - 130, "Servizio Istruzione e Trasporto Scolastico")
    # letter-spaced kind, set with Tc
    t = c.beginText()
    t.setFont("Helvetica-Bold", 12)
    t.setCharSpace(5)
    word = "DETERMINAZIONE"
    w = stringWidth(word, "Helvetica-Bold", 12) + 5 * (len(word) - 1)
    t.setTextOrigin(PW / 2 - w / 2, PH - 150)
    t.textOut(word)
    t.setCharSpace(0)
    c.drawText(t)
    c.setFont("Helvetica", 9)
    c.drawString(LM + 8, PH - 161, "Registro Generale N. 156 del 19/03/2026")
    c.drawRightString(PW - RM - 8, PH - 161, "Registro di Settore N. 48 del 18/03/2026")


y = PH - 190
subj = Block("OGGETTO: SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2025/2026 - INTEGRAZIONE DELL'IMPEGNO DI SPESA "
             "A FAVORE DELLA DITTA AUTOLINEE MONTE PISANO S.R.L. PER LE USCITE DIDATTICHE DEL SECONDO "
             "QUADRIMESTRE - CIG B6A3E90F21", y, font="Helvetica-Bold", size=9.6, lead=12.5)
y -= subj.h + 14
resp = Block("IL RESPONSABILE DEL SETTORE", y, font="Helvetica-Bold", align="C", justify=False)
y -= resp.h + 6
prem_txt = [
    "Visto il decreto del Sindaco n. 3 del 08/01/2026, con il quale è stata attribuita alla sottoscritta "
    "la responsabilità del Settore 2 - Servizi alla Persona, con le funzioni di cui all'art. 107 del "
    "D.Lgs. 18 agosto 2000, n. 267;",
    "Richiamata la propria determinazione n. 412 del 29/08/2025, con la quale è stato affidato alla "
    "ditta Autolinee Monte Pisano s.r.l. il servizio di trasporto scolastico per l'anno scolastico "
    "2025/2026, comprensivo di un monte di 40 uscite didattiche, e impegnata la relativa spesa;",
    "Considerato che l'Istituto Comprensivo \"Gandhi\" ha richiesto, con nota prot. n. 3918 del "
    "04/03/2026, ulteriori 12 uscite didattiche nel territorio provinciale per le classi della scuola "
    "primaria e secondaria di primo grado, nell'ambito dei progetti del Piano dell'offerta formativa;",
    "Ritenuto di dover integrare l'impegno di spesa per l'importo di € 3.960,00, IVA 10% compresa, "
    "calcolato sulla base delle tariffe orarie offerte in sede di gara, e verificata la disponibilità "
    "sul pertinente capitolo del bilancio di previsione 2026-2028;",
    "Dato atto che non sussistono situazioni di conflitto di interesse, anche potenziale, ai sensi "
    "dell'art. 6-bis della L. 241/1990 e dell'art. 16 del D.Lgs. 36/2023;",
]
prem = []
for p in prem_txt:
    b = Block(p, y)
    prem.append(b)
    y -= b.h + 5
det = Block("DETERMINA", y - 4, font="Helvetica-Bold", align="C", justify=False)
y -= det.h + 10
pts_txt = [
    "1) di integrare, per le motivazioni espresse in premessa, l'impegno di spesa n. 1462/2025 a favore "
    "della ditta Autolinee Monte Pisano s.r.l. per l'importo di € 3.960,00, IVA compresa;",
    "2) di imputare la spesa alla Missione 4, Programma 6, capitolo 4510 \"Trasporto scolastico - "
    "prestazioni di servizi\" del bilancio 2026-2028, esercizio 2026;",
    "3) di dare atto che il presente provvedimento diviene esecutivo con l'apposizione del visto di "
    "regolarità contabile attestante la copertura finanziaria;",
]
pts = []
for p in pts_txt:
    b = Block(p, y, indent=14)
    pts.append(b)
    y -= b.h + 5

# emit page 1 out of reading order: stamp, points, form, premises, subject, head
stamp(c)
for b in reversed(pts):
    b.draw(c)
det.draw(c)
c.doForm("runhead")
for b in prem[::-1]:
    b.draw(c)
resp.draw(c)
subj.draw(c)
headblock(c)
c.setFont("Helvetica", 7.5)
c.drawRightString(PW - RM, 18, "Pag. 1 di 2")
c.showPage()

# ---------- page 2 ----------
y = PH - 70
p4 = Block("4) di disporre la pubblicazione del presente atto all'Albo pretorio on line per quindici giorni "
           "consecutivi e nella sezione \"Amministrazione trasparente\" ai sensi del D.Lgs. 33/2013.",
           y, indent=14)
y -= p4.h + 28
sig_y = y
y -= 70
visto = Block("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", y,
              font="Helvetica-Bold", size=9, justify=False)
y -= visto.h + 4
visto2 = Block("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità "
               "contabile attestante la copertura finanziaria della spesa. Impegno n. 1462/2025 sub 1, "
               "capitolo 4510, esercizio 2026. Vicopisano, 19/03/2026. Il Responsabile del Settore 1 - "
               "Servizi Finanziari, dott. Lorenzo Bacci.", y, size=9, lead=12)
y -= visto2.h + 24
pubb = Block("CERTIFICATO DI PUBBLICAZIONE: si attesta che copia della presente determinazione è "
             "pubblicata all'Albo pretorio on line del Comune dal 20/03/2026 al 04/04/2026 con il numero "
             "455 del registro delle pubblicazioni.", y, size=9, lead=12)

# emitted: certificate, signature, form, visto, point 4
pubb.draw(c)
c.setFont("Helvetica", 9.5)
c.drawCentredString(PW - RM - 110, sig_y, "LA RESPONSABILE DEL SETTORE")
c.drawCentredString(PW - RM - 110, sig_y - 14, "dott.ssa Elisa Giannoni")
c.setFont("Helvetica-Oblique", 7.5)
c.drawCentredString(PW - RM - 110, sig_y - 27, "(firmato digitalmente)")
c.doForm("runhead")
visto2.draw(c)
visto.draw(c)
stamp(c)
p4.draw(c)
c.setFont("Helvetica", 7.5)
c.drawRightString(PW - RM, 18, "Pag. 2 di 2")
c.showPage()
c.save()
