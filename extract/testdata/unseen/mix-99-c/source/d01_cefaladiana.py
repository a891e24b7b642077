# Cefala Diana: reportlab canvas, every justified line sets Tw (word spacing); register box beside heading
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F="/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("S",F+"LiberationSerif-Regular.ttf")); pdfmetrics.registerFont(TTFont("SB",F+"LiberationSerif-Bold.ttf"))
c=canvas.Canvas(sys.argv[1],pagesize=A4); c.setCreator("Sicilia Digitale Atti 3.1"); W,H=A4
def just(txt,x,y,w,font="S",size=10.5,lead=14,last=False):
    words=txt.split(); lines=[]; cur=[]
    for wd in words:
        if cur and pdfmetrics.stringWidth(" ".join(cur+[wd]),font,size)>w: lines.append(cur); cur=[wd]
        else: cur.append(wd)
    lines.append(cur)
    for i,l in enumerate(lines):
        t=c.beginText(x,y); t.setFont(font,size); s=" ".join(l)
        if i<len(lines)-1 and len(l)>1: t.setWordSpace((w-pdfmetrics.stringWidth(s,font,size))/(len(l)-1))
        t.textLine(s); c.drawText(t); y-=lead
    return y
c.setFont("SB",15); c.drawCentredString(W/2-60,H-60,"COMUNE DI CEFALÀ DIANA")
c.setFont("S",10); c.drawCentredString(W/2-60,H-75,"Città Metropolitana di Palermo")
c.drawCentredString(W/2-60,H-88,"Piazza Umberto I, 1 – 90030 Cefalà Diana (PA)")
c.rect(W-185,H-115,145,72); c.setFont("S",9)
for i,s in enumerate(["Reg. Gen. N. 58","del 12/03/2026","Reg. A.T. N. 14","del 11/03/2026"]): c.drawString(W-178,H-58-i*15,s)
c.line(50,H-125,W-50,H-125)
c.setFont("SB",13); c.drawCentredString(W/2,H-150,"DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO")
y=H-180; c.setFont("SB",10)
for lab,val in [("Area:","AREA TECNICA"),("Servizio:","Servizio Lavori Pubblici e Manutenzioni"),("Ufficio proponente:","Ufficio Manutenzioni"),("Proposta:","n. 19 del 10/03/2026")]:
    c.setFont("SB",10); c.drawString(55,y,lab); c.setFont("S",10); c.drawString(165,y,val); y-=14
y-=8; c.setFont("SB",10.5); c.drawString(55,y,"OGGETTO:")
y=just("Lavori di manutenzione straordinaria della rete di pubblica illuminazione in via Bagni e piazza Municipio – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta Elettroimpianti Mulè S.r.l. – CIG B8F2A17C05 – Impegno di spesa.",125,y,W-180,"SB")
y-=10; c.setFont("SB",11); c.drawCentredString(W/2,y,"IL RESPONSABILE DEL SERVIZIO"); y-=20
for p in ["PREMESSO che numerosi punti luce della rete comunale di pubblica illuminazione in via Bagni e in piazza Municipio risultano non funzionanti a causa del deterioramento dei cavi di alimentazione e dei quadri elettrici, con pregiudizio per la sicurezza della circolazione pedonale e veicolare;",
"VISTA la perizia redatta dall'Ufficio Manutenzioni in data 5 marzo 2026, che quantifica la spesa complessiva in € 18.420,00 oltre IVA;",
"VISTO l'art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, e dato atto che la ditta Elettroimpianti Mulè S.r.l., con sede in Villafrati, interpellata, ha offerto un ribasso del 6,50% sull'importo stimato;",
"VISTI il D.Lgs. 267/2000, la L.R. 48/1991 e successive modifiche e il vigente regolamento comunale di contabilità;"]:
    y=just(p,55,y,W-110); y-=6
c.setFont("SB",11); c.drawCentredString(W/2,y-4,"D E T E R M I N A"); y-=26
for i,p in enumerate(["di affidare alla ditta Elettroimpianti Mulè S.r.l. i lavori in oggetto per l'importo di € 17.222,70 oltre IVA al 22%, per complessivi € 21.011,69;",
"di impegnare la somma di € 21.011,69 al capitolo 2082/1 del bilancio di previsione 2026-2028, esercizio 2026;",
"di dare atto che il Responsabile unico del progetto è il geom. Salvatore Di Grigoli;",
"di trasmettere il presente provvedimento al Servizio Finanziario per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria."],1):
    c.setFont("S",10.5); c.drawString(55,y,"%d."%i); y=just(p,72,y,W-127); y-=4
y-=20; c.setFont("S",10); c.drawString(W-250,y,"IL RESPONSABILE DEL SERVIZIO"); c.drawString(W-250,y-14,"Ing. Rosaria Cuccia")
c.setFont("S",7.5); c.drawString(55,40,"Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – Determinazione Reg. Gen. N. 58/2026")
c.showPage(); c.save()
