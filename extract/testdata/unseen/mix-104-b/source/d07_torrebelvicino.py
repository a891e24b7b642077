# reportlab: letterhead, roll grid and signature block are Form XObjects; page drawn bottom-up (out of reading order)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("ApKappa Sfera PDF 5.1"); W, H = A4
st = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, alignment=4, spaceAfter=4)
stc = ParagraphStyle("c", parent=st, fontName="Helvetica-Bold", alignment=1)
# Form XObjects
c.beginForm("lh"); c.setFont("Helvetica-Bold", 15); c.drawCentredString(W/2, H-55, "COMUNE DI TORREBELVICINO")
c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-68, "Provincia di Vicenza – Piazza Guglielmo Marconi, 5 – 36036 Torrebelvicino")
c.line(50, H-75, W-50, H-75); c.endForm()
c.beginForm("roll")
x0, yt = 90, 632; cols = (x0, x0+190, x0+310, x0+370, x0+430)
rows = [("Cognome e nome", "Carica", "Presenti", "Assenti"), ("CAMPAGNOLO EMANUELE", "Sindaco", "X", ""), ("DALLA RIVA MARTINA", "Vicesindaco", "X", ""),
        ("PERUZZI GIANNI", "Assessore", "", "X"), ("BORTOLOSO ILARIA", "Assessore", "X", ""), ("MENEGUZZO FABIO", "Assessore (esterno)", "X", "")]
for i, r in enumerate(rows):
    yy = yt - i*16; c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
    c.drawString(cols[0]+4, yy+4, r[0]); c.drawString(cols[1]+4, yy+4, r[1]); c.drawCentredString(cols[2]+30, yy+4, r[2]); c.drawCentredString(cols[3]+30, yy+4, r[3])
for i in range(len(rows)+1): c.line(cols[0], yt+16-i*16, cols[4], yt+16-i*16)
for x in cols: c.line(x, yt+16, x, yt+16-len(rows)*16)
c.setFont("Helvetica", 9); c.drawString(cols[0], yt-len(rows)*16-2, "Presenti n. 4 – Assenti n. 1")
c.endForm()
c.beginForm("sig"); c.setFont("Helvetica-Bold", 9); c.drawString(70, 110, "IL SINDACO"); c.drawString(340, 110, "IL VICESEGRETARIO COMUNALE")
c.setFont("Helvetica", 9); c.drawString(70, 97, "Emanuele Campagnolo"); c.drawString(340, 97, "dott.ssa Giovanna Cocco")
c.drawString(70, 80, "Documento sottoscritto con firma digitale ai sensi del D.Lgs. 82/2005."); c.endForm()
# drawn out of order: signatures, body, roll, header, letterhead
c.doForm("sig")
body = [Paragraph("<b>LA GIUNTA COMUNALE</b>", stc),
 Paragraph("Premesso che l'Amministrazione intende sostenere i centri estivi organizzati sul territorio comunale dalle associazioni e dalle parrocchie per i bambini e i ragazzi dai 3 ai 14 anni;", st),
 Paragraph("Visto il decreto del Ministro per lo sport e i giovani di riparto del fondo per le attività socioeducative per l'anno 2026;", st),
 Paragraph("Visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000; con voti unanimi favorevoli, espressi nei modi di legge,", st),
 Paragraph("<b>D E L I B E R A</b>", stc),
 Paragraph("1. di approvare i criteri per l'erogazione dei contributi ai gestori dei centri estivi 2026, come descritti in premessa;", st),
 Paragraph("2. di destinare all'iniziativa la somma di euro 18.000,00 stanziata al capitolo 10430 del bilancio 2026;", st),
 Paragraph("3. di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", st)]
Frame(60, 130, W-120, 340, showBoundary=0).addFromList(body, c)
c.doForm("roll")
head = [Paragraph("<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>", stc),
 Paragraph("<b>DELIBERAZIONE N. 52 DEL 25-03-2026</b>", stc),
 Paragraph("<b>Oggetto:</b> Criteri per l'erogazione di contributi ai gestori dei centri estivi per l'anno 2026.", st),
 Paragraph("L'anno duemilaventisei il giorno venticinque del mese di marzo alle ore 18:15 nella Residenza Municipale, per determinazione del Sindaco, si è riunita la Giunta comunale. All'appello risultano:", st)]
Frame(60, 660, W-120, 102, showBoundary=0).addFromList(head, c)
tail = [Paragraph("Partecipa alla seduta il Vicesegretario comunale dott.ssa Giovanna Cocco. Il Sindaco Emanuele Campagnolo, constatato il numero legale degli intervenuti, assume la presidenza e dichiara aperta la seduta.", st)]
Frame(60, 470, W-120, 62, showBoundary=0).addFromList(tail, c)
c.doForm("lh")
c.showPage(); c.save()
