# fpdf2 acts of set python-10.
# Run: python3 fpdf_acts.py  (writes the PDFs into the parent folder)
import os
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
DJ = '/usr/share/fonts/truetype/dejavu/'
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)
RT = dict(new_x=XPos.RIGHT, new_y=YPos.TOP)


class Doc(FPDF):
    foot_text = ''
    foot_font = ('Helvetica', '', 7)
    pages_total = False

    def footer(self):
        if not self.foot_text:
            return
        self.set_y(-13)
        self.set_font(*self.foot_font)
        t = self.foot_text.replace('{p}', str(self.page_no()))
        self.cell(0, 5, t, align='C')


def para(pdf, text, h=5, align='J', indent=0, md=False, after=1.5):
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(0, h, text, align=align, markdown=md, **NL)
    pdf.ln(after)


def hang(pdf, label, text, h=5, lw=8, after=1.5):
    y = pdf.get_y()
    pdf.set_x(pdf.l_margin)
    pdf.cell(lw, h, label, **RT)
    pdf.multi_cell(0, h, text, align='J', **NL)
    pdf.ln(after)


# ---------------------------------------------------------------------------
# 2. Giunta Manduria - Siscom-like (DejaVu Sans embedded), roll in prose
# ---------------------------------------------------------------------------
def giunta_manduria():
    pdf = Doc('P', 'mm', 'A4')
    pdf.add_font('DV', '', DJ + 'DejaVuSans.ttf')
    pdf.add_font('DV', 'B', DJ + 'DejaVuSans-Bold.ttf')
    pdf.add_font('DV', 'I', DJ + 'DejaVuSans-Oblique.ttf')
    pdf.foot_text = 'Deliberazione di Giunta Comunale n. 112 del 22/07/2025 - Pag. {p}'
    pdf.foot_font = ('DV', 'I', 7)
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.set_title('Delibera GC 112/2025')
    pdf.add_page()
    # letterhead + ORIGINALE box
    pdf.set_font('DV', 'B', 15)
    pdf.cell(0, 8, 'COMUNE DI MANDURIA', align='C', **NL)
    pdf.set_font('DV', '', 9)
    pdf.cell(0, 5, '(Provincia di Taranto)', align='C', **NL)
    pdf.set_xy(165, 15)
    pdf.set_font('DV', 'B', 8)
    pdf.cell(25, 7, 'ORIGINALE', border=1, align='C')
    pdf.set_xy(20, 32)
    pdf.set_draw_color(0)
    pdf.line(20, 30, 190, 30)
    pdf.set_font('DV', 'B', 11)
    pdf.cell(0, 6, 'DELIBERAZIONE DELLA GIUNTA COMUNALE', align='C', **NL)
    pdf.set_font('DV', 'B', 10.5)
    pdf.cell(0, 6, 'N. 112 DEL 22/07/2025', align='C', **NL)
    pdf.ln(4)
    pdf.set_font('DV', 'B', 9.5)
    pdf.cell(22, 5, 'OGGETTO:', **RT)
    pdf.multi_cell(0, 5, 'CONCESSIONE DI UN CONTRIBUTO ECONOMICO ALL\'ASSOCIAZIONE "PRO LOCO '
                   'MANDURIA APS" PER LA REALIZZAZIONE DELLA MANIFESTAZIONE "NOTTE DEL '
                   'PRIMITIVO 2025".', **NL)
    pdf.ln(5)
    pdf.set_font('DV', '', 9.2)
    para(pdf, 'L\'anno duemilaventicinque il giorno ventidue del mese di luglio alle ore 13,15 '
              'nella Sede Comunale, convocata nei modi di legge, si è riunita la Giunta '
              'Comunale.')
    para(pdf, 'Sono presenti i signori: PERRONE GREGORIO - Sindaco; DE SANTIS LUCIA - Vice '
              'Sindaco; MARZO COSIMO - Assessore; PICCINNI ANNA RITA - Assessore; SORANO '
              'FABIO - Assessore.')
    para(pdf, 'Risulta assente: DINOI MARIANNA - Assessore.')
    para(pdf, 'Presiede l\'adunanza il Sindaco Avv. Gregorio Perrone.')
    para(pdf, 'Partecipa il Segretario Generale Dott. Vito Antonio Caforio, incaricato della '
              'redazione del verbale.')
    para(pdf, 'Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta '
              'la riunione ed invita i presenti a deliberare sull\'argomento in oggetto.',
         after=4)
    pdf.set_font('DV', 'B', 9.5)
    pdf.cell(0, 6, 'LA GIUNTA COMUNALE', align='C', **NL)
    pdf.set_font('DV', '', 9.2)
    for p in [
        'PREMESSO che l\'Associazione "Pro Loco Manduria APS", con nota acquisita al '
        'protocollo n. 21477 del 02/07/2025, ha chiesto un contributo economico per la '
        'realizzazione della manifestazione "Notte del Primitivo 2025", in programma nel '
        'centro storico nei giorni 9 e 10 agosto 2025;',
        'CONSIDERATO che la manifestazione, giunta alla sua dodicesima edizione, costituisce '
        'un importante momento di promozione del territorio e delle sue produzioni '
        'vitivinicole;',
        'VISTO il Regolamento comunale per la concessione di contributi, sovvenzioni e '
        'vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 18 del '
        '30/04/2021;',
        'VISTI i pareri favorevoli di regolarità tecnica e contabile espressi, ai sensi '
        'dell\'art. 49 del D.Lgs. n. 267/2000, dal Responsabile del Settore Cultura, Turismo '
        'e Spettacolo e dal Responsabile del Settore Economico-Finanziario;',
        'Con voti unanimi e favorevoli espressi nei modi di legge,']:
        para(pdf, p)
    pdf.ln(1)
    pdf.set_font('DV', 'B', 9.5)
    pdf.cell(0, 6, 'D E L I B E R A', align='C', **NL)
    pdf.set_font('DV', '', 9.2)
    pts = [
        'di concedere all\'Associazione "Pro Loco Manduria APS", C.F. 90061340736, un '
        'contributo economico di Euro 6.000,00 per la realizzazione della manifestazione '
        '"Notte del Primitivo 2025";',
        'di imputare la spesa al capitolo 7150 "Contributi per manifestazioni turistiche" del '
        'bilancio 2025, che presenta la necessaria disponibilità;',
        'di demandare al Responsabile del Settore Cultura, Turismo e Spettacolo l\'adozione '
        'degli atti gestionali conseguenti, compresa la liquidazione del contributo previa '
        'presentazione del rendiconto delle spese sostenute.']
    for p in pts:
        hang(pdf, '-', p, lw=6)
    pdf.ln(1)
    para(pdf, 'Inoltre, stante l\'urgenza di provvedere, con separata ed unanime votazione, '
              'la Giunta Comunale dichiara il presente atto immediatamente eseguibile ai sensi '
              'dell\'art. 134, comma 4, del D.Lgs. n. 267/2000.', after=6)
    pdf.set_font('DV', '', 8.5)
    para(pdf, 'Del che si è redatto il presente verbale che, letto e confermato, viene '
              'sottoscritto come segue.', after=5)
    if pdf.get_y() > 255:
        pdf.add_page()
    pdf.set_font('DV', 'B', 9)
    pdf.cell(85, 5, 'IL SINDACO', align='C', **RT)
    pdf.cell(85, 5, 'IL SEGRETARIO GENERALE', align='C', **NL)
    pdf.set_font('DV', '', 9)
    pdf.cell(85, 5, 'Avv. Gregorio Perrone', align='C', **RT)
    pdf.cell(85, 5, 'Dott. Vito Antonio Caforio', align='C', **NL)
    pdf.ln(8)
    pdf.set_font('DV', 'B', 8.5)
    pdf.cell(0, 5, 'ATTESTATO DI PUBBLICAZIONE', border='T', align='C', **NL)
    pdf.set_font('DV', '', 8.5)
    para(pdf, 'Della suestesa deliberazione viene iniziata oggi la pubblicazione all\'Albo '
              'Pretorio on line per quindici giorni consecutivi. N. Reg. Pubbl. 1893. '
              'Manduria, 24/07/2025. Il Messo Comunale - Sig. Pietro Lomartire.', h=4.4)
    pdf.output(os.path.join(OUT, 'giunta-manduria-siscom.pdf'))


