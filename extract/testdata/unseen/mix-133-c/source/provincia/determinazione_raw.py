#!/usr/bin/env python3
"""Provincia di Vibo Valentia - determinazione dirigenziale, Settore 3 (reg. gen. n. 1187/2028).
Written as the "J-Iride" report engine writes its PDF: hand-built content streams (pikepdf), standard
Helvetica/Times with WinAnsiEncoding, every glyph of the body placed alone with its own Tm (no space
characters), the heading letter-spaced with Tc, the dispositivo justified with Tw, and the letterhead,
signature block and page foot kept in reused Form XObjects that each page draws out of reading order
(foot first, body, then letterhead and register box last)."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 56.7, 56.7
TW = W - LM - RM
MM = 72 / 25.4

FONTS = {'F1': 'Times-Roman', 'F2': 'Times-Bold', 'F3': 'Helvetica', 'F4': 'Helvetica-Bold', 'F5': 'Times-Italic'}


def esc(s):
    b = s.encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def sw(s, f, size):
    return stringWidth(s, FONTS[f], size)


class Page:
    def __init__(self):
        self.ops = []

    def glyphs(self, x, y, f, size, s, gap_extra=0.0):
        """place each glyph alone; spaces are not written, they only advance x (plus gap_extra)"""
        out = [b'BT', b'/%s %g Tf' % (f.encode(), size)]
        for ch in s:
            if ch == ' ':
                x += sw(' ', f, size) + gap_extra
                continue
            out.append(b'1 0 0 1 %.2f %.2f Tm (%s) Tj' % (x, y, esc(ch)))
            x += sw(ch, f, size)
        out.append(b'ET')
        self.ops.append(b'\n'.join(out))

    def spaced(self, x, y, f, size, s, tc):
        self.ops.append(b'BT /%s %g Tf %.2f Tc 1 0 0 1 %.2f %.2f Tm (%s) Tj 0 Tc ET' % (f.encode(), size, tc, x, y, esc(s)))

    def line_tw(self, x, y, f, size, s, tw):
        self.ops.append(b'BT /%s %g Tf %.3f Tw %.2f %.2f Td (%s) Tj 0 Tw ET' % (f.encode(), size, tw, x, y, esc(s)))

    def raw(self, b):
        self.ops.append(b)


def wrap(text, f, size, width):
    words, lines, cur = text.split(), [], ''
    for w in words:
        t = (cur + ' ' + w).strip()
        if sw(t, f, size) <= width:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- content
SUBJECT = ("Liquidazione alla ditta Calabra Asfalti s.r.l. del primo stato di avanzamento dei lavori di ripristino "
           "del piano viabile della S.P. n. 52 Mileto – Paravati. CIG B41C2D8E75.")
PREMISES = [
    "Visto il decreto del Presidente della Provincia n. 48 del 30/06/2028, con il quale al sottoscritto è stato "
    "conferito l'incarico di direzione del Settore 3 – Viabilità, Trasporti ed Edilizia Scolastica;",
    "Richiamata la propria determinazione n. 702 del 06/06/2028, con la quale i lavori di ripristino del piano "
    "viabile della S.P. n. 52 Mileto – Paravati sono stati aggiudicati alla ditta Calabra Asfalti s.r.l., con "
    "sede in Filandari, per l'importo contrattuale di euro 286.450,00 oltre IVA;",
    "Visto il contratto d'appalto rep. n. 1942 del 04/07/2028 e il verbale di consegna dei lavori del 15/07/2028;",
    "Visto il primo stato di avanzamento dei lavori a tutto il 31/08/2028 e il relativo certificato di pagamento "
    "n. 1 emesso dal responsabile unico del progetto in data 12/09/2028, per l'importo netto di euro 118.230,00 "
    "oltre IVA al 22%, per complessivi euro 144.240,60;",
    "Vista la fattura elettronica n. 41/PA del 15/09/2028 presentata dalla ditta e accertata la regolarità "
    "contributiva della stessa (DURC prot. INPS_46071188, scadenza 09/12/2028);",
    "Attestata la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del "
    "D.Lgs. 18 agosto 2000, n. 267;",
]
POINTS = [
    "di liquidare alla ditta Calabra Asfalti s.r.l., P.IVA 03318470796, la somma di euro 118.230,00 oltre IVA al 22% "
    "pari a euro 26.010,60, per complessivi euro 144.240,60, a saldo del certificato di pagamento n. 1 relativo al "
    "primo stato di avanzamento dei lavori;",
    "di imputare la spesa all'impegno n. 1377/2028 assunto sul capitolo 21240 del bilancio di previsione 2028-2030, "
    "esercizio 2028;",
    "di disporre il versamento dell'IVA all'Erario secondo il meccanismo della scissione dei pagamenti di cui "
    "all'art. 17-ter del D.P.R. n. 633/1972;",
    "di trasmettere il presente atto al Settore 1 – Programmazione e Bilancio per l'emissione del mandato di "
    "pagamento.",
]

# ---------------------------------------------------------------- forms
def letterhead_form(pdf):
    c = []
    # crest
    c.append(b'q 0.478 0.122 0.122 RG 0.957 0.914 0.847 rg 1.2 w')
    x, y = LM, H - 119
    c.append(b'%.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c h B' % (
        x, y + 74, x + 57, y + 74, x + 57, y + 28, x + 57, y + 9, x + 28.5, y, x + 28.5, y,
        x + 28.5, y, x, y + 9, x, y + 28))
    c.append(b'0.478 0.122 0.122 rg %.2f %.2f 17 31 re f' % (x + 20, y + 23))
    for i in range(3):
        c.append(b'%.2f %.2f 4.5 5.6 re f' % (x + 20 + i * 6.2, y + 54))
    c.append(b'Q')
    c.append(b'BT /F2 15 Tf 1 0 0 1 127.5 %.2f Tm (PROVINCIA DI VIBO VALENTIA) Tj ET' % (H - 73.7))
    c.append(b'BT /F3 8.5 Tf 1 0 0 1 127.5 %.2f Tm (%s) Tj 0 -11.3 Td (%s) Tj ET' % (
        H - 89.3, esc("Via Cesare Pavese – 89900 Vibo Valentia"),
        esc("C.F. 96013890791 – PEC: protocollo@pec.provincia.vibovalentia.it")))
    c.append(b'0.6 w 391.2 %.2f 147.4 70.9 re S' % (H - 119.1))
    c.append(b'1.7 w %.2f %.2f m %.2f %.2f l S' % (LM, H - 130.4, W - RM, H - 130.4))
    return Stream(pdf, b'\n'.join(c), Type=Name.XObject, Subtype=Name.Form, BBox=[0, 0, W, H],
                  Resources=Dictionary(Font=pdf.fontdict))


def foot_form(pdf):
    c = [b'0.4 w %.2f 39.7 m %.2f 39.7 l S' % (LM, W - RM),
         b'BT /F3 7.5 Tf 1 0 0 1 %.2f 28.3 Tm (%s) Tj ET' % (LM, esc(
             "Documento informatico sottoscritto con firma digitale ai sensi del D.Lgs. n. 82/2005"))]
    return Stream(pdf, b'\n'.join(c), Type=Name.XObject, Subtype=Name.Form, BBox=[0, 0, W, H],
                  Resources=Dictionary(Font=pdf.fontdict))


def sign_form(pdf):
    # signature block, drawn at the origin and placed with cm
    c = [b'BT /F4 9 Tf 1 0 0 1 0 30 Tm (%s) Tj ET' % esc("IL DIRIGENTE DEL SETTORE 3"),
         b'BT /F5 11 Tf 1 0 0 1 6 14 Tm (%s) Tj ET' % esc("f.to ing. Raffaele Tassone"),
         b'BT /F3 7 Tf 1 0 0 1 10 2 Tm (%s) Tj ET' % esc("(firmato digitalmente)")]
    return Stream(pdf, b'\n'.join(c), Type=Name.XObject, Subtype=Name.Form, BBox=[-10, -5, 200, 50],
                  Resources=Dictionary(Font=pdf.fontdict))


# ---------------------------------------------------------------- layout
def layout():
    pages = [Page()]
    pg = pages[0]
    y = H - 150
    BOT = 62

    def need(h):
        nonlocal pg, y
        if y - h < BOT:
            pages.append(Page()); pg = pages[-1]; y = H - 70

    # heading (page 1)
    t = "SETTORE 3 – VIABILITÀ, TRASPORTI ED EDILIZIA SCOLASTICA"
    tc = 1.6
    wdt = sw(t, 'F4', 10) + tc * (len(t) - 1)
    pg.spaced((W - wdt) / 2, y, 'F4', 10, t, tc); y -= 14
    t = "Servizio Manutenzione Strade"
    pg.glyphs((W - sw(t, 'F3', 9)) / 2, y, 'F3', 9, t); y -= 22
    t = "DETERMINAZIONE DIRIGENZIALE"
    tc = 3.0
    wdt = sw(t, 'F4', 13) + tc * (len(t) - 1)
    pg.spaced((W - wdt) / 2, y, 'F4', 13, t, tc); y -= 24
    # subject box
    lines = wrap(SUBJECT, 'F2', 11.5, TW - 80)
    top = y + 12
    pg.glyphs(LM + 6, y, 'F4', 9.5, "OGGETTO:")
    for ln in lines:
        pg.glyphs(LM + 74, y, 'F2', 11.5, ln); y -= 14.5
    bot = y + 6
    pg.raw(b'0.6 w %.2f %.2f %.2f %.2f re S' % (LM, bot, TW, top - bot))
    y -= 16
    t = "IL DIRIGENTE"
    pg.glyphs((W - sw(t, 'F2', 11.5)) / 2, y, 'F2', 11.5, t); y -= 18
    for p in PREMISES:
        lines = wrap(p, 'F1', 11, TW)
        for i, ln in enumerate(lines):
            need(14)
            gaps = ln.count(' ')
            extra = (TW - sw(ln, 'F1', 11)) / gaps if (gaps and i < len(lines) - 1) else 0
            pg.glyphs(LM, y, 'F1', 11, ln, extra); y -= 13.8
        y -= 4
    need(40)
    y -= 4
    t = "DETERMINA"
    tc = 4.0
    wdt = sw(t, 'F2', 11.5) + tc * (len(t) - 1)
    pg.spaced((W - wdt) / 2, y, 'F2', 11.5, t, tc); y -= 20
    for n, p in enumerate(POINTS, 1):
        lines = wrap(p, 'F1', 11, TW - 22)
        for i, ln in enumerate(lines):
            need(14)
            if i == 0:
                pg.glyphs(LM, y, 'F1', 11, "%d)" % n)
            gaps = ln.count(' ')
            tw = (TW - 22 - sw(ln, 'F1', 11)) / gaps if (gaps and i < len(lines) - 1) else 0
            pg.line_tw(LM + 22, y, 'F1', 11, ln, tw); y -= 13.8
        y -= 4
    need(95)
    y -= 6
    pg.glyphs(LM, y, 'F1', 11, "Vibo Valentia, 22/09/2028")
    sign_y = (len(pages), y - 50)
    y = y - 80
    # visto contabile box
    need(70)
    box_top = y
    pg.glyphs(LM + 6, y - 12, 'F4', 8.5, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
    vl = wrap("Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000. "
              "Liquidazione n. 2214/2028 sull'impegno n. 1377/2028. Vibo Valentia, 22/09/2028 – Il Dirigente del "
              "Settore 1 f.to dott. Antonio Lo Schiavo", 'F3', 8.5, TW - 12)
    yy = y - 25
    for ln in vl:
        pg.glyphs(LM + 6, yy, 'F3', 8.5, ln); yy -= 10.5
    pg.raw(b'0.5 w %.2f %.2f %.2f %.2f re S' % (LM, yy + 4, TW, box_top - yy - 4))
    return pages, sign_y


def build():
    pdf = pikepdf.new()
    fontdict = Dictionary()
    for k, base in FONTS.items():
        fontdict[Name('/' + k)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                               BaseFont=Name('/' + base),
                                                               Encoding=Name.WinAnsiEncoding))
    pdf.fontdict = fontdict
    lh = pdf.make_indirect(letterhead_form(pdf))
    ft = pdf.make_indirect(foot_form(pdf))
    sg = pdf.make_indirect(sign_form(pdf))
    pages, sign_y = layout()
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        ops = [b'q /Fo Do Q']                    # page foot first
        if i == sign_y[0]:
            ops.append(b'q 1 0 0 1 370 %.2f cm /Sg Do Q' % sign_y[1])   # signature block before the body
        ops += pg.ops                             # the body, glyph by glyph
        if i == 1:
            ops.append(b'q /Lh Do Q')             # letterhead last
            bx, by = 391.2, H - 119.1
            ops.append(b'BT /F4 8 Tf 1 0 0 1 %.2f %.2f Tm (REGISTRO GENERALE) Tj ET' % (bx + 6, by + 58))
            ops.append(b'BT /F3 9 Tf 1 0 0 1 %.2f %.2f Tm (N.) Tj /F4 12 Tf 14 0 Td (1187) Tj ET' % (bx + 6, by + 44))
            ops.append(b'BT /F3 9 Tf 1 0 0 1 %.2f %.2f Tm (del) Tj /F4 10 Tf 20 0 Td (22/09/2028) Tj ET' % (bx + 62, by + 44))
            ops.append(b'0.4 w %.2f %.2f m %.2f %.2f l S' % (bx, by + 36, bx + 147.4, by + 36))
            ops.append(b'BT /F3 8 Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET' % (bx + 6, by + 24, esc("Registro di Settore")))
            ops.append(b'BT /F3 9 Tf 1 0 0 1 %.2f %.2f Tm (N. 342 del 20/09/2028) Tj ET' % (bx + 6, by + 11))
        else:
            ops.append(b'BT /F3 7.5 Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET' % (LM, H - 38, esc(
                "PROVINCIA DI VIBO VALENTIA – Determinazione dirigenziale n. 1187 del 22/09/2028")))
            ops.append(b'0.4 w %.2f %.2f m %.2f %.2f l S' % (LM, H - 42, W - RM, H - 42))
        ops.append(b'BT /F3 7.5 Tf 1 0 0 1 %.2f 28.3 Tm (%s) Tj ET' % (W - RM - 40, esc("Pag. %d/%d" % (i, n))))
        content = Stream(pdf, b'\n'.join(ops))
        page = Dictionary(Type=Name.Page, MediaBox=[0, 0, W, H], Contents=pdf.make_indirect(content),
                          Resources=Dictionary(Font=fontdict, XObject=Dictionary(Lh=lh, Fo=ft, Sg=sg)))
        pdf.pages.append(pikepdf.Page(page))
    pdf.docinfo['/Producer'] = 'J-Iride Report Engine 4.2'
    pdf.docinfo['/Creator'] = 'J-Iride Atti Amministrativi'
    pdf.docinfo['/Title'] = 'Determinazione dirigenziale n. 1187/2028'
    pdf.save(OUT)


build()
