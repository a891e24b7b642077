# D06 Ente Parco Regionale (Campania), numbered avviso pubblico: Word template in Calibri (Carlito), header and
# footer in the page header/footer, scoring table; python-docx -> LibreOffice
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxkit import *; import kit
F = 'Carlito'
d = new(F, 11, margins=(2.2, 2.0, 2.2, 2.0))
s = d.sections[0]
hp = s.header.paragraphs[0]; hp.alignment = AL.CENTER
r = hp.add_run('ENTE PARCO REGIONALE DEL PARTENIO'); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x1E, 0x5B, 0x2E)
p = s.header.add_paragraph(); p.alignment = AL.CENTER
r = p.add_run('Istituito con L.R. Campania n. 33/1993 – Sede: Via Borgonuovo, 49 – 83010 Summonte (AV)'); r.font.size = Pt(8.5)
p = s.header.add_paragraph(); p.alignment = AL.CENTER
r = p.add_run('AREA TECNICA E CONSERVAZIONE DELLA NATURA'); r.font.size = Pt(9.5); r.bold = True
p = s.header.add_paragraph(); p.alignment = AL.CENTER
r = p.add_run('Servizio Fruizione e Turismo Sostenibile'); r.font.size = Pt(9.5); r.italic = True
fp = s.footer.paragraphs[0]; fp.alignment = AL.CENTER
r = fp.add_run('PEC: enteparcopartenio@pec.it – C.F. 92038760641 – www.parcopartenio.it        pag. '); r.font.size = Pt(8)
page_field(fp)
P = lambda t='', **k: para(d, t, **k)
P('Prot. n. 1296/2026 del 11/05/2026', size=10, after=14, before=6)
P('AVVISO PUBBLICO N. 4/2026', bold=True, size=14, align='c', after=4)
P('PER LA FORMAZIONE DELL’ELENCO DELLE GUIDE ESCURSIONISTICHE AMBIENTALI ACCREDITATE DAL PARCO – TRIENNIO 2026/2028', bold=True, align='c', after=12)
P('IL DIRETTORE', bold=True, align='c', after=8)
P('In esecuzione della determinazione direttoriale n. 58 del 08/05/2026 e in conformità al Regolamento per la fruizione del Parco approvato con deliberazione del Consiglio Direttivo n. 12 del 23/02/2026,', align='j', after=8)
P('RENDE NOTO', bold=True, align='c', after=8)
P('che è indetta una selezione per titoli finalizzata alla formazione dell’elenco delle guide escursionistiche ambientali accreditate dall’Ente Parco Regionale del Partenio, alle quali affidare, in via non esclusiva, l’accompagnamento dei visitatori lungo la rete sentieristica del Parco e le attività di educazione ambientale rivolte alle scuole.', align='j', after=10)
arts = [('Art. 1 – Requisiti di ammissione', 'Possono presentare domanda coloro che, alla data di scadenza del presente avviso, siano in possesso dell’abilitazione all’esercizio della professione di guida escursionistica ambientale ai sensi della normativa regionale vigente, della cittadinanza italiana o di uno Stato membro dell’Unione europea e di un’assicurazione per la responsabilità civile professionale.'),
        ('Art. 2 – Criteri di valutazione', 'Le domande sono valutate da una commissione nominata dal Direttore, sulla base dei seguenti criteri:'),]
for h, t in arts:
    P(h, bold=True, after=3); P(t, align='j', after=6)
t = table(d, [['Criterio', 'Punteggio massimo'],
              ['Esperienza documentata di accompagnamento nelle aree protette della Campania', '30'],
              ['Conoscenza certificata di lingue straniere (livello B2 o superiore)', '20'],
              ['Attività di educazione ambientale svolte con istituti scolastici', '25'],
              ['Residenza in uno dei Comuni del Parco', '15'],
              ['Abilitazione al primo soccorso (BLSD) in corso di validità', '10'],
              ['Totale', '100']], [12.2, 4.0], size=10, bold_first=True, align=['l', 'c'])
for j in range(2): shade(t.cell(0, j), 'D9EAD3')
P('', after=6)
for h, tx in [('Art. 3 – Modalità e termine di presentazione delle domande', 'La domanda, redatta sul modello allegato al presente avviso (Allegato A) e corredata di curriculum vitae e copia di un documento di identità, deve pervenire entro le ore 12:00 del giorno 10/06/2026 esclusivamente a mezzo PEC all’indirizzo enteparcopartenio@pec.it, indicando nell’oggetto «Avviso n. 4/2026 – Elenco guide».'),
              ('Art. 4 – Validità dell’elenco', 'L’elenco, approvato con determinazione direttoriale e pubblicato sul sito istituzionale dell’Ente, ha validità per il triennio 2026/2028. L’iscrizione non comporta alcun diritto a incarichi né obblighi economici a carico dell’Ente.'),
              ('Art. 5 – Trattamento dei dati personali', 'I dati forniti sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è l’Ente Parco Regionale del Partenio.'),
              ('Art. 6 – Responsabile del procedimento', 'Il Responsabile del procedimento è il Dott. For. Michele Pagano, Servizio Fruizione e Turismo Sostenibile (tel. 0825 691254).')]:
    P(h, bold=True, after=3); P(tx, align='j', after=6)
P('Summonte, 11/05/2026', before=8, after=12)
P('IL DIRETTORE', bold=True, align='r', after=2)
P('Arch. Giovanna Ruggiero', align='r', after=2)
P('Documento firmato digitalmente ai sensi dell’art. 21 del D.Lgs. n. 82/2005', italic=True, size=8.5, align='r')
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'd06_partenio.docx'); d.save(path)
kit.docx_to_pdf(path, 'avviso-partenio-writer.pdf')
