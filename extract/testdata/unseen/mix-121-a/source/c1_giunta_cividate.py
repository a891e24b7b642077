#!/usr/bin/env python3
"""Comune di Cividate al Piano - Giunta Comunale n. 63 del 15/09/2027.

House style "Sinergis": letterhead on the left with the Comune's tower, a
box on the right with number, date and proposal, the roll in two tables
side by side, signatures in a ruled box, a running foot with the number.

Written as a report engine writes it, with hand-made content streams
(pikepdf): every glyph placed alone by its own text matrix, no space
characters, lines justified by moving the glyphs; the letterhead, the
running foot and the signature box are Form XObjects, and each page draws
its body first, then the roll, then the letterhead and the header box, so
the stream's order is not the reading order. The Albo's publication stamp
runs up the right margin of page 1, rotated 90 degrees.
Base-14 fonts (Helvetica family, WinAnsiEncoding) with explicit Widths.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase import pdfmetrics

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-cividatealpiano-sinergis.pdf"
W, H = 595.28, 841.89
MM = 72 / 25.4
LM, RM = 22 * MM, W - 20 * MM

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def width(s, font, size):
    return pdfmetrics.stringWidth(s, FONTS[font], size)


def hexs(ch):
    return "<%02X>" % ch.encode("cp1252")[0]


class Stream:
    def __init__(self):
        self.ops = []

    def raw(self, s):
        self.ops.append(s)

    def glyphs(self, x, y, text, font, size, extra_space=0.0, rot=False):
        """Place every glyph alone; spaces become gaps (width + extra)."""
        self.ops.append("BT /%s %.2f Tf" % (font, size))
        for ch in text:
            w = width(ch, font, size)
            if ch == " ":
                if rot:
                    y += w + extra_space
                else:
                    x += w + extra_space
                continue
            if rot:
                self.ops.append("0 1 -1 0 %.2f %.2f Tm %s Tj" % (x, y, hexs(ch)))
                y += w
            else:
                self.ops.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (x, y, hexs(ch)))
                x += w
        self.ops.append("ET")
        return x

    def text(self, x, y, text, font="F1", size=10.5, align="left", right=None):
        if align == "center":
            x = x - width(text, font, size) / 2
        elif align == "right":
            x = x - width(text, font, size)
        return self.glyphs(x, y, text, font, size)

    def data(self):
        return ("\n".join(self.ops) + "\n").encode("latin-1")


def wrap(text, font, size, maxw, first_indent=0.0):
    words = text.split()
    lines, cur = [], []
    avail = maxw - first_indent
    for w in words:
        trial = " ".join(cur + [w])
        if cur and width(trial, font, size) > avail:
            lines.append(cur)
            cur = [w]
            avail = maxw
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.s = Stream()


class Flow:
    """Very small paginator: paragraphs go into the body stream of a page."""

    def __init__(self, top_first, top_later, bottom):
        self.pages = [Page()]
        self.y = top_first
        self.top_later = top_later
        self.bottom = bottom

    @property
    def s(self):
        return self.pages[-1].s

    def need(self, h):
        if self.y - h < self.bottom:
            self.pages.append(Page())
            self.y = self.top_later

    def para(self, text, font="F1", size=10.5, lead=13.6, indent=0.0, hang=None, after=4.0,
             justify=True, left=LM, right=RM, label=None):
        maxw = right - left - indent
        lines = wrap(text, font, size, maxw)
        for i, words in enumerate(lines):
            self.need(lead)
            self.y -= lead
            x = left + indent
            if i == 0 and label:
                self.s.glyphs(left, self.y, label, font, size)
            line = " ".join(words)
            last = i == len(lines) - 1
            extra = 0.0
            if justify and not last and len(words) > 1:
                extra = (maxw - width(line, font, size)) / (len(words) - 1)
            self.s.glyphs(x, self.y, line, font, size, extra_space=extra)
        self.y -= after

    def centre(self, text, font="F2", size=11, before=4, after=4):
        self.need(size + before + after)
        self.y -= before + size
        self.s.text(W / 2, self.y, text, font, size, align="center")
        self.y -= after


def form(pdf, stream_bytes, bbox, fonts):
    res = Dictionary(Font=fonts)
    xo = pikepdf.Stream(pdf, stream_bytes)
    xo.Type = Name.XObject
    xo.Subtype = Name.Form
    xo.BBox = Array(bbox)
    xo.Resources = res
    return pdf.make_indirect(xo)


def main():
    pdf = pikepdf.new()
    pdf.docinfo[Name.Producer] = "Sinergis Atti Web - report engine 4.3"
    pdf.docinfo[Name.Creator] = "Sinergis Atti Web"
    pdf.docinfo[Name.Title] = "Deliberazione di Giunta n. 63/2027"

    fonts = Dictionary()
    for key, base in FONTS.items():
        f = pdfmetrics.getFont(base)
        widths = [f.widths[i] for i in range(32, 256)]
        fonts[Name("/" + key)] = pdf.make_indirect(Dictionary(
            Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
            Encoding=Name.WinAnsiEncoding, FirstChar=32, LastChar=255, Widths=Array(widths)))

    # ---- Form XObject: letterhead ----
    lh = Stream()
    lh.raw("q 0.55 0.12 0.12 RG 0.93 0.90 0.86 rg 0.9 w")
    # a tower: body, battlements, door
    tx, ty = LM, H - 42 * MM
    lh.raw("%.2f %.2f %.2f %.2f re B" % (tx + 3 * MM, ty, 10 * MM, 17 * MM))
    for i in range(3):
        lh.raw("%.2f %.2f %.2f %.2f re B" % (tx + 3 * MM + i * 3.8 * MM, ty + 17 * MM, 2.4 * MM, 2.6 * MM))
    lh.raw("0.55 0.12 0.12 rg %.2f %.2f %.2f %.2f re f Q" % (tx + 6.8 * MM, ty, 2.4 * MM, 5 * MM))
    lh.text(LM + 18 * MM, H - 27 * MM, "COMUNE DI CIVIDATE AL PIANO", "F2", 16)
    lh.text(LM + 18 * MM, H - 32.5 * MM, "Provincia di Bergamo", "F1", 10.5)
    lh.text(LM + 18 * MM, H - 37 * MM,
            "Piazza Vittorio Emanuele II, 1 - 24050 Cividate al Piano (BG)", "F1", 7.5)
    lh.raw("0.6 w %.2f %.2f m %.2f %.2f l S" % (LM, H - 44 * MM, RM, H - 44 * MM))
    letterhead = form(pdf, lh.data(), [0, 0, W, H], fonts)

    # ---- Form XObject: running foot with the act's number ----
    ft = Stream()
    ft.raw("0.4 w %.2f %.2f m %.2f %.2f l S" % (LM, 16 * MM, RM, 16 * MM))
    ft.text(LM, 12 * MM, "Deliberazione della Giunta Comunale n. 63 del 15/09/2027", "F3", 7.5)
    ft.text(RM, 12 * MM, "Sinergis Atti Web", "F3", 7.5, align="right")
    foot = form(pdf, ft.data(), [0, 0, W, 20 * MM], fonts)

    flow = Flow(top_first=H - 86 * MM, top_later=H - 20 * MM, bottom=24 * MM)
    P = flow.para
    P("L'anno duemilaventisette addì quindici del mese di settembre alle ore 18:45 nella Sede Comunale, "
      "previa osservanza di tutte le formalità prescritte dalla vigente normativa, vennero oggi convocati "
      "a seduta i componenti la Giunta Comunale. All'appello risultano:")

    # roll: two tables side by side (drawn into a separate stream, later)
    roll_top = flow.y - 4
    roll = Stream()
    colw = (RM - LM - 8 * MM) / 2
    left_rows = [("BELOTTI Stefano", "Sindaco", "SI"), ("RAVASIO Chiara", "Vicesindaco", "SI"),
                 ("MOIOLI Davide", "Assessore", "SI")]
    right_rows = [("FACCHINETTI Laura", "Assessore", "NO"), ("PREVITALI Marco", "Assessore", "SI")]
    rh = 15.0
    for ci, rows in enumerate((left_rows, right_rows)):
        x0 = LM + ci * (colw + 8 * MM)
        nrows = 3
        roll.raw("0.5 w %.2f %.2f %.2f %.2f re S" % (x0, roll_top - rh * (nrows + 1), colw, rh * (nrows + 1)))
        roll.raw("0.90 0.92 0.95 rg %.2f %.2f %.2f %.2f re f 0 g" % (x0, roll_top - rh, colw, rh))
        roll.raw("%.2f %.2f m %.2f %.2f l S" % (x0, roll_top - rh, x0 + colw, roll_top - rh))
        roll.text(x0 + 4, roll_top - rh + 4.5, "Componente", "F2", 9)
        roll.text(x0 + colw * 0.55, roll_top - rh + 4.5, "Carica", "F2", 9)
        roll.text(x0 + colw - 6, roll_top - rh + 4.5, "Presente", "F2", 9, align="right")
        for ri, (n, c, p) in enumerate(rows):
            yy = roll_top - rh * (ri + 2) + 4.5
            roll.text(x0 + 4, yy, n, "F1", 9.5)
            roll.text(x0 + colw * 0.55, yy, c, "F1", 9.5)
            roll.text(x0 + colw - 18, yy, p, "F1", 9.5, align="center")
    flow.y = roll_top - rh * 4 - 14
    roll.text(LM, flow.y + 2, "Totale presenti: 4", "F2", 9.5)
    roll.text(LM + colw + 8 * MM, flow.y + 2, "Totale assenti: 1", "F2", 9.5)
    flow.y -= 6

    P("Assiste il Segretario Comunale dott. Fabio Locatelli, il quale provvede alla redazione del presente "
      "verbale.")
    P("Essendo legale il numero degli intervenuti, il sig. Stefano Belotti, nella sua qualità di Sindaco, "
      "assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
    flow.centre("LA GIUNTA COMUNALE")
    for t in [
        "Premesso che il Comune sostiene l'attività sportiva dilettantistica svolta sul territorio quale "
        "strumento di promozione della salute, di aggregazione sociale e di educazione dei giovani, anche "
        "mediante la concessione di contributi ordinari alle associazioni sportive iscritte all'Albo "
        "comunale delle associazioni;",
        "Visto il Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici, "
        "approvato con deliberazione del Consiglio Comunale n. 31 del 28/11/2019, il quale all'art. 6 "
        "demanda alla Giunta la definizione annuale dei criteri di riparto;",
        "Viste le domande presentate entro il termine del 31/07/2027 da sette associazioni sportive "
        "dilettantistiche, corredate dal programma dell'attività e dal rendiconto della stagione precedente;",
        "Dato atto che al capitolo 6230 \"Contributi ad associazioni sportive\" del bilancio di previsione "
        "2027/2029, annualità 2027, è stanziata la somma di euro 18.500,00;",
        "Acquisiti i pareri favorevoli in ordine alla regolarità tecnica e contabile espressi, ai sensi "
        "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, dal Responsabile dell'Area Servizi alla Persona e "
        "dal Responsabile dell'Area Economico-Finanziaria;",
        "Con voti unanimi favorevoli espressi in forma palese;",
    ]:
        P(t)
    flow.centre("D E L I B E R A")
    pts = [
        "di stabilire che il fondo per i contributi ordinari alle associazioni sportive dilettantistiche per "
        "la stagione sportiva 2027/2028 sia ripartito per il 50% in proporzione al numero degli atleti "
        "tesserati residenti di età inferiore a 18 anni, per il 30% in proporzione alle squadre iscritte ai "
        "campionati federali e per il 20% in parti uguali tra le associazioni ammesse;",
        "di destinare al riparto la somma complessiva di euro 18.500,00, disponibile al capitolo 6230 del "
        "bilancio di previsione 2027/2029, annualità 2027;",
        "di demandare al Responsabile dell'Area Servizi alla Persona l'adozione degli atti di impegno e di "
        "liquidazione, nel rispetto dei criteri stabiliti al punto 1;",
        "di dare atto che i contributi saranno pubblicati nella sezione \"Amministrazione Trasparente\" ai "
        "sensi degli artt. 26 e 27 del D.Lgs. n. 33/2013.",
    ]
    for i, t in enumerate(pts, 1):
        P(t, indent=7 * MM, label="%d." % i)
    flow.y -= 2
    P("Con successiva e separata votazione unanime, la Giunta Comunale DICHIARA la presente deliberazione "
      "immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, per consentire "
      "l'erogazione dei contributi in tempo utile per l'avvio della stagione.")

    # ---- Form XObject: signature box, placed where the flow ends ----
    flow.need(34 * MM)
    sb_y = flow.y - 32 * MM
    sg = Stream()
    sg.raw("0.5 w %.2f %.2f %.2f %.2f re S" % (LM, 0, RM - LM, 28 * MM))
    sg.raw("%.2f 0 m %.2f %.2f l S" % ((LM + RM) / 2, (LM + RM) / 2, 28 * MM))
    sg.text(LM + 3, 24 * MM, "Letto, confermato e sottoscritto.", "F3", 8.5)
    for cx, role, name in (((LM + (LM + RM) / 2) / 2, "IL SINDACO", "sig. Stefano Belotti"),
                           ((RM + (LM + RM) / 2) / 2, "IL SEGRETARIO COMUNALE", "dott. Fabio Locatelli")):
        sg.text(cx, 17 * MM, role, "F2", 10, align="center")
        sg.text(cx, 11 * MM, name, "F1", 10, align="center")
        sg.text(cx, 5 * MM, "(firmato digitalmente)", "F3", 8, align="center")
    sigbox = form(pdf, sg.data(), [0, 0, W, 30 * MM], fonts)

    # ---- header box (number, date, proposal) and subject: page 1 only ----
    hb = Stream()
    bx = RM - 52 * MM
    hb.raw("0.7 w %.2f %.2f %.2f %.2f re S" % (bx, H - 41 * MM, 52 * MM, 24 * MM))
    hb.text(bx + 3 * MM, H - 22.5 * MM, "ORIGINALE", "F2", 8.5)
    hb.text(bx + 3 * MM, H - 29 * MM, "Deliberazione n. 63", "F2", 10.5)
    hb.text(bx + 3 * MM, H - 34.5 * MM, "Data 15/09/2027", "F1", 10)
    hb.text(bx + 3 * MM, H - 39.2 * MM, "Proposta n. 71 del 10/09/2027", "F1", 8)
    hb.text(W / 2, H - 53 * MM, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "F2", 12.5, align="center")
    hb.text(LM, H - 61 * MM, "Area proponente: Area Servizi alla Persona", "F1", 9.5)
    subj = ("CONCESSIONE DI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE PER LA "
            "STAGIONE SPORTIVA 2027/2028. CRITERI E INDIRIZZI AL RESPONSABILE DEL SERVIZIO.")
    hb.text(LM, H - 69 * MM, "OGGETTO:", "F2", 10.5)
    yy = H - 69 * MM
    for words in wrap(subj, "F2", 10.5, RM - LM - 22 * MM):
        hb.glyphs(LM + 22 * MM, yy, " ".join(words), "F2", 10.5)
        yy -= 13.5
    hb.raw("0.4 w %.2f %.2f m %.2f %.2f l S" % (LM, yy + 6, RM, yy + 6))

    # rotated publication stamp up the right margin of page 1
    st = Stream()
    sx = W - 9 * MM
    st.raw("q 0.15 0.25 0.55 RG 0.15 0.25 0.55 rg 0.8 w %.2f %.2f %.2f %.2f re S" % (
        sx - 10.5, 70 * MM, 14, 150 * MM))
    st.glyphs(sx, 74 * MM, "PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 16/09/2027 AL 01/10/2027 - "
                           "N. 812 REG. PUBBL.", "F2", 7.5, rot=True)
    st.raw("Q")

    npages = len(flow.pages)
    for pi, page in enumerate(flow.pages):
        parts = [b"q 0 g 0 G\n", page.s.data()]          # body text first
        if pi == 0:
            parts.append(roll.data())                     # then the roll
            parts.append(b"/XLH Do\n")                    # then the letterhead
            parts.append(hb.data())                       # then number box and subject
            parts.append(st.data())                       # and the stamp
        if pi == npages - 1:
            parts.append(("q 1 0 0 1 0 %.2f cm /XSG Do Q\n" % sb_y).encode())
        pg = Stream()
        pg.text(RM, 8 * MM, "Pagina %d di %d" % (pi + 1, npages), "F1", 7.5, align="right")
        parts.append(b"/XFT Do\n")
        parts.append(pg.data())
        parts.append(b"Q\n")
        content = pikepdf.Stream(pdf, b"".join(parts))
        xobjs = Dictionary(XLH=letterhead, XFT=foot, XSG=sigbox)
        page_obj = pikepdf.Page(Dictionary(
            Type=Name.Page, MediaBox=Array([0, 0, W, H]),
            Resources=Dictionary(Font=fonts, XObject=xobjs), Contents=pdf.make_indirect(content)))
        pdf.pages.append(page_obj)
    pdf.save(OUT, compress_streams=True)


if __name__ == "__main__":
    main()
