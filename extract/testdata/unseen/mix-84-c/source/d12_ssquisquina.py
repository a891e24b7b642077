# reportlab: every justified line sets its own word spacing (Tw); headings letter-spaced with character spacing (Tc)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Avviso pubblico sponsor"); c.setProducer("Sicilia Digitale - JIride PDF 2.4")
def spaced(y, s, font, size, cs):
    w = stringWidth(s, font, size) + cs * (len(s) - 1)
    t = c.beginText(); t.setTextOrigin((W - w) / 2, y); t.setFont(font, size); t.setCharSpace(cs); t.textOut(s); t.setCharSpace(0); c.drawText(t)
def para(y, s, x=70, w=W-140, font="Times-Roman", size=12, lead=16):
    words = s.split(); lines, cur = [], []
    for wd in words:
        if cur and stringWidth(" ".join(cur + [wd]), font, size) > w: lines.append(cur); cur = [wd]
        else: cur.append(wd)
    lines.append(cur)
    for i, ln in enumerate(lines):
        txt = " ".join(ln); t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.setCharSpace(0)
        if i < len(lines) - 1 and len(ln) > 1: t.setWordSpace((w - stringWidth(txt, font, size)) / (len(ln) - 1))
        t.textOut(txt); c.drawText(t); y -= lead
    return y - 6
spaced(H-65, "COMUNE DI SANTO STEFANO QUISQUINA", "Times-Bold", 16, 1.5)
spaced(H-82, "Libero Consorzio Comunale di Agrigento", "Times-Italic", 11, 0.3)
c.setFont("Times-Roman", 10); c.drawCentredString(W/2, H-97, "SETTORE I – AFFARI GENERALI · Ufficio Turismo, Sport e Spettacolo")
c.setLineWidth(0.6); c.line(70, H-104, W-70, H-104)
spaced(H-150, "AVVISO PUBBLICO", "Helvetica-Bold", 20, 4)
y = H-180
for ln in ["RICERCA DI SPONSOR PER LA REALIZZAZIONE DELLE MANIFESTAZIONI", "DELL'ESTATE QUISQUINESE 2026"]:
    c.setFont("Helvetica-Bold", 12.5); c.drawCentredString(W/2, y, ln); y -= 17
y -= 14
y = para(y, "Il Comune di Santo Stefano Quisquina, in attuazione dell'art. 43 della legge 27 dicembre 1997, n. 449, dell'art. 119 del D.Lgs. 18 agosto 2000, n. 267 e del vigente Regolamento comunale per le sponsorizzazioni, intende individuare soggetti pubblici e privati disposti a sostenere, in qualità di sponsor, il programma delle manifestazioni estive 2026 (rassegna teatrale al Teatro Andromeda, sagra della ricotta, festa di Santa Rosalia, concerti in piazza Castello).")
spaced(y-4, "RENDE NOTO", "Times-Bold", 12, 3); y -= 28
y = para(y, "che le proposte di sponsorizzazione, in denaro, in beni o in servizi, possono essere presentate entro le ore 13:00 del giorno 15 maggio 2026 all'Ufficio Protocollo, anche a mezzo PEC all'indirizzo protocollo@pec.comune.santostefanoquisquina.ag.it, utilizzando il modello allegato al presente avviso.")
y = para(y, "Agli sponsor è garantito il ritorno d'immagine mediante l'apposizione del logo sul materiale promozionale, sui manifesti e sul sito istituzionale, in misura proporzionale al contributo offerto. Non sono ammesse sponsorizzazioni aventi ad oggetto propaganda politica, sindacale o religiosa, né prodotti da fumo o bevande superalcoliche.")
y = para(y, "Responsabile del procedimento è il sig. Antonino Cacciatore, istruttore amministrativo dell'Ufficio Turismo (tel. 0922 990311).")
y -= 10
t = c.beginText(); t.setCharSpace(0); c.drawText(t); c.setFont("Times-Roman", 12); c.drawString(70, y, "Dalla Residenza Municipale, addì diciassette del mese di aprile dell'anno duemilaventisei.")
y -= 40
c.drawCentredString(420, y, "IL RESPONSABILE DEL SETTORE I"); c.setFont("Times-Italic", 12); c.drawCentredString(420, y-15, "dott.ssa Maria Concetta Sciortino")
c.showPage(); c.save()
