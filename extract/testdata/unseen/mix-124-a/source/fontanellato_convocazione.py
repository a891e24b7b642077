# Comune di Fontanellato - "Atlante Atti" house style - convocation of the
# Consiglio Comunale, as the package's letter module writes it: a content
# stream written directly (pikepdf), every glyph placed on its own with an
# absolute text matrix and no space characters, paragraphs justified by
# position; the letterhead and the foot are Form XObjects drawn at the END of
# the page's content stream. Base-14 Helvetica, WinAnsiEncoding.
# (ReportLab is used only for the Helvetica glyph widths.)
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 56.7, 56.7
TW = W - LM - RM
FONTS = {"R": ("F1", "Helvetica"), "B": ("F2", "Helvetica-Bold"), "I": ("F3", "Helvetica-Oblique")}

ops = []


def esc(ch):
    b = ch.encode("cp1252")
    out = ""
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += "\\" + chr(c)
        elif 32 <= c < 127:
            out += chr(c)
        else:
            out += "\\%03o" % c
    return out


def glyphs(x, y, text, style="R", size=10.5, extra_space=0.0):
    """place each glyph alone; spaces only advance the pen"""
    res, base = FONTS[style]
    ops.append("BT /%s %.2f Tf" % (res, size))
    for ch in text:
        wdt = stringWidth(ch, base, size)
        if ch == " ":
            x += wdt + extra_space
            continue
        ops.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, esc(ch)))
        x += wdt
    ops.append("ET")


