# Comune di Breno (BS): ordinanza sindacale written as a hand-made PDF whose every line is a
# single TJ array with a kerning number between every pair of glyphs (the way some report
# engines justify): glyph advances are nudged by -8..+8 thousandths and justified lines spread
# their slack over all the gaps. Base-14 Helvetica / Helvetica-Bold, WinAnsiEncoding.
import sys, random, zlib
from reportlab.pdfbase.pdfmetrics import stringWidth
random.seed(22)
W, H = 595.28, 841.89
L, R = 72, W - 72
pages = [[]]
y = [H - 70]
def esc(ch):
    b = ch.encode("cp1252")
    if b in (b"(", b")", b"\\"): return b"\\" + b
    return b
def tj(x, yy, text, font="F1", size=11, target=None):
    fname = "Helvetica" if font == "F1" else "Helvetica-Bold"
    nat = stringWidth(text, fname, size)
    n = len(text) - 1
    kern = [random.randint(-8, 8) for _ in range(n)]
    # compensate the noise so the line keeps its natural width, then spread justification slack
    drift = sum(kern)
    extra = 0.0
    if target and n > 0:
        extra = -(target - nat) * 1000.0 / size / n
    parts = [b"["]
    for i, ch in enumerate(text):
        parts.append(b"(" + esc(ch) + b")")
        if i < n:
            k = kern[i] + extra - (drift / n)
            parts.append(("%.1f" % k).encode())
    parts.append(b"] TJ")
    pages[-1].append(b"BT /%s %.1f Tf 1 0 0 1 %.2f %.2f Tm " % (font.encode(), size, x, yy) + b"".join(parts) + b" ET")
def newpage():
    pages.append([]); y[0] = H - 70
def center(text, font="F1", size=11, gap=14):
    fname = "Helvetica" if font == "F1" else "Helvetica-Bold"
    tj((W - stringWidth(text, fname, size)) / 2, y[0], text, font, size); y[0] -= gap
def para(text, size=10.5, font="F1", indent=0, lead=13.6, hang=None):
    fname = "Helvetica" if font == "F1" else "Helvetica-Bold"
    width = R - L - indent
    words, lines, cur = text.split(), [], []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), fname, size) > width:
            lines.append(" ".join(cur)); cur = [w]
        else: cur.append(w)
    lines.append(" ".join(cur))
    for i, s in enumerate(lines):
        if y[0] < 80: newpage()
        if i == 0 and hang: tj(L + indent - 16, y[0], hang, font, size)
        tj(L + indent, y[0], s, font, size, target=(width if i < len(lines) - 1 else None))
        y[0] -= lead
    y[0] -= 4
center("COMUNE DI BRENO", "F2", 15, 16)
center("Provincia di Brescia", "F1", 10, 12)
center("Piazza Ghislandi 1 \u2013 25043 Breno (BS) \u2013 tel. 0364 22041", "F1", 8.5, 10)
pages[-1].append(b"0.6 w %.1f %.1f m %.1f %.1f l S" % (L, y[0] + 2, R, y[0] + 2))
y[0] -= 28
center("ORDINANZA SINDACALE N. 22/2026", "F2", 13, 16)
center("Reg. Ord. n. 22 \u2013 Prot. n. 6120", "F1", 9, 26)
tj(L, y[0], "OGGETTO:", "F2", 10.5)
y[0] -= 13.6
para("Divieto temporaneo di transito e di sosta in piazza Ronchi e in via Mazzini in occasione della manifestazione \u201cBreno in Fiore\u201d del 16 e 17 maggio 2026.", font="F2")
y[0] -= 6
center("IL SINDACO", "F2", 11, 18)
for p in [
 "Vista la richiesta presentata in data 28 aprile 2026 dalla Pro Loco di Breno, acquisita al prot. n. 5488, intesa ad ottenere la chiusura al traffico di piazza Ronchi e di via Mazzini per lo svolgimento della mostra-mercato florovivaistica \u201cBreno in Fiore\u201d;",
 "Considerato che la manifestazione richiama un rilevante afflusso di visitatori e che l\u2019occupazione della sede stradale con gli stand degli espositori rende necessario, per la sicurezza dei pedoni, interdire la circolazione e la sosta dei veicoli nelle aree interessate;",
 "Sentito il Comando di Polizia Locale, che ha espresso parere favorevole con le prescrizioni riportate nel dispositivo;",
 "Visti gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e l\u2019art. 50 del D.Lgs. 18 agosto 2000, n. 267;",
]: para(p)
y[0] -= 2
center("O R D I N A", "F2", 11, 18)
for i, p in enumerate([
 "dalle ore 6.00 di sabato 16 maggio alle ore 21.00 di domenica 17 maggio 2026 il divieto di transito a tutti i veicoli in piazza Ronchi e in via Mazzini, nel tratto compreso tra via Leonardo da Vinci e piazza Generale Tassara, eccettuati i mezzi di soccorso, di polizia e degli espositori autorizzati per le sole operazioni di carico e scarico;",
 "nel medesimo periodo e nelle medesime vie il divieto di sosta con rimozione forzata su entrambi i lati della carreggiata;",
 "che la Pro Loco di Breno provveda alla posa della segnaletica e delle transenne almeno 48 ore prima dell\u2019entrata in vigore dei divieti, secondo le indicazioni del Comando di Polizia Locale;",
 "che il traffico veicolare sia deviato lungo via Aldo Moro e via Caduti del Lavoro, come da planimetria agli atti dell\u2019ufficio.",
], 1): para(p, indent=16, hang="%d." % i)
y[0] -= 2
para("La Polizia Locale e gli altri agenti della forza pubblica sono incaricati di far rispettare la presente ordinanza. Contro di essa è ammesso ricorso al T.A.R. per la Lombardia \u2013 Sezione di Brescia entro 60 giorni dalla pubblicazione all\u2019Albo Pretorio, oppure ricorso straordinario al Presidente della Repubblica entro 120 giorni.")
y[0] -= 12
tj(L, y[0], "Breno, 13 maggio 2026")
y[0] -= 26
tj(R - 150, y[0], "IL SINDACO", "F2", 10.5); y[0] -= 14
tj(R - 150, y[0], "Alessandro Panteghini", "F1", 10.5); y[0] -= 12
tj(R - 150, y[0], "(firmato digitalmente)", "F1", 8.5)
# footer on every page
for n in range(len(pages)):
    pages[n].append(b"0.4 w %.1f 52 m %.1f 52 l S" % (L, R))
    save = pages[n]; pages.append(save)  # tj() writes to pages[-1]
    tj(L, 40, "Comune di Breno \u2013 Ordinanza sindacale n. 22/2026", "F1", 7.5)
    tj(R - 60, 40, "Pagina %d di %d" % (n + 1, len(pages) - 1), "F1", 7.5)
    pages.pop()
objs = []
def add(b): objs.append(b); return len(objs)
cat = add(None); pgs = add(None)
f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
kids = []
for n, pg in enumerate(pages, 1):
    data = b"\n".join(pg)
    z = zlib.compress(data)
    cs = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
    kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (pgs, f1, f2, cs)))
objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pgs
objs[pgs - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
info = add(b"<< /Producer (PrintServer Atti 3.1 - PDF engine) /Title (Ordinanza 22/2026) /CreationDate (D:20260513101500+02'00') >>")
out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offs: out += b"%010d 00000 n \n" % o
out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
open(sys.argv[1], "wb").write(out)
