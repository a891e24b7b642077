# Commune de Brissogne / Comune di Brissogne - ordinanza del Sindaco, French above Italian.
# Every glyph is placed on its own (Tm per character, as some APKappa/Java exporters do), with a rotated Albo stamp along the margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
F='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DS', F+'DejaVuSerif.ttf')); pdfmetrics.registerFont(TTFont('DSB', F+'DejaVuSerif-Bold.ttf'))
W,H=A4; L=62; R=W-50
c=canvas.Canvas(sys.argv[1],pagesize=A4)
c.setTitle('Ordinanza n. 6/2026'); c.setAuthor('Comune di Brissogne'); c.setCreator('APKappa - Sicr@web Atti')
y=[H-60]
def glyphs(x,yy,s,font,size):
    for ch in s:
        c.setFont(font,size); c.drawString(x,yy,ch); x+=pdfmetrics.stringWidth(ch,font,size)
def line_just(words,font,size,x0,x1,yy,last):
    tw=sum(pdfmetrics.stringWidth(w,font,size) for w in words); sp=pdfmetrics.stringWidth(' ',font,size)
    gap=sp if last or len(words)==1 else (x1-x0-tw)/(len(words)-1)
    x=x0
    for w in words:
        glyphs(x,yy,w,font,size); x+=pdfmetrics.stringWidth(w,font,size)+gap
def para(text,font='DS',size=9.6,lead=12.2,x0=L,x1=R,indent=0,after=4,center=False):
    words=text.split(); cur=[]; first=True
    lines=[]
    for w in words:
        xs=x0+(indent if first else 0)
        if cur and pdfmetrics.stringWidth(' '.join(cur+[w]),font,size)>x1-xs:
            lines.append((cur,xs)); cur=[w]; first=False
        else: cur.append(w)
    if cur: lines.append((cur,x0+(indent if first else 0)))
    for i,(ws,xs) in enumerate(lines):
        newpage_if_needed()
        if center:
            s=' '.join(ws); glyphs((x0+x1)/2-pdfmetrics.stringWidth(s,font,size)/2,y[0],s,font,size)
        else: line_just(ws,font,size,xs,x1,y[0],i==len(lines)-1)
        y[0]-=lead
    y[0]-=after
def hang(num,text,**k):
    newpage_if_needed(); glyphs(L+6,y[0],num,k.get('font','DS'),9.6); para(text,x0=L+24,**k)
page=[1]
def frame():
    # rotated Albo stamp along the left margin
    c.saveState(); c.translate(30,150); c.rotate(90)
    c.setStrokeColor(colors.HexColor('#1d4f91')); c.setFillColor(colors.HexColor('#1d4f91')); c.rect(-4,-6,560,20,stroke=1,fill=0)
    c.setFont('DS',7.2); c.drawString(0,0,"ALBO PRETORIO ON LINE – Comune di Brissogne – Pubblicato dal 20/03/2026 al 04/04/2026 – Registro pubblicazioni n. 143/2026")
    c.restoreState()
    c.setFont('DS',7.5); c.setFillColor(colors.black)
    c.drawCentredString(W/2,28,'Commune de Brissogne – Comune di Brissogne · Ordonnance/Ordinanza n. 6/2026 · page/pagina %d'%page[0])
def newpage_if_needed():
    if y[0]<60:
        c.showPage(); page[0]+=1; frame(); y[0]=H-60
frame()
# heading
for s,f,z in [('COMMUNE DE BRISSOGNE','DSB',14),('COMUNE DI BRISSOGNE','DSB',14),('Région Autonome Vallée d\'Aoste – Regione Autonoma Valle d\'Aosta','DS',8.5)]:
    glyphs(W/2-pdfmetrics.stringWidth(s,f,z)/2,y[0],s,f,z); y[0]-=z+3
c.setLineWidth(0.8); c.line(L,y[0]+2,R,y[0]+2); y[0]-=18
for s in ['ORDONNANCE DU SYNDIC N° 6 DU 20 MARS 2026','ORDINANZA DEL SINDACO N. 6 DEL 20 MARZO 2026']:
    glyphs(W/2-pdfmetrics.stringWidth(s,'DSB',11.5)/2,y[0],s,'DSB',11.5); y[0]-=15
