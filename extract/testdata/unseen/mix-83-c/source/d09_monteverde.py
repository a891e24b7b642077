# Determinazione del Sindaco (Responsabile dell'Area Amministrativa) of Monteverde, written as a raw
# PDF by hand: base-14 Helvetica/Times (WinAnsiEncoding), letterhead and foot in a Form XObject,
# body lines justified with Tw, title letter-spaced with Tc, blocks drawn out of reading order
# (signature and dispositive part first, then the premises, then the heading box).
# Only reportlab.pdfbase.pdfmetrics is used, to measure the base-14 widths.
import sys, zlib
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = 595.28, 841.89
L, R = 64, W - 60

def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

ops = []      # list of (order_key, bytes)
def text_line(x, y, s, font, size, tw=0.0, tc=0.0):
    f = {"Helvetica": "F1", "Helvetica-Bold": "F2", "Times-Roman": "F3", "Times-Bold": "F4"}[font]
    return b"BT /%s %.1f Tf %.3f Tw %.2f Tc 1 0 0 1 %.2f %.2f Tm (" % (f.encode(), size, tw, tc, x, y) + esc(s) + b") Tj ET\n"

def block(y, text, font="Times-Roman", size=10.5, lead=13.6, indent=0):
    out = []; words = text.split(); lines = []; cur = []; width = R - L - indent
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); tw = 0.0
        if i < len(lines) - 1 and len(ln) > 1:
            tw = (width - stringWidth(s, font, size)) / (len(ln) - 1)
        out.append(text_line(L + indent, y, s, font, size, tw)); y -= lead
    return y - 4, out

# --- reading order: heading box, premises, DETERMINA points, place/date, signature
y = 668
head = []
head.append(b"0.92 g %.2f %.2f %.2f %.2f re f 0 g 0.8 w %.2f %.2f %.2f %.2f re S\n" % (L, y - 58, R - L, 74, L, y - 58, R - L, 74))
title = "DETERMINAZIONE DEL SINDACO"
tw_ = stringWidth(title, "Helvetica-Bold", 13) + 2.2 * (len(title) - 1)
head.append(text_line((W - tw_) / 2, y, title, "Helvetica-Bold", 13, 0, 2.2))
head.append(text_line(L + 8, y - 18, "quale Responsabile dell'Area Amministrativa (art. 53, comma 23, L. 388/2000)", "Helvetica", 9))
head.append(text_line(L + 8, y - 34, "N. 57/2026 R.G.", "Helvetica-Bold", 10.5))
head.append(text_line(L + 150, y - 34, "N. 9/2026 Area Amministrativa", "Helvetica", 10.5))
head.append(text_line(L + 360, y - 34, "Data: 17/03/2026", "Helvetica-Bold", 10.5))
head.append(text_line(L + 8, y - 50, "Servizio: Cultura, Turismo e Associazionismo", "Helvetica", 9))
y -= 80
y, b1 = block(y, "OGGETTO: Concessione di un contributo all'Associazione Pro Loco Monteverde per la manifestazione \"Monteverde in Fiore\" - edizione 2026. Impegno e liquidazione della spesa.", "Helvetica-Bold", 10.5, 13.5)
prem = []
for t in ["Premesso che con deliberazione della Giunta comunale n. 19 del 05/03/2026 è stato concesso all'Associazione Pro Loco Monteverde un contributo di € 3.500,00 per l'organizzazione della manifestazione \"Monteverde in Fiore\", in programma dal 25 al 27 aprile 2026, demandando al Responsabile dell'Area Amministrativa gli atti gestionali;",
          "Dato atto che, ai sensi dell'art. 53, comma 23, della legge 388/2000, con decreto sindacale n. 1 del 02/01/2026 la responsabilità dell'Area Amministrativa è stata assunta dal Sindaco;",
          "Visto il Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione del Consiglio comunale n. 21 del 28/07/2021, e in particolare l'art. 9, che consente l'anticipazione del 70% del contributo;",
          "Accertata la regolarità della documentazione presentata dall'Associazione (prot. n. 1066 del 10/03/2026);"]:
    y, b = block(y, t); prem += b
y -= 2
tit2 = text_line(W / 2 - 34, y, "DETERMINA", "Helvetica-Bold", 11.5, 0, 1.5); y -= 18
pts = []
for i, t in enumerate(["di impegnare la somma di € 3.500,00 a favore dell'Associazione Pro Loco Monteverde, C.F. 90012340646, con imputazione alla missione 7, programma 1, capitolo 1190 del bilancio 2026-2028, esercizio 2026;",
                       "di liquidare, a titolo di anticipazione, la somma di € 2.450,00, pari al 70% del contributo, rinviando la liquidazione del saldo alla presentazione del rendiconto;",
                       "di dare atto che il presente provvedimento è soggetto agli obblighi di pubblicazione di cui agli artt. 26 e 27 del D.Lgs. 33/2013."], 1):
    pts.append(text_line(L, y, f"{i}.", "Times-Bold", 10.5))
    y, b = block(y, t, indent=16); pts += b
y -= 8
place = text_line(L, y, "Monteverde, 17/03/2026", "Times-Roman", 10.5)
sig = [text_line(R - 170, y - 20, "IL SINDACO", "Helvetica-Bold", 10.5),
       text_line(R - 170, y - 34, "Responsabile dell'Area Amministrativa", "Helvetica", 9),
       text_line(R - 170, y - 48, "Antonio Vella", "Times-Roman", 10.5)]
# out of reading order: signature, points, DETERMINA title, premises (bottom-up), subject, head box
body = b"q\n" + b"".join(sig) + b"".join(reversed(pts)) + tit2 + place + b"".join(reversed(prem)) + b"".join(b1) + b"".join(head) + b"Q\n/Fx1 Do\n"

form = []
form.append(b"0.25 0.45 0.2 rg 60 790 475.28 3 re f 0 g\n")
form.append(text_line(60, 800, "COMUNE DI MONTEVERDE", "Times-Bold", 18))
form.append(text_line(60, 772, "Provincia di Avellino - Piazza Municipio, 1 - 83049 Monteverde (AV)", "Helvetica", 8.5))
form.append(text_line(60, 760, "Tel. 0827 86043 - PEC protocollo.monteverde@asmepec.it", "Helvetica", 8.5))
form.append(b"0.5 w 60 50 m 535.28 50 l S\n")
form.append(text_line(60, 38, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 - Determinazione R.G. n. 57/2026 - Pag. 1 di 1", "Helvetica", 7))
formb = b"".join(form)

objs = []
def add(b): objs.append(b); return len(objs)
fonts = [add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % n) for n in (b"Helvetica", b"Helvetica-Bold", b"Times-Roman", b"Times-Bold")]
res = b"/Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R /F4 %d 0 R >>" % tuple(fonts)
fz = zlib.compress(formb)
fx = add(b"<< /Type /XObject /Subtype /Form /BBox [0 0 595.28 841.89] /Resources << %s >> /Filter /FlateDecode /Length %d >>\nstream\n" % (res, len(fz)) + fz + b"\nendstream")
cz = zlib.compress(body)
ct = add(b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(cz) + cz + b"\nendstream")
pages_id = len(objs) + 2
pg = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] /Resources << %s /XObject << /Fx1 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, res, fx, ct))
pages = add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % pg)
assert pages == pages_id
info = add(b"<< /Title (Determinazione del Sindaco n. 57/2026 R.G.) /Creator (AttiWeb Campania - stampa atti) /Producer (hand-written PDF 1.4) >>")
cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages)
out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
x = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, x)
open(sys.argv[1], "wb").write(out)
