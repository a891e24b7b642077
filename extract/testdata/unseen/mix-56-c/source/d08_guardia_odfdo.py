# Numbered AVVISO PUBBLICO, Comune di Guardia Sanframondi - ODT built with odfdo, PDF by LibreOffice
import sys
from odfdo import Document, Paragraph, Style, Table, Row, Cell
out = sys.argv[1]
doc = Document('text'); body = doc.body; body.clear()
def st(name, para=None, text=None):
    s = Style('paragraph', name=name)
    if para: s.set_properties(area='paragraph', properties=para)
    t = {'style:font-name': 'Liberation Serif', 'fo:font-size': '11pt'}
    t.update(text or {})
    s.set_properties(area='text', properties=t)
    doc.insert_style(s, automatic=False)
st('Ente', {'fo:text-align': 'center'}, {'fo:font-size': '18pt', 'fo:font-weight': 'bold', 'fo:letter-spacing': '0.05cm'})
st('Prov', {'fo:text-align': 'center'}, {'fo:font-size': '10pt', 'fo:font-style': 'italic'})
st('Area', {'fo:text-align': 'center', 'fo:margin-top': '0.3cm'}, {'fo:font-size': '11pt', 'fo:font-weight': 'bold'})
st('Ufficio', {'fo:text-align': 'center', 'fo:margin-bottom': '0.4cm', 'fo:border-bottom': '1.5pt double #000000', 'fo:padding-bottom': '0.15cm'}, {'fo:font-size': '10pt'})
st('Prot', {'fo:text-align': 'start'}, {'fo:font-size': '9pt'})
st('Avv', {'fo:text-align': 'center', 'fo:margin-top': '0.5cm'}, {'fo:font-size': '20pt', 'fo:font-weight': 'bold'})
st('Tit', {'fo:text-align': 'center', 'fo:margin-top': '0.2cm', 'fo:margin-bottom': '0.5cm', 'fo:margin-left': '1cm', 'fo:margin-right': '1cm'}, {'fo:font-size': '12.5pt', 'fo:font-weight': 'bold'})
st('Body', {'fo:text-align': 'justify', 'fo:margin-bottom': '0.2cm'}, {})
st('Art', {'fo:text-align': 'start', 'fo:margin-top': '0.25cm', 'fo:margin-bottom': '0.1cm'}, {'fo:font-weight': 'bold'})
st('Firma', {'fo:text-align': 'end', 'fo:margin-top': '0.7cm'}, {})
st('Nota', {'fo:text-align': 'center', 'fo:margin-top': '0.8cm'}, {'fo:font-size': '8pt', 'fo:font-style': 'italic'})
def P(t, s='Body'): body.append(Paragraph(t, style=s))
P('COMUNE DI GUARDIA SANFRAMONDI', 'Ente')
P('Provincia di Benevento', 'Prov')
P('AREA AMMINISTRATIVA', 'Area')
P('Servizio Politiche Sociali e Pubblica Istruzione', 'Ufficio')
P('Prot. n. 2087 del 09/03/2026', 'Prot')
P('AVVISO PUBBLICO N. 2/2026', 'Avv')
P('CONTRIBUTI ECONOMICI A SOSTEGNO DELLE FAMIGLIE PER LE SPESE DI TRASPORTO SCOLASTICO DEGLI STUDENTI PENDOLARI DELLE SCUOLE SECONDARIE DI SECONDO GRADO – ANNO SCOLASTICO 2025/2026', 'Tit')
P('In esecuzione della deliberazione della Giunta Comunale n. 31 del 26/02/2026 e della determinazione del Responsabile dell’Area Amministrativa n. 74 del 06/03/2026, si rende noto che sono aperti i termini per la presentazione delle domande di contributo di cui in oggetto.')
arts = [('Art. 1 – Destinatari', 'Possono presentare domanda i genitori, o gli studenti se maggiorenni, residenti nel Comune di Guardia Sanframondi, iscritti nell’anno scolastico 2025/2026 a una scuola secondaria di secondo grado con sede in un comune diverso, con ISEE ordinario o corrente in corso di validità non superiore a euro 20.000,00.'),
 ('Art. 2 – Entità del contributo', 'Il contributo è pari al 50% della spesa documentata per l’abbonamento al trasporto pubblico, fino a un massimo di euro 250,00 per studente, nei limiti dello stanziamento di euro 12.000,00. In caso di insufficienza dei fondi si procede per fasce ISEE crescenti.'),
 ('Art. 3 – Modalità e termini di presentazione', 'La domanda, redatta sul modello disponibile sul sito istituzionale e presso l’Ufficio Servizi Sociali, deve pervenire entro le ore 12:00 del 10 aprile 2026 a mezzo PEC all’indirizzo protocollo.guardiasanframondi@asmepec.it oppure a mano all’Ufficio Protocollo.'),
 ('Art. 4 – Trattamento dei dati personali', 'I dati sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Responsabile del procedimento è la Dott.ssa Giuseppina Di Lonardo.')]
for h, t in arts:
    P(h, 'Art'); P(t)
P('Guardia Sanframondi, 09/03/2026')
P('LA RESPONSABILE DELL’AREA AMMINISTRATIVA', 'Firma')
P('Dott.ssa Giuseppina Di Lonardo', 'Firma')
P('Firma autografa sostituita a mezzo stampa ai sensi dell’art. 3, comma 2, del D.Lgs. 39/1993', 'Nota')
doc.save(out)
