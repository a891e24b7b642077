#!/usr/bin/env python3
"""Comune di Montelupo Fiorentino - house style "sicraweb" for an ordinanza of
the Area Tecnica (name flush left, "Area ... - Servizio ..." on the line
under it, number with the sector number on the right, boxed subject, centred
signature, running head and foot with the number).

Content streams written by hand and assembled with pikepdf, as a package's
own PDF writer does: standard Type 1 fonts in WinAnsiEncoding, every body
line one Tj justified with Tw (word spacing), the subject justified with Tc
(character spacing), the headings letter-spaced with Tc."""
import sys, os, textwrap
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = os.path.join(sys.argv[1] if len(sys.argv) > 1 else ".", "ordinanza-montelupofiorentino-sicraweb.pdf")
MM = 72 / 25.4
W, H = 595.28, 841.89
L, R = 25 * MM, W - 20 * MM
TW = R - L
FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica", "F4": "Helvetica-Bold", "F5": "Helvetica-Oblique"}
FN = {v: k for k, v in FONTS.items()}

def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

class Page:
    def __init__(self):
        self.ops = []
    def text(self, x, y, s, font, size, tw=0.0, tc=0.0):
        self.ops.append(b"BT /%s %.2f Tf %.3f Tw %.3f Tc %.2f %.2f Td (" % (FN[font].encode(), size, tw, tc, x, y)
                        + esc(s) + b") Tj ET")
    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x1, y1, x2, y2))
    def rect(self, x, y, w, h, lw=0.5, fill=None):
        if fill:
            self.ops.append(b"%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f 0 0 0 rg" % (fill + (x, y, w, h)))
        else:
            self.ops.append(b"%.2f w %.2f %.2f %.2f %.2f re S" % (lw, x, y, w, h))
    def stream(self):
        return b"\n".join(self.ops)

def sw(s, font, size, tc=0.0):
    return stringWidth(s, font, size) + tc * len(s)

def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        if cur and sw(" ".join(cur + [w]), font, size) > width:
            lines.append(" ".join(cur)); cur = [w]
        else:
            cur.append(w)
    if cur: lines.append(" ".join(cur))
    return lines

def para_tw(pg, y, text, font, size, lead, x0=L, width=TW):
    lines = wrap(text, font, size, width)
    for i, ln in enumerate(lines):
        tw = 0.0
        if i < len(lines) - 1 and ln.count(" "):
            tw = (width - sw(ln, font, size)) / ln.count(" ")
        pg.text(x0, y, ln, font, size, tw=tw)
        y -= lead
    return y

def para_tc(pg, y, text, font, size, lead, x0, width):
    lines = wrap(text, font, size, width)
    for i, ln in enumerate(lines):
        tc = 0.0
        if i < len(lines) - 1:
            tc = (width - sw(ln, font, size)) / (len(ln) - 1)
        pg.text(x0, y, ln, font, size, tc=tc)
        y -= lead
    return y

def spaced(pg, y, s, font, size, tc):
    w = sw(s, font, size, tc) - tc
    pg.text(W / 2 - w / 2, y, s, font, size, tc=tc)

NUM = "Ordinanza n. 97 del 26/07/2027"
SUBJ = ("Chiusura temporanea al transito veicolare di Via Giro delle Mura, nel tratto compreso tra Piazza "
        "Centi e Via Caverni, per lavori di rifacimento della pavimentazione in pietra, dal 2 al 27 agosto 2027.")
