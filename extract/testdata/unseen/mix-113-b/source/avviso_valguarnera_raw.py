"""Comune di Valguarnera Caropepe - avviso of the Area Tecnica, written as the
Sikuel report engine writes its PDFs: every glyph placed alone by its own text
matrix, no space characters, justification by position; the letterhead is a
Form XObject drawn last (after the body), the footer before the body, and the
protocol stamp runs up the left margin. Content streams hand-written,
file assembled with pikepdf."""
import sys
import pikepdf
from pikepdf import Pdf, Dictionary, Name, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
FONTS = {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic", "H": "Helvetica", "HB": "Helvetica-Bold"}

def esc(ch):
    b = ch.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

def glyphs(x, y, text, font, size, extra=None):
    """Place each non-space glyph alone. extra: added width after each space."""
    ops = [b"/%s %g Tf" % (font.encode(), size)]
    fn = FONTS[font]
    for ch in text:
        w = stringWidth(ch, fn, size)
        if ch == " ":
            x += w + (extra or 0)
            continue
        ops.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, esc(ch)))
        x += w
    return ops

def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, FONTS[font], size) <= width or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    lines.append(cur)
    return lines

def para(x, y, text, font="R", size=11.5, width=455, lead=15.5, indent=0, justify=True):
    ops = []
    lines = wrap(text, font, size, width - indent)
    for i, ln in enumerate(lines):
        lx = x + (indent if i == 0 else 0)
        avail = width - (indent if i == 0 else 0)
        extra = 0
        gaps = ln.count(" ")
        if justify and i < len(lines) - 1 and gaps:
            extra = (avail - stringWidth(ln, FONTS[font], size)) / gaps
        ops += glyphs(lx, y, ln, font, size, extra)
        if i == 0 and indent:
            pass
        y -= lead
    return ops, y

def centred(y, text, font, size, cx=W / 2, tracking=0):
    fn = FONTS[font]
    w = stringWidth(text, fn, size) + tracking * (len(text) - 1)
    x = cx - w / 2
    ops = [b"/%s %g Tf" % (font.encode(), size)]
    for ch in text:
        if ch != " ":
            ops.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, esc(ch)))
        x += stringWidth(ch, fn, size) + tracking
    return ops

L = 80
body = [b"BT"]
y = H - 175
body += glyphs(L, y, "Prot. n. 412", "H", 9)
body += glyphs(W - 60 - stringWidth("Valguarnera Caropepe, 13/01/2027", "Times-Roman", 11.5), y, "Valguarnera Caropepe, 13/01/2027", "R", 11.5)
y -= 46
body += centred(y, "AVVISO", "B", 20, tracking=9)
y -= 26
for ln in ("LAVORI DI RIQUALIFICAZIONE DI PIAZZA DELLA REPUBBLICA –",
           "TRASFERIMENTO TEMPORANEO DEL MERCATO SETTIMANALE DEL GIOVEDÌ"):
    body += centred(y, ln, "B", 12)
    y -= 15.5
y -= 14
texts = [
    "Si comunica alla cittadinanza e agli operatori commerciali su area pubblica che, per consentire "
    "l'esecuzione dei lavori di riqualificazione della pavimentazione e dei sottoservizi di Piazza della "
    "Repubblica, finanziati con le risorse del Fondo per lo Sviluppo e la Coesione 2021-2027, a decorrere "
    "da giovedì 21 gennaio 2027 e fino al termine dei lavori il mercato settimanale del giovedì si svolgerà "
    "in Via Sant'Elena e nel tratto di Viale Aldo Moro compreso tra Via Canonico Gaetano Mastrogiacomo e Via Pirandello.",
    "I titolari di concessione di posteggio conservano il numero di posteggio assegnato; la nuova "
    "planimetria dei posteggi è consultabile presso l'Ufficio Tecnico comunale e sul sito istituzionale "
    "dell'Ente. Nelle vie interessate vigeranno il divieto di sosta con rimozione forzata e il divieto di "
    "transito, dalle ore 6.00 alle ore 14.00 di ogni giovedì, disciplinati con apposita ordinanza.",
    "Gli operatori sono invitati a prendere contatto con l'Ufficio Tecnico, dal lunedì al venerdì dalle "
    "ore 9.00 alle ore 12.00 e il martedì pomeriggio dalle ore 15.30 alle ore 17.30, per ogni chiarimento "
    "sulla collocazione dei banchi. Si ringrazia per la collaborazione e ci si scusa per il disagio.",
]
for t in texts:
    ops, y = para(L, y, t, indent=28)
    body += ops
    y -= 8
