#!/usr/bin/env python3
"""Consorzio di Bonifica del Basso Sulcis - deliberazione del Comitato Esecutivo n. 41/2026.
House style "Civilia": printed by a report engine that places every glyph on its own
(one Tm and one Tj per character, no space characters: word gaps are only gaps),
justified lines spread by moving the glyphs, a running foot with the act's number on
every page. ReportLab canvas, embedded Liberation Sans."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1]
FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", FD + "LiberationSans-Italic.ttf"))
W, H = A4
L, R = 24 * mm, W - 22 * mm
TOTAL = 2

c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle("Deliberazione del Comitato Esecutivo n. 41 del 21/07/2026")
c.setAuthor("Civilia Next - Atti")
c.setCreator("Civilia Next report engine")


def glyphs(text, x, y, font="LS", size=10, width=None):
    """draw the line one glyph at a time; if width is given, justify by widening the gaps"""
    words = text.split(" ")
    natural = pdfmetrics.stringWidth(text, font, size)
    gaps = len(words) - 1
    extra = (width - natural) / gaps if (width and gaps) else 0.0
    sp = pdfmetrics.stringWidth(" ", font, size)
    t = c.beginText()
    t.setFont(font, size)
    cx = x
    for wi, w in enumerate(words):
        for ch in w:
            t.setTextOrigin(cx, y)
            t.textOut(ch)
            cx += pdfmetrics.stringWidth(ch, font, size)
        cx += sp + extra
    c.drawText(t)


def wrap(text, font, size, width):
    out_, cur = [], ""
    for w in text.split():
        tt = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(tt, font, size) <= width:
            cur = tt
        else:
            out_.append(cur); cur = w
    if cur:
        out_.append(cur)
    return out_


class Page:
    def __init__(self):
        self.n = 0
        self.new()

    def new(self):
        if self.n:
            self.foot(); c.showPage()
        self.n += 1
        self.y = H - 22 * mm
        if self.n == 1:
            self.letterhead()
        else:
            glyphs("Consorzio di Bonifica del Basso Sulcis", L, H - 14 * mm, "LSI", 8)
            c.setLineWidth(0.4); c.line(L, H - 16 * mm, R, H - 16 * mm)

    def foot(self):
        c.setLineWidth(0.4); c.line(L, 17 * mm, R, 17 * mm)
        glyphs("Deliberazione del Comitato Esecutivo n. 41 del 21/07/2026", L, 12.5 * mm, "LS", 7.5)
        s = f"Pagina {self.n} di {TOTAL}"
        glyphs(s, R - pdfmetrics.stringWidth(s, "LS", 7.5), 12.5 * mm, "LS", 7.5)

    def need(self, h):
        if self.y - h < 24 * mm:
            self.new()

    def letterhead(self):
        c.setFillColorRGB(0.05, 0.35, 0.55)
        c.circle(L + 9 * mm, H - 22 * mm, 8 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        glyphs("CBS", L + 4.2 * mm, H - 23.5 * mm, "LSB", 10)
        c.setFillColorRGB(0.05, 0.35, 0.55)
        glyphs("CONSORZIO DI BONIFICA DEL BASSO SULCIS", L + 22 * mm, H - 19 * mm, "LSB", 14)
        c.setFillColorRGB(0, 0, 0)
        glyphs("Ente di diritto pubblico – L.R. Sardegna 23 maggio 2008, n. 6", L + 22 * mm, H - 24 * mm, "LS", 8)
        glyphs("Sede: Via Nazionale 112 – 09010 Giba (SU) – C.F. 81002350920", L + 22 * mm, H - 28 * mm, "LS", 8)
        c.setLineWidth(1); c.line(L, H - 33 * mm, R, H - 33 * mm)
        self.y = H - 44 * mm

    def center(self, text, font="LSB", size=11, after=6):
        self.need(size + 4)
        w = pdfmetrics.stringWidth(text, font, size)
        glyphs(text, (L + R - w) / 2, self.y, font, size)
        self.y -= size + after

    def para(self, text, font="LS", size=10, lead=13.2, x=None, width=None, after=4):
        x = x or L
        width = width or (R - x)
        lines = wrap(text, font, size, width)
        for i, ln in enumerate(lines):
            self.need(lead)
            glyphs(ln, x, self.y, font, size, width if i < len(lines) - 1 else None)
            self.y -= lead
        self.y -= after


pg = Page()
pg.center("DELIBERAZIONE DEL COMITATO ESECUTIVO", size=13, after=5)
pg.center("N. 41 del 21/07/2026", font="LSB", size=11.5, after=10)
lines = wrap("Approvazione della perizia di variante dei lavori di manutenzione straordinaria del canale "
             "adduttore di Monte Pranu – 2° stralcio – CUP E87B25000120002.", "LSB", 10.5, R - L - 22 * mm)
glyphs("OGGETTO:", L, pg.y, "LSB", 10.5)
for ln in lines:
    glyphs(ln, L + 22 * mm, pg.y, "LSB", 10.5)
    pg.y -= 14
c.setLineWidth(0.5); c.line(L, pg.y + 4, R, pg.y + 4)
pg.y -= 10
pg.para("L'anno duemilaventisei il giorno ventuno del mese di luglio alle ore 16:00, presso la sede "
        "consortile in Giba, si è riunito il Comitato Esecutivo, convocato dal Presidente con nota prot. n. "
        "2291 del 15/07/2026. Sono presenti:")
roll = [("PIRAS Gianfranco", "Presidente", "presente"), ("SABA Maria Grazia", "Vice Presidente", "presente"),
        ("ATZORI Efisio", "Componente", "presente"), ("CONCAS Roberto", "Componente", "assente"),
        ("MELIS Antonella", "Componente", "presente")]
c.setFillColorRGB(0.9, 0.94, 0.97)
c.rect(L + 10 * mm, pg.y - 3, R - L - 20 * mm, 14, stroke=0, fill=1)
c.setFillColorRGB(0, 0, 0)
for x, h in ((L + 13 * mm, "Nominativo"), (L + 75 * mm, "Carica"), (L + 125 * mm, "Presenza")):
    glyphs(h, x, pg.y, "LSB", 9.5)
pg.y -= 16
for n, r, p in roll:
    glyphs(n, L + 13 * mm, pg.y, "LS", 10)
    glyphs(r, L + 75 * mm, pg.y, "LS", 10)
    glyphs(p, L + 125 * mm, pg.y, "LS", 10)
    pg.y -= 13.5
pg.y -= 6
pg.para("Presiede la seduta il Presidente, sig. Gianfranco Piras. Svolge le funzioni di Segretario il "
        "Direttore Generale del Consorzio, dott. Paolo Fadda. È presente il Revisore unico, dott.ssa "
        "Silvia Porcu. Il Presidente, constatata la validità della seduta, invita il Comitato a "
        "deliberare sull'argomento in oggetto.")
pg.center("IL COMITATO ESECUTIVO", after=6)
for t in [
    "PREMESSO che con propria deliberazione n. 12 del 17/03/2026 è stato approvato il progetto "
    "esecutivo dei lavori di manutenzione straordinaria del canale adduttore di Monte Pranu – 2° stralcio, "
    "finanziato dalla Regione Autonoma della Sardegna per l'importo complessivo di euro 1.250.000,00, e "
    "che i lavori sono stati consegnati all'impresa aggiudicataria in data 11/05/2026;",
    "VISTA la perizia di variante redatta dal Direttore dei lavori, ing. Marco Sanna, e trasmessa con "
    "nota prot. n. 2204 del 08/07/2026, resa necessaria dal rinvenimento, nel corso degli scavi, di tratti "
    "di rivestimento in calcestruzzo più deteriorati di quanto rilevato in sede di progetto;",
    "DATO ATTO che la variante rientra nei limiti dell'articolo 120, comma 1, lettera c), del D.Lgs. "
    "36/2023, comporta una maggiore spesa per lavori di euro 84.620,00, finanziata con le economie di "
    "gara, e non altera la natura complessiva del contratto;",
    "VISTO il parere favorevole del Responsabile unico del progetto, geom. Luisa Cabras, e acquisito "
    "il parere di regolarità contabile del Responsabile del Servizio Amministrativo;",
    "UDITA la relazione del Direttore Generale e dato atto dell'intervento del componente Atzori, che "
    "chiede di acquisire una relazione sullo stato del secondo lotto prima dell'avvio dei lavori "
    "aggiuntivi;",
    "CON voti favorevoli n. 3 e astenuti n. 1 (Atzori), su n. 4 componenti presenti;",
]:
    pg.para(t)
pg.center("DELIBERA", after=6)
pts = [
    "di approvare la perizia di variante dei lavori di manutenzione straordinaria del canale adduttore di "
    "Monte Pranu – 2° stralcio, che porta l'importo contrattuale dei lavori a euro 912.480,00 oltre IVA, "
    "nel quadro economico complessivo invariato di euro 1.250.000,00;",
    "di approvare lo schema di atto di sottomissione e il verbale di concordamento di n. 6 nuovi prezzi, "
    "sottoscritti dall'impresa esecutrice senza riserve;",
    "di autorizzare il Direttore Generale alla sottoscrizione degli atti conseguenti e di trasmettere la "
    "perizia all'Assessorato regionale dell'Agricoltura per la presa d'atto.",
]
for i, t in enumerate(pts, 1):
    pg.need(14)
    glyphs(f"{i})", L + 4 * mm, pg.y, "LS", 10)
    pg.para(t, x=L + 12 * mm)
pg.para("Il Comitato, con separata votazione e il medesimo esito, dichiara la presente deliberazione "
        "immediatamente esecutiva.")
pg.y -= 10
pg.need(60)
glyphs("Letto, confermato e sottoscritto.", L, pg.y, "LS", 10)
pg.y -= 22
glyphs("IL PRESIDENTE", L + 18 * mm, pg.y, "LSB", 10)
glyphs("IL SEGRETARIO", L + 112 * mm, pg.y, "LSB", 10)
pg.y -= 14
glyphs("Gianfranco Piras", L + 17 * mm, pg.y, "LS", 10)
glyphs("dott. Paolo Fadda", L + 110 * mm, pg.y, "LS", 10)
pg.y -= 12
glyphs("(firmato digitalmente)", L + 15 * mm, pg.y, "LSI", 8)
glyphs("(firmato digitalmente)", L + 110 * mm, pg.y, "LSI", 8)
pg.foot()
c.showPage()
c.save()
