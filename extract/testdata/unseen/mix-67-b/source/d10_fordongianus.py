# Comune di Fordongianus / Comunu de Forru (OR) - ordinanza sindacale, 2 pages (fpdf2, DejaVu TTF embedded
# as Type0/Identity-H). Letterhead in the header and register line in the footer, repeated on every page.
import sys
from fpdf import FPDF
D = "/usr/share/fonts/truetype/dejavu/"
class Ord(FPDF):
    def header(self):
        self.set_draw_color(120, 80, 30); self.set_fill_color(235, 220, 190)
        self.rect(20, 11, 13, 16, style="DF")
        self.set_xy(36, 10); self.set_font("Serif", "B", 15); self.cell(0, 7, "COMUNE DI FORDONGIANUS", new_x="LMARGIN", new_y="NEXT")
        self.set_x(36); self.set_font("Serif", "I", 10); self.cell(0, 5, "Comunu de Forru", new_x="LMARGIN", new_y="NEXT")
        self.set_x(36); self.set_font("Sans", "", 8); self.cell(0, 4.5, "Provincia di Oristano – Via Traiano, 7 – 09083 Fordongianus (OR)", new_x="LMARGIN", new_y="NEXT")
        self.set_xy(140, 12); self.set_font("Sans", "B", 8.5); self.cell(50, 5, "UFFICIO DEL SINDACO", align="R")
        self.set_xy(140, 17); self.set_font("Sans", "", 8); self.cell(50, 5, "Ufficiu de su Sìndigu", align="R")
        self.set_draw_color(0); self.set_line_width(0.5); self.line(20, 31, 190, 31); self.set_line_width(0.2)
        self.set_y(38)
    def footer(self):
        self.set_y(-17); self.set_line_width(0.2); self.line(20, self.get_y(), 190, self.get_y())
        self.set_font("Sans", "", 7.5)
        self.cell(120, 6, "Registro delle ordinanze – Ordinanza n. 5 del 3.2.2026", align="L")
        self.cell(50, 6, "pag. %d/{nb}" % self.page_no(), align="R")
