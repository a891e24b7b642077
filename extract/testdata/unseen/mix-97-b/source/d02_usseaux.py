# Comune di Usseaux (TO): C.C. minute, seduta straordinaria di seconda convocazione; reportlab,
# justified paragraphs (Tw), letter-spaced headings (Tc via charSpace).
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib.units import mm
out = sys.argv[1]
J = ParagraphStyle('j', fontName='Times-Roman', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle('c', parent=J, alignment=TA_CENTER)
H = ParagraphStyle('h', fontName='Times-Bold', fontSize=16, leading=20, alignment=TA_CENTER)
def spaced(t, cs=2.5, size=12): return '<font name="Times-Bold" size="%d">%s</font>' % (size, t)
class TcPara(Paragraph):
    pass
story = []
from reportlab.platypus.flowables import Flowable
class Spaced(Flowable):
    def __init__(self, text, size, cs, font='Times-Bold'):
        super().__init__(); self.t, self.s, self.cs, self.f = text, size, cs, font
    def wrap(self, w, h): self.w = w; return w, self.s * 1.5
    def draw(self):
        c = self.canv; from reportlab.pdfbase.pdfmetrics import stringWidth
        tw = stringWidth(self.t, self.f, self.s) + self.cs * (len(self.t) - 1)
        to = c.beginText((self.w - tw) / 2, 2); to.setFont(self.f, self.s); to.setCharSpace(self.cs); to.textOut(self.t); c.drawText(to)
story += [Spaced("COMUNE DI USSEAUX", 16, 3), Spaced("Città Metropolitana di Torino", 10, 1, 'Times-Italic'), Spacer(1, 8),
          Spaced("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", 12, 1.2), Spacer(1, 4)]
box = Table([["N. 4", "Seduta straordinaria di seconda convocazione", "Data 27/03/2026"]], colWidths=[28*mm, 100*mm, 38*mm])
box.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.8, 'black'), ('INNERGRID', (0,0), (-1,-1), 0.5, 'black'),
    ('FONT', (0,0), (-1,-1), 'Times-Bold', 11), ('ALIGN', (0,0), (-1,-1), 'CENTER')]))
story += [box, Spacer(1, 8)]
story.append(Paragraph('<b>OGGETTO: RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 18 DEL 26.02.2026 AVENTE AD OGGETTO “VARIAZIONE D’URGENZA AL BILANCIO DI PREVISIONE 2026-2028” (ART. 175, COMMA 4, D.LGS. 267/2000).</b>', J))
story.append(Spacer(1, 6))
P = [
 "L’anno duemilaventisei, il giorno ventisette del mese di marzo, alle ore 18:00, nella sala delle adunanze consiliari, andata deserta per mancanza del numero legale la seduta di prima convocazione del 26 marzo 2026, si è riunito in sessione straordinaria, seduta pubblica di seconda convocazione, il Consiglio comunale, convocato con avviso prot. n. 1022 del 19.03.2026 notificato a ciascun consigliere.",
 "Fatto l’appello nominale, risultano presenti n. 7 componenti su n. 11 assegnati e in carica, compreso il Sindaco; risultano assenti i consiglieri Bermond Luca, Guiot Sara (giustificata), Perron Davide e Challier Ivo.",
 "Assiste il Segretario comunale dott. Andrea Ghirardi, che cura la verbalizzazione.",
 "Il Sindaco, sig.ra Elena Pastre, assunta la presidenza e constatato che il numero dei presenti è sufficiente per la validità della seduta di seconda convocazione, dichiara aperta la discussione sull’argomento in oggetto.",
]
story += [Paragraph(p, J) for p in P]
story += [Spacer(1, 4), Spaced("IL CONSIGLIO COMUNALE", 11, 2), Spacer(1, 4)]
P2 = [
 "RICHIAMATA la deliberazione della Giunta comunale n. 18 del 26.02.2026, adottata in via d’urgenza ai sensi dell’art. 175, comma 4, del D.Lgs. 18 agosto 2000, n. 267, con la quale sono state apportate variazioni al bilancio di previsione finanziario 2026-2028 per far fronte ai maggiori oneri di sgombero neve sulla viabilità delle frazioni Balboutet, Laval e Pourrieres;",
 "DATO ATTO che la variazione deve essere ratificata dal Consiglio comunale entro i sessanta giorni successivi, a pena di decadenza;",
 "VISTO il parere favorevole del Revisore dei conti, verbale n. 3 del 10.03.2026, e i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell’art. 49 del D.Lgs. 267/2000;",
 "Con voti unanimi favorevoli, espressi per alzata di mano dai n. 7 consiglieri presenti e votanti,",
]
story += [Paragraph(p, J) for p in P2]
story += [Spaced("DELIBERA", 11, 4), Spacer(1, 4)]
P3 = [
 "1) di ratificare, ai sensi dell’art. 175, comma 4, del D.Lgs. 267/2000, la deliberazione della Giunta comunale n. 18 del 26.02.2026 avente ad oggetto “Variazione d’urgenza al bilancio di previsione 2026-2028”;",
 "2) di dare atto che permangono gli equilibri di bilancio di cui all’art. 193 del D.Lgs. 267/2000;",
 "3) di trasmettere copia del presente atto al Tesoriere comunale.",
 "Successivamente, con separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.",
]
story += [Paragraph(p, J) for p in P3]
story.append(Spacer(1, 16))
sig = Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"], ["Il Sindaco Elena Pastre", "dott. Andrea Ghirardi"], ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85*mm, 85*mm])
sig.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Times-Roman', 10.5), ('ALIGN', (0,0), (-1,-1), 'CENTER')]))
story.append(sig)
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22*mm, rightMargin=22*mm, topMargin=18*mm, bottomMargin=18*mm,
    title="Delibera C.C. 4/2026", author="Comune di Usseaux")
doc.build(story)
