# Comune di Tregnago (VR): ordinanza sindacale, a PDF written by hand (no PDF library).
# Every word is its own Tm + Tj with no space characters; lines are justified by moving the
# words; the page is drawn bottom-up (last line first); the Albo stamp, rotated 90 degrees in
# the left margin, is drawn before everything else. Base-14 fonts, WinAnsiEncoding.
import sys, zlib
from reportlab.pdfbase.pdfmetrics import stringWidth   # metrics only

out = sys.argv[1]
W, H = 595.28, 841.89; L = 72; R = W - 62; TW = R - L
FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Times-Italic", "F4": "Helvetica"}
NAME = {v: k for k, v in FONTS.items()}
ops = []          # list of (y, ops-string) so we can emit bottom-up

def enc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").decode("latin1")

def words_at(words, x, y, font, size, gap):
    o = []
    for w in words:
        o.append(f"BT /{NAME[font]} {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm ({enc(w)}) Tj ET")
        x += stringWidth(w, font, size) + gap
    return "\n".join(o)

def line(text, y, font="Times-Roman", size=11, x=L, align="left", width=TW, justify=False):
    ws = text.split()
    sw = stringWidth(" ", font, size)
    nat = sum(stringWidth(w, font, size) for w in ws) + sw * (len(ws) - 1)
    gap = sw
    if justify and len(ws) > 1: gap = (width - sum(stringWidth(w, font, size) for w in ws)) / (len(ws) - 1)
    if align == "center": x = x + (width - nat) / 2
    if align == "right": x = x + width - nat
    ops.append((y, words_at(ws, x, y, font, size, gap)))

def wrap(text, font, size, width):
    out, cur = [], []
    for w in text.split():
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width: out.append(" ".join(cur)); cur = [w]
        else: cur.append(w)
    if cur: out.append(" ".join(cur))
    return out

def para(text, y, font="Times-Roman", size=11, lead=14, x=L, width=TW):
    ls = wrap(text, font, size, width)
    for i, s in enumerate(ls):
        line(s, y, font, size, x=x, width=width, justify=i < len(ls) - 1); y -= lead
    return y

# stamp first
stamp = ("q 0.55 0.1 0.1 RG 0.55 0.1 0.1 rg 0 1 -1 0 38 250 cm 0.8 w 0 -4 330 20 re S "
         f"BT /F4 7.5 Tf 6 4 Td ({enc('ALBO PRETORIO ON LINE – pubblicata dal 11/06/2026 al 26/06/2026 – n. 733 reg. pubbl.')}) Tj ET Q")
y = H - 60
line("COMUNE DI TREGNAGO", y, "Times-Bold", 17, align="center"); y -= 16
line("Provincia di Verona", y, "Times-Italic", 11, align="center"); y -= 13
line("Piazza Massalongo, 1 – 37039 Tregnago (VR) – tel. 045 6508611", y, "Times-Roman", 8.5, align="center"); y -= 10
rule = f"0.6 w {L} {y:.2f} m {R} {y:.2f} l S"; y -= 26
line("ORDINANZA N. 19/2026", y, "Times-Bold", 13, align="center"); y -= 22
line("OGGETTO:", y, "Times-Bold", 11)
subj = ("Divieto di accensione di fuochi e di abbruciamento di residui vegetali all'aperto nel periodo di grave "
        "pericolosità per gli incendi boschivi in Val d'Illasi – estate 2026.")
y = para(subj, y, "Times-Bold", 11, 14, x=L + 62, width=TW - 62) - 10
line("IL SINDACO", y, "Times-Bold", 12, align="center"); y -= 20
for t in [
 "Considerato che il perdurare di temperature elevate e l'assenza di precipitazioni significative hanno determinato, nelle aree collinari e boscate del territorio comunale, condizioni di elevato rischio di incendio;",
 "Vista la comunicazione della Regione del Veneto – Direzione Protezione Civile e Polizia Locale del 5 giugno 2026, con la quale è stato dichiarato lo stato di grave pericolosità per gli incendi boschivi su tutto il territorio della Lessinia e della Val d'Illasi;",
 "Visti l'art. 182, comma 6-bis, del D.Lgs. 3 aprile 2006, n. 152, la Legge 21 novembre 2000, n. 353, e l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;",
]:
    y = para(t, y) - 5
y -= 4
line("O R D I N A", y, "Times-Bold", 12, align="center"); y -= 20
for i, t in enumerate([
 "dal 12 giugno al 15 settembre 2026, su tutto il territorio comunale, è vietato accendere fuochi all'aperto e bruciare residui vegetali agricoli e forestali;",
 "è vietato l'uso di apparecchi a fiamma libera e di barbecue mobili nelle aree boscate e nelle aree verdi pubbliche, ad eccezione delle strutture fisse appositamente attrezzate;",
 "è vietato il lancio di lanterne volanti e l'accensione di fuochi d'artificio in prossimità di aree boscate;",
 "i trasgressori sono puniti con la sanzione amministrativa pecuniaria da euro 100,00 a euro 500,00, salvo che il fatto costituisca reato.",
], 1):
    line(f"{i})", y); y = para(t, y, x=L + 20, width=TW - 20) - 5
y -= 4
y = para("La Polizia Locale del Consorzio Est Veronese, i Carabinieri Forestali e chiunque spetti sono incaricati di far rispettare la presente ordinanza. Contro il presente provvedimento è ammesso ricorso al T.A.R. del Veneto entro 60 giorni dalla pubblicazione, oppure ricorso straordinario al Presidente della Repubblica entro 120 giorni.", y) - 18
line("Tregnago, 11 giugno 2026", y); line("IL SINDACO", y, align="right", x=R - 170, width=170); y -= 14
line("Renato Ridolfi", y, align="right", x=R - 170, width=170); y -= 12
line("(firmato digitalmente)", y, "Times-Italic", 8.5, align="right", x=R - 170, width=170)
line("Ordinanza n. 19/2026 – pagina 1 di 1", 30, "Times-Roman", 8, align="center")

content = stamp + "\n" + "\n".join(o for _, o in sorted(ops, key=lambda t: t[0])) + "\n" + rule
data = zlib.compress(content.encode("latin1"))
objs = []
objs.append("<< /Type /Catalog /Pages 2 0 R >>")
objs.append("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
fontrefs = " ".join(f"/{k} {5 + i} 0 R" for i, k in enumerate(FONTS))
objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W} {H}] /Resources << /Font << {fontrefs} >> >> /Contents 4 0 R >>")
objs.append(None)  # stream
for k, v in FONTS.items():
    objs.append(f"<< /Type /Font /Subtype /Type1 /BaseFont /{v} /Encoding /WinAnsiEncoding >>")
info_n = len(objs) + 1
objs.append("<< /Producer (Kronos Print Server 5.1 / PDF-Out) /Title (Ordinanza n. 19/2026) /CreationDate (D:20260611101500+02'00') >>")
buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(buf))
    if o is None:
        buf += f"{i} 0 obj\n<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream\nendobj\n"
    else:
        buf += f"{i} 0 obj\n{o}\nendobj\n".encode("latin1")
xref = len(buf)
buf += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
for o in offs: buf += f"{o:010d} 00000 n \n".encode()
buf += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info {info_n} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
open(out, "wb").write(buf)