pdf = Ord(format="A4"); pdf.set_margins(20, 38, 20); pdf.set_auto_page_break(True, 24)
pdf.add_font("Serif", "", D + "DejaVuSerif.ttf"); pdf.add_font("Serif", "B", D + "DejaVuSerif-Bold.ttf")
pdf.add_font("Serif", "I", D + "DejaVuSerif-Italic.ttf"); pdf.add_font("Sans", "", D + "DejaVuSans.ttf"); pdf.add_font("Sans", "B", D + "DejaVuSans-Bold.ttf")
pdf.set_title("Ordinanza n. 5/2026"); pdf.set_author("Comune di Fordongianus"); pdf.set_creator("Word2PDF Office Add-in")
pdf.add_page()
pdf.set_font("Serif", "B", 13); pdf.cell(0, 7, "ORDINANZA SINDACALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 11); pdf.cell(0, 6, "n. 5 del 3.2.2026", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Serif", "B", 10.5); y = pdf.get_y(); pdf.cell(24, 5.5, "OGGETTO:")
pdf.set_xy(44, y)
pdf.multi_cell(146, 5.5, "Divieto temporaneo di accesso e di balneazione nelle vasche termali libere in località Caddas, sulla sponda sinistra del fiume Tirso, per lavori urgenti di consolidamento dell'argine.", align="J")
pdf.ln(5)
pdf.set_font("Serif", "B", 11.5); pdf.cell(0, 7, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.set_font("Serif", "", 10.5)
prem = [
 "PREMESSO che le vasche termali ad accesso libero in località Caddas, alimentate dalle sorgenti ipertermali che sgorgano in prossimità delle Terme romane, sono frequentate quotidianamente da residenti e visitatori, anche nel periodo invernale;",
 "VISTA la nota del Servizio del Genio Civile di Oristano prot. n. 4218 del 29 gennaio 2026, con la quale, a seguito del sopralluogo effettuato dopo la piena del fiume Tirso del 24 e 25 gennaio 2026, è stato segnalato il cedimento di un tratto dell'argine in sinistra idraulica a ridosso delle vasche e la necessità di interventi urgenti di consolidamento;",
 "CONSIDERATO che i lavori, affidati con determinazione del Responsabile dell'Area Tecnica n. 21 del 2 febbraio 2026, comportano l'impiego di mezzi meccanici pesanti nell'area delle vasche e lungo il sentiero di accesso, e che la permanenza di persone nell'area costituisce un pericolo per la pubblica incolumità;",
 "RITENUTO pertanto necessario interdire temporaneamente l'accesso all'area e la balneazione nelle vasche per la durata dei lavori;",
 "VISTI l'art. 50, comma 5, e l'art. 54, comma 4, del D.Lgs. 18 agosto 2000, n. 267, e lo Statuto comunale;",
]
for p in prem: pdf.multi_cell(0, 5.4, p, align="J"); pdf.ln(1.5)
pdf.ln(2); pdf.set_font("Serif", "B", 11.5); pdf.cell(0, 7, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.set_font("Serif", "", 10.5)
pts = [
 "il divieto di accesso, di sosta e di balneazione nell'area delle vasche termali libere in località Caddas e lungo il sentiero pedonale che dalla via delle Terme conduce alla sponda del fiume, dal giorno 5 febbraio 2026 al giorno 31 marzo 2026 e comunque fino alla comunicazione di ultimazione dei lavori;",
 "all'impresa esecutrice dei lavori di delimitare l'area di cantiere con recinzione continua e di apporre, agli accessi, la segnaletica di divieto riportante gli estremi della presente ordinanza;",
 "al Responsabile dell'Area Tecnica di comunicare al Sindaco l'ultimazione dei lavori e l'avvenuto ripristino delle condizioni di sicurezza, ai fini della revoca del divieto.",
]
for i, p in enumerate(pts, 1):
    y = pdf.get_y()
    if y > 255: pdf.add_page(); y = pdf.get_y()
    pdf.cell(8, 5.4, "%d." % i); pdf.set_xy(28, y); pdf.multi_cell(0, 5.4, p, align="J"); pdf.ln(1.5)
pdf.ln(2); pdf.set_font("Serif", "B", 11.5); pdf.cell(0, 7, "D I S P O N E", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.set_font("Serif", "", 10.5)
pdf.multi_cell(0, 5.4, "che la presente ordinanza sia pubblicata all'Albo Pretorio on line e resa nota mediante affissione nei luoghi pubblici e agli accessi dell'area interessata, e che copia sia trasmessa al Comando Stazione Carabinieri di Fordongianus, al Servizio di Polizia Locale e al Servizio del Genio Civile di Oristano.", align="J")
pdf.ln(1.5)
pdf.multi_cell(0, 5.4, "La violazione del divieto è punita con la sanzione amministrativa pecuniaria da euro 25,00 a euro 500,00 ai sensi dell'art. 7-bis del D.Lgs. 267/2000, salvo che il fatto costituisca reato.", align="J")
pdf.ln(1.5)
pdf.set_font("Serif", "I", 9.5)
pdf.multi_cell(0, 5, "Avverso il presente provvedimento è ammesso ricorso al Tribunale Amministrativo Regionale per la Sardegna entro 60 giorni dalla pubblicazione, oppure ricorso straordinario al Presidente della Repubblica entro 120 giorni.", align="J")
pdf.ln(6); pdf.set_font("Serif", "", 10.5); pdf.cell(0, 6, "Dalla Casa comunale, 3 febbraio 2026", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
pdf.set_x(115); pdf.set_font("Serif", "B", 10.5); pdf.cell(70, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115); pdf.set_font("Serif", "", 10.5); pdf.cell(70, 6, "Serafino Obinu", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115); pdf.set_font("Sans", "", 7); pdf.cell(70, 5, "documento firmato digitalmente ai sensi del D.Lgs. 82/2005", align="C")
pdf.output(sys.argv[1])
