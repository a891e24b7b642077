#!/usr/bin/env python3
"""Comune di Donnas - attestato di pubblicazione of Giunta deliberation n. 9/2028, fpdf2.

A pre-printed form whose blanks are runs of underscores, filled in by the
records software: the values are written over the underscores (the form is
drawn first, the values after it), in Courier as the module prints them.
"""
import sys
import fpdf
from fpdf import FPDF

out = sys.argv[1]
F = '/usr/share/fonts/truetype/liberation/'
pdf = FPDF('P', 'pt', 'A4')
pdf.set_auto_page_break(False)
pdf.add_font('sans', '', F + 'LiberationSans-Regular.ttf')
pdf.add_font('sans', 'B', F + 'LiberationSans-Bold.ttf')
pdf.add_font('sans', 'I', F + 'LiberationSans-Italic.ttf')
pdf.add_font('mono', '', F + 'LiberationMono-Regular.ttf')
pdf.set_title("Attestato di pubblicazione - G.C. n. 9 del 09/02/2028")
pdf.set_author("Comune di Donnas")
pdf.set_creator("PA Digitale - Albo pretorio")
pdf.set_producer("py-pdf/fpdf" + fpdf.__version__)
pdf.add_page()
H = 841.89
LM, RM = 62, 533


def T(x, y_from_top, s, font='sans', style='', size=10.5):
    pdf.set_font(font, style, size)
    pdf.text(x, y_from_top, s)


# letterhead (same as the Comune's acts)
pdf.set_draw_color(140, 20, 31); pdf.set_line_width(1.2)
pdf.polyline([(LM, 48), (LM + 34, 48), (LM + 34, 78), (LM + 30, 90), (LM + 17, 98), (LM + 4, 90), (LM, 78), (LM, 48)])
pdf.set_draw_color(0, 0, 0)
T(LM + 46, 62, "COMUNE DI DONNAS", style='B', size=16)
T(LM + 46, 76, "COMMUNE DE DONNAS", style='I', size=11)
T(LM + 46, 89, "Regione Autonoma Valle d'Aosta - Région Autonome Vallée d'Aoste", size=8.5)
pdf.set_line_width(0.6); pdf.line(LM, 104, RM, 104)

T(LM, 122, "Ufficio Segreteria - Albo pretorio", size=9)
pdf.set_font('sans', 'B', 14)
w = pdf.get_string_width("ATTESTATO DI PUBBLICAZIONE")
T((LM + RM - w) / 2, 160, "ATTESTATO DI PUBBLICAZIONE", style='B', size=14)
pdf.set_font('sans', 'I', 10)
w = pdf.get_string_width("ATTESTATION DE PUBLICATION")
T((LM + RM - w) / 2, 175, "ATTESTATION DE PUBLICATION", style='I', size=10)
pdf.set_font('sans', '', 8.5)
w = pdf.get_string_width("(art. 52-bis della legge regionale 7 dicembre 1998, n. 54)")
T((LM + RM - w) / 2, 189, "(art. 52-bis della legge regionale 7 dicembre 1998, n. 54)", size=8.5)

# --- the form: printed text and blanks of underscores ---
U = lambda n: "_" * n
form = [
    (LM, 230, "Il sottoscritto Segretario comunale, visti gli atti d'ufficio,"),
    (LM, 262, "A T T E S T A"),
    (LM, 294, "che la deliberazione della " + U(30) + " n. " + U(8) + " del " + U(14)),
    (LM, 316, "avente per oggetto:"),
    (LM, 340, U(84)),
    (LM, 362, U(84)),
    (LM, 384, U(84)),
    (LM, 414, "è stata pubblicata all'Albo pretorio on line del Comune dal " + U(14) + " al " + U(14)),
    (LM, 436, "per quindici giorni consecutivi, con il n. " + U(8) + " del registro delle pubblicazioni,"),
    (LM, 458, "e che contro di essa non sono pervenuti reclami od opposizioni."),
    (LM, 520, "Donnas, " + U(16)),
]
for x, y, s in form:
    if s == "A T T E S T A":
        pdf.set_font('sans', 'B', 11)
        T((LM + RM - pdf.get_string_width(s)) / 2, y, s, style='B', size=11)
    else:
        T(x, y, s)

T(300, 520, "IL SEGRETARIO COMUNALE", style='B', size=10)
T(300, 556, U(38))

# --- the values, written over the blanks afterwards ---
pdf.set_font('sans', '', 10.5)


def at(prefix):
    pdf.set_font('sans', '', 10.5)
    return LM + pdf.get_string_width(prefix)


line1 = "che la deliberazione della "
x_org = at(line1) + 6
x_num = at(line1 + U(30) + " n. ") + 14
x_dat = at(line1 + U(30) + " n. " + U(8) + " del ") + 6
V = lambda x, y, s: T(x, y - 2, s, font='mono', size=10)
V(x_org, 294, "Giunta comunale")
V(x_num, 294, "9")
V(x_dat, 294, "09/02/2028")
import textwrap
subj = ("Strada romana delle Gallie nel borgo di Donnas - lavori di manutenzione straordinaria del "
        "selciato e dei muri di sostegno. Approvazione del progetto di fattibilità tecnico-economica "
        "e richiesta di contributo regionale.")
# the module wraps the subject on the three blanks
assert len(textwrap.wrap(subj, 78)) == 3
for yy, piece in zip((340, 362, 384), textwrap.wrap(subj, 78)):
    V(LM + 4, yy, piece)
l3 = "è stata pubblicata all'Albo pretorio on line del Comune dal "
V(at(l3) + 8, 414, "10/02/2028")
V(at(l3 + U(14) + " al ") + 8, 414, "25/02/2028")
V(at("per quindici giorni consecutivi, con il n. ") + 14, 436, "87")
V(at("Donnas, ") + 10, 520, "26/02/2028")
V(316, 554, "dott.ssa Sara Brunod")
T(300, 570, "(firmato digitalmente)", style='I', size=7.5)

T(LM, 800, "Via Roma, 1 - 11020 Donnas (AO) - tel. 0125 807011 - protocollo@pec.comune.donnas.ao.it", size=7)
pdf.output(out)
