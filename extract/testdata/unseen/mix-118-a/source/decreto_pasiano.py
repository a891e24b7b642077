#!/usr/bin/env python3
# Comune di Pasiano di Pordenone: decreto del Sindaco n. 9 of 17/06/2027.
# The page is written as a raw content stream with pikepdf, the way some
# report engines write it:
#  - every glyph of the body is placed alone with its own Tm, no spaces;
#  - the headings are letter-spaced with Tc;
#  - the letterhead grid is a Form XObject painted last, after the body;
#  - the protocol stamp runs up the left margin, rotated 90 degrees,
#    painted between the subject and the body.
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = 595.28, 841.89
L, R = 62.0, W - 56.0

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def enc(s):
    return s.encode("cp1252")


def lit(s):
    b = enc(s)
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


class Stream:
    def __init__(self):
        self.ops = []

    def raw(self, s):
        self.ops.append(s if isinstance(s, bytes) else s.encode("ascii"))

    def text(self, x, y, s, font="F1", size=10, tc=0.0):
        """A run placed in one Tj, optionally letter-spaced with Tc."""
        self.raw("BT /%s %.1f Tf %.2f Tc 1 0 0 1 %.2f %.2f Tm " % (font, size, tc, x, y))
        self.ops[-1] += lit(s) + b" Tj ET"

    def glyphs(self, x, y, words, font="F1", size=10, gap=None):
        """Every glyph placed alone; words separated by the gap, no spaces."""
        fn = FONTS[font]
        sp = stringWidth(" ", fn, size) if gap is None else gap
        self.raw("BT /%s %.1f Tf" % (font, size))
        for i, wd in enumerate(words):
            for ch in wd:
                self.raw("1 0 0 1 %.2f %.2f Tm " % (x, y))
                self.ops[-1] += lit(ch) + b" Tj"
                x += stringWidth(ch, fn, size)
            x += sp
        self.raw("ET")

    def bytes(self):
        return b"\n".join(self.ops)


def wrap(text, font, size, width):
    fn = FONTS[font]
    words, lines, cur = text.split(), [], []
    for wd in words:
        t = " ".join(cur + [wd])
        if cur and stringWidth(t, fn, size) > width:
            lines.append(cur)
            cur = [wd]
        else:
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


def para(st, y, text, font="F1", size=10, lead=13.2, indent=0.0, hang=0.0, justify=True, first=None):
    """Writes a justified paragraph glyph by glyph; returns the new y."""
    fn = FONTS[font]
    x0 = L + indent
    width = R - x0
    lines = wrap(text, font, size, width - hang)
    for i, ln in enumerate(lines):
        xs = x0 + (0 if i == 0 else hang)
        wdt = R - xs
        if i == 0 and first:
            st.text(L + indent - hang if hang else L, y, first, font, size)
        natural = sum(stringWidth(w, fn, size) for w in ln)
        last = i == len(lines) - 1
        if justify and not last and len(ln) > 1:
            gap = (wdt - natural) / (len(ln) - 1)
        else:
            gap = stringWidth(" ", fn, size)
        st.glyphs(xs, y, ln, font, size, gap)
        y -= lead
    return y


page = pikepdf.Pdf.new()
st = Stream()

# --- running foot ---
st.raw("0.4 w %.2f 40 m %.2f 40 l S" % (L, R))
st.text(L, 30, "Decreto del Sindaco n. 9 del 17/06/2027 - Comune di Pasiano di Pordenone", "F1", 7.5)
st.text(R - stringWidth("Pag. 1 di 1", "Helvetica", 7.5), 30, "Pag. 1 di 1", "F1", 7.5)

# --- title and subject (the letterhead above them is painted at the end) ---
y = 690
st.text(L, y, "DECRETO DEL SINDACO", "F2", 12.5, tc=1.2)
y -= 26
lab = "OGGETTO:"
st.text(L, y, lab, "F2", 10.5)
subj = ("NOMINA DEL RESPONSABILE DELLA PROTEZIONE DEI DATI PERSONALI (RPD) AI SENSI "
        "DELL'ART. 37 DEL REGOLAMENTO (UE) 2016/679 PER IL PERIODO 01/07/2027 - 30/06/2030.")
