"""Comune di Bardonecchia - determinazione of the Area Economico Finanziaria,
Servizio Tributi, reg. gen. n. 112 / area n. 27 of 10/03/2026, laid out as
Halley's determina print. Text layer: body justified with Tw, headings
letter-spaced with Tc, the subject and register box placed glyph by glyph."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from rlutil import justified, spaced, glyphs, glyph_paragraph

out = sys.argv[1]
W, H = A4
LM, RM = 56, W - 50
TW = RM - LM
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Determinazione n. 112 del 10/03/2026")
c.setAuthor("Comune di Bardonecchia")
c.setCreator("Halley Informatica - Atti Amministrativi")

F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
npages = 2


def foot(pg):
    c.setFont(F, 7)
    c.drawString(LM, 30, "Determinazione n. 112 del 10/03/2026 - Comune di Bardonecchia")
    c.drawRightString(RM, 30, f"Pag. {pg} di {npages}")
    c.line(LM, 40, RM, 40)


# ---- page 1 ----
# coat of arms placeholder + heading
c.rect(LM, H - 110, 50, 62)
c.setFont(FI, 6)
c.drawCentredString(LM + 25, H - 82, "stemma")
spaced(c, LM + 64, H - 66, "COMUNE DI BARDONECCHIA", FB, 16, 1.2)
c.setFont(F, 9)
c.drawString(LM + 64, H - 80, "CITTÀ METROPOLITANA DI TORINO")
c.setFont(F, 7.5)
c.drawString(LM + 64, H - 92, "Piazza De Gasperi, 1 - 10052 Bardonecchia (TO)")
c.line(LM, H - 118, RM, H - 118)

# area / servizio box
y = H - 150
c.setLineWidth(0.8)
c.rect(LM, y - 24, TW, 44)
spaced(c, LM, y + 4, "AREA ECONOMICO FINANZIARIA", FB, 12, 0.8, center_width=TW)
c.setFont(F, 10)
c.drawCentredString(LM + TW / 2, y - 14, "Servizio Tributi")

# determina title
y -= 52
c.setFont(FB, 12)
c.drawCentredString(LM + TW / 2, y, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO")

# register grid, glyph by glyph
y -= 30
colw = TW / 4
c.setLineWidth(0.5)
for r in range(2):
    for k in range(4):
        c.rect(LM + k * colw, y - r * 20 - 6, colw, 20)
# lay the two rows: row 1 labels, row 2 values
labels = ["N. Area", "Data", "Reg. Generale N.", "Data"]
values = ["27", "10/03/2026", "112", "10/03/2026"]
c.setFillGray(0.92)
for k in range(4):
    c.rect(LM + k * colw, y - 6, colw, 20, fill=1, stroke=1)
c.setFillGray(0)
for k in range(4):
    glyphs(c, LM + k * colw + 6, y, labels[k], FB, 8.5)
    glyphs(c, LM + k * colw + 6, y - 20, values[k], F, 10)

# subject, glyph by glyph
y -= 56
glyphs(c, LM, y, "OGGETTO:", FB, 10)
subj = ("SERVIZIO DI SUPPORTO ALLA RISCOSSIONE COATTIVA DELLE ENTRATE TRIBUTARIE "
        "COMUNALI - PROROGA TECNICA AI SENSI DELL'ART. 120, COMMA 11, DEL D.LGS. 36/2023 "
        "E IMPEGNO DI SPESA. CIG B5E7A20F13")
y = glyph_paragraph(c, LM + 62, y, subj, FB, 10, TW - 62, leading=13)
c.line(LM, y + 4, RM, y + 4)

y -= 18
spaced(c, LM, y, "IL RESPONSABILE DEL SERVIZIO", FB, 10.5, 1.5, center_width=TW)
y -= 22
body = [
    "Premesso che con propria determinazione n. 241 del 28/11/2023 (Reg. Gen.) è stato affidato "
    "alla ditta Tributi Alpi S.r.l. di Susa il servizio di supporto alla riscossione coattiva delle "
    "entrate tributarie comunali (IMU, TARI e canone unico patrimoniale) per il periodo "
    "01/01/2024 - 31/12/2025;",
    "Dato atto che la nuova procedura di affidamento, avviata con determinazione n. 63 del "
    "12/02/2026 (Reg. Gen.), è in corso di svolgimento sulla piattaforma di approvvigionamento "
    "digitale certificata e che la sua conclusione è prevista entro il mese di giugno 2026;",
    "Considerato che l'interruzione del servizio comporterebbe la decadenza di atti esecutivi "
    "già notificati e un grave pregiudizio per le entrate dell'Ente;",
    "Visto l'art. 120, comma 11, del D.Lgs. 31 marzo 2023, n. 36, che consente la proroga tecnica "
    "del contratto in corso nelle more della conclusione delle procedure necessarie "
    "all'individuazione del nuovo contraente;",
    "Acquisita la disponibilità della ditta alla prosecuzione del servizio agli stessi patti e "
    "condizioni, con nota prot. n. 3318 del 04/03/2026;",
    "Visti il D.Lgs. 18 agosto 2000, n. 267, il vigente Regolamento di contabilità e il decreto "
    "sindacale n. 2 del 08/01/2026 di attribuzione delle funzioni di Responsabile del Servizio;",
]
for p in body:
    y = justified(c, LM, y, p, F, 10, TW, leading=12.6, first_indent=18)
    y -= 4
foot(1)
c.showPage()

# ---- page 2 ----
y = H - 60
c.setFont(FI, 7.5)
c.drawString(LM, y, "Comune di Bardonecchia - Area Economico Finanziaria - Servizio Tributi")
c.drawRightString(RM, y, "Determinazione n. 112 del 10/03/2026")
c.line(LM, y - 5, RM, y - 5)
y -= 30
spaced(c, LM, y, "DETERMINA", FB, 11, 6, center_width=TW)
y -= 24
pts = [
    "di prorogare, ai sensi dell'art. 120, comma 11, del D.Lgs. 36/2023, il servizio di "
    "supporto alla riscossione coattiva delle entrate tributarie comunali affidato alla ditta "
    "Tributi Alpi S.r.l., agli stessi patti e condizioni, fino al 30/06/2026;",
    "di impegnare a favore della ditta la somma di € 14.640,00 IVA compresa, al capitolo "
    "1043/3 \"Spese per il servizio di riscossione coattiva\" del bilancio 2026-2028, "
    "esercizio 2026;",
    "di dare atto che il CIG della proroga è B5E7A20F13 e che la ditta ha assunto gli obblighi di "
    "tracciabilità dei flussi finanziari di cui alla L. 136/2010;",
    "di attestare la regolarità e la correttezza dell'azione amministrativa ai sensi "
    "dell'art. 147-bis del D.Lgs. 267/2000;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione "
    "Amministrazione Trasparente.",
]
for i, p in enumerate(pts, 1):
    c.setFont(F, 10)
    c.drawString(LM, y, f"{i})")
    y = justified(c, LM + 20, y, p, F, 10, TW - 20, leading=12.6)
    y -= 5

y -= 14
c.setFont(F, 10)
c.drawString(LM, y, "Bardonecchia, 10/03/2026")
c.drawCentredString(RM - 110, y, "IL RESPONSABILE DEL SERVIZIO")
c.setFont(FB, 10)
c.drawCentredString(RM - 110, y - 14, "F.to Dott.ssa Elisa Perron")

y -= 50
c.rect(LM, y - 70, TW, 78)
spaced(c, LM, y - 8, "VISTO DI REGOLARITÀ CONTABILE", FB, 9.5, 1.0, center_width=TW)
y2 = justified(c, LM + 8, y - 24, "Si appone il visto di regolarità contabile attestante la "
               "copertura finanziaria della spesa, ai sensi dell'art. 183, comma 7, del "
               "D.Lgs. 267/2000. Impegno n. 318/2026 - Capitolo 1043/3.", F, 9, TW - 16, leading=11)
c.setFont(F, 9)
c.drawString(LM + 8, y - 62, "Bardonecchia, 11/03/2026")
c.drawRightString(RM - 8, y - 62, "IL RESPONSABILE DEL SERVIZIO FINANZIARIO  F.to Rag. Marco Bellet")

y -= 100
c.rect(LM, y - 50, TW, 58)
spaced(c, LM, y - 8, "PUBBLICAZIONE", FB, 9.5, 2.0, center_width=TW)
justified(c, LM + 8, y - 24, "La presente determinazione viene pubblicata all'Albo Pretorio on line "
          "del Comune per 15 giorni consecutivi dal 13/03/2026 al 28/03/2026 (N. Reg. Pubbl. 301).",
          F, 9, TW - 16, leading=11)
foot(2)
c.showPage()
c.save()
