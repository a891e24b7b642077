# Comunità Montana Monti Lattari - deliberazione della Giunta Esecutiva.
# reportlab canvas; every justified line sets its own word spacing (Tw), headings letter-spaced (Tc).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = A4
L, R = 62, W - 62
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Deliberazione Giunta Esecutiva n. 21/2026")
c.setAuthor("Comunità Montana Monti Lattari - Ufficio Segreteria")
y = H - 60

def spaced(text, size, font="Helvetica-Bold", cs=2.0, yy=None, center=True):
    global y
    if yy is None: yy = y
    t = c.beginText()
    t.setFont(font, size); t.setCharSpace(cs); t.setWordSpace(0)
    w = stringWidth(text, font, size) + cs * (len(text) - 1)
    t.setTextOrigin((W - w) / 2 if center else L, yy)
    t.textOut(text); c.drawText(t)

def para(text, size=10.5, font="Times-Roman", lead=14.2, indent=18, bold_first=None, last_left=True, gap=4):
    global y
    words = text.split()
    lines, cur = [], []
    first = True
    for w_ in words:
        trial = cur + [w_]
        avail = (R - L) - (indent if first and not lines else 0)
        if stringWidth(" ".join(trial), font, size) > avail and cur:
            lines.append(cur); cur = [w_]
        else:
            cur = trial
    lines.append(cur)
    for i, ln in enumerate(lines):
        x0 = L + (indent if i == 0 else 0)
        avail = R - x0
        s = " ".join(ln)
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x0, y)
        t.setCharSpace(0)
        last = i == len(lines) - 1
        if not last and len(ln) > 1:
            t.setWordSpace((avail - stringWidth(s, font, size)) / (len(ln) - 1))
        else:
            t.setWordSpace(0)
        t.textOut(s); c.drawText(t)
        y -= lead
    y -= gap

# letterhead
c.setStrokeColorRGB(0.15, 0.35, 0.2); c.setLineWidth(1.2)
c.circle(L + 22, y - 8, 22)
c.setFont("Helvetica-Bold", 9); c.drawCentredString(L + 22, y - 11, "CMML")
spaced("COMUNITÀ MONTANA MONTI LATTARI", 15, cs=1.6, yy=y)
c._code.append("0 Tc 0 Tw")  # reset the text state left by the letter-spaced heading
c.setFont("Helvetica", 8.5)
c.drawCentredString(W / 2, y - 14, "Agerola · Casola di Napoli · Gragnano · Lettere · Pimonte · Sant'Antonio Abate · Tramonti")
c.drawCentredString(W / 2, y - 25, "Sede: Via Cesarano 1 – 84010 Tramonti (SA) – C.F. 80022490656")
c.line(L, y - 33, R, y - 33)
y -= 62
spaced("VERBALE DI DELIBERAZIONE DELLA GIUNTA ESECUTIVA", 11.5, cs=1.2)
y -= 17
c.setFont("Helvetica-Bold", 11); c._code.append("0 Tc 0 Tw"); c.drawCentredString(W / 2, y, "n. 21 del 12.6.2026")
y -= 26
c.setFont("Helvetica-Bold", 10.5); c.drawString(L, y, "OGGETTO:")
y0 = y
L_save = L
L = L + 62
para("Programma regionale di forestazione e bonifica montana – Annualità 2026. Approvazione del piano degli interventi di sistemazione idraulico-forestale nei bacini del Reginna Maior e del Reginna Minor.", font="Helvetica-Bold", size=10.5, lead=13.5, indent=0)
L = L_save
y -= 8
para("L'anno duemilaventisei, addì dodici del mese di giugno, alle ore 11,30, nella sede della Comunità Montana in Tramonti, a seguito di regolare convocazione, si è riunita la Giunta Esecutiva nelle persone dei signori: avv. Giuseppe Apicella, Presidente, presente; sig. Antonio Vollaro, Vice Presidente, presente; dott. Carmine Russo, Assessore, presente; arch. Lucia Esposito, Assessore, assente giustificata; sig. Raffaele Milano, Assessore, presente.")
para("Assiste il Segretario Generale dott. Gennaro Sorrentino, che cura la redazione del presente verbale. Il Presidente, riconosciuta la validità della seduta, invita la Giunta a deliberare sull'argomento in oggetto.")
y -= 4
spaced("LA GIUNTA ESECUTIVA", 11, cs=2.4); y -= 18
c.setFont("Helvetica", 8)
para("Premesso che la Regione Campania, con decreto dirigenziale della Direzione Generale per le Politiche Agricole, Alimentari e Forestali n. 214 del 20 maggio 2026, ha assegnato alla Comunità Montana Monti Lattari la somma di € 1.742.600,00 per l'attuazione del programma annuale di forestazione e bonifica montana;")
para("Considerato che i bacini del Reginna Maior e del Reginna Minor presentano fenomeni diffusi di erosione spondale e di dissesto dei versanti, già segnalati dai Comuni di Tramonti e di Lettere, e che gli interventi vanno eseguiti in amministrazione diretta con il personale idraulico-forestale dell'Ente;")
para("Visto il piano degli interventi predisposto dal Settore Tecnico Forestale, che prevede 14 cantieri per complessive 38.400 giornate lavorative, e ritenuto di approvarlo;")
para("Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;")
para("Con voti favorevoli n. 3 (Apicella, Vollaro, Russo), contrari n. 1 (Milano), astenuti n. 0, resi in forma palese dai n. 4 componenti presenti e votanti;")
y -= 2
spaced("D E L I B E R A", 11, cs=1.0); y -= 18
para("1) di approvare il piano degli interventi di sistemazione idraulico-forestale nei bacini del Reginna Maior e del Reginna Minor per l'annualità 2026, nell'importo complessivo di € 1.742.600,00;")
para("2) di demandare al Responsabile del Settore Tecnico Forestale l'adozione degli atti di gestione conseguenti, ivi compresa l'apertura dei cantieri secondo il cronoprogramma allegato;")
para("3) di trasmettere il presente atto alla Regione Campania, Direzione Generale per le Politiche Agricole, Alimentari e Forestali, per gli adempimenti di competenza.")
para("Successivamente, con separata votazione e con il medesimo esito, la Giunta dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
y -= 10
c.setFont("Times-Roman", 10.5)
c.drawCentredString(L + 90, y, "IL PRESIDENTE"); c.drawCentredString(R - 90, y, "IL SEGRETARIO GENERALE")
y -= 14
c.setFont("Times-Italic", 10.5)
c.drawCentredString(L + 90, y, "avv. Giuseppe Apicella"); c.drawCentredString(R - 90, y, "dott. Gennaro Sorrentino")
c.setFont("Helvetica", 7.5)
c.drawCentredString(W / 2, 34, "Comunità Montana Monti Lattari – Deliberazione G.E. n. 21/2026 – documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.showPage(); c.save()
