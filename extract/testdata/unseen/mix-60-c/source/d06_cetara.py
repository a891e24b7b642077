# Ordinanza sindacale of Cetara (SA), written as a raw PDF by this script (no PDF
# library): every glyph is placed by its own Tm and shown by its own Tj, no space
# characters are written (word gaps are only distances), justified lines spread
# the gaps; the Albo stamp is drawn first, rotated 90 degrees in the left margin.
# ReportLab is used only to read the base-14 font metrics.
import sys
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
L, R = 72, W - 64
FONTS = {"TR": "Times-Roman", "TB": "Times-Bold", "TI": "Times-Italic", "HB": "Helvetica-Bold"}
ops = []

def enc(ch):
    b = ch.encode("cp1252")
    return "".join("\\%03o" % x if x > 126 or chr(x) in "()\\" else chr(x) for x in b)

def glyphs(x, y, text, f, size, rot=False, gap_extra=0.0, tc=0.0):
    """Place each non-space glyph with its own Tm; spaces only advance x."""
    fn = FONTS[f]
    ops.append("BT /%s %.1f Tf" % (f, size))
    for ch in text:
        w = stringWidth(ch, fn, size)
        if ch == " ":
            x += w + gap_extra
            continue
        if rot:
            ops.append("0 1 -1 0 %.2f %.2f Tm (%s) Tj" % (y, x, enc(ch)))
        else:
            ops.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, enc(ch)))
        x += w + tc
    ops.append("ET")

def centre(y, text, f, size, tc=0.0):
    w = stringWidth(text, FONTS[f], size) + tc * (len(text) - 1)
    glyphs((W - w) / 2, y, text, f, size, tc=tc)

cur_y = [H - 64]
def para(text, f="TR", size=11.5, lead=14.5, indent=0, gap=5, justify=True):
    y = cur_y[0]
    fn = FONTS[f]
    width = R - L - indent
    words, lines, cur = text.split(), [], []
    for w_ in words:
        if cur and stringWidth(" ".join(cur + [w_]), fn, size) > width:
            lines.append(cur); cur = [w_]
        else:
            cur.append(w_)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln)
        extra = 0.0
        if justify and i < len(lines) - 1 and len(ln) > 1:
            extra = (width - stringWidth(s, fn, size)) / (len(ln) - 1)
        glyphs(L + indent, y, s, f, size, gap_extra=extra)
        y -= lead
    cur_y[0] = y - gap

# the stamp first (drawn before the page content, read last by eye)
ops.append("q 0.6 0 0 RG 0.8 w 30 250 16 340 re S Q")
ops.append("0.6 0 0 rg")
glyphs(262, 41, "ALBO PRETORIO ON LINE – Pubblicata dal 24/04/2026 al 09/05/2026 – Reg. n. 214", "HB", 7.5, rot=True)
ops.append("0 g")
# letterhead
centre(cur_y[0], "COMUNE DI CETARA", "HB", 17, tc=1.0); cur_y[0] -= 15
centre(cur_y[0], "Provincia di Salerno", "TI", 11); cur_y[0] -= 12
centre(cur_y[0], "Corso Umberto I, 47 – 84010 Cetara (SA) – Polizia Municipale e Protezione Civile", "TR", 8.5)
cur_y[0] -= 8
ops.append("0.7 w %.1f %.1f m %.1f %.1f l S" % (L, cur_y[0], R, cur_y[0]))
cur_y[0] -= 30
centre(cur_y[0], "ORDINANZA SINDACALE N. 9 DEL 24/04/2026", "TB", 13); cur_y[0] -= 26
glyphs(L, cur_y[0], "OGGETTO:", "TB", 11.5)
x0 = L + stringWidth("OGGETTO:", "Times-Bold", 11.5) + 6
saveL = L
para("Divieto temporaneo di balneazione e di stazionamento sulla spiaggia del Lannio nel tratto sottostante il costone roccioso interessato da distacchi.", f="TB", indent=x0 - L, gap=14)
centre(cur_y[0], "IL SINDACO", "TB", 12, tc=2.0); cur_y[0] -= 22
P = [
 "PREMESSO che in data 22/04/2026 si è verificato il distacco di materiale lapideo dal costone roccioso che sovrasta la spiaggia del Lannio, come accertato dal Comando di Polizia Municipale e dall'Ufficio Tecnico comunale con verbale di sopralluogo n. 41 del 23/04/2026;",
 "CONSIDERATO che permane il pericolo di ulteriori crolli e che l'approssimarsi della stagione balneare rende concreto il rischio per l'incolumità delle persone che frequentano l'arenile;",
 "RITENUTO necessario ed urgente adottare un provvedimento a tutela della pubblica incolumità, nelle more dell'esecuzione degli interventi di disgaggio e messa in sicurezza del costone;",
 "VISTI gli articoli 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, e la legge 7 agosto 1990, n. 241;",
]
for p in P: para(p)
cur_y[0] -= 4
centre(cur_y[0], "O R D I N A", "TB", 12); cur_y[0] -= 20
O = [
 "il divieto di balneazione e di stazionamento sulla spiaggia del Lannio, nel tratto di arenile compreso tra la scogliera di ponente e il pontile di legno, con decorrenza immediata e fino alla conclusione dei lavori di messa in sicurezza;",
 "all'Ufficio Tecnico comunale di provvedere alla delimitazione dell'area interdetta mediante recinzione e all'apposizione di idonea segnaletica di pericolo;",
 "al Comando di Polizia Municipale e alle Forze dell'Ordine di vigilare sull'osservanza della presente ordinanza.",
]
for i, o in enumerate(O, 1):
    glyphs(L, cur_y[0], "%d." % i, "TR", 11.5)
    para(o, indent=18)
para("Avverso la presente ordinanza è ammesso ricorso al T.A.R. Campania – Sezione di Salerno entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", size=10.5, lead=13)
cur_y[0] -= 12
glyphs(L, cur_y[0], "Dalla Residenza Municipale, 24/04/2026", "TR", 11.5)
glyphs(R - 150, cur_y[0], "IL SINDACO", "TB", 11.5); cur_y[0] -= 15
glyphs(R - 170, cur_y[0], "dott. Gennaro Pappalardo", "TR", 11.5)

content = "\n".join(ops).encode("latin-1")
objs = []
objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
fontdict = " ".join("/%s %d 0 R" % (k, 5 + i) for i, k in enumerate(FONTS))
objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << %s >> >> /Contents 4 0 R >>" % (W, H, fontdict)).encode())
objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
for k, v in FONTS.items():
    objs.append(("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % v).encode())
objs.append(b"<< /Title (Ordinanza sindacale n. 9/2026) /Producer (GestAtti PDF 2.3) /Creator (Ufficio Protocollo - Comune di Cetara) >>")
pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(pdf))
    pdf += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offs: pdf += b"%010d 00000 n \n" % o
pdf += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), xref)
open(out, "wb").write(pdf)
