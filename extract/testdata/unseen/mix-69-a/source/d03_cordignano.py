# Cordignano (TV): Giunta minute, ReportLab canvas; justified lines set Tw, headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rlutil import para_tw, spaced
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Deliberazione di Giunta n. 29/2026"); c.setAuthor("Comune di Cordignano")
W, H = A4; L = 56; TW = W - 2 * L
spaced(c, L, H - 60, "COMUNE DI CORDIGNANO", "Helvetica-Bold", 16, 2.2, TW)
spaced(c, L, H - 76, "PROVINCIA DI TREVISO", "Helvetica", 9, 1.5, TW)
c.line(L, H - 84, W - L, H - 84)
c.setFont("Helvetica", 8); c.drawRightString(W - L, H - 98, "COPIA")
spaced(c, L, H - 118, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "Helvetica-Bold", 11.5, 0.8, TW)
c.setFont("Helvetica-Bold", 10.5); c.drawCentredString(W / 2, H - 136, "N. 29 del 24/03/2026")
c.rect(L, H - 190, TW, 42)
c.setFont("Helvetica-Bold", 10); c.drawString(L + 6, H - 162, "OGGETTO:")
y = para_tw(c, L + 66, H - 162, "CONCESSIONE IN USO DELLA PALESTRA COMUNALE DI VIA CAMPION ALLE ASSOCIAZIONI SPORTIVE PER LA STAGIONE 2026/2027 – APPROVAZIONE DEI CRITERI.", "Helvetica-Bold", 10, TW - 74, 13)
y = H - 212
body = [
 "L'anno duemilaventisei, il giorno ventiquattro del mese di marzo, alle ore 18:00, nella sede municipale, convocata nelle forme di legge, si è riunita la Giunta Comunale nelle persone dei signori:",
]
for b in body: y = para_tw(c, L, y, b, width=TW) - 4
roll = [("Dal Cin Alessandro", "Sindaco", "assente"), ("Zanchetta Laura", "Vicesindaco", "presente"), ("Bet Gianni", "Assessore", "presente"),
        ("Pizzol Martina", "Assessore", "presente"), ("Dus Federico", "Assessore", "presente"), ("Ceschin Roberta", "Assessore", "presente")]
c.setFont("Helvetica", 10)
for n, r, p in roll:
    c.drawString(L + 30, y, n); c.drawString(L + 200, y, r); c.drawString(L + 320, y, p); y -= 13
y -= 2; c.setFont("Helvetica-Bold", 10); c.drawString(L + 30, y, "Assessori presenti n. 5 – assenti n. 1"); y -= 18
for b in [
 "Assiste alla seduta il Segretario Generale dott. Giorgio Tonon, il quale provvede alla redazione del presente verbale. Essendo assente il Sindaco, la sig.ra Laura Zanchetta, nella sua qualità di Vicesindaco, assume la presidenza e, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta.",
 "LA GIUNTA COMUNALE",
 "Vista la proposta di deliberazione n. 34 del 18/03/2026 dell'Area Servizi alla Persona, Ufficio Sport;",
 "Premesso che il Comune è proprietario della palestra comunale di via Campion e che le associazioni sportive del territorio hanno chiesto di poterla utilizzare in orario extrascolastico per la stagione 2026/2027;",
 "Ritenuto di fissare i criteri di assegnazione degli spazi, privilegiando le attività giovanili e quelle rivolte alle persone con disabilità;",
 "Visti i pareri favorevoli di regolarità tecnica, espresso dal Responsabile dell'Area Servizi alla Persona dott.ssa Michela Casagrande, e di regolarità contabile, espresso dal Responsabile dell'Area Economico-Finanziaria rag. Sergio Da Re, ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
 "Con voti unanimi e favorevoli, espressi nelle forme di legge,",
 "D E L I B E R A",
]:
    if b.isupper() or b.startswith("D E L"):
        spaced(c, L, y, b, "Helvetica-Bold", 10.5, 0.6, TW); y -= 18
    else:
        y = para_tw(c, L, y, b, width=TW, indent=18) - 4
pts = ["di approvare i criteri per la concessione in uso della palestra comunale di via Campion alle associazioni sportive per la stagione 2026/2027, come riportati nell'allegato A;",
       "di stabilire le tariffe orarie in euro 12,00 per le attività giovanili e in euro 18,00 per le altre attività;",
       "di incaricare il Responsabile dell'Area Servizi alla Persona degli adempimenti conseguenti;",
       "di dichiarare, con separata e unanime votazione, il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."]
for i, p in enumerate(pts, 1):
    c.setFont("Helvetica", 10); c.drawString(L + 4, y, f"{i})"); y = para_tw(c, L + 22, y, p, width=TW - 22) - 3
c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, 30, "Comune di Cordignano – Piazza Itala Vittoria 1 – 31016 Cordignano (TV) – Delibera G.C. n. 29/2026 – pagina 1 di 2")
c.showPage()
y = H - 70
spaced(c, L, y, "PARERI AI SENSI DELL'ART. 49 D.LGS. 267/2000", "Helvetica-Bold", 10, 0.5, TW); y -= 22
for b in ["Regolarità tecnica: si esprime parere FAVOREVOLE. Cordignano, 19/03/2026. Il Responsabile dell'Area Servizi alla Persona, dott.ssa Michela Casagrande.",
          "Regolarità contabile: si esprime parere FAVOREVOLE. Cordignano, 20/03/2026. Il Responsabile dell'Area Economico-Finanziaria, rag. Sergio Da Re."]:
    y = para_tw(c, L, y, b, width=TW) - 8
y -= 20; c.setFont("Helvetica", 10); c.drawString(L, y, "Letto, approvato e sottoscritto."); y -= 30
c.setFont("Helvetica-Bold", 10); c.drawCentredString(L + 110, y, "IL VICESINDACO"); c.drawCentredString(W - L - 110, y, "IL SEGRETARIO GENERALE"); y -= 14
c.setFont("Helvetica", 10); c.drawCentredString(L + 110, y, "Laura Zanchetta"); c.drawCentredString(W - L - 110, y, "dott. Giorgio Tonon")
c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, 30, "Comune di Cordignano – Piazza Itala Vittoria 1 – 31016 Cordignano (TV) – Delibera G.C. n. 29/2026 – pagina 2 di 2")
c.save()
