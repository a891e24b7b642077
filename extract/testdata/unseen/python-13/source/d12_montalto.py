# Cityware-style numbered AVVISO PUBBLICO of a Settore (an act that looks like a notice)
# (ReportLab platypus, core Helvetica + DejaVu Sans Condensed for the note)
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from common import out, reg_rl
reg_rl()
def st(fn='Helvetica', fs=10, ld=13.5, **k):
    return ParagraphStyle('x', fontName=fn, fontSize=fs, leading=ld, **k)
doc = SimpleDocTemplate(out('avviso-montalto-cityware.pdf'), pagesize=A4, leftMargin=20*mm, rightMargin=20*mm,
                        topMargin=14*mm, bottomMargin=18*mm, title='Avviso pubblico n. 12/2025', author='Cityware')
def foot(c, d):
    c.saveState(); c.setFont('Helvetica', 7)
    c.drawString(20*mm, 10*mm, 'Comune di Montalto Uffugo - Piazza Francesco Bianchi, 1 - 87046 Montalto Uffugo (CS) - www.comune.montaltouffugo.cs.it')
    c.drawRightString(A4[0]-20*mm, 10*mm, '%d' % d.page); c.restoreState()
B = st(alignment=TA_JUSTIFY)
H = st('Helvetica-Bold', 10, 13.5, spaceBefore=6, spaceAfter=2)
head = Table([[Paragraph('<b>COMUNE DI MONTALTO UFFUGO</b><br/><font size="9">Provincia di Cosenza</font>', st(fs=15, ld=18, alignment=TA_CENTER))],
              [Paragraph('SETTORE 2 - POLITICHE SOCIALI, PUBBLICA ISTRUZIONE E CULTURA', st('Helvetica-Bold', 9, 12, alignment=TA_CENTER))]],
             colWidths=[170*mm])
head.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, 0), 0.6, colors.black), ('LINEBELOW', (0, 1), (-1, 1), 1.5, colors.black),
                          ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
s = [head, Spacer(1, 14),
     Paragraph('AVVISO PUBBLICO N. 12 DEL 05/08/2025', st('Helvetica-Bold', 14, 18, alignment=TA_CENTER)),
     Paragraph('(approvato con determinazione del Responsabile del Settore 2 - R.G. n. 781 del 04/08/2025)', st('DejaVuSansCondensed', 8.5, 11, alignment=TA_CENTER)),
     Spacer(1, 8),
     Paragraph('PER L\'EROGAZIONE DEL CONTRIBUTO PER LA FORNITURA GRATUITA O SEMIGRATUITA DEI LIBRI DI TESTO - '
               'ANNO SCOLASTICO 2025/2026', st('Helvetica-Bold', 11, 14.5, alignment=TA_CENTER)),
     Spacer(1, 10),
     Paragraph('IL RESPONSABILE DEL SETTORE', st('Helvetica-Bold', 10, 13.5, alignment=TA_CENTER)), Spacer(1, 4),
     Paragraph('Visti l\'art. 27 della Legge 23 dicembre 1998, n. 448, il D.P.C.M. 5 agosto 1999, n. 320 e il Decreto '
               'Dirigenziale della Regione Calabria n. 11542 del 22/07/2025, con il quale sono stati ripartiti tra i Comuni '
               'i fondi per la fornitura dei libri di testo;', B), Spacer(1, 4),
     Paragraph('RENDE NOTO', st('Helvetica-Bold', 10, 13.5, alignment=TA_CENTER)), Spacer(1, 2),
     Paragraph('che sono aperti i termini per la presentazione delle domande di contributo per l\'acquisto dei libri di testo '
               'per l\'anno scolastico 2025/2026.', B)]
def art(h, *ps):
    s.append(Paragraph(h, H))
    for x in ps: s.append(Paragraph(x, B))
art('1. Destinatari', 'Possono presentare domanda i genitori o gli esercenti la responsabilità genitoriale degli studenti residenti '
    'nel Comune di Montalto Uffugo, iscritti per l\'a.s. 2025/2026 alle scuole secondarie di primo e secondo grado, statali o '
    'paritarie, appartenenti a nuclei familiari con ISEE in corso di validità non superiore a € 15.493,71.')
art('2. Modalità e termini di presentazione', 'La domanda, redatta sul modulo allegato al presente avviso (Allegato 1), deve '
    'pervenire entro le ore 12:00 del giorno <b>30 settembre 2025</b>, con una delle seguenti modalità:<br/>'
    'a) consegna a mano all\'Ufficio Protocollo, Piazza Francesco Bianchi n. 1;<br/>'
    'b) a mezzo PEC all\'indirizzo protocollo.montaltouffugo@asmepec.it;<br/>'
    'c) tramite lo sportello telematico del cittadino, previo accesso con SPID o CIE.')
art('3. Documentazione', 'Alla domanda devono essere allegati: attestazione ISEE in corso di validità; copia del documento di '
    'identità del richiedente; fatture o scontrini fiscali parlanti relativi all\'acquisto dei libri di testo.')
art('4. Entità del contributo', 'Il contributo è determinato in proporzione alla spesa documentata e nei limiti delle risorse '
    'assegnate dalla Regione Calabria, dando priorità alle fasce ISEE più basse. In caso di insufficienza dei fondi il '
    'contributo sarà ridotto proporzionalmente.')
art('5. Controlli', 'L\'Amministrazione effettuerà controlli a campione sulla veridicità delle dichiarazioni rese ai sensi '
    'degli artt. 71 e 75 del D.P.R. n. 445/2000.')
art('6. Trattamento dei dati e informazioni', 'I dati personali saranno trattati esclusivamente per le finalità del presente '
    'avviso, ai sensi del Regolamento UE 2016/679. Responsabile del procedimento: dott.ssa Francesca Gallo, Ufficio Pubblica '
    'Istruzione, tel. 0984 934211.')
s.append(Spacer(1, 16))
sig = Table([[Paragraph('Montalto Uffugo, 05/08/2025', st()), Paragraph('IL RESPONSABILE DEL SETTORE 2<br/>Dott. Antonio Perri', st(alignment=TA_CENTER))]],
            colWidths=[80*mm, 90*mm])
sig.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
s.append(sig)
doc.build(s, onFirstPage=foot, onLaterPages=foot)
