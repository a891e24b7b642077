"""ReportLab documents: Venetico 41 (Tw/Tc justification), Venetico 18 (glyphs one at a time),
Elmas 14 (Courier page built from Form XObjects drawn out of reading order, rotated stamp)."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from acts import ACTS, num_date
import common as C

W, H = A4
OUT = sys.argv[1]

def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines

class Doc:
    def __init__(self, path, a, mode):
        self.c = canvas.Canvas(path, pagesize=A4, pageCompression=1)
        self.c.setTitle(f"{C.kind_title(a)} n. {a['number']}")
        self.c.setProducer("ReportLab PDF Library - www.reportlab.com")
        self.a, self.mode = a, mode
        self.page = 1
        self.y = H - 60
        self.left, self.right = 62, W - 62
    def foot(self):
        c, a = self.c, self.a
        c.setFont("Helvetica", 7.5)
        txt = f"{'Deliberazione C.C.' if C.is_cons(a) else 'Deliberazione G.M.'} n. {a['number']} del {num_date(a['date'])} - pagina {self.page}"
        self.put(txt, W / 2 - stringWidth(txt, "Helvetica", 7.5) / 2, 30, "Helvetica", 7.5)
    def newpage(self):
        self.foot(); self.c.showPage(); self.page += 1; self.y = H - 60
    def need(self, h):
        if self.y - h < 60: self.newpage()
    def put(self, s, x, y, font, size, cs=0):
        c = self.c
        if self.mode == "glyphs":
            # every glyph placed alone, spaces are only gaps
            for ch in s:
                if ch != " ":
                    c.setFont(font, size); c.drawString(x, y, ch)
                x += stringWidth(ch, font, size) + cs
        else:
            t = c.beginText(x, y); t.setFont(font, size); t.setCharSpace(cs); t.textOut(s); c.drawText(t)
    def center(self, s, font, size, cs=0, dy=None):
        w = stringWidth(s, font, size) + cs * (len(s) - 1)
        self.put(s, W / 2 - w / 2, self.y, font, size, cs)
        self.y -= dy or size + 4
    def para(self, text, font="Helvetica", size=10, indent=0, lead=13.5, first=""):
        width = self.right - self.left - indent
        lines = wrap(first + text, font, size, width)
        for i, ln in enumerate(lines):
            self.need(lead)
            x = self.left + indent
            last = i == len(lines) - 1
            if self.mode == "glyphs":
                # justification by spreading glyph positions
                gaps = ln.count(" ")
                extra = 0 if last or gaps == 0 else (width - stringWidth(ln, font, size)) / gaps
                for ch in ln:
                    if ch == " ":
                        x += stringWidth(" ", font, size) + extra
                    else:
                        self.c.setFont(font, size); self.c.drawString(x, self.y, ch)
                        x += stringWidth(ch, font, size)
            else:
                t = self.c.beginText(x, self.y); t.setFont(font, size)
                gaps = ln.count(" ")
                if not last and gaps:
                    free = width - stringWidth(ln, font, size)
                    tc = min(0.25, free / max(1, len(ln) * 3))   # a little Tc, the rest as Tw
                    tw = (free - tc * (len(ln) - 1)) / gaps
                    t.setCharSpace(tc); t.setWordSpace(tw)
                t.textOut(ln); self.c.drawText(t)
            self.y -= lead
        self.y -= 3

def venetico(a, mode):
    d = Doc(OUT + "/" + a["file"], a, mode)
    c = d.c
    c.setLineWidth(0.8)
    c.circle(W / 2, H - 55, 17)
    d.put("V", W / 2 - 4, H - 60, "Times-Bold", 14)
    d.y = H - 92
    d.center("COMUNE DI VENETICO", "Times-Bold", 17, cs=2.2, dy=18)
    d.center("Città Metropolitana di Messina", "Times-Italic", 11, dy=13)
    d.center("Piazza Municipio, 1 - 98040 Venetico (ME) - C.F. 80006540832", "Helvetica", 7.5, dy=22)
    c.setLineWidth(1.2); c.rect(d.left, d.y - 34, d.right - d.left, 46)
    d.y -= 2
    d.center("VERBALE DI " + C.kind_title(a), "Helvetica-Bold", 11.5, cs=0.6, dy=16)
    d.center(f"N. {a['number']}  del  {num_date(a['date'])}", "Helvetica-Bold", 11, dy=30)
    if "proposal_number" in a:
        d.put(C.proposal_line(a), d.left, d.y, "Helvetica-Oblique", 8.5); d.y -= 18
    d.put("OGGETTO:", d.left, d.y, "Helvetica-Bold", 10)
    sl = wrap(a["subject"], "Helvetica-Bold", 10, d.right - d.left - 62)
    for ln in sl:
        d.put(ln, d.left + 62, d.y, "Helvetica-Bold", 10); d.y -= 13
    d.y -= 8
    d.para(C.opening(a))
    d.para("Risultano presenti e assenti:" if not C.is_cons(a) else "Procedutosi all'appello nominale risultano:")
    # roll
    c.setLineWidth(0.5)
    if not C.is_cons(a):
        cols = [d.left, d.left + 170, d.left + 290, d.left + 355, d.left + 420]
        rh = 16
        rows = [("Componente", "Carica", "Presente", "Assente")] + [(r["name"], r["role"], "X" if r["present"] else "", "" if r["present"] else "X") for r in a["roll"]]
        for i, row in enumerate(rows):
            yb = d.y - rh
            c.rect(cols[0], yb, cols[-1] - cols[0], rh)
            for x in cols[1:-1]: c.line(x, yb, x, yb + rh)
            f = "Helvetica-Bold" if i == 0 else "Helvetica"
            for j, cell in enumerate(row):
                if j >= 2:
                    w = stringWidth(cell, f, 9.5); d.put(cell, (cols[j] + cols[j + 1]) / 2 - w / 2, yb + 4.5, f, 9.5)
                else:
                    d.put(cell, cols[j] + 4, yb + 4.5, f, 9.5)
            d.y -= rh
        d.y -= 14
    else:
        half = (d.right - d.left) / 2
        rh = 15
        mem = a["roll"]
        rows = [(mem[i], mem[i + 1] if i + 1 < len(mem) else None) for i in range(0, len(mem), 2)]
        d.need(rh * (len(rows) + 1))
        for k, (x0) in enumerate([d.left, d.left + half]):
            yb = d.y - rh
            c.setFillGray(0.88); c.rect(x0, yb, half, rh, fill=1); c.setFillGray(0)
            d.put("CONSIGLIERI", x0 + 4, yb + 4.5, "Helvetica-Bold", 8.5)
            d.put("PRES.", x0 + half - 62, yb + 4.5, "Helvetica-Bold", 8.5)
            d.put("ASS.", x0 + half - 28, yb + 4.5, "Helvetica-Bold", 8.5)
        d.y -= rh
        for pair in rows:
            yb = d.y - rh
            for k, r in enumerate(pair):
                x0 = d.left + k * half
                c.rect(x0, yb, half, rh)
                c.line(x0 + half - 68, yb, x0 + half - 68, yb + rh); c.line(x0 + half - 34, yb, x0 + half - 34, yb + rh)
                if r is None: continue
                label = r["name"] + (" (" + r["role"] + ")" if r["role"] != "Consigliere" else "")
                d.put(label, x0 + 4, yb + 4.5, "Helvetica", 9)
                d.put("X", x0 + half - (54 if r["present"] else 20), yb + 4.5, "Helvetica", 9)
            d.y -= rh
        np = sum(r["present"] for r in mem)
        d.y -= 4
        d.put(f"Assegnati n. 12 - In carica n. 12 - Presenti n. {np} - Assenti n. {12 - np}", d.left, d.y - 8, "Helvetica-Oblique", 8.5)
        d.y -= 26
    d.para(C.assist(a))
    d.para(C.presides(a))
    d.need(40)
    d.center(("IL " if C.is_cons(a) else "LA ") + a["organ"].upper(), "Helvetica-Bold", 10.5, cs=1.5, dy=18)
    for p in C.premesse(a):
        d.para(p)
    d.need(30)
    d.center(C.verb(a), "Helvetica-Bold", 11, cs=3, dy=18)
    for i, p in enumerate(a["points"], 1):
        d.para(p, indent=14, first=f"{i}. ")
    d.para(C.ie_text(a))
    d.need(110)
    d.y -= 10
    d.put("Letto, confermato e sottoscritto.", d.left, d.y, "Helvetica", 10); d.y -= 26
    for k, (role, name) in enumerate(C.sig(a)):
        x = d.left + 20 + k * 250
        d.put(role, x, d.y, "Helvetica-Bold", 9.5)
        d.put(name, x, d.y - 14, "Helvetica", 9.5)
        d.put("(firmato digitalmente)", x, d.y - 27, "Helvetica-Oblique", 8)
    d.y -= 50
    d.foot(); c.save()

def elmas_xobj(a):
    """Halley-like 80-column report, Courier; letterhead, roll block and signatures are
    Form XObjects, painted before/after the body in a non-reading order."""
    from reportlab.pdfbase import pdfdoc
    path = OUT + "/" + a["file"]
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1)
    c.setProducer("ReportLab PDF Library - www.reportlab.com")
    F, S, L = "Courier", 9.2, 11.6
    x0 = 52
    def lines_body():
        out = []
        def wrapc(t, ind=""):
            import textwrap
            return textwrap.wrap(t, 80, initial_indent=ind, subsequent_indent=" " * len(ind)) or [""]
        out += [""]
        out += wrapc(C.assist(a)) + [""] + wrapc(C.presides(a)) + [""]
        out += ["                          IL CONSIGLIO COMUNALE", ""]
        for p in C.premesse(a): out += wrapc(p) + [""]
        out += ["                               D E L I B E R A", ""]
        for i, p in enumerate(a["points"], 1): out += wrapc(p, f"{i}) ") + [""]
        out += wrapc(C.ie_text(a)) + [""]
        return out
    head = ["COMUNE DI ELMAS".center(80), "Città Metropolitana di Cagliari".center(80),
            "-" * 80,
            f"VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. {a['number']:<4}  DEL {num_date(a['date'])}",
            "-" * 80,
            "Oggetto: "]
    import textwrap
    subj = textwrap.wrap(a["subject"], 70)
    head[-1] += subj[0]
    head += ["         " + s for s in subj[1:]] + ["-" * 80, ""]
    head += textwrap.wrap(C.opening(a), 80) + ["", "Risultano all'appello:", ""]
    roll = []
    for i in range(0, len(a["roll"]), 2):
        pair = a["roll"][i:i + 2]
        n = "".join(f"{r['name']:<28}{('presente' if r['present'] else 'assente'):<12}" for r in pair)
        ro = "".join(f"{r['role']:<40}" for r in pair)
        roll += [n.rstrip(), ro.rstrip(), ""]
    np = sum(r["present"] for r in a["roll"])
    roll += [f"Totale presenti: {np}          Totale assenti: {len(a['roll']) - np}"]
    body = lines_body()
    sigs = ["Letto, approvato e sottoscritto.", "",
            f"     IL {a['president']['role'].upper():<33}IL {a['secretary']['role'].upper()}",
            f"     {a['president']['title'] + ' ' + a['president']['name']:<36}{a['secretary']['title'] + ' ' + a['secretary']['name']}",
            "     (firmato digitalmente)              (firmato digitalmente)"]
    # Form XObjects
    def form(name, lines):
        c.beginForm(name)
        for k, ln in enumerate(lines):
            t = c.beginText(0, (len(lines) - 1 - k) * L); t.setFont(F, S); t.textOut(ln); c.drawText(t)
        c.endForm()
        nlines[name] = len(lines)
    nlines = {}
    form("HEAD", head); form("ROLL", roll); form("SIGS", sigs)
    c.beginForm("STAMP")
    c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
    c.roundRect(0, 0, 230, 34, 6)
    c.setFont("Helvetica-Bold", 8.5); c.drawString(8, 21, "COMUNE DI ELMAS - ALBO PRETORIO ON LINE")
    c.setFont("Helvetica", 8); c.drawString(8, 8, "Pubblicata dal 27/05/2028 al 11/06/2028 - Reg. n. 812")
    c.endForm()
    ytop = H - 56
    y_roll = ytop - len(head) * L
    y_body = y_roll - (len(roll) + 1) * L
    avail = int((y_body - 50) / L)
    page_body = body[:avail]; rest = body[avail:]
    # page 1: body first, then roll, then letterhead, then rotated stamp
    for k, ln in enumerate(page_body):
        t = c.beginText(x0, y_body - k * L); t.setFont(F, S); t.textOut(ln); c.drawText(t)
    c.saveState(); c.translate(x0, y_roll - (nlines["ROLL"] - 1) * L); c.doForm("ROLL"); c.restoreState()
    c.saveState(); c.translate(x0, ytop - (nlines["HEAD"] - 1) * L); c.doForm("HEAD"); c.restoreState()
    c.saveState(); c.translate(W - 22, 250); c.rotate(90); c.doForm("STAMP"); c.restoreState()
    c.setFont(F, 8); c.drawString(x0, 30, f"Delib. C.C. n. {a['number']} del {num_date(a['date'])}".ljust(70) + "Pag. 1")
    c.showPage()
    yy = H - 56
    c.setFont(F, 8); c.drawString(x0, H - 36, f"Delib. C.C. n. {a['number']} del {num_date(a['date'])}".ljust(70) + "Pag. 2")
    c.saveState(); c.translate(x0, yy - (len(rest) + 2) * L - (nlines["SIGS"] - 1) * L); c.doForm("SIGS"); c.restoreState()
    for k, ln in enumerate(rest):
        t = c.beginText(x0, yy - k * L); t.setFont(F, S); t.textOut(ln); c.drawText(t)
    c.saveState(); c.translate(W - 22, 250); c.rotate(90); c.doForm("STAMP"); c.restoreState()
    c.showPage(); c.save()

for a in ACTS:
    if a["producer"] == "reportlab-tw": venetico(a, "tw")
    elif a["producer"] == "reportlab-glyphs": venetico(a, "glyphs")
    elif a["producer"] == "reportlab-xobject": elmas_xobj(a)
