# Panni: fpdf2 with Liberation Serif; headings letter-spaced (Tc), body justified (Tw);
# the sector/office is printed only in the signature block.
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/"
pdf = FPDF(format="A4"); pdf.set_margins(20, 18, 20); pdf.set_auto_page_break(True, 22)
pdf.add_font("LS", "", F + "LiberationSerif-Regular.ttf"); pdf.add_font("LS", "B", F + "LiberationSerif-Bold.ttf")
pdf.add_font("LS", "I", F + "LiberationSerif-Italic.ttf")
pdf.set_creator("Maggioli Sicr@web"); pdf.set_producer("Sicraweb PDF Engine 5.1"); pdf.set_title("Determinazione Reg. Gen. 128/2026")
pdf.add_page()
pdf.set_font("LS", "B", 16); pdf.set_char_spacing(2.5)
pdf.cell(0, 8, "COMUNE DI PANNI", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0); pdf.set_font("LS", "I", 10)
pdf.cell(0, 5, "Provincia di Foggia – Corso Vittorio Emanuele, 21 – 71020 Panni (FG)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
y = pdf.get_y()
# two separate register boxes: general left, sector right
pdf.set_font("LS", "B", 9); pdf.rect(20, y, 78, 18); pdf.rect(112, y, 78, 18)
pdf.set_xy(22, y + 2); pdf.cell(74, 5, "REGISTRO GENERALE", align="C")
pdf.set_xy(114, y + 2); pdf.cell(74, 5, "REGISTRO DEL SETTORE", align="C")
pdf.set_font("LS", "", 11)
pdf.set_xy(22, y + 9); pdf.cell(74, 6, "Reg. Gen. 128 – data 24.3.2026", align="C")
pdf.set_xy(114, y + 9); pdf.cell(74, 6, "n. 31 del 23.3.2026", align="C")
pdf.set_y(y + 24)
pdf.set_font("LS", "", 9.5)
pdf.cell(0, 5, "Proposta di determinazione n. 40 del 20.3.2026", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3); pdf.set_font("LS", "B", 13); pdf.set_char_spacing(4)
pdf.cell(0, 8, "DETERMINAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_char_spacing(0)
pdf.ln(3)
pdf.set_font("LS", "B", 10.5); pdf.cell(22, 5.5, "Oggetto:")
pdf.multi_cell(0, 5.5, "Fornitura e posa in opera di giochi inclusivi e pavimentazione antitrauma nell'area a verde di Largo San Costanzo. Determina a contrarre e affidamento diretto alla ditta Ludoverde S.n.c. di Lucera. CUP C81B26000030002 – CIG B9A07E3D11.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("LS", "B", 11); pdf.set_char_spacing(1.5)
pdf.cell(0, 6, "IL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_char_spacing(0)
pdf.set_font("LS", "", 10.5)
body = [
 "Premesso che con deliberazione della Giunta comunale n. 22 del 5.3.2026 è stato approvato il progetto di riqualificazione dell'area a verde di Largo San Costanzo, finanziato con contributo regionale per gli spazi gioco inclusivi;",
 "Vista la proposta n. 40 del 20.3.2026 formulata dal responsabile del procedimento, arch. Donato Iamele;",
 "Richiamato l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto di servizi e forniture di importo inferiore a 140.000 euro;",
 "Visto il preventivo della ditta Ludoverde S.n.c., acquisito al protocollo n. 1187 del 18.3.2026, per l'importo di € 24.350,00 oltre IVA, ritenuto congruo;",
 "Visti il D.Lgs. 267/2000 e il decreto sindacale n. 2/2026 di nomina dei responsabili dei settori;",
]
for t in body: pdf.multi_cell(0, 5.3, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)
pdf.ln(2); pdf.set_font("LS", "B", 11); pdf.set_char_spacing(3)
pdf.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_char_spacing(0); pdf.ln(1)
pdf.set_font("LS", "", 10.5)
pts = [
 "di affidare alla ditta Ludoverde S.n.c. di Lucera la fornitura e posa in opera di giochi inclusivi e pavimentazione antitrauma nell'area a verde di Largo San Costanzo per € 24.350,00 oltre IVA al 22%;",
 "di impegnare la spesa complessiva di € 29.707,00 al capitolo 2098/1 del bilancio 2026-2028, esercizio 2026;",
 "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale;",
 "di pubblicare il presente provvedimento all'Albo Pretorio on line e nella sezione Amministrazione Trasparente.",
]
for i, t in enumerate(pts, 1):
    pdf.cell(8, 5.3, "%d)" % i); pdf.multi_cell(0, 5.3, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.ln(8); pdf.set_x(105); pdf.set_font("LS", "", 10.5)
pdf.multi_cell(85, 5.3, "Il Responsabile del III Settore – Servizi Tecnici", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(105); pdf.set_font("LS", "I", 10.5); pdf.cell(85, 5.3, "ing. Michele Colangelo", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(105); pdf.set_font("LS", "", 8); pdf.cell(85, 4, "(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
