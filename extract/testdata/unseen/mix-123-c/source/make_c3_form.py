# -*- coding: utf-8 -*-
"""C3: Carosino minute n. 95 on the package's pre-printed form: the
frontispiece's labels and blanks of underscores in Helvetica, the values
typed over the blanks in Courier (a form-filling print, as old Halley-like
installations do), the vote counts in a small ruled grid of blanks, the
body typed below. Printed by fpdf2 with core fonts."""
import datetime
import sys
import textwrap

import fpdf
from fpdf import FPDF

import carosino_text as ct
from content import C3, CAROSINO

LM = 18.0
U = "_"


class Form(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 7)
        self.cell(0, 4, "Mod. DG/01 - Deliberazione della Giunta Comunale - pag. %d" %
                  self.page_no(), align="R")


def blank(pdf, x, y, label, width_chars, value, label_font=("Helvetica", "", 10),
          val_dx=1.0):
    """Print `label` then a blank of underscores; type `value` over the blank."""
    pdf.set_font(*label_font)
    pdf.text(x, y, label)
    bx = x + pdf.get_string_width(label) + 1.0
    pdf.text(bx, y, U * width_chars)
    end = bx + pdf.get_string_width(U * width_chars)
    if value:
        pdf.set_font("Courier", "B", 10)
        pdf.text(bx + val_dx, y, value)
    return end


