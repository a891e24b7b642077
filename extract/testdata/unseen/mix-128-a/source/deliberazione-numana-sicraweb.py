#!/usr/bin/env python3
"""Numana: Giunta deliberation in the Sicraweb-like layout, its content streams
written by hand and assembled with pikepdf, the way report engines write them:
- body text placed one glyph at a time (a Tm and a Tj per glyph, no space characters),
  justified by spreading the word gaps;
- the title letter-spaced with Tc in a single Tj;
- letterhead, running head and signature block in Form XObjects; the running
  foot is painted first, the letterhead last, the signatures before the body of
  page 2 (content out of reading order);
- the Albo's publication stamp rotated up the left margin.
Standard 14 fonts with WinAnsiEncoding, widths from ReportLab's AFM metrics."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-numana-sicraweb.pdf"
W, H = 595.28, 841.89
LM, RM = 70.0, 530.0
FONTS = {"TR": "Times-Roman", "TB": "Times-Bold", "TI": "Times-Italic", "HV": "Helvetica", "HB": "Helvetica-Bold"}


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def sw(s, f, size):
    return stringWidth(s, FONTS[f], size)


class Stream:
    def __init__(self):
        self.ops = []

    def raw(self, s):
        self.ops.append(s.encode("latin-1") if isinstance(s, str) else s)

    def text_run(self, x, y, s, f, size, tc=0.0):
        """whole string in one Tj (used for headings, letterhead, stamp)."""
        self.raw("BT /%s %.1f Tf %.2f Tc 1 0 0 1 %.2f %.2f Tm (" % (f, size, tc, x, y))
        self.raw(esc(s))
        self.raw(") Tj ET\n")

    def glyphs(self, x, y, words, f, size, gap):
        """place every glyph by itself; words separated by `gap` points, no space glyphs."""
        self.raw("BT /%s %.1f Tf\n" % (f, size))
        cx = x
        for wi, w in enumerate(words):
            for ch in w:
                self.raw("1 0 0 1 %.2f %.2f Tm (" % (cx, y))
                self.raw(esc(ch))
                self.raw(") Tj\n")
                cx += sw(ch, f, size)
            cx += gap
        self.raw("ET\n")

    def bytes(self):
        return b"".join(self.ops)


def wrap(text, f, size, width, first_indent=0.0):
    words = text.split()
    lines, cur = [], []
    avail = width - first_indent
    for w in words:
        trial = cur + [w]
        if cur and sw(" ".join(trial), f, size) > avail:
            lines.append(cur)
            cur = [w]
            avail = width
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


class Layout:
    def __init__(self):
        self.pages = [Stream()]
        self.y = 0
        self.top = [612.0, 770.0]
        self.bottom = 78.0
        self.y = self.top[0]

    @property
    def s(self):
        return self.pages[-1]

    def need(self, h):
        if self.y - h < self.bottom:
            self.pages.append(Stream())
            self.y = self.top[1]

    def para(self, text, f="TR", size=11, lead=14.2, indent=0.0, hang=None, justify=True, after=5.0, center=False, label=None):
        x0 = LM + indent
        width = RM - x0
        lines = wrap(text, f, size, width)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            natural = sum(sw(w, f, size) for w in ln)
            space = sw(" ", f, size)
            if center:
                tot = natural + space * (len(ln) - 1)
                self.s.glyphs(LM + (RM - LM - tot) / 2, self.y, ln, f, size, space)
                continue
            gap = space
            if justify and i < len(lines) - 1 and len(ln) > 1:
                gap = (width - natural) / (len(ln) - 1)
            if i == 0 and label:
                self.s.glyphs(LM + (hang or 0), self.y, [label], f, size, 0)
            self.s.glyphs(x0, self.y, ln, f, size, gap)
        self.y -= after

    def space(self, h):
        self.y -= h


L = Layout()
s = L.s
# page 1 -- running foot painted first
foot1 = Stream()
# header block (in reading order, after the foot)
s.text_run(466, 742, "ORIGINALE", "HB", 9)
title = "DELIBERAZIONE DELLA GIUNTA COMUNALE"
tw = sw(title, "TB", 13) + 2.2 * (len(title) - 1)
s.text_run((W - tw) / 2, 690, title, "TB", 13, 2.2)
s.raw("0.6 w %.2f 650 m %.2f 650 l %.2f 674 l %.2f 674 l h S\n" % (LM, RM, RM, LM))
s.raw("%.2f 650 m %.2f 674 l S\n" % (300, 300))
s.glyphs(LM + 8, 658, ["Numero"], "HV", 10, 0)
s.glyphs(LM + 90, 658, ["52"], "HB", 11, 0)
s.glyphs(308, 658, ["Data"], "HV", 10, 0)
s.glyphs(380, 658, ["20/04/2028"], "HB", 11, 0)
L.y = 640
subject = ("APPROVAZIONE DEL DOCUMENTO DI INDIRIZZO ALLA PROGETTAZIONE DEGLI INTERVENTI DI DIFESA DELLA COSTA NEL "
           "LITORALE DI MARCELLI E RICHIESTA DI CONTRIBUTO ALLA REGIONE MARCHE")
L.s.glyphs(LM, L.y - 13, ["Oggetto:"], "HB", 10.5, 0)
L.para(subject, f="TB", size=11, lead=14, indent=58, after=4)
L.s.raw("0.4 w %.2f %.2f m %.2f %.2f l S\n" % (LM, L.y, RM, L.y))
L.space(8)
L.para("L'anno duemilaventotto il giorno venti del mese di aprile alle ore 12:15 nella Residenza Municipale, convocata nei "
       "modi di legge, si è riunita la Giunta Comunale. Alla trattazione dell'argomento in oggetto risultano:")
# roll
roll = [("CARLONI Tiziano", "Sindaco", "Presente"), ("PIERANTONI Elisa", "Vice Sindaco", "Presente"),
        ("BALDONI Luca", "Assessore", "Assente"), ("MARINELLI Sara", "Assessore", "Presente"),
        ("GIACCAGLIA Fabio", "Assessore", "Presente")]
cols = [LM + 30, LM + 200, LM + 330]
L.y -= 14
for c, h in zip(cols, ["Cognome e nome", "Qualifica", "Presenza"]):
    L.s.glyphs(c, L.y, h.split(), "HB", 9.5, sw(" ", "HB", 9.5))
L.s.raw("0.4 w %.2f %.2f m %.2f %.2f l S\n" % (LM + 26, L.y - 4, LM + 400, L.y - 4))
for row in roll:
    L.y -= 14
    for c, v in zip(cols, row):
        L.s.glyphs(c, L.y, v.split(), "TR", 10.5, sw(" ", "TR", 10.5))
L.y -= 18
L.s.glyphs(LM + 30, L.y, "Presenti n. 4 Assenti n. 1".split(), "TB", 10.5, sw(" ", "TB", 10.5))
L.y -= 8
L.para("Partecipa il Segretario Comunale dott.ssa Roberta Cingolani. Constatato il numero legale degli intervenuti, assume "
       "la presidenza il dott. Tiziano Carloni nella sua qualità di Sindaco, che dichiara aperta la seduta e invita la Giunta "
       "a deliberare sull'argomento in oggetto.")
L.space(4)
L.para("LA GIUNTA COMUNALE", f="TB", center=True, after=6)
for t in [
    "Vista la proposta di deliberazione n. 66 del 14/04/2028 del Settore III – Tecnico Lavori Pubblici, allegata al presente "
    "atto quale parte integrante e sostanziale;",
    "Premesso che il litorale di Marcelli, nel tratto compreso tra la foce del fosso Boranico e il confine con il Comune di "
    "Sirolo, è interessato da un marcato fenomeno di arretramento della linea di riva, documentato dai rilievi "
    "topo-batimetrici eseguiti nel 2027, che compromette la fruibilità degli arenili e la sicurezza del lungomare;",
    "Considerato che la Regione Marche, con decreto del dirigente del Settore Difesa del Suolo e della Costa n. 96 del "
    "18/03/2028, ha approvato l'avviso per il finanziamento di interventi di difesa della costa, con scadenza per la "
    "presentazione delle domande fissata al 30/04/2028;",
    "Visto il documento di indirizzo alla progettazione predisposto dal Settore III ai sensi dell'art. 3 dell'allegato I.7 "
    "al D.Lgs. 31 marzo 2023, n. 36, che prevede un importo complessivo dell'intervento di € 780.000,00;",
    "Acquisiti i pareri favorevoli di regolarità tecnica del Responsabile del Settore III, ing. Matteo Bordoni, e di "
    "regolarità contabile del Responsabile del Settore II, dott. Giorgio Sampaolesi, ai sensi dell'art. 49 del D.Lgs. "
    "18 agosto 2000, n. 267;",
    "Con voti unanimi favorevoli, resi nelle forme di legge;",
]:
    L.para(t)
L.space(4)
L.need(30)
L.para("DELIBERA", f="TB", center=True, after=6)
pts = [
    "di approvare il documento di indirizzo alla progettazione degli interventi di difesa della costa nel litorale di "
    "Marcelli, predisposto dal Settore III – Tecnico Lavori Pubblici, per un importo complessivo di € 780.000,00;",
    "di autorizzare il Sindaco a presentare alla Regione Marche domanda di contributo per un importo di € 650.000,00, "
    "pari all'83,33% del costo complessivo dell'intervento;",
    "di dare atto che la quota di cofinanziamento comunale, pari a € 130.000,00, trova copertura al capitolo 2810/4 del "
    "bilancio di previsione 2028–2030, annualità 2029;",
    "di nominare Responsabile Unico del Progetto l'ing. Matteo Bordoni, Responsabile del Settore III.",
]
for i, t in enumerate(pts, 1):
    L.para(t, indent=22, hang=4, label="%d)" % i)
L.space(4)
L.para("Inoltre, stante l'urgenza di rispettare il termine fissato dall'avviso regionale, con separata votazione unanime, "
       "la Giunta Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
       "D.Lgs. 18 agosto 2000, n. 267.")
sig_y = L.y - 20

# Form XObjects
def xobj(pdf, content, bbox, res):
    st = pikepdf.Stream(pdf, content)
    st.Type = Name.XObject
    st.Subtype = Name.Form
    st.BBox = Array(bbox)
    st.Resources = res
    return st

pdf = pikepdf.new()
fonts = Dictionary({"/" + k: pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                                        Encoding=Name.WinAnsiEncoding)) for k, v in FONTS.items()})
res_f = Dictionary(Font=fonts)

lh = Stream()
# crest: shield with waves and a star
lh.raw("q 0.11 0.31 0.54 RG 0.85 0.9 0.96 rg 1.3 w 70 800 m 110 800 l 110 770 l 110 752 98 745 90 742 c 82 745 70 752 70 770 c h B\n")
lh.raw("0.11 0.31 0.54 RG 1.2 w 74 763 m 82 768 90 758 98 763 c 102 766 106 764 106 764 c S 74 756 m 82 761 90 751 98 756 c 102 759 106 757 106 757 c S\n")
lh.raw("0.88 0.7 0.23 rg 90 790 m 93 782 l 101 782 l 95 777 l 97 769 l 90 774 l 83 769 l 85 777 l 79 782 l 87 782 l h f Q\n")
lh.text_run(122, 785, "COMUNE DI NUMANA", "TB", 21)
lh.text_run(122, 768, "Provincia di Ancona", "TR", 11.5)
lh.text_run(122, 755, "Piazza del Santuario, 24 – 60026 Numana (AN) – C.F. 00379720420", "TR", 8.5)
lh.raw("0.11 0.31 0.54 RG 1.4 w 70 735 m 530 735 l S\n")
X_lh = pdf.make_indirect(xobj(pdf, lh.bytes(), [60, 730, 540, 805], res_f))

rh = Stream()
rh.text_run(70, 808, "Comune di Numana", "HV", 8)
t = "Deliberazione di Giunta Comunale n. 52 del 20/04/2028"
rh.text_run(530 - sw(t, "HV", 8), 808, t, "HV", 8)
rh.raw("0.5 w 70 803 m 530 803 l S\n")
X_rh = pdf.make_indirect(xobj(pdf, rh.bytes(), [60, 798, 540, 818], res_f))

sg = Stream()
sg.text_run(70, 0, "Letto, approvato e sottoscritto.", "TR", 11)
for x, a, b in [(120, "IL SINDACO", "dott. Tiziano Carloni"), (360, "IL SEGRETARIO COMUNALE", "dott.ssa Roberta Cingolani")]:
    sg.text_run(x + (130 - sw(a, "TB", 10.5)) / 2 - 30, -26, a, "TB", 10.5)
    sg.text_run(x + (130 - sw(b, "TR", 10.5)) / 2 - 30, -40, b, "TR", 10.5)
    sg.text_run(x + (130 - sw("(firmato digitalmente)", "TI", 8.5)) / 2 - 30, -52, "(firmato digitalmente)", "TI", 8.5)
X_sg = pdf.make_indirect(xobj(pdf, sg.bytes(), [60, -60, 540, 14], res_f))

st = Stream()
stamp = "PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 21/04/2028 AL 06/05/2028 – REG. PUBBL. N. 412"
st.raw("q 0.55 0.1 0.1 rg 0.55 0.1 0.1 RG 0.8 w -4 -6 m %.2f -6 l %.2f 13 l -4 13 l h S\n" % (sw(stamp, "HB", 8) + 4, sw(stamp, "HB", 8) + 4))
st.text_run(0, 0, stamp, "HB", 8)
st.raw("Q\n")
X_st = pdf.make_indirect(xobj(pdf, st.bytes(), [-6, -8, 420, 15], res_f))

xres = Dictionary(Font=fonts, XObject=Dictionary(Lh=X_lh, Rh=X_rh, Sg=X_sg, St=X_st))
n = len(L.pages)
for i, body in enumerate(L.pages, 1):
    c = Stream()
    ft = "Delib. G.C. n. 52 del 20/04/2028 – Pag. %d di %d" % (i, n)
    c.raw("0.4 w 70 58 m 530 58 l S\n")
    c.text_run(70, 46, "Documento informatico firmato digitalmente", "HV", 7.5)
    c.text_run(530 - sw(ft, "HV", 7.5), 46, ft, "HV", 7.5)
    if i == n:
        # signatures painted before the body text they follow
        c.raw("q 1 0 0 1 0 %.2f cm /Sg Do Q\n" % sig_y)
    c.raw(body.bytes())
    if i > 1:
        c.raw("/Rh Do\n")
    else:
        c.raw("/Lh Do\n")
        c.raw("q 0 1 -1 0 42 150 cm /St Do Q\n")
    pg = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Resources=xres,
                                 Contents=pdf.make_stream(c.bytes())))
    pdf.pages.append(pg)
pdf.docinfo[Name.Title] = "Deliberazione di Giunta Comunale n. 52 del 20/04/2028"
pdf.docinfo[Name.Creator] = "Sicraweb - Atti Amministrativi"
pdf.docinfo[Name.Producer] = "hand-written content streams (pikepdf %s)" % pikepdf.__version__
pdf.save(out, compress_streams=True)
