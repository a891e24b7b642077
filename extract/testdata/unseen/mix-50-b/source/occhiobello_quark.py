# Numbered avviso of Occhiobello, imitating a QuarkXPress-designed poster layout; written with fpdf2
import sys
from fpdf import FPDF
FD = "/usr/share/fonts/truetype/"
out = sys.argv[1]
pdf = FPDF("P", "mm", "A4")
pdf.add_font("Sans", "", FD + "liberation/LiberationSans-Regular.ttf")
pdf.add_font("Sans", "B", FD + "liberation/LiberationSans-Bold.ttf")
pdf.add_font("Sans", "I", FD + "liberation/LiberationSans-Italic.ttf")
pdf.add_font("Cond", "B", FD + "liberation/LiberationSansNarrow-Bold.ttf")
pdf.set_title("Avviso pubblico n. 4/2026 - contributi affitto"); pdf.set_creator("QuarkXPress 2024 (imitation)")
pdf.set_auto_page_break(True, 18)
pdf.add_page()
# colour band with the body's name
pdf.set_fill_color(0, 92, 138); pdf.rect(0, 0, 210, 30, "F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(14, 7); pdf.set_font("Cond", "B", 22); pdf.cell(0, 9, "COMUNE DI OCCHIOBELLO")
pdf.set_xy(14, 17); pdf.set_font("Sans", "", 9); pdf.cell(0, 5, "Provincia di Rovigo  ·  Area Servizi alla Persona – Ufficio Servizi Sociali")
pdf.set_xy(140, 8); pdf.set_font("Sans", "", 7.5)
pdf.multi_cell(58, 3.8, "Prot. n. 6318\ndel 10/04/2026\nAlbo on line n. 547", align="R")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(14, 38); pdf.set_font("Cond", "B", 30); pdf.set_text_color(0, 92, 138)
pdf.cell(0, 12, "AVVISO PUBBLICO N. 4/2026", align="L")
pdf.set_xy(14, 52); pdf.set_font("Sans", "B", 13); pdf.set_text_color(40, 40, 40)
pdf.multi_cell(182, 6.5, "CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026", align="L")
pdf.set_draw_color(0, 92, 138); pdf.set_line_width(0.8); pdf.line(14, pdf.get_y() + 3, 196, pdf.get_y() + 3)
pdf.set_y(pdf.get_y() + 7)
pdf.set_text_color(0, 0, 0)
arts = [
 ("Art. 1 – Finalità", "In esecuzione della deliberazione della Giunta Comunale n. 29 del 26/03/2026, il Comune di Occhiobello eroga contributi economici ai nuclei familiari residenti, titolari di contratti di locazione ad uso abitativo regolarmente registrati, in condizione di disagio economico, a parziale copertura dei canoni dovuti per l’anno 2026."),
 ("Art. 2 – Requisiti", "Possono presentare domanda i cittadini che alla data di pubblicazione del presente avviso: a) sono residenti nel Comune di Occhiobello nell’alloggio oggetto del contratto; b) sono in possesso di attestazione ISEE ordinario in corso di validità non superiore a € 20.000,00; c) non sono titolari di diritti di proprietà su alloggi adeguati nel territorio provinciale; d) non sono assegnatari di alloggi di edilizia residenziale pubblica."),
 ("Art. 3 – Entità del contributo", "Il contributo è pari al 30% del canone annuo, al netto degli oneri accessori, e non può in ogni caso superare l’importo di € 1.800,00 per nucleo familiare. Le risorse disponibili ammontano complessivamente a € 64.000,00."),
 ("Art. 4 – Modalità e termini", "La domanda deve essere presentata esclusivamente on line tramite lo Sportello telematico del Comune, accedendo con SPID, CIE o CNS, entro e non oltre le ore 12:00 del 15 maggio 2026. Per l’assistenza alla compilazione è possibile rivolgersi all’Ufficio Servizi Sociali, previo appuntamento al numero 0425 766111."),
 ("Art. 5 – Graduatoria", "L’Ufficio Servizi Sociali formula la graduatoria degli aventi diritto sulla base del valore ISEE crescente e, a parità, della maggiore incidenza del canone sul reddito. La graduatoria è approvata con determinazione del Responsabile dell’Area e pubblicata all’Albo on line."),
 ("Art. 6 – Controlli e privacy", "Il Comune effettua controlli a campione sulla veridicità delle dichiarazioni rese ai sensi del D.P.R. 445/2000. I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso."),
]
pdf.set_font("Sans", "", 9.5)
with pdf.text_columns(ncols=2, gutter=8, text_align="J", l_margin=14, r_margin=14, balance=True) as cols:
    for h, t in arts:
        with cols.paragraph(text_align="L") as p:
            pdf.set_font("Sans", "B", 10); pdf.set_text_color(0, 92, 138); p.write(h + "\n")
        pdf.set_font("Sans", "", 9.5); pdf.set_text_color(0, 0, 0)
        with cols.paragraph(text_align="J", bottom_margin=3) as p:
            p.write(t)
pdf.ln(6)
pdf.set_x(14); pdf.set_font("Sans", "", 9.5)
pdf.cell(90, 5, "Occhiobello, 10/04/2026")
pdf.set_x(110); pdf.set_font("Sans", "", 9)
pdf.multi_cell(86, 4.6, "La Responsabile dell’Area Servizi alla Persona\nDott.ssa Monica Bellinello\n(firmato digitalmente)", align="C")
pdf.set_auto_page_break(False); pdf.set_y(-16); pdf.set_font("Sans", "I", 7); pdf.set_text_color(90, 90, 90)
pdf.cell(0, 4, "Piazza Matteotti, 1 – 45030 Santa Maria Maddalena di Occhiobello (RO) – www.comune.occhiobello.ro.it – Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", align="C")
pdf.output(out)
