#!/usr/bin/env python3
"""Comune di Chiaravalle Centrale - convocation of the Consiglio, prot. 2874.

The Segreteria's printed model of the convocation, the blanks of
underscores filled by the procedure in Courier over the lines (the fill is
drawn after the form, a little above the underscores, so the text layer
mixes both). fpdf2, core fonts. House style "Asmenet": centred letterhead
and rule, F.to signature.
"""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "convocazione-chiaravallecentrale-asmenet.pdf"

pdf = FPDF(format="A4", unit="mm")
pdf.set_margins(22, 18, 22)
pdf.set_auto_page_break(False)
pdf.set_title("Convocazione Consiglio Comunale 18/03/2027")
pdf.set_author("Comune di Chiaravalle Centrale - Segreteria")
pdf.set_producer("fpdf2 2.8.9")
pdf.set_creator("Asmenet - Modulistica Segreteria")
pdf.add_page()
L, R = 22, 188

fills = []  # drawn after the whole form, as the merge step does


def form_line(y, parts, size=11):
    """parts: str (printed) or (width_mm, fill) for a blank of underscores."""
    x = L
    for p in parts:
        if isinstance(p, str):
            pdf.set_font("Times", "", size)
            pdf.text(x, y, p)
            x += pdf.get_string_width(p)
        else:
            w, val = p
            pdf.set_font("Times", "", size)
            n = max(3, int(w / pdf.get_string_width("_")))
            pdf.text(x, y, "_" * n)
            fills.append((x + 1.5, y - 0.6, val))
            x += pdf.get_string_width("_" * n)
    return x


def centre(y, s, style="", size=11, font="Times"):
    pdf.set_font(font, style, size)
    pdf.text((210 - pdf.get_string_width(s)) / 2, y, s)


# letterhead
centre(24, "COMUNE DI CHIARAVALLE CENTRALE", "B", 16)
centre(30, "(Provincia di Catanzaro)", "", 11)
centre(34.5, "Piazza Giuseppe Garibaldi - 88064 Chiaravalle Centrale (CZ) - Tel. 0967 91061", "", 7.5)
pdf.set_line_width(0.3)
pdf.line(L, 37, R, 37)
centre(42, "UFFICIO DI PRESIDENZA DEL CONSIGLIO COMUNALE", "B", 9, "Helvetica")

form_line(52, ["Prot. n. ", (25, "2874"), "  del ", (30, "11/03/2027")])
pdf.set_font("Times", "", 10.5)
y = 52
for s in ("Ai Sigg. Consiglieri Comunali", "Al Sindaco", "e, p.c.    Al Sig. Prefetto di Catanzaro",
          "Al Segretario Comunale", "Al Comandante della Stazione Carabinieri", "LORO SEDI"):
    pdf.text(118 if not s.startswith("e, p.c.") else 103.6, y, s)
    y += 5

pdf.set_font("Times", "B", 11)
pdf.text(L, 90, "OGGETTO:")
pdf.text(L + 23, 90, "Convocazione del Consiglio Comunale in sessione ordinaria - seduta del 18 marzo 2027.")

centre(102, "IL PRESIDENTE DEL CONSIGLIO COMUNALE", "B", 11.5)
pdf.set_font("Times", "", 11)
pdf.set_xy(L, 106)
pdf.multi_cell(R - L, 5.4, "Visti l'art. 39 del D.Lgs. 18 agosto 2000, n. 267, e il vigente Regolamento per il "
               "funzionamento del Consiglio Comunale; sentita la Conferenza dei Capigruppo nella riunione del "
               "09/03/2027;", align="J")
centre(128, "C O N V O C A", "B", 12)
yy = 138
step = 7.2
form_line(yy, ["il Consiglio Comunale in sessione ", (38, "ORDINARIA"), ", in seduta ", (30, "PUBBLICA"), ","])
yy += step
form_line(yy, ["di ", (30, "PRIMA"), " convocazione, per il giorno ", (52, "giovedì 18 marzo 2027")])
yy += step
form_line(yy, ["alle ore ", (20, "17:30"), " presso ", (80, "la Sala Consiliare del Municipio"), ","])
yy += step
form_line(yy, ["ed occorrendo in seconda convocazione per il giorno ", (55, "venerdì 19 marzo 2027")])
yy += step
form_line(yy, ["alle ore ", (20, "17:30"), ", per la trattazione del seguente"])
centre(yy + 11, "ORDINE DEL GIORNO", "B", 11.5)
yy += 20
odg = ["Lettura e approvazione dei verbali della seduta precedente.",
       "Comunicazioni del Sindaco e del Presidente del Consiglio.",
       "Approvazione del Documento Unico di Programmazione (DUP) 2027-2029.",
       "Approvazione del bilancio di previsione finanziario 2027-2029.",
       "Regolamento per l'uso delle sale e degli impianti sportivi comunali.",
       "Interrogazione del gruppo consiliare \"Chiaravalle Futura\" su via Roma."]
for i, s in enumerate(odg, 1):
    form_line(yy, ["%d." % i, "  ", (158, s)])
    yy += step
form_line(yy, ["%d." % (len(odg) + 1), "  ", (158, "")])
yy += step + 3
pdf.set_font("Times", "", 10.5)
pdf.set_xy(L, yy - 4)
pdf.multi_cell(R - L, 5, "Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso "
               "l'Ufficio di Segreteria e sono consultabili dai Consiglieri, negli orari d'ufficio, a partire "
               "dal terzo giorno antecedente la seduta. La seduta sarà trasmessa in diretta sul canale "
               "istituzionale del Comune.", align="J")
yy += 21
form_line(yy, ["Chiaravalle Centrale, lì ", (35, "11/03/2027")])
pdf.set_font("Times", "B", 11)
pdf.text(112, yy + 8, "IL PRESIDENTE DEL CONSIGLIO COMUNALE")
pdf.set_font("Times", "", 11)
x0 = 118
pdf.text(x0, yy + 19, "_" * 28)
fills.append((x0 + 4, yy + 18.4, "F.to sig. Giuseppe Talarico"))

# the merge: values in Courier over the blanks
pdf.set_font("Courier", "B", 11)
for x, y, v in fills:
    if v:
        pdf.text(x, y, v)

pdf.set_font("Helvetica", "", 7)
pdf.text(L, 287, "Mod. SEG/07 - Avviso di convocazione del Consiglio Comunale - rev. 2019")
pdf.output(OUT)
