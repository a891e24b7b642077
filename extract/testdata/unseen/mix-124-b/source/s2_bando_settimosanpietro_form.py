#!/usr/bin/env python3
"""Settimo San Pietro, house style "sipal": numbered bando printed on the
office's pre-set module (modello B/03) and filled over its blanks: the
module's text and its runs of underscores are drawn first, the values typed
afterwards in Courier over the underscores, as a filled and flattened form
comes out. ReportLab canvas."""
import sys
from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

out = sys.argv[1]
W, H = A4
LM, RM = 62, W - 56
c = canvas.Canvas(out, pagesize=A4)
c.setCreator("SIPAL Modulistica - compilazione moduli")
c.setTitle("Bando n. 6/2027")
fills = []  # (x, y, text, size) typed after the module


def t(x, y, s, f="Times-Roman", size=11, color=black):
    c.setFillColor(color)
    c.setFont(f, size)
    c.drawString(x, y, s)


def line_with_blanks(y, parts, size=11, f="Times-Roman"):
    """parts: strings, or (n_underscores, value) blanks filled later."""
    x = LM
    for p in parts:
        if isinstance(p, tuple):
            n, val = p
            u = "_" * n
            t(x, y, u, f, size)
            if val:
                fills.append((x + 4, y + 1.5, val, size - 1))
            x += stringWidth(u, f, size)
        else:
            t(x, y, p, f, size)
            x += stringWidth(p, f, size)
    return x


# --- module: letterhead (house style) ---
t(LM, H - 66, "COMUNE DI SETTIMO SAN PIETRO", "Times-Bold", 17)
t(LM, H - 82, "Città Metropolitana di Cagliari", "Times-Italic", 11)
for j, (s, f, size) in enumerate((("AREA TECNICA", "Helvetica-Bold", 9),
                                  ("Servizio Patrimonio e Servizi Cimiteriali", "Helvetica", 8),
                                  ("tel. 070 7691230 – patrimonio@comune.settimosanpietro.ca.it", "Helvetica", 7.5))):
    t(RM - stringWidth(s, f, size), H - 58 - j * 11, s, f, size)
c.setStrokeColor(HexColor("#8c1f1f")); c.setLineWidth(2); c.line(LM, H - 100, RM, H - 100)
c.setStrokeColor(HexColor("#334d8c")); c.setLineWidth(0.6); c.line(LM, H - 104, RM, H - 104)
t(RM - stringWidth("Mod. B/03 – rev. 2024", "Helvetica", 7), H - 113, "Mod. B/03 – rev. 2024",
  "Helvetica", 7, HexColor("#666666"))

# grey band: number and date are blanks of the module
c.setFillColor(HexColor("#e0e0e0")); c.rect(LM, H - 146, RM - LM, 20, stroke=0, fill=1)
x = LM + 8
t(x, H - 139.5, "BANDO N. ", "Helvetica-Bold", 10.5)
x += stringWidth("BANDO N. ", "Helvetica-Bold", 10.5)
t(x, H - 139.5, "______", "Helvetica-Bold", 10.5)
fills.append((x + 6, H - 138, "6", 10.5))
x += stringWidth("______", "Helvetica-Bold", 10.5)
t(x, H - 139.5, " DEL ", "Helvetica-Bold", 10.5)
x += stringWidth(" DEL ", "Helvetica-Bold", 10.5)
t(x, H - 139.5, "________________", "Helvetica-Bold", 10.5)
fills.append((x + 6, H - 138, "10/12/2027", 10.5))
t(RM - 8 - stringWidth("Registro generale degli avvisi", "Times-Italic", 9), H - 139.5,
  "Registro generale degli avvisi", "Times-Italic", 9)

# Oggetto box (ruled lines, value typed in it)
y = H - 176
t(LM, y, "OGGETTO:", "Helvetica-Bold", 10.5)
c.setStrokeColor(HexColor("#999999")); c.setLineWidth(0.4)
for k in range(3):
    c.line(LM + 70, y - 3 - k * 15, RM, y - 3 - k * 15)
subject = ["BANDO PUBBLICO PER L'ASSEGNAZIONE IN CONCESSIONE NOVANTANOVENNALE DI N. 12",
           "AREE CIMITERIALI PER LA COSTRUZIONE DI TOMBE DI FAMIGLIA NEL CIMITERO",
           "COMUNALE DI VIA SAN SALVATORE – LOTTO 3."]
for k, s in enumerate(subject):
    fills.append((LM + 72, y - 1.5 - k * 15, s, 8.6))

