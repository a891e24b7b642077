# fpdf2: determinazione Posada (CM Sistemi-like) and avviso pubblico Forlimpopoli (Sejda-edited-like)
import sys, os
from fpdf import FPDF
from fpdf.enums import XPos, YPos
OUT = sys.argv[1]
D = '/usr/share/fonts/truetype/dejavu/'
L = '/usr/share/fonts/truetype/liberation/'
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)

class Posada(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font('DV', '', 7.5)
            self.cell(0, 5, 'COMUNE DI POSADA – Determinazione Area Tecnica n. 87 del 16/03/2026', border='B', **NL)
            self.ln(3)
    def footer(self):
        self.set_y(-14); self.set_font('DV', '', 7)
        self.cell(95, 4, 'Copia informatica per consultazione', align='L')
        self.cell(0, 4, f'Pagina {self.page_no()} di {{nb}}', align='R')

def posada():
    p = Posada('P', 'mm', 'A4'); p.alias_nb_pages()
    p.add_font('DV', '', D+'DejaVuSans.ttf'); p.add_font('DV', 'B', D+'DejaVuSans-Bold.ttf'); p.add_font('DV', 'I', D+'DejaVuSans-Oblique.ttf')
    p.add_font('DVC', '', D+'DejaVuSansCondensed.ttf'); p.add_font('DVC', 'B', D+'DejaVuSansCondensed-Bold.ttf')
    p.set_margins(20, 15, 20); p.set_auto_page_break(True, 20)
    p.set_creator('CM Sistemi – Gestione Atti'); p.set_title('Determinazione Area Tecnica n. 87/2026'); p.set_author('Comune di Posada')
    p.add_page()
    p.set_font('DV', 'B', 14); p.cell(0, 7, 'COMUNE DI POSADA', align='C', **NL)
    p.set_font('DV', '', 9); p.cell(0, 5, 'Provincia di Nuoro', align='C', **NL)
    p.set_font('DV', '', 7.5); p.cell(0, 4, 'Via Giardini, 46 – 08020 Posada (NU) – P.IVA 00160790911', align='C', **NL)
    p.ln(4)
    p.set_font('DV', 'B', 11); p.cell(0, 6, 'AREA TECNICA', align='C', **NL)
    p.set_font('DV', '', 9.5); p.cell(0, 5, 'Servizio Lavori Pubblici e Manutenzioni', align='C', **NL)
    p.ln(4)
    # register box
    p.set_font('DVC', 'B', 10)
    x, y = p.get_x(), p.get_y()
    p.set_fill_color(235, 235, 235)
    p.cell(85, 7, 'DETERMINAZIONE N. 87', border=1, align='C', fill=True)
    p.cell(85, 7, 'del 16/03/2026', border=1, align='C', fill=True, **NL)
    p.set_font('DVC', '', 8.5)
    p.cell(85, 6, 'Registro Generale', border=1, align='C')
    p.cell(85, 6, 'Reg. Settore n. 29 del 13/03/2026', border=1, align='C', **NL)
    p.ln(5)
    subj = ("Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 del servizio di pulizia "
            "straordinaria degli arenili di competenza comunale – stagione 2026. Impegno di spesa. CIG B6A1F2C3D4")
    p.set_font('DV', 'B', 9.5); p.cell(22, 5.5, 'OGGETTO:')
    p.multi_cell(0, 5.5, subj, border=0, **NL)
    p.ln(4)
    p.set_font('DV', 'B', 10); p.cell(0, 6, 'IL RESPONSABILE DELL\'AREA TECNICA', align='C', **NL); p.ln(2)
    p.set_font('DV', '', 9.5)
    prem = [
      "Visto il Decreto del Sindaco n. 4 del 09/01/2026, con il quale è stata attribuita al sottoscritto la responsabilità dell'Area Tecnica con le funzioni di cui all'art. 107 del D.Lgs. 267/2000;",
      "Richiamate la deliberazione del Consiglio Comunale n. 41 del 23/12/2025, di approvazione del Bilancio di previsione 2026-2028, e la deliberazione della Giunta Comunale n. 6 del 15/01/2026, di assegnazione delle risorse ai Responsabili;",
      "Premesso che, in vista della stagione balneare 2026, si rende necessario provvedere alla pulizia straordinaria degli arenili di Su Tiriarzu, San Giovanni e Orvile, interessati dalle mareggiate dei mesi invernali;",
      "Dato atto che è stata consultata tramite la piattaforma SardegnaCAT la ditta Ecoservizi Baronia S.r.l., con sede in Siniscola, che ha offerto per il servizio l'importo di € 18.450,00 oltre IVA al 22%, ritenuto congruo;",
      "Accertato il possesso dei requisiti di ordine generale dell'operatore economico e la regolarità contributiva (DURC prot. INAIL_51877320, valido fino al 19/06/2026);",
      "Visti il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente Regolamento comunale di contabilità;",
    ]
    for t in prem:
        p.multi_cell(0, 5, t, align='J', **NL); p.ln(1.5)
    p.ln(2)
    p.set_font('DV', 'B', 10); p.cell(0, 6, 'D E T E R M I N A', align='C', **NL); p.ln(2)
    p.set_font('DV', '', 9.5)
    pts = [
      "di affidare alla ditta Ecoservizi Baronia S.r.l., P.IVA 01587420916, il servizio di pulizia straordinaria degli arenili comunali per la stagione 2026, per l'importo di € 18.450,00 oltre IVA al 22%, per complessivi € 22.509,00;",
      "di impegnare la somma di € 22.509,00 sul capitolo 1738/4 \"Pulizia litorali e spiagge\" del Bilancio 2026-2028, esercizio 2026;",
      "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
      "di trasmettere il presente atto al Servizio Finanziario per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria.",
    ]
    for i, t in enumerate(pts, 1):
        p.cell(8, 5, f'{i})')
        p.multi_cell(0, 5, t, align='J', **NL); p.ln(1.5)
    p.ln(6)
    p.set_x(110); p.set_font('DV', '', 9.5)
    p.multi_cell(80, 5, "Il Responsabile dell'Area Tecnica\nIng. Giovanni Maria Mura\n(firmato digitalmente)", align='C', **NL)
    p.ln(6)
    p.set_font('DV', 'B', 9); p.cell(0, 6, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', border='T', **NL)
    p.set_font('DVC', '', 8.5)
    p.set_fill_color(245, 245, 245)
    for row in [('Impegno', 'Capitolo', 'Esercizio', 'Importo'), ('2026/214', '1738/4', '2026', '€ 22.509,00')]:
        for w, v in zip((40, 40, 40, 50), row): p.cell(w, 6, v, border=1, align='C', fill=(row[0] == 'Impegno'))
        p.ln(6)
    p.ln(2); p.set_font('DV', '', 8.5)
    p.multi_cell(0, 4.5, "Posada, 16/03/2026 – Il Responsabile dell'Area Finanziaria Rag. Antonella Pirisi (firmato digitalmente)", **NL)
    p.ln(4)
    p.set_font('DV', 'B', 8.5); p.cell(0, 5, 'CERTIFICATO DI PUBBLICAZIONE', border='T', **NL)
    p.set_font('DV', '', 8.5)
    p.multi_cell(0, 4.5, "La presente determinazione è pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi a decorrere dal 17/03/2026 (n. 298 del Registro delle pubblicazioni).", **NL)
    p.output(os.path.join(OUT, 'determinazione-posada-cmsistemi.pdf'))

class Forli(FPDF):
    def header(self):
        self.set_font('LS', '', 7); self.set_text_color(90, 90, 90)
        self.cell(0, 4, 'Comune di Forlimpopoli – Prot. n. 5102 del 26/03/2026 – Classif. 07.08', align='R', **NL)
        self.set_text_color(0, 0, 0); self.ln(1)
    def footer(self):
        self.set_y(-16); self.set_font('LS', '', 7); self.set_text_color(70, 70, 70)
        self.cell(0, 4, 'Piazza A. Fratti, 2 – 47034 Forlimpopoli (FC) – tel. 0543 749211 – comune.forlimpopoli@cert.provincia.fc.it', align='C', **NL)
        self.cell(0, 4, f'{self.page_no()}/{{nb}}', align='C')

def forlimpopoli():
    p = Forli('P', 'mm', 'A4'); p.alias_nb_pages()
    p.add_font('LS', '', L+'LiberationSans-Regular.ttf'); p.add_font('LS', 'B', L+'LiberationSans-Bold.ttf'); p.add_font('LS', 'I', L+'LiberationSans-Italic.ttf')
    p.add_font('CA', '', '/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf'); p.add_font('CA', 'B', '/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf')
    p.set_margins(22, 12, 22); p.set_auto_page_break(True, 22)
    p.set_creator('Microsoft Word'); p.set_producer('Sejda 4.4 (www.sejda.com)'); p.set_title('Avviso contributi affitto 2026')
    p.add_page()
    p.set_font('CA', 'B', 16); p.cell(0, 8, 'COMUNE DI FORLIMPOPOLI', align='L', **NL)
    p.set_font('CA', '', 10); p.cell(0, 5, 'Provincia di Forlì-Cesena', **NL)
    p.set_draw_color(150, 20, 30); p.set_line_width(0.8); p.line(22, p.get_y()+2, 188, p.get_y()+2); p.ln(5)
    p.set_font('CA', 'B', 11); p.cell(0, 6, 'SETTORE WELFARE E SERVIZI ALLA PERSONA', **NL)
    p.set_font('CA', '', 10); p.cell(0, 5, 'Ufficio Casa', **NL)
    p.ln(6)
    p.set_font('CA', 'B', 14); p.cell(0, 7, 'AVVISO PUBBLICO N. 3/2026', align='C', **NL); p.ln(2)
    p.set_font('CA', 'B', 11.5)
    p.multi_cell(0, 6, "AVVISO PUBBLICO PER L'ASSEGNAZIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026", align='C', **NL)
    p.ln(2)
    p.set_font('CA', '', 10.5)
    p.multi_cell(0, 5.2, "(in attuazione della deliberazione della Giunta Regionale dell'Emilia-Romagna n. 2184/2025 e della deliberazione della Giunta Comunale n. 27 del 12/03/2026)", align='C', **NL)
    p.ln(5)
    arts = [
      ("Art. 1 – Finalità", "Il Comune di Forlimpopoli, in esecuzione della determinazione n. 118 del 25/03/2026, indice il presente avviso per l'erogazione di contributi economici a favore dei nuclei familiari in locazione sul libero mercato che si trovano in condizione di difficoltà nel pagamento del canone."),
      ("Art. 2 – Requisiti", "Possono presentare domanda i nuclei familiari in possesso, alla data di presentazione, dei seguenti requisiti: a) residenza anagrafica nel Comune di Forlimpopoli nell'alloggio oggetto del contratto; b) titolarità di un contratto di locazione ad uso abitativo regolarmente registrato; c) ISEE ordinario o corrente compreso tra € 3.000,00 ed € 35.000,00; d) non titolarità di diritti di proprietà su alloggio adeguato nel territorio provinciale."),
      ("Art. 3 – Entità del contributo", "Il contributo è pari a tre mensilità del canone, fino a un massimo di € 1.500,00 per nucleo familiare, ed è erogato nei limiti delle risorse disponibili, pari a € 96.300,00, secondo l'ordine della graduatoria formata in base al valore ISEE crescente."),
      ("Art. 4 – Modalità e termini di presentazione", "Le domande devono essere presentate esclusivamente on line, tramite la piattaforma regionale accessibile con SPID, CIE o CNS, dalle ore 9:00 del 01/04/2026 alle ore 13:00 del 15/05/2026. Il personale dell'Ufficio Casa fornisce assistenza alla compilazione su appuntamento (tel. 0543 749236)."),
      ("Art. 5 – Controlli", "L'Amministrazione effettua controlli a campione sulla veridicità delle dichiarazioni rese, ai sensi dell'art. 71 del D.P.R. 445/2000, anche in collaborazione con la Guardia di Finanza."),
      ("Art. 6 – Trattamento dei dati personali", "I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è il Comune di Forlimpopoli."),
      ("Art. 7 – Responsabile del procedimento", "Responsabile del procedimento è la Dott.ssa Chiara Montalti, Responsabile dell'Ufficio Casa."),
    ]
    for h, t in arts:
        p.set_font('CA', 'B', 10.5); p.cell(0, 6, h, **NL)
        p.set_font('CA', '', 10.5); p.multi_cell(0, 5.2, t, align='J', **NL); p.ln(2)
    p.ln(3)
    p.cell(0, 5, 'Forlimpopoli, 26/03/2026', **NL); p.ln(4)
    p.set_x(110)
    p.multi_cell(78, 5.2, "LA RESPONSABILE DEL SETTORE\nWELFARE E SERVIZI ALLA PERSONA\nDott.ssa Laura Baldacci", align='C', **NL)
    p.set_x(110); p.set_font('LS', 'I', 7.5)
    p.multi_cell(78, 4, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", align='C', **NL)
    p.output(os.path.join(OUT, 'avviso-forlimpopoli-sejda.pdf'))

posada(); forlimpopoli()
