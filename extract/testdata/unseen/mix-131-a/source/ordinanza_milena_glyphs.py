#!/usr/bin/env python3
"""Comune di Milena - ordinanza of the Sindaco, written the way report engines
write it: every glyph drawn by its own Tm/Tj at an absolute position, no space
characters at all (justification is only in the positions), standard Times fonts
in WinAnsiEncoding; the protocol stamp is drawn up the left margin, rotated 90
degrees, after the body. The content stream is written by hand; pikepdf saves it."""
import sys
import pikepdf
from pikepdf import Dictionary, Name, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 70.0, 56.0
TW = W - LM - RM
FONTS = {"R": ("F1", "Times-Roman"), "B": ("F2", "Times-Bold"), "I": ("F3", "Times-Italic")}

pages = []
ops = []
y = 0.0


def esc(ch):
    b = ch.encode("cp1252")
    if b in (b"(", b")", b"\\"):
        return b"\\" + b
    if b[0] > 126:
        return b"\\%03o" % b[0]
    return b


def glyphs(x, yy, text, style, size):
    """one Tm + Tj per glyph, spaces skipped"""
    fid = FONTS[style][0]
    ops.append(b"BT /%s %.1f Tf" % (fid.encode(), size))
    for ch in text:
        w = stringWidth(ch, FONTS[style][1], size)
        if ch != " ":
            ops.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, yy, esc(ch)))
        x += w
    ops.append(b"ET")


def justified_line(x, yy, words, style, size, width, last):
    if last or len(words) == 1:
        glyphs(x, yy, " ".join(words), style, size)
        return
    natural = sum(stringWidth(w, FONTS[style][1], size) for w in words)
    gap = (width - natural) / (len(words) - 1)
    for w in words:
        glyphs(x, yy, w, style, size)
        x += stringWidth(w, FONTS[style][1], size) + gap


def wrap(text, style, size, width):
    lines, cur = [], []
    for w in text.split():
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, FONTS[style][1], size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def new_page():
    global ops, y
    if ops:
        pages.append(ops)
    ops = []
    n = len(pages) + 1
    if n == 1:
        letterhead()
        y = H - 196
    else:
        glyphs(LM, H - 40, "Comune di Milena - Ordinanza n. 27 del 06/07/2028", "I", 8.5)
        ops.append(b"0.4 w %.2f %.2f m %.2f %.2f l S" % (LM, H - 46, W - RM, H - 46))
        y = H - 70


def need(h):
    if y - h < 58:
        new_page()


def paragraph(text, style="R", size=10.5, indent=0.0, lead=13.2, after=4.0, label=None):
    global y
    lines = wrap(text, style, size, TW - indent)
    for i, ln in enumerate(lines):
        need(lead)
        if i == 0 and label:
            glyphs(LM, y, label, style, size)
        justified_line(LM + indent, y, ln, style, size, TW - indent, i == len(lines) - 1)
        y -= lead
    y -= after


def centred(text, style, size, lead=16.0):
    global y
    need(lead)
    w = stringWidth(text, FONTS[style][1], size)
    glyphs(LM + (TW - w) / 2, y, text, style, size)
    y -= lead


def letterhead():
    ops.append(b"q 0.8 w 70 780 m 116 780 l 116 744 l 93 724 l 70 744 l h S 81 752 24 18 re f Q")
    glyphs(128, 770, "COMUNE DI MILENA", "B", 18)
    glyphs(128, 753, "Libero Consorzio Comunale di Caltanissetta", "R", 11.5)
    glyphs(128, 740, "Piazza Aldo Moro n. 1 - 93010 Milena (CL) - Tel. 0934 933111 - P.IVA 00168710852", "R", 8)
    ops.append(b"q 1.2 w %.2f 718 m %.2f 718 l S Q" % (LM, W - RM))
    # register box, Halley model: number and date on the right
    ops.append(b"q 0.6 w 330 672 209.28 34 re S Q")
    glyphs(338, 692, "ORDINANZA N. 27", "B", 12)
    glyphs(338, 678, "del 06/07/2028", "R", 11)
    glyphs(LM, 692, "Area Tecnica - Servizio Idrico", "R", 10)
    glyphs(LM, 678, "Prot. n. 7364 del 06/07/2028", "R", 10)


new_page()
centred("IL SINDACO", "B", 14, 20)
paragraph("Oggetto: Limitazione dell'uso dell'acqua potabile erogata dalla rete idrica comunale per il "
          "periodo estivo 2028.", style="B", size=11.5, indent=0, after=9)

