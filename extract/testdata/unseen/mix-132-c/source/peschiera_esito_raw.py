#!/usr/bin/env python3
"""Peschiera del Garda (Veneto), Sicraweb-like house style written as raw
content streams with pikepdf: letterhead, footer, signature and protocol
stamp are Form XObjects; the page draws the signature and the footer first,
the second half of the body before the first, the letterhead last, and the
protocol stamp rotated up the left margin. Justified lines use Tw.
Usage: peschiera_esito_raw.py OUT.pdf"""
import sys
import pikepdf
from pikepdf import Pdf, Dictionary, Name, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
MM = 72 / 25.4
X0, X1 = 20 * MM, W - 20 * MM
WD = X1 - X0


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def tj(font, size, x, y, s, tw=0.0):
    return b"BT /%s %.1f Tf %.3f Tw %.2f %.2f Td (" % (font.encode(), size, tw, x, y) + esc(s) + b") Tj ET\n"


FN = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def wrap(text, font, size, width, first_indent=0):
    words, lines, cur = text.split(), [], []
    for w in words:
        lim = width - (first_indent if not lines else 0)
        if cur and stringWidth(" ".join(cur + [w]), FN[font], size) > lim:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def para(y, text, font="F1", size=10, lead=13.5, x=X0, width=WD, justify=True, indent=0):
    """returns (content bytes, new y)"""
    out = b""
    lines = wrap(text, font, size, width, indent)
    for i, ln in enumerate(lines):
        off = indent if i == 0 else 0
        s = " ".join(ln)
        tw = 0.0
        if justify and i < len(lines) - 1 and len(ln) > 1:
            tw = (width - off - stringWidth(s, FN[font], size)) / (len(ln) - 1)
        out += tj(font, size, x + off, y, s, tw)
        y -= lead
    return out, y


def centre(y, s, font="F2", size=10):
    return tj(font, size, (W - stringWidth(s, FN[font], size)) / 2, y, s)


pdf = Pdf.new()
fonts = Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                  Encoding=Name.WinAnsiEncoding) for k, v in FN.items()})
fonts = pdf.make_indirect(fonts)


def form(data, bbox):
    s = Stream(pdf, data)
    s.Type = Name.XObject; s.Subtype = Name.Form; s.BBox = Array(bbox)
    s.Resources = Dictionary(Font=fonts)
    return pdf.make_indirect(s)


# ---- letterhead form: crest as paths, the Comune, the unit on the right, a rule
lh = b"q 0.118 0.196 0.353 RG 1.6 w 0.80 0.87 0.94 rg\n"
cx, cy = X0, H - 33 * MM
lh += (b"%.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c "
       b"%.2f %.2f %.2f %.2f %.2f %.2f c h B\n" % (
           cx, cy + 40, cx + 34, cy + 40, cx + 34, cy + 16,
           cx + 34, cy + 6, cx + 26, cy + 1, cx + 17, cy - 3,
           cx + 8, cy + 1, cx, cy + 6, cx, cy + 16))
lh += b"0.78 0.24 0.20 rg %.2f %.2f 18 14 re B\n" % (cx + 8, cy + 18)
lh += b"0.16 0.35 0.67 RG 1.2 w %.2f %.2f m %.2f %.2f l S %.2f %.2f m %.2f %.2f l S Q\n" % (
    cx + 5, cy + 12, cx + 29, cy + 12, cx + 7, cy + 8, cx + 27, cy + 8)
lh += b"0.118 0.196 0.353 rg\n" + tj("F2", 13, X0 + 17 * MM, H - 22 * MM, "COMUNE DI PESCHIERA DEL GARDA")
lh += b"0 g\n" + tj("F1", 9, X0 + 17 * MM, H - 27 * MM, "Provincia di Verona")
for i, (f, s) in enumerate((("F2", "Area Tecnica"), ("F1", "Servizio Lavori Pubblici e Manutenzioni"))):
    lh += tj(f, 9.5, X1 - stringWidth(s, FN[f], 9.5), H - 20 * MM - i * 12, s)
lh += b"0.118 0.196 0.353 RG 0.8 w %.2f %.2f m %.2f %.2f l S\n" % (X0, H - 36 * MM, X1, H - 36 * MM)
LH = form(lh, [0, 0, W, H])

# ---- footer form
ft = b"0.4 G 0.3 w %.2f %.2f m %.2f %.2f l S 0.25 g\n" % (X0, 17 * MM, X1, 17 * MM)
ft += tj("F1", 7.2, X0, 13.5 * MM, "Comune di Peschiera del Garda – Piazzale Betteloni, 15 – 37019 Peschiera del "
         "Garda (VR) – PEC: protocollo@pec.comune.peschieradelgarda.vr.it")
ft += tj("F1", 7.2, X1 - stringWidth("Pag. 1 di 1", "Helvetica", 7.2), 10 * MM, "Pag. 1 di 1")
FT = form(ft, [0, 0, W, 30 * MM])

# ---- signature form (the signature alone)
sy = 92 * MM
sg = b"0 g\n"
s = "arch. Paolo Castellani"
sg += tj("F1", 10, 145 * MM - stringWidth(s, "Helvetica", 10) / 2, sy, s)
s = "(documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005)"
sg += tj("F1", 6.8, 145 * MM - stringWidth(s, "Helvetica", 6.8) / 2, sy - 10, s)
SG = form(sg, [0, 0, W, 130 * MM])

