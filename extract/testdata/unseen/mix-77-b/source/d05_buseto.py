# reportlab canvas: every glyph drawn by its own text object at an absolute position; roll split over two pages
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W,H=A4; c=canvas.Canvas(sys.argv[1],pagesize=A4); c.setCreator("Civilia Next - Stampa Atti"); c.setTitle("Delibera C.C. 11/2026")
def g(x,y,s,f="Times-Roman",sz=11):
    for ch in s:
        c.setFont(f,sz); c.drawString(x,y,ch); x+=stringWidth(ch,f,sz)
def para(y,text,f="Times-Roman",sz=11,x0=62,w=W-124,lead=14.5):
    words=text.split(); line=[]
    def out(line,last):
        nonlocal y
        if last or len(line)<2: g(x0,y,' '.join(line),f,sz)
        else:
            tw=sum(stringWidth(w_,f,sz) for w_ in line); gap=(w-tw)/(len(line)-1); x=x0
            for w_ in line: g(x,y,w_,f,sz); x+=stringWidth(w_,f,sz)+gap
        y-=lead
    for wd in words:
        if stringWidth(' '.join(line+[wd]),f,sz)>w: out(line,False); line=[wd]
        else: line.append(wd)
    if line: out(line,True)
    return y-4
def head(n):
    g(62,H-40,"COMUNE DI BUSETO PALIZZOLO","Times-Bold",14); g(62,H-54,"Libero Consorzio Comunale di Trapani","Times-Italic",10)
    s=f"Delibera C.C. n. 11 del 27/03/2026 – pag. {n} di 2"; g(W-62-stringWidth(s,"Helvetica",8),H-40,s,"Helvetica",8)
    c.line(62,H-60,W-62,H-60)
head(1)
y=H-90; s="VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"; g((W-stringWidth(s,"Times-Bold",13))/2,y,s,"Times-Bold",13)
y-=22; y=para(y,"N. 11 del 27/03/2026","Times-Bold",12)
y=para(y,"OGGETTO: Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 – Sezione strategica e Sezione operativa.","Times-Bold",11)
y=para(y,"L'anno duemilaventisei, il giorno ventisette del mese di marzo, alle ore 19,15, nell'aula consiliare del Palazzo Municipale, a seguito di regolare convocazione, si è riunito il Consiglio Comunale in seduta ordinaria di prima convocazione. Presiede la seduta il Presidente del Consiglio Sig. Baldassare Poma. All'appello nominale risultano:")
roll=[("POMA Baldassare","Presidente del Consiglio","presente"),("RUSSO Maria Antonietta","Vice Presidente","presente"),("AGUECI Vito","Consigliere","presente"),("CULCASI Giuseppa","Consigliere","assente"),("MAZZARA Leonardo","Consigliere","presente"),("BARBERA Anna Maria","Consigliere","presente"),("COPPOLA Salvatore","Consigliere","presente"),("GIACALONE Rosalba","Consigliere","assente"),("PICCIONE Francesco","Consigliere","presente"),("VULTAGGIO Caterina","Consigliere","assente"),("CANINO Domenico","Consigliere","presente"),("SUCAMELI Giovanna","Consigliere","presente")]
def row(y,n,r):
    g(70,y,f"{n}.","Times-Roman",11); g(92,y,r[0]); g(270,y,r[1]); g(440,y,r[2],"Times-Italic",11)
g(92,y,"Consigliere","Times-Bold",11); g(270,y,"Carica","Times-Bold",11); g(440,y,"Presenza","Times-Bold",11); y-=16
for i,r in enumerate(roll[:7],1): row(y,i,r); y-=15
y-=6; y=para(y,"Il Presidente, constatata la presenza del numero legale, dichiara aperta la seduta. Assiste il Segretario Comunale dott.ssa Antonella Spanò. Sono altresì presenti il Sindaco Roberto Maltese e gli Assessori Vito Bica e Ignazia Pipitone.")
y=para(y,"Il Consiglio, sentita la relazione dell'Assessore al bilancio, vista la proposta n. 14 del 13/03/2026 e il parere favorevole dell'Organo di revisione (verbale n. 4 del 20/03/2026), passa alla votazione.")
g(W/2-30,40,"segue elenco presenze →","Times-Italic",9)
c.showPage(); head(2); y=H-90
g(92,y,"(segue appello)","Times-Italic",10); y-=16
for i,r in enumerate(roll[7:],8): row(y,i,r); y-=15
y-=4; y=para(y,"Presenti n. 9 – Assenti n. 3.")
y=para(y,"Con votazione palese per alzata di mano che dà il seguente esito: Consiglieri presenti n. 9, votanti n. 9, favorevoli n. 6, contrari n. 3 (Canino, Sucameli, Piccione), astenuti nessuno;")
s="DELIBERA"; g((W-stringWidth(s,"Times-Bold",12))/2,y,s,"Times-Bold",12); y-=20
for i,t in enumerate(["di approvare il Documento Unico di Programmazione (DUP) 2026/2028, nel testo allegato alla presente quale parte integrante e sostanziale;","di dare atto che il DUP costituisce presupposto per l'approvazione del bilancio di previsione 2026/2028;","di pubblicare il DUP nella sezione Amministrazione trasparente del sito istituzionale."],1):
    y=para(y,f"{i}. {t}",x0=72,w=W-134)
y=para(y,"Successivamente, con separata votazione che riporta lo stesso esito, la presente deliberazione viene dichiarata immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. n. 44/1991.")
y-=20; g(72,y,"IL PRESIDENTE DEL CONSIGLIO","Times-Bold",10); g(340,y,"IL SEGRETARIO COMUNALE","Times-Bold",10); y-=14
g(72,y,"Baldassare Poma"); g(340,y,"dott.ssa Antonella Spanò")
c.save()
