# Insiel (ADWeb)-style capitolato speciale attached to a determinazione (ReportLab platypus, DejaVu Serif + Helvetica)
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from common import out, reg_rl
reg_rl()
F, FB, FI = 'DejaVuSerif', 'DejaVuSerif-Bold', 'DejaVuSerif-Italic'
def st(fn=F, fs=9.5, ld=13.5, **k):
    return ParagraphStyle('x', fontName=fn, fontSize=fs, leading=ld, **k)
doc = SimpleDocTemplate(out('capitolato-sanvito-insiel.pdf'), pagesize=A4, leftMargin=22*mm, rightMargin=20*mm,
                        topMargin=34*mm, bottomMargin=20*mm, title='Capitolato speciale - refezione scolastica', author='Insiel ADWeb')
def page(c, d):
    c.saveState()
    c.setFillColor(colors.HexColor('#003a70')); c.rect(22*mm, A4[1]-25*mm, 3*mm, 13*mm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont('Helvetica-Bold', 12.5); c.drawString(28*mm, A4[1]-16.5*mm, 'COMUNE DI SAN VITO AL TAGLIAMENTO')
    c.setFont('Helvetica', 8); c.drawString(28*mm, A4[1]-21*mm, 'Regione Autonoma Friuli Venezia Giulia - Area Servizi alla Persona')
    c.drawString(28*mm, A4[1]-24.5*mm, 'Piazza del Popolo, 38 - 33078 San Vito al Tagliamento (PN)')
    c.setFont('Helvetica', 7.5)
    c.drawRightString(A4[0]-20*mm, A4[1]-16.5*mm, 'ALLEGATO A')
    c.drawRightString(A4[0]-20*mm, A4[1]-20*mm, 'alla determinazione n. 812')
    c.drawRightString(A4[0]-20*mm, A4[1]-23.5*mm, 'del 17/07/2025')
    c.setFont('Helvetica', 7)
    c.drawString(22*mm, 11*mm, 'Capitolato speciale d\'appalto - Servizio di ristorazione scolastica 2025/2027')
    c.drawRightString(A4[0]-20*mm, 11*mm, 'pag. %d di 3' % d.page)
    c.restoreState()
B = st(alignment=TA_JUSTIFY)
H = st(FB, 9.5, 13.5, spaceBefore=7, spaceAfter=2)
s = [Paragraph('CAPITOLATO SPECIALE D\'APPALTO', st(FB, 13, 17, alignment=TA_CENTER)),
     Paragraph('SERVIZIO DI RISTORAZIONE SCOLASTICA PER LE SCUOLE DELL\'INFANZIA, PRIMARIE E SECONDARIA DI PRIMO GRADO<br/>'
               'ANNI SCOLASTICI 2025/2026 E 2026/2027', st(FB, 9.5, 13, alignment=TA_CENTER)),
     Paragraph('CIG B7F3A19C2E - CPV 55523100-3', st(FI, 9, 13, alignment=TA_CENTER)), Spacer(1, 8)]
def art(h, *ps):
    s.append(Paragraph(h, H))
    for x in ps:
        s.append(Paragraph(x, B) if isinstance(x, str) else x)
art('TITOLO I - DISPOSIZIONI GENERALI')
art('Art. 1 - Oggetto dell\'appalto',
    'Il presente capitolato disciplina l\'affidamento del servizio di ristorazione scolastica, comprendente la preparazione dei '
    'pasti presso il centro cottura comunale di Via Amalteo, il trasporto in legame fresco-caldo, la distribuzione, lo '
    'sbarazzo e la pulizia dei refettori dei plessi indicati all\'art. 3.')
art('Art. 2 - Durata e importo',
    'L\'appalto ha durata di due anni scolastici, dal 15/09/2025 al 30/06/2027, con facoltà di proroga tecnica per un massimo '
    'di sei mesi ai sensi dell\'art. 120, comma 11, del D.Lgs. n. 36/2023.',
    'Il numero presunto di pasti e l\'importo a base di gara sono indicati nella tabella seguente:')
t = Table([['Utenza', 'Pasti annui\npresunti', 'Prezzo unitario\na base d\'asta', 'Importo biennale'],
           ['Scuole dell\'infanzia (3 plessi)', '38.500', '€ 5,10', '€ 392.700,00'],
           ['Scuole primarie (4 plessi)', '61.200', '€ 5,35', '€ 654.840,00'],
           ['Scuola secondaria di I grado', '9.800', '€ 5,35', '€ 104.860,00'],
           ['Pasti adulti aventi diritto', '4.300', '€ 5,60', '€ 48.160,00'],
           ['TOTALE (IVA 4% esclusa)', '', '', '€ 1.200.560,00'],
           ['di cui oneri per la sicurezza non soggetti a ribasso', '', '', '€ 3.600,00']],
          colWidths=[68*mm, 28*mm, 34*mm, 36*mm])
t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 8.5), ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 8),
                       ('FONT', (0, -2), (-1, -2), 'Helvetica-Bold', 8.5), ('GRID', (0, 0), (-1, -1), 0.4, colors.black),
                       ('ALIGN', (1, 0), (-1, -1), 'RIGHT'), ('ALIGN', (0, 0), (-1, 0), 'CENTER'), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                       ('SPAN', (0, -1), (2, -1)), ('SPAN', (0, -2), (2, -2)), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6ecf3'))]))
