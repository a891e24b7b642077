# Comune di Murlo, "Ascot" house style: deliberazione di Giunta and certificate of publication (ReportLab)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfgen import canvas
out = sys.argv[1]
W, H = A4
SUBJ = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA MANUTENZIONE STRAORDINARIA "
        "DELLA STRADA COMUNALE VESCOVADO - CASCIANO DI MURLO. CUP G47H28000120004")
body = ParagraphStyle('b', fontName='Times-Roman', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
ctr = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='Times-Bold')

def letterhead(c):
    c.setFont('Times-Bold', 15); c.drawCentredString(W/2, H-22*mm, 'COMUNE DI MURLO')
    c.setFont('Times-Italic', 10); c.drawCentredString(W/2, H-27*mm, 'Provincia di Siena')
    c.setLineWidth(0.6); c.line(20*mm, H-30*mm, W-20*mm, H-30*mm)

def page(c, doc):
    c.saveState()
    if doc.page == 1:
        letterhead(c)
    else:
        c.setFont('Times-Italic', 8.5)
        c.drawString(20*mm, H-14*mm, 'Comune di Murlo - Deliberazione della Giunta Comunale n. 41 del 12/05/2028')
        c.line(20*mm, H-15.5*mm, W-20*mm, H-15.5*mm)
    c.setFont('Times-Roman', 8)
    c.drawString(20*mm, 12*mm, 'Delibera G.C. n. 41/2028')
    c.drawRightString(W-20*mm, 12*mm, 'Pagina %d' % doc.page)
    c.restoreState()

def delib(path):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=34*mm, bottomMargin=20*mm,
                          title='Deliberazione G.C. 41/2028', author='Comune di Murlo')
    doc.addPageTemplates([PageTemplate(frames=[Frame(20*mm, 20*mm, W-40*mm, H-54*mm, id='f')], onPage=page)])
    s = []
    s.append(Paragraph('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', ctr))
    t = Table([['N. 41', 'Data 12/05/2028', 'Proposta n. 52 del 08/05/2028']], colWidths=[35*mm, 50*mm, 85*mm])
    t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Times-Bold', 11), ('BOX', (0,0), (-1,-1), 0.6, 'black'),
                           ('INNERGRID', (0,0), (-1,-1), 0.4, 'black')]))
    s += [Spacer(1, 4), t, Spacer(1, 8)]
    s.append(Paragraph('<b>OGGETTO:</b> ' + SUBJ, body))
    s.append(Paragraph("L'anno duemilaventotto, il giorno dodici del mese di maggio alle ore 13:00, nella Sala delle adunanze "
        "del Palazzo Comunale di Vescovado, convocata nelle forme di legge, si è riunita la Giunta Comunale nelle persone dei signori:", body))
    roll = [['', 'Cognome e nome', 'Carica', 'Presente', 'Assente'],
            ['1', 'FABBRI Davide', 'Sindaco', 'X', ''],
            ['2', 'MARZOCCHI Elena', 'Vicesindaco', 'X', ''],
            ['3', 'BIGI Tommaso', 'Assessore', '', 'X']]
    rt = Table(roll, colWidths=[8*mm, 60*mm, 40*mm, 22*mm, 22*mm])
    rt.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Times-Roman', 10.5), ('FONT', (0,0), (-1,0), 'Times-Bold', 10),
                            ('GRID', (0,0), (-1,-1), 0.4, 'black'), ('ALIGN', (3,0), (-1,-1), 'CENTER')]))
    s += [rt, Spacer(1, 6)]
    s.append(Paragraph('Presenti n. 2 &nbsp;&nbsp; Assenti n. 1', body))
    s.append(Paragraph("Partecipa il Segretario Comunale dott.ssa Lucia Pianigiani, incaricata della redazione del verbale. "
        "Presiede la seduta il Sindaco dott. Davide Fabbri il quale, constatato il numero legale degli intervenuti, dichiara aperta la "
        "riunione ed invita la Giunta a deliberare sull'argomento in oggetto.", body))
    s.append(Paragraph('LA GIUNTA COMUNALE', ctr))
    for p in [
        "Vista la proposta di deliberazione n. 52 del 08/05/2028 predisposta dall'Area Tecnica, avente ad oggetto quanto sopra;",
        "Premesso che la strada comunale Vescovado - Casciano di Murlo presenta tratti con il piano viabile gravemente ammalorato e "
        "cedimenti delle banchine laterali, come risulta dalla relazione del tecnico comunale in data 28/04/2028;",
        "Richiamata la deliberazione del Consiglio Comunale n. 9 del 27/02/2028, con la quale è stato approvato il Documento Unico di "
        "Programmazione 2028-2030, ed il programma triennale dei lavori pubblici nel quale l'intervento risulta inserito per l'annualità 2028;",
        "Visto il progetto di fattibilità tecnico-economica redatto dall'ing. Marco Sestini, per un importo complessivo di euro 185.000,00, "
        "di cui euro 142.300,00 per lavori a base d'asta ed euro 42.700,00 per somme a disposizione dell'amministrazione;",
        "Visto il D.Lgs. 31 marzo 2023, n. 36, e in particolare l'art. 41 e l'allegato I.7;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
        "Con voti unanimi e favorevoli espressi nei modi di legge;"]:
        s.append(Paragraph(p, body))
    s.append(Paragraph('D E L I B E R A', ctr))
    for i, p in enumerate([
        "di approvare il progetto di fattibilità tecnico-economica relativo alla manutenzione straordinaria della strada comunale "
        "Vescovado - Casciano di Murlo, per un importo complessivo di euro 185.000,00, composto dagli elaborati elencati in premessa;",
        "di dare atto che la spesa trova copertura al capitolo 20810/1 del bilancio di previsione 2028-2030, annualità 2028;",
        "di individuare quale Responsabile Unico del Progetto il geom. Fabio Cresti, Responsabile dell'Area Tecnica;",
        "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti."], 1):
        s.append(Paragraph('%d) %s' % (i, p), ParagraphStyle('o', parent=body, leftIndent=14, firstLineIndent=-14)))
    s.append(Paragraph("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara il presente atto immediatamente "
        "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", body))
    s.append(Spacer(1, 14))
    sg = Table([['IL SINDACO', 'IL SEGRETARIO COMUNALE'], ['dott. Davide Fabbri', 'dott.ssa Lucia Pianigiani'],
                ['(firmato digitalmente)', '(firmato digitalmente)']], colWidths=[85*mm, 85*mm])
    sg.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Times-Roman', 10.5), ('ALIGN', (0,0), (-1,-1), 'CENTER')]))
    s.append(sg)
    doc.build(s)

