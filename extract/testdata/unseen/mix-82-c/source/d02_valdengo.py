# Valdengo (BI): reportlab, justified lines drawn with word spacing (Tw), headings letter-spaced (Tc)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Halley EG"); c.setProducer("Halley PDF 4.0")
W, H = A4; L = 60; R = W - 60; y = H - 60
def tc(txt, size, sp, bold=True):
    global y
    f = "Helvetica-Bold" if bold else "Helvetica"
    t = c.beginText(); t.setFont(f, size); t.setCharSpace(sp)
    w = stringWidth(txt, f, size) + sp * len(txt); t.setTextOrigin((W - w) / 2, y); t.textOut(txt); c.drawText(t); y -= size + 6
def para(txt, size=10, f="Helvetica", lead=13.5):
    global y
    words = txt.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), f, size) > R - L and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        t = c.beginText(); t.setFont(f, size); t.setCharSpace(0); t.setTextOrigin(L, y)
        s = " ".join(ln)
        if i < len(lines) - 1 and len(ln) > 1: t.setWordSpace((R - L - stringWidth(s, f, size)) / (len(ln) - 1))
        t.textOut(s); c.drawText(t); y -= lead
    y -= 4
tc("COMUNE DI VALDENGO", 15, 2.5); tc("PROVINCIA DI BIELLA", 9, 1.5, False)
y -= 2; c.line(L, y + 8, R, y + 8); y -= 10
tc("SERVIZIO FINANZIARIO E TRIBUTI", 10, 1)
y -= 4; c.rect(L, y - 30, R - L, 40)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, y - 5, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO")
c.setFont("Helvetica", 10.5); c.drawCentredString(W / 2, y - 22, "N. Reg. Gen. 311 / N. Reg. Sett. 47        del 17/03/2026"); y -= 50
para("OGGETTO: AFFIDAMENTO DEL SERVIZIO DI SUPPORTO ALLA RISCOSSIONE COATTIVA DELLE ENTRATE TRIBUTARIE PER IL BIENNIO 2026-2027. CIG B9F2C71E30. IMPEGNO DI SPESA.", 10, "Helvetica-Bold")
for t in ["IL RESPONSABILE DEL SERVIZIO FINANZIARIO"]: tc(t, 10, 0.8)
for t in ["Premesso che con decreto del Sindaco n. 2 del 07/01/2026 la sottoscritta è stata nominata Responsabile del Servizio Finanziario e Tributi;",
 "Considerato che l'Ente non dispone di personale sufficiente per la gestione delle procedure di riscossione coattiva e che si rende pertanto necessario avvalersi di un operatore economico qualificato, iscritto all'albo di cui all'art. 53 del D.Lgs. 446/1997;",
 "Vista l'offerta presentata sulla piattaforma di e-procurement dalla ditta Tributi Nord Ovest S.r.l. di Biella, che propone un aggio del 6,5 per cento sulle somme riscosse, ritenuta congrua;",
 "Visti il D.Lgs. 267/2000 e il D.Lgs. 36/2023;"]: para(t)
tc("D E T E R M I N A", 10.5, 1.5)
for i, t in enumerate(["di affidare alla ditta Tributi Nord Ovest S.r.l., con sede in Biella, il servizio di supporto alla riscossione coattiva delle entrate tributarie per il biennio 2026-2027;",
 "di impegnare la somma presunta di € 9.800,00 al capitolo 1045 del bilancio di previsione 2026-2028, annualità 2026 e 2027;",
 "di dare atto che il presente provvedimento è esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria."], 1):
    para(f"{i}. {t}")
y -= 10; c.setFont("Helvetica", 10); c.drawString(L, y, "Valdengo, 17/03/2026")
c.drawCentredString(420, y, "IL RESPONSABILE DEL SERVIZIO"); c.drawCentredString(420, y - 14, "dott.ssa Cristina Ramella Pralungo")
c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, 30, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.save()
