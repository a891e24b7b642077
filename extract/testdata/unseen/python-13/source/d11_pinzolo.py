# Letter-style public communication of the Sindaco, no number (fpdf2, DejaVu Sans + core Helvetica)
from fpdf import FPDF
from common import out, DJ
p = FPDF('P', 'mm', 'A4'); p.set_margins(25, 18, 22); p.set_auto_page_break(True, 20)
p.add_font('DV', '', DJ + 'DejaVuSans.ttf'); p.add_font('DV', 'B', DJ + 'DejaVuSans-Bold.ttf'); p.add_font('DV', 'I', DJ + 'DejaVuSans-Oblique.ttf')
p.set_title('Comunicazione ai cittadini'); p.set_creator('Microsoft Word - PiTre')
p.add_page()
p.set_font('DV', 'B', 14); p.cell(0, 7, 'COMUNE DI PINZOLO', new_x='LMARGIN', new_y='NEXT')
p.set_font('DV', '', 8.5); p.cell(0, 4.5, 'Provincia autonoma di Trento', new_x='LMARGIN', new_y='NEXT')
p.cell(0, 4.5, 'Piazza Carera, 1 - 38086 Pinzolo (TN) - tel. 0465 509000', new_x='LMARGIN', new_y='NEXT')
p.set_font('DV', 'I', 8.5); p.cell(0, 4.5, 'Il Sindaco', new_x='LMARGIN', new_y='NEXT')
p.ln(12)
p.set_font('DV', '', 10)
p.cell(0, 5, 'Pinzolo, 9 gennaio 2026', align='R', new_x='LMARGIN', new_y='NEXT')
p.ln(6)
p.set_font('DV', 'B', 12); p.cell(0, 7, 'COMUNICAZIONE AI CITTADINI', align='C', new_x='LMARGIN', new_y='NEXT')
p.set_font('DV', '', 10); p.cell(0, 5, 'e agli operatori economici di Pinzolo e delle frazioni', align='C', new_x='LMARGIN', new_y='NEXT')
p.ln(7)
p.set_font('DV', 'B', 10); p.cell(19, 5.5, 'Oggetto:')
p.multi_cell(0, 5.5, 'chiusura temporanea di Via Bolognini per i lavori di estensione della rete di teleriscaldamento - '
             'modifiche alla viabilità e alle fermate del servizio di trasporto pubblico.', align='L', new_x='LMARGIN', new_y='NEXT')
p.ln(5)
p.set_font('DV', '', 10)
paras = [
 'Care concittadine, cari concittadini,',
 'vi informo che dal giorno 19 gennaio 2026 al giorno 27 marzo 2026 prenderanno avvio i lavori di estensione della rete '
 'di teleriscaldamento lungo Via Bolognini, nel tratto compreso tra Piazza Carera e l\'incrocio con Via Genova, eseguiti '
 'dalla società concessionaria del servizio.',
 'Durante i lavori la strada sarà chiusa al traffico veicolare, ad eccezione dei mezzi di soccorso e dei residenti diretti '
 'alle autorimesse private, secondo le modalità che saranno stabilite con apposita ordinanza del Comandante della Polizia '
 'Locale. Il transito pedonale sarà sempre garantito mediante un percorso protetto.',
 'Le fermate "Pinzolo Centro" e "Pinzolo Municipio" delle linee extraurbane saranno temporaneamente spostate in Via '
 'Marconi, di fronte al parcheggio del Palazzetto dello sport. Gli orari restano invariati.',
 'Sono consapevole dei disagi che questi lavori comporteranno, in particolare per le attività commerciali della zona, '
 'nel pieno della stagione invernale. Abbiamo chiesto e ottenuto che il cantiere sia sospeso nei fine settimana e nei '
 'giorni della Coppa del Mondo di sci a Madonna di Campiglio, e che le lavorazioni più rumorose si svolgano '
 'esclusivamente tra le ore 8:00 e le ore 17:00.',
 'Per informazioni e segnalazioni è possibile rivolgersi all\'Ufficio Tecnico comunale (tel. 0465 509020, '
 'e-mail: tecnico@comune.pinzolo.tn.it) dal lunedì al venerdì dalle ore 9:00 alle ore 12:00.',
 'Ringrazio tutti per la collaborazione e la comprensione.',
]
for t in paras:
    p.multi_cell(0, 5.6, t, align='J', new_x='LMARGIN', new_y='NEXT'); p.ln(2.5)
p.ln(10)
p.cell(95); p.cell(0, 5.5, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT')
p.cell(95); p.set_font('DV', 'I', 10); p.cell(0, 5.5, 'Michele Cereghini', align='C', new_x='LMARGIN', new_y='NEXT')
p.set_auto_page_break(False); p.set_y(-20); p.set_font('Helvetica', '', 7)
p.multi_cell(0, 3.5, 'Questo documento, se trasmesso in forma cartacea, costituisce copia dell\'originale informatico firmato digitalmente, '
       'predisposto e conservato presso questa Amministrazione.', align='C')
p.output(out('comunicazione-pinzolo-pitre.pdf'))
