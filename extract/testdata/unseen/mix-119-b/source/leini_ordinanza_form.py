#!/usr/bin/env python3
"""Comune di Leini - the Polizia Locale's pre-printed ordinance form
(letterhead of the house style "civilianext", blanks of underscores) filled in
by the Comando's form filler: the values are written in Courier over the
underscores, which stay in the text layer. fpdf2, core fonts."""
import sys, os
from fpdf import FPDF

out = os.path.join(sys.argv[1] if len(sys.argv) > 1 else ".", "ordinanza-leini-civilianext.pdf")

pdf = FPDF("P", "mm", "A4")
pdf.set_margins(22, 15, 20)
pdf.set_auto_page_break(False)
import datetime, fpdf as _fpdf
pdf.set_producer("fpdf2 " + _fpdf.__version__)
if os.environ.get("SOURCE_DATE_EPOCH"):
    pdf.set_creation_date(datetime.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), datetime.timezone.utc))
pdf.set_creator("Civilia Next - Modulistica Polizia Locale")
pdf.set_title("Ordinanza Polizia Locale 64/2027")
pdf.add_page()
W = 210 - 22 - 20
FS = 10.5

# letterhead (house style)
pdf.set_font("Times", "B", 17); pdf.set_xy(22, 14); pdf.cell(W, 8, "COMUNE DI LEINÌ", align="C")
pdf.set_font("Times", "I", 11); pdf.set_xy(22, 22); pdf.cell(W, 5, "Città Metropolitana di Torino", align="C")
pdf.set_font("Helvetica", "", 7.5); pdf.set_xy(22, 27.5)
pdf.cell(W, 4, "Piazza Vittorio Emanuele II, 1 - 10040 Leinì (TO) - C.F. 83001530017 - PEC: protocollo@pec.comune.leini.to.it", align="C")
pdf.set_line_width(0.3); pdf.line(22, 32.5, 190, 32.5)
pdf.set_font("Helvetica", "B", 9); pdf.set_xy(22, 34); pdf.cell(W, 5, "POLIZIA LOCALE", align="C")
pdf.set_font("Helvetica", "", 7.5); pdf.set_xy(22, 38.5)
pdf.cell(W, 4, "Via Lombardore, 2 - tel. 011 9986400 - polizialocale@comune.leini.to.it", align="C")

y = 48.0
LH = 6.2

def fill_line(parts, y, font=("Helvetica", "", FS), x0=22):
    """parts: str (printed text) or (n_underscores, value). The whole line,
    underscores included, is printed as the form's text; the values are then
    written over the blanks in Courier, 1 pt above the underscores."""
    pdf.set_font(*font)
    line = "".join(p if isinstance(p, str) else "_" * p[0] for p in parts)
    pdf.text(x0, y, line)
    x = x0
    for p in parts:
        if isinstance(p, str):
            pdf.set_font(*font); x += pdf.get_string_width(p)
        else:
            pdf.set_font(*font); w = pdf.get_string_width("_" * p[0])
            pdf.set_font("Courier", "B", FS)
            pdf.text(x + 1.2, y - 0.45, p[1])
            x += w

def text_line(t, y, style="", size=FS, align="L"):
    pdf.set_font("Helvetica", style, size)
    if align == "C":
        pdf.text(22 + (W - pdf.get_string_width(t)) / 2, y, t)
    else:
        pdf.text(22, y, t)

text_line("ORDINANZA DEL COMANDANTE DELLA POLIZIA LOCALE", y, "B", 12.5, "C"); y += 8
fill_line(["N. ", (10, "64"), "   del ", (16, "16/07/2027")], y, ("Helvetica", "B", 11), x0=66); y += 9
text_line("OGGETTO: Provvedimento temporaneo di disciplina della circolazione stradale per l'esecuzione", y, "B"); y += LH - 1
text_line("               di lavori sulla sede stradale.", y, "B"); y += LH + 1
fill_line(["Strada: ", (34, "Via Carlo Alberto"), "  tratto: ", (42, "dal civico 12 al civico 40")], y); y += LH
fill_line(["Lavori: ", (84, "allacciamento alla rete di distribuzione del gas metano")], y); y += LH + 3

