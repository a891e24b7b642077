#!/usr/bin/env python3
"""Comune di Galbiate - determinazione Settore Servizi alla Persona,
house style "ApKappa", as the package's own PDF engine writes it: content
streams written by hand and assembled with pikepdf.

Text layer: every glyph is placed alone with its own Tm (no space
characters; the gaps between words are only in the positions), justified
lines spread by position; the letterhead, the page foot and the signature
block are Form XObjects reused on the pages, drawn after the body (the
signature block before it), and a red stamp of the Albo runs up the left
margin, rotated 90 degrees."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-galbiate-apkappa.pdf"
PW, PH = 595.28, 841.89
LM, RM = 62.0, 62.0
TW = PW - LM - RM
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def enc(ch):
    b = ch.encode("cp1252")
    return "<%02X>" % b[0]


def glyphs(font, size, x, y, text, out):
    """one Tm and one Tj per glyph; spaces are skipped, only moving x"""
    fn = FONTS[font]
    out.append("BT /%s %.1f Tf" % (font, size))
    for ch in text:
        w = stringWidth(ch, fn, size)
        if ch != " ":
            out.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (x, y, enc(ch)))
        x += w
    out.append("ET")
    return x


def words_line(tokens, size, x, y, width, justify, out):
    """tokens: list of (word, font). Place words glyph by glyph; justify by
    spreading the gaps."""
    nat = sum(stringWidth(w, FONTS[f], size) for w, f in tokens)
    sp = stringWidth(" ", "Helvetica", size)
    gaps = len(tokens) - 1
    gap = sp
    if justify and gaps > 0:
        gap = (width - nat) / gaps
    for i, (w, f) in enumerate(tokens):
        x = glyphs(f, size, x, y, w, out)
        x += gap


def wrap(tokens, size, width):
    lines, cur, cw = [], [], 0.0
    sp = stringWidth(" ", "Helvetica", size)
    for w, f in tokens:
        ww = stringWidth(w, FONTS[f], size)
        if cur and cw + sp + ww > width:
            lines.append(cur)
            cur, cw = [], 0.0
        cw = ww if not cur else cw + sp + ww
        cur.append((w, f))
    if cur:
        lines.append(cur)
    return lines


def toks(parts):
    out = []
    for text, f in parts:
        for w in text.split():
            out.append((w, f))
    return out


pdf = pikepdf.new()
fontdict = Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                     Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
fontref = pdf.make_indirect(fontdict)


def form(ops, bbox):
    s = pikepdf.Stream(pdf, "\n".join(ops).encode("latin-1"))
    s.Type = Name.XObject
    s.Subtype = Name.Form
    s.BBox = Array(bbox)
    s.Resources = Dictionary(Font=fontref)
    return pdf.make_indirect(s)


# --- letterhead form (crest drawn with paths, name, address, rule)
lh = ["q 0.078 0.275 0.157 RG 1.6 w",
      "62 800 m 104 800 l 104 770 l 83 748 l 62 770 l h S",
      "62 784 m 104 784 l S",
      "0.59 0.12 0.12 RG 1.2 w 76 762 m 90 762 l 90 776 l 76 776 l h S",
      "Q", "q 0.078 0.275 0.157 rg"]
glyphs("F2", 18, 116, 782, "COMUNE DI GALBIATE", lh)
lh.append("Q")
glyphs("F1", 10.5, 116, 768, "Provincia di Lecco", lh)
glyphs("F1", 7.5, 116, 756, "Piazza Martiri della Liberazione, 7 - 23851 Galbiate (LC) - tel. 0341 241 411", lh)
lh.append("q 0.078 0.275 0.157 RG 1.2 w 62 742 m 533.28 742 l S Q")
LH = form(lh, [0, 0, PW, PH])

# --- foot form
ft = ["q 0.5 w 62 52 m 533.28 52 l S Q"]
glyphs("F1", 7, 62, 42, "ApKappa - Atti Amministrativi - documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005", ft)
FT = form(ft, [0, 0, PW, PH])

# --- signature block form
sg = []
glyphs("F2", 9.5, 330, 0, "IL RESPONSABILE DEL SETTORE", sg)
glyphs("F2", 9.5, 330, -12, "SERVIZI ALLA PERSONA", sg)
glyphs("F1", 9.5, 330, -26, "dott.ssa Giulia Mauri", sg)
glyphs("F3", 7.5, 330, -38, "(firmato digitalmente)", sg)
SG = form(sg, [0, -60, PW, 20])

pages = []


class Page:
    def __init__(self):
        self.ops = []
        self.pre = []
        self.y = 730.0


cur = Page()
pages.append(cur)
SIZE, LEAD = 10, 13.4


def need(h):
    global cur
    if cur.y - h < 70:
        cur = Page()
        cur.y = 720.0
        pages.append(cur)


def paragraph(parts, justify=True, size=SIZE, indent=0.0, first=None, after=5.0):
    lines = wrap(toks(parts), size, TW - indent)
    for i, ln in enumerate(lines):
        need(LEAD)
        cur.y -= LEAD
        if i == 0 and first:
            glyphs("F1", size, LM + indent - 14, cur.y, first, cur.ops)
        words_line(ln, size, LM + indent, cur.y, TW - indent, justify and i < len(lines) - 1, cur.ops)
    cur.y -= after


def centered(text, font="F2", size=10.5, after=6.0, spacing=0.0):
    need(LEAD + 4)
    cur.y -= LEAD + 2
    w = stringWidth(text, FONTS[font], size) + spacing * (len(text) - 1)
    x = LM + (TW - w) / 2
    cur.ops.append("BT /%s %.1f Tf" % (font, size))
    for ch in text:
        if ch != " ":
            cur.ops.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (x, cur.y, enc(ch)))
        x += stringWidth(ch, FONTS[font], size) + spacing
    cur.ops.append("ET")
    cur.y -= after


# --- header block of the act (on page 1, in the body stream)
o = cur.ops
o.append("q 0.87 0.91 0.87 rg 62 700 471.28 24 re f Q")
glyphs("F2", 11, 68, 715, "SETTORE SERVIZI ALLA PERSONA", o)
glyphs("F1", 9, 68, 704, "Servizio Pubblica Istruzione", o)
glyphs("F2", 11, 372, 709, "DETERMINAZIONE", o)
o.append("q 0.6 w 62 670 235.64 24 re S 297.64 670 235.64 24 re S Q")
glyphs("F1", 8, 68, 685, "Registro generale", o)
glyphs("F2", 10, 68, 674, "n. 356 del 12/10/2028", o)
glyphs("F1", 8, 304, 685, "Registro di settore", o)
glyphs("F2", 10, 304, 674, "n. 87 del 11/10/2028", o)
cur.y = 660
subj = ("SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2028/2029 \u2013 AUMENTO DELLE PRESTAZIONI ENTRO IL "
        "QUINTO D'OBBLIGO E INTEGRAZIONE DELL'IMPEGNO DI SPESA A FAVORE DELLA DITTA AUTOSERVIZI "
        "LARIO NORD S.R.L. \u2013 CIG B41D2E8A07")
sl = wrap(toks([(subj, "F2")]), 10, TW - 72)
top = cur.y
glyphs("F2", 10, 68, top - 13, "OGGETTO:", o)
yy = top
for i, ln in enumerate(sl):
    yy -= 13
    words_line(ln, 10, 124, yy, TW - 72, False, o)
o.append("q 0.9 w 62 %.2f 471.28 %.2f re S Q" % (yy - 6, top - yy + 6 + 4))
cur.y = yy - 14

centered("IL RESPONSABILE DEL SETTORE")
for parts in [
    [("Richiamato", "F2"), ("il decreto del Sindaco n. 3 del 08/01/2028, di attribuzione alla sottoscritta "
      "della responsabilit\u00e0 del Settore Servizi alla Persona e dell'incarico di Elevata Qualificazione;", "F1")],
    [("Premesso", "F2"), ("che con propria determinazione n. 241 del 18/07/2028 del registro generale \u00e8 "
      "stato affidato il servizio di trasporto scolastico per l'anno scolastico 2028/2029 alla ditta "
      "Autoservizi Lario Nord S.r.l., con sede in Valmadrera (LC), per l'importo contrattuale di "
      "\u20ac 53.000,00 oltre IVA al 10%, impegnando la somma complessiva di \u20ac 58.300,00;", "F1")],
    [("Considerato", "F2"), ("che, all'avvio dell'anno scolastico, il numero degli alunni iscritti al servizio "
      "\u00e8 passato da 74 a 91 e che si rende necessario istituire una corsa aggiuntiva per le "
      "frazioni di Sala al Barro e Villa Vergano, come da relazione dell'ufficio del 03/10/2028;", "F1")],
    [("Visto", "F2"), ("l'art. 120, comma 9, del D.Lgs. 31 marzo 2023, n. 36, in base al quale, qualora in "
      "corso di esecuzione si renda necessario un aumento delle prestazioni fino a concorrenza del "
      "quinto dell'importo del contratto, la stazione appaltante pu\u00f2 imporre all'appaltatore "
      "l'esecuzione alle stesse condizioni previste nel contratto originario;", "F1")],
    [("Acquisita", "F2"), ("la disponibilit\u00e0 della ditta, prot. n. 15702 del 09/10/2028, ad eseguire la corsa "
      "aggiuntiva per un importo di \u20ac 8.600,00 oltre IVA, pari al 16,2% dell'importo contrattuale;", "F1")],
    [("Dato atto", "F2"), ("che non sussistono situazioni di conflitto di interessi in capo alla sottoscritta "
      "e al responsabile del procedimento, ai sensi dell'art. 16 del D.Lgs. n. 36/2023;", "F1")],
]:
    paragraph(parts)

centered("DETERMINA", size=11.5, spacing=3.5)
for i, t in enumerate([
    "di disporre, ai sensi dell'art. 120, comma 9, del D.Lgs. n. 36/2023, l'aumento delle prestazioni del "
    "servizio di trasporto scolastico per l'a.s. 2028/2029 affidato alla ditta Autoservizi Lario Nord "
    "S.r.l., mediante l'istituzione di una corsa aggiuntiva per le frazioni di Sala al Barro e Villa Vergano;",
    "di integrare l'impegno di spesa n. 2028/498 della somma di \u20ac 9.460,00 (IVA 10% compresa) al "
    "capitolo 4510/2 \"Trasporto scolastico - prestazioni di servizi\" del bilancio 2028/2030, esercizio 2028, "
    "per \u20ac 3.784,00, ed esercizio 2029, per \u20ac 5.676,00;",
    "di dare atto che il codice identificativo di gara resta B41D2E8A07 e che la variazione sar\u00e0 "
    "formalizzata con atto aggiuntivo al contratto;",
    "di trasmettere il presente provvedimento al Settore Economico Finanziario per il visto di regolarit\u00e0 "
    "contabile attestante la copertura finanziaria.",
], 1):
    paragraph([(t, "F1")], indent=16, first="%d." % i)

# signature block: drawn before the body text of its page, out of reading order
need(70)
sig_y = cur.y - 14
cur.pre.append("q 1 0 0 1 0 %.2f cm /Sg Do Q" % sig_y)
cur.y = sig_y - 60

need(70)
o = cur.ops
top = cur.y - 4
box = []
glyphs("F2", 8.5, 68, top - 13, "VISTO DI REGOLARIT\u00c0 CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", box)
glyphs("F1", 8.5, 68, top - 25, "Impegno n. 2028/498 (integrazione) - Capitolo 4510/2 - esercizi 2028 e 2029", box)
glyphs("F1", 8.5, 68, top - 37, "Galbiate, 12/10/2028", box)
glyphs("F1", 8.5, 280, top - 37, "Il Responsabile del Settore Economico Finanziario", box)
glyphs("F1", 8.5, 280, top - 48, "rag. Laura Spreafico", box)
o += box
o.append("q 0.6 w 62 %.2f 471.28 56 re S Q" % (top - 56))

# --- assemble pages
n = len(pages)
for i, pg in enumerate(pages, 1):
    ops = list(pg.pre)
    ops += pg.ops
    if i == 1:
        ops.append("/Lh Do")
        # the Albo's stamp, up the left margin
        st = "ALBO PRETORIO ON LINE - Pubblicazione n. 1187 dal 12/10/2028 al 27/10/2028"
        ops.append("q 0.75 0.1 0.1 rg 0.75 0.1 0.1 RG 0.8 w")
        ops.append("q 0 1 -1 0 40 230 cm 0 1.5 330 11 re S Q")
        ops.append("BT /F2 8 Tf 0 1 -1 0 36 236 Tm (%s) Tj ET" % st)
        ops.append("Q")
    else:
        hd = []
        glyphs("F3", 8, 62, 806, "Comune di Galbiate - Determinazione n. 356 del 12/10/2028", hd)
        ops += hd
        ops.append("q 0.4 w 62 802 m 533.28 802 l S Q")
    ops.append("/Ft Do")
    pn = []
    glyphs("F1", 7, 470, 42, "Pagina %d di %d" % (i, n), pn)
    ops += pn
    page = pdf.add_blank_page(page_size=(PW, PH))
    page.Resources = Dictionary(Font=fontref, XObject=Dictionary(Lh=LH, Ft=FT, Sg=SG))
    page.Contents = pdf.make_stream("\n".join(ops).encode("latin-1"))

pdf.docinfo["/Title"] = "Determinazione n. 356 del 12/10/2028"
pdf.docinfo["/Author"] = "Comune di Galbiate - Settore Servizi alla Persona"
pdf.docinfo["/Creator"] = "ApKappa Atti Amministrativi"
pdf.docinfo["/Producer"] = "ApKappa PDF engine 3.2 (pikepdf %s)" % pikepdf.__version__
pdf.save(OUT)
