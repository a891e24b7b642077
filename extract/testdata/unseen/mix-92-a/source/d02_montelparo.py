# Comune di Montelparo (FM) - Consiglio comunale 7/2026, reportlab, every justified line sets Tw
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4; L = 60; R = W - 60
def just(text, y, size=10, font="Helvetica"):
    words = text.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), font, size) > R - L and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); t = c.beginText(L, y); t.setFont(font, size)
        if i < len(lines) - 1 and len(ln) > 1:
            t.setWordSpace((R - L - stringWidth(s, font, size)) / (len(ln) - 1))
        t.textLine(s); c.drawText(t); y -= size * 1.35
    return y - 4
c.setFont("Helvetica-Bold", 14); c.drawCentredString(W/2, H-55, "COMUNE DI MONTELPARO")
c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-68, "Provincia di Fermo")
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, H-95, "DELIBERAZIONE DEL CONSIGLIO COMUNALE")
c.setFont("Helvetica", 10); c.drawCentredString(W/2, H-110, "Numero 7 del 24-03-2026 – Seduta straordinaria in videoconferenza")
y = just("Oggetto: Modifica del Regolamento per lo svolgimento delle sedute degli organi collegiali in modalità telematica.", H-135, 10, "Helvetica-Bold")
y = just("L'anno duemilaventisei il giorno ventiquattro del mese di marzo alle ore 21:00, in videoconferenza tramite la piattaforma istituzionale, convocato con avvisi regolarmente notificati, si è riunito il Consiglio Comunale. Il Presidente del Consiglio dispone l'appello nominale dei consiglieri collegati:", y)
roll = [("PIERGALLINI Sandro - Sindaco", "P", "in presenza"), ("VALLESI Marta - Consigliere", "P", "da remoto"), ("TIBURTINI Enrico - Consigliere", "P", "da remoto"),
        ("MARZIALI Chiara - Consigliere", "P", "in presenza"), ("CORRADETTI Ugo - Consigliere", "A", "—"), ("FERRACUTI Nadia - Consigliere", "P", "da remoto"),
        ("LUCIANI Piero - Consigliere", "P", "in presenza"), ("ROSSETTI Anna - Consigliere", "A", "—"), ("SEVERINI Dario - Consigliere", "P", "da remoto"),
        ("BARTOLINI Rita - Consigliere", "P", "in presenza"), ("ZAPPASODI Elio - Consigliere", "P", "da remoto")]
c.setFont("Helvetica-Bold", 9); c.drawString(L, y, "Consigliere"); c.drawString(L+250, y, "P/A"); c.drawString(L+300, y, "Modalità"); y -= 3
c.line(L, y, R, y); y -= 11; c.setFont("Helvetica", 9)
for n, pa, m in roll:
    c.drawString(L, y, n); c.drawString(L+252, y, pa); c.drawString(L+300, y, m); y -= 12
c.line(L, y+8, R, y+8); y -= 6
y = just("Presenti n. 9 (di cui n. 5 da remoto) – Assenti n. 2. Assiste il Segretario Comunale dott. Giorgio Mecozzi, collegato da remoto, il quale accerta l'identità dei consiglieri collegati e la regolarità del collegamento. Presiede il Presidente del Consiglio sig.ra Chiara Marziali.", y)
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W/2, y, "IL CONSIGLIO COMUNALE"); y -= 16
y = just("VISTA la proposta del Servizio Affari Generali; VISTI i pareri favorevoli di regolarità tecnica e contabile; ESEGUITA la votazione per appello nominale, con voto espresso a voce da ciascun consigliere collegato da remoto e per alzata di mano dai presenti in aula, che dà il seguente risultato: presenti 9, votanti 8, favorevoli 6, contrari 2 (Severini, Zappasodi), astenuti 1 (Bartolini),", y)
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W/2, y, "DELIBERA"); y -= 16
for p in ["1) di modificare gli articoli 3 e 5 del Regolamento per lo svolgimento delle sedute degli organi collegiali in modalità telematica, come da testo allegato;",
          "2) di stabilire che le modifiche entrano in vigore dalla data di esecutività della presente deliberazione;",
          "3) di pubblicare il Regolamento aggiornato nella sezione Amministrazione Trasparente."]:
    y = just(p, y)
y = just("Con successiva votazione per appello nominale (favorevoli 6, contrari 2, astenuti 1), il Consiglio dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", y)
c.setFont("Helvetica", 9); c.drawString(L, y-10, "IL PRESIDENTE DEL CONSIGLIO"); c.drawString(L+280, y-10, "IL SEGRETARIO COMUNALE")
c.drawString(L, y-22, "Chiara Marziali"); c.drawString(L+280, y-22, "dott. Giorgio Mecozzi")
c.setFont("Helvetica", 7); c.drawCentredString(W/2, 30, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.save()