text_line("IL COMANDANTE", y, "B", 11, "C"); y += LH + 1
fill_line(["Vista l'istanza presentata da ", (42, "ITALGAS RETI S.p.A."), " in data ", (16, "12/07/2027")], y); y += LH
fill_line(["acquisita al protocollo generale al n. ", (14, "15236"), ", con la quale si chiede l'emissione di un"], y); y += LH
text_line("provvedimento di disciplina della circolazione per l'esecuzione dei lavori indicati in oggetto;", y); y += LH
fill_line(["Visto il nulla osta del Settore Lavori Pubblici e Patrimonio prot. n. ", (14, "15302"), " del ", (16, "13/07/2027"), ";"], y); y += LH
text_line("Considerato che, per garantire la sicurezza della circolazione e degli operatori, è necessario adottare", y); y += LH
text_line("i provvedimenti di seguito indicati;", y); y += LH
text_line("Visti gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo", y); y += LH
text_line("Regolamento di esecuzione e di attuazione, approvato con D.P.R. 16 dicembre 1992, n. 495;", y); y += LH
fill_line(["Visti l'art. 107 del D.Lgs. 267/2000 e il decreto sindacale n. ", (6, "7"), " del ", (16, "03/01/2027"), ";"], y); y += LH + 3

text_line("ORDINA", y, "B", 11, "C"); y += LH + 1
fill_line(["dalle ore ", (8, "07:30"), " del giorno ", (16, "19/07/2027"), " alle ore ", (8, "18:00"), " del giorno ", (16, "23/07/2027"), ":"], y); y += LH + 1
fill_line(["1. il divieto di sosta con rimozione forzata, su entrambi i lati, in ", (31, "Via Carlo Alberto")], y); y += LH
fill_line(["    nel tratto ", (52, "dal civico 12 al civico 40"), ";"], y); y += LH
text_line("2. il senso unico alternato, regolato da impianto semaforico o da movieri, nel medesimo tratto;", y); y += LH
fill_line(["3. il limite massimo di velocità di ", (6, "30"), " km/h in prossimità del cantiere;"], y); y += LH
fill_line(["4. che la ditta esecutrice ", (44, "Impianti Gas Torinese S.r.l."), " provveda alla posa"], y); y += LH
text_line("    della prescritta segnaletica almeno 48 ore prima dell'inizio dei lavori e alla sua rimozione al termine.", y); y += LH + 3

text_line("DISPONE", y, "B", 11, "C"); y += LH + 1
for t in ["che il presente provvedimento sia reso noto mediante l'apposizione della prescritta segnaletica e",
          "la pubblicazione all'Albo Pretorio on line; che gli agenti della forza pubblica siano incaricati di farlo",
          "osservare. Contro la presente ordinanza è ammesso ricorso al T.A.R. Piemonte entro 60 giorni dalla",
          "pubblicazione, ovvero ricorso al Ministero delle Infrastrutture e dei Trasporti entro 60 giorni ai sensi",
          "dell'art. 37, comma 3, del D.Lgs. 285/1992."]:
    text_line(t, y); y += LH
y += 4
fill_line(["Leinì, lì ", (16, "16/07/2027")], y); y += 8
pdf.set_font("Helvetica", "B", FS)
for t in ["IL COMANDANTE DELLA POLIZIA LOCALE"]:
    pdf.text(118 + (72 - pdf.get_string_width(t)) / 2, y, t); y += 5
fill_line([(30, "Comm. Capo Fabrizio Gallo")], y, x0=118 + (72 - 64) / 2); y += 5
pdf.set_font("Helvetica", "", 8)
pdf.text(118 + (72 - pdf.get_string_width("(firmato digitalmente)")) / 2, y, "(firmato digitalmente)")

pdf.set_font("Helvetica", "", 7)
pdf.set_draw_color(120, 120, 120); pdf.line(22, 282, 190, 282)
pdf.text(22, 286, "Mod. PL/ORD-07 rev. 3 - Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.")
pdf.text(178, 286, "Pag. 1 di 1")
pdf.output(out)
