#!/usr/bin/env python3
"""Settimo San Pietro, house style "sipal": numbered avviso whose content
streams are written by hand and assembled with pikepdf, as a small report
engine writes them:

* justified lines are set with word spacing (Tw) per line, headings with
  character spacing (Tc);
* the letterhead (Comune, Area and Servizio block) is a Form XObject defined
  once and drawn on each page at the END of the stream, after the body;
* the protocol stamp is printed up the left margin, rotated 90 degrees;
* the running foot carries the avviso's number and the page.
Base-14 fonts (Times, Helvetica) in WinAnsiEncoding; metrics from ReportLab."""
import sys
import pikepdf
from pikepdf import Array, Dictionary, Name, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 62.0, W - 56.0
FONTS = {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic",
         "H": "Helvetica", "HB": "Helvetica-Bold"}


def enc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def sw(s, f, size):
    return stringWidth(s, FONTS[f], size)


class Page:
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, f="R", size=11, tw=0.0, tc=0.0, gray=None):
        o = self.ops
        o.append(b"BT")
        if gray is not None:
            o.append(b"%.2f g" % gray)
        o.append(b"/%s %.1f Tf" % (f.encode(), size))
        o.append(b"%.3f Tw %.3f Tc" % (tw, tc))
        o.append(b"1 0 0 1 %.2f %.2f Tm" % (x, y))
        o.append(b"(" + enc(s) + b") Tj")
        o.append(b"ET")

    def raw(self, b):
        self.ops.append(b)


pages = [Page()]
state = {"y": 0.0}