def build(act, out):
    c = CAROSINO
    pdf = Form(format="A4", unit="mm")
    pdf.set_title("Deliberazione G.C. n. %d del %s" % (act["num"], act["date"]))
    pdf.set_creator("Halley - Stampa su modulo")
    pdf.set_producer("PyFPDF/fpdf%s" % fpdf.__version__)
    pdf.set_creation_date(datetime.datetime(2027, 11, 19, 13, 2, 41,
                                            tzinfo=datetime.timezone.utc))
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    # pre-printed heading
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(LM, 12)
    pdf.cell(174, 6, c["name"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.set_x(LM)
    pdf.cell(174, 5, c["prov"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 7.5)
    pdf.set_x(LM)
    pdf.cell(174, 4, c["addr"], align="C")
    pdf.set_line_width(0.6)
    pdf.line(LM, 30, 192, 30)
    pdf.set_font("Helvetica", "B", 11.5)
    pdf.set_xy(LM, 32)
    pdf.cell(174, 7, "COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C")
    pdf.set_line_width(0.6)
    pdf.line(LM, 40, 192, 40)
    y = 48
    x = blank(pdf, LM, y, "N.", 8, str(act["num"]))
    x = blank(pdf, x + 3, y, "del", 16, ct.dash(act["date"]))
    x = blank(pdf, x + 10, y, "Proposta N.", 7, act["prop"], ("Helvetica", "", 9))
    blank(pdf, x + 2, y, "del", 14, ct.dash(act["prop_date"]), ("Helvetica", "", 9))
    y += 7
    blank(pdf, LM, y, "Settore proponente:", 62, act["prop_office"], ("Helvetica", "", 9))
    # subject over three blank lines
    y += 9
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(LM, y, "OGGETTO:")
    sub = textwrap.wrap(act["subject"], 62)
    for i in range(3):
        pdf.set_font("Helvetica", "", 10)
        pdf.text(LM + 20, y + 6 * i, U * 76)
        if i < len(sub):
            pdf.set_font("Courier", "B", 10)
            pdf.text(LM + 21, y + 6 * i, sub[i])
    y += 6 * 3 + 4
    pdf.set_line_width(0.3)
    pdf.line(LM, y - 3, 192, y - 3)
    y += 3
    x = blank(pdf, LM, y, "L'anno", 22, "DUEMILAVENTISETTE")
    x = blank(pdf, x + 1, y, "il giorno", 16, act["giorno"])
    x = blank(pdf, x + 1, y, "del mese di", 14, "NOVEMBRE")
    y += 6
    x = blank(pdf, LM, y, "alle ore", 8, act["ora"])
    pdf.set_font("Helvetica", "", 10)
    pdf.text(x + 1, y, "nella sala delle adunanze della Sede Comunale si è riunita la")
    y += 6
    pdf.text(LM, y, "Giunta Comunale, convocata nelle forme di legge.")
    y += 6
    art, pname, prole = ct.president(act)
    x = blank(pdf, LM, y, "Presiede l'adunanza il Sig.", 30, pname)
    x = blank(pdf, x + 1, y, "nella sua qualità di", 16, prole)
    y += 6
    pdf.set_font("Helvetica", "", 10)
    pdf.text(LM, y, "e sono rispettivamente presenti ed assenti i seguenti sigg.:")
    # roll: numbered blanks and boxes
    y += 7
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.text(LM + 8, y, "Cognome e Nome")
    pdf.text(LM + 86, y, "Carica")
    pdf.text(LM + 136, y, "Presente")
    pdf.text(LM + 156, y, "Assente")
    for i, ((name, role), pres) in enumerate(zip(c["giunta"], act["present"])):
        y += 6.5
        pdf.set_font("Helvetica", "", 10)
        pdf.text(LM, y, "%d." % (i + 1))
        pdf.text(LM + 6, y, U * 36)
        pdf.text(LM + 84, y, U * 22)
        pdf.rect(LM + 140, y - 3.6, 4, 4)
        pdf.rect(LM + 159, y - 3.6, 4, 4)
        pdf.set_font("Courier", "B", 10)
        pdf.text(LM + 7, y, name)
        pdf.text(LM + 85, y, role)
        pdf.text(LM + 140.8 if pres else LM + 159.8, y - 0.5, "X")
    y += 8
    npres = sum(act["present"])
    x = blank(pdf, LM, y, "Totale presenti", 4, str(npres))
    blank(pdf, x + 20, y, "Totale assenti", 4, str(5 - npres))
    y += 7
    t, role, name = c["secretary"]
    blank(pdf, LM, y, "Partecipa il Segretario Comunale", 40, "%s %s" % (t, name))
    y += 6
    pdf.set_font("Helvetica", "", 10)
    pdf.text(LM, y, "che cura la redazione del presente verbale. Il Presidente, constatato il numero "
                    "legale degli intervenuti,")
    y += 5
    pdf.text(LM, y, "dichiara aperta la seduta ed invita la Giunta a deliberare sull'oggetto sopra "
                    "indicato.")
    # typed body
    pdf.set_xy(LM, y + 5)
    pdf.set_font("Courier", "B", 10)
    pdf.cell(174, 6, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Courier", "", 9.5)
    pdf.set_left_margin(LM)
    pdf.set_right_margin(18)
    for p in act["premesse"]:
        pdf.multi_cell(174, 4.3, p, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    # pre-printed vote grid, typed values
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(174, 5, "Esito della votazione, resa in forma palese:", new_x="LMARGIN", new_y="NEXT")
    gy = pdf.get_y() + 1
    cw = 174 / len(act["vote_table"])
    for j, (lab, val) in enumerate(act["vote_table"]):
        gx = LM + j * cw
        pdf.rect(gx, gy, cw, 11)
        pdf.set_font("Helvetica", "B", 8)
        pdf.text(gx + 2, gy + 4, lab)
        pdf.set_font("Helvetica", "", 9)
        pdf.text(gx + 2, gy + 9.5, U * 12)
        pdf.set_font("Courier", "B", 10)
        pdf.text(gx + 3, gy + 9.5, val)
    pdf.set_y(gy + 14)
    pdf.set_font("Courier", "B", 10)
    pdf.cell(174, 6, act["verb"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Courier", "", 9.5)
    for i, p in enumerate(act["points"]):
        pdf.cell(8, 4.3, "%d)" % (i + 1))
        pdf.multi_cell(166, 4.3, p, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.multi_cell(174, 4.3, act["ie"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    # pre-printed signatures and certificate
    if pdf.get_y() > 225:
        pdf.add_page()
    y = pdf.get_y() + 4
    pdf.set_font("Helvetica", "", 9.5)
    pdf.text(LM, y, "Letto, approvato e sottoscritto.")
    y += 7
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.text(LM + 12, y, "IL PRESIDENTE")
    pdf.text(LM + 104, y, "IL SEGRETARIO COMUNALE")
    y += 7
    blank(pdf, LM, y, "F.to", 30, pname, ("Helvetica", "", 9.5))
    blank(pdf, LM + 92, y, "F.to", 30, "%s %s" % (t, name), ("Helvetica", "", 9.5))
    y += 6
    pdf.set_line_width(0.3)
    pdf.line(LM, y, 192, y)
    y += 6
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.text(LM + 55, y, "CERTIFICATO DI PUBBLICAZIONE")
    y += 6
    pdf.set_font("Helvetica", "", 9)
    pdf.text(LM, y, "Si certifica che copia della presente deliberazione viene pubblicata all'Albo "
                    "Pretorio on line di questo Comune")
    y += 6
    pd, pn = act["pub"]
    x = blank(pdf, LM, y, "il", 14, ct.dash(pd), ("Helvetica", "", 9))
    pdf.set_font("Helvetica", "", 9)
    pdf.text(x + 1, y, "per 15 giorni consecutivi.")
    x = blank(pdf, x + 45, y, "N.", 8, pn, ("Helvetica", "", 9))
    pdf.set_font("Helvetica", "", 9)
    pdf.text(x + 1, y, "Reg. Pubbl.")
    y += 7
    pdf.text(LM + 110, y, "IL MESSO COMUNALE")
    y += 6
    blank(pdf, LM + 100, y, "F.to", 28, ct.MESSO, ("Helvetica", "", 9))
    pdf.output(out)


if __name__ == "__main__":
    build(C3, sys.argv[1])
