#!/usr/bin/env python3
"""Oleggio, house style "Civilia Next": decreto of the Responsabile dell'Area Tecnica,
written as a report engine writes it: content streams by hand (pikepdf), every glyph placed
alone with its own Tm and no space characters, justified lines, the letterhead and the running
foot in reused Form XObjects drawn at the end of each page's stream (after the body), and the
Albo's publication stamp turned 90 degrees up the left margin."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "decreto-oleggio-civilianext.pdf"
W, H = 595.28, 841.89
LM, RM = 56.0, 539.0
FONTS = {"R": "Helvetica", "B": "Helvetica-Bold"}

def enc(s):
    return s.encode("cp1252")

def lit(b):
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

def glyphs(text, x, y, font="R", size=10, cs=0.0):
    """each glyph alone: BT /F 10 Tf 1 0 0 1 x y Tm (c) Tj ET-style run, no spaces emitted"""
    out = [b"BT /F%s %g Tf" % (font.encode(), size)]
    for ch in text:
        w = stringWidth(ch, FONTS[font], size)
        if ch != " ":
            out.append(b"1 0 0 1 %.2f %.2f Tm %s Tj" % (x, y, lit(enc(ch))))
        x += w + cs
    out.append(b"ET")
    return b"\n".join(out), x

def justified(words, x0, x1, y, font="R", size=10, last=False):
    """places the words of one line, gaps stretched to fill x0..x1 unless last"""
    ww = [stringWidth(w, FONTS[font], size) for w in words]
    sp = stringWidth(" ", FONTS[font], size)
    gap = sp if last or len(words) == 1 else (x1 - x0 - sum(ww)) / (len(words) - 1)
    parts, x = [], x0
    for w, wid in zip(words, ww):
        p, _ = glyphs(w, x, y, font, size); parts.append(p); x += wid + gap
    return b"\n".join(parts)

def wrap(text, width, font="R", size=10, first_indent=0.0):
    lines, cur, avail = [], [], width - first_indent
    for w in text.split():
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, FONTS[font], size) > avail:
            lines.append(cur); cur = [w]; avail = width
        else:
            cur.append(w)
    if cur: lines.append(cur)
    return lines

class Page:
    def __init__(self):
        self.ops = []; self.y = 700.0
    def para(self, text, x0=LM, x1=RM, font="R", size=10, lead=13.2, hang=None, after=4.0, lead_bold=None):
        """lead_bold: leading words set in bold (e.g. 'Visto')"""
        if lead_bold:
            text = lead_bold + " " + text
        indent = 0.0
        label = None
        if hang:
            label, indent = hang
        lines = wrap(text, x1 - x0 - indent, font, size)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            if i == 0 and label:
                p, _ = glyphs(label, x0, self.y, font, size); self.ops.append(p)
            if i == 0 and lead_bold:
                nb = len(lead_bold.split())
                bw = stringWidth(" ".join(ln[:nb]), FONTS["B"], size)
                p, _ = glyphs(" ".join(ln[:nb]), x0 + indent, self.y, "B", size); self.ops.append(p)
                rest = ln[nb:]
                self.ops.append(justified(rest, x0 + indent + bw + stringWidth(" ", FONTS[font], size) * 1.2, x1, self.y, font, size, last))
            else:
                self.ops.append(justified(ln, x0 + indent, x1, self.y, font, size, last))
            self.y -= lead
        self.y -= after
    def center(self, text, font="B", size=11, cs=0.0, after=8.0):
        w = stringWidth(text, FONTS[font], size) + cs * (len(text) - 1)
        p, _ = glyphs(text, (W - w) / 2, self.y, font, size, cs); self.ops.append(p)
        self.y -= size + after
    def raw(self, b):
        self.ops.append(b)

# ------------------------------------------------------------------ content
SUBJECT = ("Nomina della commissione giudicatrice per la procedura negoziata relativa all'affidamento del "
           "servizio di manutenzione del verde pubblico comunale per il biennio 2026-2027 - CIG B91C3E0A47")

pages = [Page(), Page()]
p = pages[0]
p.y = 716
p.center("DECRETO", "B", 15, cs=5.0, after=10)
# register grid: labels and boxed values
def box(pg, label, value, x, y, bw):
    lab, _ = glyphs(label, x, y + 4, "R", 7.5); pg.raw(lab)
    lx = x + stringWidth(label, "Helvetica", 7.5) + 4
    pg.raw(b"0.8 w %.2f %.2f %.2f 17 re S" % (lx, y - 1, bw))
    vw = stringWidth(value, "Helvetica-Bold", 11)
    v, _ = glyphs(value, lx + (bw - vw) / 2, y + 3.5, "B", 11); pg.raw(v)
    return lx + bw + 10
y = p.y - 6
x = box(p, "Registro Generale N.", "14", LM + 4, y, 30)
x = box(p, "del", "22/05/2026", x, y, 66)
x = box(p, "Registro di Area N.", "2", x + 6, y, 30)
x = box(p, "del", "22/05/2026", x, y, 66)
p.y = y - 30
# subject box
lines = wrap(SUBJECT, RM - LM - 80, "B", 10)
top = p.y + 12
p.raw(b"0.95 g %.2f %.2f %.2f %.2f re f 0 g 0.6 w %.2f %.2f %.2f %.2f re S" % (
    LM, top - 8 - 13.2 * len(lines), RM - LM, 8 + 13.2 * len(lines), LM, top - 8 - 13.2 * len(lines), RM - LM, 8 + 13.2 * len(lines)))
lab, _ = glyphs("OGGETTO:", LM + 6, p.y, "B", 10); p.raw(lab)
for i, ln in enumerate(lines):
    p.raw(justified(ln, LM + 74, RM - 6, p.y, "B", 10, i == len(lines) - 1)); p.y -= 13.2
p.y -= 16
p.center("IL RESPONSABILE DELL'AREA TECNICA", "B", 11, after=8)
p.para("che con propria determinazione n. 79 del 27 aprile 2026 (R.G. n. 371) è stata indetta la procedura negoziata, "
       "ai sensi dell'art. 50, comma 1, lett. c), del D.Lgs. 31 marzo 2023, n. 36, per l'affidamento del servizio di "
       "manutenzione del verde pubblico comunale per il biennio 2026-2027, da aggiudicare con il criterio dell'offerta "
       "economicamente più vantaggiosa;", lead_bold="Premesso")
p.para("che il termine per la presentazione delle offerte, fissato per le ore 12.00 del giorno 20 maggio 2026, è "
       "scaduto e che sulla piattaforma di approvvigionamento digitale sono pervenute n. 5 offerte;",
       lead_bold="Dato atto")
p.para("l'art. 93 del D.Lgs. n. 36/2023, ai sensi del quale la valutazione delle offerte dal punto di vista tecnico "
       "ed economico è affidata a una commissione giudicatrice composta da un numero dispari di componenti, non "
       "superiore a cinque, esperti nello specifico settore cui si riferisce l'oggetto del contratto;",
       lead_bold="Visto")
p.para("le professionalità presenti all'interno dell'ente e ritenuto di integrare la commissione con un esperto "
       "esterno in materia agronomica, individuato nel rispetto dei principi di rotazione e trasparenza;",
       lead_bold="Valutate")
p.para("le dichiarazioni rese dai componenti in ordine all'insussistenza delle cause di incompatibilità e di "
       "astensione previste dall'art. 93, comma 5, del D.Lgs. n. 36/2023, conservate agli atti;",
       lead_bold="Acquisite")
p.para("l'art. 107 del D.Lgs. 18 agosto 2000, n. 267, e il decreto del Sindaco n. 4 del 2 gennaio 2026 di "
       "conferimento dell'incarico di Responsabile dell'Area Tecnica;", lead_bold="Visti")
p.y -= 2
p.center("D E C R E T A", "B", 11, after=8)
p.para("di nominare la commissione giudicatrice della procedura negoziata indicata in oggetto nella seguente "
       "composizione:", hang=("1.", 16))
q = p
for role, who in [("Presidente:", "ing. Paola Bellini, Istruttore direttivo tecnico dell'Area Tecnica;"),
                  ("Componente esperto:", "dott. agr. Stefano Guglielmetti, libero professionista;"),
                  ("Componente:", "geom. Luca Zanetta, Istruttore tecnico dell'Area Tecnica;"),
                  ("Segretaria verbalizzante:", "sig.ra Elena Caccia, Istruttore amministrativo dell'Ufficio Appalti e Contratti;")]:
    a, _ = glyphs("-", LM + 22, q.y, "R", 10); q.raw(a)
    b_, xe = glyphs(role, LM + 32, q.y, "B", 10); q.raw(b_)
    c_, _ = glyphs(who, max(xe + 5, LM + 160), q.y, "R", 10); q.raw(c_)
    q.y -= 14
q.y -= 4
q = pages[1]
q.y = 765
q.para("di dare atto che al componente esterno spetta il compenso forfettario di € 600,00, oltre oneri di legge, "
       "che trova copertura nel quadro economico dell'appalto, e che ai componenti interni non spetta alcun compenso;",
       hang=("2.", 16))
q.para("di disporre che la commissione si insedi in seduta pubblica il giorno 27 maggio 2026 alle ore 10.00 presso "
       "la sala riunioni dell'Area Tecnica, in via Novara, 5;", hang=("3.", 16))
q.para("di pubblicare il presente decreto e i curricula dei componenti nella sezione \"Amministrazione trasparente\" "
       "del sito istituzionale, ai sensi dell'art. 28 del D.Lgs. n. 36/2023, e all'Albo Pretorio on line.",
       hang=("4.", 16))
q.y -= 6
d, _ = glyphs("Oleggio, 22 maggio 2026", LM, q.y, "R", 10); q.raw(d)
q.y -= 30
for t, f in [("IL RESPONSABILE DELL'AREA TECNICA", "B"), ("arch. Davide Ferraris", "R")]:
    w = stringWidth(t, FONTS[f], 10); g, _ = glyphs(t, 400 - w / 2, q.y, f, 10); q.raw(g); q.y -= 14
w = stringWidth("(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", "Helvetica", 7.5)
g, _ = glyphs("(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", 400 - w / 2, q.y, "R", 7.5); q.raw(g)

# ------------------------------------------------------------------ assemble
pdf = pikepdf.new()
fonts = Dictionary({f"/F{k}": pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                                             Encoding=Name.WinAnsiEncoding)) for k, v in FONTS.items()})
res_fonts = Dictionary(Font=fonts)

def crest_ops(x, y, s):
    return (b"q %g 0 0 %g %g %g cm 0.70 0.13 0.16 rg 0 0 0 RG 0.8 w 0 60 m 46 60 l 46 22 l 46 8 30 2 23 0 c 16 2 0 8 0 22 c h B "
            b"1 1 1 rg 15 14 16 30 re f 14 44 4 5 re f 21 44 4 5 re f 28 44 4 5 re f 0.70 0.13 0.16 rg 21 14 4 8 re f "
            b"0.83 0.63 0.09 rg 8 62 30 5 re f 8 67 4 4 re f 16.5 67 4 4 re f 25 67 4 4 re f 33.5 67 4 4 re f Q" % (s, s, x, y))

crest = Stream(pdf, crest_ops(0, 0, 1.0))
crest.Type = Name.XObject; crest.Subtype = Name.Form; crest.BBox = Array([-1, -1, 48, 72])
crest = pdf.make_indirect(crest)
head = [b"q 0.85 0 0 0.85 %.2f 752 cm /Crest Do Q" % LM]
for t, f, s, x, y in [("COMUNE DI OLEGGIO", "B", 17, LM + 52, 796), ("Provincia di Novara", "R", 10, LM + 52, 781),
                      ("Via Novara, 5 - 28047 Oleggio (NO) - Tel. 0321 91429", "R", 7.5, LM + 52, 769)]:
    g, _ = glyphs(t, x, y, f, s); head.append(g)
for t, f, s, y in [("AREA TECNICA", "B", 11, 796), ("Ufficio Appalti e Contratti", "R", 9, 781)]:
    w = stringWidth(t, FONTS[f], s); g, _ = glyphs(t, RM - w, y, f, s); head.append(g)
head.append(b"0.70 0.13 0.16 RG 1.2 w %.2f 745 m %.2f 745 l S" % (LM, RM))
letterhead = Stream(pdf, b"\n".join(head))
letterhead.Type = Name.XObject; letterhead.Subtype = Name.Form; letterhead.BBox = Array([0, 0, W, H])
letterhead.Resources = Dictionary(Font=fonts, XObject=Dictionary(Crest=crest))
letterhead = pdf.make_indirect(letterhead)

rh = [b"q 0.32 0 0 0.32 %.2f 796 cm /Crest Do Q" % LM]
g, _ = glyphs("COMUNE DI OLEGGIO", LM + 22, 806, "B", 9); rh.append(g)
t = "Area Tecnica - Ufficio Appalti e Contratti - Decreto R.G. n. 14/2026"
g, _ = glyphs(t, RM - stringWidth(t, "Helvetica", 8), 806, "R", 8); rh.append(g)
rh.append(b"0 g 0.4 w %.2f 792 m %.2f 792 l S" % (LM, RM))
runhead = Stream(pdf, b"\n".join(rh))
runhead.Type = Name.XObject; runhead.Subtype = Name.Form; runhead.BBox = Array([0, 0, W, H])
runhead.Resources = Dictionary(Font=fonts, XObject=Dictionary(Crest=crest))
runhead = pdf.make_indirect(runhead)

def footer(n):
    t = f"Decreto R.G. n. 14 del 22/05/2026 - Area Tecnica - Pagina {n} di 2"
    g, _ = glyphs(t, LM, 34, "R", 7.5)
    s = Stream(pdf, b"0 g 0.4 w %.2f 44 m %.2f 44 l S\n" % (LM, RM) + g)
    s.Type = Name.XObject; s.Subtype = Name.Form; s.BBox = Array([0, 0, W, H]); s.Resources = res_fonts
    return pdf.make_indirect(s)

stamp_txt = "ALBO PRETORIO ON LINE - Pubblicato dal 22/05/2026 al 06/06/2026 - N. Reg. Pubbl. 1187"
sg, _ = glyphs(stamp_txt, 0, 0, "B", 8)
stamp = (b"q 0 1 -1 0 30 70 cm 0.10 0.25 0.60 RG 0.10 0.25 0.60 rg 1 w -4 -5 %.2f 15 re S\n" %
         (stringWidth(stamp_txt, "Helvetica-Bold", 8) + 8)) + sg + b"\nQ"

for i, pg in enumerate(pages, 1):
    ops = [b"0 g"] + pg.ops
    if i == 1:
        ops.append(stamp)                      # stamp drawn between body and letterhead
    ops.append(b"q /Foot Do Q")
    if i == 1:
        ops.append(b"q /Head Do Q")            # letterhead last: out of reading order
    else:
        ops.append(b"q /RunHead Do Q")
    xo = Dictionary(Head=letterhead, RunHead=runhead, Foot=footer(i))
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                   Resources=Dictionary(Font=fonts, XObject=xo),
                                   Contents=pdf.make_stream(b"\n".join(ops))))
    pdf.pages.append(page)
pdf.docinfo["/Title"] = "Decreto n. 14/2026"
pdf.docinfo["/Producer"] = "Civilia Next Report Engine 5.2"
pdf.docinfo["/Creator"] = "Civilia Next - Decreti"
pdf.save(OUT)