def cert(path):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle('Attestazione di pubblicazione'); c.setAuthor('Comune di Murlo')
    c.beginForm('lh'); letterhead(c); c.endForm()
    # the office stamp first (drawn before the text, out of reading order), rotated up the left margin
    c.saveState(); c.translate(13*mm, 60*mm); c.rotate(90)
    c.setFont('Helvetica-Bold', 9); c.setFillGray(0.35)
    c.drawString(0, 0, 'COMUNE DI MURLO - UFFICIO SEGRETERIA - ALBO PRETORIO ON LINE')
    c.restoreState()
    y = H-150*mm
    c.setFont('Times-Roman', 11)
    c.drawString(20*mm, y, "Murlo, 13/05/2028")
    c.setFont('Times-Roman', 10.5)
    c.drawString(110*mm, y-25*mm, 'IL RESPONSABILE DELLA PUBBLICAZIONE')
    c.drawString(120*mm, y-31*mm, 'Sig.ra Patrizia Nocentini')
    c.drawString(118*mm, y-37*mm, '(firmato digitalmente)')
    c.doForm('lh')
    c.setFont('Times-Bold', 13); c.drawCentredString(W/2, H-45*mm, 'ATTESTAZIONE DI PUBBLICAZIONE')
    c.setFont('Times-Roman', 11)
    lines = ["Deliberazione della Giunta Comunale n. 41 del 12/05/2028",
             "Oggetto: APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA",
             "MANUTENZIONE STRAORDINARIA DELLA STRADA COMUNALE VESCOVADO - CASCIANO DI",
             "MURLO. CUP G47H28000120004", "",
             "Si attesta che copia della deliberazione sopra indicata viene pubblicata all'Albo",
             "Pretorio on line di questo Comune per 15 giorni consecutivi dal 13/05/2028 al 28/05/2028,",
             "con il numero di registro 318, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000,",
             "n. 267 e dell'art. 32 della Legge 69/2009.", "",
             "La deliberazione è stata dichiarata immediatamente eseguibile ai sensi dell'art. 134,",
             "comma 4, del D.Lgs. 267/2000."]
    yy = H-60*mm
    for l in lines:
        c.drawString(20*mm, yy, l); yy -= 6*mm
    c.showPage(); c.save()

delib(out + '/deliberazione-murlo-ascot.pdf')
cert(out + '/certificato-murlo-ascot.pdf')
