# reportlab: every glyph its own Tm+Tj, lines justified by spreading glyphs; Albo stamp rotated 90 deg in the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Kibernetes PDF Printer 2.1"); c.setCreator("Kibernetes Atti")
W, H = A4; L, R = 70, W - 60
y = [H - 60]
def glyphs(s, x, yy, font, size, extra=0.0):
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, yy); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def center(s, font="Times-Bold", size=12):
    glyphs(s, (W - stringWidth(s, font, size)) / 2, y[0], font, size); y[0] -= size + 4
def para(s, font="Times-Roman", size=11, lead=14, indent=0):
    words = s.split(); line = []
    width = R - L - indent
    def flush(last):
        txt = " ".join(line); nat = stringWidth(txt, font, size); gaps = txt.count(" ")
        extra = 0 if last or gaps == 0 else (width - nat) / gaps
        glyphs(txt, L + indent, y[0], font, size, extra); y[0] -= lead
    for w in words:
        if line and stringWidth(" ".join(line + [w]), font, size) > width: flush(False); line = []
        line.append(w)
    if line: flush(True)
    y[0] -= 4
center("COMUNE DI TREPPO LIGOSULLO", "Times-Bold", 15)
center("Provincia di Udine", "Times-Roman", 10)
y[0] -= 8
center("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "Times-Bold", 12)
center("N. 31 del 20/03/2026", "Times-Bold", 12)
y[0] -= 6
para("OGGETTO: Approvazione del progetto di valorizzazione della Casa Carnica di Ligosullo quale punto informativo turistico e richiesta di contributo alla Regione Friuli Venezia Giulia.", "Times-Bold")
para("L'anno duemilaventisei, il giorno venti del mese di marzo, alle ore 12:00, nella sede municipale di Treppo Carnico, a seguito di convocazione diramata nelle forme di legge, si è riunita la Giunta comunale.")
para("Sono presenti i signori: Puntel Sara, Vicesindaco; Matiz Roberto, Assessore; Di Centa Marco, Assessore. Risultano assenti giustificati il Sindaco Cescutti Luigino e l'Assessore Craighero Lucia.")
para("Assiste il Segretario comunale reggente dott. Paolo Del Fabbro.")
para("Essendo legale il numero degli intervenuti, assume la presidenza il Vicesindaco Puntel Sara, che dichiara aperta la seduta.")
center("LA GIUNTA COMUNALE", "Times-Bold", 11)
para("Premesso che la Casa Carnica di Ligosullo, di proprietà comunale, è stata restaurata con fondi del Programma di sviluppo rurale e si presta ad ospitare un punto informativo per i visitatori della Val Pontaiba;")
para("Vista la legge regionale 21 aprile 2017, n. 6, in materia di valorizzazione dei borghi montani, e il relativo bando per l'anno 2026;")
para("Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;")
para("Con voti unanimi favorevoli espressi nelle forme di legge,")
center("D E L I B E R A", "Times-Bold", 11)
pts = ["di approvare il progetto di valorizzazione della Casa Carnica di Ligosullo quale punto informativo turistico, dell'importo complessivo di euro 65.000,00;",
 "di richiedere alla Regione Friuli Venezia Giulia un contributo di euro 52.000,00 a valere sulla L.R. 6/2017;",
 "di incaricare il Responsabile del Servizio tecnico degli adempimenti conseguenti;",
 "di dichiarare la presente deliberazione, con separata votazione unanime, immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 21/2003."]
for i, p in enumerate(pts, 1):
    glyphs("%d." % i, L, y[0], "Times-Roman", 11); para(p, indent=18)
y[0] -= 10
glyphs("IL VICESINDACO - PRESIDENTE", L, y[0], "Times-Bold", 10); glyphs("IL SEGRETARIO COMUNALE REGGENTE", 330, y[0], "Times-Bold", 10); y[0] -= 13
glyphs("Sara Puntel", L, y[0], "Times-Roman", 10); glyphs("dott. Paolo Del Fabbro", 330, y[0], "Times-Roman", 10)
c.saveState(); c.translate(36, 200); c.rotate(90); c.setFillColorRGB(0.2, 0.2, 0.6)
c.setFont("Helvetica", 7.5); c.drawString(0, 0, "ALBO PRETORIO ON LINE - Pubblicato dal 23/03/2026 al 07/04/2026 - Reg. pubbl. n. 167")
c.restoreState()
c.showPage(); c.save()
