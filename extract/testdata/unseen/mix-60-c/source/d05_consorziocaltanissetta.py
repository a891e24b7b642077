# Decreto del Presidente of the Libero Consorzio Comunale di Caltanissetta.
# ReportLab canvas; every body line is justified by hand and sets its own Tw
# (word spacing), the last line of each paragraph with Tw 0; headings use Tc.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = A4
L, R = 70, W - 62
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Decreto del Presidente n. 14/2026")
c.setAuthor("Libero Consorzio Comunale di Caltanissetta")
c.setCreator("Segreteria Generale - Atti Monocratici")
y = H - 60

def centred(txt, font, size, tc=0.0):
    global y
    c.setFont(font, size)
    w = stringWidth(txt, font, size) + tc * (len(txt) - 1)
    t = c.beginText((W - w) / 2, y)
    t.setFont(font, size)
    t.setCharSpace(tc)
    t.textOut(txt)
    t.setCharSpace(0)
    c.drawText(t)
    y -= size + 4

def para(txt, font="Times-Roman", size=11, lead=14.2, indent=0, first=None, gap=5, bold_lead=None):
    """Justify txt over [L+indent, R]; every line gets an explicit Tw."""
    global y
    words = txt.split()
    lines, cur = [], []
    width = R - L - indent
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur: lines.append(cur)
    for i, ln in enumerate(lines):
        if y < 70:
            c.showPage(); y = H - 60
        s = " ".join(ln)
        last = i == len(lines) - 1
        tw = 0.0 if last or len(ln) == 1 else (width - stringWidth(s, font, size)) / (len(ln) - 1)
        t = c.beginText(L + indent, y)
        t.setFont(font, size)
        t.setWordSpace(tw)
        t.textOut(s)
        c.drawText(t)
        y -= lead
    y -= gap

# letterhead
c.setLineWidth(0.8)
centred("LIBERO CONSORZIO COMUNALE DI CALTANISSETTA", "Times-Bold", 15, tc=0.6)
centred("(già Provincia Regionale di Caltanissetta)", "Times-Italic", 10)
centred("Viale Regina Margherita, 28 – 93100 Caltanissetta", "Times-Roman", 9)
c.line(L, y + 2, R, y + 2)
y -= 20
centred("D E C R E T O   D E L   P R E S I D E N T E", "Times-Bold", 13)
y -= 2
centred("N. 14 DEL 22/04/2026", "Times-Bold", 12)
y -= 10
# subject
c.setFont("Times-Bold", 11)
c.drawString(L, y, "OGGETTO:")
y -= 0
para("Approvazione dello schema di convenzione con i Comuni del territorio per la gestione associata "
     "del servizio di sgombero neve e trattamento antighiaccio sulle strade provinciali di collegamento "
     "intercomunale – stagioni invernali 2026/2027 e 2027/2028.", font="Times-Bold", indent=62, gap=8)
c.setFont("Times-Roman", 9.5)
c.drawString(L, y, "Proposta n. 19 del 17/04/2026 – Settore IV Viabilità, Trasporti e Protezione Civile")
y -= 22
centred("IL PRESIDENTE", "Times-Bold", 11.5, tc=1.2)
y -= 4
P = [
 "VISTA la legge regionale 4 agosto 2015, n. 15, e successive modifiche ed integrazioni, recante disposizioni in materia di liberi Consorzi comunali e Città metropolitane;",
 "VISTO lo Statuto dell'Ente e, in particolare, le disposizioni che attribuiscono al Presidente l'adozione degli atti di indirizzo in materia di gestione associata di funzioni con i Comuni del territorio;",
 "CONSIDERATO che la rete viaria provinciale delle zone interne, con particolare riferimento ai territori di Mussomeli, Villalba, Vallelunga Pratameno e Marianopoli, è soggetta nel periodo invernale a precipitazioni nevose che ne compromettono la percorribilità;",
 "RITENUTO che la gestione associata con i Comuni interessati, che dispongono di mezzi e personale dislocati in prossimità delle arterie, consenta interventi più tempestivi e una riduzione dei costi;",
 "VISTO lo schema di convenzione predisposto dal Settore IV, composto da 14 articoli, allegato al presente decreto quale parte integrante e sostanziale;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile resi dai Dirigenti competenti ai sensi dell'art. 12 della L.R. 30/2000;",
]
for p in P: para(p)
y -= 4
centred("D E C R E T A", "Times-Bold", 11.5)
y -= 4
D = [
 "di approvare lo schema di convenzione per la gestione associata del servizio di sgombero neve e trattamento antighiaccio sulle strade provinciali di collegamento intercomunale per le stagioni invernali 2026/2027 e 2027/2028;",
 "di autorizzare il Dirigente del Settore IV alla sottoscrizione delle convenzioni con i Comuni che ne faranno richiesta entro il 30 settembre 2026;",
 "di dare atto che la spesa complessiva presunta di € 96.000,00 trova copertura al capitolo 4410 del bilancio di previsione 2026-2028, annualità 2026 e 2027;",
 "di disporre la pubblicazione del presente decreto all'Albo Pretorio on line e nella sezione Amministrazione Trasparente del sito istituzionale.",
]
for i, d in enumerate(D, 1):
    c.setFont("Times-Roman", 11)
    c.drawString(L, y, "%d." % i)
    para(d, indent=18)
y -= 16
c.setFont("Times-Roman", 11)
c.drawString(L, y, "Caltanissetta, 22/04/2026")
c.drawCentredString(R - 95, y, "IL PRESIDENTE")
y -= 14
c.drawCentredString(R - 95, y, "dott. Rosario Giambra")
y -= 12
c.setFont("Times-Italic", 8.5)
c.drawCentredString(R - 95, y, "firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.setFont("Times-Roman", 8)
c.drawCentredString(W / 2, 34, "Libero Consorzio Comunale di Caltanissetta – C.F. 80001130865 – www.provincia.caltanissetta.it")
c.save()