# ---------------------------------------------------------------------------
# 5. Consiglio Fasano - Gruppo ADS-like (Helvetica core), two blocks side by side
# ---------------------------------------------------------------------------
def consiglio_fasano():
    pdf = Doc('P', 'mm', 'A4')
    pdf.foot_text = 'Delibera di Consiglio Comunale n. 19 del 27/03/2025 - pagina {p}'
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.set_title('Delibera CC 19/2025')
    pdf.add_page()
    pdf.set_font('Helvetica', 'B', 17)
    pdf.cell(0, 8, 'CITTÀ DI FASANO', align='C', **NL)
    pdf.set_font('Helvetica', '', 9)
    pdf.cell(0, 4.5, 'Provincia di Brindisi', align='C', **NL)
    pdf.ln(2)
    pdf.set_line_width(0.6)
    pdf.line(18, pdf.get_y(), 192, pdf.get_y())
    pdf.ln(3)
    pdf.set_font('Helvetica', 'B', 10)
    pdf.cell(0, 5, 'COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', align='C', **NL)
    pdf.ln(2)
    # number/date boxes
    pdf.set_font('Helvetica', '', 8)
    pdf.set_line_width(0.3)
    pdf.cell(40, 5, 'Numero', border='LTR', align='C', **RT)
    pdf.cell(40, 5, 'Data', border='LTR', align='C', **RT)
    pdf.cell(0, 5, 'Seduta', border='LTR', align='C', **NL)
    pdf.set_font('Helvetica', 'B', 11)
    pdf.cell(40, 7, '19', border='LBR', align='C', **RT)
    pdf.cell(40, 7, '27/03/2025', border='LBR', align='C', **RT)
    pdf.set_font('Helvetica', '', 8.5)
    pdf.cell(0, 7, 'Ordinaria - Prima convocazione - Pubblica', border='LBR', align='C', **NL)
    pdf.ln(3)
    pdf.set_font('Helvetica', 'B', 9.5)
    pdf.cell(20, 5, 'Oggetto:', **RT)
    pdf.multi_cell(0, 5, 'MODIFICA DEL REGOLAMENTO PER L\'APPLICAZIONE DEL CANONE '
                   'PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E '
                   'DEL CANONE MERCATALE.', **NL)
    pdf.ln(3)
    pdf.set_font('Helvetica', '', 9)
    para(pdf, 'L\'anno duemilaventicinque, il giorno ventisette del mese di marzo, alle ore '
              '18:00, nella Sala Consiliare del Palazzo di Città, a seguito di regolare '
              'convocazione, si è riunito il Consiglio Comunale in sessione ordinaria. '
              'All\'appello nominale risultano:', h=4.6)
    left = [('ZACCARIA FRANCESCO', 'Sindaco', 1), ('COLUCCI MICHELE', 'Presidente', 1),
            ('ANGLANI DONATO', '', 1), ('BIANCO ROSSELLA', '', 1), ('CAPOZZI VITO', '', 0),
            ('CONVERTINI LEONARDO', '', 1), ("D'AMICO TERESA", '', 1),
            ('DI BARI GIOVANNI', '', 1), ('GALIZIA ANGELA', '', 1),
            ('LACATENA PIETRO', '', 0), ('LOPARCO MARIA', '', 1), ('MARSELLA NICOLA', '', 1),
            ('MIGLIETTA ANNA', '', 1)]
    right = [('NARDELLI COSIMO', '', 1), ('OLIVIERI SONIA', '', 1),
             ('PEZZOLLA GIANFRANCO', '', 0), ('QUARTA DOMENICO', '', 1),
             ('RUGGIERO LUCIA', '', 1), ('SAPONARO ANTONIO', '', 1), ('VERGINE ROCCO', '', 1),
             ('TAGLIENTE ELISA', '', 1), ('TRISCIUZZI GIUSEPPE', '', 0),
             ('VALENTE MARCO', '', 1), ('ZIZZI ROBERTA', '', 1), ('ZURLO CARMINE', '', 1)]
    pdf.set_font('Helvetica', 'B', 7.5)
    for k in range(2):
        pdf.cell(6, 4.5, 'N.', border=1, align='C', **RT)
        pdf.cell(44, 4.5, 'Consiglieri', border=1, **RT)
        pdf.cell(19, 4.5, '', border=1, **RT)
        pdf.cell(9, 4.5, 'Pres.', border=1, align='C', **RT)
        pdf.cell(9, 4.5, 'Ass.', border=1, align='C', **(NL if k else RT))
    pdf.set_font('Helvetica', '', 8)
    for i in range(13):
        for k, (blk, off) in enumerate(((left, 1), (right, 14))):
            if i < len(blk):
                n, r, p = blk[i]
                pdf.cell(6, 4.5, str(i + off), border=1, align='C', **RT)
                pdf.cell(44, 4.5, n, border=1, **RT)
                pdf.cell(19, 4.5, r, border=1, **RT)
                pdf.cell(9, 4.5, 'X' if p else '', border=1, align='C', **RT)
                pdf.cell(9, 4.5, '' if p else 'X', border=1, align='C', **(NL if k else RT))
            else:
                pdf.cell(87, 4.5, '', **NL)
    pdf.ln(1.5)
    pdf.set_font('Helvetica', 'B', 8.5)
    pdf.cell(0, 5, 'PRESENTI N. 21          ASSENTI N. 4', **NL)
    pdf.ln(1)
    pdf.set_font('Helvetica', '', 9)
    para(pdf, 'Presiede la seduta il Presidente del Consiglio Comunale Avv. Michele Colucci. '
              'Partecipa il Vice Segretario Generale Dott.ssa Anna Maria Schiavone, con '
              'funzioni di verbalizzante.', h=4.6)
    para(pdf, 'Il Presidente, accertata la presenza del numero legale, dichiara aperta la '
              'seduta e pone in discussione l\'argomento iscritto al punto n. 4 dell\'ordine '
              'del giorno.', h=4.6, after=3)
    pdf.set_font('Helvetica', 'B', 9.5)
    pdf.cell(0, 5, 'IL CONSIGLIO COMUNALE', align='C', **NL)
    pdf.ln(1)
    pdf.set_font('Helvetica', '', 9)
    prem = [
        'Premesso che con deliberazione del Consiglio Comunale n. 12 del 30/03/2021 è stato '
        'approvato il Regolamento per l\'applicazione del canone patrimoniale di concessione, '
        'autorizzazione o esposizione pubblicitaria e del canone mercatale, istituiti ai '
        'sensi dell\'art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160;',
        'Ritenuto necessario modificare gli articoli 14, 22 e 37 del Regolamento, al fine di '
        'semplificare le procedure di rilascio delle concessioni per i dehors stagionali e '
        'di aggiornare le tariffe del mercato settimanale;',
        'Visto il parere favorevole della II Commissione Consiliare Permanente, espresso '
        'nella seduta del 18/03/2025;',
        'Acquisito il parere favorevole dell\'Organo di Revisione, verbale n. 7 del '
        '20/03/2025;',
        'Visti i pareri di regolarità tecnica e contabile espressi dal Dirigente del Settore '
        'Finanze e Tributi ai sensi dell\'art. 49 del D.Lgs. 267/2000;',
        'Udita la discussione, riportata nel resoconto di seduta;',
        'Con voti favorevoli n. 15, contrari n. 4 (Olivieri, Quarta, Saponaro, Zurlo), '
        'astenuti n. 2 (Galizia, Valente), su n. 21 consiglieri presenti e n. 19 votanti, '
        'espressi per alzata di mano;']
    for p in prem:
        para(pdf, p, h=4.6)
    pdf.set_font('Helvetica', 'B', 9.5)
    pdf.cell(0, 5, 'DELIBERA', align='C', **NL)
    pdf.ln(1)
    pdf.set_font('Helvetica', '', 9)
    pts = [
        'di approvare le modifiche agli articoli 14, 22 e 37 del Regolamento per '
        'l\'applicazione del canone patrimoniale di concessione, autorizzazione o '
        'esposizione pubblicitaria e del canone mercatale, come riportate nell\'allegato '
        '"A" che forma parte integrante e sostanziale del presente atto;',
        'di dare atto che le modifiche approvate entrano in vigore dal 1° gennaio 2025, ai '
        'sensi dell\'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;',
        'di disporre la pubblicazione del Regolamento coordinato sul sito istituzionale '
        'dell\'Ente, sezione Amministrazione Trasparente.']
    for i, p in enumerate(pts, 1):
        hang(pdf, '%d)' % i, p, h=4.6, lw=7)
    pdf.ln(4)
    pdf.set_font('Helvetica', '', 8.5)
    pdf.cell(87, 4.5, 'IL PRESIDENTE', align='C', **RT)
    pdf.cell(87, 4.5, 'IL VICE SEGRETARIO GENERALE', align='C', **NL)
    pdf.cell(87, 4.5, 'F.to Avv. Michele Colucci', align='C', **RT)
    pdf.cell(87, 4.5, 'F.to Dott.ssa Anna Maria Schiavone', align='C', **NL)
    pdf.ln(6)
    pdf.set_font('Helvetica', 'B', 8.5)
    pdf.cell(0, 5, 'ESECUTIVITÀ', border='T', **NL)
    pdf.set_font('Helvetica', '', 8.5)
    pdf.cell(0, 4.5, '[ X ]  La presente deliberazione diverrà esecutiva decorsi dieci giorni '
             'dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000).', **NL)
    pdf.cell(0, 4.5, '[   ]  Dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. '
             '267/2000).', **NL)
    pdf.ln(2)
    para(pdf, 'Copia conforme all\'originale, per uso amministrativo. Pubblicata all\'Albo '
              'Pretorio on line dal 02/04/2025 al 17/04/2025 con il n. 1204.', h=4.4)
    pdf.output(os.path.join(OUT, 'consiglio-fasano-ads.pdf'))


