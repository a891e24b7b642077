#!/usr/bin/env python3
"""Comune di Anzi - Consiglio n. 25 del 21/10/2027 (Halley house style), content streams written by hand
and assembled with pikepdf.

The text layer is written as some report engines write it: every glyph placed alone with its own text
matrix and no space characters at all (justification is only in the positions), the letterhead, the roll
and the signature block in Form XObjects, the blocks of each page drawn out of reading order (foot, then
the lower half, then the upper half, the letterhead last), and a publication stamp turned 90 degrees up
the left margin. Standard 14 Helvetica, WinAnsiEncoding. Usage: consiglio_anzi_25.py OUT.pdf"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
PW, PH = 595.28, 841.89
LM, RM, TOP, BOT = 57.0, 51.0, 60.0, 62.0
TW = PW - LM - RM
FN = {"R": ("F1", "Helvetica"), "B": ("F2", "Helvetica-Bold"), "I": ("F3", "Helvetica-Oblique")}


def w(s, st, size):
    return stringWidth(s, FN[st][1], size)


def hexs(ch):
    return "<%02X>" % ch.encode("cp1252")[0]


def glyph_run(x, y, text, st="R", size=10.5, extra=0.0):
    """every glyph with its own Tm; spaces are not drawn, they only move the pen (plus `extra`)."""
    ops = ["BT /%s %.2f Tf" % (FN[st][0], size)]
    for ch in text:
        if ch == " ":
            x += w(" ", st, size) + extra
            continue
        ops.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (x, y, hexs(ch)))
        x += w(ch, st, size)
    ops.append("ET")
    return "\n".join(ops)


def wrap(text, st, size, width):
    words, lines, cur = text.split(), [], []
    for wd in words:
        trial = " ".join(cur + [wd])
        if cur and w(trial, st, size) > width:
            lines.append(cur); cur = [wd]
        else:
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


class Flow:
    def __init__(self):
        self.pages = [[]]          # per page: list of (tag, ops)
        self.y = PH - TOP

    def need(self, h):
        if self.y - h < BOT:
            self.pages.append([]); self.y = PH - 70

    def add(self, tag, ops):
        self.pages[-1].append((tag, ops))

    def para(self, text, st="R", size=10.5, lead=13.6, indent=0.0, justify=True, after=4.0, tag="body", hang=None):
        x0 = LM + indent
        width = TW - indent
        lines = wrap(text, st, size, width)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            s = " ".join(ln)
            extra = 0.0
            if justify and i < len(lines) - 1 and len(ln) > 1:
                extra = (width - w(s, st, size)) / (len(ln) - 1)
            self.add(tag, glyph_run(x0, self.y, s, st, size, extra))
        self.y -= after

    def centre(self, text, st="B", size=11, lead=16, after=3, tag="body"):
        self.need(lead); self.y -= lead
        self.add(tag, glyph_run(LM + (TW - w(text, st, size)) / 2, self.y, text, st, size))
        self.y -= after


# ---------- Form XObjects ----------
def letterhead():
    ops = []
    # crest
    ops.append("q 0.6 w %.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f l %.2f %.2f l h S Q" % (
        LM + 4, PH - 40, LM + 40, PH - 40, LM + 40, PH - 68, LM + 22, PH - 84, LM + 4, PH - 68))
    ops.append("q 0.12 0.27 0.55 rg %.2f %.2f 24 11 re f Q" % (LM + 10, PH - 60))
    ops.append(glyph_run((PW - w("COMUNE DI ANZI", "B", 17)) / 2, PH - 52, "COMUNE DI ANZI", "B", 17))
    ops.append(glyph_run((PW - w("PROVINCIA DI POTENZA", "R", 10)) / 2, PH - 66, "PROVINCIA DI POTENZA", "R", 10))
    ops.append("q 0.8 w %.2f %.2f 56 16 re S Q" % (PW - RM - 56, PH - 56))
    ops.append(glyph_run(PW - RM - 28 - w("COPIA", "B", 9) / 2, PH - 51, "COPIA", "B", 9))
    return "\n".join(ops)


ROLL = [("1", "SANTORO VITO", "SINDACO", True), ("2", "GRIECO TERESA", "PRESIDENTE DEL CONSIGLIO", True),
        ("3", "LAURINO ANGELA", "CONSIGLIERE", True), ("4", "PACE DONATO", "CONSIGLIERE", True),
        ("5", "ROSSANO MICHELE", "CONSIGLIERE", True), ("6", "LAGUARDIA ANTONIO", "CONSIGLIERE", True),
        ("7", "SABIA FELICIA", "CONSIGLIERE", False), ("8", "LOMONACO CANIO", "CONSIGLIERE", False),
        ("9", "DI LUCCHIO MARIO", "CONSIGLIERE", True), ("10", "RUSSO GIOVANNA", "CONSIGLIERE", False),
        ("11", "FERRARA LEONARDO", "CONSIGLIERE", True)]
RH = 13.0
COLS = [0, 24, 190, 350, 395, 440]   # x offsets of the column lines (table is 440 wide)


def roll_table():
    """drawn in its own coordinates: origin at the table's lower-left corner."""
    n = len(ROLL) + 1
    H = n * RH
    ops = ["q 0.5 w"]
    for i in range(n + 1):
        ops.append("0 %.2f m 440 %.2f l S" % (i * RH, i * RH))
    for c in COLS:
        ops.append("%.2f 0 m %.2f %.2f l S" % (c, c, H))
    ops.append("0.87 g 0.5 %.2f 439 %.2f re f 0 g" % (H - RH + 0.5, RH - 1))
    ops.append("Q")
    hy = H - RH + 3.8
    for txt, x0, x1 in (("N.", 0, 24), ("Cognome e Nome", 24, 190), ("Qualifica", 190, 350),
                        ("Presente", 350, 395), ("Assente", 395, 440)):
        ops.append(glyph_run(x0 + (x1 - x0 - w(txt, "B", 8.5)) / 2, hy, txt, "B", 8.5))
    for i, (n_, name, q, p) in enumerate(ROLL):
        yy = H - (i + 2) * RH + 3.8
        ops.append(glyph_run(12 - w(n_, "R", 9) / 2, yy, n_, "R", 9))
        ops.append(glyph_run(28, yy, name, "R", 9))
        ops.append(glyph_run(194, yy, q, "R", 9))
        cx = 372.5 if p else 417.5
        ops.append(glyph_run(cx - w("X", "R", 9) / 2, yy, "X", "R", 9))
    return "\n".join(ops), H


