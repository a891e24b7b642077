# D03 Ente Parco Nazionale (Basilicata/Calabria, seat in Rotonda PZ), numbered AVVISO PUBBLICO: plain Word template
# (python-docx -> LibreOffice Writer headless), Liberation Serif body, Liberation Sans letterhead; articles Art. 1-7
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxkit import *; import kit
from docx.shared import Pt, Cm, RGBColor
d = new('Liberation Serif', 11, margins=(1.4, 1.8, 2.2, 2.2))
sec = d.sections[0]; sec.header_distance = Cm(0.6); sec.footer_distance = Cm(0.7)
h = sec.header
ht = h.add_table(rows=1, cols=2, width=Cm(16.6)); ht.autofit = False
ht.columns[0].width = Cm(2.2); ht.columns[1].width = Cm(14.4)
cell_text(ht.cell(0, 0), '[logo Parco]', size=7, align='c', italic=True)
c1 = ht.cell(0, 1); cell_text(c1, 'ENTE PARCO NAZIONALE DEL POLLINO', bold=True, size=14, font='Liberation Sans')
c1.paragraphs[0].runs[0].font.color.rgb = RGBColor(0x2E, 0x6B, 0x30)
p = c1.add_paragraph(); r = p.add_run('Complesso Monumentale Santa Maria della Consolazione – 85048 Rotonda (PZ)'); r.font.size = Pt(8.5); r.font.name = 'Liberation Sans'
p = c1.add_paragraph(); r = p.add_run('Servizio Agro-Silvo-Pastorale e Gestione della Fauna'); r.font.size = Pt(9); r.bold = True; r.font.name = 'Liberation Sans'
h.paragraphs[0].text = ''
f = sec.footer; fp = f.paragraphs[0]; fp.alignment = AL.CENTER
r = fp.add_run('Tel. 0973 669311 – PEC: parcopollino@mailcertificata.biz – C.F. 92004240767 – pag. '); r.font.size = Pt(7.5); page_field(fp)
para(d, runs=[('Prot. n. 5127/2026', False, False)], after=0)
para(d, 'Rotonda, 03/06/2026', after=12)
para(d, 'AVVISO PUBBLICO N. 7/2026', bold=True, size=14, align='c', after=6)
para(d, 'Concessione di indennizzi e contributi alle aziende agricole e zootecniche per la prevenzione dei danni causati dalla fauna selvatica nel territorio del Parco – annualità 2026', bold=True, size=11.5, align='c', after=12)
para(d, 'IL DIRETTORE', bold=True, align='c', after=8)
prem = ['VISTA la Legge 6 dicembre 1991, n. 394, e in particolare l’art. 15, comma 3, che pone a carico dell’Ente Parco l’indennizzo dei danni provocati dalla fauna selvatica del Parco;',
 'VISTO il Regolamento per l’indennizzo dei danni da fauna selvatica e per la concessione di contributi per le opere di prevenzione, approvato con deliberazione del Consiglio Direttivo n. 21 del 18/07/2024;',
 'VISTA la deliberazione del Consiglio Direttivo n. 11 del 14/05/2026, con la quale sono state destinate all’iniziativa risorse pari a € 180.000,00 sul capitolo 11320 del bilancio di previsione 2026;',
 'IN ESECUZIONE della propria determinazione n. 238 del 29/05/2026;']
for s in prem: para(d, s, align='j', after=4)
para(d, 'RENDE NOTO', bold=True, align='c', before=6, after=8)
arts = [('Art. 1 – Finalità', 'Il presente avviso disciplina la concessione di contributi a fondo perduto per l’acquisto e la posa in opera di recinzioni elettrificate, reti antilupo, dissuasori acustici e cani da guardiania a tutela del patrimonio zootecnico e delle colture.'),
 ('Art. 2 – Beneficiari', 'Possono presentare domanda gli imprenditori agricoli, singoli o associati, titolari di partita IVA e iscritti all’anagrafe zootecnica, con centro aziendale o terreni ricadenti nei 56 comuni del Parco.'),
 ('Art. 3 – Entità del contributo', 'Il contributo è concesso nella misura dell’80% della spesa ammissibile, fino a un massimo di € 6.000,00 per azienda. Non sono ammesse le spese sostenute prima della data di pubblicazione del presente avviso.'),
 ('Art. 4 – Modalità e termini di presentazione', 'Le domande, redatte esclusivamente sul modello Allegato 1, devono pervenire entro le ore 12:00 del 10/07/2026 a mezzo PEC all’indirizzo parcopollino@mailcertificata.biz o mediante consegna a mano all’Ufficio Protocollo dell’Ente.'),
 ('Art. 5 – Istruttoria e graduatoria', 'Le domande sono istruite dal Servizio Agro-Silvo-Pastorale secondo i criteri di cui all’art. 9 del Regolamento; la graduatoria è approvata con determinazione del Direttore e pubblicata all’Albo on line dell’Ente.'),
 ('Art. 6 – Trattamento dei dati personali', 'I dati forniti sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è l’Ente Parco Nazionale del Pollino.'),
 ('Art. 7 – Responsabile del procedimento', 'Il responsabile del procedimento è il dott. agr. Vincenzo Labanca, funzionario del Servizio Agro-Silvo-Pastorale e Gestione della Fauna (tel. 0973 669318).')]
for t_, s in arts:
    para(d, t_, bold=True, after=2, before=4); para(d, s, align='j', after=4)
para(d, 'Il presente avviso è pubblicato all’Albo on line dell’Ente e dei Comuni del Parco e sul sito istituzionale www.parcopollino.gov.it.', align='j', before=6, after=14)
t = table(d, [['', 'IL DIRETTORE\nDott. Giuseppe Rinaldi\n(firmato digitalmente ai sensi del D.Lgs. 82/2005)']], [8.3, 8.3], style=None, size=11, align=['c', 'c'])
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'd03_pollino.docx'); d.save(src)
kit.docx_to_pdf(src, 'avviso-pollino-writer.pdf')
