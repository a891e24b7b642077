#!/usr/bin/env python3
"""Comune di Nicolosi - avviso di deposito di atti presso la Casa Comunale.

fpdf2 with the core fonts (WinAnsi, not embedded): the heading is
letter-spaced with character spacing (Tc), the paragraphs are justified by
word spacing (Tw), the particulars of the deposited act stand in a ruled
two-column table.
"""
import sys
import fpdf
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "avviso-deposito-nicolosi-techdesign.pdf"
MAROON = (115, 20, 20)

pdf = FPDF(unit="pt", format="A4")
pdf.set_producer("PyFPDF/fpdf" + fpdf.__version__)
pdf.set_creator("Technical Design - Messi notificatori")
pdf.set_title("Avviso di deposito atti - art. 140 c.p.c.")
pdf.set_auto_page_break(False)
pdf.set_margins(62, 40, 52)
pdf.add_page()
W, H = pdf.w, pdf.h
ML, MR = 62, 52
TW = W - ML - MR

# ---- letterhead (house style) ----
pdf.set_draw_color(140, 25, 25)
pdf.set_fill_color(250, 237, 204)
pdf.set_line_width(1.4)
pdf.polygon([(ML, 40), (ML + 38, 40), (ML + 38, 66), (ML + 32, 80), (ML + 19, 88), (ML + 6, 80), (ML, 66)],
            style="DF")
pdf.set_fill_color(140, 25, 25)
pdf.polygon([(ML + 8, 72), (ML + 19, 50), (ML + 30, 72)], style="F")
pdf.set_text_color(*MAROON)
pdf.set_font("helvetica", "B", 16)
pdf.text(ML + 48, 58, "COMUNE DI NICOLOSI")
pdf.set_text_color(0, 0, 0)
pdf.set_font("helvetica", "I", 9.5)
pdf.text(ML + 48, 73, "Citt\u00e0 Metropolitana di Catania")
bx = W - MR - 196
pdf.set_draw_color(*MAROON)
pdf.set_line_width(0.8)
pdf.rect(bx, 44, 196, 38)
pdf.set_font("helvetica", "B", 9.5)
pdf.text(bx + 10, 60, "UFFICIO MESSI COMUNALI")
pdf.set_font("helvetica", "", 7.5)
pdf.text(bx + 10, 74, "tel. 095 7917030 - messi@comune.nicolosi.ct.it")
pdf.set_fill_color(*MAROON)
pdf.rect(ML, 96, TW, 2.2, style="F")
pdf.set_font("helvetica", "", 9.5)
pdf.text(ML, 118, "Prot. n. 11873")

# ---- heading, letter-spaced ----
pdf.set_font("times", "B", 16)
pdf.set_char_spacing(4)
t = "AVVISO DI DEPOSITO"
pdf.text((W - pdf.get_string_width(t)) / 2, 160, t)
pdf.set_char_spacing(0)
pdf.set_font("times", "B", 12)
t = "DI ATTI PRESSO LA CASA COMUNALE"
pdf.text((W - pdf.get_string_width(t)) / 2, 178, t)
pdf.set_font("times", "", 10)
t = "(art. 140 del Codice di procedura civile - art. 60 del D.P.R. 29 settembre 1973, n. 600)"
pdf.text((W - pdf.get_string_width(t)) / 2, 194, t)

pdf.set_font("times", "B", 11.5)
pdf.set_char_spacing(1.2)
t = "IL MESSO COMUNALE"
pdf.text((W - pdf.get_string_width(t)) / 2, 228, t)
pdf.set_char_spacing(0)

pdf.set_font("times", "", 11.5)
pdf.set_xy(ML, 240)
pdf.multi_cell(TW, 15.5,
               "a seguito dell'accesso eseguito in data 13/07/2026 presso l'indirizzo del destinatario sotto indicato, "
               "non avendo potuto eseguire la notifica per temporanea assenza del destinatario e per mancanza, "
               "inidoneit\u00e0 o rifiuto delle persone abilitate a ricevere l'atto,", align="J")