def wrap(s, f, size, width):
    words, lines, cur = s.split(), [], []
    for w in words:
        if cur and sw(" ".join(cur + [w]), f, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def newpage():
    pages.append(Page())
    state["y"] = H - 132


def para(s, f="R", size=11, lead=14.2, indent=0.0, after=5.0, first=0.0, bullet=None):
    width = RM - LM - indent
    lines = wrap(s, f, size, width - first)
    for i, ws in enumerate(lines):
        if state["y"] < 92:
            newpage()
        pg = pages[-1]
        x = LM + indent + (first if i == 0 else 0)
        w = width - (first if i == 0 else 0)
        line = " ".join(ws)
        last = i == len(lines) - 1
        tw = 0.0 if last or len(ws) < 2 else (w - sw(line, f, size)) / (len(ws) - 1)
        if bullet and i == 0:
            pg.text(x - 12, state["y"], bullet, f, size)
        pg.text(x, state["y"], line, f, size, tw=tw)
        state["y"] -= lead
    state["y"] -= after


def centre(s, f, size, tc=0.0, after=0.0):
    pg = pages[-1]
    n = len(s)
    w = sw(s, f, size) + tc * (n - 1)
    pg.text((W - w) / 2, state["y"], s, f, size, tc=tc)
    state["y"] -= size + 4 + after


def heading(s):
    if state["y"] < 120:
        newpage()
    state["y"] -= 3
    pages[-1].text(LM, state["y"], s, "HB", 9.5, tc=0.9)
    state["y"] -= 15


# ------------------------------------------------------------------ body
p = pages[0]
# grey band with number and date, under the letterhead
p.raw(b"0.88 g %.2f %.2f %.2f 20 re f 0 g" % (LM, H - 146, RM - LM))
p.text(LM + 8, H - 139.5, "AVVISO N. 18 DEL 07/12/2027", "HB", 10.5)
p.text(RM - 8 - sw("Registro generale degli avvisi", "I", 9), H - 139.5,
       "Registro generale degli avvisi", "I", 9)
state["y"] = H - 176
p.text(LM, state["y"], "OGGETTO:", "HB", 10.5)
subj = ("Avviso pubblico per la concessione di contributi ordinari alle società e associazioni "
        "sportive dilettantistiche per l'attività dell'anno 2028 – L.R. 17 maggio 1999, n. 17.")
for i, ws in enumerate(wrap(subj, "B", 11.5, RM - LM - 70)):
    p.text(LM + 70, state["y"], " ".join(ws), "B", 11.5)
    state["y"] -= 14.5
state["y"] -= 10
centre("IL RESPONSABILE DEL SERVIZIO", "B", 11, after=4)
para("Vista la deliberazione della Giunta Comunale n. 142 del 30 novembre 2027, con la quale sono "
     "stati approvati gli indirizzi per l'assegnazione dei contributi a sostegno dell'attività "
     "sportiva per l'anno 2028 e destinata allo scopo la somma complessiva di euro 38.000,00;")
para("Visto il Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi "
     "economici, approvato con deliberazione del Consiglio Comunale n. 9 del 28 marzo 2019;")
para("In esecuzione della propria determinazione n. 96 del 6 dicembre 2027 (R.G. n. 874);")
state["y"] -= 2
centre("RENDE NOTO", "HB", 11, tc=3.2, after=4)
para("che le società e le associazioni sportive dilettantistiche aventi sede nel Comune di Settimo "
     "San Pietro possono presentare istanza per la concessione dei contributi ordinari destinati "
     "al sostegno dell'attività sportiva svolta nell'anno 2028, secondo le modalità di seguito indicate.")

heading("1. SOGGETTI BENEFICIARI")
para("Possono presentare domanda le società e le associazioni sportive dilettantistiche che, alla "
     "data di scadenza del presente avviso:")
for b in ("siano iscritte al Registro nazionale delle attività sportive dilettantistiche e "
          "all'Albo regionale delle società sportive di cui alla L.R. n. 17/1999;",
          "abbiano sede legale e operativa nel territorio comunale e svolgano attività da almeno "
          "un anno;",
          "siano affiliate a una federazione sportiva nazionale, a una disciplina sportiva associata "
          "o a un ente di promozione sportiva riconosciuti dal CONI;",
          "non abbiano situazioni debitorie nei confronti del Comune per canoni di utilizzo degli "
          "impianti sportivi."):
    para(b, indent=20, bullet="-", after=2)
state["y"] -= 3

heading("2. CRITERI DI RIPARTO")
para("Il fondo è ripartito per il 40 per cento in proporzione al numero degli atleti tesserati "
     "residenti, con maggiorazione per gli atleti di età inferiore a 18 anni e per gli atleti con "
     "disabilità; per il 35 per cento in proporzione alle spese sostenute per la partecipazione ai "
     "campionati federali; per il 25 per cento in relazione al livello dei campionati disputati e "
     "all'attività promozionale svolta nelle scuole del territorio.")

heading("3. TERMINI E MODALITÀ DI PRESENTAZIONE")
para("Le istanze, redatte esclusivamente sulla modulistica allegata al presente avviso e "
     "sottoscritte dal legale rappresentante, devono pervenire entro le ore 13:00 del 31 gennaio "
     "2028 all'Ufficio Protocollo del Comune oppure all'indirizzo di posta elettronica certificata "
     "protocollo@pec.comune.settimosanpietro.ca.it, corredate del bilancio consuntivo della "
     "stagione precedente, del programma dell'attività 2028 e dell'elenco degli atleti tesserati.")

heading("4. RENDICONTAZIONE")
para("Il contributo è liquidato per il 60 per cento a titolo di acconto entro trenta giorni dalla "
     "approvazione della graduatoria e per il restante 40 per cento a seguito della presentazione "
     "del rendiconto delle spese sostenute, da trasmettere entro il 31 marzo 2029.")

heading("5. INFORMAZIONI E TRATTAMENTO DEI DATI")
para("Il responsabile del procedimento è il sig. Fabio Mereu, istruttore del Servizio Sport, "
     "Cultura e Spettacolo (tel. 070 7691245). I dati personali sono trattati ai sensi del "
     "Regolamento (UE) 2016/679 per le sole finalità connesse al presente procedimento.")

if state["y"] < 150:
    newpage()
state["y"] -= 18
pg = pages[-1]
xc = RM - 110
for s, f, size in (("Il Responsabile del Servizio", "R", 11),
                   ("dott.ssa Giovanna Serra", "B", 11),
                   ("(firmato digitalmente)", "I", 8.5)):
    pg.text(xc - sw(s, f, size) / 2, state["y"], s, f, size)
    state["y"] -= 14

# ----------------------------------------------- after the body: house blocks
N = len(pages)
for i, pg in enumerate(pages, 1):
    # running foot with the number
    pg.raw(b"0.4 w 0.3 0.3 0.5 RG %.2f 62 m %.2f 62 l S 0 G" % (LM, RM))
    pg.text(LM, 50, "Comune di Settimo San Pietro – Piazza Municipio n. 1 – 09060 Settimo San Pietro (CA) "
            "– centralino 070 76911 – protocollo@pec.comune.settimosanpietro.ca.it", "H", 7, gray=0.3)
    foot = "Avviso n. 18/2027 – pag. %d di %d" % (i, N)
    pg.text(RM - sw(foot, "H", 7.5), 38, foot, "H", 7.5, gray=0.3)
    # letterhead, drawn last
    pg.raw(b"/Lh Do")
    # protocol stamp, rotated up the left margin (first page only)
    if i == 1:
        pg.raw(b"q 0 1 -1 0 34 300 cm 0.15 0.25 0.55 RG 0.15 0.25 0.55 rg 0.8 w "
               b"-4 -6 262 30 re S Q")
        for (dy, s, f, size) in ((14, "COMUNE DI SETTIMO SAN PIETRO", "HB", 8),
                                 (3, "Prot. n. 19512 del 07/12/2027 - PARTENZA", "H", 8)):
            pg.raw(b"q 0.15 0.25 0.55 rg 0 1 -1 0 %.2f 300 cm BT /%s %.1f Tf 0 Tc 0 Tw "
                   b"0 0 Td (%s) Tj ET Q" % (34 - dy, f.encode(), size, enc(s)))

# ------------------------------------------------------------- assemble
pdf = pikepdf.new()
fontdict = Dictionary()
for k, v in FONTS.items():
    fontdict[Name("/" + k)] = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
        Encoding=Name.WinAnsiEncoding))