def signatures():
    ops = []
    ops.append(glyph_run(0, 40, "Letto, approvato e sottoscritto.", "R", 10.5))
    for txt, cx, st, yy in (("IL PRESIDENTE", 120, "B", 20), ("IL SEGRETARIO COMUNALE", 370, "B", 20),
                            ("F.to Teresa Grieco", 120, "R", 6), ("F.to Dott. Rocco Carlucci", 370, "R", 6)):
        ops.append(glyph_run(cx - w(txt, st, 10) / 2, yy, txt, st, 10))
    return "\n".join(ops)


def stamp():
    t1 = "ALBO PRETORIO ON LINE - COMUNE DI ANZI"
    t2 = "Pubblicata dal 27/10/2027 al 11/11/2027 - Reg. Pubbl. n. 769"
    ops = ["q 0.75 0.1 0.1 RG 0.75 0.1 0.1 rg 0.9 w 0 0 300 30 re S"]
    ops.append(glyph_run((300 - w(t1, "B", 8.5)) / 2, 18, t1, "B", 8.5))
    ops.append(glyph_run((300 - w(t2, "R", 8.5)) / 2, 6, t2, "R", 8.5))
    ops.append("Q")
    return "\n".join(ops)


# ---------- the minute ----------
F = Flow()
F.y = PH - 84
# title box
F.y -= 4
bx_top = F.y
F.add("title", "q 0.6 w %.2f %.2f %.2f 36 re S %.2f %.2f m %.2f %.2f l S %.2f %.2f m %.2f %.2f l S Q" % (
    LM, bx_top - 36, TW, LM, bx_top - 18, LM + TW, bx_top - 18, LM + TW / 2, bx_top - 36, LM + TW / 2, bx_top - 18))
t = "DELIBERAZIONE DEL CONSIGLIO COMUNALE"
F.add("title", glyph_run(LM + (TW - w(t, "B", 12)) / 2, bx_top - 13, t, "B", 12))
F.add("title", glyph_run(LM + TW / 4 - w("N. 25", "B", 11) / 2, bx_top - 31, "N. 25", "B", 11))
F.add("title", glyph_run(LM + 3 * TW / 4 - w("del 21/10/2027", "B", 11) / 2, bx_top - 31, "del 21/10/2027", "B", 11))
F.y = bx_top - 36
F.para("Proposta n. 15 del 11/10/2027 - Ufficio proponente: AREA AMMINISTRATIVA | Sessione ordinaria - "
       "Seduta pubblica di prima convocazione", "R", 8.5, 12, justify=False, after=5, tag="title")
