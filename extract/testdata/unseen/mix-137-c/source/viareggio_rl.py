"""Viareggio house style ('Sicraweb'), drawn with ReportLab canvas.
marciapiedi: body justified by hand with Tw (word spacing) and Tc (char spacing),
             running head with the sector number on every page.
carnevale:   letterhead and hierarchy box are one Form XObject drawn after the
             body (out of reading order), title placed glyph by glyph, a rotated
             publication stamp up the left margin."""
import sys, os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
sys.path.insert(0, os.path.dirname(__file__))
from data import ACTS, it

D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Serif", D + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("SerifB", D + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Sans", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("SansB", D + "DejaVuSans-Bold.ttf"))
W, H = A4
L, R = 62, W - 56


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines


class Doc:
    def __init__(self, a, out):
        self.a, self.c = a, canvas.Canvas(out, pagesize=A4)
        self.c.setTitle(f"{a['title']} n. {a['number']} del {it(a['date'])}")
        self.c.setAuthor("Sicraweb - Atti amministrativi")
        self.c.setCreator("Sicraweb Atti 5.3 / ReportLab")
        self.page = 1
        self.y = None

    def head(self):
        a, c = self.a, self.c
        c.setFont("Sans", 7.5); c.setFillGray(0.3)
        c.drawString(L, H - 30, f"{a['settore']} – {a['title'].title()} settoriale n. {a['sector_number']} del {it(a['sector_date'])}")
        c.drawRightString(R, H - 30, f"pag. {self.page}")
        c.setLineWidth(0.4); c.line(L, H - 34, R, H - 34)
        c.setFillGray(0)

    def newpage(self):
        self.c.showPage(); self.page += 1; self.head(); self.y = H - 60

    def need(self, h):
        if self.y - h < 60: self.newpage()

    def justified(self, text, font="Serif", size=10.2, width=None, indent=0, lead=14.2, tc=True):
        """Justify: first distribute with Tc (tiny), the rest with Tw."""
        c = self.c; width = width or (R - L - indent)
        lines = wrap(text, font, size, width)
        for i, ln in enumerate(lines):
            self.need(lead)
            t = c.beginText(L + indent, self.y); t.setFont(font, size)
            if i < len(lines) - 1:
                gap = width - pdfmetrics.stringWidth(ln, font, size)
                nsp = ln.count(" ")
                cs = min(0.18, gap * 0.3 / max(1, len(ln) - 1)) if tc else 0
                rest = gap - cs * (len(ln) - 1)
                t.setCharSpace(cs); t.setWordSpace(rest / nsp if nsp else 0)
            else:
                t.setCharSpace(0); t.setWordSpace(0)
            t.textOut(ln); t.setCharSpace(0); t.setWordSpace(0); c.drawText(t)
            self.y -= lead

    def letterhead_ops(self, c, x0, y0):
        a = self.a
        # crest: a shield outline
        c.setLineWidth(1)
        p = c.beginPath(); p.moveTo(x0 + W/2 - 14, y0 + 60); p.lineTo(x0 + W/2 + 14, y0 + 60)
        p.lineTo(x0 + W/2 + 14, y0 + 40); p.curveTo(x0 + W/2 + 14, y0 + 30, x0 + W/2, y0 + 26, x0 + W/2, y0 + 26)
        p.curveTo(x0 + W/2, y0 + 26, x0 + W/2 - 14, y0 + 30, x0 + W/2 - 14, y0 + 40); p.close()
        c.drawPath(p)
        c.setFont("SerifB", 17); c.drawCentredString(x0 + W/2, y0 + 8, a["c"]["muni"].upper())
        c.setFont("Serif", 9.5); c.drawCentredString(x0 + W/2, y0 - 5, a["c"]["prov"])
        # hierarchy box
        c.rect(x0 + L, y0 - 64, 300, 48)
        c.setFont("Sans", 8); c.drawString(x0 + L + 6, y0 - 28, a["direzione"].upper())
        c.setFont("SansB", 9); c.drawString(x0 + L + 6, y0 - 42, a["settore"])
        c.setFont("Sans", 8.5); c.drawString(x0 + L + 6, y0 - 56, a["servizio"])
        # register box
        c.rect(x0 + R - 150, y0 - 64, 150, 48)
        c.setFont("Sans", 7.5); c.drawCentredString(x0 + R - 75, y0 - 28, "REGISTRO GENERALE")
        c.setFont("SansB", 10); c.drawCentredString(x0 + R - 75, y0 - 43, f"N. {self.a['number']}")
        c.setFont("Sans", 8.5); c.drawCentredString(x0 + R - 75, y0 - 57, f"del {it(self.a['date'])}")

    def title_plain(self):
        c, a = self.c, self.a
        t = c.beginText(0, 0); t.setFont("SerifB", 13); t.setCharSpace(3.2)
        w = pdfmetrics.stringWidth(a["title"], "SerifB", 13) + 3.2 * (len(a["title"]) - 1)
        t.setTextOrigin(W/2 - w/2, self.y); t.textOut(a["title"]); t.setCharSpace(0); c.drawText(t)
        self.y -= 26

    def title_glyphs(self, text, font, size, x, y, track=0.0):
        c = self.c
        c.setFont(font, size)
        for ch in text:
            if ch != " ":
                c.drawString(x, y, ch)
            x += pdfmetrics.stringWidth(ch, font, size) + track

    def body(self, glyph_subject=False):
        c, a = self.c, self.a
        c.setFont("SansB", 10); c.drawString(L, self.y, "OGGETTO:")
        lines = wrap(a["subject"], "SansB", 10, R - L - 64)
        for ln in lines:
            if glyph_subject:
                self.title_glyphs(ln, "SansB", 10, L + 64, self.y)
            else:
                c.drawString(L + 64, self.y, ln)
            self.y -= 13.5
        self.y -= 8
        c.setFont("SerifB", 10.5); c.drawCentredString(W/2, self.y, f"IL DIRIGENTE"); self.y -= 18
        for p in a["premesse"]:
            self.justified(p); self.y -= 4
        self.y -= 6; self.need(30)
        c.setFont("SerifB", 11.5); c.drawCentredString(W/2, self.y, a["verb"]); self.y -= 20
        for i, p in enumerate(a["points"], 1):
            self.need(16)
            c.setFont("Serif", 10.2); c.drawString(L + 4, self.y, f"{i}.")
            self.justified(p, indent=22); self.y -= 4
        d = a["dirigente"]
        self.need(70); self.y -= 10
        c.setFont("Serif", 10); c.drawString(L, self.y, f"Viareggio, {it(a['date'])}")
        c.setFont("SerifB", 10); c.drawCentredString(R - 120, self.y, d["role"].split(" del ")[0])
        c.setFont("Serif", 9.5); c.drawCentredString(R - 120, self.y - 13, "del " + d["role"].split(" del ", 1)[1])
        c.setFont("SerifB", 10); c.drawCentredString(R - 120, self.y - 30, f"{d['title']} {d['name']}")
        c.setFont("Sans", 7); c.drawCentredString(R - 120, self.y - 42, "documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
        self.y -= 64

    def visto_cert(self):
        c, a = self.c, self.a
        v, ce = a.get("visto"), a.get("cert")
        if v:
            self.need(120)
            c.setLineWidth(0.6); c.line(L, self.y + 8, R, self.y + 8)
            c.setFont("SansB", 9.5); c.drawCentredString(W/2, self.y - 6, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"); self.y -= 22
            self.justified(f"Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa (impegno n. {v['impegno']}).", size=9.5, lead=13)
            c.setFont("Serif", 9.5); c.drawString(L, self.y - 4, f"Viareggio, {it(v['date'])}")
            c.drawCentredString(R - 120, self.y - 4, v["role"]); c.setFont("SerifB", 9.5)
            c.drawCentredString(R - 120, self.y - 18, f"{v['title']} {v['name']}"); self.y -= 44
        if ce:
            self.need(100)
            c.line(L, self.y + 8, R, self.y + 8)
            c.setFont("SansB", 9.5); c.drawCentredString(W/2, self.y - 6, "CERTIFICATO DI PUBBLICAZIONE"); self.y -= 22
            self.justified(f"Si certifica che copia della presente determinazione è stata pubblicata all'Albo Pretorio on line dal {it(ce['dal'])} al {it(ce['al'])} per quindici giorni consecutivi, al n. {ce['reg']} del registro delle pubblicazioni.", size=9.5, lead=13)
            w = ce["who"]
            c.setFont("Serif", 9.5); c.drawCentredString(R - 120, self.y - 4, w["role"])
            c.setFont("SerifB", 9.5); c.drawCentredString(R - 120, self.y - 18, f"{w['title']} {w['name']}".strip()); self.y -= 40


def marciapiedi(a, out):
    d = Doc(a, out); d.head()
    d.letterhead_ops(d.c, 0, H - 120)
    d.y = H - 215; d.title_plain(); d.body(); d.visto_cert()
    d.c.setFont("Sans", 7); d.c.drawCentredString(W/2, 28, "Piazza Nieri e Paolini, 1 – 55049 Viareggio (LU) – PEC comune.viareggio@postacert.toscana.it")
    d.c.save()


def carnevale(a, out):
    d = Doc(a, out); c = d.c
    # body first ...
    d.head()
    d.y = H - 215
    tw = pdfmetrics.stringWidth(a["title"], "SerifB", 13) + 3.0 * (len(a["title"]) - 1)
    d.title_glyphs(a["title"], "SerifB", 13, W/2 - tw/2, d.y, track=3.0); d.y -= 26
    d.body(glyph_subject=True)
    # ... then the letterhead as a reusable form, drawn last
    c.beginForm("LetterheadVG")
    d.letterhead_ops(c, 0, H - 120)
    c.endForm()
    c.doForm("LetterheadVG")
    # rotated stamp up the left margin
    c.saveState(); c.translate(30, 180); c.rotate(90)
    c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
    c.roundRect(0, -6, 330, 22, 4)
    c.setFont("SansB", 8.5); c.drawString(8, 2, f"PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 23/01/2029 AL 07/02/2029")
    c.restoreState()
    c.setFont("Sans", 7); c.drawCentredString(W/2, 28, "Piazza Nieri e Paolini, 1 – 55049 Viareggio (LU) – PEC comune.viareggio@postacert.toscana.it")
    c.save()


if __name__ == "__main__":
    outdir = sys.argv[1]
    for a in ACTS:
        if a["producer"] == "reportlab-tw": marciapiedi(a, os.path.join(outdir, a["file"]))
        if a["producer"] == "reportlab-xobject": carnevale(a, os.path.join(outdir, a["file"]))
