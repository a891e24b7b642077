#!/usr/bin/env python3
"""Maiolati Spontini, Giunta n. 62/2027: the Halley-like house style as a
report engine writes it. ReportLab canvas, every glyph placed alone by its
own text matrix (no space characters), justified lines, the letterhead,
the signatures and the foot in reused Form XObjects, and each page drawn
band by band out of reading order (foot, body, then the letterhead and the
heading). The roll marks presence with an asterisk under Presenti/Assenti."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-gc62-maiolatispontini-halley.pdf"
W, H = A4
LM, RM = 19 * mm, W - 19 * mm
F, FB = "Helvetica", "Helvetica-Bold"


def glyphs(c, x, y, text, font, size, width=None):
    """Place each glyph alone; with width, justify by widening the gaps."""
    words = text.split()
    if not words:
        return
    nat = sum(stringWidth(w, font, size) for w in words)
    sp = stringWidth(" ", font, size)
    gap = sp if (width is None or len(words) == 1) else (width - nat) / (len(words) - 1)
    t = c.beginText()
    t.setFont(font, size)
    cx = x
    for w in words:
        for ch in w:
            t.setTextOrigin(cx, y)
            t.textOut(ch)
            cx += stringWidth(ch, font, size)
        cx += gap
    c.drawText(t)


def wrap(text, font, size, width):
    lines, cur = [], ""
    for w in text.split():
        cand = (cur + " " + w).strip()
        if stringWidth(cand, font, size) <= width:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.bands = {"head": [], "body": [], "foot": []}


class Doc:
    def __init__(self):
        self.pages = [Page()]
        self.y = H - 62 * mm  # below letterhead and heading of page 1

    def need(self, h):
        if self.y - h < 24 * mm:
            self.pages.append(Page())
            self.y = H - 22 * mm

    def para(self, text, font=F, size=9.8, lead=13.2, indent=0, num=None, justify=True, after=3.5):
        width = RM - LM - indent
        lines = wrap(text, font, size, width)
        for i, ln in enumerate(lines):
            self.need(lead)
            y = self.y
            last = i == len(lines) - 1
            x = LM + indent
            if num and i == 0:
                self.pages[-1].bands["body"].append(lambda c, y=y, n=num: glyphs(c, LM, y, n, font, size))
            self.pages[-1].bands["body"].append(
                lambda c, y=y, ln=ln, x=x, last=last: glyphs(c, x, y, ln, font, size, None if (last or not justify) else width))
            self.y -= lead
        self.y -= after

    def centred(self, text, font=FB, size=10.5, lead=15):
        self.need(lead)
        y = self.y
        w = stringWidth(text, font, size)
        self.pages[-1].bands["body"].append(lambda c, y=y: glyphs(c, (W - w) / 2, y, text, font, size))
        self.y -= lead

    def op(self, h, fn):
        self.need(h)
        y = self.y
        self.pages[-1].bands["body"].append(lambda c, y=y: fn(c, y))
        self.y -= h


def make_forms(c):
    c.beginForm("letterhead")
    c.setStrokeColor(colors.Color(120 / 255, 20 / 255, 30 / 255)); c.setFillColor(colors.Color(250 / 255, 235 / 255, 200 / 255))
    c.setLineWidth(1.2)
    p = c.beginPath()
    x0, y0 = LM, H - 15 * mm
    p.moveTo(x0, y0); p.lineTo(x0 + 14 * mm, y0); p.lineTo(x0 + 14 * mm, y0 - 10 * mm)
    p.lineTo(x0 + 7 * mm, y0 - 17 * mm); p.lineTo(x0, y0 - 10 * mm); p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.Color(120 / 255, 20 / 255, 30 / 255))
    c.rect(x0 + 3 * mm, y0 - 7.2 * mm, 8 * mm, 2.2 * mm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    glyphs(c, LM + 18 * mm, H - 20 * mm, "COMUNE DI MAIOLATI SPONTINI", FB, 14)
    glyphs(c, LM + 18 * mm, H - 25 * mm, "PROVINCIA DI ANCONA", F, 9.5)
    c.setStrokeColor(colors.black); c.setLineWidth(0.8)
    c.rect(RM - 32 * mm, H - 22 * mm, 32 * mm, 7 * mm)
    glyphs(c, RM - 16 * mm - stringWidth("COPIA", FB, 10) / 2, H - 19.6 * mm, "COPIA", FB, 10)
    c.endForm()

    c.beginForm("firme")
    glyphs(c, LM + 28 * mm, 0, "Il PRESIDENTE", FB, 10)
    glyphs(c, LM + 112 * mm, 0, "Il SEGRETARIO", FB, 10)
    glyphs(c, LM + 22 * mm, -5.5 * mm, "F.to CINGOLANI MARCO", F, 10)
    glyphs(c, LM + 106 * mm, -5.5 * mm, "F.to BARTOCCI STEFANO", F, 10)
    c.endForm()

    c.beginForm("piede")
    c.setLineWidth(0.4); c.line(LM, 16 * mm, RM, 16 * mm)
    glyphs(c, LM, 12 * mm, "DELIBERAZIONE DI GIUNTA n. 62 del 18-05-2027 - COMUNE DI MAIOLATI SPONTINI", F, 7.5)
    c.endForm()


def main():
    d = Doc()
    subj = "LAVORI DI EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA DI MOIE - APPROVAZIONE PROGETTO ESECUTIVO - CUP E47H26001230004"

    def heading(c):
        t1 = "DELIBERAZIONE DELLA GIUNTA COMUNALE"
        glyphs(c, (W - stringWidth(t1, FB, 12.5)) / 2, H - 36 * mm, t1, FB, 12.5)
        t2 = "Numero 62 Del 18-05-2027"
        glyphs(c, (W - stringWidth(t2, F, 10.5)) / 2, H - 42 * mm, t2, F, 10.5)
        lines = wrap(subj, FB, 10, RM - LM - 22 * mm)
        top = H - 46 * mm
        c.setLineWidth(0.6)
        c.rect(LM, top - (len(lines) * 5 + 3) * mm, RM - LM, (len(lines) * 5 + 3) * mm)
        glyphs(c, LM + 2 * mm, top - 5 * mm, "Oggetto:", FB, 10)
        for i, ln in enumerate(lines):
            glyphs(c, LM + 20 * mm, top - (5 + 5 * i) * mm, ln, FB, 10,
                   None if i == len(lines) - 1 else RM - LM - 22 * mm)
    d.y = H - 46 * mm - (len(wrap(subj, FB, 10, RM - LM - 22 * mm)) * 5 + 9) * mm
    d.pages[0].bands["head"].append(heading)

    d.para("Ufficio proponente: AREA TECNICA - Proposta n. 71 del 12-05-2027", size=9, justify=False, after=5)
    d.para("L'anno duemilaventisette il giorno diciotto del mese di maggio alle ore 12:00, nella Residenza Municipale, "
           "si è riunita la Giunta Comunale, convocata nei modi di legge, nelle persone dei Signori:")

    roll = [("BARTOLUCCI ELENA", "SINDACO", False), ("CINGOLANI MARCO", "VICE SINDACO", True),
            ("PIERALISI FEDERICA", "ASSESSORE", True), ("MANCINELLI DAVIDE", "ASSESSORE", True),
            ("QUAGLIARINI SILVIA", "ASSESSORE", False)]
    cols = [LM + 10 * mm, LM + 72 * mm, LM + 118 * mm, LM + 145 * mm]

    def rollhead(c, y):
        for x, h in zip(cols, ("Cognome e Nome", "Carica", "Presenti", "Assenti")):
            glyphs(c, x, y, h, FB, 9.5)
        c.setLineWidth(0.4); c.line(cols[0], y - 2, LM + 165 * mm, y - 2)
    d.op(5.6 * mm, rollhead)
    for n, r, p in roll:
        def row(c, y, n=n, r=r, p=p):
            glyphs(c, cols[0], y, n, F, 9.8)
            glyphs(c, cols[1], y, r, F, 9.8)
            glyphs(c, cols[2] + 5 * mm if p else cols[3] + 5 * mm, y, "*", F, 9.8)
        d.op(5.2 * mm, row)
    d.y -= 2 * mm
    d.para("Presenti n. 3 - Assenti n. 2", justify=False, after=4)
    d.para("Assume la presidenza l'Ing. CINGOLANI MARCO in qualità di VICE SINDACO, in assenza del Sindaco, "
           "assistito dal VICE SEGRETARIO COMUNALE Dott. BARTOCCI STEFANO, che provvede alla redazione del presente verbale.")
    d.para("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita i presenti "
           "a deliberare sull'oggetto sopra indicato.")
    d.centred("LA GIUNTA COMUNALE")
    for p in [
        "PREMESSO che l'edificio della scuola primaria di Moie, in via Europa, è inserito nel Programma triennale dei lavori pubblici 2027/2029 per interventi di riqualificazione energetica, finanziati con contributo del Conto Termico 3.0 e con fondi propri di bilancio;",
        "VISTO il progetto esecutivo redatto dallo Studio Associato Ingegneria Vallesina di Jesi, acquisito al protocollo n. 7715 del 05-05-2027, dell'importo complessivo di euro 486.000,00, di cui euro 371.250,00 per lavori a base d'asta comprensivi degli oneri per la sicurezza;",
        "VISTO il verbale di verifica e validazione del progetto sottoscritto dal Responsabile Unico del Progetto, geom. Fabio Serrani, in data 10-05-2027;",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
        "Con voti unanimi favorevoli, resi in forma palese,",
    ]:
        d.para(p)
    d.centred("D E L I B E R A")
    pts = [
        "di approvare il progetto esecutivo dei lavori di efficientamento energetico della scuola primaria di Moie, CUP E47H26001230004, dell'importo complessivo di euro 486.000,00, secondo il quadro economico allegato;",
        "di dare atto che la spesa trova copertura per euro 320.000,00 con il contributo GSE del Conto Termico e per euro 166.000,00 con fondi propri al capitolo 2045/7 del bilancio 2027/2029;",
        "di demandare al Responsabile dell'Area Tecnica l'avvio della procedura di affidamento dei lavori ai sensi del D.Lgs. 31 marzo 2023, n. 36;",
        "di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, per consentire l'esecuzione dei lavori durante la pausa estiva delle attività didattiche.",
    ]
    for i, p in enumerate(pts, 1):
        d.para(p, indent=7 * mm, num="%d." % i)
    d.y -= 3 * mm
    d.para("Il presente verbale viene letto, approvato e sottoscritto a norma di legge.", justify=False, after=8)
    d.op(14 * mm, lambda c, y: (c.saveState(), c.translate(0, y), c.doForm("firme"), c.restoreState()))
    d.y -= 4 * mm
    d.para("ATTESTATO DI PUBBLICAZIONE: della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio "
           "on line per 15 giorni consecutivi dal 21-05-2027 al 05-06-2027 (Reg. n. 633). Maiolati Spontini, li 21-05-2027. "
           "Il Responsabile della pubblicazione F.to BORIA GIANLUCA", size=8.5, lead=11)

    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Deliberazione di Giunta Comunale n. 62 del 18-05-2027")
    c.setAuthor("Comune di Maiolati Spontini")
    c.setCreator("Halley - Atti amministrativi (motore di stampa)")
    make_forms(c)
    n = len(d.pages)
    for i, pg in enumerate(d.pages, 1):
        # bands out of reading order: foot, body, letterhead, heading
        c.doForm("piede")
        pn = "Pag. %d di %d" % (i, n)
        glyphs(c, RM - stringWidth(pn, F, 7.5), 12 * mm, pn, F, 7.5)
        for fn in pg.bands["body"]:
            fn(c)
        if i == 1:
            c.doForm("letterhead")
            for fn in pg.bands["head"]:
                fn(c)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
