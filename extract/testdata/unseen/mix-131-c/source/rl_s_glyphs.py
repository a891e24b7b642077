#!/usr/bin/env python3
"""San Pancrazio Salentino, Giunta deliberation n. 112 (house style "Halley").
ReportLab canvas, every glyph placed on its own (one Tm + Tj per character, no space characters:
the report engine justifies by moving glyphs), a rotated publication stamp up the left margin of
page 1, running foot with the act's number.

  rl_s_glyphs.py OUT.pdf
"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from content_s import LETTERHEAD as LH, DELIB_112 as D, PRES_SENT, OPEN_SENT

W, H = A4
LM, RM, TOP, BOT = 22 * mm, 20 * mm, 20 * mm, 24 * mm
TW = W - LM - RM
R, B = "Times-Roman", "Times-Bold"


class Pager:
    def __init__(self, c, foot):
        self.c, self.foot, self.y, self.page = c, foot, H - TOP, 1
        self.pages = []

    def need(self, h):
        if self.y - h < BOT:
            self.newpage()

    def newpage(self):
        self.c.showPage()
        self.page += 1
        self.y = H - TOP

    def glyphs(self, x, y, text, font, size, extra_word=0.0):
        """place each glyph alone; spaces are not written, the next word just starts further right"""
        c = self.c
        t = c.beginText()
        t.setFont(font, size)
        cx = x
        for ch in text:
            if ch == " ":
                cx += stringWidth(" ", font, size) + extra_word
                continue
            t.setTextOrigin(cx, y)
            t.textOut(ch)
            cx += stringWidth(ch, font, size)
        c.drawText(t)

    def para(self, text, font=R, size=11, lead=14, indent=0, first=0, align="J", after=4, bullet=None):
        words = text.split()
        width = TW - indent
        lines, cur = [], []
        for w in words:
            trial = " ".join(cur + [w])
            lim = width - (first if not lines else 0)
            if cur and stringWidth(trial, font, size) > lim:
                lines.append(cur); cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            s = " ".join(ln)
            x = LM + indent + (first if i == 0 else 0)
            lim = width - (first if i == 0 else 0)
            if bullet and i == 0:
                self.glyphs(LM + indent - 7 * mm, self.y, bullet, font, size)
            if align == "C":
                self.glyphs(LM + (TW - stringWidth(s, font, size)) / 2, self.y, s, font, size)
            elif align == "R":
                self.glyphs(LM + TW - stringWidth(s, font, size), self.y, s, font, size)
            elif align == "J" and i < len(lines) - 1 and len(ln) > 1:
                extra = (lim - stringWidth(s, font, size)) / (len(ln) - 1)
                self.glyphs(x, self.y, s, font, size, extra)
            else:
                self.glyphs(x, self.y, s, font, size)
        self.y -= after


def letterhead(p):
    c = p.c
    # crest: a round seal with a tower
    cx, cy = LM + 8 * mm, H - 18.5 * mm
    c.setStrokeColor(colors.HexColor("#1f3f77")); c.setLineWidth(1)
    c.setFillColor(colors.HexColor("#dfe7f5")); c.circle(cx, cy, 7 * mm, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#1f3f77"))
    c.rect(cx - 2.2 * mm, cy - 5 * mm, 4.4 * mm, 8 * mm, fill=1, stroke=0)
    for k in (-2.2, -0.6, 1.0):
        c.rect(cx + k * mm, cy + 3 * mm, 1.2 * mm, 1.4 * mm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    p.glyphs(LM + (TW - stringWidth(LH["name"], B, 15)) / 2, H - 19 * mm, LH["name"], B, 15)
    p.glyphs(LM + (TW - stringWidth(LH["prov"], R, 10.5)) / 2, H - 24.5 * mm, LH["prov"], R, 10.5)
    p.glyphs(LM + (TW - stringWidth(LH["addr"], R, 7)) / 2, H - 29 * mm, LH["addr"], R, 7)
    c.setLineWidth(0.8); c.rect(W - RM - 26 * mm, H - 15 * mm, 26 * mm, 6 * mm)
    p.glyphs(W - RM - 22 * mm, H - 13.2 * mm, "ORIGINALE", B, 9)
    c.line(LM, H - 32 * mm, W - RM, H - 32 * mm)
    p.y = H - 34 * mm


def stamp(c):
    """rotated box up the left margin, as the Albo module stamps the printed copy"""
    c.saveState()
    c.translate(11 * mm, 95 * mm)
    c.rotate(90)
    c.setStrokeColor(colors.HexColor("#a01818")); c.setFillColor(colors.HexColor("#a01818"))
    c.setLineWidth(0.9)
    c.roundRect(0, -2.5 * mm, 118 * mm, 8.5 * mm, 2 * mm)
    c.setFont(B, 8)
    c.drawString(3 * mm, 2 * mm, "ALBO PRETORIO ON LINE - COMUNE DI SAN PANCRAZIO SALENTINO")
    c.setFont(R, 7.5)
    c.drawString(3 * mm, -1.2 * mm, "Pubblicata dal %s al %s - Reg. Pubbl. n. %s" % (D["cert_from"], D["cert_to"], D["cert_reg"]))
    c.restoreState()


def build(out):
    c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    c.setTitle("Deliberazione di Giunta Comunale n. %s del %s" % (D["number"], D["date"]))
    c.setAuthor("Comune di San Pancrazio Salentino"); c.setCreator("Halley - Atti Amministrativi")
    foots = []
    p = Pager(c, None)

    orig_show = c.showPage

    def show():
        foots.append(p.page)
        c.saveState()
        c.setFont(R, 8)
        c.drawString(LM, 12 * mm, "Deliberazione di Giunta Comunale n. %s del %s" % (D["number"], D["date"]))
        c.drawRightString(W - RM, 12 * mm, "Pag. %d" % p.page)
        c.setLineWidth(0.4); c.line(LM, 15.5 * mm, W - RM, 15.5 * mm)
        c.restoreState()
        orig_show()
    c.showPage = show

    letterhead(p)
    stamp(c)
    p.y -= 4
    c.setLineWidth(1); c.rect(LM + 30 * mm, p.y - 15 * mm, TW - 60 * mm, 15 * mm)
    p.para("DELIBERAZIONE DELLA GIUNTA COMUNALE", B, 12.5, 15, align="C", after=0)
    p.para("N. %s DEL %s" % (D["number"], D["date"]), B, 12, 15, align="C", after=8)
    # Oggetto with hanging label
    p.y -= 2
    p.glyphs(LM, p.y - 13, "Oggetto:", B, 11)
    p.para(D["subject"], B, 11, 13.5, indent=18 * mm, after=5)
    p.para("Proposta di deliberazione n. %s del %s - Ufficio proponente: %s"
           % (D["proposal"], D["proposal_date"], D["proposing_office"]), R, 8.5, 11, after=8)
    p.para(D["intro"], after=6)
    # roll
    for name, role, pres in D["roll"]:
        p.need(13); p.y -= 13
        p.glyphs(LM + 12 * mm, p.y, name, R, 11)
        p.glyphs(LM + 82 * mm, p.y, role, R, 11)
        p.glyphs(LM + 130 * mm, p.y, "P" if pres else "A", B, 11)
    p.y -= 6
    p.para("ne risultano presenti n. %s e assenti n. %s." % (D["present"], D["absent"]), after=6)
    p.para(PRES_SENT)
    p.para(OPEN_SENT, after=8)
    p.para("LA GIUNTA COMUNALE", B, 11.5, 15, align="C", after=6)
    for t in D["premesse"]:
        p.para(t)
    p.para("DELIBERA", B, 11.5, 16, align="C", after=6)
    for i, t in enumerate(D["points"], 1):
        p.para(t, indent=8 * mm, bullet="%d)" % i)
    p.y -= 4
    p.para(D["after"], after=10)
    p.need(80)
    p.para("Il presente verbale viene letto, approvato e sottoscritto.", after=10)
    y = p.y - 14
    p.glyphs(LM + 12 * mm, y, "IL PRESIDENTE", B, 10.5)
    p.glyphs(LM + 10 * mm, y - 14, "F.to CALIANDRO ANTONIO", R, 10.5)
    p.glyphs(LM + 95 * mm, y, "IL SEGRETARIO COMUNALE", B, 10.5)
    p.glyphs(LM + 92 * mm, y - 14, "F.to Dott. MAIORANO GIOVANNI", R, 10.5)
    p.newpage()

    # --- pareri
    p.para("PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", B, 12, 15, align="C", after=2)
    p.para("sulla proposta di deliberazione n. %s del %s" % (D["proposal"], D["proposal_date"]), R, 10.5, 13,
           align="C", after=12)
    for title, esito, pdate, role, name in D["pareri"]:
        top = p.y
        p.y -= 4
        p.para(title.upper(), B, 10.5, 13)
        p.para("In ordine alla regolarità %s della proposta si esprime parere: %s"
               % ("tecnica" if "tecnica" in title else "contabile", esito.upper()), R, 10.5, 13)
        p.para("Data: %s" % pdate, R, 10.5, 13)
        p.para(role, R, 10.5, 13, align="R", after=0)
        p.para("F.to %s" % name, B, 10.5, 13, align="R", after=6)
        c.setLineWidth(0.6); c.rect(LM - 3 * mm, p.y, TW + 6 * mm, top - p.y)
        p.y -= 12
    # attestazione
    top = p.y
    p.y -= 4
    p.para("ATTESTAZIONE DELLA COPERTURA FINANZIARIA", B, 10.5, 13)
    p.para("Ai sensi dell'art. 153, comma 5, del D.Lgs. 267/2000 si attesta la copertura finanziaria della "
           "spesa con le seguenti registrazioni:", R, 10.5, 13)
    p.y -= 14
    cols = [0, 30, 62, 92, 118]
    for x, h in zip(cols, ["Impegno", "Data", "Capitolo", "Esercizio", "Importo"]):
        p.glyphs(LM + x * mm, p.y, h, B, 10)
    for row in D["cover"]:
        p.y -= 13
        for x, v in zip(cols, row):
            p.glyphs(LM + x * mm, p.y, v, R, 10)
    p.y -= 6
    p.para("Data: %s" % D["cover_date"], R, 10.5, 13)
    p.para("Il Responsabile del Settore II", R, 10.5, 13, align="R", after=0)
    p.para("F.to Dott. EPIFANI COSIMO", B, 10.5, 13, align="R", after=6)
    c.rect(LM - 3 * mm, p.y, TW + 6 * mm, top - p.y)
    p.newpage()

    # --- certificate
    p.para("CERTIFICATO DI PUBBLICAZIONE", B, 12.5, 16, align="C", after=2)
    p.para("N. %s del Registro delle Pubblicazioni" % D["cert_reg"], R, 10.5, 13, align="C", after=12)
    p.para("Si certifica che copia della presente deliberazione è pubblicata all'Albo Pretorio on line di "
           "questo Comune dal %s al %s per 15 giorni consecutivi, ai sensi dell'art. 124, comma 1, del D.Lgs. "
           "267/2000, ed è stata trasmessa in elenco ai Capigruppo consiliari ai sensi dell'art. 125 del "
           "medesimo decreto." % (D["cert_from"], D["cert_to"]), after=8)
    p.para("San Pancrazio Salentino, %s" % D["cert_from"], after=10)
    p.para(D["cert_signer"][0], B, 10.5, 13, align="R", after=0)
    p.para("F.to %s" % D["cert_signer"][1], R, 10.5, 13, align="R", after=24)
    p.para("CERTIFICATO DI ESECUTIVITÀ", B, 12.5, 16, align="C", after=8)
    p.para("Si certifica che la presente deliberazione è divenuta esecutiva il giorno %s, essendo stata "
           "dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)." % D["date"], after=10)
    p.para("IL SEGRETARIO COMUNALE", B, 10.5, 13, align="R", after=0)
    p.para("F.to Dott. MAIORANO GIOVANNI", R, 10.5, 13, align="R", after=20)
    c.showPage()
    c.save()


if __name__ == "__main__":
    build(sys.argv[1])
