# Guardia Lombardi house style ("Kibernetes-like"): reportlab canvas, every glyph drawn on its own
# (BT ... Td (x) Tj ET per glyph), justified by moving glyphs; running head and foot on every page.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
L, R = 62, W - 62
class Doc:
    def __init__(self, path, foot, title, xobj=False):
        self.c = canvas.Canvas(path, pagesize=A4, pageCompression=0)
        self.c.setTitle(title); self.c.setAuthor("Comune di Guardia Lombardi"); self.c.setProducer("Kibernetes PDF Printer 2.3")
        self.foot = foot; self.page = 1; self.xobj = xobj; self.y = H - 60; self.deferred = []
        if xobj:
            self.c.beginForm("head"); self._head(); self.c.endForm()
            self.c.beginForm("foot"); self._footline(); self.c.endForm()
        self.start()
    def _head(self):
        c = self.c
        c.setFont("Times-Bold", 15); c.drawCentredString(W / 2, H - 48, "COMUNE DI GUARDIA LOMBARDI")
        c.setFont("Times-Italic", 10.5); c.drawCentredString(W / 2, H - 62, "Provincia di Avellino")
        c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, H - 73, "Piazza Vittoria, 1 – 83040 Guardia Lombardi (AV) – tel. 0827 41007 – protocollo.guardialombardi@asmepec.it")
        c.setLineWidth(0.8); c.line(L, H - 79, R, H - 79)
    def _footline(self):
        self.c.setLineWidth(0.4); self.c.line(L, 46, R, 46)
    def start(self):
        c = self.c
        if self.xobj: c.doForm("head")
        else: self._head()
        self.y = H - 104
    def end_page(self, last=False):
        c = self.c
        for f in self.deferred: f()
        self.deferred = []
        if self.xobj: c.doForm("foot")
        else: self._footline()
        c.setFont("Helvetica", 7.5)
        c.drawString(L, 36, self.foot); c.drawRightString(R, 36, "Pag. %d" % self.page)
        c.showPage(); self.page += 1
        if not last: self.start()
    def need(self, h):
        if self.y - h < 64: self.end_page()
    def glyphs(self, x, y, s, font, size, extra=0.0):
        c = self.c
        for ch in s:
            c.setFont(font, size); c.drawString(x, y, ch)
            x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
    def para(self, text, font="Times-Roman", size=11, lead=14.2, align="J", indent=0, first=None, gap=4):
        words = text.split(); lines = []; cur = []
        width = R - L - indent
        for w in words:
            t = " ".join(cur + [w])
            if cur and stringWidth(t, font, size) > width: lines.append(cur); cur = [w]
            else: cur.append(w)
        lines.append(cur)
        for i, ln in enumerate(lines):
            self.need(lead)
            s = " ".join(ln); x = L + indent
            if i == 0 and first:
                self.glyphs(L, self.y, first, font, size)
            sw = stringWidth(s, font, size)
            if align == "C": self.glyphs((L + R - sw) / 2, self.y, s, font, size)
            elif align == "R": self.glyphs(R - sw, self.y, s, font, size)
            elif align == "J" and i < len(lines) - 1 and len(ln) > 1:
                self.glyphs(x, self.y, s, font, size, (width - sw) / (len(ln) - 1))
            else: self.glyphs(x, self.y, s, font, size)
            self.y -= lead
        self.y -= gap
    def save(self):
        self.end_page(last=True); self.c.save()
