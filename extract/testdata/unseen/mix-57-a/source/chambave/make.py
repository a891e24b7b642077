# Commune de Chambave / Comune di Chambave - determinazione FR/IT one under the other.
# Body justified with Tw (word spacing) per line, headings letter-spaced with Tc,
# Albo stamp rotated along the left margin (drawn first, before the letterhead).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Determinazione n. 38/2026")
c.setCreator("APKappa Hypersic - Atti amministrativi")
LM, RM = 72, W-60
TW = RM - LM

def stamp():
    c.saveState(); c.translate(34, 160); c.rotate(90)
    c.setFillColorRGB(0.15, 0.25, 0.6); c.setStrokeColorRGB(0.15, 0.25, 0.6)
    c.rect(-4, -14, 520, 26, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(0, 2, "ALBO PRETORIO ON LINE - COMUNE DI CHAMBAVE - PUBBLICATO DAL 13/03/2026 AL 28/03/2026 - N. REG. PUBBL. 164")
    c.setFont("Helvetica", 7)
    c.drawString(0, -9, "Affiché au tableau d'affichage en ligne du 13/03/2026 au 28/03/2026 - Le responsable de la publication: Nadia Bionaz")
    c.restoreState()

def spaced(y, s, font, size, tc):
    w = stringWidth(s, font, size) + tc*(len(s)-1)
    t = c.beginText(); t.setTextOrigin((W - w)/2 + 6, y); t.setFont(font, size); t.setCharSpace(tc); t.textOut(s); t.setCharSpace(0); c.drawText(t)

def just(y, text, font="Times-Roman", size=10.5, lead=13.2, indent=0):
    words = text.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), font, size) <= TW - indent: cur.append(w)
        else: lines.append(cur); cur = [w]
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln)
        t = c.beginText(); t.setTextOrigin(LM + indent, y); t.setFont(font, size); t.setWordSpace(0)
        if i < len(lines)-1 and len(ln) > 1:
            t.setWordSpace((TW - indent - stringWidth(s, font, size)) / (len(ln)-1))
        t.textOut(s); t.setWordSpace(0); c.drawText(t); y -= lead
    return y - 3

def letterhead():
    c.setFont("Times-Bold", 13); c.drawCentredString(W/2+6, H-58, "COMMUNE DE CHAMBAVE  -  COMUNE DI CHAMBAVE")
    c.setFont("Times-Italic", 9); c.drawCentredString(W/2+6, H-71, "Région Autonome Vallée d'Aoste  -  Regione Autonoma Valle d'Aosta")
    c.setFont("Times-Roman", 8.5); c.drawCentredString(W/2+6, H-82, "Place de la Mairie / Piazza del Municipio, 1 - 11023 Chambave (AO) - protocollo@pec.comune.chambave.ao.it")
    c.setLineWidth(0.7); c.line(LM, H-90, RM, H-90)

