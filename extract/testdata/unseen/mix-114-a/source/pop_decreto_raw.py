#!/usr/bin/env python3
"""Comune di Popoli - Decreto del Sindaco n. 2 del 15-02-2027.

Hand-written content streams, assembled with pikepdf, the way a report
engine writes them:
  * every glyph is placed on its own (a Td move then a one-character Tj),
    no space characters at all, justified lines spread by the moves;
  * the footer and the protocol stamp are Form XObjects drawn first, the
    letterhead is a Form XObject drawn LAST, after the body (out of reading
    order);
  * the protocol stamp stands up the left margin, rotated 90 degrees.
Base-14 fonts with WinAnsiEncoding; widths from ReportLab's AFM metrics."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "decreto-popoli-halleyweb.pdf"
W, H = 595.28, 841.89
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Times-Roman", "F4": "Times-Bold",
         "F5": "Times-Italic"}


def esc(ch):
    b = ch.encode("cp1252")
    out = b""
    for c in b:
        if c in b"()\\":
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out += bytes([c])
    return out.decode("latin-1")


def glyph_line(font, size, x, y, text, extra_gap=0.0):
    """One BT..ET per line; every glyph moved to with Td, spaces skipped."""
    fn = FONTS[font]
    ops = ["BT", "/%s %.1f Tf" % (font, size), "1 0 0 1 %.2f %.2f Tm" % (x, y)]
    cx = 0.0
    last = 0.0
    for ch in text:
        w = stringWidth(ch, fn, size)
        if ch == " ":
            cx += w + extra_gap
            continue
        ops.append("%.2f 0 Td (%s) Tj" % (cx - last, esc(ch)))
        last = cx
        cx += w
    ops.append("ET")
    return "\n".join(ops)


def wrap(text, font, size, width):
    fn = FONTS[font]
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, fn, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Body:
    def __init__(self, x0=68, x1=W - 56, y=H - 190):
        self.x0, self.x1, self.y, self.ops = x0, x1, y, []

    def para(self, text, font="F3", size=11, lead=14.5, justify=True, indent=0, hang=None,
             after=5, bold_lead=None):
        width = self.x1 - self.x0 - indent
        if bold_lead:
            text = bold_lead + " " + text
        lines = wrap(text, font, size, width)
        for i, ln in enumerate(lines):
            x = self.x0 + indent
            gap = 0.0
            nsp = ln.count(" ")
            if justify and i < len(lines) - 1 and nsp:
                gap = (width - stringWidth(ln, FONTS[font], size)) / nsp
            if bold_lead and i == 0:
                lead_w = stringWidth(bold_lead + " ", FONTS["F4"], size)
                # bold lead word(s), then the rest of the first line
                self.ops.append(glyph_line("F4", size, x, self.y, bold_lead))
                rest = ln[len(bold_lead) + 1:]
                nsp_r = rest.count(" ")
                g2 = 0.0
                if justify and len(lines) > 1 and nsp_r:
                    g2 = (width - lead_w - stringWidth(rest, FONTS[font], size)) / nsp_r
                self.ops.append(glyph_line(font, size, x + lead_w + g2 * 0, self.y, rest, g2))
            else:
                self.ops.append(glyph_line(font, size, x, self.y, ln, gap))
            self.y -= lead
        self.y -= after

    def center(self, text, font="F4", size=11.5, after=8, lead=15):
        w = stringWidth(text, FONTS[font], size)
        self.ops.append(glyph_line(font, size, (W - w) / 2, self.y, text))
        self.y -= lead + after

    def point(self, n, text, size=11, lead=14.5):
        lab = "%d." % n
        self.ops.append(glyph_line("F3", size, self.x0 + 4, self.y, lab))
        save = self.x0
        self.x0 = save + 22
        self.para(text, size=size, lead=lead, after=3)
        self.x0 = save


pdf = pikepdf.new()
fontres = Dictionary()
for k, v in FONTS.items():
    fontres["/" + k] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                              Encoding=Name.WinAnsiEncoding))


def form(content, bbox):
    s = Stream(pdf, content.encode("latin-1"))
    s.Type = Name.XObject
    s.Subtype = Name.Form
    s.BBox = Array(bbox)
    s.Resources = Dictionary(Font=fontres)
    return pdf.make_indirect(s)


# --- letterhead (drawn last)
lh = []
lh.append("q 0.42 0.31 0.09 RG 0.96 0.94 0.88 rg 0.6 w 280.6 808 m 314.6 808 l 314.6 781 l "
          "314.6 769 297.6 762 297.6 762 c 297.6 762 280.6 769 280.6 781 c h B Q")
lh.append("q 0.42 0.31 0.09 rg 288 796 m 297.6 801 l 307 796 l 307 786 l 288 786 l h f Q")
t = "COMUNE DI POPOLI"
lh.append(glyph_line("F2", 16, (W - stringWidth(t, "Helvetica-Bold", 16)) / 2, 742, t))
t = "Provincia di Pescara"
lh.append(glyph_line("F1", 10, (W - stringWidth(t, "Helvetica", 10)) / 2, 729, t))
t = "Corso Gramsci n. 1 - 65026 Popoli (PE) - tel. 085 9870501 - protocollo@pec.comune.popoli.pe.it"
lh.append(glyph_line("F1", 7.5, (W - stringWidth(t, "Helvetica", 7.5)) / 2, 718, t))
lh.append("q 0.5 w 56 710 m %.2f 710 l S Q" % (W - 56))
letterhead = form("\n".join(lh), [0, 700, W, H])

# --- footer
ft = []
ft.append("q 0.5 w 56 50 m %.2f 50 l S Q" % (W - 56))
ft.append(glyph_line("F1", 7.5, 56, 40, "HalleyWeb - Decreti del Sindaco | Decreto n. 2 del 15-02-2027"))
ft.append(glyph_line("F1", 7.5, W - 56 - stringWidth("Pag. 1 di 1", "Helvetica", 7.5), 40, "Pag. 1 di 1"))
footer = form("\n".join(ft), [0, 0, W, 60])

# --- rotated protocol stamp up the left margin
st = []
st.append("q 0.1 0.2 0.55 RG 0.8 w 0 0 260 34 re S Q")
st.append("q 0.1 0.2 0.55 rg")
st.append(glyph_line("F2", 8, 8, 22, "COMUNE DI POPOLI - PROTOCOLLO GENERALE"))
st.append(glyph_line("F1", 8, 8, 9, "Prot. n. 0001987 del 15-02-2027 - PARTENZA - Cat. 1.6"))
st.append("Q")
stamp = form("\n".join(st), [0, 0, 260, 34])

# --- body
b = Body()
b.ops.append("q 0.6 w 68 %.2f %.2f 24 re S Q" % (H - 172, W - 124))
b.ops.append(glyph_line("F2", 10.5, 76, H - 163, "DECRETO DEL SINDACO"))
b.ops.append(glyph_line("F1", 10.5, 250, H - 163, "N. 2"))
b.ops.append(glyph_line("F1", 10.5, 370, H - 163, "del 15-02-2027"))
b.y = H - 198
# subject with hanging label
label_w = 64
lines = wrap("NOMINA DEL RESPONSABILE DELLA PROTEZIONE DEI DATI PERSONALI (RPD) DEL COMUNE DI POPOLI "
             "PER IL BIENNIO 2027/2028.", "F4", 11, W - 124 - label_w)
b.ops.append(glyph_line("F4", 11, 68, b.y, "OGGETTO:"))
for ln in lines:
    b.ops.append(glyph_line("F4", 11, 68 + label_w, b.y, ln))
    b.y -= 14.5
b.y -= 12
b.center("IL SINDACO", size=12)
b.para("il Regolamento (UE) 2016/679 del Parlamento europeo e del Consiglio del 27 aprile 2016 (GDPR) "
       "e in particolare gli articoli 37, 38 e 39, che impongono alle autorità pubbliche la designazione "
       "di un Responsabile della Protezione dei Dati;", bold_lead="Visto")
b.para("il D.Lgs. 30 giugno 2003, n. 196, come modificato dal D.Lgs. 10 agosto 2018, n. 101;",
       bold_lead="Visto")
b.para("che l'incarico del precedente Responsabile, designato con proprio decreto n. 3 del 10-02-2025, "
       "giunge a scadenza il 15-02-2027;", bold_lead="Dato atto")
b.para("la determinazione del Settore I - Affari Generali n. 9 del 08-02-2027 (Reg. Gen. n. 74), con la "
       "quale il servizio di RPD è stato affidato alla società Abruzzo Privacy s.r.l. di Pescara per il "
       "periodo 16-02-2027 / 15-02-2029;", bold_lead="Vista")
b.para("che la società ha indicato quale referente l'avv. Chiara Marrone, in possesso delle conoscenze "
       "specialistiche richieste dall'art. 37, paragrafo 5, del Regolamento;", bold_lead="Considerato")
b.para("l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;", bold_lead="Visto")
b.y -= 2
b.center("D E C R E T A", size=12)
b.point(1, "di designare quale Responsabile della Protezione dei Dati personali del Comune di Popoli la "
           "società Abruzzo Privacy s.r.l., con sede in Pescara, via Nicola Fabrizi n. 48, nella persona "
           "del referente avv. Chiara Marrone;")
b.point(2, "di stabilire che la designazione ha durata dal 16-02-2027 al 15-02-2029 e che il RPD svolge i "
           "compiti di cui all'art. 39 del Regolamento (UE) 2016/679;")
b.point(3, "di disporre la comunicazione dei dati di contatto del RPD al Garante per la protezione dei dati "
           "personali e la loro pubblicazione sul sito istituzionale;")
b.point(4, "di notificare il presente decreto alla società designata e ai Responsabili di Settore e di "
           "pubblicarlo all'Albo Pretorio on line per quindici giorni consecutivi.")
b.y -= 12
b.ops.append(glyph_line("F3", 11, 68, b.y, "Popoli, 15-02-2027"))
b.y -= 22
for txt, f, sz in (("IL SINDACO", "F4", 11), ("dott. Luciano Di Giacomo", "F3", 11),
                   ("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", "F5", 8)):
    w = stringWidth(txt, FONTS[f], sz)
    b.ops.append(glyph_line(f, sz, 420 - w / 2, b.y, txt))
    b.y -= 14

content = []
content.append("q 1 0 0 1 0 0 cm /Xf Do Q")
content.append("q 0 1 -1 0 40 250 cm /Xs Do Q")     # stamp rotated 90 deg up the margin
content.extend(b.ops)
content.append("q 1 0 0 1 0 0 cm /Xl Do Q")         # letterhead last
cs = Stream(pdf, "\n".join(content).encode("latin-1"))

page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                  Resources=Dictionary(Font=fontres,
                                       XObject=Dictionary(Xl=letterhead, Xf=footer, Xs=stamp)),
                  Contents=pdf.make_indirect(cs))
pdf.pages.append(pikepdf.Page(page))
pdf.docinfo[Name.Title] = "Decreto del Sindaco n. 2 del 15-02-2027"
pdf.docinfo[Name.Producer] = "HalleyWeb Stampe 2.1"
pdf.docinfo[Name.Creator] = "HalleyWeb - Atti amministrativi"
pdf.save(OUT, compress_streams=True)
