# Giunta deliberation of the Comune di Martignacco, laid out like a Delphi
# ReportBuilder print (grey bands, boxed register fields, "Stampato il" foot).
# Producer: ReportLab (core Helvetica / Times, WinAnsi).
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER

OUT = sys.argv[1]
W, H = A4
GREY = colors.Color(0.85, 0.85, 0.85)

body = ParagraphStyle('b', fontName='Times-Roman', fontSize=10.5, leading=13.5,
                      alignment=TA_JUSTIFY, spaceAfter=4)
bodyc = ParagraphStyle('bc', parent=body, alignment=TA_CENTER, fontName='Times-Bold',
                       spaceBefore=6, spaceAfter=6)
small = ParagraphStyle('s', fontName='Helvetica', fontSize=8.5, leading=10.5)
smallb = ParagraphStyle('sb', parent=small, fontName='Helvetica-Bold')
band = ParagraphStyle('band', fontName='Helvetica-Bold', fontSize=9, leading=11)
num = ParagraphStyle('num', parent=body, leftIndent=16, firstLineIndent=-16)

SUBJ = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
        "MANUTENZIONE STRAORDINARIA E ADEGUAMENTO ANTINCENDIO DELLA SCUOLA PRIMARIA "
        "DI NOGAREDO DI PRATO – CUP C27G26000010006.")


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        pass


def page(c, doc):
    c.saveState()
    # letterhead band
    c.setFillColor(GREY)
    c.rect(15*mm, H-38*mm, W-30*mm, 24*mm, fill=1, stroke=1)
    c.setFillColor(colors.black)
    c.setFont('Helvetica', 7)
    c.rect(19*mm, H-35*mm, 16*mm, 18*mm, fill=0, stroke=1)
    c.drawCentredString(27*mm, H-27*mm, '[stemma]')
    c.setFont('Helvetica-Bold', 15)
    c.drawString(40*mm, H-23*mm, 'COMUNE DI MARTIGNACCO')
    c.setFont('Helvetica', 9)
    c.drawString(40*mm, H-28.5*mm, 'Regione Autonoma Friuli Venezia Giulia')
    c.drawString(40*mm, H-33*mm, 'Piazza Municipio 1 - 33035 Martignacco (UD)')
    c.setFont('Helvetica-Bold', 11)
    c.drawRightString(W-19*mm, H-23*mm, 'COPIA')
    c.setFont('Helvetica', 7.5)
    c.drawRightString(W-19*mm, H-33*mm, 'Cod. Ente 30057')
    # running head from page 2
    if doc.page > 1:
        c.setFont('Helvetica', 7.5)
        c.drawString(15*mm, H-42*mm, 'Deliberazione della Giunta Comunale n. 42 del 17/03/2026')
    # foot
    c.setLineWidth(0.5)
    c.line(15*mm, 16*mm, W-15*mm, 16*mm)
    c.setFont('Helvetica', 7.5)
    c.drawString(15*mm, 12*mm, 'Stampato il 18/03/2026 10:42 - utente: protocollo3')
    c.drawRightString(W-15*mm, 12*mm, 'Pagina %d di %%TOT%%' % doc.page)
    c.restoreState()


def banded(title):
    t = Table([[Paragraph(title, band)]], colWidths=[W-30*mm])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), GREY),
                           ('BOX', (0, 0), (-1, -1), 0.6, colors.black),
                           ('TOPPADDING', (0, 0), (-1, -1), 2),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]))
    return t


