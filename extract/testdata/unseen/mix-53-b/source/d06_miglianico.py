# Determinazione, Comune di Miglianico - a hand-written RTF in the manner of an ARIT (Abruzzo) template, converted by LibreOffice
import sys
out = sys.argv[1]
def esc(s):
    o = []
    for ch in s:
        if ch in '\\{}': o.append('\\' + ch)
        elif ord(ch) < 128: o.append(ch)
        else: o.append('\\u%d?' % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
    return ''.join(o)
R = []
a = R.append
a(r'{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Liberation Serif;}{\f1\fswiss Liberation Sans;}}')
a(r'\paperw11906\paperh16838\margl1418\margr1247\margt1134\margb1134')
a(r'{\info{\title Determinazione Settore II n. 31/2026}{\author Ufficio Tributi}}')
a(r'{\footer\pard\qc\f1\fs14 ' + esc('Comune di Miglianico – Settore II – Determinazione n. 31 del 20/02/2026 – Pag. ') + r'{\field{\*\fldinst PAGE}{\fldrslt 1}}' + esc(' – Documento firmato digitalmente (art. 21 D.Lgs. 82/2005)') + r'\par}')
def P(text, fmt=r'\qj\f0\fs23\sa100', bold=False):
    a(r'\pard' + fmt + ' ' + (r'{\b ' if bold else '') + esc(text) + ('}' if bold else '') + r'\par')
P('COMUNE DI MIGLIANICO', r'\qc\f1\fs34\sa0', True)
P('PROVINCIA DI CHIETI', r'\qc\f1\fs20\sa0')
P('Corso Umberto I, 2 – 66010 Miglianico (CH) – Tel. 0871 950221', r'\qc\f1\fs16\sa240')
a(r'\pard\brdrb\brdrs\brdrw15\qc\f1\fs22\sa60 {\b ' + esc('SETTORE II – ECONOMICO FINANZIARIO') + r'}\par')
P('Ufficio Tributi', r'\qc\f1\fs20\sa300')
P('DETERMINAZIONE N. 31 DEL 20/02/2026', r'\qc\f0\fs28\sa40', True)
P('(Registro Generale n. 118 del 20/02/2026)', r'\qc\f0\fs22\sa300')
a(r'\pard\qj\li1700\fi-1700\f0\fs23\sa300 {\b OGGETTO:}\tab {\b ' + esc("RIMBORSO IMU ANNUALITA' 2023 E 2024 A CONTRIBUENTE PER VERSAMENTO NON DOVUTO - LIQUIDAZIONE.") + r'}\par')
P('IL RESPONSABILE DEL SETTORE', r'\qc\f0\fs23\sa160', True)
for s in [
 "Visto il decreto sindacale n. 2 del 07/01/2026 con il quale è stata attribuita al sottoscritto la responsabilità del Settore II – Economico Finanziario;",
 "Vista l'istanza di rimborso presentata dal contribuente identificato con codice n. 004417 (i cui dati sono custoditi agli atti dell'Ufficio, nel rispetto del Regolamento UE 2016/679), acquisita al prot. n. 712 del 28/01/2026, relativa a somme versate a titolo di IMU per le annualità 2023 e 2024;",
 "Accertato dall'istruttoria dell'Ufficio Tributi che l'immobile distinto al Catasto Fabbricati al foglio 9, particella 1183, sub. 4, costituisce abitazione principale del richiedente, non soggetta all'imposta ai sensi dell'art. 1, comma 740, della Legge 27 dicembre 2019, n. 160, e che pertanto i versamenti effettuati, pari a € 412,00 per l'anno 2023 ed € 412,00 per l'anno 2024, non erano dovuti;",
 "Visto l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, che fissa in cinque anni il termine per la richiesta di rimborso;",
 "Visto il Regolamento comunale per la disciplina dell'IMU, approvato con deliberazione del Consiglio Comunale n. 14 del 29/06/2020;",
 "Calcolati gli interessi al tasso legale, pari a complessivi € 31,57;"]:
    P(s)
P('DETERMINA', r'\qc\f0\fs23\sa160\sb120', True)
for i, s in enumerate([
 "di riconoscere il diritto al rimborso dell'IMU versata e non dovuta per le annualità 2023 e 2024 al contribuente di cui in premessa, per l'importo complessivo di € 855,57, di cui € 824,00 a titolo di imposta ed € 31,57 a titolo di interessi;",
 "di liquidare la somma di € 855,57 imputandola al capitolo 1850 \"Rimborsi di imposte e tasse\", missione 01, programma 04, del bilancio 2026, impegno n. 97/2026;",
 "di autorizzare l'Ufficio Ragioneria all'emissione del mandato di pagamento mediante bonifico sull'IBAN indicato nell'istanza;",
 "di dare atto che il presente provvedimento non è soggetto a pubblicazione nella sezione Amministrazione Trasparente in quanto privo dei presupposti di cui all'art. 26 del D.Lgs. 33/2013."], 1):
    a(r'\pard\qj\li567\fi-567\f0\fs23\sa100 ' + '%d)' % i + r'\tab ' + esc(s) + r'\par')
P('Miglianico, 20/02/2026', r'\ql\f0\fs23\sb300\sa200')
P('IL RESPONSABILE DEL SETTORE II', r'\qr\f0\fs22\sa40', True)
P('Dott. Emilio Di Tullio', r'\qr\f0\fs22\sa300')
a(r'\pard\box\brdrs\brdrw10\brsp60\ql\f1\fs17 {\b ' + esc('VISTO DI REGOLARITÀ CONTABILE') + r'}\line ' + esc("Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Miglianico, 20/02/2026 – Il Responsabile del Servizio Finanziario, Dott. Emilio Di Tullio") + r'\par')
a('}')
open(out, 'w', encoding='ascii').write('\n'.join(R))
