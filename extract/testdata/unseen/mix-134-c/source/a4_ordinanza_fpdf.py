#!/usr/bin/env python3
"""Abriola, ordinanza of the Comandante della Polizia Locale, R.G. n. 37 /
Settore n. 9 (house style "J-Serfin": its printed form for traffic orders).

fpdf2: the form is printed first, with blanks of underscores; the values are
then typed over the blanks in Courier, in a second pass (as a form filler
writes them), so that in the content stream every value comes after the
whole form. The subject is typed into the form's empty box.
Usage: a4_ordinanza_fpdf.py OUTPUT.pdf
"""
import sys
import fpdf
from fpdf import FPDF

OUT = sys.argv[1]

pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_margins(20, 15, 18)
pdf.add_page()
pdf.set_title("Ordinanza Polizia Locale R.G. 37/2028")
pdf.set_creator("J-Serfin - Modulistica Polizia Locale")
pdf.set_author("Comando Polizia Locale - Comune di Abriola")
pdf.set_producer("PyFPDF/fpdf2 %s" % fpdf.__version__)

fills = []          # (x, y, text) typed afterwards
LH = 5.6            # line height of the form


def crest(x, y):
    pdf.set_draw_color(107, 29, 29)
    pdf.set_fill_color(243, 233, 224)
    pdf.set_line_width(0.35)
    pdf.polygon([(x, y), (x + 15, y), (x + 15, y + 11), (x + 13, y + 15.5), (x + 7.5, y + 19),
                 (x + 2, y + 15.5), (x, y + 11)], style="DF")
    pdf.set_draw_color(0, 0, 0)


def line(parts, size=10, x=None):
    """parts: strings (printed) and tuples (blank_chars, value) -> underscores
    now, value typed later"""
    if x is not None:
        pdf.set_x(x)
    y = pdf.get_y()
    for p in parts:
        if isinstance(p, tuple):
            n, val = p
            pdf.set_font("helvetica", "", size)
            x0 = pdf.get_x()
            if n is None:   # blank running to the right margin
                n = int((pdf.w - pdf.r_margin - x0) / pdf.get_string_width("_"))
            pdf.cell(text="_" * n, new_x="RIGHT", new_y="TOP")
            fills.append((x0 + 1.2, y, val))
        else:
            bold = p.startswith("**")
            txt = p[2:] if bold else p
            pdf.set_font("helvetica", "B" if bold else "", size)
            pdf.cell(text=txt, new_x="RIGHT", new_y="TOP")
    assert pdf.get_x() <= pdf.w - pdf.r_margin + 0.5, (parts, pdf.get_x())
    pdf.set_xy(pdf.l_margin, y + LH)


def para(txt, size=9.5, bold_lead=None, h=4.6):
    """boilerplate paragraph of the form, its first word in bold"""
    pdf.set_x(pdf.l_margin)
    if bold_lead:
        pdf.set_font("helvetica", "B", size)
        pdf.write(h, bold_lead + " ")
    pdf.set_font("helvetica", "", size)
    pdf.write(h, txt)
    pdf.ln(h)
    pdf.ln(1.2)