for ln in wrap(subj, "F2", 10.5, R - L - 62):
    st.glyphs(L + 62, y, ln, "F2", 10.5)
    y -= 13.5

# --- the protocol stamp, up the left margin ---
st.raw("q 0 1 -1 0 38 300 cm")   # rotate 90 degrees counter-clockwise, origin at (38, 300)
st.raw("0.10 0.25 0.65 RG 0.10 0.25 0.65 rg 0.9 w")
st.raw("0 -4 262 28 re S")
st.text(6, 14, "COMUNE DI PASIANO DI PORDENONE", "F2", 8)
st.text(6, 3, "Prot. n. 0009126 del 17/06/2027 - PARTENZA - Cat. 1.6", "F1", 7)
st.raw("Q")

# --- body ---
y -= 14
st.text(L + (R - L - stringWidth("IL SINDACO", "Helvetica-Bold", 11) - 9 * 4) / 2, y,
        "IL SINDACO", "F2", 11, tc=4)
y -= 22
prem = [
    "PREMESSO che il Regolamento (UE) 2016/679 del Parlamento europeo e del Consiglio, relativo "
    "alla protezione delle persone fisiche con riguardo al trattamento dei dati personali, all'art. "
    "37 prevede l'obbligo per le autorità pubbliche di designare un Responsabile della protezione "
    "dei dati (RPD);",
    "RICHIAMATA la determinazione dell'Area Amministrativa n. 201 del 24/05/2027, con la quale è "
    "stato affidato alla società Data Privacy FVG S.r.l. di Pordenone il servizio di supporto in "
    "materia di protezione dei dati personali, comprensivo della funzione di RPD, per il periodo "
    "dal 01/07/2027 al 30/06/2030;",
    "CONSIDERATO che la società affidataria ha indicato quale referente per lo svolgimento della "
    "funzione di RPD l'avv. Michela Zanin, in possesso delle qualità professionali e della "
    "conoscenza specialistica della normativa richieste dall'art. 37, paragrafo 5, del "
    "Regolamento;",
    "DATO ATTO che non sussistono situazioni di conflitto di interessi tra la posizione di RPD e "
    "gli altri incarichi eventualmente svolti dalla professionista;",
    "VISTO l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267;",
]
for p in prem:
    y = para(st, y, p)
    y -= 4

y -= 8
dx = L + (R - L - stringWidth("DECRETA", "Helvetica-Bold", 11) - 6 * 6) / 2
st.text(dx, y, "DECRETA", "F2", 11, tc=6)
y -= 22
pts = [
    "di designare l'avv. Michela Zanin, referente della società Data Privacy FVG S.r.l., quale "
    "Responsabile della protezione dei dati personali (RPD) del Comune di Pasiano di Pordenone per "
    "il periodo dal 01/07/2027 al 30/06/2030;",
    "di dare atto che i dati di contatto del RPD sono: rpd@dataprivacyfvg.it - PEC "
    "dataprivacyfvg@pec.it, e che gli stessi saranno pubblicati sul sito istituzionale;",
    "di disporre che il presente decreto sia notificato all'interessata, pubblicato all'Albo "
    "Pretorio on line e nella sezione Amministrazione Trasparente, e che i dati di contatto del RPD "
    "siano comunicati al Garante per la protezione dei dati personali;",
    "di revocare, con decorrenza dal 01/07/2027, il proprio precedente decreto n. 14 del "
    "29/06/2024.",
]
for i, p in enumerate(pts, 1):
    st.text(L, y, "%d." % i, "F1", 10)
    y = para(st, y, p, indent=16)
    y -= 4

y -= 10
st.glyphs(L, y, "Pasiano di Pordenone, 17/06/2027".split(), "F1", 10)
y -= 28
cx = 400
for txt, font, size in (("IL SINDACO", "F2", 10.5), ("Loris Bortolussi", "F1", 10.5),
                        ("(documento firmato digitalmente)", "F3", 8)):
    wdt = stringWidth(txt, FONTS[font], size)
    st.glyphs(cx - wdt / 2, y, txt.split(), font, size)
    y -= 14

