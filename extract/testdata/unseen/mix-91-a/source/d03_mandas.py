# reportlab: every glyph placed on its own (Tm+Tj per glyph); offices at the right of the letterhead
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c=canvas.Canvas(sys.argv[1]); c.setCreator("Halley Stampe 5.1")
def g(x,y,s,f="Helvetica",z=10):
    for ch in s:
        t=c.beginText(x,y); t.setFont(f,z); t.textOut(ch); c.drawText(t); x+=stringWidth(ch,f,z)
y=800
g(50,y,"COMUNE DI MANDAS","Helvetica-Bold",15); g(50,y-14,"Provincia del Sud Sardegna",z=9)
for i,s in enumerate(["AREA FINANZIARIA","Servizio Bilancio e Contabilità","Ufficio Liquidazioni"]): g(360,y-i*12,s,"Helvetica-Bold" if i==0 else "Helvetica",9)
c.line(50,y-40,545,y-40)
g(50,y-62,"DETERMINAZIONE N. 8/AF DEL 12.3.2026 - REG. GEN. N. 92 DEL 13.3.2026","Helvetica-Bold",11)
L=["OGGETTO: Liquidazione alla società Abbanoa S.p.A. delle fatture relative alla",
"fornitura idrica degli immobili comunali - quarto bimestre 2025.",
"","IL RESPONSABILE DELL'AREA FINANZIARIA",
"Richiamata la determinazione n. 2/AF del 14.1.2026 di impegno della spesa;",
"viste le fatture n. 2026/00481 e 2026/00482 per complessivi euro 2.318,40;",
"","DETERMINA","1. di liquidare ad Abbanoa S.p.A. la somma di euro 2.318,40;",
"2. di imputare la spesa al cap. 1090/5 del bilancio 2026;",
"3. di autorizzare l'ufficio ragioneria all'emissione del mandato.","",
"Mandas, 12.3.2026","Il Responsabile dell'Area Finanziaria","dott. Paolo Cabras"]
yy=y-92
for s in L: g(50 if not s.startswith(("IL R","DETERM","Il R","dott")) else 300 if s.startswith(("Il R","dott")) else 220, yy, s); yy-=15
c.save()
