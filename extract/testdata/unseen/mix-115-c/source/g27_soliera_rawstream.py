#!/usr/bin/env python3
"""Comune di Soliera - Giunta n. 27 del 23/03/2027.
House style 'sicrawebevo' as its report engine writes it: hand-written content streams
(pikepdf) in which every glyph is placed alone with its own Tm and no space glyphs;
body lines justified by spreading the gaps; headings letter-spaced with Tc; an office
stamp drawn at an angle over the signature area; the running foot written first.
Roll: in prose, roles after the names."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "giunta-soliera-sicrawebevo-27.pdf"
W, H = 595.28, 841.89
ML, MR = 51.0, 51.0
TW = W - ML - MR
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def esc(ch):
    b = ch.encode("cp1252")
    out = b""
    for c in b:
        if c in (0x28, 0x29, 0x5c):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out += bytes([c])
    return out


class Page:
    def __init__(self):
        self.ops = []

    def raw(self, s):
        self.ops.append(s if isinstance(s, bytes) else s.encode())

    def glyphs(self, text, x, y, font="F1", size=10, gap_extra=0.0, rgb=None):
        """Every glyph alone; spaces are not written, they only advance x."""
        fn = FONTS[font]
        if rgb:
            self.raw("%.3f %.3f %.3f rg" % rgb)
        self.raw("BT /%s %.2f Tf" % (font, size))
        for ch in text:
            w = stringWidth(ch, fn, size)
            if ch == " ":
                x += w + gap_extra
                continue
            self.ops.append(b"1 0 0 1 %.2f %.2f Tm (" % (x, y) + esc(ch) + b") Tj")
            x += w
        self.raw("ET")
        if rgb:
            self.raw("0 g")
        return x

    def spaced(self, text, xc, y, font="F2", size=11, tc=5.0):
        """Letter-spaced heading: one string, character spacing Tc."""
        fn = FONTS[font]
        w = stringWidth(text, fn, size) + tc * (len(text) - 1)
        self.ops.append(b"BT /%s %.2f Tf %.2f Tc 1 0 0 1 %.2f %.2f Tm (" % (font.encode(), size, tc, xc - w / 2, y)
                        + b"".join(esc(c) for c in text) + b") Tj 0 Tc ET")


def wrap(text, font, size, width):
    fn = FONTS[font]
    words, lines, cur = text.split(), [], []
    for w in words:
        t = " ".join(cur + [w])
        if cur and stringWidth(t, fn, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.p = Page(); self.pages.append(self.p); self.y = H - 64

    def par(self, text, font="F1", size=10.5, lead=14.2, indent=0.0, first=None, justify=True, after=4, x0=None):
        x0 = ML + indent if x0 is None else x0
        width = TW - indent
        lines = wrap(text, font, size, width - (0 if first is None else 0))
        for i, ln in enumerate(lines):
            if self.y < 66:
                self.new_page()
            s = " ".join(ln)
            extra = 0.0
            if justify and i < len(lines) - 1 and len(ln) > 1:
                extra = (width - stringWidth(s, FONTS[font], size)) / (len(ln) - 1)
            self.p.glyphs(s, x0, self.y, font, size, extra)
            self.y -= lead
        self.y -= after


NUM, DATA = "27", "23/03/2027"
d = Doc()
# ---- page 1 letterhead (drawn in the first page's stream, after the foot, see below)
body = []
body.append(("P", "L'anno duemilaventisette il giorno ventitré del mese di marzo alle ore 14:30 nella Residenza "
                  "Municipale, previa convocazione nei modi di legge, si è riunita la Giunta Comunale."))
body.append(("P", "Sono presenti: Roberta Malagoli, Sindaca; Stefano Ferrari, Vicesindaco; Lucia Gherardi, "
                  "Assessora; Matteo Pellacani, Assessore."))
body.append(("P", "Sono assenti: Andrea Bellei, Assessore; Giulia Vaccari, Assessora."))
body.append(("P", "Presiede la seduta la Sindaca, avv. Roberta Malagoli. Partecipa, con funzioni di assistenza "
                  "e verbalizzazione, il Vice Segretario Generale dott.ssa Paola Barbieri, in sostituzione del "
                  "Segretario Generale assente."))
body.append(("P", "La Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta."))
body.append(("H", "LA GIUNTA COMUNALE"))
for s in [
    "Premesso che il Comune di Soliera organizza ogni anno i centri estivi per i bambini e i ragazzi dai 3 ai "
    "14 anni, in collaborazione con i soggetti del Terzo settore del territorio, al fine di sostenere le famiglie "
    "nella conciliazione dei tempi di vita e di lavoro;",
    "Richiamata la deliberazione della Giunta Comunale n. 19 del 21/03/2026, con la quale sono state approvate "
    "le tariffe dei centri estivi per l'anno 2026;",
    "Vista la proposta n. 34 del 16/03/2027 del Settore Istruzione, Sport e Politiche Giovanili, che prevede "
    "l'attivazione di quattro centri estivi nel periodo dal 14 giugno al 10 settembre 2027 e l'aggiornamento "
    "delle tariffe settimanali di frequenza in misura pari all'indice ISTAT dei prezzi al consumo;",
    "Considerato che la Regione Emilia-Romagna sostiene la frequenza dei centri estivi mediante contributi "
    "alle famiglie con ISEE fino a euro 26.000,00, gestiti dal Distretto di Carpi;",
    "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
    "18 agosto 2000, n. 267;",
    "Con voti unanimi resi nelle forme di legge;"]:
    body.append(("P", s))
body.append(("H", "DELIBERA"))
pts = [
    "di approvare gli indirizzi per l'organizzazione dei centri estivi comunali 2027 contenuti nell'allegato A), "
    "parte integrante e sostanziale del presente atto;",
    "di approvare le tariffe settimanali di frequenza per l'anno 2027 riportate nell'allegato B), con riduzione "
    "del 20% per il secondo figlio iscritto;",
    "di demandare alla Responsabile del Settore Istruzione, Sport e Politiche Giovanili l'adozione degli atti "
    "gestionali conseguenti, compresa la pubblicazione dell'avviso per le iscrizioni;",
    "di dare atto che le entrate e le spese conseguenti sono previste nel bilancio di previsione 2027-2029."]
for i, s in enumerate(pts, 1):
    body.append(("N", i, s))
body.append(("P", "Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente "
                  "deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, "
                  "per consentire l'apertura delle iscrizioni entro il mese di aprile."))

# letterhead of page 1, then band, then subject
p = d.p


def letterhead(p):
    # round emblem frame (four Bezier arcs)
    cx, cy, r, k = 68.0, H - 72.0, 12.0, 12.0 * 0.5523
    p.raw("q 0.478 0.118 0.118 RG 2 w %.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "
          "%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c S Q" % (
              cx + r, cy, cx + r, cy + k, cx + k, cy + r, cx, cy + r, cx - k, cy + r, cx - r, cy + k, cx - r, cy,
              cx - r, cy - k, cx - k, cy - r, cx, cy - r, cx + k, cy - r, cx + r, cy - k, cx + r, cy))
    p.raw("q 0.478 0.118 0.118 RG 1.2 w %.2f %.2f m %.2f %.2f l S Q" % (ML, H - 92, W - MR, H - 92))
    p.glyphs("COMUNE DI SOLIERA", 88, H - 66, "F2", 18, rgb=(0.478, 0.118, 0.118))
    p.glyphs("Provincia di Modena", 88, H - 80, "F1", 10)
    p.glyphs("Piazza Repubblica, 1 - 41019 Soliera (MO)", 360, H - 62, "F1", 7.5)
    p.glyphs("PEC comune.soliera@cert.comune.soliera.mo.it", 360, H - 72, "F1", 7.5)
    p.glyphs("C.F. e P.IVA 00221730369", 360, H - 82, "F1", 7.5)


# foot of page 1 is written first (the engine draws page bands before the detail)
def foot(p, n, tot):
    p.raw("0.478 0.118 0.118 RG 0.6 w %.2f 48 m %.2f 48 l S 0 G" % (ML, W - MR))
    p.glyphs("Delibera di Giunta n. %s del %s" % (NUM, DATA), ML, 38, "F1", 7.5)
    p.glyphs("pag. %d/%d" % (n, tot), W - MR - 30, 38, "F1", 7.5)


letterhead(p)
# band
y = H - 120
p.raw("0.945 0.906 0.906 rg %.2f %.2f 290 20 re f 0 g" % (ML, y))
p.raw("0.8 w %.2f %.2f %.2f 20 re S %.2f %.2f m %.2f %.2f l S %.2f %.2f m %.2f %.2f l S" % (
    ML, y, TW, ML + 290, y, ML + 290, y + 20, ML + 370, y, ML + 370, y + 20))
p.glyphs("DELIBERAZIONE DELLA GIUNTA COMUNALE", ML + 6, y + 6.5, "F2", 10)
p.glyphs("N. 27", ML + 298, y + 6.5, "F2", 10)
p.glyphs("Data 23/03/2027", ML + 378, y + 6.5, "F2", 10)
# subject box
subj = ("INDIRIZZI PER L'ORGANIZZAZIONE DEI CENTRI ESTIVI COMUNALI 2027 E APPROVAZIONE DELLE TARIFFE "
        "SETTIMANALI DI FREQUENZA")
sl = wrap(subj, "F2", 10, TW - 12)
bh = 18 + 13 * len(sl)
yb = y - 8 - bh
p.raw("0.8 w %.2f %.2f %.2f %.2f re S" % (ML, yb, TW, bh))
p.glyphs("OGGETTO:", ML + 6, yb + bh - 11, "F1", 8)
yy = yb + bh - 24
for ln in sl:
    p.glyphs(" ".join(ln), ML + 6, yy, "F2", 10)
    yy -= 13
p.glyphs("Proposta n. 34 del 16/03/2027 - Settore proponente: Settore Istruzione, Sport e Politiche Giovanili",
         ML, yb - 14, "F1", 8.5)
d.y = yb - 34

for item in body:
    if item[0] == "P":
        d.par(item[1])
    elif item[0] == "H":
        if d.y < 90:
            d.new_page()
        d.y -= 4
        d.p.spaced(item[1], W / 2, d.y, "F2", 11, 4.0 if len(item[1]) < 10 else 2.2)
        d.y -= 18
    elif item[0] == "N":
        if d.y < 70:
            d.new_page()
        d.p.glyphs("%d." % item[1], ML + 8, d.y, "F1", 10.5)
        d.par(item[2], indent=24)

# signatures
if d.y < 170:
    d.new_page()
q = d.p
d.y -= 6
q.glyphs("Letto, approvato e sottoscritto.", ML, d.y, "F1", 10)
d.y -= 26
q.glyphs("LA SINDACA", ML + 70, d.y, "F2", 10)
q.glyphs("IL VICE SEGRETARIO GENERALE", ML + 290, d.y, "F2", 10)
q.glyphs("avv. Roberta Malagoli", ML + 57, d.y - 14, "F1", 10)
q.glyphs("dott.ssa Paola Barbieri", ML + 305, d.y - 14, "F1", 10)
q.glyphs("documento firmato digitalmente", ML + 50, d.y - 27, "F3", 8)
q.glyphs("documento firmato digitalmente", ML + 300, d.y - 27, "F3", 8)
# the office stamp, at an angle, between the two signatures
import math
a = math.radians(14)
ca, sa = math.cos(a), math.sin(a)
sx, sy = ML + 170, d.y - 72
q.raw("q 0.15 0.25 0.6 RG 0.15 0.25 0.6 rg %.4f %.4f %.4f %.4f %.2f %.2f cm" % (ca, sa, -sa, ca, sx, sy))
q.raw("1.2 w 0 0 118 40 re S 0.5 w 3 3 112 34 re S")
q.raw("BT /F2 8 Tf 1 0 0 1 14 26 Tm (COMUNE DI SOLIERA) Tj 1 0 0 1 10 15 Tm (SEGRETERIA GENERALE) Tj "
      "/F1 6.5 Tf 1 0 0 1 16 7 Tm (Provincia di Modena) Tj ET Q")
d.y -= 96
d.p.spaced("CERTIFICATO DI ESECUTIVITA'", W / 2, d.y, "F2", 9.5, 1.5)
d.y -= 16
d.par("Si certifica che la presente deliberazione è stata dichiarata immediatamente eseguibile ai sensi "
      "dell'art. 134, comma 4, del D.Lgs. 267/2000 ed è esecutiva dal 23/03/2027.", size=9.5, lead=12.5)
d.par("Il Vice Segretario Generale - dott.ssa Paola Barbieri (firmato digitalmente)", size=9.5, lead=12.5,
      justify=False, x0=ML + 200)
d.y -= 10
q.glyphs("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate.",
         ML, d.y, "F3", 7.5)

# page bands: the foot of page 1 goes at the head of its stream (the engine draws page
# bands before the detail); on later pages the running head and the foot are appended
# after the body, out of reading order
tot = len(d.pages)
ops1 = d.pages[0].ops
d.pages[0].ops = []
foot(d.pages[0], 1, tot)
d.pages[0].ops += ops1
for k, pg in enumerate(d.pages[1:], 2):
    pg.glyphs("COMUNE DI SOLIERA - Deliberazione della Giunta Comunale n. %s del %s" % (NUM, DATA),
              ML, H - 40, "F3", 8)
    pg.raw("0.5 w %.2f %.2f m %.2f %.2f l S" % (ML, H - 44, W - MR, H - 44))
    foot(pg, k, tot)

pdf = pikepdf.new()
fonts = Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                   Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
for pg in d.pages:
    content = b"\n".join(pg.ops)
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                   Resources=Dictionary(Font=fonts),
                                   Contents=pdf.make_stream(content)))
    pdf.pages.append(page)
pdf.docinfo["/Title"] = "Delibera di Giunta n. 27 del 23/03/2027"
pdf.docinfo["/Producer"] = "Sicraweb EVO - motore di stampa atti"
pdf.docinfo["/Creator"] = "Sicraweb EVO"
pdf.save(OUT)