# ---------------------------------------------------------------------------
# 7. Determina Arzignano - PA Digitale-like (DejaVu Sans Condensed), header grid
# ---------------------------------------------------------------------------
def determina_arzignano():
    pdf = Doc('P', 'mm', 'A4')
    pdf.add_font('DC', '', DJ + 'DejaVuSansCondensed.ttf')
    pdf.add_font('DC', 'B', DJ + 'DejaVuSansCondensed-Bold.ttf')
    pdf.add_font('DC', 'I', DJ + 'DejaVuSansCondensed-Oblique.ttf')
    pdf.foot_text = 'Pagina {p}'
    pdf.foot_font = ('DC', '', 7)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.set_title('Determinazione 1057/2025')
    pdf.add_page()
    pdf.set_fill_color(235, 240, 245)
    pdf.set_font('DC', 'B', 14)
    pdf.cell(0, 7, 'COMUNE DI ARZIGNANO', **NL)
    pdf.set_font('DC', '', 8.5)
    pdf.cell(0, 4.5, 'Provincia di Vicenza - Piazza Libertà, 12 - 36071 Arzignano (VI)', **NL)
    pdf.ln(4)
    pdf.set_font('DC', 'B', 11)
    pdf.cell(0, 7, 'DETERMINAZIONE DIRIGENZIALE', border=1, align='C', fill=True, **NL)
    # grid: label row / value row
    pdf.set_draw_color(120, 120, 120)
    lab = [('Area', 70), ('Servizio', 62), ('N. Area', 42)]
    val = ['AREA SERVIZI ALLA PERSONA', 'Servizi Sociali e Politiche Abitative', '188']
    pdf.set_font('DC', '', 7)
    for (l, wd) in lab:
        pdf.cell(wd, 4, l, border='LTR', **RT)
    pdf.ln(4)
    pdf.set_font('DC', 'B', 8.5)
    for (l, wd), v in zip(lab, val):
        pdf.cell(wd, 6, v, border='LBR', **RT)
    pdf.ln(6)
    lab2 = [('N. Registro Generale', 70), ('Data adozione', 62), ('Esecutiva dal', 42)]
    val2 = ['1.057', '03/11/2025', '05/11/2025']
    pdf.set_font('DC', '', 7)
    for (l, wd) in lab2:
        pdf.cell(wd, 4, l, border='LTR', **RT)
    pdf.ln(4)
    pdf.set_font('DC', 'B', 8.5)
    for (l, wd), v in zip(lab2, val2):
        pdf.cell(wd, 6, v, border='LBR', **RT)
    pdf.ln(9)
    pdf.set_font('DC', '', 7)
    pdf.cell(0, 4, 'Oggetto', **NL)
    pdf.set_font('DC', 'B', 9.5)
    pdf.multi_cell(0, 5, 'LIQUIDAZIONE DEI CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI '
                   'CANONI DI LOCAZIONE - FONDO AFFITTI ANNO 2025 - PRIMO RIPARTO.',
                   border='B', **NL)
    pdf.ln(4)
    pdf.set_font('DC', 'B', 9.5)
    pdf.cell(0, 5, 'IL DIRIGENTE', align='C', **NL)
    pdf.ln(1)
    pdf.set_font('DC', '', 9.2)
    for p in [
        'Richiamato il decreto del Sindaco n. 22 del 15/07/2024 di conferimento all\'Avv. '
        'Chiara Dal Lago dell\'incarico di Dirigente dell\'Area Servizi alla Persona;',
        'Vista la D.G.R. Veneto n. 641 del 10/06/2025, con la quale sono stati ripartiti ai '
        'Comuni i fondi regionali per il sostegno all\'accesso alle abitazioni in locazione, '
        'e assegnata al Comune di Arzignano la somma di Euro 74.812,50;',
        'Richiamata la propria determinazione n. 842 del 09/09/2025, con la quale è stato '
        'approvato il bando pubblico per l\'erogazione dei contributi;',
        'Vista la graduatoria definitiva degli aventi diritto, approvata con determinazione '
        'n. 1.011 del 24/10/2025, comprendente n. 93 nuclei familiari;',
        'Verificata la regolarità della documentazione e ritenuto di procedere alla '
        'liquidazione di un primo riparto pari al 60% delle risorse assegnate;',
        'Visti il D.Lgs. 267/2000, lo Statuto comunale e il Regolamento di contabilità;']:
        para(pdf, p, h=4.7)
    pdf.set_font('DC', 'B', 9.5)
    pdf.cell(0, 6, 'DETERMINA', align='C', **NL)
    pdf.set_font('DC', '', 9.2)
    pts = [
        'di liquidare la somma complessiva di Euro 44.887,50 a favore dei n. 93 beneficiari '
        'indicati nell\'elenco allegato, che non viene pubblicato per ragioni di tutela dei '
        'dati personali;',
        'di imputare la spesa al capitolo 11960 "Contributi regionali fondo affitti" del '
        'bilancio 2025, impegno n. 2025/1488;',
        'di trasmettere il presente provvedimento al Servizio Ragioneria per l\'emissione dei '
        'mandati di pagamento;',
        'di dare atto che il presente provvedimento è soggetto agli obblighi di pubblicazione '
        'di cui agli artt. 26 e 27 del D.Lgs. 33/2013.']
    for p in pts:
        hang(pdf, '•', p, h=4.7, lw=6)
    pdf.ln(6)
    pdf.set_x(110)
    pdf.set_font('DC', '', 9)
    pdf.cell(0, 5, 'Il Dirigente dell\'Area Servizi alla Persona', align='C', **NL)
    pdf.set_x(110)
    pdf.set_font('DC', 'B', 9)
    pdf.cell(0, 5, 'Avv. Chiara Dal Lago', align='C', **NL)
    pdf.set_x(110)
    pdf.set_font('DC', 'I', 7)
    pdf.cell(0, 4, 'Atto sottoscritto con firma digitale', align='C', **NL)
    pdf.output(os.path.join(OUT, 'determina-arzignano-padigitale.pdf'))


