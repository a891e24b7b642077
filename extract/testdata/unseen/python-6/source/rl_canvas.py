# ReportLab canvas acts: Fidenza Giunta (J-Iride-like, Helvetica) and
# Bojano determinazione (Studio K-like, embedded DejaVu Sans).
# Text is laid out line by line with simpleSplit, as report engines do.
# People, numbers and facts are invented.
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DV = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVuSans", DV + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", DV + "DejaVuSans-Bold.ttf"))
W, H = A4


class Writer:
    def __init__(self, fn, font, bold, size, lead, left=20 * mm, right=190 * mm, top=277 * mm,
                 bottom=22 * mm, footer=None, title=""):
        self.c = canvas.Canvas(fn, pagesize=A4)
        self.c.setTitle(title)
        self.font, self.bold, self.size, self.lead = font, bold, size, lead
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.y = top
        self.page = 1
        self.footer = footer

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def newpage(self):
        if self.footer:
            self.footer(self.c, self.page)
        self.c.showPage()
        self.page += 1
        self.y = self.top

    def para(self, text, bold=False, indent=0, first=None, align="J", size=None, gap=3):
        size = size or self.size
        font = self.bold if bold else self.font
        width = self.right - self.left - indent
        lines = simpleSplit(text, font, size, width)
        for i, ln in enumerate(lines):
            self.need(self.lead)
            self.c.setFont(font, size)
            x = self.left + indent
            if i == 0 and first is not None:
                self.c.drawString(self.left + indent - first[1], self.y, first[0])
            if align == "C":
                self.c.drawCentredString((self.left + self.right) / 2, self.y, ln)
            elif align == "R":
                self.c.drawRightString(self.right, self.y, ln)
            elif align == "J" and i < len(lines) - 1 and " " in ln:
                words = ln.split(" ")
                tw = sum(pdfmetrics.stringWidth(w, font, size) for w in words)
                sp = (width - tw) / (len(words) - 1)
                xx = x
                for w in words:
                    self.c.drawString(xx, self.y, w)
                    xx += pdfmetrics.stringWidth(w, font, size) + sp
            else:
                self.c.drawString(x, self.y, ln)
            self.y -= self.lead
        self.y -= gap

    def space(self, h):
        self.y -= h

    def save(self):
        if self.footer:
            self.footer(self.c, self.page)
        self.c.save()


