# fpdf2: Rapallo (Giunta, Sicraweb-like, DejaVu), Nola (Giunta, Word template, Times core),
# Paola (Consiglio, Civilia-like, Helvetica core), Gaeta (determinazione, Halley-like report, Courier core),
# Sestri Levante (ordinanza sindacale, DejaVu Serif), Cava de' Tirreni (avviso numerato, Hypersic-like, Helvetica core)
from fpdf import FPDF
OUT = '/tmp/unseen8/python-8/'
D = '/usr/share/fonts/truetype/dejavu/'

class Doc(FPDF):
    foot = ''
    foot_font = ('Helvetica', '', 7)
    def footer(self):
        if not self.foot:
            return
        self.set_y(-14)
        self.set_font(*self.foot_font)
        self.cell(0, 5, self.foot, align='L')
        self.set_x(self.l_margin)
        self.cell(0, 5, 'Pag. %d di {nb}' % self.page_no(), align='R')

def new(font_dejavu=False, margins=(20, 18, 20)):
    p = Doc(format='A4')
    p.set_margins(*margins)
    p.set_auto_page_break(True, 20)
    if font_dejavu:
        p.add_font('DejaVu', '', D + 'DejaVuSans.ttf')
        p.add_font('DejaVu', 'B', D + 'DejaVuSans-Bold.ttf')
        p.add_font('DejaVu', 'I', D + 'DejaVuSans-Oblique.ttf')
        p.add_font('DejaVuSerif', '', D + 'DejaVuSerif.ttf')
        p.add_font('DejaVuSerif', 'B', D + 'DejaVuSerif-Bold.ttf')
        p.add_font('DejaVuSerif', 'I', D + 'DejaVuSerif-Italic.ttf')
    return p

def para(p, text, h=5, align='J', style='', size=None, font=None, gap=1.5, indent=0):
    if font or size is not None:
        p.set_font(font or p.font_family, style, size or p.font_size_pt)
    else:
        p.set_font(p.font_family, style)
    if indent:
        p.set_x(p.l_margin + indent)
        p.multi_cell(p.epw - indent, h, text, align=align, new_x='LMARGIN', new_y='NEXT')
    else:
        p.multi_cell(0, h, text, align=align, new_x='LMARGIN', new_y='NEXT')
    p.ln(gap)

def point(p, label, text, h=5, w=8):
    p.set_font(p.font_family, '')
    if p.get_y() + 2 * h > p.page_break_trigger:
        p.add_page()
    y = p.get_y()
    p.cell(w, h, label)
    p.set_xy(p.l_margin + w, y)
    p.multi_cell(p.epw - w, h, text, align='J', new_x='LMARGIN', new_y='NEXT')
    p.ln(1.5)

