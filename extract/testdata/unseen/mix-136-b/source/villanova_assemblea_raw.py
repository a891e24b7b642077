#!/usr/bin/env python3
"""Unione dei Comuni del Villanova -- deliberazione dell'Assemblea dell'Unione
n. 14/2028, written as raw PDF content streams with pikepdf, the way some
report engines write them:

* every glyph is placed on its own with a text matrix (no space characters;
  justified lines only show wider gaps);
* the letterhead, the running head and the signature block are Form XObjects,
  drawn out of reading order (letterhead last, signatures first on page 2,
  the roll's right column before its left one);
* the Albo's publication stamp is drawn rotated up the left margin.

Standard Helvetica/Times with WinAnsiEncoding, not embedded.
usage: villanova_assemblea_raw.py OUT.pdf
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
PW, PH = 595.28, 841.89
LM, RM = 50.0, 545.0
TW = RM - LM

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Times-Roman", "F4": "Times-Bold"}
RL = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Times-Roman", "F4": "Times-Bold"}


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class Stream:
    def __init__(self):
        self.ops = []

    def raw(self, s):
        self.ops.append(s if isinstance(s, bytes) else s.encode())

    def glyphs(self, x, y, font, size, text, extra=0.0, gray=0.0):
        """Place each glyph with its own Tm; spaces are only advances."""
        out = [b"BT", ("%.3f g /%s %.2f Tf" % (gray, font, size)).encode()]
        cx = x
        for ch in text:
            w = stringWidth(ch, RL[font], size)
            if ch == " ":
                cx += w + extra
                continue
            out.append(("1 0 0 1 %.2f %.2f Tm (" % (cx, y)).encode() + esc(ch) + b") Tj")
            cx += w
        out.append(b"ET")
        self.ops.append(b"\n".join(out))
        return cx

    def centred(self, y, font, size, text, x0=LM, x1=RM):
        w = stringWidth(text, RL[font], size)
        self.glyphs(x0 + (x1 - x0 - w) / 2.0, y, font, size, text)

    def right(self, x, y, font, size, text):
        w = stringWidth(text, RL[font], size)
        self.glyphs(x - w, y, font, size, text)

    def para(self, y, text, font="F3", size=10.5, lead=13.6, x0=LM, x1=RM, bold_lead=None,
             justify=True, indent=0.0):
        """Wrap and justify; bold_lead = words at the start set in bold."""
        words = text.split()
        nb = len(bold_lead.split()) if bold_lead else 0
        fonts = [("F4" if font == "F3" else "F2") if i < nb else font for i in range(len(words))]
        lines, cur, curw = [], [], 0.0
        sp = stringWidth(" ", RL[font], size)
        width = x1 - x0
        for i, wd in enumerate(words):
            ww = stringWidth(wd, RL[fonts[i]], size)
            lim = width - (indent if not lines else 0)
            if cur and curw + sp + ww > lim:
                lines.append(cur); cur, curw = [], 0.0
            curw += (sp if cur else 0) + ww
            cur.append((wd, fonts[i], ww))
        if cur:
            lines.append(cur)
        for li, ln in enumerate(lines):
            xs = x0 + (indent if li == 0 else 0)
            natural = sum(w for _, _, w in ln) + sp * (len(ln) - 1)
            gap = sp
            lim = width - (indent if li == 0 else 0)
            if justify and li < len(lines) - 1 and len(ln) > 1:
                gap = sp + (lim - natural) / (len(ln) - 1)
            cx = xs
            for wd, f, w in ln:
                self.glyphs(cx, y, f, size, wd)
                cx += w + gap
            y -= lead
        return y

    def bytes(self):
        return b"\n".join(self.ops) + b"\n"


pdf = pikepdf.new()
font_objs = {}
for k, base in FONTS.items():
    font_objs[k] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                BaseFont=Name("/" + base),
                                                Encoding=Name.WinAnsiEncoding))
fontres = Dictionary({"/" + k: v for k, v in font_objs.items()})


def xobject(stream, bbox):
    xo = pikepdf.Stream(pdf, stream.bytes())
    xo.Type = Name.XObject
    xo.Subtype = Name.Form
    xo.BBox = Array(bbox)
    xo.Resources = Dictionary(Font=fontres)
    return pdf.make_indirect(xo)


# ---- Form XObject: letterhead (crest + name + COPIA box)
lh = Stream()
lh.raw("q 0.42 0.29 0.12 RG 0.95 0.91 0.78 rg 1.5 w "
       "52 800 m 96 800 l 96 770 l 96 755 74 744 74 744 c 74 744 52 755 52 770 c h B Q")
lh.raw("q 0.18 0.42 0.23 rg 74 782 9 0 360 arc f Q" if False else
       "q 0.18 0.42 0.23 rg 74 791 m 82 791 83 776 74 774 c 65 776 66 791 74 791 c f "
       "0.42 0.29 0.12 rg 71.5 757 5 18 re f Q")
lh.glyphs(108, 790, "F4", 17, "UNIONE DEI COMUNI DEL VILLANOVA")
lh.glyphs(108, 776, "F3", 9.5, "Villanova Monteleone – Mara – Monteleone Rocca Doria – Padria – Romana")
lh.glyphs(108, 764, "F3", 9.5, "Provincia di Sassari – Via Roma, 24 – 07019 Villanova Monteleone (SS)")
lh.raw("q 1.2 w 490 786 54 18 re S Q")
lh.glyphs(500, 791, "F4", 11, "COPIA")
lh.raw("q 0.8 w 50 738 m 545 738 l S Q")
LETTERHEAD = xobject(lh, [40, 730, 555, 810])

# ---- Form XObject: running head for page 2
rh = Stream()
rh.glyphs(LM, 812, "F1", 7.5, "Unione dei Comuni del Villanova", gray=0.3)
rh.right(RM, 812, "F1", 7.5, "Deliberazione dell'Assemblea dell'Unione n. 14 del 19/12/2028")
rh.raw("q 0.5 w 0.4 G 50 808 m 545 808 l S Q")
RUNHEAD = xobject(rh, [40, 800, 555, 825])

# ---- Form XObject: signature block
sg = Stream()
sg.glyphs(LM, 130, "F3", 10.5, "Letto, approvato e sottoscritto.")
sg.centred(108, "F4", 10.5, "IL PRESIDENTE", LM, 300)
sg.centred(108, "F4", 10.5, "IL SEGRETARIO", 300, RM)
sg.centred(94, "F3", 10.5, "f.to Salvatore Fois", LM, 300)
sg.centred(94, "F3", 10.5, "f.to dott.ssa Paola Useli", 300, RM)
SIGN = xobject(sg, [40, 80, 555, 145])


def footer(s, n):
    s.glyphs(LM, 30, "F1", 7.5,
             "Documento prodotto con Halley – Atti amministrativi – Copia conforme all'originale",
             gray=0.35)
    s.right(RM, 30, "F1", 7.5, "pag. %d di 2" % n)


def stamp(s):
    """Albo's publication stamp, rotated up the left margin."""
    s.raw("q 0 1 -1 0 30 250 cm 0.15 0.25 0.55 RG 0.9 w 0 -3 372 16 re S")
    s.glyphs(6, 2, "F2", 8, "PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 21/12/2028 – REG. PUBBL. N. 402",
             gray=0.2)
    s.raw("Q")


