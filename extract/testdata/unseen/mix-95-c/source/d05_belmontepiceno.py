# reportlab: justified lines set Tw, headings letter-spaced with Tc (raw operators)
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c=canvas.Canvas(sys.argv[1],pagesize=(595,842)); c.setTitle("Avviso TARI 2026")
def tc(y,s,font,size,sp,x=None):
    w=stringWidth(s,font,size)+sp*(len(s)-1)
    x=(595-w)/2 if x is None else x
    c._code.append(f"BT /F{fid[font]} {size} Tf {sp} Tc 1 0 0 1 {x:.2f} {y} Tm ({s}) Tj 0 Tc ET")
fid={}
for i,f in enumerate(("Helvetica","Helvetica-Bold","Times-Roman","Times-Bold"),1):
    c.setFont(f,10); fid[f]=c._doc.getInternalFontName(f)[2:]
def para(y,text,font="Times-Roman",size=11,L=72,W=451,lead=14.5):
    words=text.split(); lines=[]; cur=[]
    for w in words:
        if stringWidth(" ".join(cur+[w]),font,size)>W and cur: lines.append(cur); cur=[w]
        else: cur.append(w)
    lines.append(cur)
    for i,ln in enumerate(lines):
        s=" ".join(ln); tw=0
        if i<len(lines)-1 and len(ln)>1: tw=(W-stringWidth(s,font,size))/(len(ln)-1)
        s=s.replace("\\","\\\\").replace("(","\\(").replace(")","\\)")
        c._code.append(f"BT /F{fid[font]} {size} Tf {tw:.3f} Tw 1 0 0 1 {L} {y:.2f} Tm ({s.encode('cp1252').decode('latin-1')}) Tj 0 Tw ET")
        y-=lead
    return y-6
c.setFont("Helvetica-Bold",10)
tc(790,"COMUNE DI BELMONTE PICENO","Helvetica-Bold",16,2.2)
tc(772,"Provincia di Fermo","Helvetica",10,0.5)
tc(756,"AREA ECONOMICO-FINANZIARIA - UFFICIO TRIBUTI","Helvetica-Bold",10,1.2)
c.line(72,748,523,748)
tc(720,"A V V I S O","Times-Bold",20,3)
y=para(694,"IMPOSTA MUNICIPALE PROPRIA (IMU) ANNO 2026 - VERSAMENTO DELL'ACCONTO ENTRO IL 16 GIUGNO 2026","Times-Bold",12,lead=16)
y=para(y,"Si informano i contribuenti che entro il giorno 16 giugno 2026 deve essere effettuato il versamento della prima rata dell'Imposta Municipale Propria (IMU) dovuta per l'anno 2026, pari all'imposta dovuta per il primo semestre applicando le aliquote deliberate dal Consiglio comunale con deliberazione n. 6 del 26.2.2026.")
y=para(y,"Il versamento del saldo dovra' essere effettuato entro il 16 dicembre 2026. E' facolta' del contribuente provvedere al versamento dell'imposta complessivamente dovuta in un'unica soluzione annuale da corrispondere entro il 16 giugno 2026.")
y=para(y,"Aliquote 2026: abitazione principale di categoria A/1, A/8 e A/9 e relative pertinenze 0,60 per cento con detrazione di euro 200,00; fabbricati rurali ad uso strumentale 0,10 per cento; terreni agricoli esenti (comune montano); altri immobili 1,06 per cento.")
y=para(y,"Il versamento si esegue con modello F24 utilizzando il codice catastale del Comune A760. L'Ufficio Tributi e' aperto al pubblico il martedi' e il venerdi' dalle ore 9:00 alle ore 12:30 (tel. 0734 771100, tributi@comune.belmontepiceno.fm.it).")
y=para(y-4,"Belmonte Piceno, 20 aprile 2026")
c.setFont("Times-Roman",11); c.drawCentredString(400,y-10,"Il Responsabile dell'Ufficio Tributi"); c.drawCentredString(400,y-25,"rag. Patrizia Vitali")
c.setFont("Helvetica",7); c.drawCentredString(297,40,"Comune di Belmonte Piceno - Piazza Leopardi, 1 - 63838 Belmonte Piceno (FM) - C.F. 81001630447")
c.showPage(); c.save()
