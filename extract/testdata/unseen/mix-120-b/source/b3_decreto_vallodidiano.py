#!/usr/bin/env python3
"""Comunità Montana Vallo di Diano - Decreto del Presidente n. 4 del 09/08/2027.
Content streams written by hand and saved with pikepdf, as the report engine
of a municipal package writes them: base-14 fonts in WinAnsi, justified
lines by word spacing (Tw), the title placed one glyph at a time without
space characters, the letterhead and the signature in Form XObjects drawn
after the body (out of reading order), the protocol stamp turned 90 degrees
up the right margin, the foot with the number drawn first."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = 595.28, 841.89
FONTS = {"/F1": "Helvetica", "/F2": "Helvetica-Bold", "/F3": "Times-Roman", "/F4": "Times-Bold",
         "/F5": "Times-Italic"}


def esc(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        c = bytes([ch])
        if c in b"()\\":
            out.append("\\" + c.decode("latin-1"))
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(c.decode("latin-1"))
    return "(" + "".join(out) + ")"


def text(x, y, s, font="/F3", size=10.5, tw=None):
    ops = "BT %s %.2f Tf " % (font, size)
    if tw is not None:
        ops += "%.3f Tw " % tw
    ops += "1 0 0 1 %.2f %.2f Tm %s Tj " % (x, y, esc(s))
    if tw is not None:
        ops += "0 Tw "
    return ops + "ET\n"


def wrap(s, font, size, width):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur); cur = w
    lines.append(cur)
    return lines


def para(x, y, width, s, font="/F3", size=10.5, lead=13.6, indent=0, justify=True):
    out = ""
    fname = FONTS[font]
    lines = wrap(s, fname, size, width - indent)
    for i, ln in enumerate(lines):
        last = i == len(lines) - 1
        tw = None
        if justify and not last and ln.count(" "):
            tw = (width - indent - stringWidth(ln, fname, size)) / ln.count(" ")
        out += text(x + indent, y, ln, font, size, tw)
        y -= lead
    return out, y


def glyphs(x, y, s, font, size, track=1.8):
    """every glyph alone, with its own Tm, no space characters"""
    fname = FONTS[font]
    out = "BT %s %.2f Tf\n" % (font, size)
    for ch in s:
        if ch != " ":
            out += "1 0 0 1 %.2f %.2f Tm %s Tj\n" % (x, y, esc(ch))
        x += stringWidth(ch, fname, size) + track
    return out + "ET\n"


def width_glyphs(s, font, size, track=1.8):
    return sum(stringWidth(c, FONTS[font], size) + track for c in s) - track


pdf = pikepdf.new()
fontdict = Dictionary({k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                     Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
fontref = pdf.make_indirect(fontdict)

# --- Form XObject: letterhead with the member Comuni down the left side
comuni = ["Atena Lucana", "Buonabitacolo", "Casalbuono", "Monte San Giacomo", "Montesano sulla Marcellana",
          "Padula", "Pertosa", "Polla", "Sala Consilina", "San Pietro al Tanagro", "San Rufo", "Sant'Arsenio",
          "Sanza", "Sassano", "Teggiano"]
lh = "0.17 0.29 0.13 rg 0.17 0.29 0.13 RG\n"
y = 806
lh += text(48, y, "Comuni della Comunit\u00e0", "/F2", 6.8)
for c in comuni:
    y -= 8.2
    lh += text(48, y, c, "/F1", 6.6)
lh += "0.8 w 160 %.2f m 160 812 l S\n" % (y - 4)
lh += "1.4 w 48 %.2f m 547 %.2f l S\n" % (y - 10, y - 10)
lh += text(176, 782, "COMUNIT\u00c0 MONTANA VALLO DI DIANO", "/F4", 15.5)
lh += "0 0 0 rg\n"
lh += text(176, 766, "Provincia di Salerno \u2013 Viale Certosa \u2013 84034 Padula (SA)", "/F1", 8.8)
lh += "0.27 g\n" + text(176, 755, "Tel. 0975 778511 \u2013 PEC: protocollo@pec.cmvallodidiano.it \u2013 C.F. 83002310655",
                        "/F1", 7.6) + "0 g\n"
LH_BOTTOM = y - 10
xo_lh = pdf.make_stream(lh.encode("latin-1"))
xo_lh.Type, xo_lh.Subtype = Name.XObject, Name.Form
xo_lh.BBox = Array([0, 0, W, H])
xo_lh.Resources = Dictionary(Font=fontref)

# --- Form XObject: signature block
sg = text(350, 0, "IL PRESIDENTE", "/F4", 10.5)
sg += text(342, -14, "avv. Raffaele Spinelli", "/F3", 10.5)
sg += text(326, -27, "(documento firmato digitalmente)", "/F5", 8.5)
xo_sg = pdf.make_stream(sg.encode("latin-1"))
xo_sg.Type, xo_sg.Subtype = Name.XObject, Name.Form
xo_sg.BBox = Array([0, -40, W, 20])
xo_sg.Resources = Dictionary(Font=fontref)

L, R = 56, 539
BW = R - L

# body, built in reading order into pieces, then emitted out of order
title = ""
y0 = LH_BOTTOM - 30
t1 = "DECRETO DEL PRESIDENTE"
title += glyphs((W - width_glyphs(t1, "/F4", 13.5)) / 2, y0, t1, "/F4", 13.5)
t2 = "N. 4 DEL 09/08/2027"
title += glyphs((W - width_glyphs(t2, "/F4", 11.5, 1.0)) / 2, y0 - 17, t2, "/F4", 11.5, 1.0)
y = y0 - 42
title += text(L, y, "OGGETTO:", "/F4", 10.5)
subj = ("Nomina del Responsabile della prevenzione della corruzione e della trasparenza (RPCT) della "
        "Comunit\u00e0 Montana Vallo di Diano.")
o, y = para(L + 62, y, BW - 62, subj, "/F4", 10.5, justify=False)
title += o
y -= 10
title += text((W - stringWidth("IL PRESIDENTE", "Times-Bold", 10.5)) / 2, y, "IL PRESIDENTE", "/F4", 10.5)
y -= 20

prem = ""
for s in [
    "Vista la legge 6 novembre 2012, n. 190, recante disposizioni per la prevenzione e la repressione della "
    "corruzione e dell'illegalit\u00e0 nella pubblica amministrazione, e in particolare l'art. 1, comma 7, che "
    "attribuisce all'organo di indirizzo l'individuazione del Responsabile della prevenzione della corruzione "
    "e della trasparenza;",
    "Visto il D.Lgs. 14 marzo 2013, n. 33, in materia di obblighi di pubblicit\u00e0, trasparenza e diffusione "
    "di informazioni da parte delle pubbliche amministrazioni;",
    "Richiamato il proprio decreto n. 2 del 15/03/2025, con il quale l'incarico era stato conferito al "
    "Segretario Generale pro tempore, dott.ssa Lucia Brando, cessata dal servizio per trasferimento ad altro "
    "ente a decorrere dal 1\u00b0 agosto 2027;",
    "Dato atto che con decreto n. 3 del 28/07/2027 \u00e8 stato nominato Segretario Generale della Comunit\u00e0 "
    "Montana il dott. Nicola Cardone, che ha assunto servizio in pari data;",
    "Considerato che il Piano Nazionale Anticorruzione individua di norma nel Segretario dell'ente la figura "
    "pi\u00f9 idonea a ricoprire l'incarico, in ragione delle funzioni di collaborazione e assistenza "
    "giuridico-amministrativa che gli sono proprie;",
    "Visto l'art. 50 del D.Lgs. 18 agosto 2000, n. 267, e lo Statuto della Comunit\u00e0 Montana;"]:
    o, y = para(L, y, BW, s)
    prem += o
    y -= 4
y -= 6
dec = text((W - width_glyphs("DECRETA", "/F4", 11, 2.5)) / 2, y, "", "/F4", 11)
dec = glyphs((W - width_glyphs("DECRETA", "/F4", 11, 2.5)) / 2, y, "DECRETA", "/F4", 11, 2.5)
y -= 20
pts = ""
for i, s in enumerate([
    "di nominare il dott. Nicola Cardone, Segretario Generale dell'Ente, Responsabile della prevenzione della "
    "corruzione e della trasparenza della Comunit\u00e0 Montana Vallo di Diano, con decorrenza dalla data del "
    "presente decreto;",
    "di dare atto che l'incarico non comporta compensi aggiuntivi e che al Responsabile \u00e8 assicurato il "
    "supporto del Settore Amministrativo, con l'individuazione di un referente per ciascun Settore;",
    "di disporre la comunicazione della nomina all'Autorit\u00e0 Nazionale Anticorruzione mediante l'apposito "
    "modulo on line, la notifica all'interessato e la pubblicazione del presente decreto all'Albo Pretorio "
    "on line e nella sezione \"Amministrazione Trasparente\" del sito istituzionale."], 1):
    pts += text(L + 4, y, "%d." % i, "/F3", 10.5)
    o, y = para(L + 20, y, BW - 20, s)
    pts += o
    y -= 4
y -= 10
place = text(L, y, "Padula, 09/08/2027", "/F3", 10.5)
SIG_Y = y - 22

foot = "0.3 g\n" + text(L, 40, "Comunit\u00e0 Montana Vallo di Diano \u2013 Decreto del Presidente n. 4 del "
                         "09/08/2027", "/F1", 7.5) + text(R - 40, 40, "Pag. 1 di 1", "/F1", 7.5) + "0 g\n"
foot += "0.4 w 0.5 G %d 50 m %d 50 l S 0 G\n" % (L, R)

# protocol stamp, rotated 90 degrees up the right margin
st = "q 0 1 -1 0 %.2f %.2f cm\n" % (W - 22, 300)
st += "0.55 0.1 0.1 RG 0.55 0.1 0.1 rg 0.9 w 0 -4 250 30 re S\n"
st += text(6, 15, "COMUNIT\u00c0 MONTANA VALLO DI DIANO \u2013 PROTOCOLLO", "/F2", 7.2)
st += text(6, 4, "N. 0004127 del 09/08/2027 \u2013 USCITA \u2013 Cat. 1 Cl. 6", "/F1", 7.2)
st += "0 g 0 G Q\n"

content = (foot + pts + prem + dec + place + title
           + "q 1 0 0 1 0 0 cm /Lh Do Q\n"
           + "q 1 0 0 1 0 %.2f cm /Sg Do Q\n" % SIG_Y
           + st)
page = pikepdf.Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                          Resources=Dictionary(Font=fontref, XObject=Dictionary(Lh=xo_lh, Sg=xo_sg)),
                          Contents=pdf.make_stream(content.encode("latin-1")))
pdf.pages.append(pikepdf.Page(page))
pdf.docinfo["/Title"] = "Decreto del Presidente n. 4/2027"
pdf.docinfo["/Creator"] = "Studio K - Atti Amministrativi"
pdf.docinfo["/Producer"] = "pikepdf " + pikepdf.__version__
pdf.save(OUT)