# ---------------------------------------------------------------------------
# 9. Determina Castiglione del Lago - Halley Cloud-like (Times core), fields in margin
# ---------------------------------------------------------------------------
def determina_castiglione():
    pdf = Doc('P', 'mm', 'A4')
    pdf.foot_text = 'Determinazione n. 529 del 12/06/2025 - pag. {p}'
    pdf.foot_font = ('Times', 'I', 7.5)
    pdf.set_margins(62, 14, 16)
    pdf.set_auto_page_break(True, 18)
    pdf.set_title('Determinazione 529/2025')
    pdf.add_page()
    # sidebar
    pdf.set_fill_color(242, 242, 236)
    pdf.rect(12, 12, 44, 180, style='F')
    pdf.set_xy(14, 16)
    side = [('', 'COMUNE DI', 'B', 9), ('', 'CASTIGLIONE DEL LAGO', 'B', 8.6),
            ('', 'Provincia di Perugia', '', 8), (None,),
            ('Settore', 'AREA FINANZIARIA', 'B', 8.5), ('Ufficio', 'Servizio Tributi', '', 9),
            (None,), ('Determinazione', 'n. 529', 'B', 11), ('Data', '12/06/2025', 'B', 10),
            (None,), ('Numero di settore', '61', 'B', 10), (None,),
            ('Proposta', 'n. 604 del 10/06/2025', '', 8.5),
            ('Esecutiva dal', '13/06/2025', '', 9)]
    for item in side:
        if item[0] is None:
            pdf.set_x(14)
            pdf.ln(4)
            continue
        lab, v, st, sz = item
        if lab:
            pdf.set_x(14)
            pdf.set_font('Times', 'I', 7.5)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(40, 3.8, lab, **NL)
        pdf.set_x(14)
        pdf.set_text_color(0)
        pdf.set_font('Times', st, sz)
        pdf.cell(40, 5, v, **NL)
    pdf.set_xy(62, 16)
    pdf.set_font('Times', 'B', 12.5)
    pdf.cell(0, 6, 'DETERMINAZIONE DEL RESPONSABILE DI AREA', **NL)
    pdf.set_draw_color(0)
    pdf.line(62, 23, 194, 23)
    pdf.ln(4)
    pdf.set_font('Times', 'B', 10.5)
    pdf.multi_cell(0, 5, 'OGGETTO: RIMBORSO DI SOMME INDEBITAMENTE VERSATE A TITOLO DI IMPOSTA '
                   'MUNICIPALE PROPRIA (IMU) ANNUALITÀ 2022 E 2023 - CONTRIBUENTI DIVERSI.',
                   align='L', **NL)
    pdf.ln(4)
    pdf.set_font('Times', 'B', 10.5)
    pdf.cell(0, 5, 'IL RESPONSABILE DELL\'AREA FINANZIARIA', align='C', **NL)
    pdf.ln(1)
    pdf.set_font('Times', '', 10.5)
    for p in [
        'Visto il decreto sindacale n. 3 del 09/01/2025 con il quale è stata attribuita alla '
        'sottoscritta la responsabilità dell\'Area Finanziaria;',
        'Viste le istanze di rimborso presentate da n. 7 contribuenti, acquisite agli atti '
        'dell\'Ufficio Tributi, relative a versamenti IMU eseguiti in eccedenza o non dovuti '
        'per le annualità 2022 e 2023;',
        'Dato atto che l\'istruttoria condotta dall\'Ufficio ha accertato il diritto al '
        'rimborso per un importo complessivo di Euro 3.418,00, oltre interessi legali '
        'calcolati ai sensi dell\'art. 1, comma 165, della Legge 296/2006, pari a Euro '
        '96,27;',
        'Visto l\'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296;',
        'Visto il Regolamento comunale per la disciplina dell\'IMU;',
        'Attestata la regolarità tecnica del presente atto ai sensi dell\'art. 147-bis del '
        'D.Lgs. 267/2000;']:
        para(pdf, p, h=5)
    pdf.set_font('Times', 'B', 10.5)
    pdf.cell(0, 6, 'D E T E R M I N A', align='C', **NL)
    pdf.set_font('Times', '', 10.5)
    pts = [
        'di disporre il rimborso in favore dei contribuenti indicati nell\'allegato prospetto, '
        'depositato agli atti dell\'Ufficio, della somma complessiva di Euro 3.514,27, di cui '
        'Euro 3.418,00 per imposta ed Euro 96,27 per interessi;',
        'di impegnare e contestualmente liquidare la spesa al capitolo 1010 "Rimborsi di '
        'tributi comunali" del bilancio 2025;',
        'di dare atto che il presente provvedimento diviene esecutivo con l\'apposizione del '
        'visto di regolarità contabile attestante la copertura finanziaria.']
    for i, p in enumerate(pts):
        hang(pdf, 'abc'[i] + ')', p, h=5, lw=7)
    pdf.ln(6)
    pdf.set_x(120)
    pdf.cell(0, 5, 'La Responsabile dell\'Area Finanziaria', align='C', **NL)
    pdf.set_x(120)
    pdf.set_font('Times', 'B', 10.5)
    pdf.cell(0, 5, 'Dott.ssa Graziella Mencarelli', align='C', **NL)
    pdf.ln(8)
    pdf.set_font('Times', 'B', 9)
    pdf.cell(0, 5, 'VISTO DI REGOLARITÀ CONTABILE', border='T', **NL)
    pdf.set_font('Times', '', 9)
    para(pdf, 'Visto di regolarità contabile attestante la copertura finanziaria ai sensi '
              'dell\'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 811/2025. '
              'Castiglione del Lago, 13/06/2025.', h=4.4)
    pdf.output(os.path.join(OUT, 'determina-castiglionedellago-halleycloud.pdf'))


