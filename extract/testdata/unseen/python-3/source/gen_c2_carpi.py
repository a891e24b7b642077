"""C2: Consiglio, Carpi. fpdf2 with core Times fonts (not embedded).
Imitates a 'Sicraweb'-style frontispiece: labels left of values (Deliberazione n.,
Seduta del, Ora), attendance in two numbered blocks side by side with X marks
and no roles, vote counts in a block (unanimous), executivity after ten days,
bulleted points."""
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = "consiglio-carpi-two-blocks.pdf"


class Doc(FPDF):
    def header(self):
        self.set_font("Times", "I", 8)
        self.set_text_color(80)
        self.cell(0, 4, "Comune di Carpi", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Atti del Consiglio Comunale", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_text_color(0)
        self.set_draw_color(0)
        self.ln(6)

    def footer(self):
        self.set_y(-13)
        self.set_font("Times", "", 8)
        self.cell(0, 5, f"- {self.page_no()} -", align="C")


pdf = Doc(format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, 18)
pdf.add_page()
pdf.set_font("Times", "B", 18)
pdf.cell(0, 8, "COMUNE DI CARPI", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Times", "", 10)
pdf.cell(0, 5, "Provincia di Modena", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(5)
pdf.set_font("Times", "B", 12)
pdf.cell(0, 6, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(3)
for lab, val in [("Deliberazione n.", "112"), ("Seduta del", "18 dicembre 2024"), ("Ora", "20,30"),
                 ("Adunanza", "ordinaria di prima convocazione")]:
    pdf.set_font("Times", "", 10)
    pdf.cell(35, 5.5, lab)
    pdf.set_font("Times", "B", 10)
    pdf.cell(0, 5.5, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(4)
pdf.set_font("Times", "B", 10.5)
pdf.cell(0, 5.5, "Oggetto", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Times", "", 10.5)
pdf.multi_cell(0, 5.2, "RINNOVO DELLA CONVENZIONE TRA I COMUNI DELL'UNIONE DELLE TERRE D'ARGINE PER LA "
               "GESTIONE ASSOCIATA DEL CORPO UNICO DI POLIZIA LOCALE - QUINQUENNIO 2025-2029. APPROVAZIONE.",
               border="TB", padding=(2, 0, 2, 0), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(4)
pdf.set_font("Times", "", 10.5)
pdf.multi_cell(0, 5.2, "L'anno duemilaventiquattro, il giorno diciotto del mese di dicembre, alle ore 20,30, "
               "nella Sala del Consiglio della Residenza Municipale, si è riunito il Consiglio Comunale, "
               "convocato nei modi e nei termini di legge. Fatto l'appello nominale, risultano:",
               align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(3)
names = ["BOLOGNESI RICCARDO", "MALAVASI DANIELA", "ARTIOLI GIACOMO", "BELLELLI MARTINA",
         "BERGONZINI FABIO", "CAFFAGNI ELENA", "CATTINI SIMONE", "CORRADINI LAURA",
         "DIEGOLI MATTEO", "FERRARI CHIARA", "GALAVOTTI ENRICO", "GOLINELLI SARA",
         "LUPPI ANDREA", "MANTOVANI GIULIA", "MESSORI PAOLO", "MONARI FRANCESCA",
         "NERI DAVIDE", "PALTRINIERI LUCIA", "RINALDI STEFANO", "ROSSI BARBARA",
         "SACCHETTI MARCO", "SEVERI ILARIA", "TOSI ALBERTO", "VACCARI NICOLETTA", "ZANOLI PIETRO"]
absent = {"CATTINI SIMONE", "GOLINELLI SARA", "MESSORI PAOLO", "ROSSI BARBARA", "TOSI ALBERTO", "ZANOLI PIETRO"}
half = 13
left, right = names[:half], names[half:]
x0 = pdf.l_margin
cw = [7, 50, 12, 12]
y = pdf.get_y()
pdf.set_font("Times", "B", 9)
for bx in (x0, x0 + 88):
    pdf.set_xy(bx, y)
    for w_, t_ in zip(cw, ["", "Consigliere", "Pres.", "Ass."]):
        pdf.cell(w_, 5, t_, border="B", align="C" if t_ in ("Pres.", "Ass.") else "L")
pdf.set_font("Times", "", 9.5)
for i in range(half):
    for k, (bx, lst, off) in enumerate([(x0, left, 0), (x0 + 88, right, half)]):
        if i >= len(lst):
            continue
        n = lst[i]
        pdf.set_xy(bx, y + 5 + i * 5)
        pdf.cell(cw[0], 5, f"{i + 1 + off}.", align="R")
        pdf.cell(cw[1], 5, " " + n)
        pdf.cell(cw[2], 5, "" if n in absent else "X", align="C")
        pdf.cell(cw[3], 5, "X" if n in absent else "", align="C")
pdf.set_xy(x0, y + 5 + half * 5 + 3)
pdf.set_font("Times", "I", 9.5)
pdf.cell(0, 5, "Presenti: 19    Assenti: 6", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(2)


def para(t, style="", size=10.5, align="J", after=2, indent=0):
    pdf.set_font("Times", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(0, 5.2, t, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


para("Sono presenti, senza diritto di voto, gli Assessori Guidetti, Panini e Reggiani.")
para("Presiede la seduta la Presidente del Consiglio Comunale, Sig.ra Daniela Malavasi. Partecipa il "
     "Segretario Generale, Dott.ssa Anna Maria Fontanesi, incaricata della redazione del verbale. Scrutatori: "
     "Bellelli, Luppi, Vaccari.")
para("IL CONSIGLIO COMUNALE", "B", 11, "C", 3)
for t in [
    "Premesso che i Comuni di Carpi, Campogalliano, Novi di Modena e Soliera, costituiti nell'Unione delle "
    "Terre d'Argine, gestiscono in forma associata le funzioni di polizia locale mediante il Corpo Unico, "
    "sulla base della convenzione approvata con deliberazione consiliare n. 97 del 19/12/2019, in scadenza "
    "il 31/12/2024;",
    "Visti gli articoli 30 e 32 del D.Lgs. 18 agosto 2000, n. 267, la Legge Regionale dell'Emilia-Romagna "
    "4 dicembre 2003, n. 24, in materia di polizia amministrativa locale, e la Legge Regionale 21 dicembre "
    "2012, n. 21;",
    "Ritenuto di rinnovare la convenzione per il quinquennio 2025-2029, aggiornando i criteri di riparto "
    "della spesa sulla base della popolazione residente e dell'estensione territoriale e prevedendo un "
    "presidio stabile presso le frazioni di Fossoli, Gargallo e San Marino;",
    "Preso atto del parere favorevole espresso dalla Commissione consiliare \"Affari Generali\" nella seduta "
    "del 10/12/2024 e dei pareri di regolarità tecnica e contabile allegati;",
    "Con la seguente votazione, resa per alzata di mano e proclamata dalla Presidente:",
]:
    para(t)
pdf.set_font("Times", "", 10.5)
for lab, val in [("Consiglieri presenti", "19"), ("Voti favorevoli", "19"), ("Voti contrari", "0"), ("Astenuti", "0")]:
    pdf.set_x(pdf.l_margin + 30)
    pdf.cell(45, 5.2, lab)
    pdf.cell(15, 5.2, val, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(3)
para("DELIBERA", "B", 11, "C", 3)
for t in [
    "di approvare il rinnovo della convenzione per la gestione associata del Corpo Unico di Polizia Locale "
    "dell'Unione delle Terre d'Argine per il periodo 01/01/2025 - 31/12/2029, nel testo allegato sub A);",
    "di autorizzare il Sindaco alla sottoscrizione della convenzione;",
    "di dare atto che la quota di spesa a carico del Comune di Carpi, stimata in \u20ac 3.412.000,00 annui, "
    "trova copertura negli stanziamenti del bilancio di previsione 2025-2027.",
]:
    pdf.set_font("Times", "", 10.5)
    pdf.set_x(pdf.l_margin + 5)
    pdf.cell(5, 5.2, "\u2022")
    pdf.multi_cell(0, 5.2, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
pdf.ln(4)
para("Letto, approvato e sottoscritto.", "I")
pdf.ln(2)
pdf.set_font("Times", "B", 10)
pdf.cell(85, 5, "LA PRESIDENTE DEL CONSIGLIO", align="C")
pdf.cell(85, 5, "IL SEGRETARIO GENERALE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Times", "", 10)
pdf.cell(85, 5, "Daniela Malavasi", align="C")
pdf.cell(85, 5, "Anna Maria Fontanesi", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(8)
pdf.set_font("Times", "B", 9.5)
pdf.cell(0, 5, "ESECUTIVITÀ", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
para("La presente deliberazione, non dichiarata immediatamente eseguibile, diventa esecutiva decorsi dieci "
     "giorni dalla data di inizio della pubblicazione all'Albo Pretorio on line, ai sensi dell'art. 134, "
     "comma 3, del D.Lgs. 267/2000.", "", 9.5)
pdf.output(OUT)
print("wrote", OUT)