body = [
    "PREMESSO che il gestore del servizio idrico integrato, con nota acquisita al protocollo comunale n. 7291 "
    "del 04/07/2028, ha comunicato una riduzione delle portate in arrivo ai serbatoi comunali di contrada "
    "Roccella e di via Vittorio Emanuele, a causa del perdurare della crisi idrica che interessa il territorio "
    "regionale e dell'abbassamento dei livelli degli invasi;",
    "CONSIDERATO che nel periodo estivo i consumi aumentano sensibilmente per l'uso dell'acqua potabile a "
    "fini irrigui e ricreativi, con il rischio di interruzioni dell'erogazione nelle zone altimetricamente "
    "piu' elevate del centro abitato e nelle frazioni;",
    "RITENUTO necessario e urgente, a tutela della salute e dell'igiene pubblica, riservare l'acqua distribuita "
    "dalla rete comunale agli usi domestici e igienico-sanitari, vietandone temporaneamente ogni utilizzo "
    "diverso;",
    "VISTI l'art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267, l'art. 98 del D.Lgs. 3 aprile 2006, n. 152, "
    "e il vigente Regolamento comunale del servizio idrico;",
]
for b in body:
    paragraph(b)

y -= 4
centred("O R D I N A", "B", 12.5, 20)
paragraph("a tutti gli utenti del servizio idrico comunale, con decorrenza dal 07/07/2028 e fino al 30/09/2028, "
          "salvo revoca anticipata:")
pts = [
    "il divieto di utilizzare l'acqua potabile della rete comunale per l'irrigazione di orti, giardini, prati "
    "e terreni agricoli;",
    "il divieto di lavaggio di autoveicoli, piazzali, cortili e marciapiedi con acqua proveniente dalla rete "
    "comunale;",
    "il divieto di riempimento di piscine, anche smontabili, di vasche e di fontane ornamentali private;",
    "di limitare l'uso dell'acqua ai soli fabbisogni domestici e igienico-sanitari, evitando ogni spreco.",
]
for i, p in enumerate(pts, 1):
    paragraph(p, indent=20, label=f"{i})", after=3)

y -= 4
centred("A V V E R T E", "B", 12.5, 20)
paragraph("che le violazioni della presente ordinanza saranno punite con la sanzione amministrativa da euro "
          "100,00 a euro 500,00, ai sensi dell'art. 7-bis del D.Lgs. 267/2000, e che la Polizia Municipale e "
          "il personale dell'Area Tecnica sono incaricati di vigilare sulla sua osservanza.")
paragraph("Avverso la presente ordinanza e' ammesso ricorso al T.A.R. Sicilia - Palermo entro 60 giorni o "
          "ricorso straordinario al Presidente della Regione Siciliana entro 120 giorni dalla pubblicazione "
          "all'Albo Pretorio on line.")
paragraph("Dispone che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale, "
          "e trasmessa alla Prefettura di Caltanissetta, al Comando Stazione Carabinieri di Milena e al gestore "
          "del servizio idrico integrato.")

need(70)
y -= 6
glyphs(LM, y, "Milena, 06/07/2028", "R", 11)
y -= 22
glyphs(380, y, "IL SINDACO", "B", 11.5)
y -= 15
glyphs(352, y, "F.to dott. Calogero Sanfilippo", "R", 11)
y -= 13
glyphs(330, y, "(firma autografa sostituita a mezzo stampa", "I", 8.5)
y -= 10
glyphs(340, y, "ai sensi dell'art. 3 del D.Lgs. 39/1993)", "I", 8.5)
pages.append(ops)

# the protocol stamp, drawn last on page 1, rotated up the left margin
stamp = [b"q 0.55 0.1 0.1 RG 0.55 0.1 0.1 rg 0.8 w 22 330 32 300 re S",
         b"BT /F2 8 Tf 0 1 -1 0 50 340 Tm (COMUNE DI MILENA - PROTOCOLLO GENERALE) Tj ET",
         b"BT /F1 8 Tf 0 1 -1 0 40 340 Tm (N. 0007364 del 06/07/2028 - PARTENZA) Tj ET",
         b"BT /F1 7 Tf 0 1 -1 0 31 340 Tm (Classificazione: 6.9 - Fascicolo 2028/12) Tj ET Q"]
pages[0] += stamp

# footers with page numbers
n = len(pages)
for i, p in enumerate(pages, 1):
    ops = p
    glyphs(W / 2 - 20, 40, f"Pag. {i} di {n}", "R", 8.5)

pdf = pikepdf.new()
fonts = Dictionary()
for fid, base in FONTS.values():
    fonts[Name("/" + fid)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                          BaseFont=Name("/" + base),
                                                          Encoding=Name.WinAnsiEncoding))
for p in pages:
    stream = pikepdf.Stream(pdf, b"\n".join(p))
    page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                      Resources=Dictionary(Font=fonts), Contents=pdf.make_indirect(stream))
    pdf.pages.append(pikepdf.Page(page))
pdf.docinfo[Name.Producer] = "Halley PDF Writer 3.2"
pdf.docinfo[Name.Title] = "Ordinanza n. 27 del 06/07/2028"
pdf.save(out)
