# Decreto del Presidente della Provincia di Terni: PDF written by hand (in-house "AttiWeb" style writer).
# Every glyph is placed on its own with Tm (justified lines spread by moving glyphs), the letterhead is a
# Form XObject, the Albo stamp is rotated 90 degrees in the left margin, and the body is drawn bottom-up.
import sys, zlib, textwrap
from reportlab.pdfbase.pdfmetrics import stringWidth   # used only for Helvetica metrics
W, H = 595, 842; L, R = 70, 525
def esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
def glyphs(x, y, s, font, size, width=None):
    out = []; n = len(s)
    extra = 0
    if width and n > 1: extra = (width - stringWidth(s, "Helvetica-Bold" if font == "F2" else "Helvetica", size)) / (n - 1)
    for ch in s:
        if ch != " ": out.append("BT /%s %.1f Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET" % (font, size, x, y, esc(ch)))
        x += stringWidth(ch, "Helvetica-Bold" if font == "F2" else "Helvetica", size) + extra
    return out
lines = []  # (y, text, font, size, mode)  mode: L, C, J
y = 700
def add(t, font="F1", size=10, mode="L", lead=13.5):
    global y; lines.append((y, t, font, size, mode)); y -= lead
def para(t, font="F1", size=10, width=92, first="", just=True):
    ws = textwrap.wrap(first + t, width)
    for i, w in enumerate(ws): add(w, font, size, "J" if just and i < len(ws) - 1 else "L")
    global y; y -= 4
add("DECRETO DEL PRESIDENTE", "F2", 13, "C", 17)
add("N. 18 DEL 23/03/2026", "F2", 12, "C", 22)
para("OGGETTO: Approvazione del Piano provinciale degli interventi di manutenzione straordinaria degli edifici scolastici di istruzione secondaria superiore - annualita 2026.".replace("annualita", "annualit\xe0"), "F2", 10, 84, just=False)
y -= 4; add("IL PRESIDENTE DELLA PROVINCIA", "F2", 11, "C", 18)
for t in ["Vista la legge 7 aprile 2014, n. 56, e in particolare l'art. 1, comma 55, che attribuisce al Presidente della Provincia la competenza ad adottare gli atti non riservati al Consiglio;",
 "Richiamato il Documento Unico di Programmazione 2026-2028, approvato con deliberazione del Consiglio provinciale n. 41 del 18/12/2025;",
 "Vista la proposta del Servizio Edilizia Scolastica e Patrimonio, trasmessa con nota prot. n. 5512 del 16/03/2026, relativa agli interventi sugli istituti di Terni, Narni, Orvieto e Amelia, per un importo complessivo di euro 1.240.000,00;",
 "Visti i pareri favorevoli di regolarit\xe0 tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;"]:
    para(t)
add("DECRETA", "F2", 11, "C", 17)
for i, t in enumerate(["di approvare il Piano provinciale degli interventi di manutenzione straordinaria degli edifici scolastici per l'annualit\xe0 2026, allegato al presente decreto;",
 "di dare atto che la spesa di euro 1.240.000,00 trova copertura nel bilancio di previsione 2026-2028, missione 4, programma 2;",
 "di incaricare il Dirigente del Servizio Edilizia Scolastica e Patrimonio dell'attuazione del Piano."], 1):
    para(t, first="%d. " % i)
add("Il presente decreto \xe8 immediatamente eseguibile.", "F1", 10, "L", 30)
add("IL PRESIDENTE", "F2", 10, "R", 13)
add("Dott. Marcello Pernazza", "F1", 10, "R", 13)
ops = []
for (yy, t, f, s, m) in reversed(lines):   # bottom-up drawing order
    w = stringWidth(t, "Helvetica-Bold" if f == "F2" else "Helvetica", s)
    if m == "C": ops += glyphs((W - w) / 2, yy, t, f, s)
    elif m == "R": ops += glyphs(R - w, yy, t, f, s)
    elif m == "J": ops += glyphs(L, yy, t, f, s, R - L)
    else: ops += glyphs(L, yy, t, f, s)
ops.append("q 0 1 -1 0 40 300 cm BT /F1 7 Tf 0 0 Td (Albo pretorio on line - Pubblicato dal 24/03/2026 al 08/04/2026 - Reg. n. 402) Tj ET Q")
ops.append("q 1 0 0 1 0 0 cm /Fx1 Do Q")
ops.append("BT /F1 7 Tf 220 40 Td (Provincia di Terni - Decreto del Presidente n. 18/2026 - pag. 1 di 1) Tj ET")
content = "\n".join(ops).encode("cp1252")
lh = []
lh.append("0.1 0.25 0.5 RG 1.2 w 70 755 m 525 755 l S")
lh.append("BT /F2 16 Tf 0.1 0.25 0.5 rg 220 790 Td (PROVINCIA DI TERNI) Tj ET")
lh.append("BT /F1 8.5 Tf 0 0 0 rg 205 775 Td (Viale della Stazione, 1 - 05100 Terni - provincia.terni@postacert.umbria.it) Tj ET")
lh.append("BT /F1 8.5 Tf 248 762 Td (Servizio Affari Generali) Tj ET")
form = "\n".join(lh).encode("cp1252")
objs = []
objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> /XObject << /Fx1 7 0 R >> >> /Contents 4 0 R >>")
c = zlib.compress(content); objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(c) + c + b"\nendstream")
objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
f = zlib.compress(form); objs.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Length %d /Filter /FlateDecode >>\nstream\n" % len(f) + f + b"\nendstream")
objs.append(b"<< /Producer (AttiWeb PDF writer 2.3) /Title (Decreto del Presidente n. 18/2026) /Author (Provincia di Terni) >>")
out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
x = len(out); out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offs: out += b"%010d 00000 n \n" % o
out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), x)
open(sys.argv[1], "wb").write(out)
