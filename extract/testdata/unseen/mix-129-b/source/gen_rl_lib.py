# Grotteria: Halley-like house style. ReportLab (Tw/Tc justification; glyphs one at a time).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from data import DOCS, dmy
out = sys.argv[1] if len(sys.argv) > 1 else "."
W, H = A4
L, R = 62, W - 62

def wrap(text, font, size, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) > width and cur:
            lines.append(cur); cur = w
        else: cur = t
    if cur: lines.append(cur)
    return lines

class Doc:
    def __init__(s, d, mode):
        s.d, s.mode = d, mode
        s.c = canvas.Canvas(f"{out}/{d['file']}", pagesize=A4)
        s.c.setTitle(f"Determinazione n. {d['number']}"); s.c.setAuthor("Halley Informatica")
        s.c.setCreator("Halley Informatica - Atti Amministrativi")
        s.page = 1; s.y = 0
    def glyphs(s, x, y, text, font, size, cs=0.0):
        # one glyph per show operation, as some report engines do
        c = s.c
        for ch in text:
            t = c.beginText(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
            x += stringWidth(ch, font, size) + cs
    def line(s, x, y, text, font, size, justify_to=None, indent=0):
        c = s.c
        if s.mode == "glyphs":
            cs = 0.0
            if justify_to:
                gaps = text.count(" ")
                nat = stringWidth(text, font, size)
                extra = justify_to - nat
                # spread extra over spaces (wider) and letters (Tc-like)
                if gaps:
                    cs = 0.0
                    sp = extra / gaps
                    xx = x
                    for i, w in enumerate(text.split(" ")):
                        s.glyphs(xx, y, w, font, size)
                        xx += stringWidth(w + " ", font, size) + sp
                    return
            s.glyphs(x, y, text, font, size, cs)
        else:
            t = c.beginText(x, y); t.setFont(font, size)
            if justify_to and text.count(" "):
                nat = stringWidth(text, font, size)
                t.setWordSpace((justify_to - nat) / text.count(" ") * 0.8)
                t.setCharSpace((justify_to - nat) * 0.2 / max(1, len(text) - 1))
            t.textOut(text); t.setWordSpace(0); t.setCharSpace(0); c.drawText(t)
    def spaced(s, x, y, text, font, size, cs):
        t = s.c.beginText(x, y); t.setFont(font, size); t.setCharSpace(cs); t.textOut(text); t.setCharSpace(0); s.c.drawText(t)
    def spaced_w(s, text, font, size, cs): return stringWidth(text, font, size) + cs * (len(text) - 1)
    def header(s):
        c, d = s.c, s.d
        # letterhead
        c.setLineWidth(1.2); c.circle(L + 22, H - 70, 20); c.setFont("Helvetica", 6); c.drawCentredString(L + 22, H - 72, "STEMMA")
        s.spaced(L + 54, H - 62, "COMUNE DI GROTTERIA", "Times-Bold", 17, 2.2)
        c.setFont("Times-Italic", 10); c.drawString(L + 54, H - 78, d["c"]["prov"])
        c.setFont("Helvetica", 7.5); c.drawString(L + 54, H - 90, "Via Cavour, 1 - 89043 Grotteria (RC) - Tel. 0964 58021 - PEC: protocollo.grotteria@asmepec.it")
        c.line(L, H - 100, R, H - 100)
        # running foot with the number
        c.setFont("Helvetica", 7)
        c.drawString(L, 34, f"Determinazione Registro Generale n. {d['number']} del {dmy(d['date'])}")
        c.drawRightString(R, 34, f"Pag. {s.page}")
        s.y = H - 122
    def para(s, text, font="Times-Roman", size=11, lead=14.2, indent=0, first=""):
        lines = wrap(first + text, font, size, R - L - indent)
        for i, ln in enumerate(lines):
            s.need(lead)
            s.line(L + indent, s.y, ln, font, size, justify_to=(R - L - indent) if i < len(lines) - 1 else None)
            s.y -= lead
        s.y -= 4
    def need(s, h):
        if s.y - h < 60:
            s.c.showPage(); s.page += 1; s.header()
    def build(s):
        c, d = s.c, s.d
        t, role, name = d["resp"]
        s.header()
        # Halley-like box: Settore / Servizio on the left, numbers on the right
        top = s.y + 6; bh = 62 if "proposal_number" not in d else 74
        c.rect(L, top - bh, R - L, bh); c.line(L + (R - L) * 0.55, top, L + (R - L) * 0.55, top - bh)
        c.setFont("Helvetica-Bold", 9.5); c.drawString(L + 6, top - 16, d["organ"].upper())
        c.setFont("Helvetica", 9); c.drawString(L + 6, top - 30, d["office"])
        mx = L + (R - L) * 0.55 + 6
        c.setFont("Helvetica-Bold", 9); c.drawString(mx, top - 16, f"Registro Generale N. {d['number']} del {dmy(d['date'])}")
        c.setFont("Helvetica", 9); c.drawString(mx, top - 30, f"Registro di Settore N. {d['sector_number']} del {dmy(d['date'])}")
        if "proposal_number" in d:
            c.drawString(L + 6, top - 44, f"Ufficio proponente: {d['proposing_office']}")
            c.drawString(mx, top - 44, f"Proposta N. {d['proposal_number']} del {dmy(d['proposal_date'])}")
        s.y = top - bh - 26
        hd = "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE"
        w = s.spaced_w(hd, "Helvetica-Bold", 11.5, 1.6)
        s.spaced((W - w) / 2, s.y, hd, "Helvetica-Bold", 11.5, 1.6); s.y -= 24
        c.setFont("Helvetica-Bold", 10); c.drawString(L, s.y, "OGGETTO:")
        for i, ln in enumerate(wrap(d["subject"], "Helvetica-Bold", 10, R - L - 62)):
            c.setFont("Helvetica-Bold", 10); c.drawString(L + 62, s.y, ln); s.y -= 13
        s.y -= 12
        hd = f"IL RESPONSABILE DEL {d['organ'].upper()}"
        s.spaced((W - s.spaced_w(hd, "Times-Bold", 11, 1.2)) / 2, s.y, hd, "Times-Bold", 11, 1.2); s.y -= 22
        s.para(f"PREMESSO che con decreto sindacale n. 4 del 10/01/2028 è stata conferita al sottoscritto la responsabilità del {d['organ']} e del {d['office']}, ai sensi dell'art. 109, comma 2, del D.Lgs. 267/2000;")
        s.para("VISTA la deliberazione del Consiglio Comunale n. 7 del 28/02/2028, con la quale è stato approvato il bilancio di previsione 2028/2030;")
        s.para("VISTI il D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 31 marzo 2023, n. 36, lo Statuto comunale e il vigente Regolamento sull'ordinamento degli uffici e dei servizi;")
        s.para("ATTESTATA la regolarità e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;")
        s.need(40); s.y -= 4
        hd = "D E T E R M I N A"
        c.setFont("Times-Bold", 12); c.drawCentredString(W / 2, s.y, hd); s.y -= 22
        for i, p in enumerate(d["points"], 1):
            s.need(16)
            c.setFont("Times-Roman", 11); c.drawString(L + 6, s.y, f"{i})")
            s.para(p, indent=24)
        s.need(90); s.y -= 20
        c.setFont("Times-Bold", 10.5); c.drawCentredString(W * 0.7, s.y, f"IL RESPONSABILE DEL {d['organ'].upper()}")
        c.setFont("Times-Roman", 10.5); c.drawCentredString(W * 0.7, s.y - 15, f"{t} {name}")
        c.setFont("Times-Italic", 8); c.drawCentredString(W * 0.7, s.y - 28, "Firmato digitalmente ai sensi dell'art. 21 D.Lgs. 82/2005")
        c.save()

