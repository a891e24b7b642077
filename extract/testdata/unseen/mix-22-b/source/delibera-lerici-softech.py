# Comune di Lerici - Consiglio comunale deliberation, layout imitating a Softech
# "Atti" print (ReportLab).
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', FD + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFontFamily('DV', normal='DV', bold='DVB', italic='DVI', boldItalic='DVB')

N = ParagraphStyle('n', fontName='DV', fontSize=9, leading=12.2, alignment=TA_JUSTIFY, spaceAfter=4)
C = ParagraphStyle('c', parent=N, alignment=TA_CENTER)
CB = ParagraphStyle('cb', parent=N, alignment=TA_CENTER, fontName='DVB', fontSize=10, spaceBefore=4, spaceAfter=6)
PT = ParagraphStyle('pt', parent=N, leftIndent=7 * mm, bulletIndent=0)
SM = ParagraphStyle('sm', parent=N, fontSize=7.5, leading=9.5)

NUM, DATE = 14, '28/04/2026'


def page(canv, doc):
    canv.saveState()
    w, h = A4
    canv.setFont('DVB', 13)
    canv.drawCentredString(w / 2, h - 18 * mm, 'COMUNE DI LERICI')
    canv.setFont('DV', 8.5)
    canv.drawCentredString(w / 2, h - 22.5 * mm, 'Provincia della Spezia')
    canv.setFont('DVI', 6.5)
    canv.drawString(18 * mm, h - 14 * mm, '[stemma]')
    canv.setLineWidth(0.6)
    canv.line(18 * mm, h - 25 * mm, w - 18 * mm, h - 25 * mm)
    canv.setFont('DV', 7)
    canv.drawString(18 * mm, 12 * mm, f'Deliberazione del Consiglio Comunale n. {NUM} del {DATE}')
    canv.drawRightString(w - 18 * mm, 12 * mm, f'Pag. {doc.page}')
    canv.setFont('DVI', 6)
    canv.drawString(18 * mm, 8.5 * mm, 'Softech s.r.l. - Gestione Atti Deliberativi')
    canv.restoreState()


