# Vico del Gargano: ordinanza sindacale written as a raw PDF by a small in-house writer (no PDF library):
# standard 14 fonts (WinAnsiEncoding), every glyph in its own BT/Tm/Tj/ET, no space glyphs, lines justified
# by moving glyphs, and the page's glyphs written in REVERSE reading order (last glyph first).
# ReportLab is used only to read the standard font metrics (AFM widths).
import sys, textwrap, zlib
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = 595.28, 841.89
FONTS = {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic", "H": "Helvetica-Bold"}
pages = []          # list of lists of (font, size, x, y, ch)
graphics = []       # per page: extra drawing ops
cur = []; gr = []
y = H - 60
def newpage():
    global cur, gr, y
    if cur: pages.append(cur); graphics.append(gr)
    cur = []; gr = []; y = H - 60
def put(s, f, sz, x, yy, spread=None):
    # spread: total width to justify to (distribute extra space over the gaps between words)
    words = s.split(" ")
    nat = stringWidth(s, FONTS[f], sz)
    gap_extra = 0
    if spread and len(words) > 1: gap_extra = (spread - nat) / (len(words) - 1)
    xx = x
    for wi, w in enumerate(words):
        for ch in w:
            cur.append((f, sz, xx, yy, ch)); xx += stringWidth(ch, FONTS[f], sz)
        xx += stringWidth(" ", FONTS[f], sz) + gap_extra
def center(s, f, sz, dy):
    global y
    put(s, f, sz, (W - stringWidth(s, FONTS[f], sz)) / 2, y); y -= dy
LM, RM = 70, W - 65
def para(s, f="R", sz=11, lead=14.2, indent=0, justify=True, after=4):
    global y
    width = RM - LM - indent
    words = s.split(); lines = []; line = []
    for w in words:
        t = " ".join(line + [w])
        if stringWidth(t, FONTS[f], sz) > width and line: lines.append(" ".join(line)); line = [w]
        else: line.append(w)
    lines.append(" ".join(line))
    for i, l in enumerate(lines):
        if y < 80: newpage()
        last = i == len(lines) - 1
        put(l, f, sz, LM + indent, y, None if (last or not justify) else width); y -= lead
    y -= after
def item(n, s):
    global y
    put(n, "B", 11, LM, y); para(s, indent=22)
# ---- content
center("COMUNE DI VICO DEL GARGANO", "H", 16, 17)
center("Provincia di Foggia", "I", 11, 13)
center("Parco Nazionale del Gargano", "I", 9.5, 12)
gr.append("0.6 w %.1f %.1f m %.1f %.1f l S" % (LM, y + 4, RM, y + 4)); y -= 22
center("ORDINANZA SINDACALE N. 31 DEL 10/07/2026", "B", 13, 20)
put("OGGETTO:", "B", 11, LM, y)
y0 = y
subj = "Divieto di accensione di fuochi, di barbecue e di lancio di lanterne volanti nelle aree boscate e rurali del territorio comunale e nella Foresta Umbra per la stagione estiva 2026 a tutela della pubblica incolumità."
old = LM
globals()["LM"] = LM + 62
para(subj, f="B", sz=11, after=10)
globals()["LM"] = old
center("IL SINDACO", "B", 12, 18)
for p in [
 "PREMESSO che con decreto del Presidente della Giunta Regionale della Puglia è stato dichiarato lo stato di grave pericolosità per gli incendi boschivi dal 15 giugno al 15 settembre 2026;",
 "CONSIDERATO che il territorio comunale comprende ampie superfici boscate, in parte ricadenti nella Foresta Umbra, e aree agricole a ridosso dei centri abitati e delle località costiere di San Menaia e Calenella, frequentate nel periodo estivo da un elevato numero di turisti;",
 "RILEVATO che nelle scorse stagioni si sono verificati incendi di interfaccia originati da fuochi accesi per la cottura di cibi e da lanterne volanti lanciate in occasione di feste private;",
 "RITENUTO necessario adottare misure a tutela della pubblica incolumità e del patrimonio boschivo;",
 "VISTI gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, la Legge 21 novembre 2000, n. 353 e la Legge Regionale 12 dicembre 2016, n. 38;",
]: para(p)
y -= 4
center("O R D I N A", "B", 12, 18)
item("1.", "dal 15 luglio al 15 settembre 2026 è vietato accendere fuochi di qualsiasi genere, compresi barbecue e bracieri, nelle aree boscate, nei terreni agricoli e negli incolti, nonché a distanza inferiore a 200 metri da essi;")
item("2.", "è vietato in tutto il territorio comunale il lancio di lanterne volanti e di qualsiasi altro dispositivo a fiamma libera;")
item("3.", "i proprietari e i conduttori dei terreni incolti confinanti con strade, abitazioni e strutture turistiche devono provvedere entro il 20 luglio 2026 alla pulizia dei fondi e alla realizzazione di una fascia di protezione priva di vegetazione secca di almeno 10 metri;")
item("4.", "le violazioni sono punite con la sanzione amministrativa pecuniaria da euro 100,00 a euro 500,00, salvo che il fatto costituisca reato.")
para("La Polizia Locale, il Corpo dei Carabinieri Forestali e le altre Forze dell'Ordine sono incaricati della vigilanza sul rispetto della presente ordinanza, che è pubblicata all'Albo Pretorio on line e trasmessa alla Prefettura di Foggia e all'Ente Parco Nazionale del Gargano.")
para("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Puglia entro 60 giorni o, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.")
y -= 8
put("Dalla Residenza Municipale, 10 luglio 2026", "R", 11, LM, y); y -= 30
put("IL SINDACO", "B", 11, RM - 150, y); y -= 15
put("Avv. Matteo Delli Muti", "R", 11, RM - 160, y); y -= 12
put("(firmato digitalmente)", "I", 9, RM - 150, y)
newpage()
# ---- writer
def esc(ch):
    b = ch.encode("cp1252")[0]
    return "\\%03o" % b if b > 126 or ch in "()\\" else ch
objs = []
def add(o): objs.append(o); return len(objs)
fontids = {}
for k, name in FONTS.items():
    fontids[k] = add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % name)
res = "<< /Font << %s >> >>" % " ".join("/F%s %d 0 R" % (k, i) for k, i in fontids.items())
page_ids = []
pages_id_placeholder = len(objs) + 1 + 2 * len(pages)
for pg, g in zip(pages, graphics):
    ops = list(g)
    for f, sz, x, yy, ch in reversed(pg):
        ops.append("BT /F%s %.1f Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET" % (f, sz, x, yy, esc(ch)))
    data = zlib.compress("\n".join(ops).encode("latin1"))
    cid = add("<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data.decode("latin1") + "\nendstream")
    page_ids.append(add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources %s /Contents %d 0 R >>" % (pages_id_placeholder, W, H, res, cid)))
pid = add("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % i for i in page_ids), len(page_ids)))
assert pid == pages_id_placeholder
cat = add("<< /Type /Catalog /Pages %d 0 R >>" % pid)
info = add("<< /Producer (VGA-Atti PDFWriter 1.2) /Title (Ordinanza n. 31/2026) /CreationDate (D:20260710113000+02'00') >>")
out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"; offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(out)); out += ("%d 0 obj\n" % i).encode() + o.encode("latin1") + b"\nendobj\n"
x = len(out)
out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode() + b"".join(b"%010d 00000 n \n" % o for o in offs)
out += ("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, x)).encode()
open(sys.argv[1], "wb").write(out)