PREM = [
    ("Premesso", "che con deliberazione della Giunta Comunale n. 51 del 15/04/2027 è stato approvato il progetto "
     "esecutivo dei lavori di rifacimento della pavimentazione in pietra di Via Giro delle Mura e delle strade del "
     "centro storico, CUP G47H26000220004, e che con determinazione n. 455 del 25/06/2027 i lavori sono stati "
     "affidati all'impresa LASTRICATI FIORENTINI S.R.L. di Lastra a Signa (FI);"),
    ("Vista", "la richiesta dell'impresa, acquisita al protocollo n. 19544 del 21/07/2027, di chiusura al transito "
     "del tratto di strada interessato dai lavori, per consentire la rimozione della pavimentazione esistente, il "
     "rifacimento del sottofondo e la posa delle lastre in pietra forte;"),
    ("Sentito", "il Comando della Polizia Municipale dell'Unione dei Comuni Circondario dell'Empolese Valdelsa, che "
     "ha espresso parere favorevole con nota prot. n. 19702 del 23/07/2027, indicando i percorsi alternativi;"),
    ("Ritenuto", "necessario, per la sicurezza della circolazione e delle maestranze, disporre la chiusura del tratto "
     "di strada per la durata dei lavori, garantendo l'accesso pedonale alle abitazioni e agli esercizi "
     "commerciali;"),
    ("Visti", "gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285; l'art. 107 del D.Lgs. 18 agosto 2000, "
     "n. 267; il decreto del Sindaco n. 12 del 28/12/2026 di nomina del sottoscritto quale Responsabile "
     "dell'Area Tecnica;"),
]
PTS = [
    "dalle ore 7:00 del 02/08/2027 alle ore 19:00 del 27/08/2027 la chiusura al transito veicolare di Via Giro "
    "delle Mura, nel tratto compreso tra Piazza Centi e Via Caverni, eccetto i mezzi dell'impresa esecutrice, "
    "i mezzi di soccorso e quelli delle forze dell'ordine;",
    "nel medesimo periodo, il divieto di sosta con rimozione forzata su entrambi i lati del tratto di strada "
    "indicato e nello slargo antistante il civico 18;",
    "la deviazione del traffico diretto verso il centro storico lungo Via Caverni e Via Roma, con la posa della "
    "segnaletica di preavviso all'intersezione con la S.R. 67 Tosco Romagnola;",
    "che l'impresa LASTRICATI FIORENTINI S.R.L. provveda alla posa, alla manutenzione e alla rimozione della "
    "segnaletica temporanea e garantisca in ogni momento il passaggio pedonale protetto per l'accesso alle "
    "abitazioni e agli esercizi commerciali.",
]
DISP = ("che la presente ordinanza sia resa nota mediante l'apposizione della prescritta segnaletica almeno 48 ore "
        "prima dell'inizio dei lavori e la pubblicazione all'Albo Pretorio on line, e che sia trasmessa al Comando "
        "della Polizia Municipale dell'Unione dei Comuni Circondario dell'Empolese Valdelsa, alla Stazione dei "
        "Carabinieri di Montelupo Fiorentino, alla Misericordia e alla Pubblica Assistenza di Montelupo Fiorentino, "
        "al gestore del servizio di raccolta dei rifiuti, all'azienda del trasporto pubblico locale e all'impresa "
        "esecutrice dei lavori.")
AVV = ("Contro il presente provvedimento è ammesso ricorso al T.A.R. Toscana entro 60 giorni dalla pubblicazione "
       "all'Albo Pretorio on line, ovvero ricorso al Ministero delle Infrastrutture e dei Trasporti entro 60 "
       "giorni, ai sensi dell'art. 37, comma 3, del D.Lgs. 285/1992. Gli organi di polizia stradale di cui "
       "all'art. 12 del D.Lgs. 285/1992 sono incaricati di far osservare la presente ordinanza.")

FS, LEAD = 11.2, 14.4
pages = [Page()]
pg = pages[0]
# letterhead
pg.rect(L, H - 33 * MM, 11 * MM, 14 * MM, fill=(0.541, 0.110, 0.110))
pg.text(L + 14 * MM, H - 24 * MM, "COMUNE DI MONTELUPO FIORENTINO", "Helvetica-Bold", 15)
pg.text(L + 14 * MM, H - 29 * MM, "Città Metropolitana di Firenze", "Helvetica-Oblique", 9.5)
pg.text(L + 14 * MM, H - 34.5 * MM, "Area Tecnica – Servizio Lavori Pubblici e Manutenzioni", "Helvetica", 9.5)
pg.line(L, H - 38 * MM, R, H - 38 * MM, 0.8)
pg.text(L, H - 45 * MM, "ORDINANZA N. 97 DEL 26/07/2027", "Helvetica-Bold", 11.5)
t = "Numero settoriale: 23"
pg.text(R - sw(t, "Helvetica", 9.5), H - 45 * MM, t, "Helvetica", 9.5)
top = H - 51 * MM
sl = wrap(SUBJ, "Helvetica-Bold", 10, TW - 24 * MM)
pg.rect(L, top - len(sl) * 12.5 - 3 * MM, TW, len(sl) * 12.5 + 5.5 * MM)
pg.text(L + 2 * MM, top - 10, "Oggetto:", "Helvetica-Bold", 10)
para_tc(pg, top - 10, SUBJ, "Helvetica-Bold", 10, 12.5, L + 22 * MM, TW - 24 * MM)
y = top - len(sl) * 12.5 - 12 * MM
spaced(pg, y, "IL RESPONSABILE DELL'AREA TECNICA", "Times-Bold", 11.5, 0.8); y -= LEAD + 4