# subject with a hanging label
F.y -= 13
F.add("title", glyph_run(LM, F.y, "Oggetto:", "B", 10.5))
lines = wrap("RICONOSCIMENTO DI LEGITTIMITÀ DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA DEL GIUDICE "
             "DI PACE DI POTENZA N. 418/2027, AI SENSI DELL'ART. 194, COMMA 1, LETT. A), DEL D.LGS. N. 267/2000.",
             "B", 10.5, TW - 52)
for i, ln in enumerate(lines):
    if i:
        F.y -= 13
    F.add("title", glyph_run(LM + 52, F.y, " ".join(ln), "B", 10.5))
F.y -= 10

F.para("L'anno duemilaventisette il giorno ventuno del mese di ottobre alle ore 17:30 nella sala consiliare del "
       "Comune, in seguito a convocazione disposta con avvisi prot. n. 6203 del 15/10/2027 regolarmente notificati, "
       "si è riunito il Consiglio Comunale in sessione ordinaria, in seduta pubblica di prima convocazione. Presiede "
       "la seduta la Sig.ra Teresa Grieco nella sua qualità di Presidente del Consiglio Comunale. Partecipa il "
       "Segretario Comunale Dott. Rocco Carlucci il quale provvede alla redazione del presente verbale.", tag="open")
F.para("All'appello nominale risultano presenti ed assenti i consiglieri:", tag="open")
roll_ops, roll_h = roll_table()
F.y -= roll_h
ROLL_AT = (LM + (TW - 440) / 2, F.y)
F.add("roll", "q 1 0 0 1 %.2f %.2f cm /XRoll Do Q" % ROLL_AT)
F.y -= 4
F.para("Presenti n. 8     Assenti n. 3", "B", 9.5, 12, justify=False, indent=TW - w("Presenti n. 8     Assenti n. 3", "B", 9.5) - 2, tag="roll")
F.para("La Presidente pone in trattazione il punto n. 3 dell'ordine del giorno. Si dà atto che sono presenti in "
       "aula n. 9 consiglieri, essendo entrati alle ore 17:50 i consiglieri LOMONACO Canio e RUSSO Giovanna ed essendo "
       "uscito alle ore 18:40 il consigliere FERRARA Leonardo.", tag="open")
F.centre("IL CONSIGLIO COMUNALE")
F.para("Vista la proposta di deliberazione n. 15 del 11/10/2027 dell'Area Amministrativa;")
F.para("Premesso che con sentenza n. 418/2027, depositata il 12/07/2027, il Giudice di Pace di Potenza ha condannato "
       "il Comune al pagamento della somma di euro 2.860,00 a titolo di risarcimento dei danni subiti da una "
       "cittadina a seguito di una caduta su un tratto dissestato di via Roma, oltre a euro 940,00 per spese di "
       "giudizio e a euro 112,40 per interessi legali, per complessivi euro 3.912,40;")
F.para("Considerato che l'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000 prevede il riconoscimento della "
       "legittimità dei debiti fuori bilancio derivanti da sentenze esecutive e che il riconoscimento è atto dovuto, "
       "volto ad evitare ulteriori oneri a carico dell'Ente;")
F.para("Visto il parere favorevole dell'Organo di revisione, reso con verbale n. 12 del 14/10/2027;")
F.para("Udito l'intervento del consigliere DI LUCCHIO Mario, il quale chiede che l'Amministrazione programmi la "
       "manutenzione dei marciapiedi del centro storico e annuncia l'astensione del gruppo di minoranza;")
F.para("Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
       "D.Lgs. n. 267/2000;")
F.para("Prima della votazione la Presidente dà atto che i presenti sono n. 9.", "I")
F.para("Con la seguente votazione, resa per alzata di mano e proclamata dalla Presidente: Presenti n. 9 - Votanti "
       "n. 7 - Voti favorevoli n. 7 - Voti contrari n. 0 - Astenuti n. 2 (DI LUCCHIO Mario, RUSSO Giovanna),")
F.centre("DELIBERA")
pts = ["di riconoscere, ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000, la legittimità del debito "
       "fuori bilancio di euro 3.912,40 derivante dalla sentenza del Giudice di Pace di Potenza n. 418/2027;",
       "di finanziare la spesa con le risorse disponibili al capitolo 1058 \"Oneri da contenzioso\" del bilancio di "
       "previsione 2027/2029, annualità 2027;",
       "di trasmettere la presente deliberazione alla Procura regionale della Corte dei conti, ai sensi dell'art. 23, "
       "comma 5, della legge n. 289/2002."]
