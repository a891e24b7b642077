#!/usr/bin/env python3
"""Comune di San Giovanni Rotondo - the Polizia Locale's printed model of a
traffic ordinanza (Civilia Next 'modello con campi'): the template's text with
blanks of underscores, the values typed over the blanks in Courier by the
operator, the subject typed in the template's box. ReportLab canvas."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "g2.pdf"
W, H = A4
L, R = 62, 540
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Ordinanza dirigenziale n. 173/2026")
c.setAuthor("Comune di San Giovanni Rotondo - Polizia Locale")
c.setCreator("Civilia Next - Modelli ordinanze")
TF, TS = "Times-Roman", 11          # template
FF, FS = "Courier-Bold", 10.5        # fill


class Line:
    """writes template text and blanks on one baseline; returns the x reached"""
    def __init__(self, y, x=L):
        self.x, self.y = x, y

    def t(self, s, font=TF, size=TS):
        c.setFont(font, size)
        c.drawString(self.x, self.y, s)
        self.x += stringWidth(s, font, size)
        return self

    def blank(self, n, fill=""):
        s = "_" * n
        c.setFont(TF, TS)
        c.drawString(self.x, self.y, s)
        w = stringWidth(s, TF, TS)
        if fill:
            c.setFont(FF, FS)
            c.drawString(self.x + 4, self.y + 1.5, fill)
        self.x += w
        return self


def letterhead():
    c.saveState()
    c.setStrokeColorRGB(0.55, 0.1, 0.12)
    c.setFillColorRGB(0.96, 0.93, 0.86)
    c.setLineWidth(1.2)
    p = c.beginPath()
    p.moveTo(L, 800); p.lineTo(L + 40, 800); p.lineTo(L + 40, 768)
    p.curveTo(L + 40, 752, L + 28, 742, L + 20, 740)
    p.curveTo(L + 12, 742, L, 752, L, 768); p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColorRGB(0.55, 0.1, 0.12)
    c.rect(L + 8, 776, 24, 5, fill=1, stroke=0)
    c.rect(L + 17, 758, 6, 36, fill=1, stroke=0)
    c.restoreState()
    c.setFont("Helvetica-Bold", 12)
    c.drawString(L + 50, 782, "COMUNE DI SAN GIOVANNI ROTONDO")
    c.setFont("Helvetica", 9.5)
    c.drawString(L + 50, 768, "Provincia di Foggia")
    c.setFont("Helvetica", 7.5)
    c.drawString(L + 50, 756, "Piazza dei Martiri, 1 - 71013 San Giovanni Rotondo (FG)")


def foot(n, tot):
    c.setLineWidth(0.4)
    c.line(L, 54, R, 54)
    c.setFont("Helvetica", 7.5)
    c.drawString(L, 44, "Ordinanza dirigenziale n. 173 del 15/09/2026")
    c.drawRightString(R, 44, "Pag. %d di %d" % (n, tot))


letterhead()
# registers' box at top right, as the house style puts it
bx, by, bw, bh = 340, 740, 200, 58
c.setLineWidth(0.8)
c.rect(bx, by, bw, bh)
c.setFont("Helvetica-Bold", 10)
c.drawCentredString(bx + bw / 2, by + 44, "ORDINANZA DIRIGENZIALE")
c.line(bx, by + 38, bx + bw, by + 38)
ln = Line(by + 20, bx + 10)
ln.t("N. ", "Helvetica", 9).blank(8, "173").t("  del ", "Helvetica", 9).blank(14, "15/09/2026")
c.setFont("Helvetica", 7)
c.drawCentredString(bx + bw / 2, by + 6, "Registro generale delle ordinanze")

y = 714
c.setFont("Helvetica-Bold", 11)
c.drawCentredString((L + R) / 2, y, "SETTORE IV \u2013 POLIZIA LOCALE")
y -= 14
c.setFont("Helvetica", 10)
c.drawCentredString((L + R) / 2, y, "Ufficio Viabilit\u00e0 e Traffico")
y -= 26
# subject box: typed inside the template's frame
c.setLineWidth(0.9)
c.rect(L, y - 44, R - L, 56)
c.setFont("Helvetica-Bold", 9.5)
c.drawString(L + 8, y, "Oggetto:")
subj = ["REGOLAMENTAZIONE TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA IN",
        "VIALE CAPPUCCINI E PIAZZALE SANTA MARIA DELLE GRAZIE IN OCCASIONE",
        "DELLE CELEBRAZIONI IN ONORE DI SAN PIO DA PIETRELCINA DEL 22 E 23",
        "SETTEMBRE 2026"]
c.setFont(FF, 9.5)
for i, s in enumerate(subj):
    c.drawString(L + 60, y - i * 12, s)
y -= 72
c.setFont("Times-Bold", 11)
c.drawCentredString((L + R) / 2, y, "IL DIRIGENTE DEL SETTORE IV")
y -= 22
Line(y).t("Vista la richiesta presentata da ").blank(44, "Comitato Feste Patronali San Pio")
y -= 18
Line(y).t("acquisita al protocollo generale con il n. ").blank(10, "26911").t(" del ").blank(14, "04/09/2026").t(";")
y -= 22
for s in ["Ritenuto necessario, per ragioni di sicurezza della circolazione e di tutela della pubblica",
          "incolumit\u00e0, adottare i provvedimenti indicati nel dispositivo;"]:
    c.setFont(TF, TS); c.drawString(L, y, s); y -= 14
y -= 6
for s in ["Visti gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285, e il relativo Regolamento di esecuzione",
          "approvato con D.P.R. 16 dicembre 1992, n. 495; l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;"]:
    c.setFont(TF, TS); c.drawString(L, y, s); y -= 14
y -= 12
c.setFont("Times-Bold", 11.5)
c.drawCentredString((L + R) / 2, y, "ORDINA")
y -= 22
I = L + 16
c.setFont(TF, TS); c.drawString(L, y, "1.")
Line(y, I).t("dalle ore ").blank(7, "14:00").t(" del ").blank(13, "22/09/2026").t(" alle ore ").blank(7, "24:00") \
    .t(" del ").blank(13, "23/09/2026")
y -= 16
Line(y, I).t("\u00e8 istituito il divieto di transito veicolare in: ")
y -= 16
Line(y, I).blank(78, "viale Cappuccini, tratto da via Aldo Moro al piazzale")
y -= 16
Line(y, I).blank(78, "Santa Maria delle Grazie").t(";")
y -= 20
c.setFont(TF, TS); c.drawString(L, y, "2.")
Line(y, I).t("nel medesimo periodo \u00e8 istituito il divieto di sosta con rimozione forzata in:")
y -= 16
Line(y, I).blank(78, "viale Cappuccini, ambo i lati; piazzale Santa Maria delle")
y -= 16
Line(y, I).blank(78, "Grazie, area est; via Aldo Moro, tratto finale").t(";")
y -= 20
c.setFont(TF, TS); c.drawString(L, y, "3.")
Line(y, I).t("sono esclusi dai divieti: ")
y -= 16
Line(y, I).blank(78, "veicoli di soccorso e di polizia, veicoli al servizio di")
y -= 16
Line(y, I).blank(78, "persone con disabilit\u00e0 muniti di contrassegno, residenti").t(";")
y -= 20
c.setFont(TF, TS); c.drawString(L, y, "4.")
Line(y, I).t("la segnaletica temporanea \u00e8 collocata a cura di: ")
y -= 16
Line(y, I).blank(78, "Settore III - Servizio Manutenzioni, almeno 48 ore prima").t(".")
foot(1, 2)
c.showPage()

y = 790
c.setFont("Times-Bold", 11.5)
c.drawCentredString((L + R) / 2, y, "AVVERTE")
y -= 20
for s in ["che i trasgressori sono puniti ai sensi del Codice della Strada e che contro la presente ordinanza",
          "\u00e8 ammesso ricorso al TAR Puglia entro 60 giorni dalla pubblicazione all'Albo Pretorio on line,",
          "ovvero ricorso al Ministero delle Infrastrutture e dei Trasporti entro 60 giorni ai sensi dell'art. 37,",
          "comma 3, del D.Lgs. 285/1992. Gli organi di polizia stradale sono incaricati dell'esecuzione."]:
    c.setFont(TF, TS); c.drawString(L, y, s); y -= 14
y -= 24
Line(y).t("San Giovanni Rotondo, ").blank(16, "15/09/2026")
y -= 40
c.setFont("Times-Bold", 11)
c.drawCentredString(410, y, "IL DIRIGENTE DEL SETTORE IV")
y -= 14
c.setFont(TF, TS)
c.drawCentredString(410, y, "Comandante della Polizia Locale")
y -= 22
Line(y, 330).blank(30, "dott. Gaetano Ricciardi")
y -= 14
c.setFont("Times-Italic", 9)
c.drawCentredString(410, y, "(firmato digitalmente)")
foot(2, 2)
c.showPage()
c.save()
