# ReportLab: deliberazione Giunta Castel Maggiore (Olidata-like) and certificato Uta (PDF Architect-like)
import sys, os
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT

OUT = sys.argv[1]
L = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSans', L+'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSans-B', L+'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSans-I', L+'LiberationSans-Italic.ttf'))
pdfmetrics.registerFont(TTFont('LSerif', L+'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-B', L+'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-I', L+'LiberationSerif-Italic.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('LSans', normal='LSans', bold='LSans-B', italic='LSans-I', boldItalic='LSans-B')
registerFontFamily('LSerif', normal='LSerif', bold='LSerif-B', italic='LSerif-I', boldItalic='LSerif-B')

def S(name, **kw):
    base = dict(fontName='LSans', fontSize=10, leading=13)
    base.update(kw); return ParagraphStyle(name, **base)

# ---------------------------------------------------------------- Castel Maggiore
def castelmaggiore():
    fn = os.path.join(OUT, 'deliberazione-castelmaggiore-olidata.pdf')
    body = S('b', alignment=TA_JUSTIFY, fontSize=10.5, leading=14.5)
    small = S('s', fontSize=8, leading=10)
    ctr = S('c', alignment=TA_CENTER)
    def first(c, d):
        c.saveState()
        c.setFont('LSans-B', 15); c.drawCentredString(A4[0]/2, A4[1]-22*mm, 'COMUNE DI CASTEL MAGGIORE')
        c.setFont('LSans', 9.5); c.drawCentredString(A4[0]/2, A4[1]-27.5*mm, 'Città Metropolitana di Bologna')
        c.setFont('LSans', 7.5); c.drawCentredString(A4[0]/2, A4[1]-31.5*mm, 'Piazza Amendola, 1 – 40013 Castel Maggiore (BO) – C.F. 01021480379')
        c.setLineWidth(0.8); c.line(18*mm, A4[1]-34*mm, A4[0]-18*mm, A4[1]-34*mm)
        c.setFont('LSans-I', 6.5); c.drawString(18*mm, A4[1]-14*mm, '[stemma]')
        foot(c, d); c.restoreState()
    def later(c, d):
        c.saveState()
        c.setFont('LSans', 8); c.drawString(18*mm, A4[1]-14*mm, 'Comune di Castel Maggiore – Deliberazione G.C. n. 48 del 12/03/2026')
        c.line(18*mm, A4[1]-15.5*mm, A4[0]-18*mm, A4[1]-15.5*mm)
        foot(c, d); c.restoreState()
    def foot(c, d):
        c.setFont('LSans', 7)
        c.line(18*mm, 16*mm, A4[0]-18*mm, 16*mm)
        c.drawString(18*mm, 12*mm, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, che sostituisce il documento cartaceo e la firma autografa.')
        c.drawRightString(A4[0]-18*mm, 8.5*mm, 'Pag. %d di 2' % d.page)
        c.drawString(18*mm, 8.5*mm, 'Atti – Segreteria Generale   stampa del 12/03/2026')
    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=40*mm, bottomMargin=22*mm,
                            title='Deliberazione di Giunta Comunale n. 48 del 12/03/2026', author='Comune di Castel Maggiore',
                            creator='Atti Amministrativi – Segreteria (Olidata)')
    st = []
    box = Table([[Paragraph('<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>', S('h', fontSize=12, alignment=TA_CENTER))],
                 [Paragraph('<b>N. 48</b> &nbsp;&nbsp;&nbsp; del &nbsp; <b>12/03/2026</b>', S('h2', fontSize=11, alignment=TA_CENTER))]],
                colWidths=[174*mm])
    box.setStyle(TableStyle([('BOX',(0,0),(-1,-1),1,colors.black),('LINEBELOW',(0,0),(-1,0),0.4,colors.black),
                             ('TOPPADDING',(0,0),(-1,-1),4),('BOTTOMPADDING',(0,0),(-1,-1),5)]))
    st += [box, Spacer(1,8)]
    subj = 'APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI RIQUALIFICAZIONE DEL PARCO "ANGELO FORNASARI" IN VIA BANDIERA – CUP J41B25000340004'
    ot = Table([[Paragraph('<b>OGGETTO:</b>', body), Paragraph('<b>'+subj+'</b>', body)]], colWidths=[24*mm, 150*mm])
    ot.setStyle(TableStyle([('VALIGN',(0,0),(-1,-1),'TOP'),('LEFTPADDING',(0,0),(-1,-1),0)]))
    st += [ot, Spacer(1,8)]
    st.append(Paragraph("L'anno <b>duemilaventisei</b>, il giorno <b>dodici</b> del mese di <b>marzo</b> alle ore <b>17:30</b>, nella Residenza Municipale, "
        "previa l'osservanza di tutte le formalità prescritte dalla vigente normativa, sono stati convocati a seduta i componenti della Giunta Comunale.", body))
    st.append(Spacer(1,6))
    st.append(Paragraph('All\'appello risultano:', body)); st.append(Spacer(1,3))
    rows = [['Cognome e Nome', 'Carica', 'Presente', 'Assente']]
    roll = [('GOTTI LUCA','Sindaco',True),('BERNARDI SILVIA','Vicesindaco',True),('MARCHESINI PAOLO','Assessore',True),
            ('TOSELLI GIULIA','Assessore',False),('ZANARDI MATTEO','Assessore',True),('CAVAZZA ELENA','Assessore',True)]
    for n,r,p in roll: rows.append([n, r, 'X' if p else '', '' if p else 'X'])
    rows.append(['', 'Totale', '5', '1'])
    t = Table(rows, colWidths=[70*mm, 50*mm, 25*mm, 25*mm])
    t.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'LSans',9.5),('FONT',(0,0),(-1,0),'LSans-B',9.5),('FONT',(0,-1),(-1,-1),'LSans-B',9.5),
        ('GRID',(0,0),(-1,-1),0.4,colors.black),('BACKGROUND',(0,0),(-1,0),colors.Color(0.88,0.88,0.88)),
        ('ALIGN',(2,0),(-1,-1),'CENTER')]))
    st += [t, Spacer(1,6)]
    st.append(Paragraph("Partecipa il Segretario Generale <b>Dott.ssa Maria Grazia Lambertini</b>, il quale provvede alla redazione del presente verbale.", body))
    st.append(Paragraph("Essendo legale il numero degli intervenuti, il Sindaco <b>Luca Gotti</b> assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", body))
    st.append(Spacer(1,8))
    st.append(Paragraph('<b>LA GIUNTA COMUNALE</b>', ctr)); st.append(Spacer(1,4))
    prem = [
      "Vista la proposta di deliberazione n. 61 del 05/03/2026 predisposta dal Settore Tecnico – Servizio Lavori Pubblici, allegata al presente atto quale parte integrante e sostanziale;",
      "Premesso che con deliberazione del Consiglio Comunale n. 82 del 18/12/2025 è stato approvato il Documento Unico di Programmazione 2026-2028 e che l'intervento in oggetto è inserito nel Programma triennale dei lavori pubblici 2026-2028, annualità 2026, per un importo complessivo di € 385.000,00;",
      "Richiamata la propria deliberazione n. 112 del 20/11/2025, con la quale è stato approvato il progetto di fattibilità tecnico-economica dell'intervento;",
      "Visto il progetto esecutivo redatto dall'Arch. Federica Malossi, con studio in Bologna, acquisito al protocollo n. 5874 del 27/02/2026, composto dagli elaborati elencati nell'allegato A e recante il seguente quadro economico: lavori a base d'asta € 291.400,00, oneri per la sicurezza € 8.600,00, somme a disposizione dell'Amministrazione € 85.000,00;",
      "Dato atto che il progetto è stato verificato ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36, come da verbale del RUP Ing. Davide Serra in data 03/03/2026;",
      "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
      "Con voti unanimi e palesi;",
    ]
    for p in prem: st.append(Paragraph(p, body)); st.append(Spacer(1,3))
    st.append(Spacer(1,4)); st.append(Paragraph('<b>D E L I B E R A</b>', ctr)); st.append(Spacer(1,4))
    pts = [
      "di approvare il progetto esecutivo dei lavori di riqualificazione del parco \"Angelo Fornasari\" in via Bandiera, per un importo complessivo di € 385.000,00, secondo il quadro economico riportato in premessa;",
      "di dare atto che la spesa trova copertura al capitolo 28150/10 \"Manutenzione straordinaria aree verdi\" del Bilancio di previsione 2026-2028, esercizio 2026, finanziato con avanzo di amministrazione destinato agli investimenti;",
      "di demandare al Responsabile del Settore Tecnico l'adozione degli atti conseguenti per l'affidamento dei lavori;",
      "di dare atto che il Responsabile Unico del Progetto è l'Ing. Davide Serra;",
      "di pubblicare il presente provvedimento nella sezione \"Amministrazione Trasparente\" del sito istituzionale.",
    ]
    for i,p in enumerate(pts,1):
        tt = Table([[Paragraph('%d.' % i, body), Paragraph(p, body)]], colWidths=[8*mm, 166*mm])
        tt.setStyle(TableStyle([('VALIGN',(0,0),(-1,-1),'TOP'),('LEFTPADDING',(0,0),(-1,-1),0),('BOTTOMPADDING',(0,0),(-1,-1),2)]))
        st.append(tt)
    st.append(Spacer(1,6))
    st.append(Paragraph("Successivamente, stante l'urgenza di rispettare il cronoprogramma dell'intervento, con separata votazione unanime e palese, la Giunta Comunale dichiara il presente atto <b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", body))
    st.append(Spacer(1,14))
    st.append(Paragraph('Letto, approvato e sottoscritto.', body)); st.append(Spacer(1,6))
    sig = Table([[Paragraph('IL SINDACO<br/>Luca Gotti<br/><font size="7.5">(firmato digitalmente)</font>', ctr),
                  Paragraph('IL SEGRETARIO GENERALE<br/>Dott.ssa Maria Grazia Lambertini<br/><font size="7.5">(firmato digitalmente)</font>', ctr)]],
                colWidths=[87*mm, 87*mm])
    st.append(KeepTogether([sig]))
    st.append(Spacer(1,14))
    pub = Table([[Paragraph('<b>PUBBLICAZIONE</b> – La presente deliberazione viene pubblicata all\'Albo Pretorio on line per 15 giorni consecutivi dal 13/03/2026 al 28/03/2026 (reg. pubbl. n. 611) e contestualmente comunicata ai Capigruppo consiliari ai sensi dell\'art. 125 del D.Lgs. 267/2000.', small)]], colWidths=[174*mm])
    pub.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.6,colors.black),('TOPPADDING',(0,0),(-1,-1),4),('BOTTOMPADDING',(0,0),(-1,-1),5)]))
    st.append(pub)
    doc.build(st, onFirstPage=first, onLaterPages=later)

