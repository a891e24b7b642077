# Determinazione (reportlab): letterhead and foot are Form XObjects reused on both pages and drawn after the body;
# justified lines set Tw (word spacing), register box drawn as a label grid.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 62, W - 62; F, FB, S = "Helvetica", "Helvetica-Bold", 10
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Sicraweb – Maggioli Atti"); c.setProducer("ReportLab PDF Library")
def forms():
    c.beginForm("lh"); c.setFont(FB, 15); c.drawCentredString(W / 2, H - 52, "COMUNE DI ALBOSAGGIA")
    c.setFont(F, 9); c.drawCentredString(W / 2, H - 65, "Provincia di Sondrio – Via Coltra, 36 – 23010 Albosaggia (SO)")
    c.setLineWidth(1.2); c.line(L, H - 74, R, H - 74); c.endForm()
    c.beginForm("ft"); c.setFont(F, 7.5); c.line(L, 46, R, 46)
    c.drawString(L, 36, "Determinazione Area Tecnica – Servizio Manutenzioni e Patrimonio"); c.endForm()
forms()
def wrap(text, width, font=F, size=S):
    out, line = [], ""
    for w in text.split():
        t = (line + " " + w).strip()
        if stringWidth(t, font, size) > width and line: out.append(line); line = w
        else: line = t
    return out + [line]
def para(y, text, font=F, size=S, indent=0, lead=13.5):
    lines = wrap(text, R - L - indent, font, size)
    for i, ln in enumerate(lines):
        t = c.beginText(L + indent, y); t.setFont(font, size)
        gaps = ln.count(" ")
        if i < len(lines) - 1 and gaps:
            t.setWordSpace((R - L - indent - stringWidth(ln, font, size)) / gaps)
        t.textLine(ln); c.drawText(t); y -= lead
    return y - 4
def page_end(n):
    c.setFont(F, 7.5); c.drawRightString(R, 36, "Pag. %d di 2" % n)
    c.doForm("ft"); c.doForm("lh"); c.showPage()
# page 1: register grid
y = H - 100
c.setFont(FB, 9); c.drawString(L, y, "AREA TECNICA"); c.setFont(F, 9); c.drawString(L, y - 12, "Servizio Manutenzioni e Patrimonio")
gx, gy = 320, H - 92
cells = [("Det. Settore n.", "37 del 13.04.2026"), ("Reg. Gen.", "142"), ("Data Reg. Gen.", "14.04.2026"), ("Proposta n.", "45 del 10.04.2026")]
for i, (a, b) in enumerate(cells):
    yy = gy - 14 * i; c.setFillGray(0.88); c.rect(gx, yy - 4, 90, 14, fill=1, stroke=1); c.setFillGray(0)
    c.rect(gx + 90, yy - 4, R - gx - 90, 14); c.setFont(FB, 8); c.drawString(gx + 3, yy, a); c.setFont(F, 9); c.drawString(gx + 94, yy, b)
y = H - 170
c.setFont(FB, 12); c.drawCentredString(W / 2, y, "DETERMINAZIONE DEL RESPONSABILE DELL'AREA TECNICA"); y -= 24
c.setFont(FB, S); c.drawString(L, y, "OGGETTO:")
y = para(y, "Lavori di manutenzione straordinaria della copertura della palestra comunale di via Moia – Approvazione del certificato di regolare esecuzione e liquidazione dello stato finale all'impresa Bianchini Costruzioni S.r.l. – CUP G83D25000410004 – CIG B6A1F27D33.", FB, S, indent=62)
y -= 6
c.setFont(FB, S); c.drawCentredString(W / 2, y, "IL RESPONSABILE DELL'AREA TECNICA"); y -= 20
for s in ["PREMESSO che con propria determinazione n. 112 del 22.09.2025 (Reg. Gen. 401) sono stati affidati all'impresa Bianchini Costruzioni S.r.l., con sede in Sondrio, i lavori di manutenzione straordinaria della copertura della palestra comunale di via Moia, per l'importo di € 68.420,00 oltre IVA, comprensivo degli oneri per la sicurezza;",
          "VISTO il verbale di consegna dei lavori del 13.10.2025 e il certificato di ultimazione del 20.02.2026, dal quale risulta che i lavori sono stati ultimati entro il termine contrattuale;",
          "VISTO lo stato finale dei lavori e il certificato di regolare esecuzione redatto dal direttore dei lavori arch. Elisa Gianoncelli in data 27.03.2026, dal quale risulta un credito residuo dell'impresa pari a € 6.842,00 oltre IVA 22%, per complessivi € 8.347,24;",
          "ACCERTATA la regolarità contributiva dell'impresa mediante DURC on line prot. INAIL_51874402 con scadenza 18.07.2026;",
          "RICHIAMATI il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il decreto sindacale n. 4 del 02.01.2026 di nomina dei Responsabili di Area;"]:
    y = para(y, s)
page_end(1)
y = H - 110
c.setFont(FB, S); c.drawCentredString(W / 2, y, "D E T E R M I N A"); y -= 22
for i, s in enumerate(["di approvare lo stato finale e il certificato di regolare esecuzione dei lavori in oggetto, redatti dal direttore dei lavori in data 27.03.2026;",
          "di liquidare all'impresa Bianchini Costruzioni S.r.l. la somma di € 8.347,24 IVA compresa, a saldo di ogni suo avere, con imputazione al capitolo 20810 del bilancio 2026, impegno n. 612/2025;",
          "di svincolare la cauzione definitiva prestata dall'impresa a garanzia dell'esecuzione del contratto;",
          "di dare atto che il presente provvedimento è esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria."], 1):
    c.setFont(F, S); c.drawString(L, y, "%d." % i); y = para(y, s, indent=18)
y -= 30
c.setFont(F, S); c.drawString(L, y, "Albosaggia, 14.04.2026")
c.drawCentredString(400, y, "IL RESPONSABILE DELL'AREA TECNICA"); c.setFont("Helvetica-Oblique", S); c.drawCentredString(400, y - 14, "geom. Marco Pedrotti")
y -= 60
c.setFont(FB, 9); c.drawString(L, y, "VISTO DI REGOLARITÀ CONTABILE"); y -= 14
y = para(y, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Albosaggia, 14.04.2026 – Il Responsabile dell'Area Finanziaria, dott.ssa Laura Rovedatti.", F, 9)
page_end(2)
c.save()