# ---------------------------------------------------------------------------
# 11. Decreto sindacale Vieste - Cloud Italia-like (DejaVu Serif embedded)
# ---------------------------------------------------------------------------
def decreto_vieste():
    pdf = Doc('P', 'mm', 'A4')
    pdf.add_font('DS', '', DJ + 'DejaVuSerif.ttf')
    pdf.add_font('DS', 'B', DJ + 'DejaVuSerif-Bold.ttf')
    pdf.add_font('DS', 'I', DJ + 'DejaVuSerif-Italic.ttf')
    pdf.foot_text = 'Comune di Vieste - Corso Lorenzo Fazzini, 29 - 71019 Vieste (FG) - ' \
                    'PEC: protocollo@pec.comune.vieste.fg.it'
    pdf.foot_font = ('DS', '', 6.5)
    pdf.set_margins(24, 16, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.set_title('Decreto sindacale n. 14/2025')
    pdf.add_page()
    pdf.set_font('DS', 'B', 16)
    pdf.cell(0, 8, 'COMUNE DI VIESTE', align='C', **NL)
    pdf.set_font('DS', 'I', 9.5)
    pdf.cell(0, 5, 'Provincia di Foggia', align='C', **NL)
    pdf.ln(2)
    pdf.set_line_width(0.4)
    pdf.line(70, pdf.get_y(), 140, pdf.get_y())
    pdf.ln(7)
    pdf.set_font('DS', 'B', 12)
    pdf.cell(0, 6, 'DECRETO SINDACALE N. 14 DEL 05/02/2025', align='C', **NL)
    pdf.ln(5)
    pdf.set_font('DS', 'B', 9.5)
    pdf.multi_cell(0, 5, 'OGGETTO: NOMINA DEL RESPONSABILE DELLA PROTEZIONE DEI DATI PERSONALI '
                   '(RPD/DPO) AI SENSI DELL\'ART. 37 DEL REGOLAMENTO (UE) 2016/679.',
                   border=1, padding=2, **NL)
    pdf.ln(6)
    pdf.set_font('DS', 'B', 10)
    pdf.cell(0, 6, 'IL SINDACO', align='C', **NL)
    pdf.ln(1)
    pdf.set_font('DS', '', 9.2)
    for p in [
        'VISTO il Regolamento (UE) 2016/679 del Parlamento europeo e del Consiglio del 27 '
        'aprile 2016, relativo alla protezione delle persone fisiche con riguardo al '
        'trattamento dei dati personali (di seguito RGPD);',
        'VISTO in particolare l\'art. 37, paragrafo 1, lett. a), del RGPD, che prevede '
        'l\'obbligo per il titolare del trattamento di designare il Responsabile della '
        'protezione dei dati quando il trattamento è effettuato da un\'autorità pubblica;',
        'RICHIAMATA la determinazione del Responsabile del Settore Affari Generali n. 58 del '
        '28/01/2025, con la quale è stato affidato alla società DATASAFE CONSULTING S.R.L. il '
        'servizio di RPD per il biennio 2025/2026;',
        'CONSIDERATO che la predetta società ha indicato quale referente per l\'incarico '
        'l\'Avv. Matteo Tricarico, in possesso del livello di conoscenza specialistica e '
        'delle competenze richieste dall\'art. 37, paragrafo 5, del RGPD;',
        'VISTO l\'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267;']:
        para(pdf, p, h=4.9)
    pdf.ln(1)
    pdf.set_font('DS', 'B', 10)
    pdf.cell(0, 6, 'D E C R E T A', align='C', **NL)
    pdf.ln(1)
    pdf.set_font('DS', '', 9.2)
    pts = [
        'di designare la società DATASAFE CONSULTING S.R.L., con sede in Foggia, P.IVA '
        '04318720717, quale Responsabile della protezione dei dati personali (RPD) del '
        'Comune di Vieste, individuando quale referente l\'Avv. Matteo Tricarico;',
        'di stabilire che l\'incarico ha durata dalla data del presente decreto fino al 31 '
        'dicembre 2026;',
        'di dare atto che il RPD svolge i compiti di cui all\'art. 39 del RGPD e che i suoi '
        'dati di contatto saranno pubblicati sul sito istituzionale e comunicati al Garante '
        'per la protezione dei dati personali;',
        'di notificare il presente decreto all\'interessato e di trasmetterlo ai Responsabili '
        'di Settore e al Segretario Generale.']
    for i, p in enumerate(pts, 1):
        hang(pdf, '%d.' % i, p, h=4.9, lw=7)
    pdf.ln(4)
    para(pdf, 'Dalla Residenza Municipale, 5 febbraio 2025', align='L', after=6)
    pdf.set_x(115)
    pdf.set_font('DS', 'B', 9.5)
    pdf.cell(0, 5, 'IL SINDACO', align='C', **NL)
    pdf.set_x(115)
    pdf.set_font('DS', '', 9.5)
    pdf.cell(0, 5, 'Avv. Rosalba Mastromatteo', align='C', **NL)
    pdf.set_x(115)
    pdf.set_font('DS', 'I', 7)
    pdf.cell(0, 4, '(firma digitale ai sensi dell\'art. 24 D.Lgs. 82/2005)', align='C', **NL)
    pdf.ln(8)
    pdf.set_font('DS', '', 8)
    para(pdf, 'Per accettazione: Avv. Matteo Tricarico, per DATASAFE CONSULTING S.R.L.',
         align='L', h=4.2)
    pdf.output(os.path.join(OUT, 'decreto-vieste-clouditalia.pdf'))


if __name__ == '__main__':
    giunta_manduria()
    consiglio_fasano()
    determina_arzignano()
    determina_castiglione()
    decreto_vieste()