def need(y, h):
    global pg
    if y - h < 30 * MM:
        pg = Page(); pages.append(pg)
        return H - 27 * MM
    return y

for lead, txt in PREM:
    y = need(y, 3 * LEAD)
    # the lead word in bold, then the rest of the paragraph justified with Tw
    lines = wrap(lead + " " + txt, "Times-Roman", FS, TW)
    for i, ln in enumerate(lines):
        y = need(y, LEAD)
        tw = (TW - sw(ln, "Times-Roman", FS)) / ln.count(" ") if i < len(lines) - 1 and ln.count(" ") else 0.0
        if i == 0:
            rest = ln[len(lead):]
            pg.text(L, y, lead, "Times-Bold", FS)
            x = L + sw(lead, "Times-Bold", FS)
            pg.text(x, y, rest, "Times-Roman", FS, tw=(TW - (x - L) - sw(rest, "Times-Roman", FS)) / rest.count(" ") if i < len(lines) - 1 else 0.0)
        else:
            pg.text(L, y, ln, "Times-Roman", FS, tw=tw)
        y -= LEAD
    y -= 3
y = need(y, 40)
y -= 8
spaced(pg, y, "ORDINA", "Times-Bold", 12, 4.5); y -= LEAD + 4
for i, ptxt in enumerate(PTS, 1):
    lines = wrap(ptxt, "Times-Roman", FS, TW - 8 * MM)
    for j, ln in enumerate(lines):
        y = need(y, LEAD)
        if j == 0:
            pg.text(L, y, "%d." % i, "Times-Roman", FS)
        tw = (TW - 8 * MM - sw(ln, "Times-Roman", FS)) / ln.count(" ") if j < len(lines) - 1 and ln.count(" ") else 0.0
        pg.text(L + 8 * MM, y, ln, "Times-Roman", FS, tw=tw)
        y -= LEAD
    y -= 3
for head, txt in (("DISPONE", DISP), ("AVVERTE", AVV)):
    y -= 8
    y = need(y, 3 * LEAD)
    spaced(pg, y, head, "Times-Bold", 12, 4.5); y -= LEAD + 4
    lines = wrap(txt, "Times-Roman", FS, TW)
    for j, ln in enumerate(lines):
        y = need(y, LEAD)
        tw = (TW - sw(ln, "Times-Roman", FS)) / ln.count(" ") if j < len(lines) - 1 and ln.count(" ") else 0.0
        pg.text(L, y, ln, "Times-Roman", FS, tw=tw)
        y -= LEAD
y -= 8
pg.text(L, y, "Montelupo Fiorentino, 26/07/2027", "Times-Roman", FS); y -= 30
y = need(y, 45)
for t, f, s in [("IL RESPONSABILE DELL'AREA TECNICA", "Times-Roman", 11), ("Ing. Lorenzo Bartalucci", "Times-Roman", 11),
                ("(sottoscritto digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005)", "Times-Roman", 8.5)]:
    pg.text(W / 2 + 20 * MM - sw(t, f, s) / 2, y, t, f, s); y -= 5.2 * MM

N = len(pages)
for i, p in enumerate(pages, 1):
    if i > 1:
        p.text(L, H - 14.5 * MM, "Comune di Montelupo Fiorentino – " + NUM, "Helvetica", 8)
        p.line(L, H - 16 * MM, R, H - 16 * MM, 0.4)
    p.line(L, 16 * MM, R, 16 * MM, 0.4)
    p.text(L, 12 * MM, NUM + " – Area Tecnica", "Helvetica", 7.5)
    t = "pag. %d di %d" % (i, N)
    p.text(R - sw(t, "Helvetica", 7.5), 12 * MM, t, "Helvetica", 7.5)

pdf = pikepdf.new()
fonts = Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                   Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
fonts = pdf.make_indirect(fonts)
for p in pages:
    cs = pikepdf.Stream(pdf, p.stream())
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                   Resources=Dictionary(Font=fonts), Contents=pdf.make_indirect(cs)))
    pdf.pages.append(page)
pdf.docinfo["/Title"] = "Ordinanza n. 97 del 26/07/2027"
pdf.docinfo["/Creator"] = "Sicraweb - Atti"
pdf.docinfo["/Producer"] = "pikepdf " + pikepdf.__version__
if os.environ.get("SOURCE_DATE_EPOCH"):
    import time
    d = time.strftime("D:%Y%m%d%H%M%SZ", time.gmtime(int(os.environ["SOURCE_DATE_EPOCH"])))
    pdf.docinfo["/CreationDate"] = d; pdf.docinfo["/ModDate"] = d
pdf.save(out, compress_streams=True)
