# Comune di Rodi Garganico (FG) - unnumbered AVVISO of the SUAP (stagione estiva 2026).
# A PDF written object by object, as small in-house web tools write them (no PDF library; only
# ReportLab's font metrics are borrowed to measure Helvetica and Times). The letterhead and the foot are
# Form XObjects; the page is drawn out of reading order: first the rotated Albo stamp up the right
# margin, then the foot, the body (justified with Tw), the signature, the title (letter-spaced with Tc)
# and the issuing office, and the letterhead last.
import sys, zlib
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
L, R = 68, W - 62

def enc(s):
    return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

def tj(s):
    return b"(" + enc(s) + b") Tj"

FN = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Times-Roman", "F4": "Times-Bold", "F5": "Times-Italic"}

def text_at(font, size, x, y, s, extra=b""):
    return b"BT /%s %.1f Tf %s%.2f %.2f Td %s ET\n" % (font.encode(), size, extra, x, y, tj(s))

# ---- letterhead form: crest outline, name, province, address
lh = bytearray()
lh += b"q 0.55 0.1 0.1 RG 1.1 w 68 772 m 68 812 l 102 812 l 102 772 l 85 760 l h S Q\n"
lh += text_at("F1", 5.5, 74.5, 790, "STEMMA")
lh += text_at("F4", 20, 114, 798, "COMUNE DI RODI GARGANICO")
lh += text_at("F3", 10.5, 114, 784, "Provincia di Foggia")
lh += text_at("F3", 8.5, 114, 772, "Piazza Padre Pio, 1 – 71012 Rodi Garganico (FG) – tel. 0884 919011")
lh += b"q 0.55 0.1 0.1 RG 1.4 w %d 752 m %.2f 752 l S Q\n" % (L, R)

# ---- foot form
ft = bytearray()
ft += b"q 0.5 w 0.4 G %d 54 m %.2f 54 l S Q\n" % (L, R)
ft += text_at("F1", 7.2, L, 44, "Comune di Rodi Garganico – Settore Attività Produttive – SUAP – "
              "PEC: suap.rodigarganico@pec.it – orari al pubblico: martedì e giovedì 9:00-12:00")

# ---- page content, out of reading order
c = bytearray()
# 1. rotated Albo stamp up the right margin
c += b"q 0.2 0.25 0.55 rg 0.2 0.25 0.55 RG 0.8 w\n"
c += b"q 0 1 -1 0 %.2f %.2f cm 0 0 250 22 re S Q\n" % (W - 22, 420)
c += b"BT /F2 7.5 Tf 0 1 -1 0 %.2f %.2f Tm %s ET\n" % (W - 34, 428, tj("ALBO PRETORIO ON LINE – Reg. n. 512/2026"))
c += b"BT /F1 6.5 Tf 0 1 -1 0 %.2f %.2f Tm %s ET\nQ\n" % (W - 25, 428, tj("pubblicato dal 04/05/2026 al 22/05/2026"))
# 2. the foot
c += b"/Ft Do\n"

# 3. body, justified with Tw
def para(lines_out, text, font, size, lead, x0, width, y, justify=True):
    words = text.split(" ")
    line = []
    lines = []
    for wd in words:
        cand = " ".join(line + [wd])
        if stringWidth(cand, FN[font], size) > width and line:
            lines.append(line); line = [wd]
        else:
            line.append(wd)
    lines.append(line)
    for i, ln in enumerate(lines):
        s = " ".join(ln)
        tw = 0.0
        if justify and i < len(lines) - 1 and len(ln) > 1:
            tw = (width - stringWidth(s, FN[font], size)) / (len(ln) - 1)
        lines_out += b"BT /%s %.1f Tf %.3f Tw %.2f %.2f Td %s ET\n" % (font.encode(), size, tw, x0, y, tj(s))
        y -= lead
    return y