# ---------------------------------------------------------------------------
# 4. Fidenza, Giunta, J-Iride-like
# ---------------------------------------------------------------------------
def fidenza():
    fn = os.path.join(OUT, "giunta-fidenza-jiride.pdf")

    def footer(c, p):
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 12 * mm, "Comune di Fidenza - Deliberazione della Giunta Comunale n. 64 del 21/05/2026")
        c.drawRightString(190 * mm, 12 * mm, "Pagina %d di 2" % p)

    w = Writer(fn, "Helvetica", "Helvetica-Bold", 9.5, 12.5, footer=footer, title="Delibera GC 64/2026")
    c = w.c
    # heading box
    c.setLineWidth(1)
    c.rect(20 * mm, 255 * mm, 170 * mm, 27 * mm)
    c.setFont("Helvetica-Bold", 17)
    c.drawCentredString(105 * mm, 273 * mm, "COMUNE DI FIDENZA")
    c.setFont("Helvetica", 9.5)
    c.drawCentredString(105 * mm, 267 * mm, "Provincia di Parma")
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(105 * mm, 259 * mm, "Deliberazione della Giunta Comunale")
    # number / date boxes
    c.rect(20 * mm, 243 * mm, 85 * mm, 9 * mm)
    c.rect(105 * mm, 243 * mm, 85 * mm, 9 * mm)
    c.setFont("Helvetica", 9)
    c.drawString(23 * mm, 246 * mm, "Numero")
    c.drawString(108 * mm, 246 * mm, "Data")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(45 * mm, 246 * mm, "64")
    c.drawString(125 * mm, 246 * mm, "21/05/2026")
    w.y = 235 * mm
    w.para("OGGETTO:", bold=True, gap=0)
    w.y += w.lead
    subj = ("ADESIONE AL PROGETTO \"ESTATE SICURA 2026\" E APPROVAZIONE DELLO SCHEMA DI PROTOCOLLO "
            "D'INTESA CON L'AZIENDA USL DI PARMA")
    w.para(subj, bold=True, indent=22 * mm, align="L", gap=2)
    c.line(20 * mm, w.y + 6, 190 * mm, w.y + 6)
    w.space(4)
    w.para("L'anno 2026 il giorno 21 del mese di maggio alle ore 15:00 nella Residenza Municipale, "
           "convocata nei modi di legge, si è riunita la Giunta Comunale. All'appello risultano:")
    # drawn attendance table
    rows = [("Nominativo", "Carica", "Presenza"),
            ("MASSARI ANDREA", "Sindaco", "Presente"),
            ("CONTI FEDERICA", "Vice Sindaco", "Presente"),
            ("BERTOLI GIANLUCA", "Assessore", "Presente"),
            ("MARIANI ROSSELLA", "Assessore", "Assente"),
            ("PEDRETTI ALESSIO", "Assessore", "Presente"),
            ("GHIRARDI MONICA", "Assessore", "Presente")]
    xs = [30 * mm, 95 * mm, 145 * mm, 180 * mm]
    rh = 6.2 * mm
    top = w.y + 9
    for i, r in enumerate(rows):
        yy = top - (i + 1) * rh
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
        for j, v in enumerate(r):
            c.drawString(xs[j] + 2 * mm, yy + 2 * mm, v)
        c.line(xs[0], yy, xs[-1], yy)
    c.line(xs[0], top, xs[-1], top)
    bot = top - len(rows) * rh
    for x in xs:
        c.line(x, top, x, bot)
    w.y = bot - 14
    w.para("Presenti n. 5          Assenti n. 1", align="R")
    w.para("Presiede la seduta il Sindaco Andrea Massari. Partecipa il Segretario Generale dott.ssa "
           "Elena Ferrari, la quale provvede alla redazione del presente verbale.")
    w.para("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed "
           "invita la Giunta a deliberare sull'oggetto sopra indicato.")
    w.space(3)
    w.para("LA GIUNTA COMUNALE", bold=True, align="C")
    for p in [
        "PREMESSO che l'Azienda USL di Parma promuove, in collaborazione con i Comuni del Distretto di "
        "Fidenza, il progetto \"Estate Sicura 2026\", finalizzato alla prevenzione degli effetti delle "
        "ondate di calore sulla popolazione anziana e fragile;",
        "VISTA la nota dell'Azienda USL di Parma - Distretto di Fidenza prot. n. 0031877 del 05/05/2026, "
        "con la quale si invitano i Comuni ad aderire al progetto e si trasmette lo schema di protocollo "
        "d'intesa;",
        "RICHIAMATA la deliberazione del Consiglio Comunale n. 14 del 27/02/2026, con la quale è stato "
        "approvato il bilancio di previsione 2026-2028;",
        "CONSIDERATO che il progetto prevede l'attivazione di un numero telefonico dedicato, il "
        "monitoraggio domiciliare degli utenti segnalati dai servizi sociali e la collaborazione con le "
        "associazioni di volontariato del territorio, senza oneri aggiuntivi a carico del bilancio "
        "comunale;",
        "DATO ATTO che sulla proposta sono stati acquisiti il parere favorevole di regolarità tecnica "
        "del Dirigente del Settore Servizi alla Persona e il parere di regolarità contabile del "
        "Dirigente del Settore Finanziario, ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    ]:
        w.para(p)
    w.para("Con votazione unanime e palese,")
    w.para("D E L I B E R A", bold=True, align="C")
    pts = [
        "di aderire al progetto \"Estate Sicura 2026\" promosso dall'Azienda USL di Parma per il "
        "periodo dal 1° giugno al 15 settembre 2026;",
        "di approvare lo schema di protocollo d'intesa tra il Comune di Fidenza e l'Azienda USL di "
        "Parma, allegato al presente atto quale parte integrante e sostanziale;",
        "di autorizzare il Sindaco alla sottoscrizione del protocollo d'intesa;",
        "di incaricare il Settore Servizi alla Persona degli adempimenti conseguenti.",
    ]
    for i, p in enumerate(pts, 1):
        w.para(p, indent=8 * mm, first=("%d." % i, 7 * mm))
    w.para("Inoltre, stante l'urgenza di provvedere in vista dell'avvio del progetto, con successiva "
           "votazione palese ad unanimità, la Giunta dichiara la presente deliberazione immediatamente "
           "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
    w.space(10)
    w.need(40)
    c.setFont("Helvetica", 9)
    c.drawString(25 * mm, w.y, "Letto, approvato e sottoscritto")
    w.y -= 16
    c.setFont("Helvetica-Bold", 9.5)
    c.drawCentredString(60 * mm, w.y, "IL SINDACO")
    c.drawCentredString(150 * mm, w.y, "IL SEGRETARIO GENERALE")
    w.y -= 13
    c.setFont("Helvetica", 9.5)
    c.drawCentredString(60 * mm, w.y, "Andrea Massari")
    c.drawCentredString(150 * mm, w.y, "dott.ssa Elena Ferrari")
    w.y -= 11
    c.setFont("Helvetica-Oblique", 7)
    c.drawCentredString(60 * mm, w.y, "documento firmato digitalmente")
    c.drawCentredString(150 * mm, w.y, "documento firmato digitalmente")
    w.save()


# ---------------------------------------------------------------------------
# 9. Bojano, determinazione, Studio K-like, DejaVu Sans
# ---------------------------------------------------------------------------
def bojano():
    fn = os.path.join(OUT, "determina-bojano-studiok.pdf")

    def footer(c, p):
        c.setFont("DejaVuSans", 6.5)
        c.drawString(18 * mm, 10 * mm, "Determinazione AREA TECNICA n. 31 del 17/02/2026 - Reg. Gen. n. 143")
        c.drawRightString(192 * mm, 10 * mm, "%d" % p)

    w = Writer(fn, "DejaVuSans", "DejaVuSans-Bold", 8.8, 12, left=18 * mm, right=192 * mm,
               footer=footer, title="Determinazione 143/2026")
    c = w.c
    c.setFont("DejaVuSans-Bold", 14)
    c.drawString(18 * mm, 280 * mm, "COMUNE DI BOJANO")
    c.setFont("DejaVuSans", 8.5)
    c.drawString(18 * mm, 275 * mm, "Provincia di Campobasso")
    c.drawString(18 * mm, 271 * mm, "Piazza Roma, 1 - 86021 Bojano (CB)")
    c.setLineWidth(0.6)
    c.rect(120 * mm, 268 * mm, 72 * mm, 17 * mm)
    c.setFont("DejaVuSans", 8)
    c.drawString(123 * mm, 280 * mm, "REGISTRO GENERALE")
    c.setFont("DejaVuSans-Bold", 9)
    c.drawString(123 * mm, 274.5 * mm, "N. 143 del 18/02/2026")
    c.setFont("DejaVuSans", 7)
    c.drawString(123 * mm, 270 * mm, "Pubblicata all'Albo dal 18/02/2026")
    c.line(18 * mm, 265 * mm, 192 * mm, 265 * mm)
    w.y = 257 * mm
    w.para("AREA TECNICA", bold=True, align="C", size=11)
    w.para("Servizio Manutenzione e Ambiente", align="C")
    w.space(2)
    w.para("DETERMINAZIONE DEL RESPONSABILE DELL'AREA", bold=True, align="C", size=10)
    w.para("N. 31 del 17/02/2026", bold=True, align="C", size=10)
    w.space(4)
    subj = ("Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 del "
            "servizio di manutenzione del verde pubblico - periodo marzo/novembre 2026 - CIG B5C81F2A77 "
            "- Determina a contrarre e impegno di spesa.")
    y0 = w.y + w.lead - 2
    w.para("OGGETTO:", bold=True, gap=0)
    w.y += w.lead
    w.para(subj, bold=True, indent=20 * mm, align="L")
    c.rect(16.5 * mm, w.y + 4, 177 * mm, y0 - w.y - 1)
    w.space(6)
    w.para("IL RESPONSABILE DELL'AREA TECNICA", bold=True, align="C")
    for p in [
        "VISTO il decreto del Sindaco n. 2 del 08/01/2026, con il quale è stato conferito al "
        "sottoscritto l'incarico di Responsabile dell'Area Tecnica con attribuzione delle funzioni di "
        "cui all'art. 107 del D.Lgs. 267/2000;",
        "RICHIAMATA la deliberazione del Consiglio Comunale n. 5 del 29/01/2026, di approvazione del "
        "bilancio di previsione 2026/2028;",
        "PREMESSO che il Comune non dispone di personale e mezzi sufficienti per garantire la "
        "manutenzione ordinaria delle aree verdi comunali, dei giardini scolastici e delle aiuole "
        "stradali, per una superficie complessiva di circa 46.000 mq;",
        "CONSIDERATO che l'importo stimato del servizio, pari a € 38.900,00 oltre IVA, è inferiore alla "
        "soglia di € 140.000,00 prevista dall'art. 50, comma 1, lett. b), del D.Lgs. 36/2023;",
        "DATO ATTO che, a seguito di richiesta di preventivo tramite la piattaforma di approvvigionamento "
        "digitale, è pervenuta l'offerta della ditta Verde Matese S.r.l., con sede in Bojano, P. IVA "
        "01893420701, per un importo di € 37.650,00 oltre IVA al 22%, ritenuta congrua;",
        "VERIFICATO il possesso dei requisiti di ordine generale e speciale dell'operatore economico;",
        "RITENUTO di dover provvedere in merito;",
    ]:
        w.para(p)
    w.para("D E T E R M I N A", bold=True, align="C")
    pts = [
        "di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, alla ditta Verde "
        "Matese S.r.l. il servizio di manutenzione del verde pubblico per il periodo marzo/novembre "
        "2026, per l'importo di € 37.650,00 oltre IVA al 22%, per complessivi € 45.933,00;",
        "di impegnare la spesa complessiva di € 45.933,00 sul capitolo 1736/1 \"Manutenzione verde "
        "pubblico - prestazioni di servizi\" del bilancio 2026/2028, esercizio 2026;",
        "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, "
        "ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
        "di nominare Responsabile Unico del Progetto il geom. Nicola Perrella, istruttore tecnico "
        "dell'Area;",
        "di trasmettere il presente atto al Responsabile dell'Area Finanziaria per l'apposizione del "
        "visto di regolarità contabile.",
    ]
    for i, p in enumerate(pts, 1):
        w.para(p, indent=8 * mm, first=("%d)" % i, 7 * mm))
    w.space(8)
    w.need(30)
    c.setFont("DejaVuSans-Bold", 9)
    c.drawCentredString(150 * mm, w.y, "IL RESPONSABILE DELL'AREA TECNICA")
    w.y -= 12
    c.setFont("DejaVuSans", 9)
    c.drawCentredString(150 * mm, w.y, "geom. Antonio Di Iorio")
    w.y -= 24
    w.para("VISTO DI REGOLARITÀ CONTABILE", bold=True, align="C")
    w.para("Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. "
           "267/2000. Impegno n. 187/2026. Bojano, 18/02/2026.")
    w.para("Il Responsabile dell'Area Finanziaria - dott.ssa Lucia Mastrangelo", align="R")
    w.save()


if __name__ == "__main__":
    fidenza()
    bojano()
