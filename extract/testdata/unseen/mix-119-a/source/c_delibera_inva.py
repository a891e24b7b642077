#!/usr/bin/env python3
"""Saint-Rhémy-en-Bosses - Giunta deliberation n. 41/2027, written the way a
report engine writes it: content streams composed by hand with pikepdf,
every glyph placed by its own Tm (no space characters at all), justified lines,
the bilingual letterhead and the stamp in reused Form XObjects painted at the
end of each page's stream (after the body and the running foot), the stamp
rotated up the left margin."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-saintrhemyenbosses-inva.pdf"
W, H = 595.28, 841.89
LM, RM = 62.0, 56.0
TW = W - LM - RM
FONTS = {"R": ("F1", "Helvetica"), "B": ("F2", "Helvetica-Bold"), "I": ("F3", "Helvetica-Oblique")}


def esc(ch):
    b = ch.encode("cp1252")
    out = ""
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += "\\" + chr(c)
        elif c < 32 or c > 126:
            out += "\\%03o" % c
        else:
            out += chr(c)
    return out


def glyphs(ops, text, x, y, style="R", size=10.0, extra=0.0):
    """Place each glyph on its own; spaces are only gaps (plus extra for justification)."""
    fid, fname = FONTS[style]
    ops.append("BT /%s %.2f Tf" % (fid, size))
    cx = x
    for ch in text:
        w = stringWidth(ch, fname, size)
        if ch == " ":
            cx += w + extra
            continue
        ops.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (cx, y, esc(ch)))
        cx += w
    ops.append("ET")
    return cx


def width(text, style, size):
    return stringWidth(text, FONTS[style][1], size)


def wrap(text, style, size, maxw):
    words, lines, cur = text.split(), [], []
    for w in words:
        t = " ".join(cur + [w])
        if cur and width(t, style, size) > maxw:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Pager:
    def __init__(self):
        self.pages = []  # list of op lists
        self.new()

    def new(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = H - 150 if len(self.pages) == 1 else H - 92

    def need(self, h):
        if self.y - h < 70:
            self.new()

    def para(self, text, style="R", size=10.0, lead=13.4, indent=0.0, justify=True, after=4.0, hang=None):
        maxw = TW - indent
        lines = wrap(text, style, size, maxw)
        for i, ln in enumerate(lines):
            self.need(lead)
            x = LM + indent
            t = " ".join(ln)
            extra = 0.0
            if justify and i < len(lines) - 1 and len(ln) > 1:
                extra = (maxw - width(t, style, size)) / (len(ln) - 1)
            glyphs(self.ops, t, x, self.y, style, size, extra)
            self.y -= lead
        self.y -= after

    def center(self, text, style="B", size=10.5, lead=15, after=3):
        self.need(lead)
        glyphs(self.ops, text, LM + (TW - width(text, style, size)) / 2, self.y, style, size)
        self.y -= lead + after

    def num(self, n, text, size=10.0, lead=13.4):
        lab = "%d." % n
        self.need(lead)
        glyphs(self.ops, lab, LM + 6, self.y, "R", size)
        self.para(text, "R", size, lead, indent=22)


p = Pager()
# title block
p.center("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "B", 12, 15, 0)
p.center("PROCÈS-VERBAL DE DÉLIBÉRATION DE LA JUNTE COMMUNALE", "I", 9.5, 13, 6)
# number/date boxes
y0 = p.y
p.ops.append("0.8 w %.2f %.2f %.2f %.2f re S" % (LM, y0 - 6, 120, 22))
p.ops.append("%.2f %.2f %.2f %.2f re S" % (LM + 130, y0 - 6, 150, 22))
glyphs(p.ops, "N. 41", LM + 10, y0 + 2, "B", 13)
glyphs(p.ops, "del 08/07/2027", LM + 140, y0 + 2, "B", 13)
glyphs(p.ops, "COPIA", W - RM - width("COPIA", "B", 11), y0 + 2, "B", 11)
p.y = y0 - 28
subj = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE "
        "STRAORDINARIA E MESSA IN SICUREZZA DELLA STRADA COMUNALE DELLA FRAZIONE CERISEY. "
        "CUP H87H27000410004.")
glyphs(p.ops, "OGGETTO:", LM, p.y, "B", 10.5)
lines = wrap(subj, "B", 10.5, TW - 62)
for i, ln in enumerate(lines):
    t = " ".join(ln)
    ex = (TW - 62 - width(t, "B", 10.5)) / (len(ln) - 1) if i < len(lines) - 1 and len(ln) > 1 else 0
    glyphs(p.ops, t, LM + 62, p.y, "B", 10.5, ex)
    p.y -= 13.5
p.y -= 2
objet = ("APPROBATION DU PROJET DE FAISABILITÉ TECHNIQUE ET ÉCONOMIQUE DES TRAVAUX D'ENTRETIEN "
         "EXTRAORDINAIRE ET DE MISE EN SÉCURITÉ DE LA ROUTE COMMUNALE DU HAMEAU DE CERISEY.")
glyphs(p.ops, "OBJET :", LM, p.y, "I", 9)
lines = wrap(objet, "I", 9, TW - 62)
for ln in lines:
    glyphs(p.ops, " ".join(ln), LM + 62, p.y, "I", 9)
    p.y -= 11.5
p.ops.append("0.5 w %.2f %.2f m %.2f %.2f l S" % (LM, p.y + 4, W - RM, p.y + 4))
p.y -= 10

p.para("L'anno duemilaventisette, addì otto del mese di luglio, alle ore 18:00, nella sala delle riunioni del "
       "Municipio, convocata con avvisi scritti e recapitati a norma di legge, si è riunita la Giunta comunale "
       "nelle persone dei signori:")
# roll
rows = [("Cognome e nome", "Carica", "Presente", "Assente"),
        ("JORRIOZ Corrado", "Sindaco", "Sì", ""),
        ("CERISE Monica", "Vicesindaco", "Sì", ""),
        ("MARGUERETTAZ Ivo", "Assessore", "Sì", ""),
        ("VUILLERMOZ Nadia", "Assessore", "", "Sì")]
cols = [LM + 20, LM + 190, LM + 310, LM + 380]
top = p.y + 10
for i, r in enumerate(rows):
    st = "B" if i == 0 else "R"
    for j, c in enumerate(r):
        if c:
            glyphs(p.ops, c, cols[j] + (0 if j < 2 else 10), p.y, st, 9.8)
    p.y -= 14
p.ops.append("0.4 w %.2f %.2f %.2f %.2f re S" % (LM + 14, p.y + 10, 430, top - p.y - 10))
p.ops.append("%.2f %.2f m %.2f %.2f l S" % (LM + 14, top - 14, LM + 444, top - 14))
p.y -= 6
p.para("Totale: presenti 3 - assenti 1", "B", 10)
p.para("Assiste alla seduta il Segretario comunale, dott.ssa Sabrina Créton.")
p.para("Il Sig. Corrado Jorrioz, nella sua qualità di Sindaco, assume la presidenza e, riconosciuta legale "
       "l'adunanza, dichiara aperta la seduta per la trattazione dell'oggetto suindicato.")
p.center("LA GIUNTA COMUNALE", "B", 10.5, 14, 2)
for t in [
    "Richiamato il Documento unico di programmazione (DUP) 2027/2029 e il bilancio di previsione 2027/2029, "
    "approvati con deliberazione del Consiglio comunale n. 4 del 26/02/2027, che prevedono la realizzazione "
    "dell'intervento di manutenzione straordinaria della strada comunale della frazione Cerisey;",
    "Premesso che il tratto di strada compreso tra il bivio con la S.S. 27 del Gran San Bernardo e l'abitato "
    "di Cerisey presenta cedimenti del corpo stradale, muri di sostegno in pietra a secco ammalorati e "
    "barriere di sicurezza non conformi, come accertato dal sopralluogo dell'Ufficio tecnico del 12/05/2027;",
    "Visto il progetto di fattibilità tecnico-economica redatto dallo Studio tecnico associato Bal & Diémoz "
    "di Aosta, incaricato con determinazione n. 57 del 22/04/2027, pervenuto al protocollo n. 2214 del "
    "29/06/2027, che prevede una spesa complessiva di euro 248.000,00, di cui euro 186.500,00 per lavori a "
    "base d'asta ed euro 61.500,00 per somme a disposizione dell'Amministrazione;",
    "Dato atto che l'intervento è finanziato per euro 210.000,00 con fondi del Fondo per speciali programmi "
    "di investimento (FoSPI) di cui alla L.R. 20 novembre 1995, n. 48, e per euro 38.000,00 con fondi propri "
    "di bilancio;",
    "Visto il parere favorevole di legittimità espresso dal Segretario comunale ai sensi dell'art. 49-bis della "
    "L.R. 7 dicembre 1998, n. 54, e i pareri favorevoli di regolarità tecnica e contabile espressi dai "
    "responsabili dei servizi competenti;",
    "Ad unanimità di voti favorevoli espressi in forma palese,",
]:
    p.para(t)
p.need(90)
p.center("D E L I B E R A", "B", 10.5, 14, 2)
p.num(1, "di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria "
         "e messa in sicurezza della strada comunale della frazione Cerisey, redatto dallo Studio tecnico "
         "associato Bal & Diémoz, dell'importo complessivo di euro 248.000,00, come da quadro economico "
         "allegato alla presente deliberazione;")
p.num(2, "di dare atto che la spesa trova copertura al capitolo 20810 del bilancio di previsione 2027/2029, "
         "esercizio 2027, per euro 210.000,00 con fondi FoSPI e per euro 38.000,00 con fondi propri;")
p.num(3, "di nominare Responsabile unico del progetto il geom. Davide Chenal, istruttore tecnico dell'Ente, "
         "e di demandare al medesimo gli adempimenti necessari per la progettazione esecutiva e l'affidamento "
         "dei lavori.")
p.para("La presente deliberazione diventa esecutiva dal primo giorno di pubblicazione all'Albo pretorio, ai "
       "sensi dell'art. 52-ter della L.R. 7 dicembre 1998, n. 54.", after=10)
p.need(80)
p.para("Letto, approvato e sottoscritto.", after=10)
sy = p.y
glyphs(p.ops, "IL PRESIDENTE", LM + 40, sy, "B", 10)
glyphs(p.ops, "IL SEGRETARIO COMUNALE", LM + 270, sy, "B", 10)
glyphs(p.ops, "F.to Corrado Jorrioz", LM + 34, sy - 14, "R", 10)
glyphs(p.ops, "F.to dott.ssa Sabrina Créton", LM + 262, sy - 14, "R", 10)
p.y = sy - 40

npages = len(p.pages)

pdf = pikepdf.new()
pdf.docinfo["/Title"] = "DGC 41/2027"
pdf.docinfo["/Producer"] = "INVA Atti - report engine 4.2"
pdf.docinfo["/Creator"] = "Atti amministrativi"
fonts = Dictionary()
for key, (fid, bf) in FONTS.items():
    fonts[Name("/" + fid)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + bf),
                                                         Encoding=Name.WinAnsiEncoding))

# letterhead Form XObject
lh = []
glyphs(lh, "COMUNE DI SAINT-RHÉMY-EN-BOSSES", 98, 62, "B", 15)
glyphs(lh, "COMMUNE DE SAINT-RHÉMY-EN-BOSSES", 98, 46, "I", 11)
glyphs(lh, "Regione Autonoma Valle d'Aosta - Région Autonome Vallée d'Aoste", 98, 31, "R", 8.5)
glyphs(lh, "Hameau de Saint-Léonard, 1 - 11010 Saint-Rhémy-en-Bosses (AO) - tel. 0165 780821", 98, 20, "R", 8)
lh.append("0.15 0.3 0.55 RG 1.5 w 0 4 m %.2f 4 l S" % TW)
# a crest: mountain and cross
lh.append("0.15 0.3 0.55 RG 1.2 w 10 20 m 10 72 l 70 72 l 70 20 l S")
lh.append("0.85 0.9 0.97 rg 12 22 m 40 60 l 68 22 l f")
lh.append("0.6 0 0 rg 36 46 8 18 re f 31 51 18 7 re f")
lh_x = pdf.make_stream(("\n".join(lh)).encode("latin-1"))
lh_x.Type = Name.XObject
lh_x.Subtype = Name.Form
lh_x.BBox = Array([0, 0, TW, 80])
lh_x.Resources = Dictionary(Font=fonts)

# stamp Form XObject (drawn rotated in the margin)
st = ["0.1 0.25 0.6 RG 0.1 0.25 0.6 rg 1 w 0 0 300 30 re S"]
glyphs(st, "COPIA CONFORME ALL'ORIGINALE - COPIE CONFORME À L'ORIGINAL", 8, 18, "B", 7.5)
glyphs(st, "Saint-Rhémy-en-Bosses, 09/07/2027 - Il Segretario comunale", 8, 7, "I", 7)
st_x = pdf.make_stream(("\n".join(st)).encode("latin-1"))
st_x.Type = Name.XObject
st_x.Subtype = Name.Form
st_x.BBox = Array([0, 0, 300, 30])
st_x.Resources = Dictionary(Font=fonts)

for i, ops in enumerate(p.pages, 1):
    body = []
    # running foot first
    foot = "Deliberazione della Giunta comunale n. 41 del 08/07/2027 - pag. %d di %d" % (i, npages)
    glyphs(body, foot, LM, 40, "I", 8)
    body.append("0.4 w %.2f 52 m %.2f 52 l S" % (LM, W - RM))
    if i > 1:
        glyphs(body, "Comune di Saint-Rhémy-en-Bosses - Commune de Saint-Rhémy-en-Bosses", LM, H - 50, "I", 8)
        body.append("0.4 w %.2f %.2f m %.2f %.2f l S" % (LM, H - 55, W - RM, H - 55))
    body += ops
    if i == 1:
        body.append("q 1 0 0 1 %.2f %.2f cm /Lh Do Q" % (LM, H - 120))
    body.append("q 0 1 -1 0 36 250 cm /St Do Q")
    page = pdf.add_blank_page(page_size=(W, H))
    page.obj.Contents = pdf.make_stream(("\n".join(body)).encode("latin-1"))
    page.obj.Resources = Dictionary(Font=fonts, XObject=Dictionary(Lh=lh_x, St=st_x))

pdf.save(OUT)
