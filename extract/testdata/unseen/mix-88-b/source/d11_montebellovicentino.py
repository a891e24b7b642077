# reportlab: letterhead and running foot are Form XObjects reused on both pages; justified lines set Tw
# (wordSpace); the register box and signature are drawn before the heading (out of reading order)
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4; L, R = 65, W - 65
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Sicraweb Evo – J-Iride PDF"); c.setCreator("Maggioli Sicraweb")
c.beginForm("lh"); c.setFont("Helvetica-Bold", 16); c.drawCentredString(W/2, H-55, "CITTÀ DI MONTEBELLO VICENTINO")
c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-69, "Provincia di Vicenza – Piazza Italia, 2 – 36054 Montebello Vicentino")
c.line(L, H-78, R, H-78); c.endForm()
c.beginForm("ft"); c.setFont("Helvetica-Oblique", 7.5)
c.drawCentredString(W/2, 30, "Determinazione Settore Servizi alla Persona – Reg. Gen. 311 – documento firmato digitalmente (D.Lgs. 82/2005)"); c.endForm()
def just(y, text, font="Helvetica", size=10.5, lead=14):
    words = text.split(); line = []
    while words:
        line.append(words.pop(0))
        if not words or stringWidth(" ".join(line + words[:1]), font, size) > R - L:
            s = " ".join(line); t = c.beginText(L, y); t.setFont(font, size)
            if words and len(line) > 1: t.setWordSpace((R - L - stringWidth(s, font, size)) / (len(line) - 1))
            t.textLine(s); c.drawText(t); y -= lead; line = []
    return y - 5
# page 1: box first, then heading, then body
c.doForm("lh"); c.doForm("ft")
c.setFont("Helvetica", 9.5); c.rect(L, H-160, R-L, 46)
c.drawString(L+8, H-128, "Reg. Gen. 311          data 18/03/2026")
c.drawString(L+8, H-142, "Reg. Settore n. 42    del 17/03/2026")
c.drawString(L+8, H-156, "Proposta n. 367 del 16/03/2026")
c.drawString(300, H-128, "SETTORE SERVIZI ALLA PERSONA")
c.drawString(300, H-142, "Ufficio Servizi Sociali")
c.setFont("Helvetica-Bold", 13); c.drawCentredString(W/2, H-100, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE")
y = just(H-185, "OGGETTO: Concessione di contributi economici straordinari a nuclei familiari in condizione di disagio per il pagamento delle utenze domestiche – primo trimestre 2026 – Impegno di spesa.", "Helvetica-Bold", 10.5)
for p in ["IL RESPONSABILE DEL SETTORE, visto il decreto sindacale n. 11 del 30 dicembre 2025 con cui gli è stata conferita la responsabilità del Settore Servizi alla Persona fino al 31 dicembre 2026;",
          "VISTO il Regolamento comunale per la concessione di contributi e benefici economici approvato con deliberazione del Consiglio comunale n. 22 del 28 aprile 2022;",
          "ESAMINATE le istanze pervenute entro il 28 febbraio 2026 e le relazioni dell'assistente sociale, conservate agli atti d'ufficio nel rispetto della normativa sulla protezione dei dati personali;",
          "RITENUTO di accogliere n. 14 istanze per complessivi euro 6.300,00, secondo l'elenco riservato depositato presso l'Ufficio Servizi Sociali;",
          "ACCERTATA la disponibilità sul capitolo 10450 \"Contributi assistenziali a famiglie\" del bilancio di previsione 2026-2028, esercizio 2026;"]:
    y = just(y, p)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, y-4, "DETERMINA"); y -= 24
for i, p in enumerate(["di concedere i contributi economici straordinari ai 14 nuclei familiari individuati nell'elenco riservato, per un importo complessivo di euro 6.300,00;",
                       "di impegnare la spesa di euro 6.300,00 al capitolo 10450 del bilancio 2026;",
                       "di liquidare i contributi mediante accredito sui conti indicati dai beneficiari;"], 1):
    y = just(y, f"{i}. {p}")
c.showPage()
c.doForm("lh"); c.doForm("ft")
c.setFont("Helvetica", 10.5); c.drawString(330, H-330, "IL RESPONSABILE DEL SETTORE"); c.drawString(345, H-345, "dott.ssa Valentina Pieropan")
y = just(H-110, "4. di dare atto che il presente provvedimento non è soggetto a pubblicazione nominativa ai sensi dell'art. 26, comma 4, del D.Lgs. 33/2013, trattandosi di dati da cui è possibile ricavare informazioni sulla situazione di disagio economico-sociale degli interessati;")
y = just(y, "5. di trasmettere il presente atto al Settore Economico-Finanziario per il visto di regolarità contabile attestante la copertura finanziaria.")
y = just(y - 10, "Montebello Vicentino, 18/03/2026")
c.showPage(); c.save()
