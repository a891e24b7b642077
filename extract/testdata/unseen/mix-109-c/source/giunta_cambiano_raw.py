#!/usr/bin/env python3
"""Giunta Comunale di Cambiano, n. 112 del 16/09/2026, written as a report
engine writes it: content streams by hand (pikepdf), every glyph of the body
placed alone with its own Tm and no space characters, the dispositivo set as
whole lines justified by word spacing (Tw), the title letter-spaced (Tc), the
letterhead and the signature block as reused Form XObjects drawn after / before
the body (out of reading order), and the publication stamp rotated up the left
margin. Standard 14 fonts, WinAnsiEncoding, nothing embedded."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 72.0, 56.0
TW = W - LM - RM

FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica", "F4": "Helvetica-Bold",
         "F5": "Times-Italic"}


def enc(s):
    b = s.encode("cp1252")
    o = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            o.append("\\" + chr(ch))
        elif ch < 32 or ch > 126:
            o.append("\\%03o" % ch)
        else:
            o.append(chr(ch))
    return "(" + "".join(o) + ")"


def sw(s, f, size):
    return stringWidth(s, FONTS[f], size)


def wrap(text, f, size, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        trial = " ".join(cur + [w])
        if cur and sw(trial, f, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.ops = []
        self.y = H - 150

    def glyphs_line(self, words, f, size, x, y, width, justify):
        """every glyph alone: one Tm and one Tj per character, no spaces"""
        natural = sum(sw(w, f, size) for w in words)
        gaps = len(words) - 1
        space = sw(" ", f, size)
        gap = (width - natural) / gaps if (justify and gaps) else space
        ops = ["BT", "/%s %.2f Tf" % (f, size)]
        cx = x
        for w in words:
            for ch in w:
                ops.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (cx, y, enc(ch)))
                cx += sw(ch, f, size)
            cx += gap
        ops.append("ET")
        self.ops += ops

    def para_glyphs(self, text, f="F1", size=11, lead=14.2, indent=0.0, after=5.0, justify=True, first=None):
        x = LM + indent
        width = TW - indent
        lines = wrap(text, f, size, width)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            self.glyphs_line(ln, f, size, x, self.y, width, justify and not last)
            self.y -= lead
        self.y -= after

    def para_tw(self, text, f="F1", size=11, lead=14.2, indent=0.0, hang=0.0, label=None, after=4.0):
        """whole lines with spaces, justified by Tw (word spacing)"""
        x = LM + indent + hang
        width = TW - indent - hang
        lines = wrap(text, f, size, width)
        ops = ["BT", "/%s %.2f Tf" % (f, size)]
        if label:
            ops.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (LM + indent, self.y, enc(label)))
        for i, ln in enumerate(lines):
            s = " ".join(ln)
            tw = 0.0
            if i < len(lines) - 1 and len(ln) > 1:
                tw = (width - sw(s, f, size)) / (len(ln) - 1)
            ops.append("%.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj" % (tw, x, self.y, enc(s)))
            self.y -= lead
        ops.append("0 Tw ET")
        self.ops += ops
        self.y -= after

    def centered(self, text, f, size, tc=0.0, after=4.0, lead=None):
        w = sw(text, f, size) + tc * (len(text) - 1)
        self.ops += ["BT", "/%s %.2f Tf %.2f Tc" % (f, size, tc),
                     "1 0 0 1 %.2f %.2f Tm %s Tj" % ((W - w) / 2, self.y, enc(text)), "0 Tc ET"]
        self.y -= (lead or size * 1.3) + after


def xobject(pdf, ops, bbox, resources):
    return pdf.make_stream("\n".join(ops).encode("latin-1"), Type=Name.XObject, Subtype=Name.Form,
                           BBox=Array(bbox), Resources=resources)


pdf = pikepdf.new()
fontdict = Dictionary({"/" + k: pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                              BaseFont=Name("/" + v),
                                                              Encoding=Name.WinAnsiEncoding))
                       for k, v in FONTS.items()})
res_fonts = Dictionary(Font=fontdict)

# letterhead: a Form XObject reused on both pages
lh_ops = ["q 0.9 w 0 0 0 RG 0.85 g",
          "280.6 802 m 314.6 802 l 314.6 778 l 297.6 762 l 280.6 778 l h B",
          "0.35 g 289 772 m 297.6 792 l 306.2 772 l h f Q",
          "BT /F4 15 Tf 1 0 0 1 %.2f 742 Tm %s Tj ET" % ((W - sw("COMUNE DI CAMBIANO", "F4", 15)) / 2,
                                                         enc("COMUNE DI CAMBIANO")),
          "BT /F3 9.5 Tf 1 0 0 1 %.2f 730 Tm %s Tj ET" % ((W - sw("Città Metropolitana di Torino", "F3", 9.5)) / 2,
                                                          enc("Città Metropolitana di Torino")),
          "0.5 w %.2f 722 m %.2f 722 l S" % (LM, W - RM)]
LH = pdf.make_indirect(xobject(pdf, lh_ops, [0, 0, W, H], res_fonts))

# signature block: a Form XObject, drawn before the body text of page 2
sig_ops = []
sx1, sx2 = LM + 90, LM + 340
for x, lines in [(sx1, [("F2", "IL PRESIDENTE"), ("F1", "F.to TOSCO Gianfranco")]),
                 (sx2, [("F2", "IL SEGRETARIO COMUNALE"), ("F1", "F.to Dott.ssa RINAUDO Elisabetta")])]:
    yy = 60
    for f, t in lines:
        sig_ops.append("BT /%s 11 Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (f, x - sw(t, f, 11) / 2, yy, enc(t)))
        yy -= 15
SIG = pdf.make_indirect(xobject(pdf, sig_ops, [0, 0, W, 90], res_fonts))

# rotated publication stamp in the left margin: a Form XObject
stamp_text = "PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 18/09/2026 AL 03/10/2026 - REG. PUBBL. N. 731"
st_w = sw(stamp_text, "F4", 8)
st_ops = ["q 0.6 w 0.15 0.15 0.55 RG 0 0 %.2f 16 re S Q" % (st_w + 12),
          "BT 0.15 0.15 0.55 rg /F4 8 Tf 1 0 0 1 6 5 Tm %s Tj ET" % enc(stamp_text)]
STAMP = pdf.make_indirect(xobject(pdf, st_ops, [0, 0, st_w + 12, 16], res_fonts))

NUM = "Verbale di deliberazione della Giunta Comunale n. 112 del 16/09/2026"


def foot(pg, n, tot):
    t = "%s - pag. %d di %d" % (NUM, n, tot)
    pg.ops += ["q 0.4 w %.2f 46 m %.2f 46 l S Q" % (LM, W - RM),
               "BT /F3 7.5 Tf 1 0 0 1 %.2f 36 Tm %s Tj ET" % (LM, enc(t))]


# ---------- page 1 ----------
p1 = Page()
p1.y = 700
p1.centered("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "F4", 12, tc=1.4, after=0)
p1.centered("N. 112", "F4", 12, after=8)
subj = ("Approvazione del piano operativo per lo sgombero neve e il trattamento antighiaccio delle "
        "strade comunali - stagione invernale 2026/2027")
p1.ops += ["BT /F2 11 Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (LM, p1.y, enc("OGGETTO:"))]
for i, ln in enumerate(wrap(subj, "F2", 11, TW - 62)):
    p1.glyphs_line(ln, "F2", 11, LM + 62, p1.y, TW - 62, False)
    p1.y -= 14
p1.ops += ["q 0.5 w %.2f %.2f m %.2f %.2f l S Q" % (LM, p1.y + 4, W - RM, p1.y + 4)]
p1.y -= 14
body1 = [
    "L'anno duemilaventisei addì sedici del mese di settembre alle ore diciotto e minuti trenta nella "
    "solita sala delle riunioni, previo esaurimento delle formalità prescritte dalla legge, vennero oggi "
    "convocati a seduta i componenti della Giunta Comunale.",
    "Sono presenti i Signori: TOSCO Gianfranco, Sindaco; OLIVERO Daniela, Vice Sindaco; BERTINETTI Franco, "
    "Assessore; MIGLIORE Stefano, Assessore.",
    "È assente giustificata la Signora GIOLITO Paola, Assessore.",
    "Partecipa alla seduta il Segretario Comunale a scavalco Dott.ssa RINAUDO Elisabetta, la quale provvede "
    "alla redazione del presente verbale.",
    "Essendo legale il numero degli intervenuti, il Sig. TOSCO Gianfranco nella sua qualità di Sindaco "
    "assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.",
]
for t in body1:
    p1.para_glyphs(t)
p1.y -= 2
p1.centered("LA GIUNTA COMUNALE", "F2", 11, after=2)
body2 = [
    "Premesso che compete al Comune, quale ente proprietario, garantire durante la stagione invernale la "
    "transitabilità delle strade comunali, mediante lo sgombero della neve e lo spargimento di sale e "
    "di materiale antisdrucciolevole, ai sensi dell'art. 14 del D.Lgs. 30 aprile 1992, n. 285;",
    "Dato atto che il servizio è svolto in parte in economia, con il personale e i mezzi del Servizio "
    "Tecnico Manutentivo, e in parte mediante ditte esterne affidatarie, secondo i percorsi e le priorità "
    "indicati nel piano operativo predisposto dal Responsabile del Servizio Tecnico, geom. Walter Ghione, "
    "allegato al presente atto sotto la lettera A;",
    "Visto il piano, che suddivide il territorio comunale in quattro zone di intervento, individua le strade "
    "di accesso ai plessi scolastici, alla casa di riposo e al poliambulatorio come percorsi prioritari e "
    "stabilisce in 5 cm lo spessore del manto nevoso oltre il quale è disposto l'intervento dei mezzi;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 18 agosto 2000, n. 267;",
    "Con voti unanimi favorevoli espressi in forma palese,",
]
for t in body2:
    p1.para_glyphs(t)
page1_body = p1.ops

# ---------- page 2 ----------
p2 = Page()
p2.y = 700
p2.centered("D E L I B E R A", "F2", 11.5, after=4)
pts = [
    "di approvare il piano operativo per lo sgombero neve e il trattamento antighiaccio delle strade "
    "comunali per la stagione invernale 2026/2027, allegato al presente atto sotto la lettera A;",
    "di dare atto che la spesa presunta di euro 48.500,00 trova copertura al capitolo 1082/1 del bilancio "
    "di previsione 2026/2028, esercizi 2026 e 2027, e che il Responsabile del Servizio Tecnico provvederà "
    "ai relativi impegni;",
    "di disporre che il piano sia pubblicato sul sito istituzionale e trasmesso al Comando della Polizia "
    "Locale e al gruppo comunale di Protezione Civile.",
]
for i, t in enumerate(pts):
    p2.para_tw(t, indent=0, hang=18, label="%d)" % (i + 1))
p2.y -= 2
p2.para_glyphs("Successivamente, con separata ed unanime votazione favorevole, espressa in forma palese, la "
               "Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi "
               "dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'approssimarsi della stagione invernale.")
p2.para_glyphs("Letto, confermato e sottoscritto.", justify=False)
sig_y = p2.y - 90
p2.y = sig_y - 30
p2.ops += ["q 0.4 w %.2f %.2f m %.2f %.2f l S Q" % (LM, p2.y + 12, W - RM, p2.y + 12)]
p2.centered("REFERTO DI PUBBLICAZIONE", "F2", 10, after=2)
p2.para_glyphs("Certifico io sottoscritto Segretario Comunale, su conforme dichiarazione del Messo, che copia "
               "del presente verbale viene pubblicata il giorno 18/09/2026 all'Albo Pretorio on line ove "
               "rimarrà esposta per 15 giorni consecutivi.", size=10, lead=12.8)
p2.glyphs_line("Cambiano, 18/09/2026".split(), "F1", 10, LM, p2.y, TW, False)
_r = "IL SEGRETARIO COMUNALE F.to Dott.ssa RINAUDO Elisabetta"
p2.glyphs_line(_r.split(), "F1", 10, W - RM - sw(_r, "F1", 10), p2.y, TW, False)
p2.y -= 12.8
page2_body = p2.ops

# ---------- assemble, out of reading order ----------
c1 = []
c1 += ["q 0 1 -1 0 44 180 cm /Stamp Do Q"]           # the stamp first, up the margin
c1 += page1_body                                      # the body
c1 += ["/Lh Do"]                                      # the letterhead last
f1 = Page(); foot(f1, 1, 2)
c1 = f1.ops + c1                                      # running foot before everything

c2 = ["q 1 0 0 1 0 %.2f cm /Sig Do Q" % (sig_y)]      # signatures drawn first
c2 += page2_body
c2 += ["/Lh Do"]
f2 = Page(); foot(f2, 2, 2)
c2 += f2.ops

xres = Dictionary(Lh=LH, Sig=SIG, Stamp=STAMP)
for content in (c1, c2):
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                   Resources=Dictionary(Font=fontdict, XObject=xres),
                                   Contents=pdf.make_stream("\n".join(content).encode("latin-1"))))
    pdf.pages.append(page)
pdf.docinfo["/Title"] = "Deliberazione G.C. n. 112 del 16/09/2026"
pdf.docinfo["/Creator"] = "Hypersic - Atti (motore di stampa)"
pdf.docinfo["/Producer"] = "pikepdf %s (content streams written by hand)" % pikepdf.__version__
pdf.save(out, compress_streams=True)
