#!/usr/bin/env python3
"""Comune di Bella - Giunta Comunale n. 39 del 22/04/2027 (house style "Halley").
Hand-written content streams assembled with pikepdf, as a report engine writes them:
every glyph placed alone by its own text matrix (no space characters), justified lines
by spreading the gaps, the letterhead, the roll and the signatures in Form XObjects
that the page draws out of reading order (signatures first, letterhead last), and the
publication stamp drawn up the left margin, rotated by 90 degrees."""
import sys
import pikepdf
from pikepdf import Pdf, Dictionary, Name, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "giunta-bella-halley-viabilita.pdf"
FONTS = {"R": "Times-Roman", "B": "Times-Bold", "H": "Helvetica", "HB": "Helvetica-Bold", "I": "Times-Italic"}
W, H = 595.28, 841.89
LM, RM = 62.0, 538.0


def hexs(s):
    return "<" + s.encode("cp1252").hex() + ">"


class Ops:
    def __init__(self):
        self.o = []

    def glyphs(self, x, y, text, font="R", size=11, spacing=None):
        """one BT/ET per line, one Tm + Tj per glyph; spaces only move the pen"""
        self.o.append("BT /%s %.2f Tf" % (font, size))
        fn = FONTS[font]
        words = text.split(" ")
        gap = spacing if spacing is not None else stringWidth(" ", fn, size)
        cx = x
        for wi, w in enumerate(words):
            for ch in w:
                self.o.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (cx, y, hexs(ch)))
                cx += stringWidth(ch, fn, size)
            if wi < len(words) - 1:
                cx += gap
        self.o.append("ET")
        return cx

    def centred(self, y, text, font="R", size=11, x0=LM, x1=RM):
        w = stringWidth(text, FONTS[font], size)
        self.glyphs((x0 + x1 - w) / 2, y, text, font, size)

    def para(self, y, text, font="R", size=11, lead=14.0, x0=LM, x1=RM, indent=0.0, justify=True):
        fn = FONTS[font]
        words = text.split()
        lines, cur = [], []
        width = x1 - x0
        for w in words:
            trial = " ".join(cur + [w])
            lim = width - (indent if not lines else 0)
            if cur and stringWidth(trial, fn, size) > lim:
                lines.append(cur)
                cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            xs = x0 + (indent if i == 0 else 0)
            avail = x1 - xs
            last = i == len(lines) - 1
            if justify and not last and len(ln) > 1:
                nat = sum(stringWidth(w, fn, size) for w in ln)
                gap = (avail - nat) / (len(ln) - 1)
            else:
                gap = None
            self.glyphs(xs, y, " ".join(ln), font, size, spacing=gap)
            y -= lead
        return y

    def line(self, x0, y0, x1, y1, w=0.5):
        self.o.append("%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x0, y0, x1, y1))

    def rect(self, x, y, w, h, lw=0.5):
        self.o.append("%.2f w %.2f %.2f %.2f %.2f re S" % (lw, x, y, w, h))

    def do(self, name, cm=None):
        if cm:
            self.o.append("q %s cm /%s Do Q" % (cm, name))
        else:
            self.o.append("q /%s Do Q" % name)

    def bytes(self):
        return ("\n".join(self.o) + "\n").encode("latin-1")


pdf = Pdf.new()
font_res = Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                     Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
font_res = pdf.make_indirect(font_res)


def xobject(ops, bbox):
    s = Stream(pdf, ops.bytes())
    s.Type = Name.XObject
    s.Subtype = Name.Form
    s.BBox = Array(bbox)
    s.Resources = Dictionary(Font=font_res)
    return pdf.make_indirect(s)


# ---- letterhead form (drawn last on page 1)
lh = Ops()
lh.rect(LM, 770, 38, 48, 0.8)
lh.glyphs(LM + 6, 792, "STEMMA", "HB", 6)
lh.centred(800, "COMUNE DI BELLA", "B", 18)
lh.centred(784, "Provincia di Potenza", "R", 11)
lh.centred(772, "Largo Municipio - 85051 Bella (PZ) - Tel. 0976/803111", "R", 8)
lh.rect(453, 795, 85, 24, 0.8)
lh.glyphs(469, 803, "ORIGINALE", "HB", 9)
lh.line(LM, 762, RM, 762, 0.8)
X_LH = xobject(lh, [0, 0, W, H])

# ---- roll form
roll = [("LAURINO Giuseppe", "Sindaco", True), ("SABIA Rocco", "Vice Sindaco", True),
        ("TELESCA Maria Teresa", "Assessore", True), ("COVIELLO Vito", "Assessore", False),
        ("PIETRAFESA Angela", "Assessore", True)]
ro = Ops()
top = 560.0
cols = [90, 270, 380, 440, 500]
ro.rect(cols[0], top - 6 * 17 - 4, cols[-1] - cols[0], 6 * 17 + 4 + 14, 0.6)
ro.glyphs(cols[0] + 5, top + 2, "Cognome e Nome", "HB", 9)
ro.glyphs(cols[1] + 5, top + 2, "Carica", "HB", 9)
ro.glyphs(cols[2] + 8, top + 2, "Presenti", "HB", 9)
ro.glyphs(cols[3] + 9, top + 2, "Assenti", "HB", 9)
ro.line(cols[0], top - 3, cols[-1], top - 3, 0.6)
for c in cols[1:-1]:
    ro.line(c, top - 6 * 17 - 4, c, top + 14, 0.4)
y = top - 16
for n, r, p in roll:
    ro.glyphs(cols[0] + 5, y, n, "R", 10.5)
    ro.glyphs(cols[1] + 5, y, r, "R", 10.5)
    ro.glyphs((cols[2] + 27) if p else (cols[3] + 27), y, "X", "B", 11)
    y -= 17
ro.line(cols[0], y + 12, cols[-1], y + 12, 0.4)
ro.glyphs(cols[1] + 5, y, "Totale", "B", 10.5)
ro.glyphs(cols[2] + 27, y, "4", "B", 10.5)
ro.glyphs(cols[3] + 27, y, "1", "B", 10.5)
X_ROLL = xobject(ro, [0, 0, W, H])

# ---- signatures form (page 2)
sg = Ops()
sy = 440
sg.centred(sy, "IL PRESIDENTE", "B", 11, LM, 300)
sg.centred(sy - 15, "dott. Giuseppe LAURINO", "R", 11, LM, 300)
sg.centred(sy - 28, "(firmato digitalmente)", "I", 8, LM, 300)
sg.centred(sy, "IL SEGRETARIO COMUNALE REGGENTE", "B", 11, 300, RM)
sg.centred(sy - 15, "dott. Canio LOVALLO", "R", 11, 300, RM)
sg.centred(sy - 28, "(firmato digitalmente)", "I", 8, 300, RM)
X_SIG = xobject(sg, [0, 0, W, H])

# ---- publication stamp, drawn rotated up the left margin
st = Ops()
st.o.append("0.75 0.1 0.1 RG 0.75 0.1 0.1 rg")
st.rect(0, 0, 330, 30, 1.2)
st.glyphs(8, 18, "ALBO PRETORIO ON LINE - COMUNE DI BELLA", "HB", 8.5)
st.glyphs(8, 6, "Pubblicata dal 23/04/2027 al 08/05/2027 - Reg. n. 301", "H", 8.5)
X_STAMP = xobject(st, [0, 0, 330, 30])


def foot(ops, n):
    ops.line(LM, 50, RM, 50, 0.4)
    ops.glyphs(LM, 38, "Deliberazione G.C. n. 39 del 22/04/2027", "R", 8)
    ops.glyphs(RM - 52, 38, "Pag. %d di 2" % n, "R", 8)
    ops.glyphs(LM, 28, "Halley Informatica - Atti amministrativi", "I", 7)


# ---- page 1: body first, then roll, then letterhead, then stamp
p1 = Ops()
foot(p1, 1)
y = 640
y = p1.para(y, "L'anno duemilaventisette il giorno ventidue del mese di aprile alle ore 12:30, nella sala delle "
               "adunanze del Palazzo Municipale, convocata con appositi avvisi, si è riunita la Giunta Comunale "
               "con l'intervento dei Signori:", "R", 11, 14.5)
# the lines after the roll are drawn before the lines above it
y2 = 432
y2 = p1.para(y2, "Partecipa alla seduta il Segretario Comunale reggente dott. Canio LOVALLO, incaricato con "
                 "provvedimento della Prefettura di Potenza, che cura la redazione del presente verbale.",
             "R", 11, 14.5)
y2 = p1.para(y2 - 4, "Assume la presidenza il Sindaco dott. Giuseppe LAURINO che, riconosciuto legale il numero "
                     "degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto "
                     "sopra indicato.", "R", 11, 14.5)
y2 = p1.para(y2 - 4, "Alle ore 12:50, nel corso dell'esame della proposta, l'Assessore PIETRAFESA Angela lascia la "
                     "seduta per sopraggiunti impegni istituzionali; i presenti sono pertanto n. 3.", "R", 11, 14.5)
y2 -= 10
p1.centred(y2, "LA GIUNTA COMUNALE", "B", 11)
y2 -= 20
y2 = p1.para(y2, "PREMESSO che la Regione Basilicata, con avviso pubblico approvato con deliberazione della Giunta "
                 "Regionale n. 214 del 19/03/2027, ha previsto la concessione di contributi ai Comuni per interventi "
                 "di manutenzione straordinaria della viabilità rurale e delle strade vicinali di uso pubblico, fino "
                 "a un importo massimo di euro 150.000,00 per ciascun ente, con scadenza delle domande fissata al "
                 "15/05/2027;", "R", 11, 14.5)
y2 = p1.para(y2 - 4, "CONSIDERATO che le strade rurali di contrada Sant'Antonio Casalini e di contrada Pietra "
                     "dell'Olio presentano diffusi dissesti del piano viabile e delle opere di regimentazione delle "
                     "acque, che ne compromettono la percorribilità da parte delle aziende agricole insediate;",
             "R", 11, 14.5)
# title block and subject
p1.centred(742, "DELIBERAZIONE DELLA GIUNTA COMUNALE", "B", 13)
p1.glyphs(LM, 722, "N. 39", "B", 12)
p1.glyphs(LM + 60, 722, "del 22/04/2027", "B", 12)
# subject lines were measured by hand to fit the box
p1.rect(LM + 64, 660, RM - LM - 64, 52, 0.6)
p1.glyphs(LM, 698, "OGGETTO:", "B", 11)
subj = ["INDIRIZZI AL RESPONSABILE DELL'AREA TECNICA PER LA",
        "PARTECIPAZIONE ALL'AVVISO PUBBLICO REGIONALE PER LA",
        "MANUTENZIONE STRAORDINARIA DELLA VIABILITÀ RURALE"]
for i, s in enumerate(subj):
    p1.glyphs(LM + 70, 698 - i * 15, s, "B", 11)
p1.do("Roll")
p1.do("Lh")
p1.do("Stamp", "0 1 -1 0 40 250")
page1 = p1.bytes()

# ---- page 2: signatures first, then the dispositivo, then the rest of the premises
p2 = Ops()
p2.do("Sig")
foot(p2, 2)
y = 790
y = p2.para(y, "DATO ATTO che l'Area Tecnica dispone di un progetto di fattibilità tecnica ed economica degli "
               "interventi, redatto dal personale interno, per un importo complessivo di euro 146.800,00, "
               "compatibile con i requisiti dell'avviso regionale;", "R", 11, 14.5)
y = p2.para(y - 4, "ACQUISITO il parere favorevole di regolarità tecnica espresso dal Responsabile dell'Area "
                   "Tecnica ai sensi dell'art. 49 del D.Lgs. n. 267/2000, dando atto che il presente atto di "
                   "indirizzo non comporta riflessi diretti sulla situazione economico-finanziaria dell'Ente;",
            "R", 11, 14.5)
y = p2.para(y - 4, "CON voti unanimi favorevoli dei n. 3 componenti presenti, espressi in forma palese,",
            "R", 11, 14.5)
y -= 8
p2.centred(y, "D E L I B E R A", "B", 11)
y -= 20
pts = ["DI FORMULARE indirizzo al Responsabile dell'Area Tecnica affinché predisponga e trasmetta alla Regione "
       "Basilicata, entro il termine del 15/05/2027, la domanda di contributo per la manutenzione straordinaria "
       "delle strade rurali di contrada Sant'Antonio Casalini e di contrada Pietra dell'Olio;",
       "DI APPROVARE in linea tecnica il progetto di fattibilità tecnica ed economica richiamato in premessa, "
       "dell'importo complessivo di euro 146.800,00;",
       "DI NOMINARE Responsabile Unico del Progetto l'ing. Vito DI CARLO, Responsabile dell'Area Tecnica."]
for i, t in enumerate(pts, 1):
    p2.glyphs(LM, y, "%d." % i, "R", 11)
    y = p2.para(y, t, "R", 11, 14.5, x0=LM + 18) - 4
y -= 6
y = p2.para(y, "Successivamente, con separata votazione unanime e palese, la Giunta Comunale dichiara il presente "
               "atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante "
               "l'imminente scadenza dell'avviso regionale.", "R", 11, 14.5)
y -= 10
p2.glyphs(LM, y, "Letto, approvato e sottoscritto.", "R", 11)

pg1 = pdf.add_blank_page(page_size=(W, H))
pg1.Resources = Dictionary(Font=font_res, XObject=Dictionary(Lh=X_LH, Roll=X_ROLL, Stamp=X_STAMP))
pg1.Contents = pdf.make_indirect(Stream(pdf, page1))
pg2 = pdf.add_blank_page(page_size=(W, H))
pg2.Resources = Dictionary(Font=font_res, XObject=Dictionary(Sig=X_SIG, Stamp=X_STAMP))
pg2.Contents = pdf.make_indirect(Stream(pdf, p2.bytes() + b"q 0 1 -1 0 40 250 cm /Stamp Do Q\n"))
with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
    m["dc:title"] = "Deliberazione G.C. n. 39 del 22/04/2027"
pdf.docinfo["/Title"] = "Deliberazione G.C. n. 39 del 22/04/2027"
pdf.docinfo["/Creator"] = "Halley Informatica - Atti amministrativi"
pdf.docinfo["/Producer"] = "HalleyReport PDF engine 3.2"
pdf.save(OUT, compress_streams=True)
