# Consorzio di Bonifica 3 Medio Valdarno - avviso ai frontisti (unnumbered notice). The letterhead is a picture (logo and
# name drawn as pixels) followed by a text caption; the page content is written bottom-up (footer, signature, last
# paragraph first), i.e. out of reading order, as some Word-to-PDF plug-ins do.
import sys, io
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DJ',F+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DJB',F+'DejaVuSans-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('DJ',0,0,'DJ'); addMapping('DJ',1,0,'DJB'); addMapping('DJ',0,1,'DJ'); addMapping('DJ',1,1,'DJB')
# header picture
img=Image.new('RGB',(1800,260),'white'); d=ImageDraw.Draw(img)
for i in range(4):
    d.arc((30,40+i*38,230,140+i*38),200,340,fill=(0,90,160),width=14)
d.rectangle((260,40,266,220),fill=(0,90,160))
fb=ImageFont.truetype(F+'DejaVuSans-Bold.ttf',74); fr=ImageFont.truetype(F+'DejaVuSans.ttf',40)
d.text((300,45),'Consorzio di Bonifica',font=fb,fill=(0,70,130)); d.text((300,140),'3 Medio Valdarno',font=fb,fill=(0,120,60))
buf=io.BytesIO(); img.save(buf,'PNG'); buf.seek(0)
W,H=A4
c=canvas.Canvas(sys.argv[1],pagesize=A4)
c.setTitle('Avviso ai frontisti - PAB 2026'); c.setAuthor('Consorzio di Bonifica 3 Medio Valdarno'); c.setCreator('Civilia Next - Atti e Protocollo')
L=22*mm; Wd=W-44*mm
body=ParagraphStyle('b',fontName='DJ',fontSize=9.8,leading=13.4,alignment=4)
tit=ParagraphStyle('t',fontName='DJB',fontSize=12,leading=15,alignment=1)
sub=ParagraphStyle('s',fontName='DJ',fontSize=10,leading=13,alignment=1)
blocks=[('img',None),('cap',None),
 ('p',Paragraph('AREA MANUTENZIONE E DIFESA IDRAULICA',ParagraphStyle('o',fontName='DJB',fontSize=9.5,leading=12,alignment=0))),
 ('p',Paragraph('AVVISO AI FRONTISTI – ACCESSO AI FONDI PER LAVORI DI MANUTENZIONE ORDINARIA DEI CORSI D’ACQUA',tit)),
 ('p',Paragraph('Piano delle Attività di Bonifica 2026 – Comuni di Prato, Vaiano e Vernio',sub)),
 ('p',Paragraph('Si informano i proprietari, gli affittuari e i conduttori a qualsiasi titolo dei terreni confinanti con i corsi d’acqua del reticolo di gestione che, in attuazione del Piano delle Attività di Bonifica 2026 approvato dalla Regione Toscana, il Consorzio eseguirà nel periodo <b>dal 13 aprile al 31 ottobre 2026</b> interventi di manutenzione ordinaria consistenti nel taglio della vegetazione erbacea e arbustiva, nella rimozione di materiale flottante e di alberature instabili e nella ripresa di piccole erosioni di sponda.',body)),
 ('p',Paragraph('Gli interventi interesseranno in particolare il fiume Bisenzio e gli affluenti torrente Agna, fosso di Faltugnano, torrente Carigiola e rio Buti. L’elenco completo dei tratti, con la relativa cartografia, è consultabile sul sito istituzionale del Consorzio e presso gli uffici tecnici dei Comuni interessati.',body)),
 ('p',Paragraph('Ai sensi del R.D. 8 maggio 1904, n. 368, e del R.D. 25 luglio 1904, n. 523, nonché della L.R. Toscana 27 dicembre 2012, n. 79, i frontisti sono tenuti a consentire il libero accesso alle fasce di rispetto dei corsi d’acqua al personale e ai mezzi del Consorzio e delle imprese incaricate, e a rimuovere, prima dell’inizio dei lavori, recinzioni mobili, cataste di legname e altri materiali depositati entro 4 metri dal ciglio di sponda.',body)),
 ('p',Paragraph('Il materiale vegetale di risulta sarà, ove possibile, triturato e lasciato in loco. Eventuali danni alle colture dovranno essere segnalati entro 30 giorni dall’ultimazione dei lavori, mediante il modulo disponibile sul sito, per la valutazione dell’indennizzo.',body)),
 ('p',Paragraph('Per informazioni: Area Manutenzione e Difesa Idraulica – Settore Territoriale Bisenzio e Ombrone, numero verde 800 672 242, dal lunedì al venerdì, ore 9:00–13:00.',body)),
 ('p',Paragraph('Firenze, 17 marzo 2026',body)),
]
# compute layout top-down first
pos=[]; y=H-16*mm
for k,p in blocks:
    if k=='img': h=Wd*260/1800*0.62; pos.append((k,p,y-h,h)); y-=h+3
    elif k=='cap': pos.append((k,p,y-10,10)); y-=20
    else:
        w,h=p.wrap(Wd,H); pos.append((k,p,y-h,h)); y-=h+8
sigy=y-24
# ... then draw bottom-up: footer, signature, paragraphs in reverse, picture last
c.setFont('DJ',7); c.drawCentredString(W/2,12*mm,'Consorzio di Bonifica 3 Medio Valdarno – Ente pubblico economico – L.R. Toscana n. 79/2012 – www.cbmv.it')
c.setFont('DJ',9.8); c.drawCentredString(W-60*mm,sigy,'Il Dirigente dell’Area Manutenzione e Difesa Idraulica')
c.setFont('DJB',9.8); c.drawCentredString(W-60*mm,sigy-13,'Ing. Chiara Lotti')
c.setFont('DJ',7.5); c.drawCentredString(W-60*mm,sigy-24,'(documento firmato digitalmente)')
for k,p,yb,h in reversed(pos):
    if k=='img': c.drawImage(ImageReader(buf),L,yb,width=Wd*0.62,height=h)
    elif k=='cap':
        c.setFont('DJ',7.6); c.drawString(L,yb+2,'CONSORZIO DI BONIFICA 3 MEDIO VALDARNO – Ente pubblico economico ai sensi della L.R. Toscana 27 dicembre 2012, n. 79')
        c.setLineWidth(0.6); c.line(L,yb-3,W-L,yb-3)
    else: p.drawOn(c,L,yb)
c.showPage(); c.save()