# --- letterhead grid, painted last ---
st.raw("q /Lh Do Q")

lh = Stream()
top = H - 48
lh.raw("0.5 0.5 0.5 RG 0.6 w")
lh.raw("%.2f %.2f %.2f %.2f re S" % (L, top - 62, R - L, 62))
lh.raw("%.2f %.2f m %.2f %.2f l S" % (L + 52, top, L + 52, top - 62))
lh.raw("%.2f %.2f m %.2f %.2f l S" % (R - 128, top, R - 128, top - 62))
# crest
cx0, cy0 = L + 12, top - 54
lh.raw("0.75 0.12 0.15 rg %.1f %.1f m %.1f %.1f l %.1f %.1f l %.1f %.1f %.1f %.1f %.1f %.1f c "
       "%.1f %.1f %.1f %.1f %.1f %.1f c h f" % (
           cx0, cy0 + 44, cx0 + 28, cy0 + 44, cx0 + 28, cy0 + 20,
           cx0 + 28, cy0 + 8, cx0 + 14, cy0 + 2, cx0 + 14, cy0 + 2,
           cx0 + 14, cy0 + 2, cx0, cy0 + 8, cx0, cy0 + 20))
lh.raw("0.92 0.92 0.92 rg %.1f %.1f 28 7 re f" % (cx0, cy0 + 26))
lh.raw("0.95 0.78 0.2 rg %.1f %.1f m %.1f %.1f %.1f %.1f %.1f %.1f c %.1f %.1f %.1f %.1f %.1f %.1f c "
       "%.1f %.1f %.1f %.1f %.1f %.1f c %.1f %.1f %.1f %.1f %.1f %.1f c f" % (
           cx0 + 18, cy0 + 38, cx0 + 18, cy0 + 40.2, cx0 + 16.2, cy0 + 42, cx0 + 14, cy0 + 42,
           cx0 + 11.8, cy0 + 42, cx0 + 10, cy0 + 40.2, cx0 + 10, cy0 + 38,
           cx0 + 10, cy0 + 35.8, cx0 + 11.8, cy0 + 34, cx0 + 14, cy0 + 34,
           cx0 + 16.2, cy0 + 34, cx0 + 18, cy0 + 35.8, cx0 + 18, cy0 + 38))
lh.raw("0 g")
lh.text(L + 60, top - 22, "COMUNE DI PASIANO DI PORDENONE", "F2", 13)
lh.text(L + 60, top - 36, "Regione Autonoma Friuli Venezia Giulia", "F1", 8.5)
lh.text(L + 60, top - 48, "Piazza Luigi Cadorna, 1 - 33087 Pasiano di Pordenone (PN)", "F1", 7)
lh.text(R - 122, top - 14, "Decreto del Sindaco", "F1", 8.5)
lh.text(R - 122, top - 30, "N. 9", "F2", 12.5)
lh.text(R - 122, top - 44, "del 17/06/2027", "F2", 10.5)
lh.text(R - 122, top - 56, "ORIGINALE", "F1", 7)

font_dict = Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                      Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
font_dict = page.make_indirect(font_dict)
form = pikepdf.Stream(page, lh.bytes())
form.Type = Name.XObject
form.Subtype = Name.Form
form.BBox = Array([0, 0, W, H])
form.Resources = Dictionary(Font=font_dict)
form = page.make_indirect(form)

pg = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                             Resources=Dictionary(Font=font_dict, XObject=Dictionary(Lh=form)),
                             Contents=page.make_stream(st.bytes())))
page.pages.append(pg)
page.docinfo[Name.Title] = "Decreto del Sindaco n. 9 del 17/06/2027"
page.docinfo[Name.Creator] = "Ascot Web - Decreti"
page.docinfo[Name.Producer] = "Ascot Report Engine 4.2 (pikepdf %s)" % pikepdf.__version__
page.save(OUT)
