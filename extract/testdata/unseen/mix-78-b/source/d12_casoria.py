# reportlab: avviso pubblico in two columns; letterhead and foot are Form XObjects; the right column, the signature and the heading are drawn before the left column
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("ApKappa Sicr@Web PDF 4.0"); c.setTitle("Avviso orti urbani")
c.beginForm("lh"); c.setFont("Times-Bold", 18); c.drawCentredString(W/2, 800, "COMUNE DI CASORIA")
c.setFont("Times-Roman", 10); c.drawCentredString(W/2, 786, "Città Metropolitana di Napoli")
c.setFont("Times-Italic", 10); c.drawCentredString(W/2, 772, "Settore Ambiente ed Ecologia – Servizio Verde Pubblico – Ufficio Orti Urbani")
c.line(50, 764, W-50, 764); c.endForm()
c.beginForm("ft"); c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, 32, "Comune di Casoria – Piazza Cavour 1 – 80026 Casoria (NA) – protocollo@pec.comune.casoria.na.it"); c.line(50, 42, W-50, 42); c.endForm()
def col(x, y, paras, width=235, font="Times-Roman", size=10, lead=12.6):
    for p in paras:
        f = font
        if p.startswith("**"): f = "Times-Bold"; p = p[2:]
        words = p.split(); cur = []
        lines = []
        for w in words:
            if cur and stringWidth(" ".join(cur + [w]), f, size) > width: lines.append(cur); cur = [w]
            else: cur.append(w)
        lines.append(cur)
        for i, ws in enumerate(lines):
            s = " ".join(ws); t = c.beginText(x, y); t.setFont(f, size)
            t.setCharSpace(0); t.setWordSpace(0)
            if i < len(lines) - 1 and len(ws) > 1: t.setWordSpace((width - stringWidth(s, f, size)) / (len(ws) - 1))
            t.textOut(s); c.drawText(t); y -= lead
        y -= 5
    return y
c.doForm("lh"); c.doForm("ft")
right = ["**Art. 4 – Criteri di assegnazione", "La graduatoria è formata attribuendo punteggi per età, condizione reddituale (ISEE), composizione del nucleo familiare e assenza di altri terreni coltivabili nella disponibilità del richiedente. A parità di punteggio prevale la domanda presentata per prima.",
         "**Art. 5 – Termini e modalità", "Le domande, redatte sul modello allegato, devono pervenire entro le ore 12:00 del 24 aprile 2026 tramite PEC all'indirizzo protocollo@pec.comune.casoria.na.it oppure mediante consegna a mano all'Ufficio Protocollo di Piazza Cavour 1.",
         "**Art. 6 – Informazioni", "Responsabile del procedimento: geom. Raffaele Esposito, Ufficio Orti Urbani, tel. 081 7053311. Il presente avviso è pubblicato all'Albo Pretorio on line e sul sito istituzionale dell'Ente."]
col(318, 640, right)
c.setFont("Times-Roman", 10); c.drawString(318, 330, "Casoria, 20 marzo 2026")
c.setFont("Times-Bold", 10); c.drawCentredString(436, 300, "IL DIRIGENTE DEL SETTORE AMBIENTE"); c.setFont("Times-Italic", 10); c.drawCentredString(436, 286, "arch. Teresa Capasso")
c.setFont("Times-Bold", 15); c.drawCentredString(W/2, 735, "AVVISO PUBBLICO")
c.setFont("Times-Bold", 10.5)
c.drawCentredString(W/2, 716, "ASSEGNAZIONE IN COMODATO D'USO GRATUITO DI N. 48 ORTI URBANI")
c.drawCentredString(W/2, 702, "NEL PARCO MICHELANGELO – TRIENNIO 2026-2029")
c.setFont("Helvetica", 8.5); c.drawString(50, 752, "Avviso n. 3/2026 – Prot. n. 14588 del 20/03/2026")
left = ["In esecuzione della determinazione dirigenziale n. 355 del 17/03/2026 del Settore Ambiente ed Ecologia, si rende noto che è indetta una selezione pubblica per l'assegnazione degli orti urbani realizzati nel Parco Michelangelo.",
        "**Art. 1 – Oggetto", "Sono messi a disposizione n. 48 lotti di terreno di circa 50 mq ciascuno, dotati di punto acqua e di deposito attrezzi comune, da destinare esclusivamente alla coltivazione di ortaggi, erbe aromatiche e fiori per uso familiare.",
        "**Art. 2 – Destinatari", "Possono presentare domanda i cittadini residenti nel Comune di Casoria che abbiano compiuto il diciottesimo anno di età; n. 12 lotti sono riservati ai cittadini ultrasessantacinquenni e n. 4 lotti alle associazioni e alle scuole del territorio.",
        "**Art. 3 – Durata", "L'assegnazione ha durata triennale e non è rinnovabile tacitamente. L'assegnatario è tenuto al rispetto del Regolamento comunale degli orti urbani approvato con deliberazione di Consiglio comunale n. 21 del 30/06/2025."]
col(50, 672, left)
c.showPage(); c.save()
