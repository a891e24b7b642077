#!/usr/bin/env python3
"""Gravina di Catania, determinazione of the Area Tecnica: ReportLab canvas,
text set line by line (justified by spreading the words one by one), the
Area and its Servizio in the letterhead, the two numbers in a box on the
right ("N. 4/Area Tecnica" and the Registro Generale)."""
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

W, H = A4
L, R = 22 * mm, W - 20 * mm
TOP, BOT = H - 62 * mm, 24 * mm
REG, BLD = "Helvetica", "Helvetica-Bold"


class Flow:
    def __init__(self, out):
        self.c = canvas.Canvas(out, pagesize=A4)
        self.c.setTitle("Determinazione R.G. n. 19 del 12/01/2029")
        self.c.setAuthor("Comune di Gravina di Catania - Area Tecnica")
        self.page = 1
        self.head(first=True)
        self.y = TOP

    def head(self, first=False):
        c = self.c
        c.setStrokeColorRGB(0.1, 0.25, 0.45)
        c.setFillColorRGB(0.1, 0.25, 0.45)
        c.circle(L + 8 * mm, H - 22 * mm, 8 * mm, stroke=1, fill=0)
        c.setFont(BLD, 8)
        c.drawCentredString(L + 8 * mm, H - 23 * mm, "G")
        c.setFont("Times-Bold", 16)
        c.drawString(L + 20 * mm, H - 19 * mm, "COMUNE DI GRAVINA DI CATANIA")
        c.setFont("Times-Italic", 10)
        c.drawString(L + 20 * mm, H - 24.5 * mm, "Città Metropolitana di Catania")
        c.setFillColorRGB(0, 0, 0)
        c.setFont(BLD, 9.5)
        c.drawString(L + 20 * mm, H - 32 * mm, "AREA TECNICA")
        c.setFont(REG, 8.5)
        c.drawString(L + 20 * mm, H - 36.5 * mm, "Servizio Manutenzioni, Verde Pubblico e Protezione Civile")
        c.setLineWidth(0.6)
        c.line(L, H - 41 * mm, R, H - 41 * mm)
        if first:
            bx = R - 84 * mm
            c.setLineWidth(0.8)
            c.rect(bx, H - 57 * mm, 84 * mm, 13 * mm)
            c.line(bx, H - 50.5 * mm, R, H - 50.5 * mm)
            c.setFont(BLD, 9)
            c.drawString(bx + 2.5 * mm, H - 48.5 * mm, "DETERMINAZIONE N. 4/Area Tecnica del 09/01/2029")
            c.drawString(bx + 2.5 * mm, H - 55 * mm, "REGISTRO GENERALE N. 19 del 12/01/2029")
            c.setFont(REG, 8)
            c.drawString(L, H - 48.5 * mm, "Proposta n. 7 del 08/01/2029")
        c.setFont(REG, 7.5)
        c.drawCentredString(W / 2, 13 * mm, "Comune di Gravina di Catania - Area Tecnica - pagina %d" % self.page)

    def newpage(self):
        self.c.showPage()
        self.page += 1
        self.head()
        self.y = H - 50 * mm

    def need(self, h):
        if self.y - h < BOT:
            self.newpage()

    def par(self, text, font=REG, size=10, lead=13.2, indent=0, hang=None, after=4, align="j"):
        width = R - L - indent
        words = text.split()
        lines, cur = [], []
        for w in words:
            if cur and stringWidth(" ".join(cur + [w]), font, size) > width:
                lines.append(cur)
                cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        for i, ws in enumerate(lines):
            self.need(lead)
            x = L + indent
            if hang and i == 0:
                self.c.setFont(font, size)
                self.c.drawString(L + indent - 7 * mm, self.y, hang)
            self.c.setFont(font, size)
            if align == "c":
                self.c.drawCentredString(W / 2, self.y, " ".join(ws))
            elif align == "j" and i < len(lines) - 1 and len(ws) > 1:
                gap = (width - sum(stringWidth(w, font, size) for w in ws)) / (len(ws) - 1)
                for w in ws:
                    self.c.drawString(x, self.y, w)
                    x += stringWidth(w, font, size) + gap
            else:
                self.c.drawString(x, self.y, " ".join(ws))
            self.y -= lead
        self.y -= after

    def save(self):
        self.c.showPage()
        self.c.save()


