# ASP Reggio Emilia - Citta delle Persone: CdA deliberation, reportlab, lines justified with Tw, headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 62, W - 56
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Deliberazione CdA n. 9 del 19/03/2026"); c.setAuthor("ASP Reggio Emilia"); c.setCreator("Gestione Atti ASP")
y = [0]
def head():
    c.setFont("Helvetica-Bold", 12)
    t = c.beginText(L, H - 58); t.setCharSpace(1.6); t.textLine("ASP REGGIO EMILIA – CITTÀ DELLE PERSONE"); t.setCharSpace(0); c.drawText(t)
    c.setFont("Helvetica", 8)
    c.drawString(L, H - 70, "Azienda pubblica di Servizi alla Persona – Reggio Emilia")
    c.setLineWidth(0.8); c.line(L, H - 76, R, H - 76)
    c.setFont("Helvetica", 7.5); c.drawRightString(R, 30, "Deliberazione del Consiglio di Amministrazione n. 9 del 19/03/2026 – pagina %d" % c.getPageNumber())
    y[0] = H - 100
def newpage():
    c.showPage(); head()
def spaced(text, font="Helvetica-Bold", size=11, cs=3.0):
    c.setFont(font, size); w = stringWidth(text, font, size) + cs * (len(text) - 1)
    t = c.beginText((L + R) / 2 - w / 2, y[0]); t.setCharSpace(cs); t.textLine(text); t.setCharSpace(0); c.drawText(t); y[0] -= size + 8
def para(text, font="Helvetica", size=10, lead=13.2, indent=0, after=5):
    words = text.split(); lines = []; cur = []
    maxw = R - L - indent
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > maxw:
            lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y[0] < 60: newpage()
        t = c.beginText(L + indent, y[0]); t.setFont(font, size)
        s = " ".join(ln)
        if i < len(lines) - 1 and len(ln) > 1:
            t.setWordSpace((maxw - stringWidth(s, font, size)) / (len(ln) - 1))
        else: t.setWordSpace(0)
        t.textOut(s); t.setWordSpace(0); c.drawText(t); y[0] -= lead
    y[0] -= after
head()
spaced("DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE", cs=1.2)
c.setFont("Helvetica-Bold", 10)
c.rect(L, y[0] - 6, R - L, 20); c.drawString(L + 8, y[0], "N. 9"); c.drawCentredString((L + R) / 2, y[0], "Seduta del 19/03/2026"); c.drawRightString(R - 8, y[0], "ore 15:00")
y[0] -= 34
c.setFont("Helvetica-Bold", 10); c.drawString(L, y[0], "OGGETTO:"); y[0] -= 14
para("AGGIORNAMENTO DELLE RETTE DI OSPITALITÀ NELLE CASE RESIDENZA ANZIANI A GESTIONE DIRETTA E NEI CENTRI DIURNI PER L'ANNO 2026.", font="Helvetica-Bold", indent=0)
c.line(L, y[0] + 6, R, y[0] + 6); y[0] -= 8
para("L'anno duemilaventisei, addì diciannove del mese di marzo, alle ore 15:00, presso la sede legale dell'Azienda, previa regolare convocazione trasmessa con nota prot. n. 2214 del 13/03/2026, si è riunito il Consiglio di Amministrazione nelle persone dei signori: dott. Marco Ferretti, Presidente, presente; dott.ssa Giulia Incerti, Vicepresidente, presente; sig. Davide Bonacini, Consigliere, assente giustificato.")
para("Assiste alla seduta, con funzioni di segretario verbalizzante, il Direttore Generale dott.ssa Silvia Montanari. Il Presidente, constatata la presenza del numero legale, dichiara aperta la seduta e pone in discussione l'argomento in oggetto.")
spaced("IL CONSIGLIO DI AMMINISTRAZIONE", size=10, cs=2.0)
for s in [
 "Richiamata la deliberazione dell'Assemblea dei Soci n. 2 del 27/02/2026, con la quale è stato approvato il Bilancio economico preventivo pluriennale 2026-2028;",
 "Richiamata la D.G.R. Emilia-Romagna n. 273 del 29/02/2016 e successive modificazioni, che disciplina il sistema di remunerazione dei servizi socio-sanitari accreditati;",
 "Considerato l'incremento dei costi per l'acquisto di beni e servizi e il rinnovo del contratto collettivo nazionale del comparto Funzioni Locali, che determinano un maggior onere stimato in euro 412.600,00 per l'esercizio 2026;",
 "Ritenuto di adeguare la quota a carico dell'utente nella misura del 3,2 per cento, garantendo comunque l'applicazione delle agevolazioni in base all'ISEE previste dal Regolamento aziendale;",
 "Visto il parere favorevole del Direttore Generale in ordine alla regolarità tecnica e contabile;",
 "Con voti unanimi e favorevoli dei Consiglieri presenti, espressi in forma palese,"]:
    para(s)
spaced("D E L I B E R A", size=10.5, cs=1.0)
pts = ["di approvare, con decorrenza 1° aprile 2026, le rette giornaliere di ospitalità indicate nella tabella allegata sub A), che costituisce parte integrante e sostanziale del presente atto;",
 "di stabilire la retta giornaliera per le Case Residenza Anziani in euro 56,70 e la retta giornaliera per i Centri Diurni in euro 31,40, al netto della quota a carico del Fondo Regionale per la Non Autosufficienza;",
 "di confermare le agevolazioni tariffarie in base all'ISEE previste dal Regolamento aziendale per l'accesso ai servizi;",
 "di trasmettere il presente atto al Comune di Reggio Emilia e all'Azienda USL di Reggio Emilia, nonché di darne comunicazione agli utenti e ai familiari;",
 "di dichiarare, con successiva e separata votazione unanime, il presente atto immediatamente eseguibile, stante l'urgenza di applicare le nuove rette dal mese di aprile."]
for i, s in enumerate(pts, 1):
    c.setFont("Helvetica", 10); c.drawString(L, y[0], "%d)" % i)
    para(s, indent=18)
y[0] -= 10
if y[0] < 120: newpage()
c.setFont("Helvetica", 9)
c.drawCentredString(L + 110, y[0], "IL PRESIDENTE"); c.drawCentredString(R - 110, y[0], "IL SEGRETARIO VERBALIZZANTE")
c.drawCentredString(L + 110, y[0] - 13, "dott. Marco Ferretti"); c.drawCentredString(R - 110, y[0] - 13, "dott.ssa Silvia Montanari")
c.setFont("Helvetica-Oblique", 7.5)
c.drawCentredString(L + 110, y[0] - 25, "firmato digitalmente ai sensi del D.Lgs. 82/2005"); c.drawCentredString(R - 110, y[0] - 25, "firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.save()
