#!/usr/bin/env python3
"""Comune di Cascina (PI) - ordinanza dirigenziale n. 64/2026 (viabilità).
Layout after a DataManagement PA print: letterhead with crest caption, protocol stamp
box at the top right, Settore / Ufficio heading, number and date in a bar, OGGETTO
label, ORDINA with numbered points, DISPONE/AVVERTE in prose, signature and a
digital-signature foot with page numbers. fpdf2 with DejaVu Sans (embedded)."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-cascina-datamanagementpa.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_draw_color(0)
            self.rect(15, 10, 16, 19)
            self.set_font("dv", "", 6)
            self.set_xy(15, 17)
            self.cell(16, 3, "[stemma]", align="C")
            self.set_xy(34, 11)
            self.set_font("dvb", "", 15)
            self.cell(100, 7, "COMUNE DI CASCINA", new_x="LEFT", new_y="NEXT")
            self.set_font("dv", "", 9)
            self.cell(100, 4.5, "Provincia di Pisa", new_x="LEFT", new_y="NEXT")
            self.set_font("dv", "", 7.5)
            self.cell(100, 4, "Corso Matteotti, 90 - 56021 Cascina (PI)", new_x="LEFT", new_y="NEXT")
            # protocol stamp
            self.set_draw_color(40, 40, 140)
            self.set_text_color(40, 40, 140)
            self.rect(140, 10, 55, 17)
            self.set_xy(141, 11)
            self.set_font("dvm", "", 7)
            self.multi_cell(53, 3.6, "COMUNE DI CASCINA\nProt. N. 0011872/2026\ndel 18/03/2026 - PARTENZA\nCat. 9 Cl. 2", align="C")
            self.set_text_color(0)
            self.set_draw_color(0)
            self.set_y(33)
        else:
            self.set_font("dv", "", 7)
            self.set_y(8)
            self.cell(0, 4, "Comune di Cascina - Ordinanza n. 64 del 18/03/2026", align="R")
            self.set_y(16)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 6.5)
        self.cell(130, 4, "Documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005 e s.m.i.")
        self.cell(0, 4, f"Pagina {self.page_no()} di {{nb}}", align="R")


pdf = Doc(format="A4")
pdf.add_font("dv", "", FD + "DejaVuSans.ttf")
pdf.add_font("dvb", "", FD + "DejaVuSans-Bold.ttf")
pdf.add_font("dvm", "", FD + "DejaVuSansMono.ttf")
pdf.set_margins(18, 15, 16)
pdf.set_auto_page_break(True, 20)
pdf.set_creator("DataManagement PA - Atti Digitali")
pdf.set_title("Ordinanza n. 64 del 18/03/2026")
pdf.alias_nb_pages()
pdf.add_page()

pdf.set_font("dvb", "", 10.5)
pdf.cell(0, 5.5, "SETTORE POLIZIA MUNICIPALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 9)
pdf.cell(0, 5, "Ufficio Viabilità e Traffico", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_fill_color(225, 225, 225)
pdf.set_font("dvb", "", 11)
pdf.cell(0, 8, "ORDINANZA N. 64 DEL 18/03/2026", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

SUBJ = ("Istituzione del divieto di transito e di sosta con rimozione forzata in Via Tosco Romagnola, "
        "nel tratto compreso tra Piazza dei Caduti e Via Palestro, per lavori di rifacimento della rete idrica - "
        "dal 23/03/2026 al 10/04/2026.")
pdf.set_font("dvb", "", 9.5)
pdf.cell(22, 5, "OGGETTO:")
pdf.multi_cell(0, 5, SUBJ, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("dvb", "", 10)
pdf.cell(0, 6, "IL COMANDANTE DELLA POLIZIA MUNICIPALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)


def para(t, size=9.5):
    pdf.set_font("dv", "", size)
    pdf.multi_cell(0, 4.8, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


para("Vista la richiesta della società Acque S.p.A., gestore del servizio idrico integrato, pervenuta in data "
     "11/03/2026 e acquisita al protocollo generale al n. 10944, con la quale si chiede l'emissione di un "
     "provvedimento di limitazione della circolazione per l'esecuzione dei lavori di rifacimento della condotta "
     "idrica e dei relativi allacciamenti in Via Tosco Romagnola;")
para("Visto il cronoprogramma dei lavori trasmesso dall'impresa esecutrice \"Idrotecnica Pisana S.r.l.\", dal quale "
     "risulta che l'intervento interesserà l'intera sede stradale nel tratto compreso tra Piazza dei Caduti e Via Palestro;")
para("Ritenuto necessario, per garantire la sicurezza della circolazione e l'incolumità dei lavoratori, istituire il "
     "divieto di transito e di sosta nel tratto interessato, con l'individuazione di un percorso alternativo;")
para("Sentito il parere favorevole dell'Ufficio Tecnico comunale - Servizio Manutenzioni;")
para("Visti gli artt. 5, comma 3, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo "
     "Regolamento di esecuzione approvato con D.P.R. 16 dicembre 1992, n. 495;")
para("Visto l'art. 107 del D.Lgs. 18 agosto 2000, n. 267, e il decreto sindacale n. 12 del 30/12/2025 di conferimento "
     "dell'incarico di direzione del Settore Polizia Municipale;")
pdf.set_font("dvb", "", 10.5)
pdf.cell(0, 7, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT")
pts = [
    "dalle ore 07:30 del giorno 23/03/2026 alle ore 19:00 del giorno 10/04/2026 è istituito il divieto di transito "
    "veicolare in Via Tosco Romagnola, nel tratto compreso tra Piazza dei Caduti e Via Palestro, eccetto i mezzi "
    "dell'impresa esecutrice, i mezzi di soccorso e di polizia;",
    "nel medesimo periodo e nel medesimo tratto è istituito il divieto di sosta con rimozione forzata su entrambi i "
    "lati della carreggiata;",
    "il traffico proveniente da Pisa e diretto verso Pontedera è deviato su Via Palestro, Via Nazario Sauro e Via "
    "Giuseppe Garibaldi, con ripristino sulla Via Tosco Romagnola all'intersezione con Via Palestro;",
    "è garantito in ogni caso l'accesso pedonale alle abitazioni e agli esercizi commerciali del tratto interessato "
    "mediante idonei percorsi protetti.",
]
for i, t in enumerate(pts, 1):
    pdf.set_font("dv", "", 9.5)
    pdf.cell(8, 4.8, f"{i}.")
    pdf.multi_cell(0, 4.8, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.set_font("dvb", "", 10.5)
pdf.cell(0, 7, "D I S P O N E", align="C", new_x="LMARGIN", new_y="NEXT")
para("che l'impresa esecutrice provveda, a propria cura e spese, all'apposizione della prescritta segnaletica "
     "stradale, anche di preavviso, almeno 48 ore prima dell'inizio dei lavori, nonché alla sua rimozione al termine "
     "degli stessi, e che il presente provvedimento sia reso noto mediante pubblicazione all'Albo Pretorio on line e "
     "l'apposizione dei segnali previsti dal Codice della Strada.")
pdf.set_font("dvb", "", 10.5)
pdf.cell(0, 7, "A V V E R T E", align="C", new_x="LMARGIN", new_y="NEXT")
para("che avverso la presente ordinanza è ammesso ricorso al Tribunale Amministrativo Regionale per la Toscana entro "
     "60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni; "
     "è altresì ammesso ricorso al Ministero delle Infrastrutture e dei Trasporti, entro 60 giorni, ai sensi "
     "dell'art. 37, comma 3, del D.Lgs. n. 285/1992.")
pdf.ln(3)
pdf.set_font("dv", "", 9.5)
pdf.cell(80, 5, "Cascina, 18/03/2026")
pdf.set_x(110)
pdf.multi_cell(80, 5, "IL COMANDANTE\nDott. Riccardo Benvenuti\n(firmato digitalmente)", align="C",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("dv", "", 7.5)
pdf.multi_cell(0, 4, "Trasmessa a: Acque S.p.A.; Idrotecnica Pisana S.r.l.; Comando Stazione Carabinieri di Cascina; "
               "Pubblica Assistenza di Cascina; Misericordia di Navacchio; CTT Nord S.r.l. - Ufficio Esercizio.",
               new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