pdf.ln(4)
pdf.set_font("times", "B", 11.5)
pdf.set_char_spacing(2)
t = "AVVISA"
pdf.set_x((W - pdf.get_string_width(t)) / 2)
pdf.cell(pdf.get_string_width(t), 16, t)
pdf.set_char_spacing(0)
pdf.ln(20)
pdf.set_font("times", "", 11.5)
pdf.set_x(ML)
pdf.multi_cell(TW, 15.5,
               "che in data 14/07/2026 \u00e8 stato depositato presso la Casa Comunale di Nicolosi - Ufficio Messi "
               "Comunali, Piazza Vittorio Emanuele n. 37, l'atto di seguito indicato:", align="J")
pdf.ln(6)

rows = [("Atto depositato", "Avviso di accertamento esecutivo n. TYF0A2301457/2026"),
        ("Emesso da", "Agenzia delle Entrate - Direzione Provinciale di Catania"),
        ("Destinatario", "SCUDERI ORAZIO"),
        ("Ultimo indirizzo noto", "Via Etnea n. 214 - 95030 Nicolosi (CT)"),
        ("Registro cronologico", "n. 396/2026 del 13/07/2026"),
        ("Raccomandata A.R.", "n. 65128447355-7 spedita il 14/07/2026")]
pdf.set_draw_color(120, 120, 120)
pdf.set_line_width(0.5)
for k, v in rows:
    pdf.set_x(ML)
    pdf.set_font("helvetica", "", 9.5)
    pdf.set_fill_color(240, 232, 228)
    pdf.cell(150, 19, " " + k, border=1, fill=True)
    pdf.set_font("helvetica", "B", 9.5)
    pdf.cell(TW - 150, 19, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
pdf.set_font("times", "", 11.5)
for s in [
    "Il destinatario, o persona da lui delegata per iscritto, potr\u00e0 ritirare l'atto presso l'Ufficio Messi "
    "Comunali dal luned\u00ec al venerd\u00ec dalle ore 9:00 alle ore 12:00, e il gioved\u00ec anche dalle ore "
    "15:30 alle ore 17:30, munito di valido documento di riconoscimento.",
    "Del deposito \u00e8 stato dato avviso mediante affissione alla porta dell'abitazione del destinatario e "
    "mediante lettera raccomandata con avviso di ricevimento. La notificazione si ha per eseguita decorsi dieci "
    "giorni dalla data di spedizione della raccomandata ovvero dalla data del suo ritiro, se anteriore.",
    "Il presente avviso \u00e8 pubblicato all'Albo Pretorio on line del Comune per venti giorni consecutivi.",
]:
    pdf.set_x(ML)
    pdf.multi_cell(TW, 15.5, s, align="J")
    pdf.ln(4)

y = pdf.get_y() + 24
pdf.text(ML, y, "Nicolosi, l\u00ec 14/07/2026")
cx = W - MR - 120
for i, (s, st, sz) in enumerate([("IL MESSO COMUNALE", "B", 10.5), ("Carmelo Spampinato", "", 11),
                                 ("firmato digitalmente ai sensi del D.Lgs. 82/2005", "I", 7)]):
    pdf.set_font("times" if i < 2 else "helvetica", st, sz)
    pdf.text(cx - pdf.get_string_width(s) / 2, y + 15 * i, s)

# ---- footer (house style) ----
pdf.set_draw_color(80, 80, 80)
pdf.set_line_width(0.4)
pdf.line(ML, H - 44, W - MR, H - 44)
pdf.set_text_color(64, 64, 64)
pdf.set_font("helvetica", "", 7)
pdf.text(ML, H - 33, "Comune di Nicolosi - Piazza Vittorio Emanuele, 37 - 95030 Nicolosi (CT) - www.comune.nicolosi.ct.it")
s = "Prot. n. 11873 del 14/07/2026 - Pag. 1 di 1"
pdf.text(W - MR - pdf.get_string_width(s), H - 33, s)
pdf.output(out)
