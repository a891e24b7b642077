from common import *

S = styles('Times', 12, 15.5)
P = lambda t, s='body': Paragraph(t, S[s])
out = OUT + '/ordinanza-pescasseroli-neve.pdf'


def page(c, d):
    c.saveState()
    crest(c, 22 * mm, A4[1] - 32 * mm, 30, 36)
    c.setFont('Times-Bold', 17); c.drawCentredString(A4[0] / 2 + 8 * mm, A4[1] - 19 * mm, 'COMUNE DI PESCASSEROLI')
    c.setFont('Times-Roman', 10.5); c.drawCentredString(A4[0] / 2 + 8 * mm, A4[1] - 24.5 * mm, "Provincia dell'Aquila")
    c.setFont('Times-Italic', 9); c.drawCentredString(A4[0] / 2 + 8 * mm, A4[1] - 29 * mm, "Parco Nazionale d'Abruzzo, Lazio e Molise")
    c.setLineWidth(1); c.line(22 * mm, A4[1] - 36 * mm, A4[0] - 22 * mm, A4[1] - 36 * mm)
    c.setLineWidth(0.3); c.line(22 * mm, A4[1] - 37 * mm, A4[0] - 22 * mm, A4[1] - 37 * mm)
    c.restoreState()


doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=44 * mm, bottomMargin=20 * mm)
st = [P('Ordinanza nr. 7/2026', 'big'), Spacer(1, 6),
      P('<b>OGGETTO: Chiusura delle scuole di ogni ordine e grado e degli uffici comunali per il giorno lunedì 12 gennaio 2026 a causa di eccezionali precipitazioni nevose.</b>'),
      Spacer(1, 8), P('IL SINDACO', 'h'),
      P('<b>PRESO ATTO</b> dell\'avviso di condizioni meteorologiche avverse emesso dal Centro Funzionale d\'Abruzzo della Protezione Civile regionale in data 10 gennaio 2026, che prevede per le successive 36 ore nevicate abbondanti al di sopra dei 600 metri, con accumuli al suolo fino a 60-80 centimetri nelle zone interne della Marsica;'),
      P('<b>CONSIDERATO</b> che nel territorio comunale sono già caduti, nella giornata odierna, oltre 50 centimetri di neve e che le temperature previste in forte diminuzione determineranno la formazione di ghiaccio sulla viabilità comunale e provinciale;'),
      P('<b>RITENUTO</b> necessario, a tutela della pubblica incolumità, disporre la chiusura delle scuole di ogni ordine e grado presenti sul territorio comunale, al fine di evitare gli spostamenti degli alunni e del personale scolastico, anche pendolare, e consentire lo sgombero della neve dalle aree adiacenti ai plessi;'),
      P('<b>VISTI</b> gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, e il D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile);'),
      Spacer(1, 4), P('O R D I N A', 'h'),
      P('– la chiusura di tutte le scuole di ogni ordine e grado, pubbliche e private, ubicate nel territorio comunale, per l\'intera giornata di lunedì 12 gennaio 2026;', 'point'),
      P('– la chiusura al pubblico degli uffici comunali nella medesima giornata, fatta eccezione per i servizi essenziali di Stato Civile, Polizia Locale e Protezione Civile;', 'point'),
      P('– la sospensione, per la stessa giornata, del servizio di trasporto scolastico e del mercato settimanale.', 'point'),
      Spacer(1, 4), P('D I S P O N E', 'h'),
      P('che la presente ordinanza sia pubblicata all\'Albo Pretorio on line e sul sito istituzionale del Comune e sia trasmessa al Dirigente dell\'Istituto Omnicomprensivo "Alto Sangro", alla Prefettura dell\'Aquila, alla Stazione Carabinieri di Pescasseroli e al Comando di Polizia Locale.'),
      P('Avverso il presente provvedimento è ammesso ricorso al T.A.R. Abruzzo entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.'),
      Spacer(1, 12),
      P('Pescasseroli, lì 10.01.2026', 'left'),
      P('IL SINDACO<br/>F.to Dott. Marcello Cimini', 'right')]
doc.build(st, onFirstPage=page)
