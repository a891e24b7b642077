# Unione Montana dei Comuni della Valsesia - Consiglio dell'Unione: fpdf2, Liberation Sans TTF;
# roll in two side-by-side column groups with P/A marks; running head and foot on every page.
import sys
from fpdf import FPDF
FD = "/usr/share/fonts/truetype/liberation/"
class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("LS", "", 8); self.set_text_color(80)
            self.cell(0, 5, "Unione Montana dei Comuni della Valsesia – Deliberazione del Consiglio dell'Unione n. 9 del 28/04/2026", align="C", new_x="LMARGIN", new_y="NEXT")
            self.line(18, 17, 192, 17); self.ln(4); self.set_text_color(0)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 8); self.set_text_color(80)
        self.cell(0, 5, "Corso Roma, 35 – 13019 Varallo (VC) – unionevalsesia@pec.it", align="L")
        self.cell(0, 5, f"Pag. {self.page_no()} di {{nb}}", align="R"); self.set_text_color(0)
pdf = Doc(format="A4"); pdf.alias_nb_pages()
pdf.set_creator("Sicraweb EVO - Maggioli"); pdf.set_producer("Sicraweb PDF Engine 3.4 (fpdf2)")
pdf.set_title("Delibera CU 9/2026")
pdf.add_font("LS", "", FD + "LiberationSans-Regular.ttf"); pdf.add_font("LS", "B", FD + "LiberationSans-Bold.ttf"); pdf.add_font("LS", "I", FD + "LiberationSans-Italic.ttf")
pdf.set_margins(18, 15, 18); pdf.set_auto_page_break(True, 20); pdf.add_page()
pdf.set_font("LS", "B", 15); pdf.cell(0, 8, "UNIONE MONTANA DEI COMUNI DELLA VALSESIA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9); pdf.cell(0, 5, "Provincia di Vercelli", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
pdf.set_fill_color(230); pdf.set_font("LS", "B", 10.5)
pdf.cell(0, 7, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO DELL'UNIONE", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10)
pdf.cell(58, 7, "Deliberazione N. 9", border=1, align="C"); pdf.cell(58, 7, "Data: 28/04/2026", border=1, align="C"); pdf.cell(0, 7, "Seduta ordinaria – 1ª convocazione", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3); pdf.set_font("LS", "B", 10); pdf.cell(22, 6, "OGGETTO:")
pdf.multi_cell(0, 5.5, "Approvazione del Regolamento per la gestione associata del servizio di Polizia Locale tra i Comuni dell'Unione.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2); pdf.set_font("LS", "", 10)
pdf.multi_cell(0, 5.2, "L'anno duemilaventisei, addì ventotto del mese di aprile, alle ore 21.00, nella sala consiliare della sede dell'Unione in Varallo, convocato con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio dell'Unione. All'appello risultano:", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
roll = [("FONTANA Elena", "Presidente", "Varallo", "P"), ("BELLO Roberto", "Consigliere", "Borgosesia", "P"),
 ("CARELLI Anna", "Consigliere", "Quarona", "P"), ("GUGLIELMINA Ivo", "Consigliere", "Alagna Valsesia", "A"),
 ("MORA Silvana", "Consigliere", "Scopello", "P"), ("PIANA Gabriele", "Consigliere", "Campertogno", "P"),
 ("RAGOZZA Dario", "Consigliere", "Rimella", "P"), ("SACCO Lorena", "Consigliere", "Cravagliana", "A"),
 ("TOSI Andrea", "Consigliere", "Serravalle Sesia", "P"), ("VERCELLONE Paola", "Consigliere", "Rossa", "P"),
 ("ZANFA Marco", "Consigliere", "Boccioleto", "P"), ("DELLAROLE Nadia", "Consigliere", "Cellio con Breia", "P")]
x0 = pdf.get_x(); w = [33, 22, 27, 5]
pdf.set_font("LS", "B", 8.5)
for half in range(2):
    for h, ww in zip(["Nominativo", "Carica", "Comune", "P/A"], w): pdf.cell(ww, 6, h, border=1, align="C", fill=True)
    if half == 0: pdf.cell(0.5, 6, "")
pdf.ln(); pdf.set_font("LS", "", 8.5)
for i in range(6):
    for r in (roll[i], roll[i + 6]):
        for v, ww in zip(r, w): pdf.cell(ww, 5.6, v, border=1, align="C" if ww == 5 else "L")
        if r is roll[i]: pdf.cell(0.5, 5.6, "")
    pdf.ln()
pdf.set_font("LS", "I", 9); pdf.cell(0, 6, "Presenti n. 10 – Assenti n. 2", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10)
for t in [
 "Partecipa il Segretario dell'Unione dott.ssa Cristina Manfredda, che provvede alla redazione del presente verbale.",
 "Essendo legale il numero degli intervenuti, la sig.ra Elena Fontana, nella sua qualità di Presidente, assume la presidenza e dichiara aperta la seduta.",
 "IL CONSIGLIO DELL'UNIONE",
 "Premesso che con deliberazione del Consiglio dell'Unione n. 21 del 27/11/2025 è stata approvata la convenzione per la gestione associata della funzione di Polizia Locale tra i Comuni aderenti, ai sensi dell'art. 32 del D.Lgs. n. 267/2000 e dell'art. 14, comma 28, del D.L. n. 78/2010;",
 "Visti la Legge 7 marzo 1986, n. 65, e la Legge Regionale Piemonte 30 novembre 1987, n. 58, in materia di ordinamento della Polizia Locale;",
 "Visto lo schema di Regolamento predisposto dal Comandante del Corpo associato, esaminato dalla Conferenza dei Sindaci nella seduta del 14/04/2026;",
 "Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
 "Uditi gli interventi riportati nel resoconto allegato;",
 "Con voti favorevoli n. 8, contrari n. 1 (Ragozza), astenuti n. 1 (Tosi), espressi per alzata di mano da n. 10 consiglieri presenti e votanti,",
 "D E L I B E R A",
 "1. di approvare il Regolamento per la gestione associata del servizio di Polizia Locale tra i Comuni dell'Unione, composto da n. 34 articoli, allegato alla presente quale parte integrante e sostanziale;",
 "2. di dare atto che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione all'Albo Pretorio on line dell'Unione;",
 "3. di trasmettere copia della presente ai Comuni aderenti e alla Prefettura di Vercelli.",
 "Successivamente, con separata votazione che dà il seguente esito: favorevoli n. 9, contrari n. 1 (Ragozza), astenuti nessuno, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
]:
    if t.isupper(): pdf.ln(1); pdf.set_font("LS", "B", 10.5); pdf.cell(0, 6, t, align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("LS", "", 10); continue
    pdf.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)
pdf.ln(4); pdf.cell(0, 5, "Letto, confermato e sottoscritto.", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pdf.set_font("LS", "B", 10); pdf.cell(87, 5, "IL PRESIDENTE", align="C"); pdf.cell(87, 5, "IL SEGRETARIO DELL'UNIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10); pdf.cell(87, 5, "F.to Elena Fontana", align="C"); pdf.cell(87, 5, "F.to dott.ssa Cristina Manfredda", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6); pdf.set_font("LS", "B", 9); pdf.cell(0, 6, "CERTIFICATO DI PUBBLICAZIONE", border="LTR", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9)
pdf.multi_cell(0, 5, "Si certifica che copia della presente deliberazione è pubblicata all'Albo Pretorio on line dell'Unione dal 30/04/2026 per 15 giorni consecutivi (n. 214 del registro).\nVarallo, 30/04/2026                                    Il Segretario dell'Unione F.to dott.ssa Cristina Manfredda", border="LBR", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
