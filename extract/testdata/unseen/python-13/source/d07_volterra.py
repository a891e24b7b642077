# Word-template schema di convenzione with no letterhead, attached to a Consiglio deliberation (fpdf2, core Times)
from fpdf import FPDF
from common import out
class P(FPDF):
    def footer(self):
        self.set_y(-15); self.set_font('Times', 'I', 9); self.cell(0, 5, str(self.page_no()), align='C')
p = P('P', 'mm', 'A4'); p.set_margins(28, 22, 25); p.set_auto_page_break(True, 22)
p.core_fonts_encoding = 'windows-1252'; p.set_title('Schema di convenzione'); p.set_creator('Microsoft Word')
p.add_page()
p.set_font('Times', 'I', 10)
p.cell(0, 5, 'Allegato "B" alla deliberazione C.C. n. 27 del 30/06/2025', align='R', new_x='LMARGIN', new_y='NEXT')
p.ln(10)
p.set_font('Times', 'B', 13)
p.multi_cell(0, 6.5, 'SCHEMA DI CONVENZIONE TRA IL COMUNE DI VOLTERRA E L\'ASSOCIAZIONE "AMICI DELL\'ECOMUSEO '
             'DELL\'ALABASTRO" PER LA GESTIONE DEI SERVIZI DI ACCOGLIENZA E VISITA GUIDATA PRESSO L\'ECOMUSEO '
             'DELL\'ALABASTRO - PERIODO 01/07/2025 - 30/06/2028', align='C', new_x='LMARGIN', new_y='NEXT')
p.ln(6)
p.set_font('Times', '', 11.5)
def par(t, b=False, align='J'):
    p.set_font('Times', 'B' if b else '', 11.5)
    p.multi_cell(0, 5.8, t, align=align, new_x='LMARGIN', new_y='NEXT'); p.ln(1.5)
par('L\'anno duemilaventicinque, il giorno ____ del mese di ____________, presso la sede municipale in Piazza dei Priori n. 12,')
par('TRA', True, 'C')
par('il COMUNE DI VOLTERRA (C.F. 00183470508), rappresentato dal Responsabile del Settore Cultura, Turismo e '
    'Sport, dott.ssa ________________, domiciliata per la carica presso la sede comunale, la quale interviene in '
    'esecuzione della deliberazione del Consiglio Comunale n. 27 del 30/06/2025, esecutiva ai sensi di legge,')
par('E', True, 'C')
par('l\'Associazione "Amici dell\'Ecomuseo dell\'Alabastro" (di seguito "Associazione"), con sede in Volterra, Via '
    'Porta all\'Arco n. 4, C.F. 92017410507, iscritta al RUNTS al n. 11842, rappresentata dal Presidente pro tempore '
    'sig. ________________,')
par('PREMESSO CHE', True, 'C')
par('- con deliberazione della Giunta Comunale n. 88 del 14/05/2025 è stato approvato l\'avviso pubblico per '
    'l\'individuazione di un ente del Terzo settore per la co-gestione dei servizi museali;')
par('- con determinazione n. 512 del 10/06/2025 il Responsabile del Settore ha approvato la graduatoria, dalla quale '
    'l\'Associazione risulta prima classificata;')
par('SI CONVIENE E SI STIPULA QUANTO SEGUE', True, 'C')
arts = [
 ('Art. 1 - Oggetto', 'Il Comune affida all\'Associazione, che accetta, lo svolgimento dei servizi di accoglienza, biglietteria e '
  'visita guidata presso l\'Ecomuseo dell\'Alabastro, sito in Via dei Sarti n. 1, secondo il calendario di apertura di cui '
  'all\'art. 3.'),
 ('Art. 2 - Durata', 'La presente convenzione ha durata di tre anni, dal 01/07/2025 al 30/06/2028, e può essere rinnovata '
  'una sola volta, per uguale periodo, con provvedimento espresso del Comune.'),
 ('Art. 3 - Modalità di svolgimento', 'L\'Associazione garantisce l\'apertura al pubblico:\n'
  '1) dal 1° aprile al 31 ottobre, tutti i giorni dalle ore 10:00 alle ore 18:00;\n'
  '2) dal 1° novembre al 31 marzo, il sabato, la domenica e i festivi dalle ore 10:00 alle ore 16:30;\n'
  '3) aperture straordinarie in occasione di "Volterra AD 1398" e delle manifestazioni concordate con il Comune.'),
 ('Art. 4 - Obblighi dell\'Associazione', 'L\'Associazione si impegna a impiegare personale e volontari adeguatamente formati, '
  'assicurati ai sensi dell\'art. 18 del D.Lgs. n. 117/2017, a custodire i beni esposti con la diligenza del buon padre di '
  'famiglia e a trasmettere al Comune, entro il 31 gennaio di ogni anno, una relazione sull\'attività svolta e il rendiconto '
  'delle entrate e delle spese.'),
 ('Art. 5 - Obblighi del Comune', 'Il Comune mette a disposizione i locali, gli arredi e le attrezzature, sostiene le spese per '
  'le utenze e la manutenzione straordinaria e riconosce all\'Associazione un rimborso delle spese effettivamente sostenute e '
  'documentate, nel limite massimo di € 18.000,00 annui.'),
 ('Art. 6 - Introiti', 'I proventi della bigliettazione sono riscossi per conto del Comune e versati in Tesoreria con cadenza '
  'mensile. Le tariffe sono quelle stabilite dalla Giunta Comunale.'),
 ('Art. 7 - Controlli', 'Il Comune può in ogni momento verificare, anche mediante sopralluoghi, il corretto svolgimento del servizio. '
  'In caso di inadempienza contesta per iscritto gli addebiti, assegnando un termine non inferiore a quindici giorni per le '
  'controdeduzioni.'),
 ('Art. 8 - Recesso e risoluzione', 'Ciascuna delle parti può recedere con preavviso di almeno sei mesi, da comunicarsi a mezzo PEC. '
  'Il Comune può dichiarare risolta la convenzione in caso di gravi e reiterate inadempienze.'),
 ('Art. 9 - Spese e registrazione', 'La presente convenzione è esente dall\'imposta di bollo ai sensi dell\'art. 82, comma 5, del '
  'D.Lgs. n. 117/2017 e sarà registrata solo in caso d\'uso.'),
 ('Art. 10 - Rinvio', 'Per quanto non previsto si rinvia al Codice civile, al D.Lgs. n. 117/2017 e al Regolamento comunale dei musei.'),
]
for h, t in arts:
    p.set_font('Times', 'B', 11.5); p.cell(0, 6, h, new_x='LMARGIN', new_y='NEXT')
    par(t)
p.ln(4)
par('Letto, confermato e sottoscritto.', align='L')
p.ln(2)
p.set_font('Times', '', 11.5)
p.cell(80, 6, 'Per il Comune di Volterra'); p.cell(0, 6, 'Per l\'Associazione', align='C', new_x='LMARGIN', new_y='NEXT')
p.cell(80, 10, '______________________'); p.cell(0, 10, '______________________', align='C', new_x='LMARGIN', new_y='NEXT')
p.output(out('convenzione-volterra-word.pdf'))
