# Commune de Charvensod / Comune di Charvensod - Arrete du Syndic / Ordinanza del
# Sindaco, French text first and Italian text under it. ReportLab: justified
# paragraphs (word spacing set with Tw), letter-spaced headings (Tc), Liberation Serif.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Flowable, Table, TableStyle, CondPageBreak
from reportlab.lib import colors
import rlfonts; rlfonts.reg()

class Spaced(Flowable):
    """a centred heading drawn with character spacing (Tc)"""
    def __init__(self, text, size=12, cs=3.2, font="LibSerif-B", gap=4):
        Flowable.__init__(self); self.t, self.s, self.cs, self.f, self.g = text, size, cs, font, gap
    def wrap(self, aw, ah):
        self.aw = aw; return aw, self.s + self.g * 2
    def draw(self):
        c = self.canv
        from reportlab.pdfbase.pdfmetrics import stringWidth
        w = stringWidth(self.t, self.f, self.s) + self.cs * (len(self.t) - 1)
        to = c.beginText((self.aw - w) / 2, self.g)
        to.setFont(self.f, self.s); to.setCharSpace(self.cs); to.textOut(self.t)
        c.drawText(to)

B = ParagraphStyle("b", fontName="LibSerif", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=6)
I = ParagraphStyle("i", parent=B)
C = ParagraphStyle("c", parent=B, alignment=TA_CENTER)
def P(t, s=B): return Paragraph(t, s)

def page(c, doc):
    c.saveState()
    c.setFont("LibSerif-B", 13)
    c.drawCentredString(10.5 * cm, 27.6 * cm, "COMMUNE DE CHARVENSOD")
    c.setFont("LibSerif", 10.5)
    c.drawCentredString(10.5 * cm, 27.1 * cm, "COMUNE DI CHARVENSOD")
    c.setFont("LibSerif-I", 8.5)
    c.drawCentredString(10.5 * cm, 26.65 * cm, "Région Autonome Vallée d'Aoste – Regione Autonoma Valle d'Aosta")
    c.setLineWidth(0.6); c.line(2.2 * cm, 26.4 * cm, 18.8 * cm, 26.4 * cm)
    c.setFont("LibSerif", 7.5)
    c.drawCentredString(10.5 * cm, 1.3 * cm, "Hameau de Capoluogo, 1 – 11020 Charvensod (AO) – tél. 0165 279 811 – "
                        "protocollo@pec.comune.charvensod.ao.it")
    c.drawRightString(18.8 * cm, 0.9 * cm, "page %d" % doc.page)
    c.restoreState()

S = []
S.append(Spaced("ARRÊTÉ DU SYNDIC", 13, 3.5))
S.append(P("<b>N° 9 du 16 mars 2026</b>", C))
S.append(Spacer(1, 4))
S.append(P("<b>Objet :</b> Fermeture temporaire à la circulation des véhicules de la route communale "
           "de Plan-Félinaz pour la réfection du réseau d'adduction d'eau, du 23 au 27 mars 2026."))
S.append(Spaced("LE SYNDIC", 11, 2.5))
for t in [
    "Vu la demande présentée le 10 mars 2026 (réf. n° 2217) par l'entreprise Hydro Bâtiment "
    "s.r.l. de Gressan, chargée par la Commune des travaux de réfection du réseau d'adduction "
    "d'eau de Plan-Félinaz ;",
    "Considérant qu'il est nécessaire, pour la sécurité des ouvriers et des usagers, de fermer "
    "la route communale de Plan-Félinaz pendant l'exécution des travaux ;",
    "Vu les articles 5, 6 et 7 du code de la route (décret législatif n° 285 du 30 avril 1992) et "
    "l'article 50 du décret législatif n° 267 du 18 août 2000 ;",
    "Vu la loi régionale n° 54 du 7 décembre 1998 (Système des autonomies en Vallée d'Aoste) ;"]:
    S.append(P(t))
S.append(Spaced("ORDONNE", 11, 2.5))
for n, t in enumerate([
    "la fermeture à la circulation des véhicules de la route communale de Plan-Félinaz, entre "
    "l'intersection avec la route régionale n° 18 et le hameau de Félinaz, du lundi 23 mars au "
    "vendredi 27 mars 2026, de 8 h à 18 h ;",
    "l'accès des véhicules de secours, des forces de l'ordre et des riverains est toujours "
    "garanti, compatiblement avec l'avancement des travaux ;",
    "l'entreprise exécutrice est chargée de la mise en place de la signalisation prévue par le "
    "code de la route et de la déviation par la route de Pont-Suaz."], 1):
    S.append(P("%d. %s" % (n, t), ParagraphStyle("p", parent=B, leftIndent=16, firstLineIndent=-12)))
