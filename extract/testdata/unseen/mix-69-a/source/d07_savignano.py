# Savignano sul Rubicone (FC): Consiglio minute; ReportLab, every glyph its own BT/Tm/Tj/ET, no space characters
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rlutil import glyphs, para_glyphs
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0); c.setProducer("Maggioli Sicraweb PDF Engine 4.1"); c.setTitle("Delibera CC 18/2026")
W, H = A4; L = 60; TW = W - 2 * L
def C(t, y, f="Times-Bold", s=11): glyphs(c, (W - stringWidth(t, f, s)) / 2, y, t, f, s)
def foot(n): glyphs(c, L, 34, f"Deliberazione di Consiglio Comunale n. 18 del 27.3.2026 – pag. {n}/2", "Times-Italic", 8)
C("CITTÀ DI SAVIGNANO SUL RUBICONE", H - 62, "Times-Bold", 16)
C("Provincia di Forlì-Cesena", H - 78, "Times-Roman", 10)
c.setLineWidth(0.8); c.line(L, H - 86, W - L, H - 86)
C("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", H - 108, "Times-Bold", 12)
C("n. 18 del 27.3.2026", H - 124, "Times-Bold", 11)
y = H - 150
glyphs(c, L, y, "OGGETTO:", "Times-Bold", 11)
y = para_glyphs(c, L + 62, y, "Approvazione del Piano delle alienazioni e valorizzazioni immobiliari 2026-2028 – Integrazione con l'immobile ex scuola elementare di Fiumicino.", "Times-Bold", 11, TW - 62, 14) - 8
for t in ["L'anno duemilaventisei, addì ventisette del mese di marzo, alle ore 20:30, nella Sala del Consiglio della Residenza Municipale, convocato con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione.",
          "Eseguito l'appello, risultano presenti i consiglieri contrassegnati con SI:"]:
    y = para_glyphs(c, L, y, t, width=TW, indent=18) - 4
roll = [("GIOVANNINI FILIPPO", "Sindaco", "SI"), ("MORRI LAURA", "Consigliere", "SI"), ("PAGANELLI ALESSIO", "Consigliere", "SI"),
        ("CASADEI VALENTINA", "Consigliere", "NO"), ("TURCHI ENRICO", "Consigliere", "SI"), ("BRAVI FRANCESCA", "Consigliere", "SI"),
        ("AMADORI GIACOMO", "Consigliere", "SI"), ("FABBRI ROSSELLA", "Consigliere", "SI"), ("MAGNANI OMAR", "Consigliere", "SI"),
        ("ZAVALLONI SILVIA", "Consigliere", "NO"), ("BERTOZZI MATTIA", "Consigliere", "SI"), ("GUIDUCCI ELEONORA", "Consigliere", "SI"),
        ("PARI DANIELE", "Consigliere", "SI"), ("SEVERI MARIKA", "Consigliere", "SI"), ("DRUDI MARCO", "Consigliere", "SI"),
        ("LOMBARDINI ALICE", "Consigliere", "SI"), ("GASPERONI IVAN", "Consigliere", "NO")]
y -= 2
for i, (n, r, m) in enumerate(roll):
    glyphs(c, L + 20, y, n, "Times-Roman", 10); glyphs(c, L + 200, y, r, "Times-Roman", 10); glyphs(c, L + 320, y, m, "Times-Bold", 10); y -= 12.5
y -= 4
y = para_glyphs(c, L, y, "Presenti n. 14 – Assenti n. 3.", width=TW) - 4
for t in ["Partecipa il Segretario Generale dott. Francesco Rossi, incaricato della redazione del verbale. Assume la presidenza la sig.ra Laura Morri, Presidente del Consiglio Comunale, la quale, riconosciuta la validità della seduta, dichiara aperta la discussione.",
          "Alle ore 20:50, nel corso della discussione, entra in aula il consigliere Casadei Valentina: presenti n. 15."]:
    y = para_glyphs(c, L, y, t, width=TW, indent=18) - 4
foot(1); c.showPage()
y = H - 70
C("IL CONSIGLIO COMUNALE", y); y -= 22
for t in ["Vista la proposta di deliberazione n. 23 del 16.3.2026 del Settore Patrimonio e Lavori Pubblici;",
          "Premesso che con deliberazione consiliare n. 71 del 18.12.2025 è stato approvato il Piano delle alienazioni e valorizzazioni immobiliari 2026-2028, allegato al Documento Unico di Programmazione;",
          "Rilevato che l'immobile ex scuola elementare di Fiumicino, non più utilizzato per fini istituzionali, può essere valorizzato mediante concessione di lunga durata;",
          "Visti i pareri favorevoli di regolarità tecnica, espresso dal Dirigente del Settore Patrimonio e Lavori Pubblici ing. Nicola Bianchi, e di regolarità contabile, espresso dal Dirigente del Settore Finanziario dott.ssa Monica Foschi, ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "Con la seguente votazione, espressa per alzata di mano: presenti n. 15, votanti n. 15, favorevoli n. 11, contrari n. 4;"]:
    y = para_glyphs(c, L, y, t, width=TW, indent=18) - 4
y -= 6; C("DELIBERA", y); y -= 20
for i, t in enumerate(["di integrare il Piano delle alienazioni e valorizzazioni immobiliari 2026-2028 con l'immobile ex scuola elementare di Fiumicino, identificato al foglio 7, mappale 412;",
                       "di dare atto che il Piano così integrato costituisce variazione del Documento Unico di Programmazione 2026-2028;",
                       "di demandare al Dirigente del Settore Patrimonio e Lavori Pubblici gli adempimenti conseguenti."], 1):
    glyphs(c, L, y, f"{i}.", "Times-Roman", 10.5); y = para_glyphs(c, L + 18, y, t, width=TW - 18) - 4
y = para_glyphs(c, L, y - 4, "Successivamente, con separata votazione (presenti n. 15, favorevoli n. 11, contrari n. 4), la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", width=TW, indent=18) - 20
glyphs(c, L, y, "Letto, approvato e sottoscritto.", "Times-Roman", 10.5); y -= 30
glyphs(c, L + 40, y, "IL PRESIDENTE", "Times-Bold", 10.5); glyphs(c, L + 270, y, "IL SEGRETARIO GENERALE", "Times-Bold", 10.5); y -= 14
glyphs(c, L + 40, y, "Laura Morri", "Times-Roman", 10.5); glyphs(c, L + 270, y, "dott. Francesco Rossi", "Times-Roman", 10.5)
foot(2); c.save()
