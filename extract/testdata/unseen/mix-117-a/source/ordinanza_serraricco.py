#!/usr/bin/env python3
"""Serra Riccò, ordinanza sindacale n. 21 of 14/05/2027 -- Sicraweb house
style (crest, name, number box on the right) printed by fpdf2 with an
embedded TrueType font: justified lines (fpdf2 spreads the words with TJ
offsets), a protocol stamp rotated up the left margin."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-serraricco-sicraweb.pdf"
FD = "/usr/share/fonts/truetype/liberation/"


class Doc(FPDF):
    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 7.5)
        self.cell(0, 4, "Comune di Serra Riccò – Ordinanza sindacale n. 21 del 14/05/2027", align="L")
        self.set_x(20)
        self.cell(0, 4, f"Pag. {self.page_no()} di {{nb}}", align="R")


pdf = Doc(format="A4", unit="mm")
pdf.set_creator("Sicraweb - Ordinanze")
pdf.set_title("Ordinanza sindacale n. 21/2027")
pdf.add_font("LS", "", FD + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FD + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", FD + "LiberationSans-Italic.ttf")
pdf.set_margins(22, 18, 20)
pdf.set_auto_page_break(True, 20)
pdf.add_page()

# crest
pdf.set_draw_color(29, 63, 114)
pdf.set_fill_color(223, 231, 243)
pdf.polygon([(22, 17), (38, 17), (38, 31), (30, 39), (22, 31)], style="DF")
pdf.set_fill_color(29, 63, 114)
pdf.ellipse(27, 22, 6, 6, style="F")
pdf.set_draw_color(0, 0, 0)
pdf.set_xy(42, 17)
pdf.set_font("LS", "B", 15)
pdf.cell(0, 7, "COMUNE DI SERRA RICCÒ")
pdf.set_font("LS", "", 9)
pdf.set_xy(42, 25)
pdf.cell(0, 4.5, "Città Metropolitana di Genova")
pdf.set_xy(42, 29.5)
pdf.cell(0, 4.5, "Piazza Europa, 1 – 16010 Serra Riccò (GE)")
# number box
pdf.set_line_width(0.3)
pdf.rect(138, 17, 52, 20)
pdf.line(138, 27, 190, 27)
pdf.set_font("LS", "", 7)
pdf.set_xy(140, 18)
pdf.cell(40, 3, "ORDINANZA N.")
pdf.set_xy(140, 28)
pdf.cell(40, 3, "DATA")
pdf.set_font("LS", "B", 12)
pdf.set_xy(140, 21.5)
pdf.cell(47, 5, "21", align="R")
pdf.set_xy(140, 31.5)
pdf.cell(47, 5, "14/05/2027", align="R")
pdf.set_draw_color(29, 63, 114)
pdf.set_line_width(0.5)
pdf.line(22, 42, 190, 42)
pdf.set_draw_color(0, 0, 0)

# rotated protocol stamp, up the left margin
with pdf.rotation(90, x=12, y=200):
    pdf.set_draw_color(40, 40, 150)
    pdf.set_text_color(40, 40, 150)
    pdf.set_line_width(0.3)
    pdf.rect(12, 193, 98, 11)
    pdf.set_font("LS", "B", 7.5)
    pdf.set_xy(13, 194)
    pdf.cell(96, 4, "COMUNE DI SERRA RICCÒ (GE) – PROTOCOLLO GENERALE", align="C")
    pdf.set_font("LS", "", 7.5)
    pdf.set_xy(13, 198.5)
    pdf.cell(96, 4, "Prot. n. 0006412 del 14/05/2027 – PARTENZA – Cat. 6 Cl. 7", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)

pdf.set_y(47)
pdf.set_font("LS", "B", 13)
pdf.set_char_spacing(1.2)
pdf.cell(0, 7, "ORDINANZA SINDACALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.ln(3)

W = 168
pdf.set_font("LS", "", 10)
pdf.cell(20, 5.2, "OGGETTO:")
pdf.set_font("LS", "B", 10)
pdf.multi_cell(W - 20, 5.2,
               "OBBLIGO DI PULIZIA DEI TERRENI INCOLTI E DI TAGLIO DELLA VEGETAZIONE SPORGENTE "
               "SULLE STRADE PUBBLICHE AI FINI DELLA PREVENZIONE DEGLI INCENDI BOSCHIVI – ANNO 2027",
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("LS", "B", 11)
pdf.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)


def para(t, lead=4.7, after=1.2):
    pdf.set_font("LS", "", 10)
    pdf.multi_cell(W, lead, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


for t in [
    "PREMESSO che il territorio comunale è in gran parte boscato e che la Regione Liguria, con "
    "decreto del Dirigente del Settore Protezione Civile, ha dichiarato per l'anno 2027 lo stato di "
    "grave pericolosità per gli incendi boschivi a decorrere dal 15 giugno;",
    "CONSTATATO che numerosi fondi privati, in particolare nelle frazioni di Orero, Prelo, Valleregia "
    "e Mainetto, risultano in stato di abbandono, con vegetazione infestante, sterpaglie e rovi che "
    "invadono le sedi stradali, riducono la visibilità e costituiscono grave pericolo di innesco e "
    "propagazione degli incendi;",
    "VISTI l'art. 29 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada), la Legge 21 "
    "novembre 2000, n. 353, la Legge regionale 22 gennaio 1999, n. 4 e il vigente Regolamento di "
    "Polizia Urbana;",
    "VISTO l'art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267;",
]:
    para(t)

pdf.ln(1)
pdf.set_font("LS", "B", 11)
pdf.cell(0, 6, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("LS", "", 10)
pdf.multi_cell(W, 5, "ai proprietari, agli affittuari e ai conduttori a qualsiasi titolo di terreni incolti, "
               "aree verdi e fondi confinanti con strade e aree pubbliche o di uso pubblico, entro il "
               "giorno 15 giugno 2027:", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1.5)
for i, t in enumerate([
    "di provvedere al taglio dell'erba, delle sterpaglie e dei rovi e alla rimozione dei residui "
    "vegetali per una fascia di almeno 10 metri dal confine con le strade pubbliche e dagli edifici;",
    "di tagliare i rami delle siepi e degli alberi che si protendono oltre il confine stradale, "
    "nascondono la segnaletica o ne compromettono la leggibilità dalla distanza e dall'angolazione "
    "necessarie;",
    "di mantenere i fondi nelle condizioni prescritte per tutto il periodo di grave pericolosità, "
    "ripetendo gli interventi ogni qualvolta si renda necessario;",
    "di non abbandonare né bruciare i residui dello sfalcio, che devono essere smaltiti mediante "
    "compostaggio o conferiti al centro di raccolta comunale.",
], 1):
    y = pdf.get_y()
    pdf.set_x(22)
    pdf.cell(7, 5, f"{i}.")
    pdf.set_xy(29, y)
    pdf.multi_cell(W - 7, 4.7, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)

pdf.ln(1)
pdf.set_font("LS", "B", 11)
pdf.cell(0, 6, "A V V E R T E", align="C", new_x="LMARGIN", new_y="NEXT")
para("che, salvo che il fatto costituisca reato, l'inosservanza della presente ordinanza è punita con "
     "la sanzione amministrativa pecuniaria da € 25,00 a € 500,00 ai sensi dell'art. 7-bis del "
     "D.Lgs. 267/2000 e, per le violazioni all'art. 29 del Codice della Strada, con la sanzione ivi "
     "prevista; in caso di inottemperanza gli interventi saranno eseguiti d'ufficio, con addebito "
     "delle spese ai trasgressori.")
pdf.set_font("LS", "B", 11)
pdf.cell(0, 6, "D I S P O N E", align="C", new_x="LMARGIN", new_y="NEXT")
para("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale e "
     "trasmessa al Comando di Polizia Locale, alla Stazione Carabinieri di Serra Riccò e al "
     "Comando Regione Carabinieri Forestale \"Liguria\", incaricati della vigilanza sulla sua "
     "osservanza. Avverso il presente provvedimento è ammesso ricorso al T.A.R. Liguria entro 60 "
     "giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla "
     "pubblicazione.")
pdf.ln(2)
pdf.set_font("LS", "", 10)
pdf.cell(0, 5, "Serra Riccò, 14/05/2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_x(120)
pdf.multi_cell(70, 5, "IL SINDACO\ndott. Lorenzo Morchio", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(120)
pdf.set_font("LS", "I", 7.5)
pdf.multi_cell(70, 4, "(documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005)",
               align="C")
pdf.output(OUT)
