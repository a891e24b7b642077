# Comune di Caivano - Ordinanza della Commissione Straordinaria: a PDF written by hand.
# Every glyph is placed alone with its own Tm (no space characters in the text layer), justified lines
# spread by moving glyphs, blocks written bottom-up (signature and ORDINA before the heading), and the
# Albo stamp drawn rotated 90 degrees up the left margin. Base-14 Times/Helvetica, WinAnsiEncoding.
import sys, zlib
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = 595.28, 841.89
FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica", "F4": "Helvetica-Bold", "F5": "Times-Italic"}
ops = []
def esc(b): return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
def glyphs(x, y, text, f, size, spacing=None, rot=False):
    """place each glyph with its own Tm; spacing = extra per space (justification)"""
    name = FONTS[f]; cx = 0.0
    for ch in text:
        w = stringWidth(ch, name, size)
        if ch == " ":
            cx += w + (spacing or 0); continue
        if rot: ops.append(f"BT /{f} {size} Tf 0 1 -1 0 {x:.2f} {y + cx:.2f} Tm ({esc(ch.encode('cp1252')).decode('latin-1')}) Tj ET")
        else: ops.append(f"BT /{f} {size} Tf 1 0 0 1 {x + cx:.2f} {y:.2f} Tm ({esc(ch.encode('cp1252')).decode('latin-1')}) Tj ET")
        cx += w
    return cx
def centre(y, text, f, size): glyphs((W - stringWidth(text, FONTS[f], size)) / 2, y, text, f, size)
def wrap(text, f, size, width):
    words = text.split(); lines = []; cur = []
    for wd in words:
        if cur and stringWidth(" ".join(cur + [wd]), FONTS[f], size) > width: lines.append(cur); cur = [wd]
        else: cur.append(wd)
    lines.append(cur); return lines
def para(x, y, text, f="F1", size=11, width=440, lead=14.5, indent=0, lab=None):
    lines = wrap(text, f, size, width - indent)
    for i, ln in enumerate(lines):
        s = " ".join(ln); gap = 0
        if i < len(lines) - 1 and len(ln) > 1:
            gap = (width - indent - stringWidth(s, FONTS[f], size)) / (len(ln) - 1)
        if i == 0 and lab: glyphs(x, y, lab, "F2", size)
        glyphs(x + indent, y, s, f, size, gap); y -= lead
    return y
L = 80; TW = W - L - 62
# --- signature block and footer first
glyphs(L, 120, "Caivano, 29/04/2026", "F1", 11)
centre(40, "Comune di Caivano – Piazza Cesare Battisti, 1 – 80023 Caivano (NA) – protocollo@pec.comune.caivano.na.it", "F3", 7)
glyphs(330, 120, "LA COMMISSIONE STRAORDINARIA", "F2", 10.5)
glyphs(345, 104, "f.to dott. Filippo Romano", "F5", 10.5)
glyphs(345, 90, "f.to dott.ssa Ida Carbone", "F5", 10.5)
glyphs(345, 76, "f.to dott. Luigi Sepe", "F5", 10.5)
# --- ORDINA block (middle-lower part)
y = 448
centre(y, "O R D I N A", "F2", 12); y -= 20
pts = [
 "a tutti i cittadini, agli esercenti e ai titolari di attività commerciali e produttive il conferimento dei rifiuti urbani esclusivamente nei giorni e negli orari stabiliti dal calendario della raccolta differenziata porta a porta, dalle ore 20:00 alle ore 24:00;",
 "è vietato l'abbandono di rifiuti di qualsiasi genere su aree pubbliche o private soggette a uso pubblico, nonché il loro deposito accanto ai contenitori stradali;",
 "le violazioni sono punite con la sanzione amministrativa pecuniaria da euro 150,00 a euro 500,00, ai sensi dell'art. 7-bis del D.Lgs. n. 267/2000, fatte salve le sanzioni previste dall'art. 255 del D.Lgs. n. 152/2006;",
 "la Polizia Locale e gli altri organi di polizia sono incaricati della vigilanza sull'osservanza della presente ordinanza.",
]
for i, t in enumerate(pts, 1):
    y = para(L, y, t, indent=20, lab=f"{i}.") - 3
y = para(L, y - 4, "La presente ordinanza è immediatamente efficace ed è pubblicata all'Albo Pretorio on line. Avverso di essa è ammesso ricorso al T.A.R. Campania entro 60 giorni o, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni.", size=10.5, lead=13.5)
# --- heading and premises (drawn last, top of page)
glyphs(L + 8, H - 62, "COMUNE DI CAIVANO", "F4", 17)
glyphs(L + 8, H - 77, "Città Metropolitana di Napoli", "F3", 10)
ops.append(f"0.6 w {L} {H-88:.2f} m {W-62} {H-88:.2f} l S")
centre(H - 112, "ORDINANZA DELLA COMMISSIONE STRAORDINARIA", "F2", 12.5)
centre(H - 127, "(con i poteri del Sindaco – art. 143 D.Lgs. n. 267/2000)", "F5", 10.5)
centre(H - 146, "Ordinanza n. 12 del 29/04/2026", "F2", 11.5)
glyphs(L, H - 172, "Oggetto:", "F2", 11)
y = para(L, H - 172, "Misure urgenti di igiene pubblica – Divieto di abbandono dei rifiuti e di conferimento fuori dai giorni e dagli orari stabiliti dal calendario della raccolta differenziata.", "F2", 11, indent=52)
y -= 8; centre(y, "LA COMMISSIONE STRAORDINARIA", "F2", 11.5); y -= 18
for t in [
 "Premesso che con D.P.R. del 3 settembre 2025 è stato disposto lo scioglimento del Consiglio comunale di Caivano ai sensi dell'art. 143 del D.Lgs. n. 267/2000 e affidata la gestione dell'Ente alla Commissione Straordinaria;",
 "Rilevato che, nonostante i ripetuti avvisi, si registra in numerose strade del territorio comunale il deposito incontrollato di sacchi di rifiuti, con grave pregiudizio per l'igiene e il decoro urbano;",
 "Visti l'art. 50, comma 5, del D.Lgs. n. 267/2000, il D.Lgs. n. 152/2006 e il Regolamento comunale per la gestione dei rifiuti urbani;",
]: y = para(L, y, t) - 3
# --- rotated Albo stamp up the left margin
ops.append("0.75 0 0 RG 1 w 30 300 m 30 720 l 56 720 l 56 300 l h S")
glyphs(47, 312, "ALBO PRETORIO ON LINE – Reg. n. 588 – pubblicata dal 29/04/2026 al 14/05/2026", "F4", 8, rot=True)
glyphs(38, 390, "Comune di Caivano – copia conforme", "F3", 7, rot=True)
content = zlib.compress("\n".join(ops).encode("latin-1"))
objs = []
objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
fres = " ".join(f"/{k} {5 + i} 0 R" for i, k in enumerate(FONTS))
objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W} {H}] /Resources << /Font << {fres} >> >> /Contents 4 0 R >>".encode())
objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
for k, v in FONTS.items():
    objs.append(f"<< /Type /Font /Subtype /Type1 /BaseFont /{v} /Encoding /WinAnsiEncoding >>".encode())
objs.append(b"<< /Producer (Kibernetes PDF Printer 2.1) /Creator (Sicr@web Atti) /Title (Ordinanza n. 12/2026) >>")
out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(out)); out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
x = len(out)
out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info {len(objs)} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
open(sys.argv[1], "wb").write(out)