stamp(); letterhead()
y = H-116
c.setFont("Times-Bold", 10); c.drawString(LM, y, "SERVICE FINANCIER - SERVIZIO FINANZIARIO"); y -= 24
spaced(y, "DÉCISION DU RESPONSABLE DU SERVICE", "Times-Bold", 11.5, 1.6); y -= 15
spaced(y, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", "Times-Bold", 11.5, 1.6); y -= 22
c.setFont("Times-Bold", 11); c.drawCentredString(W/2+6, y, "N. 38 du / del 11/03/2026"); y -= 26
c.setFont("Times-Bold", 10.5); c.drawString(LM, y, "OBJET :")
y = just(y, "Engagement de dépense pour le service de maintenance du logiciel de comptabilité pour l'année 2026 - CIG B71C3A9F52.", "Times-Italic", indent=62)
c.setFont("Times-Bold", 10.5); c.drawString(LM, y, "OGGETTO:")
y = just(y, "Impegno di spesa per il servizio di manutenzione del software di contabilità per l'anno 2026 - CIG B71C3A9F52.", "Times-Bold", indent=62)
y -= 8
c.setFont("Times-Bold", 10.5); c.drawCentredString(W/2+6, y, "LE RESPONSABLE DU SERVICE - IL RESPONSABILE DEL SERVIZIO"); y -= 20
fr_it = [
 ("Vu le décret du Syndic n. 2 du 8 janvier 2026 portant nomination du responsable du service financier ;",
  "Visto il decreto del Sindaco n. 2 dell'8 gennaio 2026 di nomina del responsabile del servizio finanziario;"),
 ("Vu la délibération du Conseil communal n. 4 du 26 février 2026 portant approbation du budget prévisionnel 2026/2028 ;",
  "Vista la deliberazione del Consiglio comunale n. 4 del 26 febbraio 2026 di approvazione del bilancio di previsione 2026/2028;"),
 ("Considérant qu'il est nécessaire d'assurer la maintenance et l'assistance du logiciel de comptabilité utilisé par les bureaux communaux, fourni par la société Sistemi Valdostani S.r.l. d'Aoste ;",
  "Considerato che occorre assicurare la manutenzione e l'assistenza del software di contabilità in uso agli uffici comunali, fornito dalla ditta Sistemi Valdostani S.r.l. di Aosta;"),
 ("Vu l'offre de ladite société, enregistrée au n. 1042 du protocole le 2 mars 2026, s'élevant à 3.150,00 euros, TVA exclue ;",
  "Vista l'offerta della suddetta ditta, acquisita al protocollo n. 1042 in data 2 marzo 2026, dell'importo di euro 3.150,00 oltre IVA;"),
]
for fr, it in fr_it:
    y = just(y, fr, "Times-Italic"); y = just(y, it) - 2
y -= 4
spaced(y, "DÉCIDE  -  DETERMINA", "Times-Bold", 11, 2.2); y -= 20
pts = [("de confier à la société Sistemi Valdostani S.r.l. le service de maintenance du logiciel de comptabilité pour l'année 2026 ;",
        "di affidare alla ditta Sistemi Valdostani S.r.l. il servizio di manutenzione del software di contabilità per l'anno 2026;"),
       ("d'engager la dépense de 3.843,00 euros, TVA comprise, au chapitre 10130301 du budget 2026 ;",
        "di impegnare la spesa di euro 3.843,00, IVA compresa, al capitolo 10130301 del bilancio 2026;"),
       ("de publier la présente décision au tableau d'affichage en ligne pendant quinze jours.",
        "di pubblicare la presente determinazione all'albo pretorio on line per quindici giorni consecutivi.")]
for i, (fr, it) in enumerate(pts, 1):
    c.setFont("Times-Roman", 10.5); c.drawString(LM, y, f"{i})")
    y = just(y, fr, "Times-Italic", indent=18); y = just(y, it, indent=18) - 2
c.setFont("Times-Roman", 8); c.drawRightString(RM, 36, "Page / Pagina 1 / 2")
c.showPage()
stamp(); letterhead()
y = H-120
c.setFont("Times-Roman", 10.5); c.drawString(LM, y, "Chambave, le / lì 11/03/2026"); y -= 40
c.drawCentredString(W/2+90, y, "Le responsable du service - Il responsabile del servizio"); y -= 14
c.setFont("Times-Bold", 10.5); c.drawCentredString(W/2+90, y, "dott.ssa Paola Yeuillaz"); y -= 12
c.setFont("Times-Italic", 8.5); c.drawCentredString(W/2+90, y, "(signé numériquement / firmato digitalmente)"); y -= 40
c.setLineWidth(0.5); c.rect(LM, y-70, TW, 84)
c.setFont("Times-Bold", 10); c.drawString(LM+8, y, "VISA DE RÉGULARITÉ COMPTABLE - VISTO DI REGOLARITÀ CONTABILE"); y -= 16
y = just(y, "Visto di regolarità contabile attestante la copertura finanziaria ai sensi dell'art. 153, comma 5, del D.Lgs. 267/2000 - Impegno n. 211/2026.", "Times-Roman", 10, 12.5, indent=8)
c.setFont("Times-Roman", 10); c.drawString(LM+8, y-4, "Chambave, 11/03/2026    Le responsable / Il responsabile: dott.ssa Paola Yeuillaz")
c.setFont("Times-Roman", 8); c.drawRightString(RM, 36, "Page / Pagina 2 / 2")
c.showPage(); c.save()
