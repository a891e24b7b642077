"""Allegato A (cemetery tariffs 2026) to a Giunta deliberation of the Comune di Martellago,
Civilia-like layout, as a virtual PDF printer driver writes it: every glyph is placed by
its own Tm, no space characters (word gaps are only gaps), headings letter-spaced by wide
gaps between glyphs. Standard-14 Helvetica, WinAnsiEncoding (minipdf)."""
import sys
from minipdf import PDF, enc, f, width
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1] if len(sys.argv) > 1 else "allegato-martellago-civilia.pdf"
FN = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"}
pdf = PDF()
for k, v in FN.items():
    pdf.font(k, v)
pdf.info = {"Title": "Allegato A - Tariffe servizi cimiteriali 2026", "Creator": "Civilia Next - Stampa documento",
            "Producer": "PDF Printer Driver 3.1 (GDI)"}
PW, PH = 595.28, 841.89
XL, XR = 50.0, 545.0
ops = []

def glyphs(x, y, text, font="R", size=9.5, spacing=0.0, align="L", right=None, centre=None):
    """place each glyph with its own Tm; spaces advance the pen but are not drawn."""
    w = stringWidth(text, FN[font], size) + spacing * (len(text) - 1)
    if align == "R":
        x = right - w
    elif align == "C":
        x = centre - w / 2
    ops.append("BT /%s %s Tf" % (font, f(size)))
    for ch in text:
        if ch != " ":
            ops.append("1 0 0 1 %s %s Tm %s Tj" % (f(x), f(y), enc(ch).decode("latin-1")))
        x += stringWidth(ch, FN[font], size) + spacing
    ops.append("ET")

def hline(y, x0=XL, x1=XR, w=0.5):
    ops.append("%s w %s %s m %s %s l S" % (f(w), f(x0), f(y), f(x1), f(y)))

def vline(x, y0, y1, w=0.5):
    ops.append("%s w %s %s m %s %s l S" % (f(w), f(x), f(y0), f(x), f(y1)))

# running head
glyphs(XL, 812, "COMUNE DI MARTELLAGO", "B", 13)
glyphs(XL, 799, "Città Metropolitana di Venezia", "R", 9.5)
glyphs(XL, 788, "Piazza Vittoria, 1 – 30030 Martellago (VE)", "R", 8)
glyphs(XR, 812, "Allegato A", "B", 11, align="R", right=XR)
glyphs(XR, 799, "alla deliberazione della Giunta Comunale", "R", 8.5, align="R", right=XR)
glyphs(XR, 788, "n. 31 del 10/03/2026", "R", 8.5, align="R", right=XR)
hline(780, w=1.0)

# letter-spaced title
glyphs(0, 752, "TARIFFE DEI SERVIZI CIMITERIALI", "B", 12.5, spacing=3.2, align="C", centre=(XL + XR) / 2)
glyphs(0, 735, "ANNO 2026", "B", 11, spacing=3.0, align="C", centre=(XL + XR) / 2)
glyphs(0, 719, "Cimiteri di Martellago, Maerne e Olmo", "I", 9.5, align="C", centre=(XL + XR) / 2)