y = H - 240
t((W - stringWidth("IL RESPONSABILE DEL SERVIZIO", "Times-Bold", 11)) / 2, y,
  "IL RESPONSABILE DEL SERVIZIO", "Times-Bold", 11)
y -= 22
L = 17
line_with_blanks(y, ["in esecuzione della determinazione n. ", (8, "211"), " del ", (16, "09/12/2027"),
                     " (R.G. n. ", (8, "881"), "), con la"]); y -= L
line_with_blanks(y, ["quale è stato approvato lo schema del presente bando e il relativo modulo di domanda,"]); y -= L + 4
t((W - stringWidth("RENDE NOTO", "Times-Bold", 11)) / 2, y, "RENDE NOTO", "Times-Bold", 11); y -= L + 4
line_with_blanks(y, ["che è indetto bando pubblico per l'assegnazione in concessione di n. ", (6, "12"),
                     " aree cimiteriali"]); y -= L
line_with_blanks(y, ["nel cimitero comunale di ", (34, "via San Salvatore – lotto 3"),
                     ", aventi superficie di mq ", (7, "7,50")]); y -= L
line_with_blanks(y, ["ciascuna, per la costruzione di tombe di famiglia, al prezzo di euro ", (14, "9.850,00"),
                     " per area,"]); y -= L
line_with_blanks(y, ["oltre alle spese contrattuali. La durata della concessione è di anni ", (6, "99"),
                     " dalla stipula."]); y -= L + 8

t(LM, y, "REQUISITI E CRITERI DI PRIORITÀ", "Helvetica-Bold", 9.5); y -= L
for s in ("Possono presentare domanda le persone fisiche maggiorenni residenti nel Comune di Settimo San",
          "Pietro, o che vi siano state residenti per almeno dieci anni, che non siano già titolari di",
          "concessione di area o di tomba di famiglia nei cimiteri comunali. In caso di domande in numero",
          "superiore alle aree disponibili la priorità è attribuita, nell'ordine: a chi abbia congiunti di",
          "primo grado tumulati in loculi comunali in scadenza; all'età anagrafica del richiedente; all'ordine",
          "cronologico di arrivo al protocollo."):
    t(LM, y, s); y -= 14
y -= 8
t(LM, y, "TERMINI E MODALITÀ DI PRESENTAZIONE", "Helvetica-Bold", 9.5); y -= L
line_with_blanks(y, ["Le domande, redatte sul modulo ", (10, "B/03-a"), ", devono pervenire entro le ore ",
                     (7, "12:00"), " del"]); y -= L
line_with_blanks(y, [(18, "28/01/2028"), " all'Ufficio Protocollo o a mezzo posta elettronica certificata,"]); y -= L
line_with_blanks(y, ["corredate della ricevuta del versamento del deposito cauzionale di euro ", (12, "985,00"),
                     "."]); y -= L
for s in ("L'assegnazione è disposta con determinazione del Responsabile del Servizio sulla base della",
          "graduatoria, pubblicata all'Albo Pretorio on line per quindici giorni consecutivi. Il progetto",
          "della tomba deve essere presentato entro dodici mesi dalla stipula dell'atto di concessione."):
    t(LM, y, s); y -= 14
y -= 6
line_with_blanks(y, ["Responsabile del procedimento: ", (40, "geom. Roberto Melis"), "  tel. ",
                     (16, "070 7691231")]); y -= L + 14

line_with_blanks(y, ["Settimo San Pietro, ", (20, "10/12/2027")])
y -= 10
xs = RM - 170
t(xs + (170 - stringWidth("Il Responsabile del Servizio", "Times-Roman", 11)) / 2, y,
  "Il Responsabile del Servizio")
y -= 20
t(xs, y, "_" * 34)
fills.append((xs + 22, y + 1.5, "ing. Stefano Pisu", 10))
t(xs + 30, y - 12, "(firmato digitalmente)", "Times-Italic", 8.5)

# footer of the module
c.setStrokeColor(HexColor("#4d4d80")); c.setLineWidth(0.4); c.line(LM, 62, RM, 62)
t(LM, 50, "Comune di Settimo San Pietro – Piazza Municipio n. 1 – 09060 Settimo San Pietro (CA) – "
  "centralino 070 76911 – protocollo@pec.comune.settimosanpietro.ca.it", "Helvetica", 7, HexColor("#4d4d4d"))

# --- the values, typed last over the blanks ---
for x, y, s, size in fills:
    t(x, y, s, "Courier-Bold", size, HexColor("#10205a"))
c.showPage()
c.save()
