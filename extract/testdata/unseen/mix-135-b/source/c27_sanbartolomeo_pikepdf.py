#!/usr/bin/env python3
"""San Bartolomeo al Mare, Consiglio Comunale n. 27 of 22/11/2028, Sicraweb
house style as its document server re-renders a signed act for the Albo:
content streams written by hand (pikepdf), every glyph of the body placed on
its own with an absolute text matrix and no space characters, the
letterhead and the running head in reused Form XObjects painted after the
body, the blocks of each page painted out of reading order, and the Albo's
publication stamp rotated up the left margin.
Usage: c27_sanbartolomeo_pikepdf.py OUT.pdf"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = 595.28, 841.89
L, R = 62.0, W - 52.0
TW = R - L
FN = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def esc(s):
    b = s.encode("cp1252")
    out = bytearray()
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([ch])
        elif ch < 32 or ch > 126:
            out += b"\\%03o" % ch
        else:
            out.append(ch)
    return out.decode("latin-1")


def sw(s, f, size):
    return stringWidth(s, FN[f], size)


class Block:
    """A list of operators for one region of the page."""
    def __init__(self):
        self.ops = []

    def glyphs(self, x, y, text, f="F1", size=10, wordgap=None):
        """Place each glyph alone (no space characters). WORDGAP, if given,
        is the width used for each space (justification)."""
        self.ops.append(f"BT /{f} {size:g} Tf")
        cx = x
        for ch in text:
            if ch == " ":
                cx += wordgap if wordgap is not None else sw(" ", f, size)
                continue
            self.ops.append(f"1 0 0 1 {cx:.2f} {y:.2f} Tm ({esc(ch)}) Tj")
            cx += sw(ch, f, size)
        self.ops.append("ET")

    def run(self, x, y, text, f="F1", size=10, tc=0):
        """A whole string in one Tj (headings, labels), optionally letter-spaced."""
        self.ops.append(f"BT /{f} {size:g} Tf {tc:g} Tc 1 0 0 1 {x:.2f} {y:.2f} Tm ({esc(text)}) Tj 0 Tc ET")

    def centred(self, y, text, f="F1", size=10, tc=0, x0=L, w=TW):
        wd = sw(text, f, size) + tc * (len(text) - 1)
        self.run(x0 + (w - wd) / 2, y, text, f, size, tc)

    def para(self, y, text, f="F1", size=10, lead=13.2, indent=0, label=None, width=TW):
        words = text.split()
        lines, cur = [], []
        for wd in words:
            if cur and sw(" ".join(cur + [wd]), f, size) > width - indent:
                lines.append(cur); cur = [wd]
            else:
                cur.append(wd)
        lines.append(cur)
        for i, ws in enumerate(lines):
            s = " ".join(ws)
            gap = None
            if i < len(lines) - 1 and len(ws) > 1:
                gap = (width - indent - sw("".join(ws), f, size)) / (len(ws) - 1)
            self.glyphs(L + indent, y, s, f, size, gap)
            if i == 0 and label:
                self.glyphs(L, y, label, f, size)
            y -= lead
        return y

    def raw(self, s):
        self.ops.append(s)

    def data(self):
        return "\n".join(self.ops)


pdf = pikepdf.new()
fonts = Dictionary()
for k, base in FN.items():
    fonts[Name("/" + k)] = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base), Encoding=Name.WinAnsiEncoding))
res_fonts = Dictionary(Font=fonts)


def xobject(content, bbox, matrix=None):
    d = dict(Type=Name.XObject, Subtype=Name.Form, BBox=Array(bbox), Resources=res_fonts)
    if matrix:
        d["Matrix"] = Array(matrix)
    st = pikepdf.Stream(pdf, content.encode("latin-1"))
    for k, v in d.items():
        st[Name("/" + k)] = v
    return pdf.make_indirect(st)


# ---- letterhead (Fm0), reused as drawn on page 1
lh = Block()
lh.raw("0.114 0.247 0.431 RG 0.8 w")
lh.raw(f"{L:.2f} 760 40 50 re S")
lh.raw("0.114 0.247 0.431 rg")
lh.run(L + 9, 782, "STEMMA", "F1", 5.5)
lh.run(L + 52, 792, "COMUNE DI SAN BARTOLOMEO AL MARE", "F2", 12.5)
lh.raw("0 0 0 rg")
lh.run(L + 52, 778, "Provincia di Imperia", "F1", 9.5)
lh.raw(f"1.6 w {L:.2f} 752 m {R:.2f} 752 l S")
FM0 = xobject(lh.data(), [0, 740, W, 820])

# ---- running head for page 2 (Fm1)
rh = Block()
rh.run(L, 805, "COMUNE DI SAN BARTOLOMEO AL MARE", "F2", 8)
rh.run(R - sw("Deliberazione del Consiglio Comunale n. 27 del 22/11/2028", "F1", 8), 805,
       "Deliberazione del Consiglio Comunale n. 27 del 22/11/2028", "F1", 8)
rh.raw(f"0.5 w {L:.2f} 799 m {R:.2f} 799 l S")
FM1 = xobject(rh.data(), [0, 790, W, 815])

# ---- publication stamp (Fm2), rotated up the left margin
st = Block()
st.raw("0.55 0.05 0.05 RG 0.55 0.05 0.05 rg 1 w")
st.raw("0 0 330 30 re S")
st.run(8, 18, "ALBO PRETORIO ON LINE - PUBBLICATA DAL 28/11/2028 AL 13/12/2028", "F2", 7.5)
st.run(8, 7, "Reg. pubbl. n. 731 - Il Responsabile della pubblicazione", "F1", 7)
FM2 = xobject(st.data(), [0, 0, 330, 30], matrix=[0, 1, -1, 0, 40, 300])


def foot(n, tot):
    b = Block()
    b.raw(f"0.4 w {L:.2f} 46 m {R:.2f} 46 l S")
    b.centred(36, f"Delibera C.C. n. 27 del 22/11/2028 - Pagina {n} di {tot}", "F1", 7.5)
    return b


# ================= page 1 =================
head = Block()
# number box
bx = R - 132
head.raw("0.6 w")
for i, (k, v) in enumerate((("Deliberazione n.", "27"), ("Data", "22/11/2028"), ("Ora", "21:00"))):
    yy = 800 - i * 15
    head.raw(f"{bx:.2f} {yy - 4:.2f} 132 15 re S")
    head.run(bx + 4, yy, k, "F1", 8.5)
    head.run(bx + 72, yy, v, "F2", 8.5)
head.centred(716, "CONSIGLIO COMUNALE", "F2", 15, tc=5)
head.centred(700, "Verbale di deliberazione - Adunanza ordinaria di prima convocazione - Seduta pubblica", "F1", 9)
head.raw(f"0.6 w {L:.2f} 688 m {R:.2f} 688 l S")
head.run(L, 675, "Oggetto:", "F2", 10)
subj_y = head.para(675, "Approvazione dell'aggiornamento del Piano comunale di protezione civile ai sensi "
                   "dell'art. 12 del D.Lgs. 2 gennaio 2018, n. 1.", "F2", 10, 13, indent=56)
head.raw(f"0.6 w {L:.2f} {subj_y + 5:.2f} m {R:.2f} {subj_y + 5:.2f} l S")

opening = Block()
y = opening.para(subj_y - 12, "L'anno duemilaventotto, addì ventidue del mese di novembre alle ore 21:00, nella "
                 "sala consiliare del Palazzo Comunale, convocato nei modi di legge con avviso prot. n. 9917 "
                 "del 15/11/2028, si è riunito il Consiglio Comunale in adunanza ordinaria di prima "
                 "convocazione. All'appello nominale risultano:")

roll = Block()
y -= 6
roll.run(L + 10, y, "Sindaco", "F2", 9.5)
y -= 13
roll.glyphs(L + 22, y, "ANFOSSI Davide", "F1", 9.5)
roll.run(L + 190, y, "P", "F1", 9.5)
y -= 17
roll.run(L + 10, y, "Consiglieri", "F2", 9.5)
y -= 13
cons = [("LANTERI Chiara", "P"), ("NOVARO Stefano", "P"), ("GHIGLIONE Paola", "P"), ("REVELLI Giorgio", "P"),
        ("ORENGO Simona", "P"), ("ALLAVENA Luca", "P"), ("GANDOLFO Marisa", "P"), ("BONAVIA Pietro", "P"),
        ("CALVINI Elisa", "A"), ("RAMELLA Franco", "P"), ("SASSO Andrea", "A"), ("BERTONE Giulia", "P")]
for i in range(0, len(cons), 2):
    for k in (0, 1):
        n, pa = cons[i + k]
        x = L + 22 + k * 240
        roll.glyphs(x, y, n, "F1", 9.5)
        roll.run(x + 168, y, pa, "F1", 9.5)
    y -= 13
roll.raw(f"0.4 w {L:.2f} {y + 4:.2f} m {R:.2f} {y + 4:.2f} l S")
y -= 8
roll.run(L + 10, y, "Presenti n. 11 - Assenti n. 2   (P = presente, A = assente)", "F2", 9.5)
y -= 20

body1 = Block()
for t in [
    "Partecipa il Segretario Comunale dott. Marco Rollandi, il quale provvede alla redazione del presente verbale.",
    "Presiede la seduta il Sindaco Sig. Davide Anfossi, il quale, riconosciuto legale il numero degli "
    "intervenuti, dichiara aperta la seduta e pone in discussione l'argomento iscritto al punto 2 "
    "dell'ordine del giorno.",
]:
    y = body1.para(y, t) - 4
body1.centred(y - 4, "IL CONSIGLIO COMUNALE", "F2", 10.5)
y -= 22
for t in [
    "Premesso che l'art. 12 del D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile) attribuisce ai "
    "Comuni la predisposizione dei piani comunali di protezione civile, da approvarsi con deliberazione "
    "consiliare e da aggiornare periodicamente;",
    "Richiamata la propria deliberazione n. 31 del 28/10/2021, con la quale è stato approvato il Piano "
    "comunale di protezione civile vigente;",
    "Considerato che gli eventi meteomarini dell'autunno 2028 e l'aggiornamento delle mappe di pericolosità "
    "del Piano di bacino regionale hanno reso necessario rivedere gli scenari di rischio per mareggiata e "
    "per esondazione del torrente Steria, le aree di attesa e di accoglienza della popolazione e le "
    "procedure di allertamento;",
    "Visto l'aggiornamento del Piano predisposto dall'Area Tecnica con il supporto del Gruppo comunale di "
    "volontariato di protezione civile, composto dalla relazione generale, dagli scenari di rischio, dal "
    "modello di intervento e dalla cartografia, depositato agli atti;",
    "Acquisito il parere favorevole di regolarità tecnica del Responsabile dell'Area Tecnica, geom. Fabio "
    "Moggia, ai sensi dell'art. 49 del D.Lgs. n. 267/2000, dando atto che il provvedimento non comporta "
    "riflessi diretti sulla situazione economico-finanziaria dell'Ente;",
]:
    y = body1.para(y, t) - 4
assert y > 70, y

# ================= page 2 =================
y2 = 770
body2 = Block()
for t in [
    "Udita la relazione del Sindaco e gli interventi dei Consiglieri, come da registrazione della seduta;",
    "Con la seguente votazione, resa per alzata di mano: presenti n. 11, astenuti n. 1 (Ramella), votanti "
    "n. 10, voti favorevoli n. 8, voti contrari n. 2 (Bonavia, Bertone),",
]:
    y2 = body2.para(y2, t) - 4
disp = Block()
disp.centred(y2 - 4, "DELIBERA", "F2", 11, tc=3)
y2 -= 24
for i, t in enumerate([
    "di approvare l'aggiornamento del Piano comunale di protezione civile, nel testo depositato agli atti "
    "dell'Area Tecnica, che sostituisce integralmente il Piano approvato con deliberazione n. 31 del "
    "28/10/2021;",
    "di trasmettere il Piano aggiornato alla Regione Liguria, alla Prefettura - Ufficio Territoriale del "
    "Governo di Imperia e alla Provincia di Imperia, per quanto di competenza;",
    "di disporre la pubblicazione del Piano sul sito istituzionale e la sua divulgazione alla popolazione "
    "mediante incontri informativi e materiale illustrativo.",
], 1):
    y2 = disp.para(y2, t, indent=20, label=f"{i}.") - 4
y2 = disp.para(y2 - 2, "Successivamente, con separata votazione dall'identico esito, il Consiglio Comunale "
               "dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, "
               "comma 4, del D.Lgs. n. 267/2000.") - 10
sig = Block()
sig.glyphs(L, y2, "Letto, confermato e sottoscritto.", "F3", 9.5)
y2 -= 30
for x0, a, b in ((L, "Il Sindaco", "Davide Anfossi"), (L + TW / 2, "Il Segretario Comunale", "dott. Marco Rollandi")):
    sig.centred(y2, a, "F2", 10, x0=x0, w=TW / 2)
    sig.centred(y2 - 14, b, "F1", 10, x0=x0, w=TW / 2)
    sig.centred(y2 - 26, "(firmato digitalmente)", "F3", 7.5, x0=x0, w=TW / 2)
y2 -= 60
sig.para(y2, "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate, "
         "che sostituisce il documento cartaceo e la firma autografa.", "F3", 7.5, 10)

DO = lambda n: f"q 1 0 0 1 0 0 cm /{n} Do Q"
# painting order: foot, body, roll, opening, head, letterhead, stamp
p1 = "\n".join([foot(1, 2).data(), body1.data(), roll.data(), opening.data(), head.data(), DO("Fm0"), DO("Fm2")])
p2 = "\n".join([foot(2, 2).data(), sig.data(), disp.data(), body2.data(), DO("Fm1"), DO("Fm2")])
for content in (p1, p2):
    page = pikepdf.Page(Dictionary(
        Type=Name.Page, MediaBox=Array([0, 0, W, H]),
        Resources=Dictionary(Font=fonts, XObject=Dictionary(Fm0=FM0, Fm1=FM1, Fm2=FM2)),
        Contents=pdf.make_stream(content.encode("latin-1"))))
    pdf.pages.append(page)
pdf.docinfo[Name.Producer] = "Sicraweb Document Server 6.4 (pdf renderer)"
pdf.docinfo[Name.Title] = "Deliberazione del Consiglio Comunale n. 27 del 22/11/2028"
pdf.save(OUT, compress_streams=True)
