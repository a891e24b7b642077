#!/usr/bin/env python3
"""Valderice, house style "datagraph": a comunicazione del Sindaco as the
package's report engine writes it, content stream written by hand (pikepdf).

- every glyph is placed alone with its own text matrix, no space characters;
  justified lines spread the gaps between words;
- letterhead, footer and protocol stamp are Form XObjects drawn at the end of
  the page's content, after the body (out of reading order);
- the protocol stamp runs up the left margin, rotated by 90 degrees;
- the signature band is drawn before the body.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 72.0, 72.0
TW = W - LM - RM

FONTS = {"R": ("/F1", "Helvetica"), "B": ("/F2", "Helvetica-Bold"), "I": ("/F3", "Helvetica-Oblique")}


def enc(ch):
    b = ch.encode("cp1252")
    if b in (b"(", b")", b"\\"):
        return b"\\" + b
    return b


def glyphs(text, x, y, style="R", size=10.5, extra_gap=0.0, out_list=None):
    """Place each glyph alone; spaces are only gaps (plus extra_gap each)."""
    fname, base = FONTS[style]
    ops = out_list if out_list is not None else []
    ops.append(b"BT %s %.2f Tf" % (fname.encode(), size))
    cx = x
    for ch in text:
        w = stringWidth(ch, base, size)
        if ch == " ":
            cx += w + extra_gap
            continue
        ops.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (cx, y, enc(ch)))
        cx += w
    ops.append(b"ET")
    return ops


def wrap(text, style, size, width):
    base = FONTS[style][1]
    words, lines, cur = text.split(), [], ""
    for w_ in words:
        t = (cur + " " + w_).strip()
        if stringWidth(t, base, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w_
    if cur:
        lines.append(cur)
    return lines


def paragraph(ops, text, y, style="R", size=10.5, lead=14.0, indent=0.0, first=0.0,
              justify=True, x0=LM, width=TW):
    lines = wrap(text, style, size, width - indent - max(first, 0))
    base = FONTS[style][1]
    for i, ln in enumerate(lines):
        x = x0 + indent + (first if i == 0 else 0)
        avail = width - (x - x0)
        gap = 0.0
        if justify and i < len(lines) - 1 and ln.count(" "):
            gap = (avail - stringWidth(ln, base, size)) / ln.count(" ")
        glyphs(ln, x, y, style, size, gap, ops)
        y -= lead
    return y


def centred(ops, text, y, style="R", size=10.5):
    w = stringWidth(text, FONTS[style][1], size)
    glyphs(text, (W - w) / 2, y, style, size, 0, ops)


pdf = pikepdf.new()
fonts = Dictionary()
for key, (fname, base) in FONTS.items():
    fonts[fname] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                    BaseFont=Name("/" + base),
                                                    Encoding=Name.WinAnsiEncoding))
res_fonts = Dictionary(Font=fonts)


def form(ops, bbox=(0, 0, W, H), matrix=None):
    d = Dictionary(Type=Name.XObject, Subtype=Name.Form, BBox=Array(list(bbox)), Resources=res_fonts)
    if matrix:
        d.Matrix = Array(list(matrix))
    return pdf.make_stream(b"\n".join(ops), d)


# letterhead form
lh = [b"q 0.42 0.11 0.11 RG 1.1 w",
      b"%.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c h S" % (
          LM, 800, LM + 26, 800, LM + 26, 780, LM + 26, 770, LM + 18, 766, LM + 13, 762,
          LM + 8, 766, LM, 770, LM, 780),
      b"%.2f 772 m %.2f 795 l %.2f 772 l S" % (LM + 5, LM + 13, LM + 21),
      b"Q"]
glyphs("COMUNE DI VALDERICE", LM + 38, 786, "B", 16, 0, lh)
glyphs("Libero Consorzio Comunale di Trapani", LM + 38, 772, "I", 10, 0, lh)
lh.append(b"q 0.42 0.11 0.11 RG 0.8 w %.2f 754 m %.2f 754 l S Q" % (LM, W - RM))
letterhead = form(lh)

# footer form
ft = [b"q 0.5 w 0.4 G %.2f 52 m %.2f 52 l S Q" % (LM, W - RM)]
for i, t in enumerate(["Comune di Valderice - Piazza Municipio, 1 - 91019 Valderice (TP)",
                       "tel. 0923 892111 - PEC protocollo@pec.comune.valderice.tp.it - www.comune.valderice.tp.it"]):
    w = stringWidth(t, "Helvetica", 7.5)
    glyphs(t, (W - w) / 2, 42 - 10 * i, "R", 7.5, 0, ft)
footer = form(ft)

# protocol stamp form, drawn in its own space and rotated into the margin
st = [b"q 0.1 0.25 0.55 RG 0.1 0.25 0.55 rg 0.9 w 0 0 250 30 re S"]
glyphs("COMUNE DI VALDERICE - PROTOCOLLO GENERALE", 8, 18, "B", 7.5, 0, st)
glyphs("N. 0022104 del 19/10/2026 - USCITA - Cat. 10 Cl. 4", 8, 7, "R", 7.5, 0, st)
st.append(b"Q")
stamp = form(st, bbox=(0, 0, 250, 30))

page_ops = []
# signature band first
sig_y = 0  # filled after the body is laid out
body = []
y = 728
t = "Prot. n. 22104 del 19/10/2026"
glyphs(t, W - RM - stringWidth(t, "Helvetica", 10), y, "R", 10, 0, body)
y -= 40
centred(body, "COMUNICAZIONE DEL SINDACO", y, "B", 14)
y -= 30
glyphs("Oggetto:", LM, y, "B", 10.5, 0, body)
y = paragraph(body, "Sospensione dell'erogazione idrica nelle frazioni di Bonagia, Crocevie e "
              "Chiesanuova nei giorni 21 e 22 ottobre 2026.", y, "B", 10.5, 14, indent=52, justify=False)
y -= 12
glyphs("Care concittadine e cari concittadini,", LM, y, "R", 10.5, 0, body)
y -= 20
paras = [
    "si comunica che, per consentire i lavori di manutenzione straordinaria del serbatoio comunale di "
    "contrada Sant'Andrea e la sostituzione di un tratto della condotta adduttrice danneggiato, "
    "l'erogazione idrica sarà sospesa nelle frazioni di Bonagia, Crocevie e Chiesanuova dalle ore 7:00 "
    "di mercoledì 21 ottobre alle ore 20:00 di giovedì 22 ottobre 2026.",
    "Durante la sospensione sarà garantito un servizio sostitutivo di distribuzione di acqua potabile "
    "mediante autobotte, nei seguenti punti e orari:",
]
for p in paras:
    y = paragraph(body, p, y, "R", 10.5, 14, first=18)
    y -= 6
for b_ in ["- Bonagia, piazzale antistante la chiesa parrocchiale, dalle ore 9:00 alle ore 13:00;",
           "- Crocevie, largo della scuola primaria, dalle ore 9:00 alle ore 13:00;",
           "- Chiesanuova, area di parcheggio di via Vespri, dalle ore 15:00 alle ore 19:00."]:
    y = paragraph(body, b_, y, "R", 10.5, 14, indent=18, justify=False)
y -= 6
for p in [
    "Si raccomanda alla cittadinanza di effettuare per tempo adeguate scorte d'acqua e di tenere chiusi "
    "i rubinetti durante l'interruzione. Al ripristino del servizio potranno verificarsi temporanei "
    "fenomeni di torbidità, che si esauriranno in breve tempo lasciando scorrere l'acqua.",
    "Le utenze sensibili (persone allettate, nuclei con neonati, attività di ristorazione) possono "
    "segnalare particolari esigenze all'Ufficio Tecnico comunale, al numero 0923 892240, entro le ore "
    "12:00 di martedì 20 ottobre 2026.",
    "Mi scuso per il disagio, inevitabile per garantire nel tempo la sicurezza e la qualità del "
    "servizio, e ringrazio tutti per la consueta collaborazione.",
]:
    y = paragraph(body, p, y, "R", 10.5, 14, first=18)
    y -= 6

sig = []
y -= 18
glyphs("Valderice, 19 ottobre 2026", LM, y, "R", 10.5, 0, sig)
cx = W - RM - 110
for i, (t, s, z) in enumerate([("IL SINDACO", "B", 10.5), ("Avv. Vincenzo Bica", "R", 10.5)]):
    w = stringWidth(t, FONTS[s][1], z)
    glyphs(t, cx - w / 2, y - 16 * i, s, z, 0, sig)
note = ["(firma autografa sostituita a mezzo stampa ai sensi",
        "dell'art. 3, comma 2, del D.Lgs. 12 febbraio 1993, n. 39)"]
for i, t in enumerate(note):
    w = stringWidth(t, "Helvetica-Oblique", 7.5)
    glyphs(t, cx - w / 2, y - 40 - 9 * i, "I", 7.5, 0, sig)

page_ops = (sig + body +
            [b"q 0 1 -1 0 46 290 cm /Fx3 Do Q",
             b"q /Fx2 Do Q",
             b"q /Fx1 Do Q"])

page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                               Resources=Dictionary(Font=fonts, XObject=Dictionary(
                                   Fx1=letterhead, Fx2=footer, Fx3=stamp)),
                               Contents=pdf.make_stream(b"\n".join(page_ops))))
pdf.pages.append(page)
pdf.docinfo["/Producer"] = "Datagraph Report Engine 5.2"
pdf.docinfo["/Creator"] = "Datagraph - Protocollo e Atti"
pdf.docinfo["/Title"] = "Comunicazione del Sindaco - prot. 22104/2026"
pdf.save(out)
