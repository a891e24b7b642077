#!/usr/bin/env python3
"""Comune di Siurgus Donigala - Giunta n. 60 del 10/06/2027.

House style "Siscom": crest and name on the left, the Sardinian name under
it, number and date in a ruled box on the right, a letter-spaced title,
running foot with the number and "pag. x di y", signatures side by side.

Written the way a report engine writes its pages, with hand-made content
streams (pikepdf): every glyph placed alone with its own text matrix and no
space characters, justification only by where the glyphs stand; the
letterhead, the heading box, the running foot, the signatures and the
publication stamp are Form XObjects, drawn in the order foot, stamp, body,
signatures, letterhead, heading box (not the reading order); the stamp runs
up the left margin, rotated 90 degrees.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1] if len(sys.argv) > 1 else "giunta60-siurgusdonigala-siscom.pdf"

W, H = 595.28, 841.89
MM = 72 / 25.4
LM, RM = 22 * MM, W - 18 * MM
TW = RM - LM
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}
NUM, DATA = "60", "10/06/2027"


def enc(ch):
    return ch.encode("cp1252")


def hexs(b):
    return "<" + b.hex() + ">"


def glyphs(text, x, y, font="F1", size=10, gap_extra=0.0):
    """one Tm and one Tj per glyph; spaces are not written, only skipped"""
    ops = []
    base = FONTS[font]
    for ch in text:
        w = stringWidth(ch, base, size)
        if ch == " ":
            x += w + gap_extra
            continue
        ops.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (x, y, hexs(enc(ch))))
        x += w
    return ops


def line_ops(words, x, y, width, font, size, justify):
    base = FONTS[font]
    sw = stringWidth(" ", base, size)
    natural = sum(stringWidth(w, base, size) for w in words) + sw * (len(words) - 1)
    extra = (width - natural) / (len(words) - 1) if justify and len(words) > 1 else 0.0
    ops = ["BT", "/%s %.1f Tf" % (font, size)]
    ops += glyphs(" ".join(words), x, y, font, size, extra)
    ops.append("ET")
    return ops


def wrap(text, font, size, width):
    base = FONTS[font]
    lines, cur = [], []
    for w in text.split():
        t = " ".join(cur + [w])
        if cur and stringWidth(t, base, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Pager:
    def __init__(self):
        self.pages = [[]]
        self.top_first = H - 78 * MM
        self.top_next = H - 28 * MM
        self.bottom = 26 * MM
        self.y = self.top_first

    def need(self, h):
        if self.y - h < self.bottom:
            self.pages.append([])
            self.y = self.top_next

    def para(self, text, font="F1", size=10, lead=13.2, indent=0, hang=None, after=4, align="J"):
        lines = wrap(text, font, size, TW - indent)
        for i, ws in enumerate(lines):
            self.need(lead)
            last = i == len(lines) - 1
            x = LM + indent
            if align == "C":
                tw = stringWidth(" ".join(ws), FONTS[font], size)
                x = LM + (TW - tw) / 2
            if i == 0 and hang:
                self.pages[-1] += line_ops([hang], LM + indent - 6 * MM, self.y, 0, font, size, False)
            self.pages[-1] += line_ops(ws, x, self.y, TW - indent, font, size, align == "J" and not last)
            self.y -= lead
        self.y -= after

    def space(self, h):
        self.y -= h


def xobject(pdf, ops, bbox, resources, matrix=None):
    d = Dictionary(Type=Name.XObject, Subtype=Name.Form, BBox=Array(bbox), Resources=resources)
    if matrix:
        d.Matrix = Array(matrix)
    s = pikepdf.Stream(pdf, "\n".join(ops).encode("latin-1"))
    for k, v in d.items():
        s[k] = v
    return pdf.make_indirect(s)


def text_ops(s, x, y, font, size, cs=0.0):
    """a whole string in one Tj (used inside the XObjects), optional Tc"""
    o = ["BT", "/%s %.1f Tf" % (font, size)]
    if cs:
        o.append("%.2f Tc" % cs)
    o += ["1 0 0 1 %.2f %.2f Tm" % (x, y), hexs(enc(s)) + " Tj"]
    if cs:
        o.append("0 Tc")
    o.append("ET")
    return o


def main():
    pdf = pikepdf.new()
    fonts = Dictionary()
    for k, base in FONTS.items():
        fonts[Name("/" + k)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
                                                            Encoding=Name.WinAnsiEncoding))
    res = Dictionary(Font=fonts)

    # ---- letterhead (reused on page 1)
    lh = []
    cx, cy = LM, H - 40 * MM
    lh += ["q 1.1 w", "%.2f %.2f m %.2f %.2f l %.2f %.2f l" % (cx, cy + 18 * MM, cx + 15 * MM, cy + 18 * MM, cx + 15 * MM, cy + 7 * MM),
           "%.2f %.2f %.2f %.2f %.2f %.2f c" % (cx + 15 * MM, cy + 2 * MM, cx + 10 * MM, cy, cx + 7.5 * MM, cy - 1 * MM),
           "%.2f %.2f %.2f %.2f %.2f %.2f c" % (cx + 5 * MM, cy, cx, cy + 2 * MM, cx, cy + 7 * MM), "h S",
           "0.6 w %.2f %.2f m %.2f %.2f l S" % (cx + 7.5 * MM, cy + 18 * MM, cx + 7.5 * MM, cy - 1 * MM),
           "%.2f %.2f m %.2f %.2f l S" % (cx, cy + 10 * MM, cx + 15 * MM, cy + 10 * MM), "Q"]
    lh += text_ops("COMUNE DI SIURGUS DONIGALA", LM + 19 * MM, H - 27 * MM, "F2", 15)
    lh += text_ops("Comunu de Siurgus Donigala", LM + 19 * MM, H - 32.5 * MM, "F3", 9.5)
    lh += text_ops("Ufficio Segreteria \u2013 Affari Generali", LM + 19 * MM, H - 37 * MM, "F1", 8)
    lh_x = xobject(pdf, lh, [0, 0, W, H], res)

    # ---- heading box: number/date on the right, title, subject
    hd = ["q 0.7 w", "%.2f %.2f %.2f %.2f re S" % (RM - 62 * MM, H - 41 * MM, 62 * MM, 21 * MM),
          "%.2f %.2f m %.2f %.2f l S" % (RM - 62 * MM, H - 27 * MM, RM, H - 27 * MM),
          "%.2f %.2f m %.2f %.2f l S" % (RM - 31 * MM, H - 41 * MM, RM - 31 * MM, H - 27 * MM), "Q"]
    hd += text_ops("DELIBERAZIONE DELLA", RM - 59 * MM, H - 22.8 * MM, "F2", 8)
    hd += text_ops("GIUNTA COMUNALE", RM - 59 * MM, H - 25.8 * MM, "F2", 8)
    hd += text_ops("ORIGINALE", RM - 20 * MM, H - 24.3 * MM, "F1", 7)
    hd += text_ops("N.", RM - 59 * MM, H - 31 * MM, "F1", 7)
    hd += text_ops(NUM, RM - 59 * MM, H - 37.5 * MM, "F2", 13)
    hd += text_ops("Data", RM - 28 * MM, H - 31 * MM, "F1", 7)
    hd += text_ops(DATA, RM - 28 * MM, H - 37.5 * MM, "F2", 11)
    title = "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"
    cs = 1.6
    tw = stringWidth(title, "Helvetica-Bold", 11) + cs * (len(title) - 1)
    hd += text_ops(title, LM + (TW - tw) / 2, H - 50 * MM, "F2", 11, cs)
    subj = ("Programma LavoRAS \u2013 Cantieri di nuova attivazione annualit\u00e0 2027. Approvazione del progetto "
            "\u201cCantiere verde 2027\u201d e atto di indirizzo al Responsabile dell\u2019Area Tecnica.")
    hd += ["q 0.9 w %.2f %.2f m %.2f %.2f l S Q" % (LM, H - 54 * MM, RM, H - 54 * MM)]
    hd += text_ops("OGGETTO:", LM, H - 59 * MM, "F2", 9)
    y = H - 59 * MM
    for ws in wrap(subj, "F2", 10, TW - 19 * MM):
        hd += text_ops(" ".join(ws), LM + 19 * MM, y, "F2", 10)
        y -= 12.5
    hd += ["q 0.9 w %.2f %.2f m %.2f %.2f l S Q" % (LM, y + 4, RM, y + 4)]
    hd_x = xobject(pdf, hd, [0, 0, W, H], res)

    # ---- body
    P = Pager()
    P.para("L\u2019anno duemilaventisette, il giorno dieci del mese di giugno, alle ore 13:15, nella sala delle adunanze del Palazzo "
           "Comunale, si \u00e8 riunita la Giunta Comunale, convocata nei modi di legge.")
    P.para("Sono presenti il Sindaco Efisio Murgia e l\u2019Assessore Sandro Lai. \u00c8 assente giustificata la Vicesindaca Giovanna Orr\u00f9.")
    P.para("Presiede la seduta il Sindaco, Efisio Murgia. Assiste il Segretario Comunale dott.ssa Maria Bonaria Floris, che redige il "
           "presente verbale. Il Presidente, accertato il numero legale, dichiara aperta la seduta.")
    P.space(3)
    P.para("LA GIUNTA COMUNALE", "F2", 10.5, align="C", after=6)
    P.para("Premesso che la Regione Autonoma della Sardegna, con deliberazione della Giunta regionale n. 14/22 del 23/04/2027, ha "
           "approvato il programma \u201cLavoRAS \u2013 Cantieri di nuova attivazione\u201d per l\u2019annualit\u00e0 2027 e la ripartizione "
           "delle risorse tra i Comuni;")
    P.para("Dato atto che al Comune di Siurgus Donigala \u00e8 stata assegnata la somma di \u20ac 48.600,00 per l\u2019attivazione di un "
           "cantiere comunale finalizzato all\u2019inserimento lavorativo di persone disoccupate;")
    P.para("Visto il progetto \u201cCantiere verde 2027\u201d predisposto dall\u2019Ufficio Tecnico comunale, relativo alla manutenzione del "
           "verde pubblico, delle aree attrezzate e delle pertinenze degli edifici comunali, che prevede l\u2019impiego di n. 4 operai "
           "per la durata di otto mesi;")
    P.para("Ritenuto di approvare il progetto e di fornire al Responsabile dell\u2019Area Tecnica gli indirizzi per la sua attuazione;")
    P.para("Acquisiti i pareri favorevoli di regolarit\u00e0 tecnica e contabile espressi ai sensi dell\u2019art. 49 del D.Lgs. 18 agosto "
           "2000, n. 267;")
    P.para("Con votazione unanime, espressa in forma palese,")
    P.space(2)
    P.para("DELIBERA", "F2", 10.5, align="C", after=6)
    pts = ["di approvare il progetto \u201cCantiere verde 2027\u201d, predisposto dall\u2019Ufficio Tecnico comunale, per un importo "
           "complessivo di \u20ac 48.600,00;",
           "di dare indirizzo al Responsabile dell\u2019Area Tecnica, ing. Paolo Usai, di richiedere all\u2019ASPAL l\u2019avviamento dei "
           "lavoratori secondo le procedure previste dal programma regionale;",
           "di dare atto che la spesa \u00e8 finanziata interamente con il contributo regionale e trova imputazione al capitolo 8120 "
           "del bilancio di previsione 2027/2029, esercizio 2027;",
           "di trasmettere copia della presente deliberazione alla Regione Autonoma della Sardegna \u2013 Assessorato del Lavoro."]
    for i, t in enumerate(pts, 1):
        P.para(t, indent=6 * MM, hang="%d." % i, after=3)
    P.space(2)
    P.para("Con separata votazione unanime, la presente deliberazione \u00e8 dichiarata immediatamente eseguibile ai sensi "
           "dell\u2019art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.")
    P.space(4)
    P.para("Parere di regolarit\u00e0 tecnica: Favorevole. Il Responsabile dell\u2019Area Tecnica, ing. Paolo Usai \u2013 07/06/2027", size=8.5, lead=11, after=1, align="L")
    P.para("Parere di regolarit\u00e0 contabile: Favorevole. Il Responsabile dell\u2019Area Finanziaria, dott.ssa Rita Mereu \u2013 08/06/2027", size=8.5, lead=11, after=6, align="L")
    P.para("Letto, confermato e sottoscritto.", align="L")
    P.need(28 * MM)
    sig_y = P.y - 4 * MM
    sig_page = len(P.pages)
    P.space(30 * MM)
    P.para("CERTIFICATO DI PUBBLICAZIONE", "F2", 10, align="C", after=5)
    P.para("Il sottoscritto Segretario Comunale certifica che copia della presente deliberazione \u00e8 pubblicata all\u2019Albo "
           "Pretorio on line del Comune per quindici giorni consecutivi, dal 11/06/2027 al 26/06/2027 (Reg. Pubbl. n. 287), ai sensi "
           "dell\u2019art. 124 del D.Lgs. n. 267/2000, e che \u00e8 stata trasmessa ai Capigruppo consiliari ai sensi dell\u2019art. 125.", size=9.5, lead=12.5)
    P.para("Siurgus Donigala, 11/06/2027 \u2013 Il Segretario Comunale, dott.ssa Maria Bonaria Floris", size=9.5, lead=12.5, align="L", after=10)
    P.para("ATTESTAZIONE DI ESECUTIVIT\u00c0", "F2", 10, align="C", after=5)
    P.para("La presente deliberazione \u00e8 divenuta esecutiva il 10/06/2027, essendo stata dichiarata immediatamente eseguibile "
           "ai sensi dell\u2019art. 134, comma 4, del D.Lgs. n. 267/2000.", size=9.5, lead=12.5)
    P.para("Il Segretario Comunale \u2013 dott.ssa Maria Bonaria Floris", size=9.5, lead=12.5, align="L")
    pages = P.pages
    n = len(pages)

    # ---- signatures
    sg = []
    for cxm, a, b in ((LM + TW * 0.25, "IL PRESIDENTE", "Efisio Murgia"),
                      (LM + TW * 0.75, "IL SEGRETARIO COMUNALE", "dott.ssa Maria Bonaria Floris")):
        for s, yy, f in ((a, sig_y, "F2"), (b, sig_y - 14, "F1")):
            sg += text_ops(s, cxm - stringWidth(s, FONTS[f], 10) / 2, yy, f, 10)
        sg += ["q 0.4 w %.2f %.2f m %.2f %.2f l S Q" % (cxm - 30 * MM, sig_y - 18, cxm + 30 * MM, sig_y - 18)]
    sg_x = xobject(pdf, sg, [0, 0, W, H], res)

    # ---- stamp (drawn rotated up the left margin of page 1)
    st_text = "PUBBLICATA ALL\u2019ALBO PRETORIO ON LINE DAL 11/06/2027 AL 26/06/2027 \u2013 REG. PUBBL. N. 287"
    sw = stringWidth(st_text, "Helvetica-Bold", 7.5)
    st = ["q 0.2 0.2 0.6 RG 0.2 0.2 0.6 rg 0.8 w", "0 0 %.2f 14 re S" % (sw + 10)] + \
         ["BT /F2 7.5 Tf 5 4.5 Td %s Tj ET" % hexs(enc(st_text)), "Q"]
    st_x = xobject(pdf, st, [0, 0, sw + 10, 14], res)

    for pi, ops in enumerate(pages, 1):
        ft = ["q 0.4 w %.2f %.2f m %.2f %.2f l S Q" % (LM, 18 * MM, RM, 18 * MM)]
        ft += text_ops("Deliberazione G.C. n. %s del %s" % (NUM, DATA), LM, 14 * MM, "F1", 7.5)
        s = "pag. %d di %d" % (pi, n)
        ft += text_ops(s, RM - stringWidth(s, "Helvetica", 7.5), 14 * MM, "F1", 7.5)
        if pi > 1:
            s = "Comune di Siurgus Donigala \u2013 Deliberazione della Giunta Comunale n. %s del %s" % (NUM, DATA)
            ft += text_ops(s, LM, H - 16 * MM, "F3", 7.5)
            ft += ["q 0.4 w %.2f %.2f m %.2f %.2f l S Q" % (LM, H - 18 * MM, RM, H - 18 * MM)]
        ft_x = xobject(pdf, ft, [0, 0, W, H], res)
        xo = Dictionary(Ft=ft_x)
        stream = ["q /Ft Do Q"]
        if pi == 1:
            xo.St = st_x
            stream.append("q 0 1 -1 0 %.2f %.2f cm /St Do Q" % (12 * MM, 90 * MM))
        stream += ops
        if pi == sig_page:
            xo.Sg = sg_x
            stream.append("q /Sg Do Q")
        if pi == 1:
            xo.Lh, xo.Hd = lh_x, hd_x
            stream += ["q /Lh Do Q", "q /Hd Do Q"]
        r = Dictionary(Font=fonts, XObject=xo)
        page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Resources=r,
                                       Contents=pdf.make_stream("\n".join(stream).encode("latin-1"))))
        pdf.pages.append(page)
    pdf.docinfo = pdf.make_indirect(Dictionary(Title=pikepdf.String("Deliberazione G.C. n. %s del %s" % (NUM, DATA)),
                                               Creator=pikepdf.String("Siscom - Gestione Atti"),
                                               Producer=pikepdf.String("Siscom PDF Writer 3.1")))
    pdf.save(out, compress_streams=True)


main()
