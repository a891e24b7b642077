# Giunta deliberation of the Comune di Civitacampomarano: an in-house web app's
# print made with ReportLab platypus: label grid at the top, roll in prose,
# running foot with page x/y and the digital-signature line.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSans', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSans-B', F + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSans-I', F + 'LiberationSans-Italic.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('LSans', normal='LSans', bold='LSans-B', italic='LSans-I', boldItalic='LSans-B')

out = sys.argv[1]
body = ParagraphStyle('b', fontName='LSans', fontSize=10, leading=13.5, alignment=TA_JUSTIFY,
                      spaceAfter=4)
cen = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='LSans-B', spaceBefore=6)
small = ParagraphStyle('s', parent=body, fontSize=8, leading=10)


class Doc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                         topMargin=30 * mm, bottomMargin=22 * mm, **kw)
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id='f')
        self.addPageTemplates([PageTemplate('p', [fr], onPage=self.deco)])
        self.total = 0

    def deco(self, c, d):
        c.saveState()
        c.setFont('LSans-B', 13)
        c.drawString(20 * mm, 282 * mm, 'COMUNE DI CIVITACAMPOMARANO')
        c.setFont('LSans', 8.5)
        c.drawString(20 * mm, 277.5 * mm, 'Provincia di Campobasso')
        c.drawRightString(190 * mm, 282 * mm, 'Giunta Comunale')
        c.drawRightString(190 * mm, 277.5 * mm, 'Atto n. 9 / 2026')
        c.setStrokeColor(colors.HexColor('#7a1f1f')); c.setLineWidth(1.2)
        c.line(20 * mm, 274 * mm, 190 * mm, 274 * mm)
        c.setLineWidth(0.4); c.setStrokeColor(colors.grey)
        c.line(20 * mm, 16 * mm, 190 * mm, 16 * mm)
        c.setFont('LSans', 7)
        c.drawString(20 * mm, 12.5 * mm, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e '
                     'norme collegate, che sostituisce il documento cartaceo e la firma autografa.')
        c.drawRightString(190 * mm, 12.5 * mm, f'Pag. {d.page} di {self.total or "?"}')
        c.restoreState()


