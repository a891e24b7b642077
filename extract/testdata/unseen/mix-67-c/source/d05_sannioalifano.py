# Consorzio di Bonifica del Sannio Alifano (Piedimonte Matese, CE, Campania):
# deliberazione del Commissario Straordinario n. 37 del 29.4.2026.
# The PDF is written by hand, object by object, as some report engines do: standard Type 1 fonts with
# WinAnsiEncoding, every glyph placed alone by its own Tm (no space characters at all, justification by moving
# glyphs), the dispositive part drawn before the heading and the premises, and the Albo stamp drawn glyph by
# glyph rotated 90 degrees up the left margin. Glyph widths come from ReportLab's AFM tables (metrics only).
import sys, zlib
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 70, 540
FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica", "F4": "Helvetica-Bold", "F5": "Times-Italic"}
ops = []

def esc(ch):
    b = ch.encode("cp1252")
    if b in (b"(", b")", b"\\"): return b"\\" + b
    return b

def glyphs(x, y, text, f="F1", size=10.5, extra=0.0, rot=False):
    """place every glyph alone; spaces are not drawn, only skipped (plus `extra` for justification)"""
    font = FONTS[f]
    ops.append(b"BT /%s %.2f Tf" % (f.encode(), size))
    for ch in text:
        w = stringWidth(ch, font, size)
        if ch == " ":
            if rot: y += w + extra
            else: x += w + extra
            continue
        if rot: ops.append(b"0 1 -1 0 %.2f %.2f Tm (" % (x, y) + esc(ch) + b") Tj")
        else: ops.append(b"1 0 0 1 %.2f %.2f Tm (" % (x, y) + esc(ch) + b") Tj")
        if rot: y += w
        else: x += w
    ops.append(b"ET")

def centred(y, text, f, size):
    glyphs((W - stringWidth(text, FONTS[f], size)) / 2, y, text, f, size)

def para(y, text, f="F1", size=10.5, lead=13.4, indent=0, fi=0, x1=RM):
    font = FONTS[f]; words = text.split(); lines = []; cur = ""
    width = x1 - LM - indent
    for wd in words:
        t = (cur + " " + wd).strip()
        lim = width - (fi if not lines else 0)
        if stringWidth(t, font, size) <= lim: cur = t
        else: lines.append(cur); cur = wd
    lines.append(cur)
    for i, ln in enumerate(lines):
        x0 = LM + indent + (fi if i == 0 else 0); wl = width - (fi if i == 0 else 0)
        gaps = ln.count(" ")
        extra = (wl - stringWidth(ln, font, size)) / gaps if (gaps and i < len(lines) - 1) else 0
        glyphs(x0, y, ln, f, size, extra)
        y -= lead
    return y

# ---- 1. dispositive part and signatures (drawn first, lower half of the page) ----
y = 438
centred(y, "D E L I B E R A", "F2", 11.5); y -= 18
for i, t in enumerate([
 "di approvare il ruolo di contribuenza consortile per l'anno 2026, relativo ai contributi di bonifica e irrigui dovuti dai proprietari degli immobili ricadenti nel comprensorio, per l'importo complessivo di euro 3.184.620,55, come da riepilogo per Comune allegato sotto la lettera A;",
 "di affidare la riscossione del ruolo all'Agenzia delle Entrate-Riscossione, ai sensi dell'art. 17 del D.Lgs. 26 febbraio 1999, n. 46, con emissione degli avvisi di pagamento in due rate;",
 "di fissare le scadenze delle rate al 30.6.2026 e al 30.11.2026 e di dare mandato al Settore Catasto e Contribuenza per gli adempimenti consequenziali;",
 "di dichiarare il presente provvedimento immediatamente esecutivo.",
], 1):
    glyphs(LM + 6, y, f"{i}.", "F1", 10.5)
    y = para(y, t, indent=22) - 4
y -= 22
glyphs(LM + 10, y, "Visto: IL DIRETTORE GENERALE", "F2", 10)
glyphs(330, y, "IL COMMISSARIO STRAORDINARIO", "F2", 10); y -= 14
glyphs(LM + 10, y, "ing. Antonio Landolfi", "F1", 10.5)
glyphs(348, y, "avv. Gennaro Perrotta", "F1", 10.5); y -= 12
glyphs(LM + 10, y, "(firma digitale)", "F5", 9)
glyphs(355, y, "(firma digitale)", "F5", 9)
# foot
glyphs(LM, 40, "Consorzio di Bonifica del Sannio Alifano - Deliberazione commissariale n. 37/2026 - pag. 1/1", "F3", 7)

# ---- 2. the rotated Albo stamp in the left margin ----
ops.append(b"q 0.55 0.1 0.1 RG 0.8 w 28 300 22 420 re S Q")
ops.append(b"0.55 0.1 0.1 rg")
glyphs(43, 308, "ALBO CONSORTILE ON LINE - Pubblicata dal 30.4.2026 al 15.5.2026 - Reg. pubbl. n. 212", "F4", 8, rot=True)
ops.append(b"0 0 0 rg")

# ---- 3. heading, subject and premises (drawn last, top of the page) ----
centred(800, "CONSORZIO DI BONIFICA DEL SANNIO ALIFANO", "F4", 15)
centred(786, "Piedimonte Matese (CE) - Ente pubblico economico (L.R. Campania n. 4/2003)", "F3", 8)
ops.append(b"0.6 w %.2f 778 m %.2f 778 l S" % (LM, RM))
centred(756, "DELIBERAZIONE DEL COMMISSARIO STRAORDINARIO", "F2", 12.5)
centred(740, "N. 37 del 29.4.2026", "F2", 12)
y = 716
glyphs(LM, y, "OGGETTO:", "F2", 10.5)
y = para(y, "Ruolo di contribuenza consortile per l'anno 2026 - Approvazione e messa in riscossione.", "F2", indent=66)
y -= 8
centred(y, "IL COMMISSARIO STRAORDINARIO", "F2", 11); y -= 16
for t in [
 "nominato con Decreto del Presidente della Giunta Regionale della Campania n. 58 del 14.3.2025, con i poteri del Consiglio dei Delegati e della Deputazione Amministrativa;",
 "VISTO il R.D. 13 febbraio 1933, n. 215, e la L.R. Campania 25 febbraio 2003, n. 4, recante norme in materia di bonifica integrale;",
 "VISTO il Piano di classifica degli immobili per il riparto della contribuenza, approvato dalla Giunta Regionale e vigente per l'anno 2026;",
 "VISTA la proposta del Settore Catasto e Contribuenza in data 22.4.2026, corredata dall'elenco delle partite e dal riepilogo degli importi per ciascun Comune del comprensorio;",
 "VISTO il bilancio di previsione per l'esercizio 2026, approvato con deliberazione commissariale n. 4 del 21.1.2026;",
 "ACQUISITO il parere favorevole del Direttore Generale in ordine alla regolarità tecnica e amministrativa;",
]:
    y = para(y, t, fi=20) - 3

content = zlib.compress(b"\n".join(ops))
objs = []
objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
fontrefs = b" ".join(b"/%s %d 0 R" % (k.encode(), 5 + i) for i, k in enumerate(FONTS))
objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Contents 4 0 R /Resources << /Font << " + fontrefs + b" >> >> >>")
objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
for k, v in FONTS.items():
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % v.encode())
objs.append(b"<< /Producer (Kibernetes Report Writer 3.0) /Creator (Protocollo e Atti - modulo Delibere) /Title (Deliberazione commissariale n. 37 del 29.4.2026) >>")
out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offs: out += b"%010d 00000 n \n" % o
out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), xref)
open(OUT, "wb").write(out)
