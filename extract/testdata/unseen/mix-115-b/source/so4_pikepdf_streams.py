#!/usr/bin/env python3
"""Sant'Olcese, Civilia Next house style: determinazione of the Area
Amministrativa whose Servizio is named only in the signature block.

Content streams written by hand and assembled with pikepdf, as a report
engine of a municipal package writes them: standard Helvetica in
WinAnsiEncoding, justified lines by word spacing (Tw), headings spaced
with Tc, and the page drawn out of reading order - the body first, then
the letterhead, the register grid and the running foot as reused Form
XObjects, then the protocol stamp of the Albo rotated up the left margin.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-santolcese-civilianext-servizisociali.pdf"
W, H = 595.28, 841.89
LM, RM = 57.0, 51.0
TW = W - LM - RM
FN = {"R": ("F1", "Helvetica"), "B": ("F2", "Helvetica-Bold"), "I": ("F3", "Helvetica-Oblique")}


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class Page:
    def __init__(self):
        self.ops = []

    def raw(self, s):
        self.ops.append(s.encode("ascii") if isinstance(s, str) else s)

    def text(self, x, y, s, style="R", size=10, tc=0.0, tw=0.0):
        f = FN[style][0]
        self.raw("BT /%s %.1f Tf %.3f Tc %.3f Tw 1 0 0 1 %.2f %.2f Tm (" % (f, size, tc, tw, x, y))
        self.raw(esc(s))
        self.raw(") Tj ET\n")

    def spaced_center(self, y, s, style="B", size=11, tc=3.0):
        w = stringWidth(s, FN[style][1], size) + tc * (len(s) - 1)
        self.text(LM + (TW - w) / 2, y, s, style, size, tc=tc)

    def para(self, y, s, size=10, lead=13.6, indent=0.0, hang=0.0, first_bold=None, width=None):
        """Justified paragraph; first_bold is a lead-in drawn in bold on line 1.
        Returns the y below it."""
        width = width or TW
        words = s.split()
        lines, cur = [], []
        bold_n = len(first_bold.split()) if first_bold else 0
        def wlen(ws, first):
            tot = 0.0
            for k, w in enumerate(ws):
                st = "Helvetica-Bold" if (first and k < bold_n) else "Helvetica"
                tot += stringWidth(w, st, size)
            return tot + stringWidth(" ", "Helvetica", size) * (len(ws) - 1)
        for w in words:
            avail = width - (indent if not lines else hang)
            if cur and wlen(cur + [w], not lines) > avail:
                lines.append(cur)
                cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        for i, ws in enumerate(lines):
            x = LM + (indent if i == 0 else hang)
            avail = width - (indent if i == 0 else hang)
            last = i == len(lines) - 1
            gaps = len(ws) - 1
            tw = 0.0 if last or gaps == 0 else (avail - wlen(ws, i == 0)) / gaps
            if i == 0 and bold_n:
                b = " ".join(ws[:bold_n])
                rest = " ".join(ws[bold_n:])
                # bold lead-in and the rest of the line in one text object
                self.raw("BT 1 0 0 1 %.2f %.2f Tm %.3f Tw /F2 %.1f Tf (" % (x, y, tw, size))
                self.raw(esc(b + " "))
                self.raw(") Tj /F1 %.1f Tf (" % size)
                self.raw(esc(rest))
                self.raw(") Tj ET\n")
            else:
                self.text(x, y, " ".join(ws), "R", size, tw=tw)
            y -= lead
        return y

    def do(self, name, x=0, y=0):
        self.raw("q 1 0 0 1 %.2f %.2f cm /%s Do Q\n" % (x, y, name))

    def bytes(self):
        return b"".join(self.ops)


def form(pdf, content, bbox, fonts):
    st = Stream(pdf, content)
    st.Type = Name.XObject
    st.Subtype = Name.Form
    st.BBox = Array(bbox)
    st.Resources = Dictionary(Font=fonts)
    return pdf.make_indirect(st)


def main():
    pdf = pikepdf.new()
    fonts = Dictionary()
    for key, (res, base) in FN.items():
        fonts[Name("/" + res)] = pdf.make_indirect(Dictionary(
            Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base), Encoding=Name.WinAnsiEncoding))

    # --- letterhead (Form XObject, reused on both pages)
    lh = Page()
    lh.raw("q 0.114 0.310 0.478 RG 0.847 0.894 0.937 rg 1.2 w\n")
    lh.raw("57 742 m 108 742 l 108 705 l 108 690 95 682 82.5 682 c 70 682 57 690 57 705 c h B\n")
    lh.raw("1.5 w 57 674 m 544 674 l S Q\n")
    lh.raw("0.114 0.310 0.478 rg\n")
    lh.text(124, 722, "COMUNE DI SANT'OLCESE", "B", 17, tc=1.1)
    lh.raw("0 g\n")
    lh.text(124, 705, "Città Metropolitana di Genova", "R", 9.5)
    x_lh = form(pdf, lh.bytes(), [0, 660, W, 760], fonts)

    # --- register grid (Form XObject)
    g = Page()
    g.raw("q 0.933 0.949 0.965 rg 57 624 68 36 re f 300 624 108 36 re f Q\n")
    g.raw("q 0.47 G 0.6 w 57 624 487 36 re S 57 642 m 544 642 l S 125 624 m 125 660 l S "
          "300 624 m 300 660 l S 408 624 m 408 660 l S Q\n")
    g.text(61, 648, "AREA", "R", 7.6)
    g.text(130, 648, "AREA AMMINISTRATIVA", "B", 9.3)
    g.text(304, 648, "REGISTRO GENERALE", "R", 7.6)
    g.text(413, 648, "n. 139 del 23/03/2027", "R", 9.3)
    g.text(304, 630, "REGISTRO DI SETTORE", "R", 7.6)
    g.text(413, 630, "n. 27 del 22/03/2027", "R", 9.3)
    x_grid = form(pdf, g.bytes(), [0, 600, W, 670], fonts)

    # --- running foot (Form XObject) without the page number
    f = Page()
    f.raw("q 0.33 g\n")
    f.text(LM, 34, "Comune di Sant'Olcese - Area Amministrativa", "R", 7.5)
    f.text(W - RM - stringWidth("Determinazione R.G. n. 139 del 23/03/2027", "Helvetica", 7.5), 816,
           "Determinazione R.G. n. 139 del 23/03/2027", "R", 7.5)
    f.raw("Q\n")
    x_foot = form(pdf, f.bytes(), [0, 0, W, H], fonts)

    # --- page 1: body first, decorations after
    p1 = Page()
    y = 508
    y = p1.para(y, "Visto il decreto del Sindaco n. 13 del 30/12/2026, di attribuzione della responsabilità "
                "dell'Area Amministrativa, nonché il provvedimento n. 2 del 08/01/2027, con il quale il "
                "Responsabile dell'Area ha delegato al sottoscritto l'adozione degli atti "
                "di concessione dei benefici economici previsti dal vigente Regolamento comunale;",
                first_bold="Visto") - 3
    y = p1.para(y, "Richiamato il Regolamento comunale per la concessione di contributi e benefici economici a "
                "persone e nuclei familiari in condizione di disagio, approvato con deliberazione del Consiglio "
                "Comunale n. 19 del 28/04/2022, e in particolare l'art. 9, che disciplina i contributi "
                "straordinari una tantum;", first_bold="Richiamato") - 3
    y = p1.para(y, "Vista l'istanza presentata in data 02/03/2027, acquisita al protocollo al n. 2704, e la "
                "relazione dell'assistente sociale del 15/03/2027, conservate agli atti d'ufficio e sottratte "
                "alla pubblicazione per la tutela dei dati personali, dalle quali risulta una situazione di "
                "temporaneo disagio economico del nucleo familiare richiedente (pratica n. 14/2027);",
                first_bold="Vista") - 3
    y = p1.para(y, "Dato atto che la spesa trova copertura sul capitolo 1882/1 \"Contributi straordinari a "
                "famiglie in difficoltà\" del bilancio 2027/2029, esercizio 2027, che presenta la necessaria "
                "disponibilità;", first_bold="Dato atto") - 3
    y = p1.para(y, "Attestata la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi "
                "dell'art. 147-bis del D.Lgs. 267/2000 e l'assenza di conflitti di interesse ai sensi "
                "dell'art. 6-bis della legge 241/1990;", first_bold="Attestata") - 3
    y -= 6
    p1.spaced_center(y, "DETERMINA", "B", 11, tc=4.5)
    y -= 20
    pts = [
        "di concedere al nucleo familiare di cui alla pratica n. 14/2027, i cui dati identificativi sono "
        "conservati agli atti del Servizio, un contributo economico straordinario di € 850,00;",
        "di impegnare la somma di € 850,00 sul capitolo 1882/1 del bilancio 2027/2029, esercizio 2027, "
        "missione 12, programma 05;",
        "di liquidare il contributo mediante accredito sul conto corrente indicato nell'istanza, "
        "dando mandato al Servizio Ragioneria per l'emissione del relativo mandato di pagamento;",
        "di pubblicare il presente atto all'Albo Pretorio on line omettendo i dati personali del "
        "beneficiario, ai sensi dell'art. 26, comma 4, del D.Lgs. 33/2013.",
    ]
    for i, t in enumerate(pts):
        p1.text(LM, y, "%d." % (i + 1), "R", 10)
        y = p1.para(y, t, indent=16, hang=16) - 3
    # OGGETTO box and headings, drawn after the body
    p1.raw("q 0.47 G 0.6 w 57 543 487 58 re S Q\n")
    p1.text(63, 588, "OGGETTO:", "B", 10)
    oy = 588
    for ln in ["CONCESSIONE DI CONTRIBUTO ECONOMICO STRAORDINARIO A NUCLEO FAMILIARE IN",
               "CONDIZIONE DI TEMPORANEO DISAGIO (PRATICA N. 14/2027) – IMPEGNO E",
               "LIQUIDAZIONE DELLA SPESA."]:
        p1.text(123, oy, ln, "B", 9.4)
        oy -= 13.5
    p1.spaced_center(606, "DETERMINAZIONE", "B", 14, tc=4)
    p1.spaced_center(524, "IL RESPONSABILE DEL SERVIZIO", "B", 10.2, tc=1.2)
    # the reused forms
    p1.do("Lh")
    p1.do("Grid")
    p1.do("Foot")
    p1.raw("q 0.33 g\n")
    p1.text(W - RM - stringWidth("Pagina 1 di 2", "Helvetica", 7.5), 34, "Pagina 1 di 2", "R", 7.5)
    p1.raw("Q\n")
    # Albo stamp, rotated up the left margin
    p1.raw("q 0.65 0.1 0.1 RG 0.65 0.1 0.1 rg 0.8 w 0 1 -1 0 38 230 cm 0 -3 318 14 re S\n")
    p1.raw("BT /F2 7.5 Tf 0 Tc 0 Tw 1 0 0 1 6 2 Tm (")
    p1.raw(esc("PUBBLICATA ALL'ALBO PRETORIO ON LINE AL N. 512 DAL 24/03/2027 AL 08/04/2027"))
    p1.raw(") Tj ET Q\n")

    # --- page 2: the signatures and the visto, the forms first this time
    p2 = Page()
    p2.do("Lh")
    y = 640
    p2.text(LM, y, "Il presente provvedimento diviene esecutivo con l'apposizione del visto di regolarità "
            "contabile.", "I", 9.5)
    # visto block (drawn before the signature that precedes it on the page)
    vy = 470
    p2.raw("q 0.6 G 0.6 w 57 %.1f m 544 %.1f l S Q\n" % (vy + 16, vy + 16))
    p2.text(LM, vy, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", "B", 9.5)
    vy = p2.para(vy - 14, "Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità "
                 "contabile attestante la copertura finanziaria della spesa. Impegno n. 371/2027 – "
                 "liquidazione n. 298/2027.", size=9.5, lead=12.5)
    s2 = "IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA"
    p2.text(330 + (200 - stringWidth(s2, "Helvetica-Bold", 8.5)) / 2, vy - 10, s2, "B", 8.5)
    p2.text(330 + (200 - stringWidth("Dott.ssa Silvia Repetto", "Helvetica", 9.5)) / 2, vy - 23,
            "Dott.ssa Silvia Repetto", "R", 9.5)
    # signature of the act
    sy = 592
    for t, st, sz in [("IL RESPONSABILE DEL SERVIZIO SOCIALE", "B", 10),
                      ("Dott. Marco Bruzzone", "R", 10),
                      ("documento firmato digitalmente ai sensi del D.Lgs. 82/2005", "R", 7.5)]:
        base = FN[st][1]
        p2.text(320 + (224 - stringWidth(t, base, sz)) / 2, sy, t, st, sz)
        sy -= 14
    p2.do("Foot")
    p2.raw("q 0.33 g\n")
    p2.text(W - RM - stringWidth("Pagina 2 di 2", "Helvetica", 7.5), 34, "Pagina 2 di 2", "R", 7.5)
    p2.raw("Q\n")

    xobjs = Dictionary(Lh=x_lh, Grid=x_grid, Foot=x_foot)
    for pg in (p1, p2):
        page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                          Resources=Dictionary(Font=fonts, XObject=xobjs),
                          Contents=pdf.make_stream(pg.bytes()))
        pdf.pages.append(pikepdf.Page(page))
    pdf.docinfo[Name.Producer] = "Civilia Next Report Engine 4.2"
    pdf.docinfo[Name.Title] = "Determinazione n. 139 del 23/03/2027"
    pdf.save(OUT, compress_streams=True)


main()
