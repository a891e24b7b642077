# Comune di Arenzano - deliberazione di Giunta printed by a legacy procedure (80 columns, capitals,
# boxes drawn with + - |, dotted leaders).  Text laid out in Python, typeset by groff -Tpdf (gropdf),
# standard Courier (not embedded).  Straight apostrophes kept as \(aq.
import subprocess, textwrap
W = 80
def box(lines):
    out = ['+' + '-' * (W - 2) + '+']
    for l in lines: out.append('|' + l.center(W - 2) + '|')
    out.append('+' + '-' * (W - 2) + '+'); return out
def wrapx(label, text, width=W, ind=None):
    ind = len(label) if ind is None else ind
    ls = textwrap.wrap(text, width - ind - 1)
    return [(label if i == 0 else ' ' * ind) + l for i, l in enumerate(ls)]
def para(text):
    return [' ' + l for l in textwrap.wrap(text, W - 2)] + ['']

SUBJ = ("CONCESSIONE IN USO TEMPORANEO DEI LOCALI DELL'EX SCUOLA ELEMENTARE DI VIA ANGELO "
        "SACCONE ALL'ASSOCIAZIONE SPORTIVA DILETTANTISTICA \"ARENZANO BLU\" PER LO SVOLGIMENTO "
        "DEI CENTRI ESTIVI 2026. APPROVAZIONE SCHEMA DI CONVENZIONE.")
body = []
body += box(['COMUNE DI ARENZANO', "CITTA' METROPOLITANA DI GENOVA",
             'VIA SAN PIETRO 2 - 16011 ARENZANO (GE) - TEL. 010 91381'])
body += ['', ' ' * 62 + 'COPIA CONFORME', '',
         'VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE'.center(W), '',
         ' N. 37' + ' ' * 50 + 'SEDUTA DEL 17/03/2026', '']
body += wrapx(' OGGETTO: ', SUBJ) + ['', ' ' + '=' * (W - 2), '']
body += para("L'ANNO DUEMILAVENTISEI, ADDI' DICIASSETTE DEL MESE DI MARZO, ALLE ORE 15.00, "
             "NELLA SALA DELLE ADUNANZE DEL PALAZZO COMUNALE, PREVIA L'OSSERVANZA DI TUTTE LE "
             "FORMALITA' PRESCRITTE DALLA VIGENTE NORMATIVA, SI E' RIUNITA LA GIUNTA COMUNALE "
             "NELLE PERSONE DEI SIGNORI:")
sep = '+----+--------------------------------+----------------------+-------+-------+'
body += [' ' + sep[:W - 1] if False else sep.center(W)]
body += ['| N. | COGNOME E NOME                 | CARICA               | PRES. | ASS.  |'.center(W), sep.center(W)]
roll = [('CAVIGLIA FRANCESCO', 'SINDACO', 1), ('PICASSO MARINA', 'VICE SINDACO', 1),
        ('DAMONTE STEFANO', 'ASSESSORE', 1), ('TIXI ROBERTA', 'ASSESSORE', 0),
        ('BRUZZONE ANDREA', 'ASSESSORE', 1), ('OLIVERI CHIARA', 'ASSESSORE', 1)]
for i, (n, c, p) in enumerate(roll, 1):
    body.append(f'| {i:2d} | {n:<30} | {c:<20} | {"  SI " if p else "     "} | {"  SI " if not p else "     "} |'.center(W))
body += [sep.center(W), ' ' * 44 + 'TOTALE PRESENTI   5   ASSENTI   1', '']
body += para("ASSISTE IL SEGRETARIO COMUNALE DOTT. ROBERTO PARODI, IL QUALE PROVVEDE ALLA "
             "REDAZIONE DEL PRESENTE VERBALE.")
body += para("ASSUME LA PRESIDENZA IL SINDACO AVV. FRANCESCO CAVIGLIA CHE, RICONOSCIUTA LA "
             "LEGALITA' DELL'ADUNANZA, DICHIARA APERTA LA SEDUTA ED INVITA LA GIUNTA A "
             "DELIBERARE SULL'OGGETTO SOPRA INDICATO.")
