# reportlab: letterhead and foot are Form XObjects; justified lines set Tw; heading letter-spaced with Tc; signature drawn first
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setCreator("APKappa Hypersic"); F = "Helvetica"
c.beginForm("head"); c.setFont("Helvetica-Bold", 14); c.drawCentredString(297, 795, "COMUNE DI GOZZANO")
c.setFont(F, 9); c.drawCentredString(297, 781, "Provincia di Novara – Piazza Matteotti, 1 – 28024 Gozzano (NO)"); c.line(70, 772, 525, 772); c.endForm()
c.beginForm("foot"); c.setFont(F, 7.5); c.drawCentredString(297, 40, "Tel. 0322 956711 – PEC gozzano@pec.it – P.IVA 00438200031"); c.endForm()
def J(y, txt, sz=10.5, W=455, x=70):
    words = txt.split(); line = []
    while words:
        line.append(words.pop(0))
        if words and stringWidth(" ".join(line + [words[0]]), F, sz) > W:
            s = " ".join(line); tw = (W - stringWidth(s, F, sz)) / (len(line) - 1)
            t = c.beginText(x, y); t.setFont(F, sz); t.setCharSpace(0); t.setWordSpace(tw); t.textLine(s); c.drawText(t); y -= 14; line = []
    t = c.beginText(x, y); t.setFont(F, sz); t.setCharSpace(0); t.setWordSpace(0); t.textLine(" ".join(line)); c.drawText(t); return y - 20
c.doForm("foot")
# signature first
c.setFont("Helvetica-Bold", 10); c.drawCentredString(420, 260, "IL RESPONSABILE DEL SERVIZIO TECNICO"); c.drawCentredString(420, 246, "Lavori Pubblici – Manutenzioni")
c.setFont("Helvetica-Oblique", 10); c.drawCentredString(420, 230, "arch. Simone Guglielmetti")
c.doForm("head")
t = c.beginText(70, 740); t.setFont("Helvetica-Bold", 16); t.setCharSpace(4); t.textLine("ESITO DI GARA"); c.drawText(t)
c.setFont(F, 10); c.drawRightString(525, 740, "Gozzano, 23.3.2026")
y = J(712, "SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGELO DELLE STRADE COMUNALI – STAGIONI INVERNALI 2026/2027 E 2027/2028", 11)
for s in ["Si rende noto che, con determinazione del Responsabile del Servizio Tecnico n. 41 del 20.3.2026 (Reg. Gen. 132), è stata disposta l'aggiudicazione della procedura negoziata per l'affidamento del servizio in oggetto, CIG B7A61D3E90, svolta sulla piattaforma telematica regionale.",
 "Operatori invitati: 5. Offerte pervenute: 3. Criterio di aggiudicazione: minor prezzo, ai sensi dell'art. 108, comma 3, del D.Lgs. 36/2023.",
 "Aggiudicataria: AGRI SERVIZI CUSIO S.R.L., con sede in Orta San Giulio (NO), che ha offerto un ribasso del 6,85 per cento sull'importo a base di gara di euro 98.400,00, per un importo contrattuale di euro 91.659,60 oltre IVA.",
 "Seconda classificata: F.LLI TOSI MOVIMENTO TERRA S.N.C., di Borgomanero (NO), con un ribasso del 4,20 per cento.",
 "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Piemonte entro trenta giorni dalla pubblicazione."]:
    y = J(y, s)
c.showPage(); c.save()
