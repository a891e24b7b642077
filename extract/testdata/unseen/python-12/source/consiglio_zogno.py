from fpdf import FPDF
from common import fpdf_crest, fpdf_fonts, OUT

out = OUT + '/consiglio-zogno-sipal.pdf'


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font('DejaVuSerif', 'I', 8)
            self.cell(0, 5, 'Comune di Zogno - Deliberazione del Consiglio Comunale N. 9/2026', align='L')
            self.ln(9)

    def footer(self):
        self.set_y(-13); self.set_font('DejaVuSerif', '', 8)
        self.cell(0, 5, '%d' % self.page_no(), align='C')


pdf = Doc('P', 'mm', 'A4'); fpdf_fonts(pdf); pdf.set_margins(24, 16, 22); pdf.set_auto_page_break(True, 22)
pdf.add_page()
W = pdf.epw


def para(t, size=10.5, style='', h=5.3, indent=0, align='J', after=1.2):
    pdf.set_font('DejaVuSerif', style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(W - indent, h, t, align=align, new_x='LMARGIN', new_y='NEXT', markdown=True)
    pdf.ln(after)


fpdf_crest(pdf, 24, 18, 13, 16)
pdf.set_xy(42, 17); pdf.set_font('DejaVuSerif', 'B', 17); pdf.cell(0, 8, 'COMUNE DI ZOGNO', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(42); pdf.set_font('DejaVuSerif', '', 10); pdf.cell(0, 5, 'Provincia di Bergamo', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(42); pdf.set_font('DejaVuSerif', '', 8); pdf.cell(0, 4, 'Piazza Italia, 8 - 24019 Zogno (BG) - Codice Ente 10244', new_x='LMARGIN', new_y='NEXT')
pdf.ln(8)
pdf.set_font('DejaVuSerif', 'B', 12); pdf.cell(0, 6, 'VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DejaVuSerif', 'B', 14); pdf.cell(0, 8, 'DELIBERAZIONE N. 9/2026', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DejaVuSerif', 'I', 9); pdf.cell(0, 5, 'Adunanza ordinaria di prima convocazione - seduta pubblica', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.set_font('DejaVuSerif', 'B', 10.5); pdf.cell(24, 5.3, 'OGGETTO:')
pdf.multi_cell(W - 24, 5.3, align='L', text="MODIFICHE AL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE. APPROVAZIONE.", new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
para("L'anno duemilaventisei, addì ventisette del mese di febbraio, alle ore 20:45, nella Sala Consiliare, previa osservanza di tutte le formalità prescritte dalla vigente legge e dallo Statuto, vennero oggi convocati a seduta i componenti il Consiglio Comunale. All'appello risultano:")
rows = [('PESENTI CHIARA', 'Sindaco', 'SI'), ('GHERARDI LUCA', 'Consigliere', 'SI'), ('RUGGERI MARTA', 'Consigliere', 'SI'),
        ('CORTINOVIS ALBERTO', 'Consigliere', 'SI'), ('SONZOGNI PAOLA', 'Consigliere', 'SI'), ('BONZI STEFANO', 'Consigliere', 'SI'),
        ('LOCATELLI GIORGIO', 'Consigliere', 'NO'), ('MAZZOLENI ILARIA', 'Consigliere', 'SI'), ('CARMINATI DAVIDE', 'Consigliere', 'SI'),
        ('QUARTERONI ROBERTA', 'Consigliere', 'SI'), ('TIRABOSCHI ENRICO', 'Consigliere', 'SI'), ('SALVI FRANCESCA', 'Consigliere', 'SI'),
        ('RINALDI OSVALDO', 'Consigliere', 'SI')]
pdf.set_font('DejaVuSerif', 'B', 9)
cw = [10, 62, 38, 22]
x0 = pdf.l_margin + 12
pdf.set_x(x0)
for h, w in zip(('N.', 'Cognome e Nome', 'Carica', 'Presente'), cw):
    pdf.cell(w, 5.5, h, border='B', align='C' if h != 'Cognome e Nome' else 'L')
pdf.ln()
pdf.set_font('DejaVuSerif', '', 9)
for i, r in enumerate(rows, 1):
    pdf.set_x(x0)
    pdf.cell(cw[0], 4.8, '%d' % i, align='C'); pdf.cell(cw[1], 4.8, r[0]); pdf.cell(cw[2], 4.8, r[1]); pdf.cell(cw[3], 4.8, r[2], align='C'); pdf.ln()
pdf.set_x(x0); pdf.set_font('DejaVuSerif', 'B', 9); pdf.cell(sum(cw[:3]), 5.5, 'Totale presenti: 12      Totale assenti: 1', border='T'); pdf.cell(cw[3], 5.5, '', border='T'); pdf.ln(8)
para("Partecipa all'adunanza ed è incaricato della redazione del presente verbale il Segretario Comunale Dott. Fabrizio Limonta.")
para("Essendo legale il numero degli intervenuti, la Dott.ssa Chiara Pesenti, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'argomento indicato in oggetto.")
pdf.ln(2)
para('IL CONSIGLIO COMUNALE', style='B', align='C')
prem = [
    "PREMESSO che l'art. 1, commi da 816 a 836, della legge 27 dicembre 2019, n. 160, ha istituito, a decorrere dal 2021, il canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, che sostituisce la tassa per l'occupazione di spazi ed aree pubbliche, il canone per l'occupazione di spazi ed aree pubbliche, l'imposta comunale sulla pubblicità, il diritto sulle pubbliche affissioni e il canone per l'installazione dei mezzi pubblicitari;",
    "CHE i commi da 837 a 845 del medesimo articolo hanno istituito, sempre a decorrere dal 2021, il canone di concessione per l'occupazione delle aree e degli spazi appartenenti al demanio o al patrimonio indisponibile destinati a mercati realizzati anche in strutture attrezzate (canone mercatale);",
    "RICHIAMATA la propria deliberazione n. 6 del 29.03.2021, con la quale è stato approvato il Regolamento comunale per l'applicazione del canone patrimoniale e del canone mercatale, successivamente modificato con deliberazione n. 11 del 27.04.2023;",
    "CONSIDERATO che, a seguito dell'esperienza applicativa maturata nel primo quinquennio, l'Ufficio Tributi ha evidenziato la necessità di apportare alcune modifiche al Regolamento, con particolare riferimento:",
    "- alla disciplina delle occupazioni temporanee realizzate in occasione di manifestazioni ed iniziative culturali, sportive e sociali promosse dalle associazioni iscritte all'Albo comunale;",
    "- alle riduzioni per le occupazioni con dehors dei pubblici esercizi del centro storico e delle frazioni di Endenna, Somendenna, Poscante e Stabello;",
    "- ai termini e alle modalità di versamento del canone per le occupazioni permanenti, con la previsione della rateizzazione in quattro rate per importi superiori a euro 500,00;",
    "- alla disciplina del mercato settimanale del martedì e delle fiere di San Lorenzo e di Santa Lucia, anche a seguito della riorganizzazione dei posteggi;",
    "VISTO l'art. 52 del D.Lgs. 15 dicembre 1997, n. 446, in materia di potestà regolamentare generale delle province e dei comuni;",
    "VISTO l'art. 53, comma 16, della legge 23 dicembre 2000, n. 388, secondo il quale il termine per approvare i regolamenti relativi alle entrate degli enti locali è stabilito entro la data fissata da norme statali per la deliberazione del bilancio di previsione e i regolamenti, anche se approvati successivamente all'inizio dell'esercizio purché entro il termine suddetto, hanno effetto dal 1° gennaio dell'anno di riferimento;",
    "VISTO il decreto del Ministro dell'Interno del 24 dicembre 2025, che ha differito al 28 febbraio 2026 il termine per la deliberazione del bilancio di previsione 2026/2028 degli enti locali;",
    "VISTO il testo delle modifiche regolamentari predisposto dall'Ufficio Tributi, esaminato dalla Commissione consiliare Bilancio e Tributi nella seduta del 19.02.2026;",
    "VISTO il parere favorevole espresso dal Revisore dei Conti, ai sensi dell'art. 239, comma 1, lett. b), punto 7, del D.Lgs. n. 267/2000, acquisito al protocollo comunale n. 2781 del 23.02.2026;",
    "ACQUISITI i pareri favorevoli espressi ai sensi dell'art. 49, comma 1, del D.Lgs. n. 267/2000, dal Responsabile del Settore Economico-Finanziario in ordine alla regolarità tecnica e contabile;",
    "CON VOTI favorevoli n. 9, contrari n. 3 (Quarteroni, Tiraboschi, Rinaldi), astenuti nessuno, espressi per alzata di mano dai n. 12 consiglieri presenti e votanti,",
]
for p in prem:
    para(p, indent=6 if p.startswith('-') else 0)
pdf.ln(1)
para('D E L I B E R A', style='B', align='C', size=11)
pts = [
    "1. DI APPROVARE le premesse quali parte integrante e sostanziale del presente provvedimento;",
    "2. DI APPROVARE le modifiche al Regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, come riportate nell'allegato A) alla presente deliberazione, che ne costituisce parte integrante e sostanziale;",
    "3. DI APPROVARE il testo coordinato del Regolamento, così come risultante dalle modifiche di cui al punto 2, allegato B) al presente atto;",
    "4. DI DARE ATTO che le modifiche regolamentari approvate con il presente atto entrano in vigore il 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della legge n. 388/2000;",
    "5. DI DARE ATTO che il Regolamento sarà pubblicato sul sito internet istituzionale del Comune nella sezione \"Amministrazione trasparente\", sottosezione \"Disposizioni generali - Atti generali\";",
    "6. DI INCARICARE il Responsabile del Settore Economico-Finanziario di porre in essere tutti gli adempimenti conseguenti al presente atto, ivi compresa l'informazione ai contribuenti e alle associazioni di categoria.",
]
for p in pts:
    para(p, indent=0)
pdf.ln(1)
para("Successivamente, IL CONSIGLIO COMUNALE, stante l'urgenza di provvedere, con voti favorevoli n. 9, contrari n. 3 (Quarteroni, Tiraboschi, Rinaldi), astenuti nessuno, espressi per alzata di mano dai n. 12 consiglieri presenti e votanti,")
para('DELIBERA', style='B', align='C')
para("di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
pdf.ln(4)
para('Letto, confermato e sottoscritto.', align='L')
pdf.set_font('DejaVuSerif', 'B', 9.5)
pdf.cell(W / 2, 5, 'IL SINDACO', align='C'); pdf.cell(W / 2, 5, 'IL SEGRETARIO COMUNALE', align='C'); pdf.ln()
pdf.set_font('DejaVuSerif', '', 9.5)
pdf.cell(W / 2, 5, 'F.to Dott.ssa Chiara Pesenti', align='C'); pdf.cell(W / 2, 5, 'F.to Dott. Fabrizio Limonta', align='C'); pdf.ln(12)
if pdf.get_y() > 200:
    pdf.add_page()
pdf.set_draw_color(0); pdf.set_line_width(0.4)
y = pdf.get_y(); pdf.line(pdf.l_margin, y, pdf.l_margin + W, y); pdf.ln(3)
para('CERTIFICATO DI PUBBLICAZIONE', style='B', align='C', size=11)
para('(Reg. Pubbl. n. 187)', style='I', align='C', size=9)
para("Il sottoscritto Segretario Comunale certifica che copia della presente deliberazione n. 9 del 27.02.2026 viene pubblicata all'Albo Pretorio on line di questo Comune, ai sensi dell'art. 124, comma 1, del D.Lgs. n. 267/2000 e dell'art. 32, comma 1, della legge n. 69/2009, per quindici giorni consecutivi dal 05.03.2026 al 20.03.2026.", size=10)
para('Zogno, 05.03.2026', size=10, align='L')
para('IL SEGRETARIO COMUNALE\nF.to Dott. Fabrizio Limonta', size=9.5, align='R')
pdf.ln(3)
para('CERTIFICATO DI ESECUTIVITÀ', style='B', align='C', size=11)
para("La presente deliberazione è stata dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", size=10)
para('IL SEGRETARIO COMUNALE\nF.to Dott. Fabrizio Limonta', size=9.5, align='R')
pdf.output(out)
