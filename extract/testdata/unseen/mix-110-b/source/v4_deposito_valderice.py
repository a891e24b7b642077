#!/usr/bin/env python3
"""Valderice, house style "datagraph": the messo's avviso di deposito, a printed
form of labels and underscore blanks (fpdf2, Helvetica) filled afterwards by
the program in Courier over the blanks. The form is drawn first, the filled
values last, slightly above the underscores."""
import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.set_creator("Datagraph - Notifiche")
pdf.set_title("Avviso di deposito - art. 60 DPR 600/1973")
pdf.add_page()
LM, RM = 20, 190
fills = []   # (x, y, text)


def line(y, parts, size=10.5, style=""):
    """parts: str (label) or (width_mm, value) for a blank of underscores."""
    x = LM
    pdf.set_font("Helvetica", style, size)
    for p in parts:
        if isinstance(p, str):
            pdf.text(x, y, p)
            x += pdf.get_string_width(p)
        else:
            w, val = p
            us = "_" * max(1, int(w / pdf.get_string_width("_")))
            pdf.text(x, y, us)
            if val:
                fills.append((x + 1.5, y - 0.9, val))
            x += pdf.get_string_width(us)
    return x


def centre(y, text, size, style=""):
    pdf.set_font("Helvetica", style, size)
    pdf.text((210 - pdf.get_string_width(text)) / 2, y, text)


def box(x, y, checked):
    pdf.rect(x, y - 3.2, 3.6, 3.6)
    if checked:
        fills.append((x + 0.6, y - 0.2, "X"))


# ---- the printed form
centre(20, "COMUNE DI VALDERICE", 15, "B")
centre(26, "Libero Consorzio Comunale di Trapani", 10, "I")
centre(32, "UFFICIO MESSI NOTIFICATORI", 10.5, "B")
pdf.set_line_width(0.4)
pdf.line(LM, 35, RM, 35)
pdf.set_line_width(0.2)
pdf.set_font("Helvetica", "", 10)
x = 108
for p in ["Prot. n. ", (20, "22390"), " del ", (24, "23/10/2026")]:
    if isinstance(p, str):
        pdf.text(x, 44, p); x += pdf.get_string_width(p)
    else:
        us = "_" * int(p[0] / pdf.get_string_width("_"))
        pdf.text(x, 44, us); fills.append((x + 1.5, 43.1, p[1])); x += pdf.get_string_width(us)

centre(58, "AVVISO DI DEPOSITO DI ATTO PRESSO LA CASA COMUNALE", 13, "B")
centre(64, "(art. 60, comma 1, lett. e), del D.P.R. 29 settembre 1973, n. 600)", 9.5)

y = 78
line(y, ["Il sottoscritto ", (62, "Salvatore Grammatico"), ", Messo Notificatore del Comune di Valderice,"])
y += 10
centre(y, "AVVISA", 11, "B")
y += 10
line(y, ["che non è stato possibile eseguire la notificazione dell'atto sotto indicato nei confronti di:"])
y += 9
line(y, ["Cognome e nome ", (110, "INGRASSIA GIOVANNI")])
y += 8
line(y, ["nato/a a ", (70, "Erice (TP)"), " il ", (34, "14/03/1979")])
y += 8
line(y, ["ultimo indirizzo conosciuto: ", (106, "Valderice, Via San Giuseppe n. 27")])
y += 10
line(y, ["per il seguente motivo:"])
y += 7
box(LM + 2, y, False); line(y, ["          irreperibilità relativa (art. 140 c.p.c.)"])
y += 6.5
box(LM + 2, y, True); line(y, ["          nel Comune non vi è abitazione, ufficio o azienda del destinatario (irreperibilità assoluta)"])
y += 6.5
box(LM + 2, y, False); line(y, ["          rifiuto delle persone abilitate a ricevere l'atto"])
y += 10
line(y, ["e che l'atto è stato depositato in data ", (30, "22/10/2026"), " presso la Casa Comunale di Valderice,"])
y += 6.5
line(y, ["Ufficio Messi Notificatori, Piazza Municipio n. 1."])
y += 10
line(y, ["ESTREMI DELL'ATTO DEPOSITATO"], 10.5, "B")
y += 8
line(y, ["tipo di atto: ", (146, "Avviso di accertamento esecutivo IMU - anno d'imposta 2021")])
y += 8
line(y, ["numero: ", (36, "412/2026"), "  emesso da: ", (96, "Comune di Valderice - Servizio Tributi")])
y += 8
line(y, ["notifica richiesta con nota prot. n. ", (26, "21554"), " del ", (28, "09/10/2026")])
y += 12

pdf.set_font("Helvetica", "", 10.5)
pdf.set_xy(LM, y - 4)
pdf.multi_cell(RM - LM, 5.6,
               "Ai sensi dell'art. 60, comma 1, lett. e), del D.P.R. 600/1973, la notificazione si ha per "
               "eseguita nell'ottavo giorno successivo a quello di affissione del presente avviso all'Albo "
               "Pretorio on line del Comune. Il destinatario, o persona da questi delegata munita di documento "
               "di riconoscimento, può ritirare copia dell'atto presso l'Ufficio Messi Notificatori dal lunedì "
               "al venerdì dalle ore 9:00 alle ore 12:00 e il giovedì anche dalle ore 15:30 alle ore 17:30.",
               align="J")
y = pdf.get_y() + 12
line(y, ["Valderice, lì ", (34, "23/10/2026")])
pdf.set_font("Helvetica", "B", 10.5)
pdf.text(128, y, "IL MESSO COMUNALE")
y += 14
pdf.set_font("Helvetica", "", 10.5)
us = "_" * int(58 / pdf.get_string_width("_"))
pdf.text(118, y, us)
fills.append((124, y - 0.9, "Salvatore Grammatico"))

pdf.set_line_width(0.2)
pdf.line(LM, 280, RM, 280)
pdf.set_font("Helvetica", "", 7.5)
t = "Modello DG/MS-60 rev. 03 - Comune di Valderice - Piazza Municipio, 1 - 91019 Valderice (TP) - tel. 0923 892111"
pdf.text((210 - pdf.get_string_width(t)) / 2, 284, t)

# ---- the values the program fills in, drawn after the whole form
pdf.set_font("Courier", "", 10.5)
for fx, fy, v in fills:
    pdf.text(fx, fy, v)

pdf.output(out)