def build(out):
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=30 * mm,
                          bottomMargin=20 * mm, title=f'Delibera C.C. {NUM}/2026', author='Comune di Lerici',
                          creator='Softech Atti')
    doc.addPageTemplates([PageTemplate('p', [Frame(18 * mm, 20 * mm, A4[0] - 36 * mm, A4[1] - 50 * mm, id='f')], onPage=page)])
    s = []
    box = Table([
        [Paragraph('<b>COPIA</b>', C), Paragraph('<b>VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</b>', C)],
        [Paragraph('', C), Paragraph(f'<b>N. {NUM}</b> &nbsp;&nbsp;&nbsp; del &nbsp;<b>{DATE}</b>', C)],
    ], colWidths=[30 * mm, 144 * mm])
    box.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('LINEAFTER', (0, 0), (0, -1), 0.5, colors.black),
                             ('SPAN', (0, 0), (0, 1)), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    s += [box, Spacer(1, 4)]
    s.append(Paragraph('Sessione ordinaria - Seduta pubblica di prima convocazione', C))
    s.append(Spacer(1, 4))
    subj = Table([[Paragraph('<b>OGGETTO:</b>', N),
                   Paragraph('<b>MODIFICA DEL REGOLAMENTO COMUNALE PER L\'APPLICAZIONE DELL\'IMPOSTA DI SOGGIORNO '
                             '(ARTT. 4 E 7) E DETERMINAZIONE DELLE TARIFFE A DECORRERE DAL 1° GIUGNO 2026.</b>', N)]],
                 colWidths=[24 * mm, 150 * mm])
    subj.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s += [subj, Spacer(1, 8)]
    s.append(Paragraph('L\'anno <b>duemilaventisei</b>, addì <b>ventotto</b> del mese di <b>aprile</b> alle ore <b>18:00</b>, '
                       'nella Sala Consiliare "Sandro Pertini" del Palazzo Comunale, convocato nei modi e nei termini di legge, '
                       'si è riunito il Consiglio Comunale. Fatto l\'appello nominale risultano:', N))
    roll = [('BIANCHI ALESSANDRO', 'Sindaco', 1), ('COZZANI MARCO', 'Presidente del Consiglio', 1), ('LUPI FRANCESCA', 'Consigliere', 1),
            ('ARDITO LUCA', 'Consigliere', 1), ('BERTELLA MARIA CHIARA', 'Consigliere', 1), ('PAGANINI ROBERTO', 'Consigliere', 0),
            ('MARCHI SILVIA', 'Consigliere', 1), ('FEDERICI GIORGIO', 'Consigliere', 1), ('CAVALLINI ANNA', 'Consigliere', 1),
            ('RAFFO DAVIDE', 'Consigliere', 1), ('GIANNONI PAOLA', 'Consigliere', 0), ('SOLARI ENRICO', 'Consigliere', 1),
            ('TONELLI VALENTINA', 'Consigliere', 1)]
    rows = [['N.', 'Cognome e Nome', 'Carica', 'Presente', 'Assente']]
    for i, (n, r, p) in enumerate(roll, 1):
        rows.append([str(i), n, r, 'X' if p else '', '' if p else 'X'])
    t = Table(rows, colWidths=[10 * mm, 62 * mm, 52 * mm, 25 * mm, 25 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DV', 8.5), ('FONT', (0, 0), (-1, 0), 'DVB', 8.5),
                           ('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dddddd')),
                           ('ALIGN', (3, 0), (-1, -1), 'CENTER'), ('ALIGN', (0, 0), (0, -1), 'CENTER'),
                           ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)]))
    s += [t, Spacer(1, 3)]
    s.append(Paragraph('<b>Presenti n. 11 &nbsp;&nbsp; Assenti n. 2</b>', N))
    s.append(Paragraph('Partecipa alla seduta, con funzioni consultive, referenti, di assistenza e verbalizzazione, il Segretario Comunale '
                       '<b>Dott.ssa Elena Ghio</b>.', N))
    s.append(Paragraph('Assume la presidenza il Sig. <b>Marco Cozzani</b>, nella sua qualità di Presidente del Consiglio, il quale, '
                       'constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita il Consiglio a deliberare '
                       'sull\'argomento in oggetto, iscritto al punto n. 3 dell\'ordine del giorno.', N))
    s.append(Paragraph('IL CONSIGLIO COMUNALE', CB))
    for x in [
        '<b>PREMESSO</b> che con deliberazione del Consiglio Comunale n. 9 del 26/02/2019 è stato approvato il Regolamento comunale per '
        'l\'applicazione dell\'imposta di soggiorno, successivamente modificato con deliberazione n. 51 del 20/12/2023;',
        '<b>VISTO</b> l\'art. 4 del D.Lgs. 14 marzo 2011, n. 23, che consente ai comuni inclusi negli elenchi regionali delle località '
        'turistiche o città d\'arte di istituire un\'imposta di soggiorno a carico di coloro che alloggiano nelle strutture ricettive '
        'situate sul proprio territorio;',
        '<b>CONSIDERATO</b> che l\'incremento dei flussi turistici registrato nella stagione 2025 e i maggiori costi dei servizi di igiene '
        'urbana, di trasporto pubblico locale stagionale e di manutenzione del lungomare rendono necessario un adeguamento delle tariffe '
        'e una revisione delle esenzioni di cui all\'art. 7 del Regolamento;',
        '<b>SENTITA</b> la relazione dell\'Assessore al Bilancio e al Turismo e il successivo dibattito, riportato integralmente nel '
        'resoconto della seduta;',
        '<b>ACQUISITI</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell\'art. 49 del D.Lgs. 267/2000 '
        'dal Responsabile del Settore Finanziario e Tributi, nonché il parere favorevole dell\'Organo di revisione economico-finanziaria '
        '(verbale n. 7 del 16/04/2026);',
        '<b>PROCEDUTO</b> alla votazione in forma palese, per alzata di mano, con il seguente esito:']:
        s.append(Paragraph(x, N))
    vt = Table([['Presenti', 'Votanti', 'Favorevoli', 'Contrari', 'Astenuti'], ['11', '10', '8', '2', '1']],
               colWidths=[30 * mm] * 5)
    vt.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DV', 8.5), ('FONT', (0, 0), (-1, 0), 'DVB', 8.5),
                            ('GRID', (0, 0), (-1, -1), 0.4, colors.black), ('ALIGN', (0, 0), (-1, -1), 'CENTER')]))
    s += [vt, Spacer(1, 3)]
    s.append(Paragraph('(astenuto il Consigliere Solari; contrari i Consiglieri Raffo e Tonelli)', SM))
    s.append(Paragraph('D E L I B E R A', CB))
    pts = [
        'di approvare le modifiche agli articoli 4 ("Misura dell\'imposta") e 7 ("Esenzioni") del Regolamento comunale per l\'applicazione '
        'dell\'imposta di soggiorno, nel testo riportato nell\'allegato "A", parte integrante e sostanziale del presente atto;',
        'di determinare, a decorrere dal 1° giugno 2026, le tariffe dell\'imposta di soggiorno come indicate nell\'allegato "B";',
        'di dare atto che la presente deliberazione sarà trasmessa al Ministero dell\'Economia e delle Finanze - Dipartimento delle '
        'Finanze, mediante inserimento nel Portale del federalismo fiscale, ai sensi dell\'art. 13, comma 15, del D.L. 201/2011;',
        'di incaricare il Responsabile del Settore Finanziario e Tributi di dare ampia informazione delle modifiche ai gestori delle '
        'strutture ricettive e alle associazioni di categoria.']
    for i, x in enumerate(pts, 1):
        s.append(Paragraph(x, PT, bulletText=f'{i}.'))
    s.append(Paragraph('Successivamente, con separata votazione resa per alzata di mano, che dà il seguente esito: presenti 11, votanti 10, '
                       'favorevoli 8, contrari 2, astenuti 1, la presente deliberazione è dichiarata <b>immediatamente eseguibile</b> '
                       'ai sensi dell\'art. 134, comma 4, del D.Lgs. 267/2000, stante la necessità di applicare le nuove tariffe dalla '
                       'stagione estiva 2026.', N))
    s.append(Spacer(1, 8))
    s.append(Paragraph('Letto, approvato e sottoscritto.', N))
    sig = Table([[Paragraph('IL PRESIDENTE<br/>F.to Marco Cozzani', C), Paragraph('IL SEGRETARIO COMUNALE<br/>F.to Dott.ssa Elena Ghio', C)]],
                colWidths=[87 * mm, 87 * mm])
    s.append(sig)
    s.append(Spacer(1, 10))
    cert = [Paragraph('<b>CERTIFICATO DI PUBBLICAZIONE</b>', C),
            Paragraph('Copia della presente deliberazione viene pubblicata all\'Albo Pretorio on line di questo Comune il giorno 30/04/2026 '
                      'e vi rimarrà per 15 giorni consecutivi ai sensi dell\'art. 124, comma 1, del D.Lgs. 267/2000.', N),
            Paragraph('Lerici, 30/04/2026 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                      '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO COMUNALE F.to Dott.ssa Elena Ghio', N),
            Spacer(1, 4),
            Paragraph('Copia conforme all\'originale firmato digitalmente ai sensi del D.Lgs. 82/2005, per uso amministrativo.', SM)]
    ct = Table([[cert]], colWidths=[174 * mm])
    ct.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.black)]))
    s.append(KeepTogether(ct))
    doc.build(s)


build(sys.argv[1])
