# Villabate (PA): Sicilian Consiglio comunale with Presidente and Vice Presidente; ReportLab with every glyph
# placed on its own (BT/Td/Tj/ET per glyph, no space characters), lines justified by moving glyphs, the roll's
# right column drawn before the left one, and the Albo stamp rotated 90 degrees up the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rlutil import glyph_line, glyph_par, wrap
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Delibera CC 11/2026"); c.setCreator("Sicraweb - J-Serfin"); c.setProducer("Kibernetes PDF Printer 2.1")
L, R = 62, W - 50; TW = R - L
def stamp():
    c.saveState(); c.translate(30, 240); c.rotate(90)
    c.setStrokeColorRGB(0.1, 0.25, 0.6); c.setFillColorRGB(0.1, 0.25, 0.6); c.rect(-4, -12, 380, 24)
    glyph_line(c, 2, 2, "ALBO PRETORIO ON LINE - Comune di Villabate - Pubblicazione n. 566 dal 30/03/2026 al 14/04/2026", "Helvetica", 7)
    c.restoreState(); c.setFillColorRGB(0, 0, 0)
y = H - 58
# stamp first (out of reading order), then letterhead
stamp()
c.setFillColorRGB(0.55, 0.1, 0.1); c.circle(L + 22, y - 8, 20, stroke=1, fill=0); c.setFillColorRGB(0, 0, 0)
glyph_line(c, L + 52, y, "COMUNE DI VILLABATE", "Times-Bold", 17)
glyph_line(c, L + 52, y - 16, "Città Metropolitana di Palermo", "Times-Italic", 10)
glyph_line(c, L + 52, y - 28, "Corso Vittorio Emanuele, 119 - 90039 Villabate (PA)", "Times-Roman", 8)
c.line(L, y - 38, R, y - 38)
y -= 64
glyph_line(c, L + 70, y, "DELIBERAZIONE DEL CONSIGLIO COMUNALE", "Times-Bold", 13)
y -= 18
glyph_line(c, L + 118, y, "N. 11 DEL 26/03/2026", "Times-Bold", 12)
y -= 26
c.rect(L - 4, y - 44, TW + 8, 56)
glyph_line(c, L, y, "OGGETTO:", "Times-Bold", 10.5)
y = glyph_par(c, L + 62, y, "Riconoscimento della legittimità del debito fuori bilancio ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000 derivante dalla sentenza n. 1127/2025 del Giudice di Pace di Palermo.", "Times-Bold", 10.5, TW - 62, 13)
y -= 26
body = "Times-Roman"; fs = 10.5; ld = 13.4
y = glyph_par(c, L, y, "L'anno duemilaventisei, il giorno ventisei del mese di marzo, alle ore 19:00 e seguenti, in Villabate, nell'aula consiliare sita nel Palazzo di Città, a seguito di regolare convocazione ai sensi della L.R. n. 7/1992 e del vigente Regolamento del Consiglio, si è riunito in seduta ordinaria, pubblica, di prima convocazione, il Consiglio Comunale.", body, fs, TW, ld)
y -= 4
y = glyph_par(c, L, y, "Presiede la seduta il Presidente del Consiglio comunale dott. Salvatore Lo Cascio. Partecipa il Segretario Generale dott.ssa Giuseppa Cannella. Alle ore 19:20, eseguito l'appello nominale, risultano presenti e assenti i Consiglieri comunali:", body, fs, TW, ld)
y -= 8
left = [("1", "LO CASCIO Salvatore", "Presidente", "P"), ("2", "GIAMMANCO Rosalia", "Vice Presidente", "P"), ("3", "BUTTITTA Giuseppe", "Consigliere", "P"),
        ("4", "DI MAGGIO Francesca", "Consigliere", "A"), ("5", "SCIORTINO Ignazio", "Consigliere", "P"), ("6", "LA ROSA Valentina", "Consigliere", "P"),
        ("7", "AMATO Vincenzo", "Consigliere", "P"), ("8", "MILAZZO Concetta", "Consigliere", "A")]
right = [("9", "TRAINA Fabio", "Consigliere", "P"), ("10", "CUSIMANO Giovanna", "Consigliere", "P"), ("11", "BONANNO Marco", "Consigliere", "P"),
         ("12", "PICCIONE Daniela", "Consigliere", "P"), ("13", "RANDAZZO Carlo", "Consigliere", "A"), ("14", "SPATAFORA Eleonora", "Consigliere", "P"),
         ("15", "CARUSO Gaetano", "Consigliere", "P"), ("16", "VITALE Antonina", "Consigliere", "P")]