y = 560
body = [
    "Si rende noto che, ai sensi del vigente Regolamento comunale per l'applicazione del canone patrimoniale "
    "di concessione, autorizzazione o esposizione pubblicitaria e in attuazione della deliberazione della "
    "Giunta Comunale n. 41 del 28/04/2026, sono aperti i termini per la presentazione delle domande di "
    "concessione temporanea di suolo pubblico per la stagione estiva 2026, per il periodo dal 1° giugno al "
    "30 settembre 2026.",
    "Possono presentare domanda i titolari di pubblici esercizi di somministrazione di alimenti e bevande, "
    "di attività artigianali alimentari e di esercizi commerciali di vicinato con sede nel territorio comunale, "
    "per l'installazione di dehors, tavolini, sedie, ombrelloni ed espositori, nelle aree del lungomare "
    "Giuseppe Mazzini, di Piazza Rovelli, di corso Madonna della Libera e del porto turistico.",
    "Le domande, redatte sul modello pubblicato sul sito istituzionale dell'Ente e corredate della planimetria "
    "dell'area richiesta, dovranno pervenire esclusivamente tramite il portale telematico SUAP entro le ore "
    "12:00 del 22 maggio 2026. Le domande pervenute oltre tale termine saranno esaminate nei limiti delle "
    "aree ancora disponibili.",
    "Il rilascio della concessione è subordinato al pagamento del canone dovuto e alla verifica della "
    "regolarità dei pagamenti relativi alle annualità precedenti. Per informazioni è possibile rivolgersi "
    "all'Ufficio SUAP, al numero 0884 919027, nei giorni di martedì e giovedì dalle ore 9:00 alle ore 12:00.",
]
for p in body:
    y = para(c, p, "F3", 11.5, 15.2, L, R - L, y) - 7
y -= 8
c += text_at("F3", 11.5, L, y, "Rodi Garganico, 4 maggio 2026")
y -= 30
for dy, f, sz, s in ((0, "F4", 11, "IL RESPONSABILE DEL SETTORE"), (15, "F3", 11, "dott. Nicola Santoro"),
                     (28, "F5", 8.5, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)")):
    c += text_at(f, sz, 415 - stringWidth(s, FN[f], sz) / 2, y - dy, s)

# 4. title and subject: the heading letter-spaced with Tc
t = "AVVISO"
tc = 9.0
tw_ = stringWidth(t, "Helvetica-Bold", 22) + tc * (len(t) - 1)
c += b"BT /F2 22 Tf %.1f Tc %.2f %.2f Td %s 0 Tc ET\n" % (tc, (W - tw_) / 2, 648, tj(t))
for i, s in enumerate(["OCCUPAZIONE TEMPORANEA DI SUOLO PUBBLICO PER DEHORS",
                       "E ATTIVITÀ STAGIONALI – ESTATE 2026"]):
    sw = stringWidth(s, "Helvetica-Bold", 12.5)
    c += text_at("F2", 12.5, (W - sw) / 2, 620 - i * 16, s)
c += b"q 0.6 w %d 590 m %.2f 590 l S Q\n" % (L + 80, R - 80)

# 5. the issuing office, under the letterhead
c += text_at("F2", 10.5, L, 728, "SETTORE ATTIVITÀ PRODUTTIVE")
c += text_at("F1", 9.5, L, 715, "Sportello Unico per le Attività Produttive (SUAP)")
c += text_at("F1", 8.5, R - stringWidth("Prot. n. 6408 del 04/05/2026", "Helvetica", 8.5), 728,
             "Prot. n. 6408 del 04/05/2026")
# 6. the letterhead last
c += b"/Lh Do\n"

# ---- assemble the file
objs = []
def add(b):
    objs.append(b); return len(objs)

fonts = {}
for k, base in FN.items():
    fonts[k] = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base.encode())
fdict = b"<< " + b" ".join(b"/%s %d 0 R" % (k.encode(), n) for k, n in fonts.items()) + b" >>"
fres = b"<< /Font " + fdict + b" >>"

def stream(data, extra=b""):
    z = zlib.compress(bytes(data))
    return b"<< %s/Length %d /Filter /FlateDecode >>\nstream\n" % (extra, len(z)) + z + b"\nendstream"

lh_id = add(stream(lh, b"/Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] /Resources %s " % (W, H, fres)))
ft_id = add(stream(ft, b"/Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] /Resources %s " % (W, H, fres)))
content_id = add(stream(c))
pages_id = len(objs) + 2
page_id = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
              b"/Resources << /Font %s /XObject << /Lh %d 0 R /Ft %d 0 R >> >> >>"
              % (pages_id, W, H, content_id, fdict, lh_id, ft_id))
add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page_id)
cat_id = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
info_id = add(b"<< /Title (Avviso SUAP - occupazione suolo pubblico estate 2026) /Creator (Portale Trasparenza - modulo Avvisi) "
              b"/Producer (PA-Print 1.0) /CreationDate (D:20260504093000+02'00') >>")

buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(buf))
    buf += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(buf)
buf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offs:
    buf += b"%010d 00000 n \n" % o
buf += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat_id, info_id, xref)
open(out, "wb").write(buf)
