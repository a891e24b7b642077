# Comune di Sassello - unnumbered avviso laid out like a DTP poster (PageMaker style), written as raw PostScript
# (Latin-1 re-encoded Type 1 fonts), to be converted by Ghostscript's ps2pdf.
import sys
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = 595, 842
out = []
def esc(s):
    # Latin-1 plus three extra slots of the custom encoding: 128 Euro, 129 endash, 130 bullet
    r = ""
    for c in s:
        ch = {"€": 128, "–": 129, "•": 130}.get(c, None) or ord(c)
        if c in "()\\": r += "\\" + c
        elif ch > 126: r += "\\%03o" % ch
        else: r += c
    return r

RL = {"H": "Helvetica", "HB": "Helvetica-Bold", "T": "Times-Roman", "TB": "Times-Bold", "TI": "Times-Italic"}
def width(s, f, size): return stringWidth(s, RL[f], size)

def text(x, y, s, f, size, align="l", gray=0):
    w = width(s, f, size)
    if align == "c": x -= w / 2
    elif align == "r": x -= w
    out.append("%s %d selectfont %.2f setgray %.2f %.2f moveto (%s) show" % ("/" + f + "L", size, gray, x, y, esc(s)))

def wrap(s, f, size, maxw):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if width(t, f, size) <= maxw: cur = t
        else: lines.append(cur); cur = w
    lines.append(cur); return lines

def justify(x, y, s, f, size, maxw):
    words = s.split(" ")
    if len(words) == 1: text(x, y, s, f, size); return
    gap = (maxw - sum(width(w, f, size) for w in words)) / (len(words) - 1)
    cx = x
    for w in words:
        text(cx, y, w, f, size); cx += width(w, f, size) + gap

def para(x, y, s, f, size, maxw, lead, just=True):
    lines = wrap(s, f, size, maxw)
    for i, l in enumerate(lines):
        if just and i < len(lines) - 1: justify(x, y, l, f, size, maxw)
        else: text(x, y, l, f, size)
        y -= lead
    return y

hdr = ["%!PS-Adobe-3.0", "%%Title: Avviso funghi 2026", "%%Creator: Adobe PageMaker 7.0 (imitazione) - PostScript scritto a mano", "%%Pages: 1", "%%BoundingBox: 0 0 595 842", "%%EndComments",
       "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall /Encoding ISOLatin1Encoding 256 array copy dup 128 /Euro put dup 129 /endash put dup 130 /bullet put def currentdict end definefont pop } def"]
for k, v in RL.items():
    hdr.append("/%sL /%s reenc" % (k, v))
hdr += ["%%Page: 1 1"]

# frame and green band
out.append("0 0 0 setrgbcolor 2 setlinewidth 30 30 535 782 rectstroke")
out.append("0.18 0.38 0.20 setrgbcolor 30 742 535 70 rectfill")
out.append("0.5 setlinewidth 1 1 1 setrgbcolor 48 752 46 50 rectstroke")
text(71, 774, "stemma", "H", 7, "c", 1)
text(W/2 + 20, 786, "COMUNE DI SASSELLO", "HB", 24, "c", 1)
text(W/2 + 20, 768, "Provincia di Savona", "H", 11, "c", 1)
text(W/2 + 20, 753, "Parco Naturale Regionale del Beigua", "TI", 10, "c", 1)
text(W/2, 676, "AVVISO", "HB", 54, "c")
y = 640
for l in wrap("RACCOLTA DEI FUNGHI EPIGEI SPONTANEI – RILASCIO DEI PERMESSI PER LA STAGIONE 2026", "HB", 15, 470):
    text(W/2, y, l, "HB", 15, "c"); y -= 19
out.append("0 setgray 1.2 setlinewidth 60 %d moveto 535 %d lineto stroke" % (y + 6, y + 6))
y -= 18
y = para(60, y, "Si informa la cittadinanza e i frequentatori del territorio comunale che, ai sensi della Legge Regionale Liguria 3 aprile 2007, n. 13 e del Regolamento comunale per la raccolta dei funghi epigei spontanei, dal giorno 4 maggio 2026 sono in distribuzione i permessi per la raccolta nei boschi ricadenti nel territorio del Comune di Sassello.", "T", 12, 475, 16)
y -= 8
text(60, y, "Tariffe dei permessi:", "TB", 12); y -= 18
for a, b in [("permesso giornaliero", "€ 10,00"), ("permesso settimanale (7 giorni consecutivi)", "€ 30,00"), ("permesso mensile", "€ 60,00"),
             ("permesso stagionale per i non residenti", "€ 120,00"), ("permesso stagionale per i residenti e i proprietari di immobili", "gratuito")]:
    text(78, y, "•", "T", 12); text(92, y, a, "T", 12)
    text(535, y, b, "T", 12, "r"); y -= 16
y -= 8
y = para(60, y, "I permessi possono essere acquistati presso l'Ufficio Turistico comunale, le rivendite convenzionate e on line tramite la piattaforma PagoPA indicata sul sito istituzionale. Il permesso deve essere esibito, unitamente a un documento di identità, a richiesta del personale incaricato della vigilanza.", "T", 12, 475, 16)
y -= 8
y = para(60, y, "La raccolta è consentita dall'alba al tramonto nel limite di 3 kg per persona al giorno; è vietato l'uso di rastrelli, uncini o altri attrezzi che possano danneggiare lo strato umifero del terreno. I trasgressori sono puniti con le sanzioni previste dall'art. 15 della L.R. 13/2007.", "T", 12, 475, 16)
y -= 26
text(60, y, "Sassello, 20 aprile 2026", "T", 12)
text(430, y, "IL SINDACO", "TB", 12, "c"); y -= 16
text(430, y, "Marina Zunino", "T", 12, "c"); y -= 13
text(430, y, "(firmato digitalmente)", "TI", 9, "c")
text(W/2, 44, "Ufficio Turistico - Piazza Concezione, 3 - 17046 Sassello (SV) - Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", "H", 7.5, "c")
src = "\n".join(hdr + out + ["showpage", "%%EOF"]) + "\n"
open(sys.argv[1], "w", encoding="latin-1").write(src)