s += [Spacer(1, 4), t, Spacer(1, 4)]
art('Art. 3 - Plessi serviti e calendario',
    'Il servizio è reso, secondo il calendario scolastico regionale, nei seguenti plessi:<br/>'
    '1. Scuola dell\'infanzia "Collodi", Via Pascatti;<br/>'
    '2. Scuola dell\'infanzia di Savorgnano, Via della Chiesa;<br/>'
    '3. Scuola dell\'infanzia di Ligugnana, Via Stazione;<br/>'
    '4. Scuola primaria "Tommaseo", Via Madonna di Rosa;<br/>'
    '5. Scuole primarie di Prodolone, Ligugnana e Savorgnano;<br/>'
    '6. Scuola secondaria di primo grado "Tommaseo", Via Morassutti.')
art('Art. 4 - Requisiti delle derrate',
    'Le derrate devono essere conformi ai Criteri Ambientali Minimi di cui al D.M. 10 marzo 2020. In particolare:<br/>'
    'a) frutta, ortaggi, legumi e cereali biologici per almeno il 50% in peso;<br/>'
    'b) carne bovina biologica o a marchio DOP/IGP per almeno il 50% in peso;<br/>'
    'c) pesce proveniente da pesca sostenibile (certificazione MSC o equivalente);<br/>'
    'd) prodotti a chilometro zero o filiera corta della Regione Friuli Venezia Giulia, ove disponibili.')
art('TITOLO II - MODALITÀ DI ESECUZIONE')
art('Art. 5 - Menù e diete speciali',
    'I menù, articolati su quattro settimane e su due stagioni, sono approvati dal Dipartimento di Prevenzione dell\'Azienda '
    'Sanitaria Friuli Occidentale (ASFO). L\'appaltatore garantisce le diete speciali per motivi sanitari, dietro presentazione '
    'di certificato medico, e le diete per motivi etico-religiosi, su richiesta scritta della famiglia.')
art('Art. 6 - Personale',
    'L\'appaltatore impiega personale in numero adeguato, con la qualifica prevista dal CCNL Turismo - Pubblici esercizi, e '
    'applica la clausola sociale di cui all\'art. 57 del D.Lgs. n. 36/2023, assorbendo prioritariamente il personale già '
    'impiegato dal precedente affidatario. Entro l\'avvio del servizio comunica l\'elenco nominativo del personale, con le '
    'rispettive mansioni e il monte ore settimanale.')
art('Art. 7 - Trasporto dei pasti',
    'Il trasporto avviene con mezzi idonei e in contenitori termici conformi al Reg. CE n. 852/2004, in modo che tra il termine '
    'della cottura e la somministrazione non trascorrano più di 45 minuti. La temperatura dei cibi caldi al momento della '
    'distribuzione non deve essere inferiore a +65 °C.')
art('Art. 8 - Controlli di qualità',
    'Il Comune effettua controlli, anche tramite la Commissione mensa e laboratori accreditati, sulla qualità delle derrate, '
    'sul rispetto delle grammature e sulle condizioni igieniche. L\'appaltatore adotta un piano di autocontrollo HACCP e ne '
    'trasmette copia al Comune entro trenta giorni dall\'avvio.')
art('TITOLO III - NORME CONTRATTUALI')
art('Art. 9 - Penali',
    'In caso di inadempimento sono applicate le seguenti penali, previa contestazione scritta:<br/>'
    '1) mancata consegna dei pasti a un plesso: € 1.500,00 per ogni episodio;<br/>'
    '2) ritardo nella consegna superiore a 20 minuti: € 300,00;<br/>'
    '3) mancato rispetto delle diete speciali: € 800,00 per ogni pasto non conforme;<br/>'
    '4) derrate non conformi alle specifiche dell\'art. 4: € 500,00 per ogni rilievo.',
    'L\'ammontare complessivo delle penali non può superare il 10% dell\'importo contrattuale, pena la risoluzione del contratto.')
art('Art. 10 - Pagamenti',
    'Il corrispettivo è liquidato mensilmente, sulla base dei pasti effettivamente erogati e rilevati dal sistema informatizzato '
    'delle presenze, entro trenta giorni dal ricevimento della fattura elettronica (codice univoco ufficio UF7K2M), previa verifica '
    'della regolarità contributiva.')
art('Art. 11 - Garanzia definitiva e assicurazioni',
    'A garanzia degli obblighi contrattuali l\'appaltatore costituisce la garanzia definitiva di cui all\'art. 117 del D.Lgs. '
    'n. 36/2023 e stipula una polizza di responsabilità civile verso terzi con massimale non inferiore a € 3.000.000,00 per sinistro.')
art('Art. 12 - Risoluzione e recesso',
    'Il Comune può risolvere il contratto nei casi previsti dall\'art. 122 del D.Lgs. n. 36/2023 e, in particolare, in caso di '
    'tre contestazioni relative alla sicurezza alimentare nel corso di un anno scolastico, di cessione del contratto o di '
    'subappalto non autorizzato, di interruzione del servizio non dovuta a forza maggiore.')
art('Art. 13 - Trattamento dei dati personali',
    'L\'appaltatore è designato Responsabile del trattamento dei dati personali degli utenti, ai sensi dell\'art. 28 del '
    'Regolamento UE 2016/679, con atto separato da sottoscrivere contestualmente al contratto. I dati relativi alle diete '
    'speciali sono trattati esclusivamente dal personale incaricato e non possono essere comunicati a terzi.')
art('Art. 14 - Foro competente',
    'Per ogni controversia è competente in via esclusiva il Foro di Pordenone. È esclusa la competenza arbitrale.')
s.append(Spacer(1, 16))
s.append(Paragraph('IL RESPONSABILE DELL\'AREA SERVIZI ALLA PERSONA<br/>dott.ssa Paola Zanin', st(fs=9, ld=12.5, alignment=TA_CENTER, leftIndent=80*mm)))
doc.build(s, onFirstPage=page, onLaterPages=page)
