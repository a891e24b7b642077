# Comune di Casina (RE): avviso pubblico over two pages, letterhead and foot repeated on every page (fpdf2 header()/footer())
import sys
from fpdf import FPDF
class D(FPDF):
    def header(self):
        self.set_font("DV", "B", 13); self.cell(0, 7, "COMUNE DI CASINA", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 8); self.cell(0, 4, "Provincia di Reggio Emilia - Piazza IV Novembre, 3 - 42034 Casina", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "SETTORE AFFARI GENERALI - Servizio Scuola e Cultura", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(10, self.get_y()+1, 200, self.get_y()+1); self.ln(6)
    def footer(self):
        self.set_y(-15); self.set_font("DV", "", 7)
        self.cell(0, 4, f"Avviso pubblico n. 2/2026 - pagina {self.page_no()} di {{nb}}", align="C")
p = D(format="A4")
p.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"); p.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
p.alias_nb_pages(); p.add_page()
p.set_font("DV", "", 9); p.cell(0, 5, "Prot. n. 2214                                                                                                     Casina, 16.3.2026", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DV", "B", 13); p.cell(0, 7, "AVVISO PUBBLICO N. 2/2026", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "B", 10); p.multi_cell(0, 6, "PER L'ASSEGNAZIONE DI BORSE DI STUDIO A STUDENTI DELLE SCUOLE SECONDARIE DI SECONDO GRADO RESIDENTI NEL COMUNE DI CASINA - ANNO SCOLASTICO 2025/2026", align="C"); p.ln(3)
arts = [("Art. 1 - Finalità", "Il Comune di Casina, in esecuzione della deliberazione della Giunta Comunale n. 19 del 5.3.2026, intende assegnare n. 10 borse di studio dell'importo di € 300,00 ciascuna a studenti meritevoli residenti nel territorio comunale."),
 ("Art. 2 - Requisiti", "Possono partecipare gli studenti residenti nel Comune di Casina iscritti nell'a.s. 2025/2026 a una scuola secondaria di secondo grado, che abbiano conseguito nell'anno precedente una media non inferiore a 8/10 e con ISEE del nucleo familiare non superiore a € 25.000,00."),
 ("Art. 3 - Domande", "Le domande, redatte sul modulo allegato, devono pervenire entro le ore 12:00 del 17 aprile 2026 all'Ufficio Protocollo oppure via PEC all'indirizzo del Comune. Alla domanda vanno allegati la certificazione ISEE in corso di validità e la pagella dell'anno scolastico 2024/2025."),
 ("Art. 4 - Graduatoria", "La graduatoria sarà formata dando priorità alla media dei voti e, a parità, all'ISEE più basso. La graduatoria sarà pubblicata all'Albo Pretorio on line e sul sito istituzionale dell'Ente."),
 ("Art. 5 - Trattamento dei dati", "I dati personali saranno trattati ai sensi del Regolamento UE 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è il Comune di Casina."),
 ("Art. 6 - Informazioni", "Per informazioni è possibile rivolgersi al Servizio Scuola e Cultura, tel. 0522 604711, nei giorni di apertura al pubblico. Responsabile del procedimento è la dott.ssa Ilaria Ferrari.")]
for h, t in arts:
    p.set_font("DV", "B", 10); p.cell(0, 7, h, new_x="LMARGIN", new_y="NEXT")
    p.set_font("DV", "", 10); p.multi_cell(0, 5.5, t, align="J"); p.ln(2)
p.ln(6); p.set_x(110); p.multi_cell(90, 5.5, "Il Responsabile del Settore Affari Generali\ndott.ssa Ilaria Ferrari", align="C")
p.add_page()
p.set_font("DV", "B", 11); p.cell(0, 7, "SCHEMA DI DOMANDA", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("DV", "", 10)
p.multi_cell(0, 6, "Al Comune di Casina - Servizio Scuola e Cultura", align="R", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
for l in ["Il/La sottoscritto/a ______________________________________ nato/a a ____________________ il ___________",
          "residente a Casina in via ____________________________ n. ____ tel. ______________________",
          "genitore dello studente/della studentessa ________________________________________________",
          "iscritto/a per l'a.s. 2025/2026 alla classe ____ dell'Istituto ____________________________________"]:
    p.multi_cell(0, 8, l, new_x="LMARGIN", new_y="NEXT")
p.ln(2); p.set_font("DV", "B", 10); p.cell(0, 7, "CHIEDE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("DV", "", 10)
p.multi_cell(0, 6, "l'assegnazione della borsa di studio di cui all'avviso pubblico n. 2/2026 e, consapevole delle sanzioni previste dall'art. 76 del D.P.R. 445/2000, dichiara che la media dei voti conseguita nell'a.s. 2024/2025 è pari a ______ e che l'ISEE del nucleo familiare è pari a € ______________.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(6); p.multi_cell(0, 6, "Allegati: certificazione ISEE; pagella a.s. 2024/2025; documento di identità.", new_x="LMARGIN", new_y="NEXT")
p.ln(8); p.cell(0, 6, "Data ______________                                         Firma ______________________________")
p.output(sys.argv[1])
