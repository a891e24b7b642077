# Comune di Placanica - avviso of the Ufficio Tecnico: a PDF written by hand.
# Every glyph is placed alone with its own Tm (no space characters), justified lines spread by moving glyphs,
# the closing date and signature drawn before the heading, the protocol stamp drawn rotated up the left margin.
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
L = 82; TW = W - L - 62
glyphs(L, 150, "Placanica, 5 maggio 2026", "F1", 11)
glyphs(340, 150, "IL RESPONSABILE DELL'UFFICIO TECNICO", "F2", 9.5)
glyphs(368, 134, "f.to arch. Vincenzo Tassone", "F5", 10.5)
centre(40, "Comune di Placanica – Via Municipio, 2 – 89040 Placanica (RC) – ufficiotecnico.placanica@asmepec.it", "F3", 7)
glyphs(L + 8, H - 62, "COMUNE DI PLACANICA", "F4", 17)
glyphs(L + 8, H - 77, "Città Metropolitana di Reggio Calabria – Ufficio Tecnico Comunale", "F3", 10)
ops.append(f"0.6 w {L} {H-88:.2f} m {W-62} {H-88:.2f} l S")
centre(H - 122, "A V V I S O", "F2", 16)
centre(H - 146, "CHIUSURA TEMPORANEA AL TRANSITO VEICOLARE E DIVIETO DI SOSTA IN VIA ROMA", "F2", 11.5)
centre(H - 161, "E PIAZZA MUNICIPIO PER I LAVORI DI RIFACIMENTO DELLA PAVIMENTAZIONE", "F2", 11.5)
y = H - 195
for t in [
 "Si informa la cittadinanza che, per consentire l'esecuzione dei lavori di rifacimento della pavimentazione in pietra di via Roma e di piazza Municipio, affidati alla ditta Edilcostruzioni Stilaro S.r.l., dal giorno 11 maggio 2026 al giorno 29 maggio 2026, dalle ore 7:00 alle ore 18:00, sarà vietato il transito veicolare e la sosta di qualsiasi veicolo nel tratto compreso tra l'incrocio con via Castello e piazza Municipio.",
 "I veicoli diretti alla parte alta del centro abitato potranno utilizzare il percorso alternativo di via Santa Caterina e via Belvedere, regolarmente segnalato. Il transito resta consentito ai mezzi di soccorso, alle forze dell'ordine e ai residenti muniti di contrassegno rilasciato dall'Ufficio di Polizia Municipale.",
 "L'accesso pedonale alle abitazioni, agli esercizi commerciali e agli uffici comunali sarà sempre garantito mediante appositi camminamenti protetti.",
 "Per ogni informazione è possibile rivolgersi all'Ufficio Tecnico Comunale (tel. 0964 383015) nei giorni feriali dalle ore 9:00 alle ore 12:00. Si ringrazia la cittadinanza per la collaborazione.",
]: y = para(L, y, t) - 6
ops.append("0 0 0.6 RG 1 w 30 420 m 30 700 l 56 700 l 56 420 l h S")
glyphs(47, 432, "COMUNE DI PLACANICA – Prot. n. 1873 del 05/05/2026", "F4", 8.5, rot=True)
glyphs(38, 452, "PARTENZA – Cat. 6 Cl. 5", "F3", 7, rot=True)
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
objs.append(b"<< /Producer (Maggioli PDF Writer 4.0) /Creator (J-Iride Protocollo) /Title (Avviso chiusura via Roma) >>")
out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(out)); out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
x = len(out)
out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info {len(objs)} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
open(sys.argv[1], "wb").write(out)