S.append(P("Tout recours contre le présent arrêté peut être introduit devant le Tribunal "
           "administratif régional de la Vallée d'Aoste dans les soixante jours qui suivent sa "
           "publication au tableau d'affichage en ligne de la Commune."))
S.append(Spacer(1, 6))
S.append(P("Charvensod, le 16 mars 2026", B))
S.append(P("Le Syndic<br/>Alain VUILLERMOZ<br/><font size=8>(signé numériquement)</font>",
           ParagraphStyle("r", parent=C, leftIndent=9 * cm)))
S.append(Spacer(1, 8))
# Italian version, one under the other
S.append(Table([[""]], colWidths=[16.6 * cm], rowHeights=[4],
               style=TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black)])))
S.append(CondPageBreak(8 * cm))
S.append(Spaced("ORDINANZA DEL SINDACO", 13, 3.5))
S.append(P("<b>N. 9 del 16 marzo 2026</b>", C))
S.append(Spacer(1, 4))
SUBJ = ("Chiusura temporanea al transito veicolare della strada comunale di Plan-Félinaz per "
        "il rifacimento della rete dell'acquedotto, dal 23 al 27 marzo 2026.")
S.append(P("<b>Oggetto:</b> " + SUBJ, I))
S.append(Spaced("IL SINDACO", 11, 2.5))
for t in [
    "Vista la richiesta presentata in data 10 marzo 2026 (prot. n. 2217) dall'impresa Hydro "
    "Bâtiment s.r.l. di Gressan, incaricata dal Comune dei lavori di rifacimento della rete "
    "dell'acquedotto di Plan-Félinaz;",
    "Considerato che, per la sicurezza delle maestranze e degli utenti, è necessario chiudere "
    "la strada comunale di Plan-Félinaz durante l'esecuzione dei lavori;",
    "Visti gli articoli 5, 6 e 7 del Nuovo Codice della Strada (D.Lgs. 30 aprile 1992, n. 285) e "
    "l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;",
    "Vista la legge regionale 7 dicembre 1998, n. 54 (Sistema delle autonomie in Valle d'Aosta);"]:
    S.append(P(t, I))
S.append(Spaced("ORDINA", 11, 2.5))
for n, t in enumerate([
    "la chiusura al transito veicolare della strada comunale di Plan-Félinaz, nel tratto compreso "
    "tra l'intersezione con la strada regionale n. 18 e la frazione Félinaz, da lunedì 23 marzo a "
    "venerdì 27 marzo 2026, dalle ore 8 alle ore 18;",
    "è sempre garantito il transito dei mezzi di soccorso, delle forze dell'ordine e dei "
    "residenti, compatibilmente con l'avanzamento dei lavori;",
    "l'impresa esecutrice è incaricata della posa della segnaletica prevista dal Codice della "
    "Strada e della deviazione del traffico sulla strada di Pont-Suaz."], 1):
    S.append(P("%d. %s" % (n, t), ParagraphStyle("q", parent=I, leftIndent=16, firstLineIndent=-12)))
S.append(P("Avverso la presente ordinanza è ammesso ricorso al Tribunale Amministrativo Regionale "
           "della Valle d'Aosta entro sessanta giorni dalla pubblicazione all'albo pretorio on line "
           "del Comune.", I))
S.append(Spacer(1, 6))
S.append(P("Charvensod, 16 marzo 2026", I))
S.append(P("Il Sindaco<br/>Alain VUILLERMOZ<br/><font size=8>(firmato digitalmente)</font>",
           ParagraphStyle("r2", parent=C, leftIndent=9 * cm)))
doc = SimpleDocTemplate("../ordinanza-charvensod-civilia.pdf", pagesize=A4, leftMargin=2.2 * cm,
                        rightMargin=2.2 * cm, topMargin=3.6 * cm, bottomMargin=2 * cm,
                        title="Arrêté / Ordinanza n. 9/2026", creator="Civilia Next - Atti")
doc.build(S, onFirstPage=page, onLaterPages=page)