# ----------------------------------------------------------------- the form
crest(20, 14)
pdf.set_xy(40, 14)
pdf.set_text_color(107, 29, 29)
pdf.set_font("times", "B", 18)
pdf.cell(text="COMUNE DI ABRIOLA", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_x(40)
pdf.set_font("times", "", 10)
pdf.cell(text="Provincia di Potenza", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(40)
pdf.set_font("times", "", 7.5)
pdf.cell(text="Piazza Municipio, 1 - 85010 Abriola (PZ) - Tel. 0971 923011 - C.F. 80002430766",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_x(40)
pdf.set_font("helvetica", "B", 10)
pdf.cell(text="COMANDO POLIZIA LOCALE", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(40)
pdf.set_font("helvetica", "", 7.5)
pdf.cell(text="Tel. 0971 923015 - e-mail: poliziamunicipale@comune.abriola.pz.it",
         new_x="LMARGIN", new_y="NEXT")

pdf.set_y(42)
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.3)
pdf.rect(20, 41, 172, 8)
pdf.set_xy(22, 42.2)
line(["Registro Generale N. ", (8, "37"), "     Registro di Settore N. ", (8, "9"),
      "     Data ", (14, "25/10/2028")], size=9.5, x=22)

pdf.set_y(53)
pdf.set_font("helvetica", "B", 12.5)
pdf.cell(0, 6, "ORDINANZA DEL COMANDANTE DELLA POLIZIA LOCALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("helvetica", "", 8)
pdf.cell(0, 4, "(artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 - Nuovo Codice della Strada)", align="C",
         new_x="LMARGIN", new_y="NEXT")

# subject box, left empty by the form
pdf.rect(20, 65, 172, 17)
pdf.set_xy(22, 66.5)
pdf.set_font("helvetica", "B", 9.5)
pdf.cell(text="OGGETTO:")
SUBJ_AT = (42, 66.3)

pdf.set_y(86)
pdf.set_font("helvetica", "B", 11)
pdf.cell(0, 6, "IL COMANDANTE DELLA POLIZIA LOCALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
line(["**Vista ", "la richiesta presentata da ", (30, "Pro Loco di Abriola"), " prot. n. ", (7, "4388"),
      " del ", (None, "16/10/2028")], size=9.5)
line(["**Considerato ", "che il giorno ", (12, "29/10/2028"), " si svolgerà la manifestazione ",
      (None, "Sagra della Castagna")], size=9.5)
line(["nel centro abitato, con afflusso di pubblico e allestimento di stand in area pubblica;"], size=9.5)
pdf.ln(0.8)
para("che, per garantire la sicurezza della circolazione e dei partecipanti, è necessario disciplinare "
     "temporaneamente la sosta e il transito dei veicoli nelle strade interessate;", bold_lead="Ritenuto")
para("gli artt. 5, 6, 7 e 159 del D.Lgs. 30 aprile 1992, n. 285, e il relativo Regolamento di esecuzione e di "
     "attuazione approvato con D.P.R. 16 dicembre 1992, n. 495; l'art. 107 del D.Lgs. 18 agosto 2000, n. 267; "
     "il decreto sindacale di nomina del Comandante della Polizia Locale;", bold_lead="Visti")

pdf.set_font("helvetica", "B", 11)
pdf.cell(0, 7, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT")
line(["1.  il ", "**DIVIETO DI SOSTA CON RIMOZIONE FORZATA ", "dalle ore ", (7, "07:00"), " alle ore ", (7, "24:00"),
      " del giorno ", (None, "29/10/2028")], size=9.5)
line(["     in: ", (None, "Piazza Municipio; Corso Umberto I, tratto Piazza Municipio - Via Roma")], size=9.5)
pdf.ln(1)
line(["2.  il ", "**DIVIETO DI TRANSITO ", "a tutti i veicoli dalle ore ", (7, "09:00"), " alle ore ", (7, "23:00"),
      " del giorno ", (None, "29/10/2028")], size=9.5)
line(["     in: ", (None, "Corso Umberto I; Via San Valentino")], size=9.5)
pdf.ln(1)
line(["3.  l'istituzione del ", "**DOPPIO SENSO DI CIRCOLAZIONE ", "nelle seguenti strade:"], size=9.5)
line(["     in: ", (None, "Via Roma, tratto Via Fontana - Via Pietrafesa")], size=9.5)
pdf.ln(1)
pdf.set_x(20)
pdf.set_font("helvetica", "", 9.5)
pdf.multi_cell(0, 4.6, "4.  che i divieti di cui ai punti precedenti non si applichino ai veicoli di soccorso, "
               "delle Forze di Polizia e a quelli al servizio di persone con disabilità muniti del prescritto "
               "contrassegno.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para("che l'Ufficio Tecnico comunale e il soggetto organizzatore provvedano all'apposizione della segnaletica "
     "stradale almeno 48 ore prima dell'entrata in vigore dei divieti, e che il personale della Polizia Locale e "
     "gli altri organi di cui all'art. 12 del D.Lgs. 285/1992 vigilino sul rispetto della presente ordinanza.",
     bold_lead="DEMANDA")
para("che contro il presente provvedimento è ammesso ricorso al T.A.R. della Basilicata entro 60 giorni dalla "
     "pubblicazione, ovvero ricorso al Ministero delle Infrastrutture e dei Trasporti entro 60 giorni ai sensi "
     "dell'art. 37, comma 3, del D.Lgs. 285/1992.", bold_lead="AVVERTE")
pdf.ln(3)
line(["Abriola, lì ", (14, "25/10/2028")], size=9.5)
pdf.ln(2)
pdf.set_x(110)
pdf.set_font("helvetica", "B", 9.5)
pdf.cell(82, 5, "IL COMANDANTE DELLA POLIZIA LOCALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
line([(36, "Isp. Sup. Michele Salvia")], size=9.5, x=122)
pdf.set_x(110)
pdf.set_font("helvetica", "I", 7)
pdf.cell(82, 4, "(firma autografa sostituita a mezzo stampa ex art. 3, c. 2, D.Lgs. 39/1993)", align="C")

pdf.set_y(280)
pdf.set_draw_color(107, 29, 29)
pdf.line(20, 279, 192, 279)
pdf.set_font("helvetica", "", 6.5)
pdf.cell(0, 4, "J-Serfin - Modulistica Polizia Locale - mod. PL/ORD-07 rev. 3", new_x="LMARGIN", new_y="NEXT")

# ----------------------------------------------------------------- typed over the form
pdf.set_text_color(20, 20, 90)
pdf.set_font("courier", "B", 10)
for x, y, val in fills:
    pdf.set_xy(x, y - 0.9)
    pdf.cell(text=val)
pdf.set_xy(*SUBJ_AT)
pdf.set_font("courier", "B", 10)
pdf.multi_cell(148, 4.8, "Divieto di sosta con rimozione forzata e divieto di transito in Piazza Municipio, "
               "Corso Umberto I e Via San Valentino in occasione della \"Sagra della Castagna\" di "
               "domenica 29 ottobre 2028.", align="L")
pdf.output(OUT)
