# Villasalto (SU): unnumbered AVVISO; every justified line sets Tw, headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = 595, 842; c = canvas.Canvas(sys.argv[1], pagesize=(W, H)); c.setProducer("ReportLab PDF Library")
def spaced(y, s, font, size, cs):
    w = stringWidth(s, font, size) + cs * (len(s) - 1); t = c.beginText((W - w) / 2, y); t.setFont(font, size); t.setCharSpace(cs); t.textOut(s); c.drawText(t)
def just(y, text, font="Helvetica", size=10.5, x0=72, w=451, lead=15):
    words = text.split(); lines = []; cur = []
    for wd in words:
        if cur and stringWidth(" ".join(cur + [wd]), font, size) > w: lines.append(cur); cur = [wd]
        else: cur.append(wd)
    lines.append(cur)
    for i, l in enumerate(lines):
        s = " ".join(l); t = c.beginText(x0, y); t.setFont(font, size); t.setCharSpace(0)
        if i < len(lines) - 1 and len(l) > 1: t.setWordSpace((w - stringWidth(s, font, size)) / (len(l) - 1))
        t.textOut(s); c.drawText(t); y -= lead
    return y - 6
spaced(790, "COMUNE DI VILLASALTO", "Helvetica-Bold", 16, 2.5)
spaced(772, "Provincia del Sud Sardegna", "Helvetica", 10, 0.5)
spaced(758, "Area Amministrativa – Servizi Scolastici", "Helvetica-Oblique", 10, 0.3)
c.line(72, 748, 523, 748)
t = c.beginText(0, 0); t.setCharSpace(0); c.drawText(t); c.setFont("Helvetica", 10); c.drawRightString(523, 728, "Villasalto, 22/04/2026")
spaced(690, "AVVISO ALLA CITTADINANZA", "Helvetica-Bold", 15, 4)
y = just(660, "OGGETTO: Sospensione del servizio di refezione scolastica e chiusura della scuola dell'infanzia dal 4 all'8 maggio 2026 per lavori di adeguamento della cucina.", "Helvetica-Bold", 10.5)
for p in ["Si informano le famiglie degli alunni della scuola dell'infanzia e della scuola primaria di Villasalto che, a seguito dell'ordinanza del Sindaco n. 6 del 21/04/2026, il servizio di refezione scolastica è sospeso da lunedì 4 a venerdì 8 maggio 2026 per consentire i lavori di adeguamento igienico-sanitario dei locali della cucina del plesso di via Roma.",
          "Nello stesso periodo la scuola dell'infanzia resterà chiusa, mentre le lezioni della scuola primaria si svolgeranno regolarmente con orario antimeridiano dalle ore 8.10 alle ore 13.10, senza rientri pomeridiani.",
          "Il servizio di trasporto scolastico sarà adeguato al nuovo orario. Le quote già versate per i buoni pasto non consumati saranno portate in detrazione nel mese di giugno.",
          "Per informazioni è possibile rivolgersi all'Ufficio Servizi Scolastici del Comune (tel. 070 9563012) dal lunedì al venerdì dalle ore 9.00 alle ore 12.00."]:
    y = just(y, p)
t = c.beginText(0, 0); t.setCharSpace(0); c.drawText(t); c.setFont("Helvetica", 10.5); c.drawCentredString(420, y - 20, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA"); c.drawCentredString(420, y - 35, "dott.ssa Anna Rita Melis")
c.showPage(); c.save()
