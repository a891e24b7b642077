#!/usr/bin/env python3
"""Comune di Borgo San Lorenzo - Ordinanza n. 41/2026 of the Sindaco, as a
report engine writes it: a hand-made content stream (pikepdf) in which
every glyph is placed alone with its own Tm and no space characters,
lines justified by widening the gaps between words; the letterhead, the
signature block and the Albo's publication stamp are reused Form XObjects,
drawn out of reading order (signature first, then the stamp rotated up the
left margin, then the body, the letterhead last)."""
import sys
import pikepdf
from pikepdf import Pdf, Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-borgosanlorenzo-sicraweb.pdf"
W, H = 595.28, 841.89
LM, RM = 68.0, 527.0
FONTS = {"R": ("F1", "Times-Roman"), "B": ("F2", "Times-Bold"), "I": ("F3", "Times-Italic")}


def esc(ch):
    b = ch.encode("cp1252")
    out = ""
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += "\\" + chr(c)
        elif c < 32 or c > 126:
            out += "\\%03o" % c
        else:
            out += chr(c)
    return out


def glyphs(x, y, text, style="R", size=11.0, gap_extra=0.0):
    """Every glyph alone: its own Tm and a one-character Tj; spaces are
    not written, only skipped over (plus gap_extra for justification)."""
    tag, base = FONTS[style]
    ops = ["BT", "/%s %.1f Tf" % (tag, size)]
    for ch in text:
        w = stringWidth(ch, base, size)
        if ch == " ":
            x += w + gap_extra
            continue
        ops.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, esc(ch)))
        x += w
    ops.append("ET")
    return "\n".join(ops)


def wrap(text, style, size, width):
    base = FONTS[style][1]
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, base, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Body:
    def __init__(self, y):
        self.y = y
        self.ops = []

    def para(self, text, style="R", size=11.0, lead=14.0, indent=0.0, first="", after=5.0,
             justify=True, first_style="B"):
        x0 = LM + indent
        width = RM - x0
        if first:
            self.ops.append(glyphs(LM, self.y, first, first_style, size))
        lines = wrap(text, style, size, width)
        base = FONTS[style][1]
        for i, ln in enumerate(lines):
            extra = 0.0
            if justify and i < len(lines) - 1 and ln.count(" "):
                extra = (width - stringWidth(ln, base, size)) / ln.count(" ")
            self.ops.append(glyphs(x0, self.y, ln, style, size, extra))
            self.y -= lead
        self.y -= after

    def centre(self, text, style="B", size=11.5, after=6.0):
        base = FONTS[style][1]
        x = (LM + RM) / 2 - stringWidth(text, base, size) / 2
        self.ops.append(glyphs(x, self.y, text, style, size))
        self.y -= 14 + after


pdf = Pdf.new()
fonts = Dictionary({"/" + tag: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
                                    Encoding=Name.WinAnsiEncoding)
                    for tag, base in FONTS.values()})
res_fonts = Dictionary(Font=fonts)


def xobject(content, bbox):
    s = Stream(pdf, content.encode("latin-1"))
    s.Type = Name.XObject
    s.Subtype = Name.Form
    s.BBox = Array(bbox)
    s.Resources = res_fonts
    return pdf.make_indirect(s)


# letterhead: crest, name, rule
cx, cy = W / 2 - 11, 772
lh = "\n".join([
    "q 0.478 0.118 0.118 RG 0.96 0.925 0.925 rg 1 w",
    "%.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c h B"
    % (cx, cy + 30, cx + 22, cy + 30, cx + 22, cy + 12, cx + 22, cy + 4, cx + 14, cy, cx + 11, cy - 2,
       cx + 8, cy, cx, cy + 4, cx, cy + 12),
    "1.8 w %.2f %.2f m %.2f %.2f l S %.2f %.2f m %.2f %.2f l S Q" % (cx + 11, cy + 27, cx + 11, cy + 1,
                                                                   cx + 3, cy + 18, cx + 19, cy + 18),
    glyphs(W / 2 - stringWidth("COMUNE DI BORGO SAN LORENZO", "Times-Bold", 17) / 2, 750,
           "COMUNE DI BORGO SAN LORENZO", "B", 17),
    glyphs(W / 2 - stringWidth("Città Metropolitana di Firenze", "Times-Roman", 10.5) / 2, 736,
           "Città Metropolitana di Firenze", "R", 10.5),
    "q 0.478 0.118 0.118 RG 1.2 w %.2f 728 m %.2f 728 l S Q" % (LM, RM),
])
LH = xobject(lh, [0, 0, W, H])

sig = "\n".join([
    glyphs(350, 0, "Borgo San Lorenzo, 16/04/2026", "R", 11),
    glyphs(405, -30, "IL SINDACO", "B", 11),
    glyphs(395, -45, "Marco Gualtieri", "R", 11),
    glyphs(383, -58, "(firmato digitalmente)", "I", 9),
])
SIG = xobject(sig, [300, -70, RM, 15])