# ---------------------------------------------------------------- Uta certificate
def uta():
    fn = os.path.join(OUT, 'attestazione-uta-pdfarchitect.pdf')
    body = S('b', fontName='LSerif', fontSize=12, leading=17, alignment=TA_JUSTIFY)
    ctr = S('c', fontName='LSerif', fontSize=12, leading=16, alignment=TA_CENTER)
    def page(c, d):
        c.saveState()
        c.setFont('LSerif-B', 17); c.drawCentredString(A4[0]/2, A4[1]-25*mm, 'COMUNE DI UTA')
        c.setFont('LSerif-I', 11); c.drawCentredString(A4[0]/2, A4[1]-31*mm, 'Città Metropolitana di Cagliari')
        c.setFont('LSerif', 8.5); c.drawCentredString(A4[0]/2, A4[1]-36*mm, 'Piazza S\'Olivariu, 1 – 09068 Uta (CA) – tel. 070 96660200 – PEC protocollo@pec.comune.uta.ca.it')
        c.setStrokeColor(colors.Color(0.1,0.25,0.5)); c.setLineWidth(1.5); c.line(25*mm, A4[1]-39*mm, A4[0]-25*mm, A4[1]-39*mm)
        c.setFont('LSerif', 7.5); c.setFillColor(colors.grey)
        c.drawCentredString(A4[0]/2, 12*mm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate')
        c.restoreState()
    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=25*mm, rightMargin=25*mm, topMargin=48*mm, bottomMargin=25*mm,
                            title='Certificato di pubblicazione', author='Ufficio Segreteria', creator='PDF Architect 9')
    st = []
    st.append(Paragraph('<b>Servizio Affari Generali – Ufficio Segreteria</b>', ctr)); st.append(Spacer(1,14))
    st.append(Paragraph('<b>CERTIFICATO DI PUBBLICAZIONE</b>', S('t', fontName='LSerif', fontSize=15, leading=19, alignment=TA_CENTER)))
    st.append(Paragraph('(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della L. 18 giugno 2009, n. 69)', ctr))
    st.append(Spacer(1,16))
    ref = Table([['Atto:', 'Deliberazione della Giunta Comunale'],
                 ['Numero:', '31'],
                 ['Data:', '24/03/2026'],
                 ['Oggetto:', Paragraph('Concessione in uso temporaneo dei locali della ex scuola di via Santa Giusta alle associazioni di volontariato del territorio. Approvazione schema di convenzione e criteri.', S('o', fontName='LSerif', fontSize=12, leading=15))],
                 ['N. Reg. Pubblicazioni:', '402']], colWidths=[48*mm, 112*mm])
    ref.setStyle(TableStyle([('FONT',(0,0),(0,-1),'LSerif-B',12),('FONT',(1,0),(1,-1),'LSerif',12),('VALIGN',(0,0),(-1,-1),'TOP'),
                             ('BOX',(0,0),(-1,-1),0.6,colors.black),('INNERGRID',(0,0),(-1,-1),0.3,colors.grey),
                             ('TOPPADDING',(0,0),(-1,-1),4),('BOTTOMPADDING',(0,0),(-1,-1),5)]))
    st += [ref, Spacer(1,18)]
    st.append(Paragraph('Il sottoscritto Segretario Comunale, visti gli atti d\'ufficio,', body)); st.append(Spacer(1,8))
    st.append(Paragraph('<b>ATTESTA</b>', ctr)); st.append(Spacer(1,8))
    st.append(Paragraph('che copia della deliberazione sopra indicata è stata pubblicata all\'Albo Pretorio on line di questo Comune, accessibile al pubblico dal sito istituzionale www.comune.uta.ca.it, per quindici giorni consecutivi <b>dal 27/03/2026 al 11/04/2026</b>, senza opposizioni o reclami, ai sensi dell\'art. 124, comma 1, del D.Lgs. 267/2000.', body))
    st.append(Spacer(1,8))
    st.append(Paragraph('La deliberazione è stata altresì trasmessa in elenco ai Capigruppo consiliari con nota prot. n. 3917 del 27/03/2026.', body))
    st.append(Spacer(1,20))
    st.append(Paragraph('Uta, 13/04/2026', body)); st.append(Spacer(1,16))
    sig = Table([['', Paragraph('IL SEGRETARIO COMUNALE<br/>Dott. Efisio Pisano', ctr)]], colWidths=[70*mm, 90*mm])
    st.append(sig)
    doc.build(st, onFirstPage=page, onLaterPages=page)

castelmaggiore(); uta()