def build(out, total):
    doc = Doc(out, pagesize=A4, leftMargin=15*mm, rightMargin=15*mm,
              topMargin=46*mm, bottomMargin=22*mm,
              title='Deliberazione GC 42/2026', author='Comune di Martignacco',
              creator='ReportBuilder 21.03 - Atti Amministrativi')
    fr = Frame(15*mm, 22*mm, W-30*mm, H-68*mm, id='f', leftPadding=0, rightPadding=0)

    def onpage(c, d):
        # %TOT% is filled on the second pass
        c.saveState()
        page_ = page
        c.restoreState()
        _orig = c.drawRightString

        def drs(x, y, s, *a, **k):
            return _orig(x, y, s.replace('%TOT%', str(total)), *a, **k)
        c.drawRightString = drs
        page_(c, d)
        c.drawRightString = _orig
    doc.addPageTemplates([PageTemplate(id='p', frames=[fr], onPage=onpage)])

    s = []
    s.append(Paragraph('<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>',
                       ParagraphStyle('t', fontName='Helvetica-Bold', fontSize=12,
                                      alignment=TA_CENTER, spaceAfter=6)))
    reg = Table([[Paragraph('<b>N.</b>', small), Paragraph('<b>42</b>', smallb),
                  Paragraph('<b>del</b>', small), Paragraph('<b>17/03/2026</b>', smallb),
                  Paragraph('Proposta n. 51 del 12/03/2026', small),
                  Paragraph('Area Tecnica - Servizio Lavori Pubblici', small)]],
                colWidths=[10*mm, 16*mm, 12*mm, 26*mm, 48*mm, 68*mm])
    reg.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black),
                             ('INNERGRID', (0, 0), (-1, -1), 0.3, colors.black),
                             ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    s.append(reg)
    s.append(Spacer(1, 5))
    ogg = Table([[Paragraph('<b>OGGETTO:</b>', smallb),
                  Paragraph('<b>' + SUBJ + '</b>', ParagraphStyle('o', fontName='Helvetica-Bold',
                                                                   fontSize=9.5, leading=12))]],
                colWidths=[22*mm, W-30*mm-22*mm])
    ogg.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black),
                             ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s.append(ogg)
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "L'anno <b>duemilaventisei</b>, il giorno <b>diciassette</b> del mese di <b>marzo</b> "
        "alle ore <b>18:00</b>, nella sala delle adunanze della sede municipale, a seguito di "
        "regolare convocazione, si è riunita la Giunta Comunale nelle persone dei Signori:", body))
    rows = [['Cognome e Nome', 'Carica', 'Presente', 'Assente'],
            ['MARTINI GIULIO', 'Sindaco', 'X', ''],
            ['DEL FABBRO ELENA', 'Vice Sindaco', 'X', ''],
            ['TOSOLINI MARCO', 'Assessore', '', 'X'],
            ['ZULIANI SARA', 'Assessore', 'X', ''],
            ['CESCHIA ANDREA', 'Assessore', 'X', ''],
            ['', 'Totale', '4', '1']]
    rt = Table(rows, colWidths=[62*mm, 50*mm, 25*mm, 25*mm])
    rt.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 9),
                            ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9),
                            ('FONT', (0, -1), (-1, -1), 'Helvetica-Bold', 9),
                            ('BACKGROUND', (0, 0), (-1, 0), GREY),
                            ('ALIGN', (2, 0), (-1, -1), 'CENTER'),
                            ('BOX', (0, 0), (-1, -1), 0.6, colors.black),
                            ('INNERGRID', (0, 0), (-1, -1), 0.3, colors.black)]))
    s.append(rt)
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Assiste il Segretario Comunale <b>dott.ssa Paola Cargnelutti</b>.", body))
    s.append(Paragraph(
        "Constatato il numero legale degli intervenuti, il Sig. <b>Giulio Martini</b> nella sua "
        "qualità di <b>Sindaco</b> assume la presidenza e dichiara aperta la seduta per la "
        "trattazione dell'oggetto sopra indicato.", body))
    s.append(Spacer(1, 4))
    s.append(banded('LA GIUNTA COMUNALE'))
    s.append(Spacer(1, 4))
    for p in [
        "PREMESSO che l'edificio che ospita la scuola primaria di Nogaredo di Prato, di proprietà "
        "comunale, necessita di interventi di manutenzione straordinaria delle coperture e dei "
        "serramenti, nonché dell'adeguamento degli impianti alla normativa di prevenzione incendi;",
        "RICHIAMATA la deliberazione del Consiglio Comunale n. 8 del 26/02/2026, esecutiva, con la "
        "quale è stato approvato il Documento Unico di Programmazione 2026-2028 e il bilancio di "
        "previsione finanziario 2026-2028, nel cui programma triennale dei lavori pubblici "
        "l'intervento è inserito per l'importo complessivo di euro 380.000,00;",
        "VISTO il progetto di fattibilità tecnico-economica redatto dall'Ing. Stefano Pividori, "
        "incaricato con determinazione n. 611 del 28/11/2025, acquisito al protocollo comunale "
        "n. 3914 del 09/03/2026, che prevede un quadro economico di euro 380.000,00, di cui euro "
        "291.500,00 per lavori (compresi euro 8.200,00 per oneri della sicurezza non soggetti a "
        "ribasso) ed euro 88.500,00 per somme a disposizione dell'Amministrazione;",
        "DATO ATTO che l'opera è finanziata per euro 300.000,00 con contributo regionale ai sensi "
        "della L.R. 14/2002 e per euro 80.000,00 con avanzo di amministrazione;",
        "VISTI il D.Lgs. 31 marzo 2023, n. 36, e in particolare l'art. 41 e l'allegato I.7, nonché "
        "la L.R. 31 maggio 2002, n. 14;",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi "
        "dell'art. 49 del D.Lgs. 267/2000, riportati in calce;",
        "CON VOTI unanimi favorevoli espressi nelle forme di legge;"]:
        s.append(Paragraph(p, body))
    s.append(Paragraph('D E L I B E R A', bodyc))
    pts = [
        "di approvare, per le motivazioni espresse in premessa, il progetto di fattibilità "
        "tecnico-economica dei lavori di manutenzione straordinaria e adeguamento antincendio della "
        "scuola primaria di Nogaredo di Prato, composto dagli elaborati elencati nella relazione "
        "generale, conservati agli atti dell'Area Tecnica;",
        "di approvare il quadro economico dell'opera nell'importo complessivo di euro 380.000,00;",
        "di dare atto che la spesa trova copertura al capitolo 20410/5 del bilancio di previsione "
        "2026-2028, annualità 2026;",
        "di individuare quale Responsabile Unico del Progetto il geom. Luca Fabris, Responsabile "
        "del Servizio Lavori Pubblici;",
        "di demandare al Responsabile dell'Area Tecnica gli adempimenti conseguenti, compresa la "
        "richiesta di conferma del contributo regionale."]
    for i, p in enumerate(pts, 1):
        s.append(Paragraph('%d.&nbsp;&nbsp;%s' % (i, p), num))
    s.append(Spacer(1, 4))
    s.append(Paragraph(
        "Successivamente, con separata votazione unanime favorevole, la presente deliberazione "
        "viene dichiarata <b>immediatamente eseguibile</b> ai sensi dell'art. 1, comma 19, della "
        "L.R. 11 dicembre 2003, n. 21, stante l'urgenza di presentare la rendicontazione alla "
        "Regione entro il 31/03/2026.", body))
    s.append(Spacer(1, 6))
    s.append(banded('PARERI ESPRESSI AI SENSI DELL\'ART. 49 DEL D.LGS. 267/2000'))
    par = Table([[Paragraph('<b>Regolarità tecnica:</b> FAVOREVOLE<br/>Martignacco, 12/03/2026<br/>'
                            'Il Responsabile dell\'Area Tecnica<br/>F.to arch. Nicola Comuzzi', small),
                  Paragraph('<b>Regolarità contabile:</b> FAVOREVOLE<br/>Martignacco, 13/03/2026<br/>'
                            'Il Responsabile dell\'Area Finanziaria<br/>F.to dott. Enrico Venuti', small)]],
                colWidths=[(W-30*mm)/2]*2)
    par.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black),
                             ('INNERGRID', (0, 0), (-1, -1), 0.3, colors.black),
                             ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s.append(par)
    s.append(Spacer(1, 8))
    s.append(Paragraph('Letto, approvato e sottoscritto.', body))
    sig = Table([[Paragraph('<b>IL PRESIDENTE</b><br/>F.to Giulio Martini', ParagraphStyle('x', parent=small, alignment=TA_CENTER)),
                  Paragraph('<b>IL SEGRETARIO COMUNALE</b><br/>F.to dott.ssa Paola Cargnelutti', ParagraphStyle('y', parent=small, alignment=TA_CENTER))]],
                colWidths=[(W-30*mm)/2]*2)
    s.append(sig)
    s.append(Spacer(1, 10))
    pub = [banded('ATTESTATO DI INIZIO PUBBLICAZIONE'),
           Table([[Paragraph(
               "Si attesta che la presente deliberazione viene pubblicata all'Albo Pretorio on line "
               "del Comune il giorno 18/03/2026 e vi rimarrà per quindici giorni consecutivi, fino al "
               "02/04/2026, ai sensi dell'art. 1, comma 15, della L.R. 21/2003. Contestualmente è "
               "trasmessa ai capigruppo consiliari.<br/>Martignacco, 18/03/2026 &nbsp;&nbsp;&nbsp; "
               "L'impiegato responsabile F.to Daniela Lirussi", small)]], colWidths=[W-30*mm])]
    pub[1].setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black)]))
    s.append(KeepTogether(pub))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Copia conforme all'originale, in carta libera per uso amministrativo.", small))
    doc.build(s)
    return doc.page


n = build(OUT, '?')
build(OUT, n)