y -= 30
cx = 395
for ln, f, s in (("IL RESPONSABILE DELL'AREA TECNICA", "B", 11.5), ("arch. Salvatore Arena", "R", 11.5)):
    body += centred(y, ln, f, s, cx=cx)
    y -= 15
body += centred(y - 2, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate", "I", 8, cx=cx)
body.append(b"ET")

footer = [b"0.4 w 60 62 m %.2f 62 l S" % (W - 60), b"BT"]
footer += glyphs(60, 50, "Comune di Valguarnera Caropepe - Piazza della Repubblica - 94019 Valguarnera Caropepe (EN)", "H", 7)
footer += glyphs(W - 60 - stringWidth("Pagina 1 di 1", "Helvetica", 7), 50, "Pagina 1 di 1", "H", 7)
footer.append(b"ET")

# protocol stamp up the left margin (rotated 90 degrees)
stamp_txt = "COMUNE DI VALGUARNERA CAROPEPE - Protocollo n. 0000412 del 13/01/2027 - USCITA"
sw = stringWidth(stamp_txt, "Helvetica", 7.5)
stamp = [b"q 0.1 0.2 0.55 RG 0.1 0.2 0.55 rg 0.8 w",
         b"%.2f %.2f %.2f %.2f re S" % (36, 250, 16, sw + 12),
         b"BT /H 7.5 Tf 0 1 -1 0 %.2f %.2f Tm (%s) Tj ET" % (47.5, 256, stamp_txt.encode("cp1252")),
         b"Q"]

# letterhead Form XObject
lh = [b"q 0.55 0.08 0.12 rg 0 0 0 RG 0.6 w",
      b"0 70 m 44 70 l 44 30 l 22 0 l 0 30 l h B",
      b"0.95 0.8 0.2 rg 0 42 44 8 re f 0.4 0.35 0.3 rg 5 74 34 8 re f Q",
      b"BT"]
lh += centred(62, "COMUNE DI VALGUARNERA CAROPEPE", "B", 17, cx=250)
lh += centred(45, "Libero Consorzio Comunale di Enna", "I", 11.5, cx=250)
lh += centred(31, "Piazza della Repubblica - 94019 Valguarnera Caropepe (EN) - C.F. 80001490860", "H", 7.5, cx=250)
lh.append(b"ET")
lh += [b"0.9 w 0 15 m 475 15 l S 0.4 w 0 12 m 475 12 l S"]

pdf = Pdf.new()
fonts = Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                  Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
form = Stream(pdf, b"\n".join(lh))
form.Type = Name.XObject; form.Subtype = Name.Form
form.BBox = Array([0, 0, 476, 84])
form.Resources = Dictionary(Font=fonts)
# reading order in the stream: stamp, footer, body, then the letterhead
content = b"\n".join(stamp + footer + body + [b"q 1 0 0 1 60 %.2f cm /LH Do Q" % (H - 130)])
page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                  Resources=Dictionary(Font=fonts, XObject=Dictionary(LH=pdf.make_indirect(form))),
                  Contents=pdf.make_stream(content))
pdf.pages.append(pikepdf.Page(page))
pdf.docinfo["/Producer"] = "Sikuel PDF Engine 3.2"
pdf.docinfo["/Title"] = "Avviso - Area Tecnica"
pdf.save(out)
