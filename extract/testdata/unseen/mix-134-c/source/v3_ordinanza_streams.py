#!/usr/bin/env python3
"""Villa Estense, ordinanza n. 41/2028 of the Area Vigilanza (house style
"Civilia Next", as its report engine prints it).

Content streams written by hand and assembled with pikepdf:
- the premises are drawn one glyph at a time (a Tm and a Tj per glyph, no
  space characters, justified by moving the words apart);
- the dispositivo lines are whole strings justified with Tw, the headings
  letter-spaced with Tc;
- the letterhead with the register box is a Form XObject drawn at the END of
  page 1's stream, the signature block a Form XObject drawn at the START of
  the last page's stream, the running head of page 2 a third Form XObject.
Usage: v3_ordinanza_streams.py OUTPUT.pdf
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 56.7, 56.7
TW = W - LM - RM
FONTS = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"}


def esc(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        c = chr(ch)
        if c in "()\\":
            out.append("\\" + c)
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(c)
    return "".join(out)


def sw(s, f, size):
    return stringWidth(s, FONTS[f], size)


def wrap(text, f, size, width):
    words, lines, cur = text.split(), [], []
    for w_ in words:
        trial = " ".join(cur + [w_])
        if cur and sw(trial, f, size) > width:
            lines.append(cur)
            cur = [w_]
        else:
            cur.append(w_)
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.ops = []

    def glyph_line(self, words, f, size, x, y, width, justify):
        """one glyph at a time; the gaps between words carry the justification"""
        natural = sum(sw(w_, f, size) for w_ in words)
        gaps = len(words) - 1
        space = sw(" ", f, size)
        gap = (width - natural) / gaps if (justify and gaps) else space
        self.ops.append("BT /%s %.1f Tf" % (f, size))
        cx = x
        for w_ in words:
            for ch in w_:
                self.ops.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (cx, y, esc(ch)))
                cx += sw(ch, f, size)
            cx += gap
        self.ops.append("ET")

    def tw_line(self, words, f, size, x, y, width, justify):
        """a whole line in one string, justified with Tw"""
        s = " ".join(words)
        tw = 0.0
        if justify and len(words) > 1:
            tw = (width - sw(s, f, size)) / (len(words) - 1)
        self.ops.append("BT /%s %.1f Tf %.3f Tw %.2f %.2f Td (%s) Tj 0 Tw ET" % (f, size, tw, x, y, esc(s)))

    def spaced(self, s, f, size, y, tc):
        width = sw(s, f, size) + tc * (len(s) - 1)
        x = (W - width) / 2
        self.ops.append("BT /%s %.1f Tf %.2f Tc %.2f %.2f Td (%s) Tj 0 Tc ET" % (f, size, tc, x, y, esc(s)))

    def text(self, s, f, size, x, y):
        self.ops.append("BT /%s %.1f Tf %.2f %.2f Td (%s) Tj ET" % (f, size, x, y, esc(s)))


pages = [Page()]
y = H - 190
BOTTOM = 66


def need(h):
    global y
    if y - h < BOTTOM:
        pages.append(Page())
        y = H - 80


def para(text, f="R", size=10, lead=12.4, indent=0, hang=0, mode="glyph", lead_word=None, after=4):
    """lead_word: bold words drawn before the paragraph (glyph mode only)"""
    global y
    lines = wrap(text, f, size, TW - indent - hang)
    for i, ln in enumerate(lines):
        need(lead)
        last = i == len(lines) - 1
        x = LM + indent + (0 if i == 0 else hang)
        width = TW - indent - (0 if i == 0 else hang)
        pg = pages[-1]
        if mode == "glyph":
            if i == 0 and lead_word:
                n = len(lead_word.split())
                bold, rest = ln[:n], ln[n:]
                # bold words then regular, one justified line
                natural = sum(sw(w_, "B", size) for w_ in bold) + sum(sw(w_, f, size) for w_ in rest)
                gaps = len(ln) - 1
                gap = (width - natural) / gaps if (gaps and not last) else sw(" ", f, size)
                cx = x
                for k, w_ in enumerate(ln):
                    ff = "B" if k < n else f
                    pg.ops.append("BT /%s %.1f Tf" % (ff, size))
                    for ch in w_:
                        pg.ops.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (cx, y, esc(ch)))
                        cx += sw(ch, ff, size)
                    pg.ops.append("ET")
                    cx += gap
            else:
                pg.glyph_line(ln, f, size, x, y, width, not last)
        else:
            pg.tw_line(ln, f, size, x, y, width, not last)
        y -= lead
    y -= after


# ------------------------------------------------------------------ body
SUBJ = ("Regolamentazione temporanea della circolazione e della sosta in Piazza Italia, Via Roma e Via Papa "
        "Giovanni XXIII in occasione della manifestazione \"Festa d'Autunno\" del 21 e 22 ottobre 2028.")
pg = pages[0]
pg.text("OGGETTO:", "B", 10, LM, y)
para(SUBJ, f="B", indent=62, mode="tw", after=10)
need(30)
pages[-1].spaced("IL RESPONSABILE DELL'AREA VIGILANZA", "B", 10.5, y, 1.2)
y -= 20
for lw, t in [
    ("Vista", "Vista la richiesta presentata in data 28/09/2028, acquisita al protocollo comunale al n. 6311, "
     "dall'Associazione Pro Loco di Villa Estense, intesa ad ottenere la chiusura al traffico di Piazza Italia "
     "e di Via Roma per lo svolgimento della manifestazione \"Festa d'Autunno\", con stand gastronomici, "
     "mercatino dell'artigianato e spettacoli musicali;"),
    ("Vista", "Vista la deliberazione della Giunta Comunale n. 74 del 05/10/2028, con la quale è stato concesso il "
     "patrocinio comunale alla manifestazione;"),
    ("Ritenuto", "Ritenuto necessario, al fine di garantire la sicurezza e la fluidità della circolazione e "
     "l'incolumità dei partecipanti, adottare provvedimenti temporanei di limitazione del traffico veicolare "
     "e della sosta nelle vie interessate;"),
    ("Visti", "Visti gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo "
     "Regolamento di esecuzione e di attuazione approvato con D.P.R. 16 dicembre 1992, n. 495;"),
    ("Visto", "Visto l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;"),
    ("Visto", "Visto il decreto del Sindaco n. 4 del 02/01/2028 di nomina del Responsabile dell'Area Vigilanza;"),
]:
    para(t, lead_word=lw)
y -= 4
need(28)
pages[-1].spaced("ORDINA", "B", 11, y, 5)
y -= 18
para("dalle ore 14:00 di sabato 21 ottobre 2028 alle ore 24:00 di domenica 22 ottobre 2028:", mode="tw")
for i, t in enumerate([
    "il divieto di transito e di sosta con rimozione forzata di tutti i veicoli in Piazza Italia e in Via Roma, "
    "nel tratto compreso tra l'intersezione con Via Papa Giovanni XXIII e l'intersezione con Via Vittorio Veneto;",
    "l'istituzione del senso unico alternato, regolato da movieri, in Via Papa Giovanni XXIII, nel tratto "
    "compreso tra il civico n. 2 e il civico n. 40;",
    "la deviazione dei veicoli provenienti da Este e diretti verso Sant'Urbano lungo Via Vittorio Veneto e "
    "Via Stazione, con apposita segnaletica di preavviso;",
    "che i divieti non si applichino ai veicoli di soccorso, delle Forze dell'Ordine, della Polizia Locale e "
    "ai mezzi degli organizzatori muniti di contrassegno rilasciato dal Comune.",
], 1):
    need(14)
    pages[-1].text("%d." % i, "R", 10, LM + 6, y)
    para(t, indent=22, mode="tw")
y -= 4
for lw, t in [
    ("DISPONE", "DISPONE che l'Associazione Pro Loco di Villa Estense provveda, a propria cura e spese, "
     "all'apposizione della prescritta segnaletica stradale almeno 48 ore prima dell'inizio dei divieti e alla sua "
     "rimozione al termine della manifestazione, e che la Polizia Locale e gli altri organi di cui all'art. 12 del "
     "D.Lgs. 285/1992 siano incaricati di far rispettare la presente ordinanza."),
    ("AVVERTE", "AVVERTE che avverso il presente provvedimento è ammesso ricorso al T.A.R. del Veneto entro 60 "
     "giorni dalla pubblicazione, ovvero, entro lo stesso termine, ricorso al Ministero delle Infrastrutture e dei "
     "Trasporti ai sensi dell'art. 37, comma 3, del D.Lgs. 285/1992."),
]:
    para(t, lead_word=lw)
y -= 6
need(80)
pages[-1].text("Villa Estense, 12/10/2028", "R", 10, LM, y)
SIG_Y = y - 22

# ------------------------------------------------------------------ XObjects
pdf = pikepdf.Pdf.new()
fonts = Dictionary({"/" + k: pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                           BaseFont=Name("/" + v),
                                                           Encoding=Name.WinAnsiEncoding))
                    for k, v in FONTS.items()})


def form(ops, bbox=(0, 0, W, H)):
    return pdf.make_stream("\n".join(ops).encode("latin-1"), Type=Name.XObject, Subtype=Name.Form,
                           BBox=Array(list(bbox)), Resources=Dictionary(Font=fonts))


lh = ["q 0.122 0.231 0.388 RG 0.8 w",
      # crest
      "0.914 0.933 0.961 rg %.1f %.1f m %.1f %.1f l %.1f %.1f l %.1f %.1f %.1f %.1f %.1f %.1f c "
      "%.1f %.1f %.1f %.1f %.1f %.1f c h B" % (LM, H - 52, LM + 40, H - 52, LM + 40, H - 82, LM + 40, H - 96,
                                               LM + 26, H - 101, LM + 20, H - 104, LM + 14, H - 101, LM,
                                               H - 96, LM, H - 82),
      "0.122 0.231 0.388 rg %.1f %.1f 22 17 re f" % (LM + 9, H - 76),
      "Q",
      "BT 0.122 0.231 0.388 rg /B 15 Tf %.1f %.1f Td (COMUNE DI VILLA ESTENSE) Tj ET" % (LM + 52, H - 62),
      "BT 0 g /R 9 Tf %.1f %.1f Td (Provincia di Padova) Tj ET" % (LM + 52, H - 76),
      "BT /R 7.5 Tf %.1f %.1f Td (%s) Tj ET" % (LM + 52, H - 89,
                                                esc("Piazza Italia, 1 - 35040 Villa Estense (PD) - C.F. 82006150289")),
      "BT /R 7.5 Tf %.1f %.1f Td (%s) Tj ET" % (LM + 52, H - 99,
                                                esc("Tel. 0429 91118 - PEC: comune.villaestense.pd@pecveneto.it")),
      ]
bx, by, bw, bh = W - RM - 165, H - 113, 165, 68
lh += ["q 0.122 0.231 0.388 RG 0.8 w %.1f %.1f %.1f %.1f re S" % (bx, by, bw, bh),
       "0.122 0.231 0.388 rg %.1f %.1f %.1f 18 re f Q" % (bx, by + bh - 18, bw),
       "BT 1 g /B 9 Tf %.1f %.1f Td (ORDINANZA) Tj ET" % (bx + 55, by + bh - 13),
       "BT 0 g /R 8.5 Tf %.1f %.1f Td (Ord. n.) Tj ET" % (bx + 8, by + 34),
       "BT /B 9 Tf %.1f %.1f Td (41/2028) Tj ET" % (bx + 68, by + 34),
       "BT /R 8.5 Tf %.1f %.1f Td (Data) Tj ET" % (bx + 8, by + 21),
       "BT /B 9 Tf %.1f %.1f Td (12/10/2028) Tj ET" % (bx + 68, by + 21),
       "BT /R 8.5 Tf %.1f %.1f Td (Prot. n.) Tj ET" % (bx + 8, by + 8),
       "BT /R 9 Tf %.1f %.1f Td (6977) Tj ET" % (bx + 68, by + 8),
       # organ band
       "q 0.914 0.933 0.961 rg %.1f %.1f %.1f 30 re f Q" % (LM, H - 158, TW),
       "BT 0.122 0.231 0.388 rg /B 10 Tf %.1f %.1f Td (AREA VIGILANZA) Tj ET" % (LM + 8, H - 141),
       "BT 0 g /R 8.5 Tf %.1f %.1f Td (Servizio Polizia Locale) Tj ET" % (LM + 8, H - 153),
       "BT /R 8 Tf %.1f %.1f Td (%s) Tj ET" % (W - RM - 8 - sw("Resp. del procedimento: Isp. Giulia Callegaro", "R", 8),
                                             H - 153, esc("Resp. del procedimento: Isp. Giulia Callegaro")),
       ]
LH = form(lh)

rh = ["BT /I 8 Tf %.1f %.1f Td (Comune di Villa Estense - Area Vigilanza) Tj ET" % (LM, H - 40),
      "BT /I 8 Tf %.1f %.1f Td (%s) Tj ET" % (W - RM - sw("Ordinanza n. 41/2028 del 12/10/2028", "I", 8), H - 40,
                                              esc("Ordinanza n. 41/2028 del 12/10/2028")),
      "q 0.4 w %.1f %.1f m %.1f %.1f l S Q" % (LM, H - 45, W - RM, H - 45)]
RH = form(rh)

cx = W - RM - 120
sg = []
for s, f, size, dy in [("IL RESPONSABILE DELL'AREA VIGILANZA", "B", 9.5, 0),
                       ("Comandante della Polizia Locale", "R", 9.5, 13),
                       ("Comm. Luca Schiavon", "R", 10, 30),
                       ("(firmato digitalmente ai sensi del D.Lgs. 82/2005)", "I", 7.5, 44)]:
    sg.append("BT /%s %.1f Tf %.2f %.2f Td (%s) Tj ET" % (f, size, cx - sw(s, f, size) / 2, SIG_Y - dy, esc(s)))
SG = form(sg)

n = len(pages)
for i, p in enumerate(pages, 1):
    foot = ["q 0.4 w %.1f 52 m %.1f 52 l S Q" % (LM, W - RM),
            "BT /R 7.5 Tf %.1f 40 Td (%s) Tj ET" % (LM, esc("Civilia Next - Atti amministrativi | Ordinanza n. 41/2028 "
                                                          "del 12/10/2028 - Area Vigilanza")),
            "BT /R 7.5 Tf %.1f 40 Td (Pag. %d di %d) Tj ET" % (W - RM - 40, i, n)]
    ops = []
    if i == n:
        ops.append("/SG Do")
    # the footer goes in the middle of the stream, between two text objects
    k = len(p.ops) // 2
    while not p.ops[k - 1].endswith("ET"):
        k += 1
    ops += p.ops[:k] + foot + p.ops[k:]
    if i == 1:
        ops.append("/LH Do")
    else:
        ops.insert(0, "/RH Do")
    res = Dictionary(Font=fonts, XObject=Dictionary(LH=LH, SG=SG, RH=RH))
    page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Resources=res,
                      Contents=pdf.make_stream("\n".join(ops).encode("latin-1")))
    pdf.pages.append(pikepdf.Page(page))

pdf.docinfo["/Title"] = "Ordinanza n. 41/2028"
pdf.docinfo["/Creator"] = "Civilia Next - Stampe atti"
pdf.docinfo["/Producer"] = "pikepdf %s (content streams written by hand)" % pikepdf.__version__
pdf.save(OUT)