ROLL_L = [("1", "FOIS SALVATORE", "Villanova Monteleone", "Sindaco", "P"),
          ("2", "PIRAS GIAN MARCO", "Villanova Monteleone", "Consigliere", "P"),
          ("3", "CANU PIETRO", "Mara", "Sindaco", "P"),
          ("4", "SATTA LUCIA", "Mara", "Consigliere", "P"),
          ("5", "DETTORI ANTONELLO", "Monteleone Rocca Doria", "Sindaco", "P")]
ROLL_R = [("6", "MURA GIOVANNA", "Monteleone Rocca Doria", "Consigliere", "A"),
          ("7", "CHESSA MARIA GRAZIA", "Padria", "Sindaco", "P"),
          ("8", "SALIS ANTONIO", "Padria", "Consigliere", "P"),
          ("9", "SPANU FRANCESCA", "Romana", "Sindaco", "P"),
          ("10", "DEIANA MARCO", "Romana", "Consigliere", "P")]


def roll_col(s, x, ytop, rows):
    cols = [0, 12, 103, 189, 230]
    s.raw("q 0.9 g %.2f %.2f 246 11 re f Q" % (x - 2, ytop - 3))
    for c, h in zip(cols, ["N.", "Nominativo", "Comune", "Qualifica", "P/A"]):
        s.glyphs(x + c, ytop, "F2", 7.5, h)
    y = ytop - 12
    for r in rows:
        for c, v, f in zip(cols, r, ["F1", "F1", "F1", "F1", "F2"]):
            s.glyphs(x + c, y, f, 7.5, v)
        y -= 11
    s.raw("q 0.5 w %.2f %.2f 246 %.2f re S Q" % (x - 2, y + 7, ytop + 8 - (y + 7)))
    return y