# ---- protocol stamp form, drawn at the origin; the page rotates it
st_lines = ["COMUNE DI PESCHIERA DEL GARDA", "Prot. N. 0025987/2028 del 28/08/2028",
            "PARTENZA – Cat. 6 Cl. 5"]
bw = max(stringWidth(l, "Helvetica-Bold", 8) for l in st_lines) + 12
st = b"q 0.75 0.1 0.1 RG 0.75 0.1 0.1 rg 1 w 0 0 %.2f 36 re S\n" % bw
for i, l in enumerate(st_lines):
    st += tj("F2" if i != 2 else "F1", 8, 6, 26 - i * 10, l)
st += b"Q\n"
ST = form(st, [0, 0, bw, 36])

# ---- body, in reading order as blocks, drawn later out of order
blocks = []
y = H - 48 * MM
b = tj("F2", 10.2, X0, y, "Oggetto:")
c, y = para(y, "Avviso di aggiudicazione – Servizio di manutenzione del verde pubblico comunale per il biennio "
            "2028-2030 – CIG B7A3D40E25.", "F2", 10.2, 13.6, X0 + 17 * MM, WD - 17 * MM, justify=False)
blocks.append(b + c)
y -= 8
blocks.append(centre(y, "IL RESPONSABILE DEL SERVIZIO LAVORI PUBBLICI E MANUTENZIONI")); y -= 18
c, y = para(y, "Vista la determinazione n. 575 del 09/08/2028, con la quale il servizio in oggetto è stato "
            "aggiudicato a seguito di procedura aperta ai sensi dell'art. 71 del D.Lgs. 31 marzo 2023, n. 36, "
            "svolta sulla piattaforma telematica di negoziazione del Comune;")
blocks.append(c); y -= 4
c, y = para(y, "Visti gli articoli 111 e 225 del D.Lgs. 36/2023 in materia di pubblicità degli avvisi relativi "
            "agli appalti aggiudicati;")
blocks.append(c); y -= 6
mid = len(blocks)
blocks.append(centre(y, "RENDE NOTO")); y -= 18
items = [
    ("a) Amministrazione aggiudicatrice:", "Comune di Peschiera del Garda – Area Tecnica, Servizio Lavori "
     "Pubblici e Manutenzioni, Piazzale Betteloni n. 15, 37019 Peschiera del Garda (VR)."),
    ("b) Procedura e criterio di aggiudicazione:", "procedura aperta; offerta economicamente più vantaggiosa "
     "sulla base del miglior rapporto qualità/prezzo (offerta tecnica 80 punti, offerta economica 20 punti)."),
    ("c) Importo a base di gara:", "€ 352.800,00, di cui € 7.200,00 per oneri della sicurezza non soggetti a "
     "ribasso, oltre IVA."),
    ("d) Offerte ricevute:", "n. 6 (sei), di cui n. 2 da micro, piccole e medie imprese; offerte escluse: n. 1."),
    ("e) Aggiudicatario:", "GARDAVERDE Società Cooperativa Sociale, con sede in Lazise (VR), Via dell'Industria "
     "n. 8 – P.IVA 03871240238, punteggio complessivo 87,45/100."),
    ("f) Importo di aggiudicazione:", "€ 318.420,00, oneri della sicurezza compresi, oltre IVA, pari a un "
     "ribasso del 9,85% sull'importo soggetto a ribasso."),
    ("g) Data del provvedimento di aggiudicazione:", "9 agosto 2028."),
    ("h) Organo competente per le procedure di ricorso:", "Tribunale Amministrativo Regionale per il Veneto, "
     "Cannaregio 2277/2278, 30121 Venezia; termine di trenta giorni ai sensi dell'art. 120 del D.Lgs. "
     "104/2010."),
]
for lab, txt in items:
    b = tj("F2", 10, X0, y, lab)
    c, y = para(y, txt, indent=stringWidth(lab + " ", "Helvetica-Bold", 10))
    blocks.append(b + c); y -= 3
y -= 4
c, y = para(y, "Il presente avviso è pubblicato all'Albo Pretorio on line, nella sezione “Amministrazione "
            "trasparente – Bandi di gara e contratti” del sito istituzionale e sulla Banca Dati Nazionale dei "
            "Contratti Pubblici.")
blocks.append(c)
assert y > 102 * MM, y

# ---- page content, out of reading order
content = b"q /SG Do Q\nq /FT Do Q\n"
content += b"".join(b"q 0 g\n" + blk + b"Q\n" for blk in blocks[mid:])
content += b"".join(b"q 0 g\n" + blk + b"Q\n" for blk in blocks[:mid])
content += b"q /LH Do Q\n"
content += b"q 0 1 -1 0 %.2f %.2f cm /ST Do Q\n" % (13 * MM, 95 * MM)

page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                               Resources=Dictionary(Font=fonts,
                                                    XObject=Dictionary(LH=LH, FT=FT, SG=SG, ST=ST)),
                               Contents=pdf.make_stream(content)))
pdf.pages.append(page)
pdf.docinfo["/Title"] = "Avviso di aggiudicazione - manutenzione verde pubblico 2028-2030"
pdf.docinfo["/Creator"] = "Sicraweb - Stampa documenti"
pdf.docinfo["/Producer"] = "pikepdf " + pikepdf.__version__
pdf.save(out, compress_streams=True)
