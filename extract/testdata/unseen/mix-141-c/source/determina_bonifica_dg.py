"""Consorzio di Bonifica della Media Pianura Bergamasca - determinazione
of the Direttore Generale n. 7 del 09/01/2029. A content stream written by
hand with pikepdf, the way small document-management print modules do:
standard 14 fonts in WinAnsiEncoding, each line placed with Td, justified
lines by Tw, the letterhead a Form XObject shared by both pages."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
L, R = 62.0, W - 56.0
TW = R - L

FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica", "F4": "Helvetica-Bold", "F5": "Times-Italic"}


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def wrap(text, font, size, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if cur and stringWidth(t, font, size) > width:
            lines.append(cur); cur = w
        else:
            cur = t
    return lines + ([cur] if cur else [])


class Page:
    def __init__(self):
        self.ops = []
        self.y = H - 150

    def text(self, x, y, s, f="F1", size=11, tw=0.0):
        self.ops.append(b"BT /%s %.1f Tf %.3f Tw %.2f %.2f Td (%s) Tj ET" % (f.encode(), size, tw, x, y, esc(s)))

    def centre(self, y, s, f="F2", size=11):
        w = stringWidth(s, FONTS[f], size)
        self.text(L + (TW - w) / 2, y, s, f, size)

    def para(self, s, f="F1", size=11, lead=14.0, indent=0.0, label=None, after=4.0):
        font = FONTS[f]
        lines = wrap(s, font, size, TW - indent)
        if label:
            self.text(L, self.y, label, f, size)
        for i, ln in enumerate(lines):
            tw = 0.0
            nsp = ln.count(" ")
            if i < len(lines) - 1 and nsp:
                tw = (TW - indent - stringWidth(ln, font, size)) / nsp
            self.text(L + indent, self.y, ln, f, size, tw)
            self.y -= lead
        self.y -= after

    def rule(self, x1, y, x2, w=0.6):
        self.ops.append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x1, y, x2, y))

    def box(self, x, y, w, h, lw=0.8):
        self.ops.append(b"%.2f w %.2f %.2f %.2f %.2f re S" % (lw, x, y, w, h))


pdf = pikepdf.new()
fontdict = Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                     Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})

# letterhead form: a circle with waves, the name, a double rule
lh = []
lh.append(b"0.08 0.24 0.47 RG 1.4 w")
cx, cy, r = L + 20, H - 70, 18
k = 0.5523 * r
lh.append(b"%.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "
          b"%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c S" % (
              cx + r, cy, cx + r, cy + k, cx + k, cy + r, cx, cy + r,
              cx - k, cy + r, cx - r, cy + k, cx - r, cy,
              cx - r, cy - k, cx - k, cy - r, cx, cy - r,
              cx + k, cy - r, cx + r, cy - k, cx + r, cy))
for dy in (-6, 0, 6):
    y0 = cy + dy
    lh.append(b"%.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c S" % (
        cx - 12, y0, cx - 8, y0 + 3, cx - 4, y0 - 3, cx, y0, cx + 4, y0 + 3, cx + 8, y0 - 3, cx + 12, y0))
lh.append(b"0.08 0.24 0.47 rg BT /F4 13 Tf %.2f %.2f Td (%s) Tj ET" % (L + 50, H - 66, esc("CONSORZIO DI BONIFICA DELLA MEDIA PIANURA BERGAMASCA")))
lh.append(b"0 g BT /F3 8 Tf %.2f %.2f Td (%s) Tj ET" % (L + 50, H - 79, esc("Ente di diritto pubblico - Bergamo")))
lh.append(b"0 G 1.2 w %.2f %.2f m %.2f %.2f l S 0.4 w %.2f %.2f m %.2f %.2f l S" % (L, H - 98, R, H - 98, L, H - 101, R, H - 101))
form = pikepdf.Stream(pdf, b"\n".join(lh))
form.Type = Name.XObject
form.Subtype = Name.Form
form.BBox = Array([0, 0, W, H])
form.Resources = Dictionary(Font=fontdict)

SUBJECT = ("RINNOVO DEL SERVIZIO DI CONSERVAZIONE DIGITALE A NORMA DEI DOCUMENTI INFORMATICI E DEL REGISTRO "
           "GIORNALIERO DI PROTOCOLLO - ANNO 2029 - AFFIDAMENTO DIRETTO E IMPEGNO DI SPESA - CIG B4F29C8D10")

pages = []
p = Page()
pages.append(p)
p.y = H - 128
p.centre(p.y, "DIREZIONE GENERALE", "F4", 11.5)
p.y -= 14
p.centre(p.y, "Ufficio Affari Generali e Segreteria", "F3", 10)
p.y -= 30
p.box(L, p.y - 8, TW, 26)
p.text(L + 8, p.y, "DETERMINAZIONE DEL DIRETTORE GENERALE", "F4", 10.5)
p.text(R - 8 - stringWidth("N. 7 del 09/01/2029", "Helvetica-Bold", 10.5), p.y, "N. 7 del 09/01/2029", "F4", 10.5)
p.y -= 38
p.text(L, p.y, "OGGETTO:", "F2", 11)
lines = wrap(SUBJECT, "Times-Bold", 11, TW - 62)
for i, ln in enumerate(lines):
    nsp = ln.count(" ")
    tw = (TW - 62 - stringWidth(ln, "Times-Bold", 11)) / nsp if i < len(lines) - 1 and nsp else 0
    p.text(L + 62, p.y, ln, "F2", 11, tw)
    p.y -= 14
p.y -= 12
p.centre(p.y, "IL DIRETTORE GENERALE")
p.y -= 22

PREM = [
    "Visto lo Statuto consortile e in particolare le disposizioni che attribuiscono al Direttore Generale la "
    "gestione amministrativa, finanziaria e tecnica dell'Ente e l'adozione degli atti di spesa entro i limiti degli "
    "stanziamenti di bilancio;",
    "Visto il bilancio di previsione dell'esercizio 2029, approvato con deliberazione dell'Assemblea consortile n. 6 "
    "del 18/12/2028;",
    "Premesso che il Consorzio, ai sensi dell'art. 44 del D.Lgs. 7 marzo 2005, n. 82 e delle Linee guida AgID, è "
    "tenuto ad assicurare la conservazione digitale dei documenti informatici prodotti e del registro giornaliero di "
    "protocollo, e che il contratto in essere con il conservatore accreditato è scaduto il 31/12/2028;",
    "Acquisita l'offerta della società Archivia Digitale S.p.A., iscritta nel marketplace dei servizi di "
    "conservazione di AgID, per il canone annuo di € 3.600,00 oltre IVA, invariato rispetto all'anno precedente e "
    "ritenuto congruo;",
    "Richiamato l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36;",
]
for s in PREM:
    p.para(s)
p.y -= 4
p.centre(p.y, "D E T E R M I N A")
p.y -= 20
PTS = [
    "di affidare alla società Archivia Digitale S.p.A. il servizio di conservazione digitale a norma dei documenti "
    "informatici e del registro giornaliero di protocollo per il periodo 01/01/2029 - 31/12/2029, per il canone di "
    "€ 3.600,00 oltre IVA al 22%, per complessivi € 4.392,00;",
    "di imputare la spesa di € 4.392,00 al capitolo 120/30 \"Servizi informatici e di conservazione\" del bilancio "
    "di previsione 2029, che presenta la necessaria disponibilità;",
    "di dare atto che il presente provvedimento sarà pubblicato all'Albo consortile on line e nella sezione "
    "Amministrazione Trasparente del sito istituzionale.",
]
for i, s in enumerate(PTS, 1):
    if p.y < 140:
        p = Page(); pages.append(p); p.y = H - 130
    p.para(s, indent=22, label="%d)" % i)

p.y -= 18
if p.y < 150:
    p = Page(); pages.append(p); p.y = H - 130
p.text(L, p.y, "Bergamo, 09/01/2029", "F1", 11)

x = R - 150
p.text(x, p.y, "IL DIRETTORE GENERALE", "F2", 11)
p.text(x + 22, p.y - 14, "Ing. Paolo Rota", "F1", 11)
p.text(x - 6, p.y - 27, "(documento firmato digitalmente)", "F5", 9)
p.y -= 62
p.box(L, p.y - 36, TW, 50, 0.5)
p.text(L + 8, p.y, "SETTORE RAGIONERIA - ATTESTAZIONE DI COPERTURA FINANZIARIA", "F4", 9)
p.text(L + 8, p.y - 14, "Registrato l'impegno n. 2029/58 sul capitolo 120/30 per € 4.392,00.", "F3", 9)
p.text(L + 8, p.y - 27, "Bergamo, 09/01/2029 - Il Responsabile del Settore Ragioneria, Rag. Laura Gamba", "F3", 9)

n = len(pages)
for i, pg in enumerate(pages, 1):
    foot = "Determinazione del Direttore Generale n. 7 del 09/01/2029 - pagina %d di %d" % (i, n)
    body = [b"q /LH Do Q"] + pg.ops + [b"BT /F3 7.5 Tf %.2f 34 Td (%s) Tj ET" % (L, esc(foot))]
    content = pikepdf.Stream(pdf, b"\n".join(body))
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Contents=content,
                                   Resources=Dictionary(Font=fontdict, XObject=Dictionary(LH=form))))
    pdf.pages.append(page)

pdf.docinfo["/Title"] = "Determinazione DG n. 7/2029"
pdf.docinfo["/Producer"] = "J-Iride Atti - modulo stampa provvedimenti"
pdf.docinfo["/CreationDate"] = "D:20290109163512+01'00'"
pdf.save(out)