# ---------------------------------------------------------------- Rapallo
def rapallo():
    p = new(True)
    p.foot = 'Documento prodotto con sistema informatico - Deliberazione di Giunta Comunale n. 312 del 04/12/2025'
    p.foot_font = ('DejaVu', '', 6.5)
    p.add_page()
    p.set_font('DejaVu', 'B', 15); p.cell(0, 8, 'COMUNE DI RAPALLO', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_font('DejaVu', '', 9); p.cell(0, 5, 'Città Metropolitana di Genova', align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(5)
    p.set_fill_color(225, 225, 225)
    p.set_font('DejaVu', 'B', 10.5)
    p.cell(0, 8, 'VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', border=1, align='C', fill=True, new_x='LMARGIN', new_y='NEXT')
    p.set_font('DejaVu', '', 10)
    p.cell(p.epw/2, 7, 'N. 312', border=1, align='C'); p.cell(p.epw/2, 7, 'del 04/12/2025', border=1, align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(4)
    p.set_font('DejaVu', 'B', 9.5)
    y = p.get_y(); p.cell(22, 5, 'OGGETTO:'); p.set_xy(p.l_margin + 22, y)
    p.multi_cell(p.epw - 22, 5, 'Approvazione del piano comunale di protezione civile – aggiornamento 2025 – e presa d’atto delle nuove aree di attesa della popolazione.',
                 new_x='LMARGIN', new_y='NEXT')
    p.ln(4)
    p.set_font('DejaVu', '', 9.5)
    para(p, "L'anno duemilaventicinque, il giorno quattro del mese di dicembre, alle ore 09:15, nella sede comunale, previa l’osservanza di tutte "
            "le formalità prescritte dalla vigente legge, si è riunita la Giunta Comunale nelle persone dei Signori:")
    rows = [('BAGNASCO ELISA', 'SINDACO', 'Presente'), ('REPETTO CARLO', 'VICE SINDACO', 'Presente'),
            ('LAVAGNINO MARTA', 'ASSESSORE', 'Presente'), ('CAPURRO ANDREA', 'ASSESSORE', 'Assente giustificato'),
            ('FIGONE SARA', 'ASSESSORE', 'Presente'), ('ARATA MICHELE', 'ASSESSORE', 'Presente'),
            ('COSTA VALENTINA', 'ASSESSORE', 'Assente')]
    p.set_font('DejaVu', 'B', 8.5)
    p.cell(70, 6, 'Nominativo', border='B'); p.cell(50, 6, 'Qualifica', border='B'); p.cell(0, 6, 'Presenza', border='B', new_x='LMARGIN', new_y='NEXT')
    p.set_font('DejaVu', '', 8.5)
    for n, q, pr in rows:
        p.cell(70, 5.5, n); p.cell(50, 5.5, q); p.cell(0, 5.5, pr, new_x='LMARGIN', new_y='NEXT')
    p.set_font('DejaVu', 'B', 8.5)
    p.cell(0, 6, 'Presenti n. 5 - Assenti n. 2', border='T', new_x='LMARGIN', new_y='NEXT')
    p.ln(3)
    p.set_font('DejaVu', '', 9.5)
    para(p, "Presiede l’adunanza il Sindaco Avv. Elisa Bagnasco. Partecipa il Vice Segretario Generale Dott. Stefano Canepa, che cura la verbalizzazione.")
    para(p, "Il Presidente, constatato il numero legale, dichiara aperta la seduta e invita la Giunta ad esaminare la proposta di deliberazione in oggetto.")
    para(p, 'LA GIUNTA COMUNALE', align='C', style='B')
    para(p, "Premesso che il Comune di Rapallo è dotato di piano comunale di protezione civile approvato con deliberazione del Consiglio Comunale n. 44 del "
            "22/05/2019 e che l’art. 12 del D.Lgs. 2 gennaio 2018, n. 1 prevede l’aggiornamento periodico del piano;")
    para(p, "Considerato che l’Ufficio Protezione Civile, sentiti i Volontari della Protezione Civile e la Città Metropolitana, ha predisposto l’aggiornamento "
            "2025 del piano, con particolare riferimento al rischio idrogeologico dei bacini del Boate e del San Francesco e all’individuazione di "
            "nuove aree di attesa della popolazione nelle frazioni di San Maurizio di Monti e Sant’Andrea di Foggia;")
    para(p, "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 267/2000;")
    para(p, "Con voti unanimi favorevoli, espressi nei modi di legge;")
    para(p, 'DELIBERA', align='C', style='B')
    point(p, '1.', "di approvare l’aggiornamento 2025 del piano comunale di protezione civile, nel testo allegato alla presente deliberazione;")
    point(p, '2.', "di prendere atto delle nuove aree di attesa della popolazione indicate nella tavola 4 del piano;")
    point(p, '3.', "di trasmettere il presente atto alla Prefettura di Genova, alla Regione Liguria e alla Città Metropolitana di Genova;")
    point(p, '4.', "di dare atto che la presente deliberazione diventa esecutiva decorsi dieci giorni dalla sua pubblicazione all’Albo Pretorio, "
                   "ai sensi dell’art. 134, comma 3, del D.Lgs. 267/2000.")
    p.ln(6)
    para(p, 'Letto, approvato e sottoscritto', align='L')
    p.set_font('DejaVu', 'B', 9.5)
    p.cell(p.epw/2, 5, 'IL SINDACO', align='C'); p.cell(p.epw/2, 5, 'IL VICE SEGRETARIO GENERALE', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_font('DejaVu', '', 9.5)
    p.cell(p.epw/2, 5, 'Avv. Elisa Bagnasco', align='C'); p.cell(p.epw/2, 5, 'Dott. Stefano Canepa', align='C', new_x='LMARGIN', new_y='NEXT')
    p.output(OUT + 'giunta-rapallo-sicraweb.pdf')

# ---------------------------------------------------------------- Nola
def nola():
    p = new(False, (25, 20, 22))
    p.add_page()
    p.set_font('Times', 'B', 20); p.cell(0, 9, 'CITTÀ DI NOLA', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_font('Times', 'I', 11); p.cell(0, 6, 'Città Metropolitana di Napoli', align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(2); p.line(25, p.get_y(), 210 - 22, p.get_y()); p.ln(6)
    p.set_font('Times', 'B', 13)
    p.cell(0, 6, 'COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE', align='C', new_x='LMARGIN', new_y='NEXT')
    p.cell(0, 6, 'N. 203 del 15/12/2025', align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(5)
    p.set_font('Times', 'B', 12)
    para(p, "OGGETTO: Concessione del patrocinio e di un contributo economico all'Associazione \"Festa dei Gigli\" per le manifestazioni natalizie 2025.", h=5.5, align='L')
    p.ln(2)
    p.set_font('Times', '', 12)
    para(p, "L'anno duemilaventicinque il giorno quindici del mese di dicembre alle ore 13:20 nella Casa Comunale, convocata nei modi di legge, "
            "si è riunita la Giunta Comunale. Procedutosi all'appello nominale risultano:", h=5.5)
    roll = [('CARLO BUONAURO', 'Sindaco', 'assente'), ('ANNA RUGGIERO', 'Vice Sindaco', 'presente'),
            ('GENNARO SODANO', 'Assessore', 'presente'), ('TERESA AMBROSIO', 'Assessore', 'presente'),
            ('LUIGI NAPOLITANO', 'Assessore', 'presente'), ('FRANCESCA SCOTTI', 'Assessore', 'presente')]
    for n, r, pr in roll:
        p.set_x(35); p.cell(70, 5.5, n); p.cell(40, 5.5, r); p.cell(0, 5.5, pr, new_x='LMARGIN', new_y='NEXT')
    p.ln(3)
    para(p, "Presiede la seduta il Vice Sindaco Dott.ssa Anna Ruggiero, in assenza del Sindaco. Assiste il Segretario Generale Dott. Vincenzo Iervolino, "
            "incaricato della redazione del verbale.", h=5.5)
    para(p, 'LA GIUNTA COMUNALE', h=5.5, align='C', style='B')
    p.set_font('Times', '')
    para(p, "Vista la richiesta dell'Associazione \"Festa dei Gigli\", acquisita al protocollo n. 39871 del 25/11/2025, con la quale si chiede il patrocinio "
            "del Comune e un contributo economico per l'organizzazione del programma di manifestazioni natalizie nel centro storico;", h=5.5)
    para(p, "Visto il vigente Regolamento comunale per la concessione di sovvenzioni, contributi e vantaggi economici, approvato con deliberazione del "
            "Consiglio Comunale n. 27 del 30/04/2018;", h=5.5)
    para(p, "Ritenuto di concedere un contributo di euro 6.000,00, pari al 40% della spesa preventivata, in considerazione della rilevanza "
            "turistica dell'iniziativa;", h=5.5)
    para(p, "Acquisiti i pareri ai sensi dell'art. 49 del D.Lgs. 267/2000;", h=5.5)
    para(p, "Con voti favorevoli n. 4 e contrari n. 1 (Assessore Napolitano), espressi per alzata di mano,", h=5.5)
    para(p, 'D E L I B E R A', h=5.5, align='C', style='B')
    p.set_font('Times', '')
    for lab, t in [('1)', "di concedere il patrocinio del Comune di Nola alle manifestazioni natalizie 2025 organizzate dall'Associazione \"Festa dei Gigli\";"),
                   ('2)', "di concedere all'Associazione un contributo economico di euro 6.000,00, da liquidare a presentazione del rendiconto delle spese sostenute;"),
                   ('3)', "di demandare al Responsabile del Settore Cultura e Turismo l'adozione dell'impegno di spesa sul capitolo 7340 del bilancio 2025.")]:
        point(p, lab, t, h=5.5)
    para(p, "Successivamente, con separata votazione e con identico esito, la presente deliberazione viene dichiarata immediatamente eseguibile "
            "ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", h=5.5)
    p.ln(6)
    p.set_font('Times', 'B', 12)
    p.cell(p.epw/2, 5.5, 'IL VICE SINDACO', align='C'); p.cell(p.epw/2, 5.5, 'IL SEGRETARIO GENERALE', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_font('Times', '', 12)
    p.cell(p.epw/2, 5.5, 'f.to Dott.ssa Anna Ruggiero', align='C'); p.cell(p.epw/2, 5.5, 'f.to Dott. Vincenzo Iervolino', align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(8)
    p.set_font('Times', 'I', 10)
    para(p, "Copia conforme all'originale, in carta libera per uso amministrativo. Nola, 16/12/2025", h=5)
    p.output(OUT + 'giunta-nola-word.pdf')

# ---------------------------------------------------------------- Paola
def paola():
    p = new(False, (18, 15, 18))
    p.foot = 'Delibera di Consiglio Comunale n. 41 del 26/11/2025'
    p.add_page()
    p.set_font('Helvetica', 'B', 14); p.cell(0, 7, 'COMUNE DI PAOLA', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_font('Helvetica', '', 9); p.cell(0, 5, 'PROVINCIA DI COSENZA', align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(4)
    p.set_font('Helvetica', 'B', 10)
    p.cell(0, 6, 'ORIGINALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_font('Helvetica', '', 9.5)
    p.cell(0, 5, 'Sessione straordinaria urgente - Seduta pubblica', align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(3)
    p.set_font('Helvetica', 'B', 10)
    p.cell(40, 7, 'N. 41', border=1, align='C'); p.cell(50, 7, 'Data 26/11/2025', border=1, align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(3)
    p.set_font('Helvetica', 'B', 9.5)
    p.multi_cell(0, 5, "OGGETTO: VARIAZIONE DI ASSESTAMENTO GENERALE AL BILANCIO DI PREVISIONE 2025/2027 AI SENSI DELL'ART. 175, COMMA 8, DEL D.LGS. 267/2000.",
                 border=1, padding=1.5, new_x='LMARGIN', new_y='NEXT')
    p.ln(4)
    p.set_font('Helvetica', '', 9.5)
    para(p, "L'anno duemilaventicinque, addì ventisei del mese di novembre, alle ore 19:10, nella Sala Consiliare del Palazzo di Città, a seguito di "
            "convocazione disposta dal Presidente del Consiglio con avviso prot. n. 22614 del 24/11/2025, si è riunito il Consiglio Comunale. "
            "All'appello risultano:", h=4.8)
    roll = [('CILENTO ROBERTO', 'Sindaco', 'SI', ''), ('PERROTTA GIUSEPPINA', 'Presidente', 'SI', ''),
            ('AMODIO FRANCESCO', 'Consigliere', 'SI', ''), ('GRECO LUCIA', 'Consigliere', 'SI', ''),
            ('BRUNO SALVATORE', 'Consigliere', '', 'NO'), ('LOFARO MARIA TERESA', 'Consigliere', 'SI', ''),
            ('SPINA ANTONIO', 'Consigliere', 'SI', ''), ('GUAGLIANONE EMILIA', 'Consigliere', 'SI', ''),
            ('FALBO MARCO', 'Consigliere', '', 'NO'), ('CARUSO PIETRO', 'Consigliere', 'SI', ''),
            ('LIPAROTI ANNA', 'Consigliere', 'SI', ''), ('MONTALTO GIOVANNI', 'Consigliere', '', 'NO'),
            ('SCORZA ELENA', 'Consigliere', 'SI', '')]
    p.set_font('Helvetica', 'B', 8.5)
    p.cell(10, 5.5, 'N.', border=1, align='C'); p.cell(75, 5.5, 'Cognome e Nome', border=1); p.cell(40, 5.5, 'Carica', border=1)
    p.cell(25, 5.5, 'Presente', border=1, align='C'); p.cell(0, 5.5, 'Assente', border=1, align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_font('Helvetica', '', 8.5)
    for i, (n, c, pr, ab) in enumerate(roll, 1):
        p.cell(10, 5, str(i), border=1, align='C'); p.cell(75, 5, n, border=1); p.cell(40, 5, c, border=1)
        p.cell(25, 5, pr, border=1, align='C'); p.cell(0, 5, ab, border=1, align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_font('Helvetica', 'B', 8.5)
    p.cell(0, 6, 'Totale presenti: 10          Totale assenti: 3', new_x='LMARGIN', new_y='NEXT')
    p.ln(2)
    p.set_font('Helvetica', '', 9.5)
    para(p, "Assume la presidenza la Sig.ra Giuseppina Perrotta, Presidente del Consiglio Comunale, la quale, riconosciuta legale l'adunanza, dichiara "
            "aperta la seduta. Partecipa il Segretario Comunale Dott. Francesco Aloe, con funzioni di assistenza giuridico-amministrativa e verbalizzazione.", h=4.8)
    para(p, 'IL CONSIGLIO COMUNALE', h=4.8, align='C', style='B')
    p.set_font('Helvetica', '')
    para(p, "Premesso che con deliberazione consiliare n. 9 del 28/03/2025 è stato approvato il bilancio di previsione finanziario 2025/2027;", h=4.8)
    para(p, "Visto l'art. 175, comma 8, del D.Lgs. 267/2000, il quale prevede che mediante la variazione di assestamento generale, deliberata dall'organo "
            "consiliare entro il 31 luglio di ciascun anno, si attua la verifica generale di tutte le voci di entrata e di uscita;", h=4.8)
    para(p, "Considerato che i Responsabili dei Settori hanno segnalato maggiori entrate derivanti da trasferimenti regionali per il trasporto scolastico "
            "e maggiori spese per la manutenzione straordinaria della rete idrica comunale, come da prospetti allegati;", h=4.8)
    para(p, "Acquisito il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 27 del 20/11/2025;", h=4.8)
    para(p, "Visti i pareri favorevoli di regolarità tecnica e contabile del Responsabile del Settore Finanziario ai sensi dell'art. 49 del D.Lgs. 267/2000;", h=4.8)
    para(p, "Con la seguente votazione, resa per alzata di mano: Presenti n. 10 - Voti favorevoli n. 10 - Voti contrari n. 0 - Astenuti n. 0,", h=4.8)
    para(p, 'DELIBERA', h=4.8, align='C', style='B')
    p.set_font('Helvetica', '')
    for lab, t in [('1.', "di approvare la variazione di assestamento generale al bilancio di previsione 2025/2027, come risultante dai prospetti allegati sub A) e B);"),
                   ('2.', "di dare atto del permanere degli equilibri generali di bilancio ai sensi dell'art. 193 del D.Lgs. 267/2000;"),
                   ('3.', "di trasmettere il presente atto al Tesoriere comunale per gli adempimenti di competenza.")]:
        point(p, lab, t, h=4.8)
    para(p, "Successivamente, con voti unanimi favorevoli dei 10 consiglieri presenti, il Consiglio Comunale dichiara la presente deliberazione "
            "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", h=4.8)
    p.ln(4)
    p.set_font('Helvetica', 'B', 9.5)
    p.cell(p.epw/2, 5, 'IL PRESIDENTE DEL CONSIGLIO', align='C'); p.cell(p.epw/2, 5, 'IL SEGRETARIO COMUNALE', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_font('Helvetica', '', 9.5)
    p.cell(p.epw/2, 5, 'Giuseppina Perrotta', align='C'); p.cell(p.epw/2, 5, 'Dott. Francesco Aloe', align='C', new_x='LMARGIN', new_y='NEXT')
    p.output(OUT + 'consiglio-paola-civilia.pdf')

# ---------------------------------------------------------------- Gaeta
def gaeta():
    p = new(False, (20, 15, 20))
    p.add_page()
    p.set_font('Courier', 'B', 13); p.cell(0, 6, 'CITTA\' DI GAETA', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_font('Courier', '', 9); p.cell(0, 5, 'Provincia di Latina', align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(3)
    p.set_font('Courier', 'B', 10)
    p.cell(0, 5, 'SETTORE V - LAVORI PUBBLICI, MANUTENZIONE E PATRIMONIO', align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(3)
    p.set_font('Courier', '', 9.5)
    p.cell(0, 5, '-' * 88, new_x='LMARGIN', new_y='NEXT')
    p.cell(0, 5, 'DETERMINAZIONE DIRIGENZIALE', new_x='LMARGIN', new_y='NEXT')
    p.cell(95, 5, 'Registro Generale n. 1988'); p.cell(0, 5, 'del 15/12/2025', new_x='LMARGIN', new_y='NEXT')
    p.cell(95, 5, 'Registro di Settore n. 241'); p.cell(0, 5, 'del 12/12/2025', new_x='LMARGIN', new_y='NEXT')
    p.cell(0, 5, '-' * 88, new_x='LMARGIN', new_y='NEXT')
    p.ln(2)
    p.set_font('Courier', 'B', 9.5)
    for ln in ["OGGETTO: LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA SCUOLA",
               "         PRIMARIA \"G. CABOTO\" - APPROVAZIONE STATO FINALE E CERTIFICATO DI",
               "         REGOLARE ESECUZIONE - LIQUIDAZIONE SALDO ALLA DITTA EDIL GOLFO S.R.L."]:
        p.cell(0, 4.6, ln, new_x='LMARGIN', new_y='NEXT')
    p.ln(1.5)
    p.ln(2)
    p.set_font('Courier', 'B', 9.5); p.cell(0, 5, 'IL DIRIGENTE', align='C', new_x='LMARGIN', new_y='NEXT'); p.ln(1)
    p.set_font('Courier', '', 9.5)
    para(p, "PREMESSO che con determinazione R.G. n. 1102 del 10/07/2025 sono stati aggiudicati alla ditta Edil Golfo S.r.l., con sede in Formia, "
            "i lavori di manutenzione straordinaria della copertura della scuola primaria \"G. Caboto\", per l'importo contrattuale di euro "
            "118.640,00 oltre IVA;", h=4.6)
    para(p, "DATO ATTO che i lavori sono stati ultimati in data 30/10/2025, come da certificato di ultimazione redatto dal Direttore dei Lavori;", h=4.6)
    para(p, "VISTI lo stato finale dei lavori ed il certificato di regolare esecuzione emesso in data 28/11/2025 dal Direttore dei Lavori, Ing. Marta "
            "Ciccolella, dai quali risulta un credito residuo dell'impresa di euro 14.236,80 oltre IVA;", h=4.6)
    para(p, "ACCERTATA la regolarita' contributiva dell'impresa (DURC prot. INAIL_51230987, valido fino al 18/02/2026);", h=4.6)
    para(p, "VISTI il D.Lgs. 267/2000 e il D.Lgs. 36/2023;", h=4.6)
    p.set_font('Courier', 'B', 9.5); p.cell(0, 5, 'D E T E R M I N A', align='C', new_x='LMARGIN', new_y='NEXT'); p.ln(1)
    p.set_font('Courier', '', 9.5)
    for lab, t in [('1)', "DI APPROVARE lo stato finale ed il certificato di regolare esecuzione dei lavori in oggetto;"),
                   ('2)', "DI LIQUIDARE alla ditta Edil Golfo S.r.l. la somma di euro 14.236,80 oltre IVA al 10% per complessivi euro 15.660,48, "
                          "a saldo di ogni suo avere;"),
                   ('3)', "DI IMPUTARE la spesa all'impegno n. 1874/2025, capitolo 2430/1 del bilancio 2025;"),
                   ('4)', "DI SVINCOLARE la cauzione definitiva prestata dall'impresa.")]:
        point(p, lab, t, h=4.6, w=9)
    p.ln(4)
    p.set_x(105); p.set_font('Courier', 'B', 9.5); p.cell(0, 5, 'IL DIRIGENTE DEL SETTORE V', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_x(105); p.set_font('Courier', '', 9.5); p.cell(0, 5, 'Ing. Raffaele Di Ciaccio', align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(6)
    p.cell(0, 5, '-' * 88, new_x='LMARGIN', new_y='NEXT')
    p.set_font('Courier', 'B', 9.5)
    p.cell(0, 5, 'VISTO DI REGOLARITA\' CONTABILE', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_font('Courier', '', 9)
    para(p, "Si attesta la regolarita' contabile e la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. "
            "Liquidazione n. 3312 del 15/12/2025.", h=4.4)
    p.set_x(105); p.cell(0, 5, 'IL DIRIGENTE DEL SETTORE II - FINANZE', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_x(105); p.cell(0, 5, 'Dott.ssa Elena Forte', align='C', new_x='LMARGIN', new_y='NEXT')
    p.output(OUT + 'det-gaeta-registro.pdf')

# ---------------------------------------------------------------- Sestri Levante
def sestri():
    p = new(True, (22, 18, 22))
    p.foot = 'Comune di Sestri Levante - Piazza Matteotti 3 - 16039 Sestri Levante (GE)'
    p.foot_font = ('DejaVuSerif', 'I', 7)
    p.add_page()
    p.set_font('DejaVuSerif', 'B', 15); p.cell(0, 7, 'COMUNE DI SESTRI LEVANTE', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_font('DejaVuSerif', '', 9); p.cell(0, 5, 'Città Metropolitana di Genova', align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(6)
    p.set_font('DejaVuSerif', 'B', 11)
    p.cell(0, 6, 'ORDINANZA SINDACALE N. 41 DEL 10/12/2025', align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(4)
    p.set_font('DejaVuSerif', 'B', 9.5)
    para(p, "OGGETTO: Ordinanza contingibile e urgente di chiusura al transito pedonale del sentiero comunale Sestri Levante – Punta Manara, nel tratto compreso tra "
            "località Ginestra e la Cappella di Sant’Anna, a seguito di movimento franoso.", h=5, align='J')
    p.ln(3)
    p.set_font('DejaVuSerif', 'B', 10); p.cell(0, 6, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT'); p.ln(1)
    p.set_font('DejaVuSerif', '', 9.5)
    para(p, "Vista la relazione del Servizio Protezione Civile prot. n. 48821 del 09/12/2025, dalla quale risulta che, a seguito delle intense precipitazioni "
            "dei giorni 7 e 8 dicembre 2025, si è verificato un movimento franoso che ha interessato la sede del sentiero comunale Sestri Levante – Punta Manara, "
            "con caduta di massi e cedimento del muro di sostegno a valle;")
    para(p, "Considerato che la situazione rappresenta un grave pericolo per l’incolumità pubblica e che occorre provvedere con urgenza, in attesa degli interventi "
            "di messa in sicurezza;")
    para(p, "Visti gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267 e lo Statuto comunale;")
    p.set_font('DejaVuSerif', 'B', 10); p.cell(0, 6, 'ORDINA', align='C', new_x='LMARGIN', new_y='NEXT'); p.ln(1)
    p.set_font('DejaVuSerif', '', 9.5)
    for lab, t in [('1.', "la chiusura immediata al transito pedonale del sentiero comunale Sestri Levante – Punta Manara, nel tratto compreso tra località Ginestra "
                          "e la Cappella di Sant’Anna, fino al ripristino delle condizioni di sicurezza;"),
                   ('2.', "al Settore Lavori Pubblici di apporre idonea segnaletica e transenne agli accessi del tratto interdetto;"),
                   ('3.', "al Corpo di Polizia Locale e agli altri agenti della forza pubblica di vigilare sul rispetto della presente ordinanza.")]:
        point(p, lab, t)
    p.set_font('DejaVuSerif', 'B', 10); p.cell(0, 6, 'AVVERTE', align='C', new_x='LMARGIN', new_y='NEXT'); p.ln(1)
    p.set_font('DejaVuSerif', '', 9.5)
    para(p, "che la violazione della presente ordinanza è punita con la sanzione amministrativa da € 25,00 a € 500,00 ai sensi dell’art. 7-bis del D.Lgs. 267/2000, "
            "salvo che il fatto costituisca reato; che avverso la presente è ammesso ricorso al T.A.R. Liguria entro 60 giorni o, in alternativa, ricorso "
            "straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.")
    para(p, "La presente ordinanza è pubblicata all’Albo Pretorio on line e trasmessa alla Prefettura di Genova e al Comando Stazione Carabinieri di Sestri Levante.")
    p.ln(2)
    para(p, 'Sestri Levante, 10/12/2025', align='L')
    p.ln(4)
    p.set_x(110); p.set_font('DejaVuSerif', 'B', 10); p.cell(0, 5, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_x(110); p.set_font('DejaVuSerif', '', 10); p.cell(0, 5, 'Gianluca Podestà', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_x(110); p.set_font('DejaVuSerif', 'I', 7.5); p.cell(0, 5, '(firmato digitalmente ai sensi del D.Lgs. 82/2005)', align='C', new_x='LMARGIN', new_y='NEXT')
    p.output(OUT + 'ordinanza-sestrilevante-frana.pdf')

# ---------------------------------------------------------------- Cava de' Tirreni
def cava():
    p = new(False, (20, 15, 20))
    p.foot = "Citta' di Cava de' Tirreni - Settore Politiche Sociali e Istruzione - Avviso n. 14/2025"
    p.add_page()
    p.set_fill_color(30, 60, 110); p.set_text_color(255, 255, 255)
    p.set_font('Helvetica', 'B', 14); p.cell(0, 9, "CITTÀ DI CAVA DE' TIRRENI", align='C', fill=True, new_x='LMARGIN', new_y='NEXT')
    p.set_text_color(0, 0, 0)
    p.set_font('Helvetica', '', 9); p.cell(0, 5, 'Provincia di Salerno', align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(3)
    p.set_font('Helvetica', 'B', 10); p.cell(0, 5, 'SETTORE POLITICHE SOCIALI E ISTRUZIONE', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_font('Helvetica', '', 9); p.cell(0, 5, 'Servizio Contrasto alla Povertà e Diritto alla Casa', align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(4)
    p.set_font('Helvetica', '', 9)
    p.cell(95, 5, 'Prot. n. 78452 del 05/12/2025'); p.cell(0, 5, 'Pubblicato il 05/12/2025', align='R', new_x='LMARGIN', new_y='NEXT')
    p.ln(4)
    p.set_font('Helvetica', 'B', 12); p.cell(0, 6, 'AVVISO PUBBLICO N. 14/2025', align='C', new_x='LMARGIN', new_y='NEXT')
    p.ln(2)
    p.set_font('Helvetica', 'B', 10)
    para(p, "AVVISO PUBBLICO PER L'EROGAZIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE - ANNUALITÀ 2025", h=5, align='C')
    p.ln(2)
    p.set_font('Helvetica', 'B', 10); p.cell(0, 5, 'IL DIRIGENTE', align='C', new_x='LMARGIN', new_y='NEXT'); p.ln(1)
    p.set_font('Helvetica', '', 9.5)
    para(p, "In esecuzione della deliberazione della Giunta Comunale n. 266 del 27/11/2025 e della propria determinazione R.G. n. 2419 del 03/12/2025;", h=4.8)
    p.set_font('Helvetica', 'B', 10); p.cell(0, 5, 'RENDE NOTO', align='C', new_x='LMARGIN', new_y='NEXT'); p.ln(1)
    p.set_font('Helvetica', '', 9.5)
    para(p, "che dal 05/12/2025 al 09/01/2026 i cittadini in possesso dei requisiti sotto indicati possono presentare domanda per ottenere un contributo "
            "a sostegno del pagamento dei canoni di locazione relativi all'anno 2025.", h=4.8)
    arts = [("Art. 1 - Destinatari", "Possono presentare domanda i nuclei familiari residenti nel Comune di Cava de' Tirreni, titolari di un contratto di locazione "
             "regolarmente registrato per un alloggio ad uso abitativo, non di lusso (categorie catastali A/1, A/8 e A/9 escluse)."),
            ("Art. 2 - Requisiti economici", "Valore ISEE ordinario o corrente non superiore a euro 16.500,00 e incidenza del canone annuo sul valore ISE non inferiore al 24%."),
            ("Art. 3 - Entità del contributo", "Il contributo è pari alla differenza tra il canone annuo e il 24% del valore ISE, fino a un massimo di euro 2.400,00 per nucleo "
             "familiare, nei limiti delle risorse disponibili pari a euro 312.000,00."),
            ("Art. 4 - Modalità di presentazione", "La domanda deve essere presentata esclusivamente on line, tramite lo sportello telematico del Comune, con accesso "
             "mediante SPID, CIE o CNS, entro le ore 12:00 del 09/01/2026."),
            ("Art. 5 - Graduatoria", "Il Settore formula la graduatoria dei beneficiari entro 60 giorni dalla scadenza dell'avviso e la pubblica all'Albo Pretorio on line."),
            ("Art. 6 - Trattamento dei dati", "I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso.")]
    for h, t in arts:
        p.set_font('Helvetica', 'B', 9.5); p.cell(0, 5, h, new_x='LMARGIN', new_y='NEXT')
        para(p, t, h=4.8)
    para(p, "Responsabile del procedimento: dott.ssa Antonella Baldi - tel. 089 682 000 - e-mail: politichesociali@comune.example.it", h=4.8)
    p.ln(2)
    para(p, "Cava de' Tirreni, 05/12/2025", h=4.8, align='L')
    p.ln(3)
    p.set_x(110); p.set_font('Helvetica', 'B', 9.5); p.cell(0, 5, 'IL DIRIGENTE', align='C', new_x='LMARGIN', new_y='NEXT')
    p.set_x(110); p.set_font('Helvetica', '', 9.5); p.cell(0, 5, 'Dott. Antonio Senatore', align='C', new_x='LMARGIN', new_y='NEXT')
    p.output(OUT + 'avviso-cavadetirreni-locazioni.pdf')

if __name__ == '__main__':
    rapallo(); nola(); paola(); gaeta(); sestri(); cava()
