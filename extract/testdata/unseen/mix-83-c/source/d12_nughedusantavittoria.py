# AVVISO PUBBLICO of the Sindaco of Nughedu Santa Vittoria (Nucleo di valutazione): ReportLab canvas,
# letter-spaced heading (charSpace / Tc), body set in two columns, the right column drawn first.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DS", FD + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DSB", FD + "DejaVuSans-Bold.ttf"))
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Avviso pubblico Nucleo di valutazione 2026-2028"); c.setCreator("Comune di Nughedu Santa Vittoria - Segreteria")
c.setFillColorRGB(0.55, 0.12, 0.1); c.rect(0, H - 78, W, 78, stroke=0, fill=1)
c.setFillColorRGB(1, 1, 1); c.setFont("DSB", 17); c.drawString(48, H - 40, "COMUNE DI NUGHEDU SANTA VITTORIA")
c.setFont("DS", 8.5); c.drawString(48, H - 56, "Provincia di Oristano · Via Roma, 48 · 09080 Nughedu Santa Vittoria (OR) · Prot. n. 812 del 02/03/2026")
c.setFillColorRGB(0, 0, 0)
t = c.beginText(); t.setTextOrigin(48, H - 122); t.setFont("DSB", 24); t.setCharSpace(9); t.textLine("AVVISO PUBBLICO"); t.setCharSpace(0); c.drawText(t)
c.setFont("DSB", 11.5)
subj = ["PER LA NOMINA DEL COMPONENTE UNICO DEL NUCLEO DI", "VALUTAZIONE – TRIENNIO 2026-2028"]
y = H - 150
for s in subj: c.drawString(48, y, s); y -= 15
c.setFont("DS", 9); c.drawString(48, y - 4, "IL SINDACO, in esecuzione della deliberazione della Giunta comunale n. 9 del 24/02/2026, RENDE NOTO quanto segue."); y -= 26
colw = (W - 96 - 20) / 2
def col(x, y0, paras):
    y = y0
    for head, body in paras:
        c.setFont("DSB", 9.5); c.drawString(x, y, head); y -= 13
        words = body.split(); line = ""
        for w in words:
            tl = (line + " " + w).strip()
            if pdfmetrics.stringWidth(tl, "DS", 9) > colw: c.setFont("DS", 9); c.drawString(x, y, line); y -= 12; line = w
            else: line = tl
        c.setFont("DS", 9); c.drawString(x, y, line); y -= 18
    return y
left = [("1. Oggetto dell'incarico", "Il Comune intende conferire l'incarico di componente unico del Nucleo di valutazione, con le funzioni previste dal D.Lgs. 150/2009 e dal vigente Regolamento sull'ordinamento degli uffici e dei servizi, per il triennio 2026-2028."),
        ("2. Requisiti", "Possono presentare la propria candidatura i soggetti in possesso di laurea magistrale o del vecchio ordinamento in materie giuridiche, economiche o di ingegneria gestionale, con esperienza almeno triennale in materia di valutazione della performance presso pubbliche amministrazioni."),
        ("3. Compenso", "Il compenso annuo lordo è fissato in € 1.800,00, comprensivo di ogni spesa, oltre IVA e oneri previdenziali se dovuti.")]
right = [("4. Domande", "Le domande, redatte secondo il modello allegato e corredate da curriculum vitae, devono pervenire entro le ore 12:00 del 20 marzo 2026 all'indirizzo PEC protocollo@pec.comune.nughedusantavittoria.or.it."),
         ("5. Scelta", "La scelta è effettuata dal Sindaco, con proprio decreto, sulla base dell'esame comparativo dei curricula e di un eventuale colloquio; il presente avviso non dà luogo a graduatoria."),
         ("6. Informazioni", "Responsabile del procedimento: dott.ssa Maria Bonaria Cossu, Segretario comunale, tel. 0783 69012. Il presente avviso è pubblicato all'Albo Pretorio on line e nella sezione Amministrazione trasparente.")]
col(48 + colw + 20, y, right)   # right column first
yl = col(48, y, left)
c.setLineWidth(0.4); c.line(48 + colw + 10, y + 10, 48 + colw + 10, min(yl, y - 250) + 10)
c.setFont("DS", 9.5); c.drawString(48, 250, "Nughedu Santa Vittoria, 2 marzo 2026")
c.setFont("DSB", 10); c.drawCentredString(W - 150, 220, "IL SINDACO"); c.setFont("DS", 10); c.drawCentredString(W - 150, 205, "Francesca Pinna")
c.setFont("DS", 7); c.drawString(48, 40, "Informativa privacy: i dati saranno trattati ai sensi del Regolamento (UE) 2016/679 per le sole finalità della procedura.")
c.showPage(); c.save()
