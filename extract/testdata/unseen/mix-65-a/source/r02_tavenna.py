# Tavenna (CB): pre-printed Times form with dotted blanks; typed Courier values are drawn
# afterwards, over the dots, in a second pass (as a form-filling program does).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setAuthor("Ufficio Segreteria"); c.setCreator("Halley Moduli 5.0"); c.setTitle("Attestazione di pubblicazione")
W, H = A4
L = 70
def dots(x, y, x2):
    c.setFont("Times-Roman", 11)
    w = c.stringWidth(".", "Times-Roman", 11); n = int((x2 - x) / w)
    c.drawString(x, y, "." * n)
# ---- pass 1: the pre-printed form
c.setFont("Times-Bold", 17); c.drawCentredString(W/2, H-70, "COMUNE DI TAVENNA")
c.setFont("Times-Roman", 11); c.drawCentredString(W/2, H-86, "Provincia di Campobasso")
c.drawCentredString(W/2, H-100, "Via Roma, 38 – 86030 Tavenna (CB) – C.F. 82003770700")
c.line(L, H-110, W-L, H-110)
c.setFont("Times-Bold", 14); c.drawCentredString(W/2, H-150, "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE")
c.setFont("Times-Italic", 10); c.drawCentredString(W/2, H-165, "(art. 124, comma 1, D.Lgs. 18 agosto 2000, n. 267)")
y = H-205
c.setFont("Times-Roman", 11)
c.drawString(L, y, "Si attesta che la deliberazione del"); dots(L+160, y, W-L)
y -= 26; c.drawString(L, y, "n."); dots(L+14, y, L+120); c.drawString(L+126, y, "del"); dots(L+146, y, L+300)
c.drawString(L+306, y, "avente per oggetto:")
for i in range(4):
    y -= 26; dots(L, y, W-L)
y -= 30
c.drawString(L, y, "è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi")
y -= 26; c.drawString(L, y, "dal"); dots(L+20, y, L+140); c.drawString(L+146, y, "al"); dots(L+160, y, L+280)
c.drawString(L+286, y, "con il n."); dots(L+328, y, L+400); c.drawString(L+406, y, "del Registro.")
y -= 30
c.drawString(L, y, "Contestualmente all'affissione è stata trasmessa ai Capigruppo consiliari (art. 125 TUEL).")
y -= 50
c.drawString(L, y, "Tavenna, li"); dots(L+52, y, L+180)
c.drawCentredString(W-160, y, "IL RESPONSABILE DEL SERVIZIO"); dots(W-250, y-34, W-70)
c.setFont("Times-Roman", 8)
c.drawString(L, 50, "Mod. SEG/14 – Attestazione di pubblicazione deliberazioni")
# ---- pass 2: typed values over the dots (Courier, 1.5 pt above the dotted baseline)
def typ(x, y, s):
    c.setFont("Courier-Bold", 11); c.drawString(x, y + 1.5, s)
y = H-205
typ(L+168, y, "CONSIGLIO COMUNALE")
y -= 26; typ(L+30, y, "21"); typ(L+160, y, "28.8.2026")
for s in ["APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE",
          "IN USO DEI LOCALI DELL'EX SCUOLA ELEMENTARE DI CONTRADA",
          "SAN GIUSTO E PER LA DETERMINAZIONE DELLE RELATIVE",
          "TARIFFE."]:
    y -= 26; typ(L+4, y, s)
y -= 30; y -= 26
typ(L+28, y, "02/09/2026"); typ(L+166, y, "17/09/2026"); typ(L+340, y, "233")
y -= 30; y -= 50
typ(L+60, y, "18/09/2026")
c.setFont("Courier-Bold", 11); c.drawCentredString(W-160, y-32.5, "Rag. Michele Tartaglia")
c.showPage(); c.save()