y[0]-=6
para("Objet : Réglementation temporaire de la circulation routière sur la route communale de Pacou à l'occasion des travaux de réfection du pont sur le torrent Les Laures.",font='DSB',after=3)
para("Oggetto: Disciplina temporanea della circolazione stradale sulla strada comunale di Pacou in occasione dei lavori di rifacimento del ponte sul torrent Les Laures.".replace('torrent Les','torrente Les'),font='DSB',after=10)
# French block
para('LE SYNDIC',font='DSB',center=True,after=4)
for t in ["Vu la demande présentée par l'entreprise Bétemps Construction s.r.l. de Saint-Marcel, adjudicataire des travaux de réfection du pont sur le torrent Les Laures, enregistrée au protocole sous le n° 1309 du 17 mars 2026 ;",
          "Considérant qu'il est nécessaire, pour garantir la sécurité des ouvriers et des usagers, d'interdire la circulation sur le tronçon concerné pendant la durée des travaux ;",
          "Vu les articles 5, 6 et 7 du décret législatif n° 285 du 30 avril 1992 (Code de la route) et la loi régionale n° 54 du 7 décembre 1998 ;"]:
    para(t,indent=14)
para('ORDONNE',font='DSB',center=True,after=4)
for i,t in enumerate(["la fermeture à la circulation de tous les véhicules de la route communale de Pacou, entre le croisement avec la route régionale n° 18 et le hameau de Pacou, du 30 mars au 30 avril 2026, de 7 h 30 à 18 h ;",
    "l'ouverture de la route aux véhicules de secours, aux véhicules de police et aux résidents du hameau de Pacou en dehors des horaires de chantier ;",
    "l'installation, par l'entreprise, de la signalisation temporaire prévue par le règlement d'exécution du Code de la route ;",
    "la publication de la présente ordonnance au tableau d'affichage en ligne de la Commune."],1):
    hang('%d.'%i,t)
y[0]-=6
# Italian block
para('IL SINDACO',font='DSB',center=True,after=4)
for t in ["Vista la richiesta presentata dall'impresa Bétemps Construction s.r.l. di Saint-Marcel, aggiudicataria dei lavori di rifacimento del ponte sul torrente Les Laures, acquisita al protocollo al n. 1309 del 17 marzo 2026;",
          "Considerato che, per garantire la sicurezza delle maestranze e degli utenti, è necessario vietare il transito sul tratto interessato per la durata dei lavori;",
          "Visti gli articoli 5, 6 e 7 del decreto legislativo 30 aprile 1992, n. 285 (Codice della strada) e la legge regionale 7 dicembre 1998, n. 54;"]:
    para(t,indent=14)
para('ORDINA',font='DSB',center=True,after=4)
for i,t in enumerate(["la chiusura al transito di tutti i veicoli della strada comunale di Pacou, tra l'incrocio con la strada regionale n. 18 e la frazione Pacou, dal 30 marzo al 30 aprile 2026, dalle ore 7:30 alle ore 18:00;",
    "l'apertura della strada ai mezzi di soccorso, ai veicoli delle forze di polizia e ai residenti della frazione Pacou al di fuori degli orari di cantiere;",
    "la posa, a cura dell'impresa, della segnaletica temporanea prevista dal regolamento di esecuzione del Codice della strada;",
    "la pubblicazione della presente ordinanza all'Albo pretorio on line del Comune."],1):
    hang('%d.'%i,t)
y[0]-=4
para("Contre la présente ordonnance, il peut être introduit un recours devant le Tribunal administratif régional de la Vallée d'Aoste dans un délai de 60 jours. – Avverso la presente ordinanza è ammesso ricorso al Tribunale amministrativo regionale della Valle d'Aosta entro 60 giorni.",size=8.4,lead=10.5,after=14)
newpage_if_needed()
glyphs(R-190,y[0],'Le Syndic – Il Sindaco','DS',10); y[0]-=13
glyphs(R-190,y[0],'Paolo Bionaz','DSB',10); y[0]-=11
glyphs(R-190,y[0],'(signé numériquement – firmato digitalmente)','DS',7.5)
c.showPage(); c.save()
