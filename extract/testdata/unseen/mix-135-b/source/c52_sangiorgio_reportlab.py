#!/usr/bin/env python3
"""San Giorgio Ionico, Consiglio Comunale n. 52 of 28/11/2028: the J-Serfin
report "stampato su modulo": the package draws the blank form (labels and
underscores) and then fills the fields over the underscores in bold; every
glyph is placed on its own (a report engine's character grid, no space
characters); the roll is two columns read down; the protocol's stamp is
rotated up the right margin.  ReportLab canvas.
Usage: c52_sangiorgio_reportlab.py OUT.pdf"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from jserfin import wrap, centre, spaced, paginate, roll_down, WIDTH

OUT = sys.argv[1]
W, H = A4
X0, Y0, CW, LH = 58.0, H - 46, 6.0, 12.0

L = []
L += ["", centre(spaced("COMUNE DI SAN GIORGIO IONICO")), centre("PROVINCIA DI TARANTO"), "",
      centre("ORIGINALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"), ""]
FORM_AT = len(L)
L += ["   DELIBERAZIONE N. ______     DEL ____________     ORE _______",
      "   SESSIONE ______________     CONVOCAZIONE ____________  SEDUTA __________", ""]
FIELDS = [(0, 20, "52"), (0, 35, "28/11/2028"), (0, 56, "16:00"),
          (1, 12, "ORDINARIA"), (1, 44, "PRIMA"), (1, 65, "PUBBLICA")]
L += wrap("ULTIMA VARIAZIONE AL BILANCIO DI PREVISIONE 2028/2030 AI SENSI DELL'ART. 175, COMMA 3, "
          "DEL D.LGS. N. 267/2000.", indent=10, first=" OGGETTO:")
L += ["", " PROPOSTA N. 118 DEL 17/11/2028", " SETTORE PROPONENTE: ECONOMICO FINANZIARIO E TRIBUTI",
      "=" * WIDTH, ""]
L += wrap("L'ANNO DUEMILAVENTOTTO, IL GIORNO VENTOTTO DEL MESE DI NOVEMBRE ALLE ORE 16:00, NELLA "
          "SALA CONSILIARE DEL PALAZZO MUNICIPALE, A SEGUITO DI AVVISO DI CONVOCAZIONE PROT. N. 23617 "
          "DEL 21/11/2028, SI E' RIUNITO IL CONSIGLIO COMUNALE IN SESSIONE ORDINARIA ED IN SEDUTA "
          "PUBBLICA DI PRIMA CONVOCAZIONE. ALL'APPELLO NOMINALE RISULTANO:", indent=1)
L += [""]
roll = [("QUARANTA Vito Nicola", "SINDACO", "SI"), ("ANCORA Cosimo", "CONSIGLIERE", "SI"),
        ("FORNARO Teresa", "CONSIGLIERE", "SI"), ("CAFORIO Angelo", "CONSIGLIERE", "NO"),
        ("RUGGIERI Pasquale", "CONSIGLIERE", "SI"), ("LACAITA Vincenza", "CONSIGLIERE", "SI"),
        ("SCIALPI Domenico", "CONSIGLIERE", "SI"), ("STASI Rosanna", "CONSIGLIERE", "NO"),
        ("LOMARTIRE Gianluca", "CONSIGLIERE", "SI"), ("CAZZATO Antonella", "CONSIGLIERE", "SI"),
        ("MARINO' Ciro", "CONSIGLIERE", "SI"), ("FISCHETTI Paola", "CONSIGLIERE", "NO"),
        ("NIGRO Francesco", "CONSIGLIERE", "SI"), ("CIRACI' Eleonora", "CONSIGLIERE", "SI"),
        ("SPAGNULO Walter", "CONSIGLIERE", "SI"), ("D'AMICO Loredana", "CONSIGLIERE", "SI"),
        ("ZACCARIA Giovanni", "CONSIGLIERE", "NO")]
L += roll_down(roll)
L += [" " + "-" * 78, " PRESENTI N. 13" + " " * 27 + "ASSENTI N.  4", ""]
L += wrap("PRESIEDE IL PRESIDENTE DEL CONSIGLIO COMUNALE SIG. COSIMO ANCORA, IL QUALE, CONSTATATO IL "
          "NUMERO LEGALE, DICHIARA APERTA LA SEDUTA E PONE IN DISCUSSIONE IL PUNTO 2 DELL'ORDINE DEL "
          "GIORNO.", indent=1)
L += wrap("PARTECIPA IL SEGRETARIO COMUNALE DOTT.SSA LUCIA TAGLIENTE, INCARICATO DELLA REDAZIONE "
          "DEL VERBALE.", indent=1)
L += ["", centre("IL CONSIGLIO COMUNALE"), ""]
for t in [
    "Premesso che con deliberazione di Consiglio Comunale n. 61 del 21/12/2027 e' stato approvato il "
    "bilancio di previsione 2028/2030 e che con successivi atti sono state approvate le variazioni "
    "di bilancio e la salvaguardia degli equilibri;",
    "Visto l'art. 175, comma 3, del D.Lgs. n. 267/2000, secondo il quale le variazioni al bilancio "
    "possono essere deliberate non oltre il 30 novembre di ciascun anno;",
    "Viste le richieste dei Responsabili di Settore e le maggiori entrate accertate per contributi "
    "statali e regionali, nonche' le minori spese per utenze e interessi passivi, come riepilogate "
    "negli allegati A) e B);",
    "Visto il parere favorevole del Collegio dei Revisori dei conti, verbale n. 33 del 22/11/2028;",
    "Acquisiti i pareri favorevoli di regolarita' tecnica e contabile del Responsabile del Settore "
    "Economico Finanziario e Tributi, dott. Pietro Lenoci, ai sensi dell'art. 49 del D.Lgs. n. "
    "267/2000;",
]:
    L += wrap(t, indent=1) + [""]
L += wrap("CON VOTI ESPRESSI PER ALZATA DI MANO: PRESENTI N. 13, VOTANTI N. 13, FAVOREVOLI N. 9, "
          "CONTRARI N. 4 (NIGRO, CIRACI', SPAGNULO, D'AMICO)", indent=1)
L += ["", centre("D E L I B E R A"), ""]
for i, t in enumerate([
    "di approvare l'ultima variazione al bilancio di previsione 2028/2030, ai sensi dell'art. 175, "
    "comma 3, del D.Lgs. n. 267/2000, come risultante dagli allegati A) e B) al presente atto;",
    "di dare atto del permanere degli equilibri generali di bilancio e del rispetto dei vincoli di "
    "finanza pubblica, come da prospetto allegato C);",
    "di trasmettere il presente atto al Tesoriere comunale per gli adempimenti di competenza.",
], 1):
    L += wrap(t, indent=5, first=f" {i})") + [""]
L += wrap("SUCCESSIVAMENTE, CON SEPARATA VOTAZIONE (PRESENTI N. 13, FAVOREVOLI N. 9, CONTRARI N. 4), "
          "IL CONSIGLIO COMUNALE DICHIARA LA PRESENTE DELIBERAZIONE IMMEDIATAMENTE ESEGUIBILE AI "
          "SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. N. 267/2000.", indent=1)
L += ["", " LETTO, APPROVATO E SOTTOSCRITTO", "",
      "     IL PRESIDENTE DEL CONSIGLIO                  IL SEGRETARIO COMUNALE",
      "       F.TO SIG. COSIMO ANCORA                 F.TO DOTT.SSA LUCIA TAGLIENTE"]

head = lambda i, n: f"COMUNE DI SAN GIORGIO IONICO (TA)  DELIB. C.C. N. 52 DEL 28/11/2028  PAG. {i}/{n}"
pages = paginate(L, head, per_page=64, foot="J-SERFIN ATTI - STAMPA SU MODULO DEL 01/12/2028 - UTENTE SEGR01")

c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setCreator("J-Serfin Atti Amministrativi - stampa su modulo")
c.setTitle("Delibera C.C. n. 52/2028")


def put(col, row, s, font="Courier", size=10, dy=0.0):
    c.setFont(font, size)
    for i, ch in enumerate(s):
        if ch != " ":
            c.drawString(X0 + (col + i) * CW, Y0 - row * LH + dy, ch)


for pno, page in enumerate(pages):
    for r, line in enumerate(page):
        put(0, r, line)
    if pno == 0:
        frow = FORM_AT + 3  # head, rule and blank line come first
        for dr, col, val in FIELDS:
            put(col, frow + dr, val, "Courier-Bold", 10, dy=1.5)
    # protocol stamp, rotated up the right margin
    c.saveState()
    c.translate(W - 22, 250)
    c.rotate(90)
    c.setStrokeColorRGB(0.1, 0.2, 0.55)
    c.setFillColorRGB(0.1, 0.2, 0.55)
    c.rect(0, -4, 300, 16)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(6, 2, "COMUNE DI SAN GIORGIO IONICO - PROT. N. 24190 DEL 01/12/2028 - CAT. 1 CL. 6")
    c.restoreState()
    c.showPage()
c.save()
