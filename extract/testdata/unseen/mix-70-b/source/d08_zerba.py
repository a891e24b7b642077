# Zerba (PC): certificate of publication of a Giunta deliberation, typewriter form in DejaVu Sans Mono
# (embedded TrueType as CID fonts, Identity-H), fpdf2; blanks as dotted leaders filled in.
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_margins(22, 20, 22); p.add_page()
D = "/usr/share/fonts/truetype/dejavu/"
p.add_font("Mono", "", D + "DejaVuSansMono.ttf"); p.add_font("Mono", "B", D + "DejaVuSansMono-Bold.ttf")
p.set_creator("Gestione Albo v.3 (DOS)"); p.set_title("Certificato di pubblicazione")
p.set_font("Mono", "B", 14); p.cell(0, 7, "COMUNE DI ZERBA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("Mono", "", 9.5); p.cell(0, 5, "Provincia di Piacenza", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(0, 5, "Località Capoluogo - 29020 Zerba (PC)", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(0, 4, "=" * 60, align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(8)
p.set_font("Mono", "B", 12); p.cell(0, 7, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_font("Mono", "", 10.5)
L = 6.2
p.multi_cell(0, L, "Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("Mono", "B", 11); p.cell(0, 7, "C E R T I F I C A", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("Mono", "", 10.5)
p.multi_cell(0, L, "che la deliberazione della GIUNTA COMUNALE", new_x="LMARGIN", new_y="NEXT")
p.multi_cell(0, L, "n. ...14... del ...07.05.2026...", new_x="LMARGIN", new_y="NEXT")
p.multi_cell(0, L, "avente per oggetto:", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.set_font("Mono", "B", 10.5)
p.multi_cell(0, L, "CONCESSIONE IN COMODATO D'USO GRATUITO DEI LOCALI DELL'EX SCUOLA ELEMENTARE DI VESIMO ALL'ASSOCIAZIONE ALPINI - GRUPPO DI ZERBA PER IL TRIENNIO 2026-2028.", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("Mono", "", 10.5)
p.multi_cell(0, L, "e' stata pubblicata all'Albo Pretorio on line di questo Comune il giorno ...12.05.2026... (n. ...87... del Registro delle pubblicazioni) e vi rimarra' per quindici giorni consecutivi, fino al ...27.05.2026..., ai sensi dell'art. 124, comma 1, del D.Lgs. 18.08.2000, n. 267.", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.multi_cell(0, L, "Contestualmente all'affissione e' stata trasmessa in elenco ai Capigruppo consiliari (art. 125 D.Lgs. 267/2000).", new_x="LMARGIN", new_y="NEXT"); p.ln(8)
p.multi_cell(0, L, "Zerba, li 12.05.2026", new_x="LMARGIN", new_y="NEXT"); p.ln(10)
p.set_x(110); p.cell(0, L, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(110); p.cell(0, L, "F.to Dott.ssa Ornella Calza", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(14); p.set_font("Mono", "", 8.5)
p.multi_cell(0, 4.5, "-" * 78 + "\nCopia conforme all'originale, in carta libera per uso amministrativo.\n" + "-" * 78, new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
