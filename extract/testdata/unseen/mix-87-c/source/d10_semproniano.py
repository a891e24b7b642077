# Semproniano: reportlab, justified lines with Tw word spacing, letter-spaced heading with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842))
L, W = 72, 451
def just(y, text, f="Helvetica", sz=10):
    words = text.split(); lines = []; cur = []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), f, sz) > W: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); t = c.beginText(L, y); t.setFont(f, sz); t.setCharSpace(0); t.setWordSpace(0)
        if i < len(lines) - 1 and len(ln) > 1: t.setWordSpace((W - stringWidth(s, f, sz)) / (len(ln) - 1))
        t.textOut(s); c.drawText(t); y -= 13.5
    return y - 6
def spaced(y, s, f="Helvetica-Bold", sz=12, cs=3):
    t = c.beginText(); t.setFont(f, sz); t.setCharSpace(cs)
    w = stringWidth(s, f, sz) + cs * len(s); t.setTextOrigin(297 - w / 2, y); t.textOut(s); c.drawText(t)
spaced(790, "COMUNE DI SEMPRONIANO", sz=14, cs=2)
t = c.beginText(230, 774); t.setFont("Helvetica", 9); t.setCharSpace(0); t.textOut("Provincia di Grosseto"); c.drawText(t)
c.line(L, 765, L + W, 765)
t = c.beginText(L, 745); t.setFont("Helvetica-Bold", 10); t.setCharSpace(0); t.textOut("Area Tecnica – Servizio Manutenzioni"); c.drawText(t)
t = c.beginText(360, 745); t.setFont("Helvetica", 10); t.textOut("Ordinanza n. 15 del 18/05/2026"); c.drawText(t)
spaced(715, "IL RESPONSABILE DEL SERVIZIO")
y = just(690, "OGGETTO: Senso unico alternato e divieto di transito ai veicoli di massa superiore a 3,5 t sulla strada comunale Semproniano – Catabbio per lavori di rifacimento del manto stradale.", "Helvetica-Bold")
for s in ["Premesso che con determinazione n. 88 del 30/04/2026 sono stati aggiudicati i lavori di rifacimento del manto stradale della strada comunale Semproniano – Catabbio alla ditta Asfalti Amiata S.r.l., con inizio previsto per il giorno 25 maggio 2026;",
          "Ritenuto necessario garantire la sicurezza della circolazione e dei lavoratori durante l'esecuzione delle opere, regolando il traffico mediante movieri o impianto semaforico;",
          "Visti gli articoli 5, 6, 7 e 21 del Codice della Strada e l'articolo 107 del Testo unico degli enti locali;"]:
    y = just(y, s)
spaced(y - 4, "ORDINA"); y -= 26
for i, s in enumerate(["dal 25/05/2026 al 12/06/2026, dalle ore 7:30 alle ore 18:00, l'istituzione del senso unico alternato sulla strada comunale Semproniano – Catabbio, dal km 1+200 al km 3+900;",
                       "per lo stesso periodo il divieto di transito ai veicoli di massa complessiva superiore a 3,5 t, eccettuati i mezzi d'opera e di soccorso;",
                       "alla ditta esecutrice di installare e mantenere la segnaletica di cantiere prescritta."], 1):
    y = just(y, "%d. %s" % (i, s))
y = just(y, "Contro il presente provvedimento è ammesso ricorso al T.A.R. della Toscana entro sessanta giorni dalla pubblicazione all'Albo Pretorio on line.")
for dy, s, f in [(10, "Semproniano, 18/05/2026", "Helvetica"), (34, "IL RESPONSABILE DEL SERVIZIO", "Helvetica-Bold"), (48, "arch. Federica Bianciardi", "Helvetica")]:
    t = c.beginText(L if dy == 10 else 330, y - dy); t.setFont(f, 10); t.setCharSpace(0); t.setWordSpace(0); t.textOut(s); c.drawText(t)
c.showPage(); c.save()
