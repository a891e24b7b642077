# Comune di Palombaro (CH): determinazione a contrarre, fpdf2, label grid with register numbers, running foot
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def footer(self):
        self.set_y(-14); self.set_font("dv", "", 7.5)
        self.cell(0, 5, "Comune di Palombaro – Area Tecnica – Determinazione a contrarre R.G. 97/2026 – pag. %d/{nb}" % self.page_no(), align="C")
p = P(format="A4"); p.set_producer("Halley EG - Gestione Atti 6.1"); p.set_creator("Halley EG")
p.add_font("dv", "", F + "DejaVuSerif.ttf"); p.add_font("dv", "B", F + "DejaVuSerif-Bold.ttf"); p.add_font("dv", "I", F + "DejaVuSerif-Italic.ttf")
p.alias_nb_pages(); p.add_page(); p.set_margins(20, 15, 20); p.set_auto_page_break(True, 20)
p.set_font("dv", "B", 15); p.cell(0, 8, "COMUNE DI PALOMBARO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "", 9); p.cell(0, 5, "Provincia di Chieti – Piazza Roma, 1 – 66010 Palombaro", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(3); p.set_font("dv", "B", 11); p.cell(0, 7, "AREA TECNICA", border="TB", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("dv", "B", 13); p.cell(0, 7, "DETERMINAZIONE A CONTRARRE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_fill_color(225, 225, 225)
for lab, n, d in (("Registro generale n.", "97", "12/03/2026"), ("Registro Area Tecnica n.", "19", "11/03/2026")):
    p.set_font("dv", "", 9); p.cell(52, 7, lab, border=1, fill=True); p.set_font("dv", "B", 10); p.cell(30, 7, n, border=1, align="C")
    p.set_font("dv", "", 9); p.cell(16, 7, "del", border=1, fill=True, align="C"); p.set_font("dv", "B", 10); p.cell(0, 7, d, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(5)
p.set_font("dv", "B", 10); p.cell(22, 5.5, "OGGETTO:")
p.multi_cell(0, 5.5, "Determinazione a contrarre per l'affidamento diretto dei lavori di manutenzione straordinaria della copertura della scuola dell'infanzia di via Roma, ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023 – CUP D74E26000120004 – CIG B6F1A03D58.", new_x="LMARGIN", new_y="NEXT")
p.ln(4); p.set_font("dv", "B", 10.5); p.cell(0, 6, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.set_font("dv", "", 9.5)
for t in ["PREMESSO che a seguito delle piogge dello scorso inverno si sono verificate infiltrazioni nei locali della scuola dell'infanzia di via Roma e che occorre procedere al rifacimento del manto impermeabile della copertura;",
          "VISTO il progetto esecutivo redatto dall'Ufficio tecnico comunale, dell'importo complessivo di € 38.500,00, di cui € 31.200,00 per lavori (compresi € 900,00 per oneri della sicurezza) ed € 7.300,00 per somme a disposizione;",
          "VISTO l'art. 17, comma 1, del D.Lgs. 36/2023, secondo il quale, prima dell'avvio delle procedure di affidamento, la stazione appaltante adotta la decisione di contrarre individuando gli elementi essenziali del contratto e i criteri di selezione degli operatori economici;",
          "RITENUTO di procedere mediante affidamento diretto, previa richiesta di preventivo sulla piattaforma di approvvigionamento digitale certificata, trattandosi di lavori di importo inferiore a € 150.000,00;"]:
    p.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.ln(1); p.set_font("dv", "B", 10.5); p.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("dv", "", 9.5)
for i, t in enumerate(["di avviare la procedura di affidamento diretto dei lavori in oggetto ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023;",
          "di stabilire che il fine del contratto è la messa in sicurezza della copertura della scuola, che il contratto sarà stipulato mediante scrittura privata e che le clausole essenziali sono contenute nel capitolato speciale d'appalto;",
          "di dare atto che la spesa complessiva di € 38.500,00 trova copertura al cap. 2043/2 del bilancio 2026, finanziata con contributo regionale;",
          "di nominare Responsabile Unico del Progetto l'ing. Sabrina Di Nardo, istruttore direttivo dell'Area Tecnica."], 1):
    p.multi_cell(0, 5, "%d. %s" % (i, t), align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.ln(8); p.set_font("dv", "", 9.5); p.cell(80, 5, "Palombaro, 12/03/2026"); p.set_font("dv", "B", 9.5); p.cell(0, 5, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(100); p.set_font("dv", "I", 9.5); p.cell(0, 5, "arch. Donato Di Renzo", align="C")
p.output(sys.argv[1])