for i, p in enumerate(pts, 1):
    y0 = F.y
    F.need(13.6)
    F.add("body", glyph_run(LM, F.y - 13.6, "%d)" % i))
    F.para(p, indent=20)
F.para("Successivamente, con separata votazione, Presenti n. 9 - Votanti n. 7 - Voti favorevoli n. 7 - Voti "
       "contrari n. 0 - Astenuti n. 2, la presente deliberazione viene dichiarata immediatamente eseguibile ai "
       "sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
F.y -= 4
F.need(40)
F.add("pareri", "q 0.5 w %.2f %.2f m %.2f %.2f l S Q" % (LM, F.y, LM + TW, F.y))
F.para("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000", "B", 8.5, 12, justify=False, after=0, tag="pareri")
F.para("Regolarità tecnica: FAVOREVOLE - Data 12/10/2027 - Il Responsabile dell'Area Amministrativa F.to Dott.ssa "
       "Carmela Sileo. Regolarità contabile: FAVOREVOLE - Data 13/10/2027 - Il Responsabile del Servizio "
       "Finanziario F.to Rag. Giuseppe Viggiani", "R", 8.5, 11, tag="pareri")
F.need(60)
F.y -= 56
F.add("sign", "q 1 0 0 1 %.2f %.2f cm /XSign Do Q" % (LM, F.y))
F.y -= 10
F.centre("CERTIFICATO DI PUBBLICAZIONE", "B", 10, 14, tag="cert")
F.para("N. 769 Reg. Pubbl. Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on "
       "line per quindici giorni consecutivi, dal 27/10/2027 al 11/11/2027. Anzi, 27/10/2027", "R", 9, 11.5, tag="cert")
F.para("IL SEGRETARIO COMUNALE F.to Dott. Rocco Carlucci", "R", 9, 11.5, justify=False,
       indent=TW - w("IL SEGRETARIO COMUNALE F.to Dott. Rocco Carlucci", "R", 9) - 2, tag="cert")

# ---------- assemble ----------
pdf = pikepdf.new()
fonts = Dictionary()
for key, (res, base) in FN.items():
    fonts[Name("/" + res)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                          BaseFont=Name("/" + base), Encoding=Name.WinAnsiEncoding))
fres = Dictionary(Font=fonts)


def form(ops, bbox):
    s = Stream(pdf, ops.encode("latin-1"))
    s.Type = Name.XObject; s.Subtype = Name.Form; s.BBox = Array(bbox); s.Resources = fres
    return pdf.make_indirect(s)


x_head = form(letterhead(), [0, 0, PW, PH])
x_roll = form(roll_ops, [0, 0, 440, roll_h])
x_sign = form(signatures(), [0, 0, TW, 56])
x_stamp = form(stamp(), [0, 0, 300, 30])
npages = len(F.pages)
for pi, blocks in enumerate(F.pages):
    foot = glyph_run(LM, 34, "Comune di Anzi - Delibera di Consiglio Comunale n. 25 del 21/10/2027", "I", 7.5) + "\n" + \
        glyph_run(PW - RM - w("Pag. %d di %d" % (pi + 1, npages), "R", 7.5), 34, "Pag. %d di %d" % (pi + 1, npages), "R", 7.5)
    half = len(blocks) // 2
    # out of reading order: foot first, then the lower half of the page, then the upper half, letterhead last
    order = [foot] + [o for _, o in blocks[half:]] + [o for _, o in blocks[:half]]
    if pi == 0:
        order.append("/XHead Do")
        order.append("q 0 1 -1 0 %.2f %.2f cm /XStamp Do Q" % (40, 300))
    content = "\n".join(order)
    res = Dictionary(Font=fonts, XObject=Dictionary(XHead=x_head, XRoll=x_roll, XSign=x_sign, XStamp=x_stamp))
    page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, PW, PH]),
                      Contents=pdf.make_stream(content.encode("latin-1")), Resources=res)
    pdf.pages.append(pikepdf.Page(page))
pdf.docinfo["/Title"] = "Delibera C.C. n. 25 del 21/10/2027"
pdf.docinfo["/Creator"] = "Halley Informatica - Gestione Atti"
pdf.docinfo["/Producer"] = "pikepdf %s (hand-written content streams)" % pikepdf.__version__
pdf.save(out, compress_streams=True)
