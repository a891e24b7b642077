# Ordinanza sindacale, Comune di Frascineto / Bashkia e Frasnitës (CS); fpdf2 with embedded
# DejaVu TrueType (CID Type0 fonts), letterhead and register box repeated on every page.
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class Doc(FPDF):
    def header(self):
        self.set_font("DJ", "B", 12); self.cell(0, 6, "COMUNE DI FRASCINETO – BASHKIA E FRASNITËS", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DJ", "", 8); self.cell(0, 4, "Provincia di Cosenza – Krahina e Kozencës · Comunità arbëreshe", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DJ", "", 8); self.cell(0, 4, "Ordinanza n. 11/2026 del 01.04.2026 – Urdhëresë nr. 11/2026", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(15, self.get_y() + 1, 195, self.get_y() + 1); self.ln(5)
    def footer(self):
        self.set_y(-14); self.set_font("DJ", "I", 7.5)
        self.cell(0, 5, "Piazza Municipio 1 – 87010 Frascineto (CS) – pec: protocollo.frascineto@pec.example.it   –   Pag. %d/{nb}" % self.page_no(), align="C")
pdf = Doc(format="A4"); pdf.set_margins(15, 12, 15); pdf.alias_nb_pages()
pdf.add_font("DJ", "", F + "DejaVuSans.ttf"); pdf.add_font("DJ", "B", F + "DejaVuSans-Bold.ttf"); pdf.add_font("DJ", "I", F + "DejaVuSans-Oblique.ttf")
pdf.set_creator("Maggioli J-Serfin 5"); pdf.set_producer("PyFPDF/fpdf2"); pdf.set_title("Ordinanza sindacale 11/2026")
pdf.add_page()
pdf.set_font("DJ", "B", 13); pdf.cell(0, 7, "ORDINANZA SINDACALE N. 11 DEL 01.04.2026", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DJ", "I", 9); pdf.cell(0, 5, "Urdhëresë e Kryetarit të Bashkisë", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
pdf.set_font("DJ", "B", 10)
pdf.multi_cell(0, 5.2, "OGGETTO: Disciplina temporanea della circolazione e della sosta in occasione dei festeggiamenti della Vallja di martedì dopo Pasqua, 7 aprile 2026.", border=1, padding=2, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DJ", "I", 8.5)
pdf.multi_cell(0, 4.5, "Objekti: Rregullimi i përkohshëm i qarkullimit për festën e Valles, 7 prill 2026.", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
pdf.set_font("DJ", "B", 11); pdf.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DJ", "", 10.5)
for t in ["Premesso che il martedì successivo alla Pasqua si svolgono nel centro storico le tradizionali Vallje, danze e canti della comunità arbëreshe, con grande afflusso di visitatori;",
          "Considerato che per garantire la sicurezza dei partecipanti e la fluidità del traffico è necessario disciplinare la circolazione nelle vie interessate dal corteo;",
          "Visti gli articoli 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e il relativo regolamento di esecuzione;",
          "Visto l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;",
          "Sentito il Comandante della Polizia Locale;"]:
    pdf.multi_cell(0, 5.8, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.set_font("DJ", "B", 11); pdf.cell(0, 7, "ORDINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DJ", "", 10.5)
pts = ["il divieto di transito veicolare dalle ore 9:00 alle ore 20:00 del giorno 7 aprile 2026 in Corso Skanderbeg, via Giorgio Castriota e Piazza Municipio;",
       "il divieto di sosta con rimozione forzata, dalle ore 7:00 alle ore 21:00 dello stesso giorno, nelle medesime vie e nel piazzale della chiesa di Santa Maria Assunta;",
       "l'istituzione di un senso unico alternato regolato da movieri in via Eianina, nel tratto tra l'incrocio con la S.P. 263 e il campo sportivo;",
       "che i veicoli di soccorso, delle forze dell'ordine e al servizio di persone con disabilità siano esentati dai divieti di cui ai punti precedenti;",
       "che l'Ufficio Tecnico comunale provveda all'apposizione della prescritta segnaletica almeno 48 ore prima."]
for i, t in enumerate(pts, 1):
    pdf.cell(8, 5, "%d." % i); pdf.multi_cell(0, 5.8, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.set_font("DJ", "B", 11); pdf.cell(0, 7, "AVVERTE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DJ", "", 10.5)
for t in ["che avverso la presente ordinanza è ammesso ricorso al T.A.R. Calabria entro 60 giorni dalla pubblicazione all'albo pretorio, oppure ricorso straordinario al Presidente della Repubblica entro 120 giorni;",
          "che, ai sensi dell'art. 37, comma 3, del Codice della Strada, entro 60 giorni può essere proposto ricorso al Ministero delle Infrastrutture e dei Trasporti avverso l'apposizione della segnaletica;",
          "che la Polizia Locale e le altre forze di polizia sono incaricate di far rispettare la presente ordinanza, che è resa nota mediante pubblicazione all'albo pretorio on line e sul sito istituzionale dell'Ente."]:
    pdf.multi_cell(0, 5.8, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.ln(4); pdf.cell(0, 5, "Frascineto, lì 01.04.2026", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
pdf.set_x(115); pdf.set_font("DJ", "B", 10); pdf.cell(0, 5, "IL SINDACO – KRYETARI", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115); pdf.set_font("DJ", "", 10); pdf.cell(0, 5, "avv. Angelo Catapano", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115); pdf.set_font("DJ", "I", 7.5); pdf.cell(0, 4, "firmato digitalmente ai sensi del D.Lgs. 82/2005", align="C")
pdf.output(sys.argv[1])