lh = []


def lt(x, y, s, f, size, gray=0.0):
    lh.append(b"BT %.2f g /%s %.1f Tf 0 Tw 0 Tc 1 0 0 1 %.2f %.2f Tm (%s) Tj ET"
              % (gray, f.encode(), size, x, y, enc(s)))


lt(LM, H - 66, "COMUNE DI SETTIMO SAN PIETRO", "B", 17)
lt(LM, H - 82, "Città Metropolitana di Cagliari", "I", 11)
for j, (s, f, size) in enumerate((("AREA SOCIO-CULTURALE", "HB", 9),
                                  ("Servizio Sport, Cultura e Spettacolo", "H", 8),
                                  ("tel. 070 7691245 – sport@comune.settimosanpietro.ca.it", "H", 7.5))):
    lt(RM - sw(s, f, size), H - 60 - j * 11, s, f, size, 0.2 if j else 0.0)
lh.append(b"0.55 0.12 0.12 RG 2 w %.2f %.2f m %.2f %.2f l S" % (LM, H - 100, RM, H - 100))
lh.append(b"0.2 0.3 0.55 RG 0.6 w %.2f %.2f m %.2f %.2f l S" % (LM, H - 104, RM, H - 104))
form = Stream(pdf, b"\n".join(lh))
form.Type = Name.XObject
form.Subtype = Name.Form
form.BBox = Array([0, 0, W, H])
form.Resources = Dictionary(Font=fontdict)
form = pdf.make_indirect(form)

for pg in pages:
    page = pikepdf.Page(Dictionary(
        Type=Name.Page, MediaBox=Array([0, 0, W, H]),
        Resources=Dictionary(Font=fontdict, XObject=Dictionary(Lh=form)),
        Contents=pdf.make_stream(b"\n".join(pg.ops))))
    pdf.pages.append(page)
pdf.docinfo["/Producer"] = "SIPAL Atti - motore stampe 3.2"
pdf.docinfo["/Title"] = "Avviso n. 18/2027"
pdf.save(out, compress_streams=True)