stamp_lines = ["COMUNE DI BORGO SAN LORENZO - ALBO PRETORIO ON LINE",
               "Pubblicato dal 17/04/2026 al 02/05/2026 - Reg. Pubbl. n. 1187"]
st = ["q 0.2 0.3 0.6 RG 0.8 w 0 0 330 32 re S Q", "0.2 0.3 0.6 rg"]
st.append(glyphs(8, 19, stamp_lines[0], "B", 8.5))
st.append(glyphs(8, 7, stamp_lines[1], "R", 8.5))
STAMP = xobject("\n".join(st), [0, 0, 330, 32])

# body
b = Body(700)
b.centre("ORDINANZA N. 41 DEL 16/04/2026", "B", 13, after=0)
b.centre("(art. 50, comma 5, e art. 54, comma 4, del D.Lgs. 18 agosto 2000, n. 267)", "I", 10, after=8)
b.para("Interdizione temporanea dell'area giochi e dei vialetti del parco di Villa Pecori Giraldi "
       "per pericolo di caduta di rami e alberature.", "B", 11, indent=64, first="OGGETTO:", after=10)
b.centre("IL SINDACO", "B", 11.5, after=2)
for t in [
    "Premesso che nella giornata del 15 aprile 2026 il territorio comunale è stato interessato da forti "
    "raffiche di vento che hanno provocato, all'interno del parco di Villa Pecori Giraldi, la caduta di "
    "rami di grandi dimensioni da alcuni esemplari di cedro e di ippocastano posti a margine dell'area "
    "giochi;",
    "Vista la relazione del Servizio Manutenzioni e Protezione Civile prot. n. 9712 del 16/04/2026, "
    "corredata dalla valutazione di stabilità redatta dal dott. agr. Lorenzo Baldini, dalla quale risulta "
    "che tre alberature presentano lesioni strutturali tali da comportare un pericolo concreto e attuale "
    "per l'incolumità dei frequentatori del parco;",
    "Ritenuto necessario e urgente, nelle more dell'esecuzione degli interventi di potatura e di "
    "abbattimento, interdire l'accesso alle zone del parco esposte al pericolo;",
    "Visti l'art. 50, comma 5, e l'art. 54, comma 4, del D.Lgs. 18 agosto 2000, n. 267, e lo Statuto "
    "comunale;",
]:
    b.para(t)
b.centre("ORDINA", "B", 11.5, after=2)
for i, t in enumerate([
    "l'interdizione, con decorrenza immediata e fino al completamento degli interventi di messa in "
    "sicurezza, dell'accesso all'area giochi e ai vialetti del parco di Villa Pecori Giraldi individuati "
    "nella planimetria allegata alla relazione tecnica;",
    "al Servizio Manutenzioni e Protezione Civile di delimitare le aree interdette con transenne e "
    "apposita segnaletica e di eseguire con urgenza gli interventi indicati nella relazione tecnica;",
    "al Comando di Polizia Municipale dell'Unione Montana dei Comuni del Mugello di vigilare "
    "sull'osservanza della presente ordinanza.",
], 1):
    b.para(t, indent=18, first="%d." % i, after=3, first_style="R")
b.y -= 4
b.para("che la violazione della presente ordinanza è punita con la sanzione amministrativa pecuniaria da "
       "€ 25,00 a € 500,00 ai sensi dell'art. 7-bis del D.Lgs. 267/2000 e che contro di essa è ammesso "
       "ricorso al T.A.R. della Toscana entro 60 giorni dalla pubblicazione, oppure ricorso straordinario al "
       "Presidente della Repubblica entro 120 giorni.", first="AVVERTE", indent=62)
b.para("che la presente ordinanza sia pubblicata all'Albo Pretorio on line, trasmessa alla Prefettura "
       "di Firenze e resa nota mediante avvisi affissi agli ingressi del parco.", first="DISPONE", indent=62)
sig_y = b.y - 14

foot = glyphs(LM, 40, "Ordinanza n. 41 del 16/04/2026", "R", 8) + \
    "\n" + glyphs(RM - stringWidth("Pag. 1 di 1", "Times-Roman", 8), 40, "Pag. 1 di 1", "R", 8) + \
    "\nq 0.5 w %.2f 50 m %.2f 50 l S Q" % (LM, RM)

content = "\n".join([
    "q 1 0 0 1 0 %.2f cm /Sig Do Q" % sig_y,           # signature block first
    "q 0 1 -1 0 44 250 cm /Stamp Do Q",                 # the stamp, rotated up the margin
    "\n".join(b.ops),                                    # the body
    foot,
    "/LH Do",                                            # the letterhead last
])
page = pdf.add_blank_page(page_size=(W, H))
page.obj.Resources = Dictionary(Font=fonts, XObject=Dictionary(LH=LH, Sig=SIG, Stamp=STAMP))
page.obj.Contents = pdf.make_stream(content.encode("latin-1"))
pdf.docinfo["/Producer"] = "Sicraweb Report Engine 5.4"
pdf.docinfo["/Creator"] = "Sicraweb - Atti e Provvedimenti"
pdf.docinfo["/Title"] = "Ordinanza n. 41 del 16/04/2026"
pdf.save(OUT)
