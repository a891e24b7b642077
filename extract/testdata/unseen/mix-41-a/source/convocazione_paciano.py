"""Comune di Paciano - avviso di convocazione del Consiglio Comunale
(prot. 1187 of 12/03/2026) on a two-column letterhead (sidebar + body), in
Hypersic's letter style. The page content is drawn out of reading order:
signature first, agenda bottom-up, then title, sidebar, header last."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor
from rlutil import justified, wrap_words

out = sys.argv[1]
W, H = A4
F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SBX, SBW = 36, 120          # sidebar
MX = SBX + SBW + 22         # main column
MW = W - MX - 44
green = HexColor("#2f5d3a")
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Convocazione Consiglio Comunale 19/03/2026")
c.setCreator("Hypersic - Protocollo e Atti")

# 1. signature block (drawn first)
c.setFont(F, 10)
c.drawCentredString(MX + MW - 100, 178, "IL SINDACO")
c.setFont(FB, 10)
c.drawCentredString(MX + MW - 100, 164, "Dott. Riccardo Biagioli")
c.setFont(FI, 7.5)
c.drawCentredString(MX + MW - 100, 152, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)")

# 2. agenda, drawn from the last item upwards
odg = [
    "Comunicazioni del Sindaco.",
    "Approvazione dei verbali della seduta precedente del 27/01/2026.",
    "Ratifica della deliberazione della Giunta Comunale n. 14 del 19/02/2026 avente ad "
    "oggetto: \"Variazione d'urgenza al bilancio di previsione 2026-2028\".",
    "Approvazione del Regolamento comunale per la concessione in uso dei locali e delle "
    "attrezzature di proprietà comunale.",
    "Convenzione per la gestione associata del servizio di Segreteria comunale: rinnovo.",
    "Mozione del gruppo consiliare \"Paciano Futura\" sulla viabilità della S.P. 307.",
]
top_odg = 442
lead = 12.2
# precompute line positions top-down, then draw bottom-up
blocks = []
y = top_odg
for i, s in enumerate(odg, 1):
    lines = wrap_words(s, F, 10, MW - 22)
    blocks.append((i, y, lines))
    y -= lead * len(lines) + 4
after_odg = y
for i, yy, lines in reversed(blocks):
    for k in range(len(lines) - 1, -1, -1):
        c.setFont(F, 10)
        c.drawString(MX + 22, yy - k * lead, " ".join(lines[k]))
    c.drawString(MX + 4, yy, f"{i}.")

# 3. closing paragraph (below the agenda)
y = justified(c, MX, after_odg - 10, "Qualora nella prima convocazione non si raggiunga il numero "
              "legale, la seduta è fissata, in seconda convocazione, per venerdì 20 marzo 2026 alle "
              "ore 21:00, nello stesso luogo. La documentazione relativa agli argomenti iscritti è "
              "depositata presso l'Ufficio Segreteria e consultabile dai Consiglieri nell'orario "
              "d'ufficio.", F, 10, MW, leading=12.6)

# 4. opening paragraph and ODG heading
c.setFont(FB, 10.5)
c.drawCentredString(MX + MW / 2, top_odg + 20, "ORDINE DEL GIORNO")
justified(c, MX, 548, "Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e del vigente "
          "Regolamento per il funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare "
          "alla seduta del Consiglio Comunale, in sessione ordinaria e in seduta pubblica di prima "
          "convocazione, che si terrà presso la Sala consiliare del Palazzo comunale il giorno",
          F, 10, MW, leading=12.6)
c.setFont(FB, 11)
c.drawCentredString(MX + MW / 2, 488, "GIOVEDÌ 19 MARZO 2026 ALLE ORE 21:00")
c.setFont(F, 10)
c.drawString(MX, 474, "per la trattazione del seguente")

# 5. title
c.setFillColor(green)
c.setFont(FB, 13)
c.drawString(MX, 590, "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE")
c.setFillColorRGB(0, 0, 0)

# 6. addressees (right) and protocol (left) of the main column
c.setFont(F, 9.5)
for k, s in enumerate(["Ai Consiglieri comunali", "Al Revisore dei conti",
                       "Alla Prefettura - U.T.G. di Perugia", "Al Comando Stazione Carabinieri",
                       "All'Albo pretorio on line"]):
    c.drawString(MX + MW - 170, 690 - k * 12.5, s)
c.drawString(MX, 690, "Prot. n. 1187")
c.drawString(MX, 677, "Paciano, 12 marzo 2026")

# 7. sidebar
c.setFillColor(HexColor("#eef3ee"))
c.rect(SBX, 60, SBW, H - 190, stroke=0, fill=1)
c.setFillColor(green)
side = [
    (FB, 8.5, "Ufficio Segreteria"),
    (F, 8, "e Affari Generali"), (F, 8, ""),
    (F, 7.5, "Piazza della Repubblica, 3"), (F, 7.5, "06060 Paciano (PG)"), (F, 7.5, ""),
    (FB, 7.5, "Orario al pubblico"), (F, 7.5, "lun-ven 9:00-12:30"), (F, 7.5, "gio 15:30-17:30"),
    (F, 7.5, ""),
    (FB, 7.5, "Responsabile"), (F, 7.5, "Dott.ssa Lucia Fabbri"), (F, 7.5, ""),
    (FB, 7.5, "Referente"), (F, 7.5, "Sig.ra Monica Rossi"),
]
y = H - 150
for f, s, t in side:
    c.setFont(f, s)
    c.drawString(SBX + 8, y, t)
    y -= 11
c.setFillColorRGB(0, 0, 0)

# 8. header, drawn last
c.setStrokeColor(green)
c.setLineWidth(1.2)
c.line(SBX, H - 118, W - 44, H - 118)
c.circle(SBX + 26, H - 78, 24, stroke=1, fill=0)
c.setFont(FI, 6)
c.drawCentredString(SBX + 26, H - 80, "stemma")
c.setFillColor(green)
c.setFont(FB, 18)
c.drawString(SBX + 62, H - 74, "COMUNE DI PACIANO")
c.setFont(F, 10)
c.drawString(SBX + 62, H - 90, "Provincia di Perugia")
c.setFillColorRGB(0, 0, 0)
c.setFont(F, 7)
c.drawCentredString(W / 2, 36, "Comune di Paciano - Documento informatico sottoscritto con firma digitale")
c.showPage()
c.save()
