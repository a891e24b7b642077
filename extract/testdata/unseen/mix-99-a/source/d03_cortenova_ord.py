# Comune di Cortenova - ordinanza sindacale (fpdf2). Number in a grey band, date only at the end.
import sys
from fpdf import FPDF
out = sys.argv[1]
F = "/usr/share/fonts/truetype/liberation/"
p = FPDF(format="A4"); p.set_margins(22, 18, 22); p.set_auto_page_break(True, 20)
p.add_font("LS", "", F + "LiberationSans-Regular.ttf"); p.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
p.set_title("Ordinanza 6/2026"); p.set_creator("Halley Sistemi - Modulo Ordinanze")
p.add_page()
p.set_font("LS", "B", 16); p.cell(0, 8, "COMUNE DI CORTENOVA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 9); p.cell(0, 5, "Provincia di Lecco - Piazza Municipio, 1 - tel. 0341 901123", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(5); p.set_fill_color(220, 220, 220); p.set_font("LS", "B", 12)
p.cell(0, 9, "ORDINANZA N. 6/2026", align="C", fill=True, new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("LS", "B", 10); p.cell(22, 5, "OGGETTO:")
p.multi_cell(0, 5, "Divieto di transito e di sosta in via Provinciale, frazione Prato San Pietro, in occasione della manifestazione \"Sagra di Primavera\" del 4 e 5 aprile 2026.")
p.ln(4); p.set_font("LS", "B", 11); p.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("LS", "", 10)
for t in ["VISTA la richiesta della Pro Loco di Cortenova, pervenuta il 12 marzo 2026 al prot. n. 1102, di chiusura al traffico di via Provinciale per lo svolgimento della manifestazione \"Sagra di Primavera\";",
          "RITENUTO necessario, per la sicurezza dei partecipanti, vietare il transito e la sosta dei veicoli nel tratto interessato;",
          "VISTI gli artt. 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e l'art. 50 del D.Lgs. 267/2000;"]:
    p.multi_cell(0, 5, t, align="J"); p.ln(1.5)
p.ln(2); p.set_font("LS", "B", 11); p.cell(0, 6, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2); p.set_font("LS", "", 10)
for i, t in enumerate(["il divieto di transito e di sosta con rimozione forzata in via Provinciale, nel tratto compreso tra il civico 2 e il civico 48, dalle ore 8.00 di sabato 4 aprile alle ore 24.00 di domenica 5 aprile 2026;",
          "la deviazione del traffico veicolare lungo via Fontana e via Chiesa, con apposita segnaletica a cura della Pro Loco;",
          "che i mezzi di soccorso e delle forze dell'ordine siano comunque autorizzati al transito."], 1):
    p.cell(8, 5, "%d." % i); p.multi_cell(0, 5, t, align="J"); p.ln(1.5)
p.ln(2)
p.multi_cell(0, 5, "Contro la presente ordinanza è ammesso ricorso al T.A.R. per la Lombardia entro 60 giorni dalla pubblicazione all'Albo Pretorio.", align="J")
p.ln(6); p.cell(0, 5, "Cortenova, 26 marzo 2026", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_x(115); p.set_font("LS", "B", 10); p.cell(70, 5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(115); p.set_font("LS", "", 10); p.cell(70, 5, "Marco Cattaneo", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(115); p.set_font("LS", "", 8); p.cell(70, 5, "firmato digitalmente ai sensi del D.Lgs. 82/2005", align="C")
p.output(out)