# ---------------- page 1
p1 = Stream()
y = 712
p1.centred(y, "F4", 12.5, "DELIBERAZIONE DELL'ASSEMBLEA DELL'UNIONE")
y -= 22
p1.raw("q 1 w 50 %.1f 247 18 re S 297 %.1f 248 18 re S Q" % (y - 5, y - 5))
p1.glyphs(58, y, "F4", 11.5, "N. 14")
p1.glyphs(305, y, "F4", 11.5, "del 19/12/2028")
y -= 24
p1.raw("q 0.8 w 50 %.1f m 545 %.1f l S Q" % (y + 12, y + 12))
p1.glyphs(LM + 2, y, "F4", 10.5, "Oggetto:")
subj = ["APPROVAZIONE DELLO SCHEMA DI CONVENZIONE PER LA GESTIONE ASSOCIATA DELLA",
        "CENTRALE UNICA DI COMMITTENZA TRA L'UNIONE DEI COMUNI DEL VILLANOVA E I",
        "COMUNI ADERENTI – TRIENNIO 2029-2031."]
for t in subj:
    p1.glyphs(110, y, "F3", 10.5, t)
    y -= 13
p1.raw("q 0.8 w 50 %.1f m 545 %.1f l S Q" % (y + 6, y + 6))
y -= 10
y = p1.para(y, "L'anno duemilaventotto il giorno diciannove del mese di dicembre alle ore 18:30, "
               "nella sala consiliare del Comune di Villanova Monteleone, convocata con avviso "
               "prot. n. 2498 del 12/12/2028 notificato a ciascun componente, si è riunita in "
               "seduta ordinaria l'Assemblea dell'Unione con l'intervento dei Signori:")
y -= 6
ytop = y
# the right column is written first, then the left one
roll_col(p1, 302, ytop, ROLL_R)
yb = roll_col(p1, 52, ytop, ROLL_L)
y = yb - 8
p1.glyphs(LM, y, "F2", 9, "Presenti n. 9 – Assenti n. 1")
y -= 18
y = p1.para(y, "Presiede la seduta il sig. Salvatore Fois, nella sua qualità di Presidente "
               "dell'Unione. Partecipa il Segretario dell'Unione dott.ssa Paola Useli, che cura la "
               "verbalizzazione. Il Presidente, accertato il numero legale, dichiara aperta la seduta "
               "e pone in discussione l'argomento iscritto al punto 2 dell'ordine del giorno.")
y -= 8
p1.centred(y, "F4", 11, "L'ASSEMBLEA DELL'UNIONE")
y -= 18
PREM = [
    ("Premesso", "Premesso che l'art. 62 del D.Lgs. 31 marzo 2023, n. 36 disciplina la "
     "qualificazione delle stazioni appaltanti e prevede che i Comuni non qualificati ricorrano, "
     "per gli affidamenti di importo superiore alle soglie ivi indicate, a centrali di "
     "committenza qualificate, anche costituite presso le Unioni di Comuni;"),
    ("Richiamata", "Richiamata la propria deliberazione n. 11 del 22/12/2025, con la quale è "
     "stata approvata la convenzione per la Centrale Unica di Committenza per il triennio "
     "2026-2028, in scadenza al 31/12/2028;"),
    ("Visto", "Visto lo schema di convenzione predisposto dal Servizio Appalti e Contratti "
     "dell'Unione, che disciplina le modalità di funzionamento della Centrale, il riparto delle "
     "spese tra gli enti aderenti in proporzione al numero e al valore delle procedure gestite e "
     "la durata triennale dal 01/01/2029 al 31/12/2031;"),
    ("Dato atto", "Dato atto che i Consigli comunali di Villanova Monteleone, Mara, Padria e "
     "Romana hanno già approvato lo schema, mentre il Consiglio comunale di Monteleone Rocca "
     "Doria è convocato per il 28/12/2028;"),
]
for bl, t in PREM:
    y = p1.para(y, t, bold_lead=bl)
    y -= 3