def main(out):
    f = Flow(out)
    # OGGETTO with a hanging label
    subj = ("AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL SERVIZIO DI "
            "POTATURA DEGLI ALBERI DI ALTO FUSTO NELLE AREE A VERDE COMUNALI - IMPEGNO DI SPESA - CIG B5E2D71A40")
    f.c.setFont(BLD, 10)
    f.c.drawString(L, f.y, "OGGETTO:")
    f.par(subj, font=BLD, size=10, indent=20 * mm, after=10)
    f.par("IL RESPONSABILE DELL'AREA TECNICA", font=BLD, size=10.5, align="c", after=6)
    for t in [
        "Premesso che con Decreto Sindacale n. 1 del 08/01/2029 il sottoscritto è stato nominato Responsabile dell'Area Tecnica, con attribuzione dell'incarico di Elevata Qualificazione e delle funzioni di cui all'art. 107 del D.Lgs. 267/2000, come recepito nell'ordinamento regionale;",
        "che il patrimonio arboreo comunale comprende numerosi esemplari di pino domestico e di eucalipto di alto fusto, ubicati nelle ville, nei giardini e nelle aree a verde annesse ai plessi scolastici, per i quali la relazione agronomica trasmessa in data 18/12/2028 ha segnalato la necessità di interventi di potatura di contenimento e di rimonda del secco, al fine di prevenire rischi per la pubblica incolumità;",
        "che il Comune non dispone di personale e di mezzi idonei all'esecuzione di lavorazioni in quota su alberature di altezza superiore a 12 metri;",
        "Dato atto che, a seguito di indagine esplorativa svolta sulla piattaforma telematica di negoziazione, è stato richiesto un preventivo a tre operatori economici iscritti nell'elenco comunale, e che l'offerta più conveniente è risultata quella della ditta Verde Etna di Russo Carmelo, con sede in Mascalucia, che ha offerto l'importo di € 18.350,00 oltre IVA 22%, ritenuto congruo;",
        "Accertato il possesso dei requisiti di ordine generale e speciale in capo all'operatore economico, mediante consultazione del fascicolo virtuale dell'operatore economico (FVOE) e acquisizione del DURC regolare;",
        "Visti il D.Lgs. 31 marzo 2023, n. 36, il D.Lgs. 18 agosto 2000, n. 267, la L.R. 11 dicembre 1991, n. 48 e la L.R. 23 dicembre 2000, n. 30, il vigente Regolamento di contabilità e lo Statuto comunale;",
        "Attestata l'insussistenza di situazioni di conflitto di interessi ai sensi dell'art. 6-bis della L. 241/1990 e dell'art. 16 del D.Lgs. 36/2023;",
    ]:
        f.par(t)
    f.y -= 2
    f.par("D E T E R M I N A", font=BLD, size=10.5, align="c", after=6)
    pts = [
        "di affidare alla ditta Verde Etna di Russo Carmelo, con sede in Mascalucia (CT), il servizio di potatura degli alberi di alto fusto nelle aree a verde comunali, per l'importo di € 18.350,00 oltre IVA 22%, per complessivi € 22.387,00;",
        "di impegnare la somma complessiva di € 22.387,00 alla Missione 9, Programma 2, Titolo 1, capitolo 2612 \"Manutenzione del verde pubblico\" del bilancio 2029, in corso di formazione, nei limiti di cui all'art. 163 del D.Lgs. 267/2000, trattandosi di spesa necessaria ad evitare danni certi e gravi all'Ente;",
        "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023, e che il servizio dovrà essere ultimato entro 45 giorni dalla consegna;",
        "di trasmettere il presente provvedimento al Responsabile dell'Area Economico-Finanziaria per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria e di disporne la pubblicazione all'Albo Pretorio on line.",
    ]
    for i, t in enumerate(pts, 1):
        f.par(t, indent=8 * mm, hang="%d." % i)
    f.need(40 * mm)
    f.y -= 6
    x = R - 45 * mm
    f.c.setFont(REG, 9.5)
    f.c.drawCentredString(x, f.y, "Il Responsabile dell'Area Tecnica (E.Q.)")
    f.c.setFont(BLD, 10)
    f.c.drawCentredString(x, f.y - 13, "Arch. Salvatore Nicotra")
    f.c.setFont("Helvetica-Oblique", 7.5)
    f.c.drawCentredString(x, f.y - 24, "Firma digitale ai sensi del D.Lgs. 82/2005")
    f.y -= 44
    # executivity box
    f.need(42 * mm)
    top = f.y + 10
    f.c.setLineWidth(0.6)
    f.c.rect(L, top - 34 * mm, R - L, 34 * mm)
    f.y = top - 14
    f.par("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", font=BLD, size=9, align="c", after=3)
    L0 = L
    globals()["L"] = L0 + 3 * mm
    f.par("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante "
          "la copertura finanziaria della spesa. Impegno n. 38/2029 - Cap. 2612 - € 22.387,00. "
          "La presente determinazione è esecutiva dal 12/01/2029.", size=9, lead=11.5)
    globals()["L"] = L0
    f.c.setFont(REG, 9)
    f.c.drawString(L + 3 * mm, f.y - 4, "Gravina di Catania, 12/01/2029")
    f.c.drawCentredString(R - 45 * mm, f.y - 4, "Il Responsabile dell'Area Economico-Finanziaria")
    f.c.drawCentredString(R - 45 * mm, f.y - 15, "Dott. Giuseppe Lo Faro")
    f.save()


if __name__ == "__main__":
    main(sys.argv[1])
