# Deliberation of the Commissario Straordinario of Pietrapaola (reportlab canvas; signature and stamp
# drawn before the body, letterhead Form XObject, Tw-justified lines)
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from pp_common import *
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Deliberazione Commissario Straordinario n. 22/2026")
letterhead(c); c.doForm("lh")
# signatures first (out of reading order)
c.setFont("Times-Roman", 11)
c.drawCentredString(170, 150, "IL COMMISSARIO STRAORDINARIO"); c.drawCentredString(170, 136, "dott. Vincenzo Capalbo")
c.drawCentredString(420, 150, "IL SEGRETARIO COMUNALE"); c.drawCentredString(420, 136, "dott. Francesco Mazzei")
stamp(c, "ALBO PRETORIO ON LINE – Pubblicazione n. 318 dal 08/05/2026")
y = H-125
c.setFont("Times-Bold", 12.5); c.drawCentredString(W/2, y, "DELIBERAZIONE DEL COMMISSARIO STRAORDINARIO"); y -= 15
c.setFont("Times-Italic", 10.5); c.drawCentredString(W/2, y, "adottata con i poteri della Giunta Comunale"); y -= 24
c.rect(70, y-30, W-140, 40)
c.setFont("Times-Bold", 11); c.drawString(80, y-6, "N. 22"); c.drawString(200, y-6, "Data: 07/05/2026")
c.setFont("Times-Roman", 10); c.drawString(80, y-22, "Proposta n. 25 del 05/05/2026 – Area Amministrativa – Servizio Personale"); y -= 52
c.setFont("Times-Bold", 11); c.drawString(70, y, "OGGETTO:")
y = justified(c, 135, y, "Approvazione del Piano triennale dei fabbisogni di personale 2026-2028 e della dotazione organica.", "Times-Bold", 11, W-205); y -= 8
y = justified(c, 70, y, "L’anno duemilaventisei, il giorno sette del mese di maggio, alle ore 10,30, nella sede municipale, il Commissario Straordinario dott. Vincenzo Capalbo, nominato con D.P.R. del 3 febbraio 2026, con l’assistenza del Segretario Comunale dott. Francesco Mazzei, ha adottato la seguente deliberazione."); y -= 6
y = justified(c, 70, y, "Vista la proposta n. 25 del 05/05/2026 dell’Area Amministrativa; visto l’art. 6 del D.Lgs. 165/2001; acquisito il parere favorevole del Revisore dei conti (verbale n. 7 del 04/05/2026) e i pareri di regolarità tecnica e contabile ai sensi dell’art. 49 del D.Lgs. 267/2000;"); y -= 8
c.setFont("Times-Bold", 11.5); c.drawCentredString(W/2, y, "D E L I B E R A"); y -= 18
for i, x in enumerate(["di approvare il Piano triennale dei fabbisogni di personale 2026-2028, che prevede per l’anno 2026 l’assunzione a tempo parziale di un Istruttore tecnico;",
        "di approvare la dotazione organica dell’Ente come risultante dal Piano;",
        "di trasmettere il presente atto alla Ragioneria Generale dello Stato tramite il sistema SICO."], 1):
    c.setFont("Times-Roman", 11); c.drawString(70, y, f"{i}."); y = justified(c, 88, y, x, width=W-158); y -= 3
y -= 4
justified(c, 70, y, "Il presente atto è dichiarato immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.")
c.showPage(); c.save()