top = y
for colx, rows in ((L + TW / 2 + 6, right), (L, left)):   # right column drawn first
    yy = top
    for n, name, role, pa in rows:
        glyph_line(c, colx, yy, n, "Times-Roman", 9.5)
        glyph_line(c, colx + 16, yy, name, "Times-Roman", 9.5)
        glyph_line(c, colx + 128, yy, role, "Times-Italic", 9.5)
        glyph_line(c, colx + 206, yy, pa, "Times-Bold", 9.5)
        yy -= 12.5
y = top - 8 * 12.5 - 4
glyph_line(c, L, y, "(P = presente; A = assente)", "Times-Italic", 8.5)
glyph_line(c, L + 300, y, "Presenti n. 13 - Assenti n. 3", "Times-Bold", 9.5)
y -= 18
y = glyph_par(c, L, y, "Sono presenti, per l'Amministrazione, il Sindaco dott. Francesco Mineo e gli Assessori Pecoraro e Tumminello. Il Presidente, accertata la presenza del numero legale, dichiara aperta la seduta e nomina scrutatori i Consiglieri Cusimano, Piccione e Caruso.", body, fs, TW, ld)
y -= 6
glyph_line(c, L + 170, y, "IL CONSIGLIO COMUNALE", "Times-Bold", 11)
y -= 16
for t in ["Vista la proposta di deliberazione n. 14 del 12/03/2026 del Settore II - Affari Legali e Contenzioso, avente ad oggetto il riconoscimento del debito fuori bilancio di euro 3.874,60 derivante dalla sentenza n. 1127/2025 del Giudice di Pace di Palermo, esecutiva;",
          "Visto il parere favorevole del Collegio dei Revisori dei conti espresso con verbale n. 4 del 19/03/2026, nonché il parere della II Commissione consiliare permanente;",
          "Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 53 della L. n. 142/1990, come recepito dalla L.R. n. 48/1991, e dell'art. 12 della L.R. n. 30/2000;"]:
    y = glyph_par(c, L, y, t, body, fs, TW, ld); y -= 3
c.showPage()
# page 2
y = H - 50
glyph_line(c, L, y, "Comune di Villabate - Deliberazione del Consiglio Comunale n. 11 del 26/03/2026", "Times-Italic", 8)
c.line(L, y - 4, R, y - 4)
y -= 28
y = glyph_par(c, L, y, "Con votazione palese, espressa per alzata di mano, che dà il seguente esito accertato e proclamato dal Presidente con l'assistenza degli scrutatori: presenti n. 13, votanti n. 13, voti favorevoli n. 9, voti contrari n. 4 (Buttitta, La Rosa, Bonanno e Vitale), astenuti nessuno;", body, fs, TW, ld)
y -= 8
glyph_line(c, L + 205, y, "DELIBERA", "Times-Bold", 11)
y -= 18
pts = ["di riconoscere, ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000, la legittimità del debito fuori bilancio di euro 3.874,60 derivante dalla sentenza n. 1127/2025 del Giudice di Pace di Palermo;",
       "di dare atto che alla copertura della spesa si provvede con imputazione alla Missione 1, Programma 11, del bilancio di previsione 2026/2028, esercizio 2026;",
       "di demandare al Responsabile del Settore II l'adozione del provvedimento di impegno e liquidazione;",
       "di trasmettere il presente atto alla Procura regionale della Corte dei conti per la Sicilia, ai sensi dell'art. 23, comma 5, della L. n. 289/2002."]
for i, t in enumerate(pts, 1):
    glyph_line(c, L, y, f"{i})", body, fs)
    y = glyph_par(c, L + 18, y, t, body, fs, TW - 18, ld); y -= 3
y -= 6
y = glyph_par(c, L, y, "Successivamente, con separata votazione resa per alzata di mano, con voti favorevoli n. 9 e astenuti n. 4 (Buttitta, La Rosa, Bonanno e Vitale), il Consiglio Comunale dichiara la presente deliberazione immediatamente esecutiva, ai sensi dell'art. 12, comma 2, della L.R. n. 44/1991.", body, fs, TW, ld)
y -= 30
glyph_line(c, L, y, "IL PRESIDENTE", "Times-Bold", 10)
glyph_line(c, L + 170, y, "IL CONSIGLIERE ANZIANO", "Times-Bold", 10)
glyph_line(c, L + 340, y, "IL SEGRETARIO GENERALE", "Times-Bold", 10)
y -= 14
glyph_line(c, L, y, "dott. Salvatore Lo Cascio", body, 10)
glyph_line(c, L + 170, y, "Giuseppe Buttitta", body, 10)
glyph_line(c, L + 340, y, "dott.ssa Giuseppa Cannella", body, 10)
y -= 40
glyph_line(c, L, y, "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005.", "Times-Italic", 8)
c.showPage(); c.save()