cols = [XL, XL + 38, XL + 300, XL + 360, XL + 428, XR]
rows = [
 ("01", "Inumazione in campo comune – salma di adulto", "cad.", "380,00", "570,00"),
 ("02", "Inumazione in campo comune – bambini fino a 10 anni", "cad.", "190,00", "285,00"),
 ("03", "Tumulazione di feretro in loculo", "cad.", "260,00", "390,00"),
 ("04", "Tumulazione di feretro in tomba di famiglia", "cad.", "310,00", "465,00"),
 ("05", "Tumulazione di cassetta ossario o urna cineraria", "cad.", "95,00", "140,00"),
 ("06", "Esumazione ordinaria", "cad.", "290,00", "435,00"),
 ("07", "Estumulazione ordinaria", "cad.", "240,00", "360,00"),
 ("08", "Estumulazione straordinaria su richiesta dei familiari", "cad.", "330,00", "495,00"),
 ("09", "Traslazione di salma all'interno dello stesso cimitero", "cad.", "420,00", "630,00"),
 ("10", "Dispersione delle ceneri nel giardino delle rimembranze", "cad.", "120,00", "180,00"),
 ("11", "Concessione trentennale di loculo – file 1ª e 4ª", "cad.", "1.850,00", "2.780,00"),
 ("12", "Concessione trentennale di loculo – file 2ª e 3ª", "cad.", "2.450,00", "3.680,00"),
 ("13", "Concessione trentennale di ossario o cinerario", "cad.", "520,00", "780,00"),
 ("14", "Illuminazione votiva – canone annuo", "punto luce", "18,00", "18,00"),
 ("15", "Apertura e chiusura di tomba di famiglia", "cad.", "150,00", "225,00"),
 ("16", "Maggiorazione per servizi in giorni festivi", "%", "30%", "30%"),
]
top = 702
hh = 28
ops.append("0.88 0.9 0.94 rg %s %s %s %s re f 0 g" % (f(XL), f(top - hh), f(XR - XL), f(hh)))
hdr = [("Cod.", None), ("Descrizione del servizio", None), ("Unità", None), ("Residenti", "€"), ("Non residenti", "€")]
for i, (a, b) in enumerate(hdr):
    cx = (cols[i] + cols[i + 1]) / 2
    if b:
        glyphs(0, top - 12, a, "B", 9, align="C", centre=cx)
        glyphs(0, top - 23, b, "B", 9, align="C", centre=cx)
    else:
        glyphs(0, top - 17, a, "B", 9, align="C", centre=cx)
y = top - hh
hline(top, w=0.8); hline(y, w=0.8)
RH = 18
for r in rows:
    y -= RH
    glyphs(0, y + 6, r[0], "R", 9, align="C", centre=(cols[0] + cols[1]) / 2)
    glyphs(cols[1] + 5, y + 6, r[1], "R", 9)
    glyphs(0, y + 6, r[2], "R", 9, align="C", centre=(cols[2] + cols[3]) / 2)
    glyphs(0, y + 6, r[3], "R", 9, align="R", right=cols[4] - 8)
    glyphs(0, y + 6, r[4], "R", 9, align="R", right=cols[5] - 8)
    hline(y, w=0.3)
hline(y, w=0.8)
for x in cols:
    vline(x, y, top, 0.5)

y -= 26
glyphs(XL, y, "NOTE", "B", 9.5, spacing=2.0)
notes = [
 "1. Per “residenti” si intendono i defunti che al momento del decesso risultavano iscritti nell'anagrafe della popolazione",
 "    residente del Comune di Martellago, nonché i defunti nati a Martellago o ivi residenti per almeno venti anni.",
 "2. Le tariffe sono comprensive dell'IVA, ove dovuta, e non comprendono le spese per la fornitura di lapidi e accessori.",
 "3. Le tariffe delle concessioni (codici 11, 12 e 13) sono dovute in unica soluzione all'atto della stipula del contratto.",
 "4. Il canone dell'illuminazione votiva (codice 14) è riscosso annualmente tramite avviso PagoPA.",
 "5. Le tariffe decorrono dal 1° aprile 2026 e sostituiscono quelle approvate con deliberazione di G.C. n. 44/2024.",
]
for n in notes:
    y -= 13.5
    glyphs(XL, y, n, "R", 8.6)

y -= 36
glyphs(XL + 300, y, "IL RESPONSABILE DEL SETTORE", "B", 9)
glyphs(XL + 300, y - 12, "LAVORI PUBBLICI E CIMITERI", "B", 9)
glyphs(XL + 300, y - 26, "Arch. Elisa Pavanello", "R", 9.5)

hline(52, w=0.5)
glyphs(XL, 42, "Civilia Next – Allegato A alla deliberazione G.C. n. 31 del 10/03/2026", "R", 7.5)
glyphs(XR, 42, "Pagina 1 di 1", "R", 7.5, align="R", right=XR)
pdf.page("\n".join(ops))
pdf.write(out)
