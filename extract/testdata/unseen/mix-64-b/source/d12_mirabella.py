# Comune di Mirabella Imbaccari (CT): certificate of publication (ReportLab canvas).
# Letterhead and the ruled form are Form XObjects; the form values are drawn before the labels;
# the "ALBO PRETORIO" stamp is rotated 18 degrees over the signature area and drawn first.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Certificato di pubblicazione - G.M. 52/2026"); c.setCreator("Datagraph J-Serfin Albo"); c.setAuthor("Ufficio Messi")
c.beginForm("lh")
c.setFont("Times-Bold", 16); c.drawCentredString(W/2, H-60, "COMUNE DI MIRABELLA IMBACCARI")
c.setFont("Times-Italic", 10); c.drawCentredString(W/2, H-74, "Città Metropolitana di Catania")
c.setFont("Times-Roman", 8.5); c.drawCentredString(W/2, H-86, "Piazza Vittorio Emanuele, 1 – 95040 Mirabella Imbaccari (CT) – C.F. 82001730875")
c.setLineWidth(1.2); c.line(60, H-94, W-60, H-94); c.setLineWidth(0.4); c.line(60, H-97, W-60, H-97)
c.endForm()
c.beginForm("grid")
c.setLineWidth(0.7); c.rect(60, H-372, W-120, 200)
for y in (H-200, H-228, H-256, H-342): c.line(60, y, W-60, y)
c.line(190, H-172, 190, H-372)
c.endForm()
# rotated stamp first
c.saveState(); c.translate(118, 150); c.rotate(18)
c.setStrokeColorRGB(0.15, 0.25, 0.6); c.setFillColorRGB(0.15, 0.25, 0.6); c.setLineWidth(1.5)
c.roundRect(-62, -24, 124, 48, 8); c.setFont("Helvetica-Bold", 9); c.drawCentredString(0, 8, "ALBO PRETORIO ON LINE")
c.setFont("Helvetica", 8); c.drawCentredString(0, -4, "Reg. n. 618/2026"); c.drawCentredString(0, -16, "Mirabella Imbaccari")
c.restoreState()
c.doForm("lh"); c.doForm("grid")
# values first
c.setFont("Courier-Bold", 10.5)
vals = [(H-190, "618 / 2026"), (H-218, "Deliberazione della Giunta Municipale"), (H-246, "n. 52 del 07/05/2026")]
for y, v in vals: c.drawString(200, y, v)
c.setFont("Courier", 10)
subj = ["Approvazione del progetto \"Estate Mirabellese 2026\" e", "concessione di contributo all'Associazione Culturale", "\"Il Ricamo\" per la XII edizione della Mostra del ricamo", "a mano. Assegnazione risorse al Responsabile dell'Area", "Amministrativa."]
for i, s in enumerate(subj): c.drawString(200, H-272-i*13, s)
c.drawString(200, H-360, "dal 11/05/2026 al 26/05/2026")
c.setFont("Times-Bold", 10)
for y, l in [(H-190, "Registro pubblicazioni"), (H-218, "Tipo di atto"), (H-246, "Numero e data"), (H-272, "Oggetto"), (H-360, "Periodo di pubblicazione")]:
    c.drawString(68, y, l)
c.setFont("Times-Bold", 14); c.drawCentredString(W/2, H-130, "CERTIFICATO DI AVVENUTA PUBBLICAZIONE")
c.setFont("Times-Roman", 10); c.drawCentredString(W/2, H-146, "(art. 11 L.R. 3 dicembre 1991, n. 44 – art. 32 L. 18 giugno 2009, n. 69)")
c.setFont("Times-Roman", 11)
txt = c.beginText(60, H-400); txt.setLeading(15)
for l in ["Il sottoscritto Responsabile della pubblicazione, vista l'attestazione del Messo comunale,",
          "", "C E R T I F I C A", "",
          "che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune",
          "per quindici giorni consecutivi, dal giorno undici maggio duemilaventisei al giorno ventisei maggio",
          "duemilaventisei, ai sensi dell'art. 11 della L.R. 44/1991 e s.m.i., e che contro la stessa non sono",
          "stati presentati reclami od opposizioni.", "",
          "Mirabella Imbaccari, addì ventisette del mese di maggio 2026"]:
    txt.textLine(l)
c.drawText(txt)
c.setFont("Times-Roman", 10.5)
c.drawCentredString(150, H-590, "IL MESSO COMUNALE"); c.drawCentredString(150, H-604, "Salvatore Giarrizzo")
c.drawCentredString(W-170, H-590, "IL SEGRETARIO COMUNALE"); c.drawCentredString(W-170, H-604, "Dott.ssa Giovanna Scollo")
c.setFont("Times-Italic", 7.5); c.drawCentredString(W/2, 34, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005. Copia conforme all'originale informatico.")
c.save()
