# Comune di Ramacca: Giunta deliberation, roll in prose; reportlab platypus, justified lines (Tw), headings letter-spaced (Tc)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
class Spaced(Flowable):
    def __init__(s, text, size, cs): Flowable.__init__(s); s.t, s.sz, s.cs = text, size, cs
    def wrap(s, w, h): s.w = w; return w, s.sz + 6
    def draw(s):
        c = s.canv; tw = c.stringWidth(s.t, "Helvetica-Bold", s.sz) + s.cs * (len(s.t) - 1)
        t = c.beginText((s.w - tw) / 2, 3); t.setFont("Helvetica-Bold", s.sz); t.setCharSpace(s.cs); t.textOut(s.t); c.drawText(t)
B = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=B, alignment=TA_CENTER)
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=62, rightMargin=62, topMargin=50, bottomMargin=50,
                        title="Delibera G.C. 38/2026", author="SAGA Atti", creator="Sa.Ga. Delibere Web")
S = [Spaced("COMUNE DI RAMACCA", 16, 3), Paragraph("Città Metropolitana di Catania", C), Spacer(1, 8),
     Spaced("DELIBERAZIONE DELLA GIUNTA MUNICIPALE", 12, 1.5), Spacer(1, 6),
     Paragraph("<b>N. 38 del 24.03.2026</b>", C), Spacer(1, 6),
     Paragraph("<b>OGGETTO: Concessione in comodato d'uso gratuito all'Associazione di volontariato \"Misericordia di Ramacca\" dei locali comunali siti in via Roma n. 112 per le attività di assistenza sociale.</b>", B),
     Paragraph("L'anno duemilaventisei addì ventiquattro del mese di marzo alle ore 13:15 e seguenti, nella Casa Comunale, si è riunita la Giunta Municipale convocata nelle forme di legge.", B),
     Paragraph("Sono presenti i Signori: Nunzio Vitale, Sindaco; Carmela Zappalà, Vice Sindaco; Alfio Gulisano, Assessore; Graziella Amore, Assessore.", B),
     Paragraph("Sono assenti i Signori: Sebastiano Caruso, Assessore; Rosaria Pappalardo, Assessore.", B),
     Paragraph("Presiede il Sindaco Nunzio Vitale. Partecipa il Segretario Generale dott. Giovanni Privitera, il quale cura la redazione del presente verbale.", B),
     Paragraph("Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la riunione ed invita i convenuti a deliberare sull'oggetto sopraindicato.", B),
     Paragraph("<b>LA GIUNTA MUNICIPALE</b>", C),
     Paragraph("Vista la proposta di deliberazione n. 45 del 19.03.2026 dell'Area Servizi Sociali, che si allega; visto il parere favorevole di regolarità tecnica reso dal Responsabile dell'Area ai sensi dell'art. 53 della L. 142/1990 come recepito dalla L.R. 48/1991; ritenuto di doverla approvare; con voti unanimi, espressi in forma palese,", B),
     Paragraph("<b>D E L I B E R A</b>", C),
     Paragraph("1) di concedere in comodato d'uso gratuito all'Associazione di volontariato \"Misericordia di Ramacca\" i locali comunali siti in via Roma n. 112, per la durata di anni quattro;", B),
     Paragraph("2) di approvare lo schema di contratto di comodato allegato sotto la lettera \"A\";", B),
     Paragraph("3) di demandare al Responsabile dell'Area Servizi Sociali la sottoscrizione del contratto e gli adempimenti consequenziali.", B),
     Paragraph("Con successiva e separata votazione unanime, la Giunta dichiara il presente atto immediatamente esecutivo ai sensi dell'art. 12, comma 2, della L.R. 44/1991.", B),
     Spacer(1, 18),
     Paragraph("IL SINDACO &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO GENERALE", C),
     Paragraph("Nunzio Vitale &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; dott. Giovanni Privitera", C)]
doc.build(S)