body += ['LA GIUNTA COMUNALE'.center(W), '']
for t in ["PREMESSO CHE IL COMUNE E' PROPRIETARIO DELL'IMMOBILE DENOMINATO \"EX SCUOLA ELEMENTARE\" "
          "SITO IN VIA ANGELO SACCONE, ATTUALMENTE NON UTILIZZATO PER FINALITA' SCOLASTICHE;",
          "VISTA L'ISTANZA PRESENTATA IN DATA 24/02/2026, PROT. N. 4.118, DALL'ASSOCIAZIONE "
          "SPORTIVA DILETTANTISTICA \"ARENZANO BLU\", INTESA AD OTTENERE L'USO DEI LOCALI DAL "
          "15/06/2026 AL 04/09/2026 PER LO SVOLGIMENTO DI CENTRI ESTIVI RIVOLTI A MINORI DAI 6 "
          "AGLI 11 ANNI;",
          "RICHIAMATO IL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO DEI BENI IMMOBILI, "
          "APPROVATO CON DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 22 DEL 28/04/2021;",
          "RITENUTO DI APPLICARE IL CANONE AGEVOLATO PREVISTO DALL'ART. 9 DEL CITATO "
          "REGOLAMENTO PER LE ATTIVITA' DI RILEVANTE INTERESSE SOCIALE;",
          "VISTO IL D.LGS. 18/08/2000 N. 267;"]:
    body += para(t)
body += [' PARERI AI SENSI DELL\'ART. 49 DEL D.LGS. 267/2000:',
         ' - REGOLARITA\' TECNICA ...................................... FAVOREVOLE',
         ' - REGOLARITA\' CONTABILE .................................... FAVOREVOLE', '']
body += para("CON VOTI UNANIMI FAVOREVOLI ESPRESSI NELLE FORME DI LEGGE,")
body += ['D E L I B E R A'.center(W), '']
pts = ["DI CONCEDERE ALL'ASSOCIAZIONE SPORTIVA DILETTANTISTICA \"ARENZANO BLU\" L'USO "
       "TEMPORANEO DEI LOCALI AL PIANO TERRA DELL'EX SCUOLA ELEMENTARE DI VIA ANGELO SACCONE "
       "DAL 15/06/2026 AL 04/09/2026;",
       "DI APPROVARE LO SCHEMA DI CONVENZIONE ALLEGATO SUB A) AL PRESENTE ATTO;",
       "DI DETERMINARE IL CANONE AGEVOLATO IN EURO 1.250,00 PER L'INTERO PERIODO, OLTRE AL "
       "RIMBORSO FORFETTARIO DELLE UTENZE PARI A EURO 600,00;",
       "DI DEMANDARE AL RESPONSABILE DEL SETTORE PATRIMONIO GLI ADEMPIMENTI CONSEGUENTI."]
for i, t in enumerate(pts, 1):
    body += wrapx(f' {i}) ', t) + ['']
body += para("INDI, CON SUCCESSIVA E SEPARATA VOTAZIONE UNANIME, DICHIARA LA PRESENTE "
             "DELIBERAZIONE IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL "
             "D.LGS. 267/2000.")
body += ['LETTO, CONFERMATO E SOTTOSCRITTO', '',
         '       IL SINDACO                              IL SEGRETARIO COMUNALE',
         '  F.TO AVV. FRANCESCO CAVIGLIA               F.TO DOTT. ROBERTO PARODI', '',
         '+' + '-' * (W - 2) + '+',
         '|' + 'RELATA DI PUBBLICAZIONE'.center(W - 2) + '|',
         '|' + ' COPIA DELLA PRESENTE E\' PUBBLICATA ALL\'ALBO PRETORIO ON LINE DAL ..../..../....'.ljust(W - 2) + '|',
         '|' + ' PER 15 GIORNI CONSECUTIVI.             IL MESSO COMUNALE ......................'.ljust(W - 2) + '|',
         '+' + '-' * (W - 2) + '+']

PAGE = 60
pages = [body[i:i + PAGE] for i in range(0, len(body), PAGE)]
def esc(s):
    s = s.replace('\\', '\\e').replace("'", "\\(aq").replace('-', '\\-')
    return s
out = ['.fam C', '.ft CR', '.ps 9', '.vs 11.5', '.nf', '.po 0.75i', '.ll 7i', '.pl 11.69i']
for n, pg in enumerate(pages, 1):
    if n > 1: out.append('.bp')
    out.append(esc(f'COMUNE DI ARENZANO - PROC. DELIBERE GIUNTA'.ljust(66) + f'PAG. {n:3d}/{len(pages)}'))
    out.append('')
    out += [('\\&' + esc(l)) if l else '' for l in pg]
    out += [''] * (PAGE - len(pg) + 1)
    out.append(esc('STAMPATO IL 19/03/2026 ORE 09.12 - UTENTE: SEGRET03 - DELG0370.RPT'))
open('d02_arenzano.tr', 'w').write('\n'.join(out) + '\n')
pdf = subprocess.run(['groff', '-Tpdf', '-P-pa4', 'd02_arenzano.tr'], capture_output=True, check=True).stdout
open('../deliberazione-arenzano-siscom.pdf', 'wb').write(pdf)