def wrap(text, style, size, width):
    base = FONTS[style][1]
    words, lines, cur = text.split(), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if stringWidth(t, base, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


def paragraph(y, text, style="R", size=10.5, lead=14.2, x=LM, width=TW, justify=True, first_bold=None):
    lines = wrap(text, style, size, width)
    base = FONTS[style][1]
    for i, ln in enumerate(lines):
        gaps = ln.count(" ")
        extra = 0.0
        if justify and i < len(lines) - 1 and gaps:
            extra = (width - stringWidth(ln, base, size)) / gaps
        if first_bold and i == 0 and ln.startswith(first_bold):
            glyphs(x, y, first_bold, "B", size)
            bx = x + stringWidth(first_bold, FONTS["B"][1], size)
            rest = ln[len(first_bold):]
            glyphs(bx, y, rest, style, size, extra)
        else:
            glyphs(x, y, ln, style, size, extra)
        y -= lead
    return y


# ---- body (drawn first) ----
y = H - 150
glyphs(LM, y, "Prot. n. 15392", "R", 9.5)
glyphs(LM, y - 12, "Fontanellato, 13/12/2027", "R", 9.5)
rx = 330
for i, ln in enumerate(["Ai Consiglieri Comunali", "Al Sindaco", "LORO SEDI",
                        "", "e p.c.  Al Sig. Prefetto di Parma",
                        "           Al Revisore dei Conti"]):
    if ln:
        glyphs(rx, y - 12 * i, ln, "B" if i < 3 else "R", 10)
y -= 100
ops.append("0.4 w %.2f %.2f m %.2f %.2f l S" % (LM, y + 16, W - RM, y + 16))
glyphs(LM, y, "OGGETTO:", "B", 10.5)
sub = ("Convocazione del Consiglio Comunale in seduta ordinaria per il giorno "
       "lunedì 20 dicembre 2027 alle ore 20:30.")
y = paragraph(y, sub, "B", 10.5, x=LM + 62, width=TW - 62, justify=False)
ops.append("0.4 w %.2f %.2f m %.2f %.2f l S" % (LM, y + 8, W - RM, y + 8))
y -= 12
y = paragraph(y, "Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, dello Statuto "
              "comunale e del vigente Regolamento per il funzionamento del Consiglio "
              "Comunale, si comunica che il Consiglio Comunale è convocato in sessione "
              "ordinaria ed in seduta pubblica di prima convocazione, presso la Sala "
              "consiliare della Rocca Sanvitale, Piazza Matteotti n. 1, per il giorno")
y -= 4
glyphs(LM + 95, y, "LUNEDÌ 20 DICEMBRE 2027 alle ore 20:30", "B", 11)
y -= 18
y = paragraph(y, "per la trattazione degli argomenti iscritti al seguente")
y -= 4
glyphs(LM + 150, y, "ORDINE DEL GIORNO", "B", 11)
y -= 20
odg = [
    "Comunicazioni del Sindaco.",
    "Approvazione dei verbali della seduta del 29 novembre 2027.",
    "Variazione al bilancio di previsione 2027/2029 (art. 175, comma 3, del D.Lgs. "
    "n. 267/2000). Approvazione.",
    "Nota di aggiornamento al Documento Unico di Programmazione (DUP) 2028/2030. "
    "Approvazione.",
    "Ricognizione periodica delle partecipazioni pubbliche detenute al 31/12/2026 ai "
    "sensi dell'art. 20 del D.Lgs. n. 175/2016.",
    "Convenzione con il Comune di Soragna per la gestione associata del servizio di "
    "Polizia Locale per il triennio 2028/2030. Approvazione.",
]
for i, item in enumerate(odg, 1):
    glyphs(LM + 6, y, "%d." % i, "R", 10.5)
    y = paragraph(y, item, x=LM + 24, width=TW - 24)
    y -= 3
y -= 6
y = paragraph(y, "In mancanza del numero legale, la seduta di seconda convocazione è fin "
              "d'ora fissata per il giorno martedì 21 dicembre 2027 alle ore 20:30, nello "
              "stesso luogo e con il medesimo ordine del giorno.")
y -= 5
y = paragraph(y, "La documentazione relativa agli argomenti iscritti è depositata presso "
              "l'Ufficio Segreteria ed è consultabile dai Consiglieri nell'area riservata "
              "del portale istituzionale a partire dalla data odierna. La seduta sarà "
              "trasmessa in diretta streaming sul canale istituzionale del Comune.")
y -= 26
glyphs(360, y, "IL SINDACO", "B", 10.5)
glyphs(356, y - 14, "Luca Bottazzi", "R", 10.5)
glyphs(322, y - 27, "(firmato digitalmente ai sensi del", "I", 8)
glyphs(336, y - 37, "D.Lgs. n. 82/2005 e s.m.i.)", "I", 8)

# ---- the Form XObjects, drawn last ----
lh_ops = []


def lh_glyphs(x, y, text, style, size, gray=0):
    global ops
    saved = ops
    ops = lh_ops
    if gray:
        ops.append("%.2f g" % gray)
    glyphs(x, y, text, style, size)
    if gray:
        ops.append("0 g")
    ops = saved


# crest
lh_ops.append("q 1.6 w 0.2 G 57 806 m 97 806 l 97 780 l 97 766 86 758 77 755 c "
              "68 758 57 766 57 780 c h S 0.45 G 2.2 w 63 795 m 91 795 l S 63 786 m 91 786 l S Q")
lh_glyphs(112, 788, "COMUNE DI FONTANELLATO", "B", 19)
lh_glyphs(112, 773, "Provincia di Parma", "R", 10, 0.2)
lh_glyphs(W - RM - stringWidth("Ufficio Segreteria - Organi istituzionali", "Helvetica", 7.5),
          806, "Ufficio Segreteria - Organi istituzionali", "R", 7.5, 0.3)
lh_glyphs(112, 760, "Piazza Matteotti, 1 - 43012 Fontanellato (PR) - Tel. 0521 823211 - "
          "PEC: protocollo@postacert.comune.fontanellato.pr.it", "R", 7.3, 0.3)
lh_ops.append("0.6 w 0.5 G %.2f 748 m %.2f 748 l S 0 G" % (LM, W - RM))

ft_ops = []
saved = ops
ops = ft_ops
ops.append("0.4 w 0.6 G %.2f 50 m %.2f 50 l S 0 G 0.35 g" % (LM, W - RM))
glyphs(LM, 40, "Atlante Atti 5 - Comune di Fontanellato - Convocazione C.C. del 20/12/2027 - "
       "Prot. n. 15392 del 13/12/2027", "R", 7.3)
glyphs(W - RM - 40, 40, "Pag. 1 di 1", "R", 7.3)
ops.append("0 g")
ops = saved

ops.append("q /LH Do Q")
ops.append("q /FT Do Q")

pdf = pikepdf.new()
fonts = Dictionary()
for res, base in FONTS.values():
    fonts[Name("/" + res)] = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
        Encoding=Name.WinAnsiEncoding))
res_fonts = Dictionary(Font=fonts)


def form(o):
    st = pikepdf.Stream(pdf, "\n".join(o).encode("latin-1"))
    st.Type = Name.XObject
    st.Subtype = Name.Form
    st.BBox = Array([0, 0, W, H])
    st.Resources = res_fonts
    return pdf.make_indirect(st)


page = pikepdf.Page(Dictionary(
    Type=Name.Page, MediaBox=Array([0, 0, W, H]),
    Resources=Dictionary(Font=fonts, XObject=Dictionary(LH=form(lh_ops), FT=form(ft_ops))),
    Contents=pdf.make_stream("\n".join(ops).encode("latin-1"))))
pdf.pages.append(page)
pdf.docinfo[Name.Title] = "Convocazione Consiglio Comunale 20/12/2027"
pdf.docinfo[Name.Author] = "Comune di Fontanellato"
pdf.docinfo[Name.Creator] = "Atlante Atti 5 - modulo Lettere"
pdf.docinfo[Name.Producer] = "Atlante PDF writer 2.3 (pikepdf)"
pdf.save(OUT)
