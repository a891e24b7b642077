# reportlab: register blanks "N. Reg. Gen. ______" filled by a hand-style stamp drawn last (out of reading order),
# plus a rotated Albo stamp along the right margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from acts import A, PREM
a = A["pietravairano"]; W, H = A4; c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setProducer("Maggioli Sicr@web PDF"); c.setTitle("Determinazione")
st = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=4, spaceAfter=5)
sb = ParagraphStyle("s", parent=st, fontName="Helvetica-Bold")
c.setFont("Helvetica-Bold", 15); c.drawCentredString(W/2, 805, a["muni"])
c.setFont("Helvetica", 9.5); c.drawCentredString(W/2, 791, a["prov"] + " – Piazza Europa, 1 – 81040 Pietravairano (CE)")
c.line(50, 782, W-50, 782)
c.setFont("Helvetica-Bold", 10); c.drawString(50, 765, a["organ"]); c.setFont("Helvetica", 10); c.drawString(50, 752, a["office"])
c.rect(330, 735, 215, 42)
c.setFont("Helvetica", 9.5)
c.drawString(338, 762, "N. Reg. Sett. ________  del ______________")
c.drawString(338, 744, "N. Reg. Gen. ________  del ______________")
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, 712, "DETERMINAZIONE DEL RESPONSABILE DI AREA")
c.setFont("Helvetica", 9.5); c.drawCentredString(W/2, 698, "Proposta n. %d del %s" % (a["prop"], a["propdate"]))
story = [Paragraph("OGGETTO: " + a["subj"], sb)]
story += [Paragraph(p, st) for p in PREM + ["PREMESSO che con determinazione n. 5 del 15/01/2026 è stato assunto l'impegno n. 112/2026 per il servizio di refezione scolastica, risultato insufficiente a coprire i pasti erogati fino al termine dell'anno scolastico;"]]
story += [Paragraph("<para alignment='center'><b>DETERMINA</b></para>", st)]
story += [Paragraph("%d) %s" % (i, p), st) for i, p in enumerate(a["pts"], 1)]
story += [Paragraph("<para alignment='right'>%s<br/>%s</para>" % (a["sign"], a["signer"]), st)]
Frame(50, 60, W-100, 630, showBoundary=0).addFromList(story, c)
c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, 35, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
# rotated Albo stamp
c.saveState(); c.translate(W-22, 300); c.rotate(90); c.setFillColorRGB(.5, .5, .5); c.setFont("Helvetica", 7.5)
c.drawString(0, 0, "Pubblicata all'Albo Pretorio on line dal 14/04/2026 al 29/04/2026 – Reg. Pubbl. n. 388"); c.restoreState()
# hand-style stamp fill, drawn last and slightly tilted
c.saveState(); c.setFillColorRGB(.1, .2, .65); c.setFont("Courier-BoldOblique", 12)
for (x, y, s) in [(400, 764, str(a["sec"])), (478, 764, a["secdate"]), (400, 746, str(a["rg"])), (478, 746, a["rgdate"])]:
    c.saveState(); c.translate(x, y); c.rotate(3); c.drawString(0, 0, s); c.restoreState()
c.restoreState(); c.showPage(); c.save()
