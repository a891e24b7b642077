"""Comune di Prata di Pordenone, 'Ascot' house style: determinazione n. 412/2028.
Content streams written by hand and assembled with pikepdf, as a report engine writes
them: every glyph placed alone by its own Tm (no space characters; justified lines
only by position), the letterhead, footer and signature box as Form XObjects, and the
page drawn out of reading order (body first, then footer, signatures, letterhead and
the band with the number last)."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
PW, PH = 595.28, 841.89
LM, RM = 62.0, 56.0
TW = PW - LM - RM
FONTS = {"R": ("F1", "Helvetica"), "B": ("F2", "Helvetica-Bold"), "I": ("F3", "Helvetica-Oblique")}

def enc(ch):
    return ch.encode("cp1252")

def glyphs(text, x, y, style="R", size=10, extra_gaps=None, cs=0.0):
    """One glyph per Tm; spaces are only a move. extra_gaps: added width per space."""
    fn, base = FONTS[style]
    ops = [f"BT /{fn} {size:g} Tf"]
    cx = x
    for ch in text:
        w = stringWidth(ch, base, size)
        if ch == " ":
            cx += w + (extra_gaps or 0) + cs
            continue
        ops.append(f"1 0 0 1 {cx:.2f} {y:.2f} Tm <{enc(ch).hex()}> Tj")
        cx += w + cs
    ops.append("ET")
    return "\n".join(ops)

def wrap(text, style, size, width):
    base = FONTS[style][1]
    words, lines, cur = text.split(), [], []
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, base, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur: lines.append(cur)
    return lines

def para(text, x, y, width, style="R", size=10, lead=13.0, justify=True, indent=0.0):
    """Returns (ops, new_y)."""
    base = FONTS[style][1]
    ops = []
    lines = wrap(text, style, size, width - indent)
    for i, ln in enumerate(lines):
        s = " ".join(ln)
        gap = 0.0
        if justify and i < len(lines) - 1 and len(ln) > 1:
            gap = (width - indent - stringWidth(s, base, size)) / (len(ln) - 1)
        ops.append(glyphs(s, x + indent, y, style, size, gap))
        y -= lead
    return "\n".join(ops), y

def centered(text, y, style="B", size=11, cs=0.0):
    base = FONTS[style][1]
    w = stringWidth(text, base, size) + cs * (len(text) - 1)
    return glyphs(text, (PW - w) / 2, y, style, size, 0, cs)

pdf = pikepdf.new()
fontdict = Dictionary()
for fn, base in FONTS.values():
    fontdict[Name("/" + fn)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
                                                             Encoding=Name.WinAnsiEncoding))
res_fonts = Dictionary(Font=fontdict)

def xobject(ops, bbox):
    return pdf.make_stream(ops.encode("latin-1"), Type=Name.XObject, Subtype=Name.Form,
                           BBox=Array(bbox), Resources=Dictionary(Font=fontdict))

# --- Form XObjects -------------------------------------------------------
crest = ("q 0.1 0.48 0.23 rg 0 0 0 RG 1.2 w 0 40 m 34 40 l 34 18 l 17 0 l 0 18 l h B "
         "1 1 1 rg 0 40 m 34 40 l 34 28 l 0 28 l h B 0.83 0.63 0.09 rg 14 6 6 34 re f "
         "0.69 0.54 0.18 rg 2 42 8 8 re B 13 42 8 8 re B 24 42 8 8 re B Q")
lh_ops = "\n".join([
    f"q 1 0 0 1 {LM:.1f} {PH - 96:.1f} cm {crest} Q",
    glyphs("COMUNE DI PRATA DI PORDENONE", LM + 48, PH - 62, "B", 15, 0, 2.6),
    glyphs("REGIONE AUTONOMA FRIULI VENEZIA GIULIA", LM + 48, PH - 76, "R", 8, 0, 1.6),
    glyphs("Via Roma, 33 - 33080 Prata di Pordenone (PN) - C.F. 80002310935 - comune.pratadipordenone@certgov.fvg.it",
           LM + 48, PH - 88, "R", 6.8),
])
LH = xobject(lh_ops, [0, 0, PW, PH])
foot_ops = "\n".join([
    f"0.3 w {LM} 40 m {PW - RM} 40 l S",
    glyphs("Comune di Prata di Pordenone - Determinazione n. 412 del 07/06/2028 - Area Tecnica", LM, 30, "R", 7),
    glyphs("Ascot Web - Atti amministrativi", LM, 21, "I", 6.5),
])
FOOT = xobject(foot_ops, [0, 0, PW, 60])
sig_ops = "\n".join([
    f"0.5 w {PW - RM - 220:.1f} 0 220 62 re S",
    glyphs("IL TITOLARE DI ELEVATA QUALIFICAZIONE", PW - RM - 212, 48, "B", 8.5),
    glyphs("DELL'AREA TECNICA", PW - RM - 212, 37, "B", 8.5),
    glyphs("geom. Ivan Boz", PW - RM - 212, 22, "R", 10),
    glyphs("(documento firmato digitalmente)", PW - RM - 212, 8, "I", 7.5),
])
SIG = xobject(sig_ops, [0, 0, PW, 70])

# --- text ----------------------------------------------------------------
OGG = ("Lavori di manutenzione straordinaria della copertura della palestra della scuola primaria \"G. Marconi\" "
       "di Prata di Sopra. Affidamento diretto dei lavori alla ditta Edilcoperture Livenza S.r.l. e impegno di spesa. "
       "CUP G47B28000050004 - CIG B8C41E7A20.")
premesse = [
    "Visto il decreto del Sindaco n. 2 del 10/01/2028, con il quale al sottoscritto e' stato conferito l'incarico di titolare di "
    "Elevata Qualificazione dell'Area Tecnica fino al 31/12/2028;",
    "Richiamate la deliberazione del Consiglio comunale n. 9 del 27/02/2028, di approvazione del Documento Unico di Programmazione "
    "e del bilancio di previsione 2028-2030, e la deliberazione della Giunta comunale n. 31 del 14/03/2028, di approvazione del "
    "Piano Esecutivo di Gestione;",
    "Premesso che a seguito delle infiltrazioni d'acqua rilevate nel corso dell'inverno il Servizio Lavori Pubblici e Manutenzioni "
    "ha accertato il deterioramento del manto impermeabile e delle lattonerie della copertura della palestra della scuola "
    "primaria \"G. Marconi\", e che l'intervento deve essere concluso durante la sospensione estiva delle attivita' didattiche;",
    "Visto il progetto esecutivo redatto dal Servizio, approvato con deliberazione della Giunta comunale n. 52 del 23/05/2028, "
    "dell'importo di euro 68.400,00 per lavori, di cui euro 2.900,00 per oneri della sicurezza non soggetti a ribasso;",
    "Dato atto che, interpellata tramite la piattaforma eAppaltiFVG, la ditta Edilcoperture Livenza S.r.l. di Brugnera ha offerto "
    "il ribasso del 6,20% sull'importo dei lavori soggetto a ribasso, per un importo contrattuale di euro 64.339,00 oltre IVA;",
    "Visti l'art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, il D.Lgs. 18 agosto 2000, n. 267, e la L.R. 17 luglio "
    "2015, n. 18;",
]
punti = [
    "di affidare alla ditta Edilcoperture Livenza S.r.l., con sede in Brugnera (PN), P.IVA 01794560935, i lavori di manutenzione "
    "straordinaria della copertura della palestra della scuola primaria \"G. Marconi\" di Prata di Sopra, per l'importo di "
    "euro 64.339,00 oltre IVA al 10%;",
    "di impegnare la spesa complessiva di euro 70.772,90 al capitolo 2410/2 \"Manutenzione straordinaria edifici scolastici\" "
    "del bilancio 2028-2030, esercizio 2028, finanziato con contributo regionale e avanzo di amministrazione;",
    "di dare atto che i lavori dovranno essere eseguiti entro il 31/08/2028 e che il contratto sara' stipulato in forma di "
    "scrittura privata mediante firma digitale;",
    "di dare atto che il Responsabile Unico del Progetto e' il sottoscritto geom. Ivan Boz e che non sussistono situazioni di "
    "conflitto di interessi ai sensi dell'art. 16 del D.Lgs. n. 36/2023;",
    "di disporre la pubblicazione del presente provvedimento all'Albo pretorio on line e nella sezione Amministrazione "
    "trasparente del sito istituzionale.",
]
# accented finals as the package writes them: the typed apostrophe is replaced by the accent
fix = lambda s: (s.replace("e' ", "è ").replace("sara' ", "sarà ").replace("attivita' ", "attività "))
premesse = [fix(p) for p in premesse]
punti = [fix(p) for p in punti]

pages = []  # list of (ops, uses)
# page 1 body
body = []
y = PH - 150
body.append(glyphs("OGGETTO:", LM, y, "B", 10))
o, y = para(OGG, LM + 58, y, TW - 58, "B", 10, 13)
body.append(o)
y -= 10
body.append(centered("IL TITOLARE DI ELEVATA QUALIFICAZIONE", y, "B", 10.5)); y -= 20
for p in premesse:
    o, y = para(p, LM, y, TW, "R", 10, 13)
    body.append(o); y -= 4
y -= 6
body.append(centered("DETERMINA", y, "B", 11, 3.0)); y -= 20
split = 3
for i, p in enumerate(punti[:split], 1):
    body.append(glyphs(f"{i}.", LM, y, "R", 10))
    o, y = para(p, LM + 16, y, TW - 16, "R", 10, 13)
    body.append(o); y -= 4
band = "\n".join([
    f"q 0.851 0.871 0.894 rg {LM} {PH - 132} {TW} 26 re f Q",
    glyphs("DETERMINAZIONE N. 412 DEL 07/06/2028", LM + 6, PH - 116, "B", 10.5),
    glyphs("AREA TECNICA", PW - RM - 6 - stringWidth("AREA TECNICA", "Helvetica-Bold", 10.5), PH - 116, "B", 10.5),
    glyphs("Proposta n. 455 del 06/06/2028", LM + 6, PH - 127, "R", 7.5),
    glyphs("Servizio Lavori Pubblici e Manutenzioni", PW - RM - 6 - stringWidth("Servizio Lavori Pubblici e Manutenzioni", "Helvetica", 7.5),
           PH - 127, "R", 7.5),
])
p1 = "\n".join(["\n".join(body), "q /Ft Do Q",
                glyphs("pag. 1 di 2", PW - RM - stringWidth("pag. 1 di 2", "Helvetica", 7), 30, "R", 7),
                "q /Lh Do Q", band])
# page 2
body = []
y = PH - 80
for i, p in enumerate(punti[split:], split + 1):
    body.append(glyphs(f"{i}.", LM, y, "R", 10))
    o, y = para(p, LM + 16, y, TW - 16, "R", 10, 13)
    body.append(o); y -= 4
y -= 8
body.append(glyphs("Prata di Pordenone, 07/06/2028", LM, y, "R", 10))
sig_y = y - 78
y = sig_y - 34
vis = ("Visto di regolarita' contabile attestante la copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000: "
       "impegno n. 688/2028 al capitolo 2410/2, euro 70.772,90. Prata di Pordenone, 07/06/2028 - Il titolare di E.Q. dell'Area "
       "Economico-Finanziaria, rag. Daniela Moras (firmato digitalmente).").replace("regolarita' ", "regolarità ")
box_top = y + 12
o, y2 = para(vis, LM + 8, y - 13, TW - 16, "R", 8.5, 11)
body.append(glyphs("VISTO DI REGOLARITÀ CONTABILE", LM + 8, y + 1, "B", 8.5))
body.append(o)
body.append(f"0.5 w {LM} {y2 + 4:.1f} {TW} {box_top - y2 - 4:.1f} re S")
p2 = "\n".join(["\n".join(body),
                glyphs("pag. 2 di 2", PW - RM - stringWidth("pag. 2 di 2", "Helvetica", 7), 30, "R", 7),
                "q /Ft Do Q", f"q 1 0 0 1 0 {sig_y:.1f} cm /Sg Do Q",
                glyphs("Determinazione n. 412 del 07/06/2028", PW - RM - stringWidth("Determinazione n. 412 del 07/06/2028", "Helvetica", 7),
                       PH - 40, "R", 7),
                glyphs("COMUNE DI PRATA DI PORDENONE", LM, PH - 40, "R", 7),
                f"0.3 w {LM} {PH - 45} m {PW - RM} {PH - 45} l S"])

for ops in (p1, p2):
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, PW, PH]),
                                   Resources=Dictionary(Font=fontdict, XObject=Dictionary(Lh=LH, Ft=FOOT, Sg=SIG)),
                                   Contents=pdf.make_stream(ops.encode("latin-1"))))
    pdf.pages.append(page)
pdf.docinfo[Name.Title] = "Determinazione n. 412 del 07/06/2028"
pdf.docinfo[Name.Producer] = "Ascot Web Report Engine 5.2 (pikepdf " + pikepdf.__version__ + ")"
pdf.docinfo[Name.Creator] = "Ascot Web - Atti amministrativi"
pdf.save(out, compress_streams=True)
