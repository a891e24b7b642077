"""Determinazione dirigenziale of the Comune di Sarno (APKappa-like layout) written as
hand-made content streams: paragraphs justified with Tw (word spacing), headings
letter-spaced with Tc, a rotated Albo Pretorio stamp along the left margin of each page.
Standard-14 Helvetica/Times fonts, WinAnsiEncoding, not embedded (minipdf)."""
import sys
from minipdf import PDF, enc, f, width

out = sys.argv[1] if len(sys.argv) > 1 else "determinazione-sarno-apkappa.pdf"
FONTS = {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic", "H": "Helvetica", "HB": "Helvetica-Bold"}
pdf = PDF()
for k, v in FONTS.items():
    pdf.font(k, v)
pdf.info = {"Title": "Determinazione Reg. Gen. n. 298 del 16/03/2026", "Producer": "APKappa - Atti Web PDF Engine 4.2",
            "Creator": "Sistema documentale comunale"}

PW, PH = 595.28, 841.89
XL, XR = 78.0, 540.0
TW_ = XR - XL


class Page:
    def __init__(self):
        self.ops = []
        self.y = 790.0

    def raw(self, s):
        self.ops.append(s)


pages = [Page()]
def pg():
    return pages[-1]

def need(h):
    if pg().y - h < 70:
        pages.append(Page())

def text_at(x, y, s, font="R", size=10.5, tc=0.0):
    pg().raw("BT /%s %s Tf %s Tc %s %s Td %s Tj ET" % (font, f(size), f(tc), f(x), f(y), enc(s).decode("latin-1")))

def centred(s, font="B", size=11, tc=0.0, dy=16):
    w = width(s, FONTS[font], size, tc)
    need(dy)
    pg().y -= dy
    text_at(XL + (TW_ - w) / 2 + tc / 2, pg().y, s, font, size, tc)

def para(runs, size=10.5, lead=13.6, indent=0.0, hang=None, after=5.0, align="J", rind=0.0):
    """runs: list of (fontkey, text). Justified with Tw, one BT per paragraph, T* between lines."""
    words = []   # (font, word)
    for fk, t in runs:
        for i, w in enumerate(t.split(" ")):
            if w:
                words.append((fk, w))
    lines, cur, curw = [], [], 0.0
    x0 = XL + indent
    first = True
    def maxw(first):
        return TW_ - indent - rind - ((hang or 0.0) if not first else 0.0)
    for fk, w in words:
        ww = width(w, FONTS[fk], size)
        sp = width(" ", FONTS[cur[-1][0]] if cur else FONTS[fk], size) if cur else 0.0
        if cur and curw + sp + ww > maxw(not lines):
            lines.append(cur); cur, curw = [], 0.0; sp = 0.0
        cur.append((fk, w)); curw += sp + ww
    if cur:
        lines.append(cur)
    need(lead * min(len(lines), 3))
    pg().y -= lead
    ops = ["BT", "0 Tc", "%s TL" % f(lead), "%s %s Td" % (f(x0), f(pg().y))]
    curfont = None
    xoff = 0.0
    for li, line in enumerate(lines):
        if li:
            if pg().y - lead < 70:
                ops.append("ET"); pg().raw("\n".join(ops))
                pages.append(Page()); pg().y -= lead
                ops = ["BT", "0 Tc", "%s TL" % f(lead), "%s %s Td" % (f(x0 + xoff), f(pg().y))]
                curfont = None
            else:
                if li == 1 and hang:
                    ops.append("%s %s Td" % (f(hang), f(-lead))); xoff = hang
                else:
                    ops.append("T*")
                pg().y -= lead
        # segments by font, spaces belong to the segment they follow
        segs = []
        for fk, w in line:
            if segs and segs[-1][0] == fk:
                segs[-1][1] += " " + w
            else:
                if segs:
                    segs[-1][1] += " "
                segs.append([fk, w])
        nat = sum(width(t, FONTS[fk], size) for fk, t in segs)
        nsp = sum(t.count(" ") for fk, t in segs)
        avail = TW_ - indent - rind - (xoff if li else 0.0)
        last = li == len(lines) - 1
        tw = (avail - nat) / nsp if (align == "J" and not last and nsp) else 0.0
        ops.append("%s Tw" % f(tw))
        for fk, t in segs:
            if fk != curfont:
                ops.append("/%s %s Tf" % (fk, f(size))); curfont = fk
            ops.append("%s Tj" % enc(t).decode("latin-1"))
    ops.append("0 Tw ET")
    pg().raw("\n".join(ops))
    pg().y -= after

def rule(y, w=0.6):
    pg().raw("%s w %s %s m %s %s l S" % (f(w), f(XL), f(y), f(XR), f(y)))

# ---------------- letterhead (page 1) ----------------
p = pg()
p.raw("q 0.55 0.1 0.1 rg 0.55 0.1 0.1 RG 1.2 w %s 762 m %s 800 l S Q" % (f(XL + 38), f(XL + 38)))
# emblem: shield
p.raw("q 0.55 0.1 0.1 RG 1.4 w %s 798 m %s 798 l %s 772 l %s 760 %s 760 %s 772 c h S Q" % (
    f(XL), f(XL + 28), f(XL + 28), f(XL + 24), f(XL + 14), f(XL + 2)))
text_at(XL + 10, 780, "S", "B", 12)
text_at(XL + 48, 786, "COMUNE DI SARNO", "HB", 17, 1.2)
text_at(XL + 48, 771, "Provincia di Salerno", "I", 11)
text_at(XL + 48, 759, "Piazza IV Novembre – 84087 Sarno (SA) – C.F. 80020830657", "H", 8)
rule(748, 1.0)
p.y = 738
text_at(XL, p.y - 2, "SETTORE II – SERVIZI ALLA PERSONA E ISTRUZIONE", "HB", 10.5)
p.y -= 15
text_at(XL, p.y - 2, "Servizio Pubblica Istruzione", "H", 10)
p.y -= 12
centred("DETERMINAZIONE DIRIGENZIALE", "HB", 13, tc=3.2, dy=26)
# register box
y0 = p.y - 10
p.raw("0.5 w %s %s %s %s re S %s %s m %s %s l S" % (f(XL), f(y0 - 34), f(TW_), f(34), f(XL + TW_ / 2), f(y0), f(XL + TW_ / 2), f(y0 - 34)))
text_at(XL + 8, y0 - 14, "Registro Generale", "H", 8.5)
text_at(XL + 8, y0 - 27, "n. 298 del 16/03/2026", "HB", 10.5)
text_at(XL + TW_ / 2 + 8, y0 - 14, "Registro di Settore", "H", 8.5)
text_at(XL + TW_ / 2 + 8, y0 - 27, "n. 57 del 13/03/2026", "HB", 10.5)
p.y = y0 - 40

para([("B", "OGGETTO:"), ("B", "Servizio di refezione scolastica a.s. 2025/2026 – Liquidazione fatture mese di febbraio 2026 alla ditta “Ristorazione Agro Nocerina S.r.l.” – CIG B2E7F0A113.")],
     size=11, lead=14, after=8)
rule(pg().y + 4, 0.4)
centred("IL DIRIGENTE", "HB", 11, tc=2.5, dy=20)
pg().y -= 4

P = [
 [("B", "Premesso"), ("R", "che con determinazione dirigenziale Reg. Gen. n. 1012 del 04/09/2025 è stato affidato alla ditta “Ristorazione Agro Nocerina S.r.l.”, con sede in Nocera Superiore, il servizio di refezione scolastica per le scuole dell'infanzia e primarie a tempo pieno del Comune di Sarno per l'anno scolastico 2025/2026, per un importo di € 4,38 oltre IVA al 4% per ciascun pasto erogato;")],
 [("B", "Visto"), ("R", "il decreto sindacale n. 3 del 10/01/2026, con il quale alla sottoscritta è stata conferita la direzione del Settore II – Servizi alla Persona e Istruzione;")],
 [("B", "Viste"), ("R", "le fatture elettroniche n. 212/E del 03/03/2026, di € 37.452,00 oltre IVA, relativa ai pasti erogati nel mese di febbraio 2026 (n. 8.551 pasti), e n. 213/E del 03/03/2026, di € 1.204,50 oltre IVA, relativa ai pasti per le diete speciali nel medesimo periodo;")],
 [("B", "Accertata"), ("R", "la regolare esecuzione del servizio, come da attestazione del Responsabile del Servizio Pubblica Istruzione in data 10/03/2026, e verificati i riepiloghi mensili dei pasti trasmessi dai plessi scolastici;")],
 [("B", "Acquisito"), ("R", "il DURC on line prot. INPS_49812267, con scadenza al 24/06/2026, dal quale la ditta risulta in regola con il versamento dei contributi;")],
 [("B", "Dato atto"), ("R", "che la sottoscritta non si trova in alcuna situazione di conflitto di interessi, anche potenziale, ai sensi dell'art. 6-bis della Legge n. 241/1990;")],
 [("B", "Visti"), ("R", "il D.Lgs. n. 267/2000, il D.Lgs. n. 36/2023, lo Statuto comunale e il vigente Regolamento di contabilità;")],
]
for r in P:
    para(r)
centred("DETERMINA", "HB", 11, tc=3.0, dy=22)
pg().y -= 4
pts = [
 "di liquidare alla ditta “Ristorazione Agro Nocerina S.r.l.” la somma complessiva di € 38.656,50 oltre IVA al 4% pari ad € 1.546,26, per un totale di € 40.202,76, a saldo delle fatture n. 212/E e n. 213/E del 03/03/2026;",
 "di imputare la spesa di € 40.202,76 sull'impegno n. 1588/2025, capitolo 1450/2 “Servizio refezione scolastica”, del bilancio di previsione 2026/2028, esercizio 2026;",
 "di dare atto che l'IVA sarà versata direttamente all'Erario ai sensi dell'art. 17-ter del D.P.R. n. 633/1972 (split payment);",
 "di trasmettere il presente provvedimento al Settore Finanziario per l'emissione del mandato di pagamento e di disporne la pubblicazione all'Albo Pretorio on line.",
]
for i, s in enumerate(pts, 1):
    para([("R", "%d.  %s" % (i, s))], indent=8, hang=14)
pg().y -= 10
need(60)
y = pg().y
text_at(XL + 250, y - 10, "IL DIRIGENTE DEL SETTORE II", "HB", 10)
text_at(XL + 256, y - 24, "Dott.ssa Maria Rosaria Squillante", "R", 10.5)
text_at(XL + 262, y - 37, "(firmato digitalmente)", "I", 9)
pg().y = y - 50
need(90)
pg().y -= 8
y = pg().y
pg().raw("0.5 w %s %s %s %s re S" % (f(XL), f(y - 76), f(TW_), f(76)))
pg().y = y - 2
centred("VISTO DI REGOLARITÀ CONTABILE", "HB", 9.5, tc=1.0, dy=12)
para([("R", "Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000. Liquidazione n. 611/2026.")], size=9.5, lead=12, indent=6, rind=6, after=2)
yy = pg().y - 14
text_at(XL + 6, yy, "Sarno, 16/03/2026", "R", 9.5)
text_at(XL + 250, yy, "IL DIRIGENTE DEL SETTORE FINANZIARIO", "R", 9.5)
text_at(XL + 270, yy - 12, "Dott. Pasquale Ferrentino", "R", 9.5)
pg().y = yy - 10

# --------- page furniture: running foot and rotated Albo stamp on every page ---------
N = len(pages)
STAMP_Y = float(sys.argv[2]) if len(sys.argv) > 2 else 100.0
for i, p in enumerate(pages, 1):
    if i > 1:
        p.ops.insert(0, "BT /H 8 Tf %s 812 Td %s Tj ET" % (f(XL), enc("Comune di Sarno – Determinazione Reg. Gen. n. 298 del 16/03/2026").decode("latin-1")))
        p.ops.insert(1, "0.4 w %s 806 m %s 806 l S" % (f(XL), f(XR)))
    p.raw("0.4 w %s 52 m %s 52 l S" % (f(XL), f(XR)))
    p.raw("BT /H 7.5 Tf %s 42 Td %s Tj ET" % (f(XL), enc("Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e conservato negli archivi del Comune").decode("latin-1")))
    p.raw("BT /H 8 Tf %s 42 Td %s Tj ET" % (f(XR - 40), enc("Pag. %d/%d" % (i, N)).decode("latin-1")))
    # rotated stamp, reading bottom-to-top along the left margin
    p.raw("q 0.15 0.25 0.55 RG 0.15 0.25 0.55 rg 0.8 w 24 %s 18 520 re S "
          "BT /HB 8 Tf 0 1 -1 0 36.5 %s Tm 0.6 Tc %s Tj ET "
          "BT /H 7.5 Tf 0 1 -1 0 36.5 %s Tm 0 Tc %s Tj ET Q" % (
              f(STAMP_Y), f(STAMP_Y + 12), enc("ALBO PRETORIO ON LINE").decode("latin-1"),
              f(STAMP_Y + 202), enc("Pubblicazione n. 734/2026 dal 17/03/2026 al 01/04/2026 – Comune di Sarno").decode("latin-1")))
for p in pages:
    pdf.page("\n".join(p.ops))
pdf.write(out)