def story():
    s = []
    s.append(Paragraph('DELIBERAZIONE DELLA GIUNTA COMUNALE', ParagraphStyle(
        't', parent=cen, fontSize=12.5, spaceAfter=6)))
    grid = [['Numero', 'Data', 'Ora', 'Seduta'],
            ['9', '11/02/2026', '12:30', 'ordinaria']]
    t = Table(grid, colWidths=[30 * mm, 40 * mm, 30 * mm, 40 * mm])
    t.setStyle(TableStyle([
        ('FONT', (0, 0), (-1, 0), 'LSans', 7.5), ('FONT', (0, 1), (-1, 1), 'LSans-B', 10.5),
        ('TEXTCOLOR', (0, 0), (-1, 0), colors.HexColor('#555555')),
        ('BOX', (0, 0), (-1, -1), 0.6, colors.black), ('INNERGRID', (0, 0), (-1, -1), 0.3, colors.grey),
        ('ALIGN', (0, 0), (-1, -1), 'CENTER'), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#eeeeee'))]))
    s += [t, Spacer(1, 8)]
    ogg = Table([[Paragraph('<b>OGGETTO</b>', body),
                  Paragraph('<b>Concessione di un contributo straordinario all’Associazione '
                            'Culturale “Castello Angioino” per l’organizzazione della rassegna '
                            '“Borgo in Festa 2026”. Indirizzi al Responsabile del Servizio.</b>',
                            body)]], colWidths=[25 * mm, 145 * mm])
    ogg.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 0.6, colors.black),
                             ('LINEBELOW', (0, 0), (-1, 0), 0.6, colors.black),
                             ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s += [ogg, Spacer(1, 8)]
    P = lambda x: s.append(Paragraph(x, body))
    P('L’anno duemilaventisei, il giorno undici del mese di febbraio, alle ore 12:30, nella '
      'Casa Comunale, si è riunita la Giunta Comunale, convocata nei modi di legge.')
    P('Sono presenti i Sigg.: <b>COLAVECCHIO ANTONIO</b>, Sindaco; <b>DI LISIO MARIA '
      'TERESA</b>, Vice Sindaco. È assente il Sig. <b>MUCCILLI GIUSEPPE</b>, Assessore.')
    P('Assiste il Segretario Comunale Dott.ssa Carmela Ciccone, che cura la verbalizzazione.')
    P('Il Sindaco Antonio Colavecchio, in qualità di Presidente, riconosciuta la validità '
      'dell’adunanza, invita la Giunta a deliberare sull’argomento in oggetto.')
    s.append(Paragraph('LA GIUNTA COMUNALE', cen))
    for x in [
        'Vista la proposta n. 11 del 06/02/2026 del Servizio Amministrativo;',
        'Vista la nota acquisita al protocollo n. 388 del 22/01/2026 con la quale l’Associazione '
        'Culturale “Castello Angioino”, con sede in Civitacampomarano, chiede un contributo per '
        'la rassegna di arte urbana e musica popolare “Borgo in Festa 2026”, programmata dal 24 al '
        '27 luglio 2026;',
        'Visto il Regolamento comunale per la concessione di contributi e vantaggi economici, '
        'approvato con deliberazione del Consiglio Comunale n. 19 del 30/09/2014;',
        'Ritenuta l’iniziativa meritevole di sostegno, per la sua capacità di richiamo turistico e '
        'di valorizzazione del centro storico;',
        'Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell’art. 49 '
        'del D.Lgs. n. 267/2000;',
        'Con votazione unanime, resa in forma palese,']:
        P(x)
    s.append(Paragraph('D E L I B E R A', cen))
    pts = [
        'di concedere all’Associazione Culturale “Castello Angioino” un contributo straordinario '
        'di € 4.500,00 per l’organizzazione della rassegna “Borgo in Festa 2026”;',
        'di imputare la spesa alla missione 05, programma 02, capitolo 10520/1 del bilancio '
        '2026/2028, esercizio 2026;',
        'di stabilire che il contributo sarà liquidato per il 50% ad avvio dell’iniziativa e per il '
        'restante 50% a presentazione del rendiconto delle spese sostenute;',
        'di demandare al Responsabile del Servizio Amministrativo l’adozione degli atti di '
        'gestione conseguenti.']
    for i, x in enumerate(pts, 1):
        s.append(Paragraph(f'{i}) {x}', ParagraphStyle('pt', parent=body, leftIndent=14,
                                                        firstLineIndent=-14)))
    P('Con successiva e separata votazione unanime, la presente deliberazione è dichiarata '
      'immediatamente eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.')
    s.append(Spacer(1, 14))
    f = Table([['IL SINDACO - PRESIDENTE', 'IL SEGRETARIO COMUNALE'],
               ['Antonio Colavecchio', 'Dott.ssa Carmela Ciccone'],
               ['(firmato digitalmente)', '(firmato digitalmente)']], colWidths=[85 * mm, 85 * mm])
    f.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'LSans-B', 9.5), ('FONT', (0, 1), (-1, -1), 'LSans', 9.5),
                           ('FONT', (0, 2), (-1, 2), 'LSans-I', 7.5), ('ALIGN', (0, 0), (-1, -1), 'CENTER')]))
    s.append(f)
    s.append(Spacer(1, 14))
    s.append(Paragraph('<b>PARERI AI SENSI DELL’ART. 49 DEL D.LGS. 267/2000</b>', small))
    s.append(Paragraph('Regolarità tecnica: FAVOREVOLE – Il Responsabile del Servizio Amministrativo, '
                       'Rag. Nicola Fratino. Regolarità contabile: FAVOREVOLE – Il Responsabile del '
                       'Servizio Finanziario, Dott. Lorenzo Iacovelli.', small))
    return s


d = Doc(out)
d.build(story())
d2 = Doc(out); d2.total = d.page
d2.build(story())