footer(p1, 1)
stamp(p1)
# letterhead drawn last, though it sits at the top of the page
p1.raw("q /LH Do Q")

# ---------------- page 2
p2 = Stream()
p2.raw("q /SG Do Q")           # signature block first
y = 780
PREM2 = [
    ("Uditi", "Uditi gli interventi dei componenti, e in particolare la dichiarazione del "
     "consigliere Salis, che annuncia la propria astensione in attesa della definizione del "
     "riparto delle spese per l'anno 2029;"),
    ("Acquisiti", "Acquisiti i pareri favorevoli di regolarità tecnica del Responsabile del "
     "Servizio Appalti e Contratti e di regolarità contabile del Responsabile del Servizio "
     "Finanziario, espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;"),
]
for bl, t in PREM2:
    y = p2.para(y, t, bold_lead=bl)
    y -= 3
y = p2.para(y, "Con voti favorevoli n. 8, contrari n. 0, astenuti n. 1 (Salis), espressi per "
               "alzata di mano dai n. 9 componenti presenti;")
y -= 8
p2.centred(y, "F4", 11, "DELIBERA")
y -= 18
PTS = [
    "di approvare lo schema di convenzione per la gestione associata della Centrale Unica di "
    "Committenza tra l'Unione dei Comuni del Villanova e i Comuni aderenti, per il triennio "
    "2029-2031, allegato al presente atto per farne parte integrante e sostanziale;",
    "di autorizzare il Presidente dell'Unione alla sottoscrizione della convenzione, con facoltà "
    "di apportarvi le modifiche non sostanziali che si rendessero necessarie;",
    "di dare atto che la Centrale opererà presso il Servizio Appalti e Contratti dell'Unione e "
    "che il relativo responsabile sarà nominato con decreto del Presidente;",
    "di trasmettere il presente atto ai Comuni aderenti per gli adempimenti di competenza.",
]
for i, t in enumerate(PTS, 1):
    p2.glyphs(LM, y, "F3", 10.5, "%d)" % i)
    y = p2.para(y, t, x0=LM + 18)
    y -= 3
y -= 4
y = p2.para(y, "Successivamente, con voti favorevoli n. 8 e astenuti n. 1, l'Assemblea dichiara la "
               "presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, "
               "del D.Lgs. 18 agosto 2000, n. 267, stante la scadenza della convenzione in essere.")
y -= 12
p2.raw("q 0.6 w 50 %.1f 495 62 re S Q" % (y - 50))
p2.glyphs(LM + 6, y, "F2", 8.5, "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000")
y -= 13
p2.glyphs(LM + 6, y, "F1", 8.5, "Regolarità tecnica: FAVOREVOLE – 14/12/2028 – Il Responsabile del "
          "Servizio Appalti e Contratti f.to ing. Roberto Pala")
y -= 12
p2.glyphs(LM + 6, y, "F1", 8.5, "Regolarità contabile: FAVOREVOLE – 14/12/2028 – Il Responsabile del "
          "Servizio Finanziario f.to dott. Mario Carta")
footer(p2, 2)
p2.raw("q /RH Do Q")           # running head drawn last

for s, xo in ((p1, {"/LH": LETTERHEAD}), (p2, {"/SG": SIGN, "/RH": RUNHEAD})):
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, PW, PH]),
                                   Resources=Dictionary(Font=fontres,
                                                        XObject=Dictionary(xo)),
                                   Contents=pdf.make_stream(s.bytes())))
    pdf.pages.append(page)

pdf.docinfo["/Producer"] = "Halley PDF Writer 4.2"
pdf.docinfo["/Creator"] = "Halley - Atti Amministrativi"
pdf.docinfo["/Title"] = "Deliberazione Assemblea n. 14/2028"
pdf.save(OUT, compress_streams=True)
