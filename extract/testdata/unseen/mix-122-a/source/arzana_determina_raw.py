#!/usr/bin/env python3
"""Comune di Arzana - determinazione of the Area Tecnica, "Sipal" house style.

Content streams written by hand (assembled with pikepdf), the way a report
engine writes them: every glyph is placed alone with its own Tm and no space
characters are ever drawn; justified lines are spread by moving the glyphs;
the DETERMINAZIONE heading is letter-spaced with Tc.
Usage: arzana_determina_raw.py OUTPUT.pdf
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = 595.28, 841.89
ML, MR, MT, MB = 56.7, 56.7, 60, 62
FONTS = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique",
         "TB": "Times-Bold", "TI": "Times-Italic", "TR": "Times-Roman"}
RES = {"R": "/F1", "B": "/F2", "I": "/F3", "TB": "/F4", "TI": "/F5", "TR": "/F6"}

NUMRG, DATARG = "418", "08/10/2027"


def enc(s):
    return s.encode("cp1252")


def hexs(s):
    return "<" + enc(s).hex() + ">"


class Doc:
    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = H - MT
        if len(self.pages) == 1:
            self.letterhead()

    def glyphs(self, text, x, y, f, size, gaps=None):
        """Place each glyph with its own text matrix; spaces are skipped.
        gaps: extra width added at every space (justification)."""
        fn = FONTS[f]
        self.ops.append("BT %s %.1f Tf" % (RES[f], size))
        cx = x
        for ch in text:
            if ch == " ":
                cx += stringWidth(" ", fn, size) + (gaps or 0)
                continue
            self.ops.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (cx, y, hexs(ch)))
            cx += stringWidth(ch, fn, size)
        self.ops.append("ET")

    def letterhead(self):
        o = self.ops
        # crest
        x, y = 56.7, H - 102
        o.append("q 0.114 0.231 0.416 RG 0.875 0.902 0.949 rg 1.2 w")
        o.append("%.1f %.1f m %.1f %.1f l %.1f %.1f l %.1f %.1f %.1f %.1f %.1f %.1f c "
                 "%.1f %.1f %.1f %.1f %.1f %.1f c h B" % (
                     x, y + 51, x + 40, y + 51, x + 40, y + 20, x + 40, y + 6, x + 26, y,
                     x + 20, y - 4, x + 14, y, x, y + 6, x, y + 20))
        o.append("0.114 0.231 0.416 rg %.1f %.1f 8.5 8.5 re f Q" % (x + 15.7, y + 24))
        self.glyphs("COMUNE DI ARZANA", 113.4, H - 68, "TB", 18)
        self.glyphs("Provincia di Nuoro", 113.4, H - 85, "TI", 11)
        self.glyphs("Via Monsignor Virgilio, 1 - 08040 Arzana (NU) - Tel. 0782 37361 - "
                    "protocollo@pec.comune.arzana.nu.it", 113.4, H - 99, "TR", 8)
        self.glyphs("ORIGINALE", W - MR - stringWidth("ORIGINALE", "Times-Bold", 10),
                    H - 68, "TB", 10)
        o.append("0.8 w %.1f %.1f m %.1f %.1f l S" % (ML, H - 110, W - MR, H - 110))
        self.y = H - 128

    def need(self, h):
        if self.y - h < MB:
            self.new_page()
            self.y = H - MT

    def para(self, text, f="R", size=10, lead=13.5, indent=0, first=None,
             align="J", after=5, label=None):
        fn = FONTS[f]
        words = text.split()
        width = W - ML - MR - indent
        lines, cur = [], []
        for w in words:
            t = " ".join(cur + [w])
            if cur and stringWidth(t, fn, size) > width:
                lines.append(cur)
                cur = [w]
            else:
                cur.append(w)
        lines.append(cur)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            t = " ".join(ln)
            x = ML + indent
            if i == 0 and label:
                self.glyphs(label, ML + indent - 16, self.y, f, size)
            if align == "C":
                x = (W - stringWidth(t, fn, size)) / 2
                self.glyphs(t, x, self.y, f, size)
            elif align == "J" and i < len(lines) - 1 and len(ln) > 1:
                extra = (width - stringWidth(t, fn, size)) / (len(ln) - 1)
                self.glyphs(t, x, self.y, f, size, gaps=extra)
            else:
                self.glyphs(t, x, self.y, f, size)
        self.y -= after

    def spaced_heading(self, text, size=14, tc=3.2):
        fn = "Helvetica-Bold"
        w = stringWidth(text, fn, size) + tc * (len(text) - 1)
        self.need(24)
        self.y -= 22
        x = (W - w) / 2
        self.ops.append("BT /F2 %.1f Tf %.1f Tc 1 0 0 1 %.2f %.2f Tm %s Tj 0 Tc ET" % (
            size, tc, x, self.y, hexs(text)))
        self.y -= 6


d = Doc()
# office box
top = d.y
d.ops.append("q 0.92 0.93 0.96 rg %.1f %.1f %.1f 34 re f Q" % (ML, top - 34, W - ML - MR))
d.ops.append("0.6 w %.1f %.1f %.1f 34 re S" % (ML, top - 34, W - ML - MR))
d.glyphs("AREA TECNICA", ML + 8, top - 14, "B", 11)
d.glyphs("Servizio Lavori Pubblici e Manutenzioni", ML + 8, top - 27, "R", 10)
d.y = top - 40
d.spaced_heading("DETERMINAZIONE")
# numbers grid
top = d.y
half = (W - ML - MR) / 2
d.ops.append("0.5 w %.1f %.1f %.1f 20 re S %.1f %.1f m %.1f %.1f l S" % (
    ML, top - 20, W - ML - MR, ML + half, top - 20, ML + half, top))
d.glyphs("Registro Generale N. %s del %s" % (NUMRG, DATARG), ML + 6, top - 14, "B", 10)
d.glyphs("Registro di Settore N. 97 del 06/10/2027", ML + half + 6, top - 14, "R", 10)
d.y = top - 30
d.glyphs("OGGETTO:", ML, d.y - 12, "B", 10)
d.y += 0
subj = ("Affidamento diretto, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, "
        "del servizio di verifica periodica degli impianti di messa a terra degli edifici "
        "comunali alla ditta Elettrosistemi Ogliastra S.r.l. di Tortolì. Impegno di spesa. "
        "CIG B3F7A21C9E.")
d.y += 1.5
d.para(subj, f="B", indent=62, align="J", after=10)
d.ops.append("0.5 w %.1f %.1f m %.1f %.1f l S" % (ML, d.y + 4, W - MR, d.y + 4))
d.y -= 4
d.para("IL RESPONSABILE DELL'AREA TECNICA", f="B", size=11, align="C", after=6)
for p in [
    "Visto il decreto del Sindaco n. 4 del 10/01/2027, con il quale al sottoscritto sono "
    "state attribuite la responsabilità dell'Area Tecnica e le funzioni di cui all'art. 107 "
    "del D.Lgs. 18 agosto 2000, n. 267;",
    "Richiamate la deliberazione del Consiglio Comunale n. 6 del 28/02/2027, di approvazione "
    "del bilancio di previsione finanziario 2027/2029, e la deliberazione della Giunta "
    "Comunale n. 29 del 14/03/2027, di approvazione del Piano Esecutivo di Gestione;",
    "Premesso che il D.P.R. 22 ottobre 2001, n. 462 impone al datore di lavoro di sottoporre "
    "gli impianti elettrici di messa a terra a verifica periodica biennale da parte di un "
    "organismo abilitato, e che per il municipio, la scuola primaria di Via Roma, la "
    "palestra comunale e il centro di aggregazione sociale la verifica scade nel mese di "
    "novembre 2027;",
    "Ritenuto di procedere mediante affidamento diretto ai sensi dell'art. 50, comma 1, "
    "lett. b), del D.Lgs. 31 marzo 2023, n. 36, trattandosi di servizio di importo inferiore "
    "a euro 140.000,00;",
    "Visto il preventivo acquisito tramite la piattaforma di approvvigionamento digitale "
    "SardegnaCAT, prot. n. 6390 del 04/10/2027, con il quale la ditta Elettrosistemi "
    "Ogliastra S.r.l., con sede in Tortolì, Via Baccasara n. 18, P. IVA 01538720915, "
    "organismo abilitato dal Ministero delle Imprese e del Made in Italy, offre l'esecuzione "
    "delle verifiche per euro 2.000,00 oltre IVA al 22%, per complessivi euro 2.440,00;",
    "Accertata la regolarità contributiva della ditta (DURC prot. INAIL_48817320, valido "
    "fino al 02/02/2028) e dato atto che il codice identificativo di gara è CIG B3F7A21C9E;",
    "Dato atto dell'insussistenza di situazioni di conflitto di interessi ai sensi dell'art. "
    "6-bis della Legge n. 241/1990 e dell'art. 16 del D.Lgs. n. 36/2023;",
]:
    d.para(p)
d.para("DETERMINA", f="B", size=11, align="C", after=6)
for i, p in enumerate([
    "di affidare alla ditta Elettrosistemi Ogliastra S.r.l. di Tortolì il servizio di "
    "verifica periodica degli impianti di messa a terra degli edifici comunali indicati in "
    "premessa, per l'importo di euro 2.000,00 oltre IVA, per complessivi euro 2.440,00;",
    "di impegnare la somma di euro 2.440,00 al capitolo 1043.3 \"Manutenzione ordinaria "
    "impianti edifici comunali\" del bilancio 2027/2029, annualità 2027, in favore della "
    "ditta affidataria;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso "
    "commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. n. 36/2023;",
    "di dare atto che la liquidazione avverrà a prestazione eseguita, previa presentazione "
    "di fattura elettronica e dei verbali di verifica;",
    "di trasmettere la presente determinazione al Responsabile dell'Area Finanziaria per il "
    "visto di regolarità contabile attestante la copertura finanziaria.",
], 1):
    d.para(p, indent=20, label="%d." % i)
d.y -= 10
d.need(60)
for t, f in [("Il Responsabile dell'Area Tecnica", "R"), ("ing. Paolo Lai", "B"),
             ("(documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", "I")]:
    d.y -= 13
    sz = 8 if f == "I" else 10
    d.glyphs(t, W - MR - 10 - stringWidth(t, FONTS[f], sz), d.y, f, sz)
d.y -= 22
d.need(90)
d.ops.append("0.5 w %.1f %.1f m %.1f %.1f l S" % (ML, d.y, W - MR, d.y))
d.y -= 4
d.para("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", f="B", size=9.5,
       align="C", after=2)
d.para("Ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000 si appone il visto di "
       "regolarità contabile attestante la copertura finanziaria della spesa. Impegno n. "
       "612/2027 - Cap. 1043.3 - euro 2.440,00.", size=9.5, lead=12)
d.para("Arzana, 08/10/2027", size=9.5, lead=12, align="L")
for t in ["Il Responsabile dell'Area Finanziaria", "dott.ssa Sonia Mulas"]:
    d.y -= 12
    d.glyphs(t, W - MR - 10 - stringWidth(t, "Helvetica", 9.5), d.y, "R", 9.5)

pdf = pikepdf.new()
fontobjs = {}
for k, base in FONTS.items():
    fontobjs[RES[k]] = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
        Encoding=Name.WinAnsiEncoding))
n = len(d.pages)
for i, ops in enumerate(d.pages, 1):
    foot = Doc.__new__(Doc)
    foot.ops = []
    foot.ops.append("0.4 w %.1f 45 m %.1f 45 l S" % (ML, W - MR))
    Doc.glyphs(foot, "Determinazione R.G. n. %s del %s - Area Tecnica" % (NUMRG, DATARG),
               ML, 34, "R", 7.5)
    t = "Pag. %d di %d" % (i, n)
    Doc.glyphs(foot, t, W - MR - stringWidth(t, "Helvetica", 7.5), 34, "R", 7.5)
    stream = ("\n".join(ops + foot.ops)).encode("latin-1")
    page = pikepdf.Page(Dictionary(
        Type=Name.Page, MediaBox=Array([0, 0, W, H]),
        Resources=Dictionary(Font=Dictionary(fontobjs)),
        Contents=pdf.make_stream(stream)))
    pdf.pages.append(page)
pdf.docinfo["/Title"] = "Determinazione n. 418/2027"
pdf.docinfo["/Producer"] = "Sipal Atti - motore di stampa 4.2"
pdf.docinfo["/Creator"] = "Sipal Atti Amministrativi"
pdf.save(OUT)
