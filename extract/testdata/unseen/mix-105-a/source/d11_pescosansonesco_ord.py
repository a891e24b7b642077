# Pescosansonesco: ordinanza of the Responsabile dell'Area Tecnica; every glyph its own Tm+Tj,
# justified by spreading the glyphs; the Albo stamp is rotated 90 degrees along the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rlutil import glyphs
W, H = A4; F, B = "Times-Roman", "Times-Bold"
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Ordinanza 11/2026"); c.setProducer("Kibernetes PDF Printer 2.1")
c.saveState(); c.translate(30, 250); c.rotate(90); c.setFont("Helvetica", 8); c.setFillGray(0.35)
c.drawString(0, 0, "Albo Pretorio on line – Pubblicato dal 22-04-2026 al 07-05-2026 – Reg. n. 141"); c.restoreState()
c.setFont(B, 14); c.drawCentredString(W/2, H-55, "COMUNE DI PESCOSANSONESCO")
c.setFont(F, 9.5); c.drawCentredString(W/2, H-68, "Provincia di Pescara – Piazza Municipio, 1 – 65020 Pescosansonesco (PE)")
c.line(60, H-76, W-60, H-76)
c.setFont(B, 11); c.drawString(60, H-100, "AREA TECNICA"); c.setFont(F, 10.5); c.drawString(60, H-113, "Servizio Viabilità e Protezione Civile")
c.setFont(B, 13); c.drawCentredString(W/2, H-145, "ORDINANZA N. 11")
y = glyphs(c, 60, H-172, "OGGETTO: Chiusura temporanea al transito veicolare della strada comunale Pescosansonesco Nuovo – Pescosansonesco Vecchio per lavori urgenti di ripristino della scarpata a seguito di smottamento.", B, 11, W-120, 14) - 10
c.setFont(B, 11); c.drawCentredString(W/2, y, "IL RESPONSABILE DELL'AREA TECNICA"); y -= 20
for p in ["PREMESSO che a seguito delle intense precipitazioni del 18 e 19 aprile 2026 si è verificato uno smottamento della scarpata a monte della strada comunale Pescosansonesco Nuovo – Pescosansonesco Vecchio, in prossimità del km 1+200, con materiale franato sulla carreggiata;",
          "VISTO il verbale di sopralluogo redatto dall'Ufficio Tecnico in data 20-04-2026, che evidenzia il pericolo per la pubblica incolumità e la necessità di interventi urgenti;",
          "VISTI gli articoli 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e l'art. 107 del D.Lgs. 267/2000;"]:
    y = glyphs(c, 60, y, p, F, 11, W-120, 14.5) - 6
c.setFont(B, 11); c.drawCentredString(W/2, y-4, "O R D I N A"); y -= 24
for i, p in enumerate(["la chiusura al transito veicolare della strada comunale Pescosansonesco Nuovo – Pescosansonesco Vecchio, dal km 0+900 al km 1+400, dalle ore 8:00 del 22-04-2026 fino al termine dei lavori;",
                       "il transito dei residenti di Pescosansonesco Vecchio è deviato lungo la strada provinciale n. 47 per Corvara;",
                       "sono esclusi dal divieto i mezzi di soccorso, delle forze dell'ordine e dell'impresa esecutrice dei lavori;",
                       "l'Ufficio Tecnico provvede all'apposizione della prescritta segnaletica."], 1):
    c.setFont(F, 11); c.drawString(60, y, "%d)" % i); y = glyphs(c, 80, y, p, F, 11, W-140, 14.5) - 5
y = glyphs(c, 60, y-4, "Avverso la presente ordinanza è ammesso ricorso al T.A.R. Abruzzo – Sezione di Pescara entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni.", F, 11, W-120, 14.5) - 14
c.setFont(F, 11); c.drawString(60, y, "Pescosansonesco, lì 21-04-2026")
c.drawCentredString(420, y-26, "IL RESPONSABILE DELL'AREA TECNICA"); c.drawCentredString(420, y-40, "geom. Luigi Ciccarelli")
c.save()
