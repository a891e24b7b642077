# Unione dei Comuni del Marmo Platano - deliberazione della Giunta dell'Unione.
# In-house CED print made with ReportLab platypus; roll printed as prose.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DVS', D+'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DVS-B', D+'DejaVuSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVS-I', D+'DejaVuSerif-Italic.ttf'))
pdfmetrics.registerFontFamily('DVS', normal='DVS', bold='DVS-B', italic='DVS-I', boldItalic='DVS-B')
pdfmetrics.registerFont(TTFont('DSans', D+'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DSans-B', D+'DejaVuSans-Bold.ttf'))

body = ParagraphStyle('b', fontName='DVS', fontSize=9.8, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=4)
ctr = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='DVS-B', spaceBefore=4, spaceAfter=4)
bul = ParagraphStyle('u', parent=body, leftIndent=16, bulletIndent=4)
small = ParagraphStyle('s', parent=body, fontSize=8, leading=10)

def onpage(c, doc):
    c.saveState()
    w, h = A4
    c.setFont('DSans-B', 13); c.drawCentredString(w/2, h-1.6*cm, 'UNIONE DEI COMUNI DEL MARMO PLATANO')
    c.setFont('DSans', 8)
    c.drawCentredString(w/2, h-2.05*cm, 'Balvano · Baragiano · Bella · Castelgrande · Muro Lucano · Pescopagano')
    c.drawCentredString(w/2, h-2.45*cm, '(Provincia di Potenza)  –  Sede legale: Via Municipio, 1 – 85050 Baragiano (PZ)')
    c.setLineWidth(0.8); c.line(2*cm, h-2.7*cm, w-2*cm, h-2.7*cm)
    c.setFont('DSans', 7.5)
    c.drawString(2*cm, 1.3*cm, 'Deliberazione della Giunta dell’Unione n. 7 del 20/02/2026')
    c.drawRightString(w-2*cm, 1.3*cm, 'Pag. %d' % doc.page)
    c.restoreState()

doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=2.2*cm, rightMargin=2.2*cm,
    topMargin=3.2*cm, bottomMargin=2.2*cm, title='Delibera GU 7/2026', author='Unione dei Comuni del Marmo Platano - CED')
S = []
hdr = Table([[Paragraph('<b>DELIBERAZIONE DELLA GIUNTA DELL’UNIONE</b>', ParagraphStyle('h', parent=body, fontSize=11.5, leading=14, alignment=TA_LEFT)),
              Paragraph('<b>N. 7</b><br/>del 20/02/2026', ParagraphStyle('h2', parent=body, alignment=TA_CENTER))]],
            colWidths=[12.2*cm, 4.4*cm])
hdr.setStyle(TableStyle([('BOX',(1,0),(1,0),0.8,colors.black),('VALIGN',(0,0),(-1,-1),'MIDDLE')]))
S += [hdr, Spacer(1,8)]
subj = Table([[Paragraph('<b>OGGETTO:</b>', body), Paragraph('<b>Approvazione dello schema di convenzione con i Comuni aderenti per la gestione associata del servizio di Polizia Locale – anno 2026.</b>', body)]],
             colWidths=[2.8*cm, 13.8*cm])
subj.setStyle(TableStyle([('LINEABOVE',(0,0),(-1,0),0.5,colors.black),('LINEBELOW',(0,0),(-1,0),0.5,colors.black),('VALIGN',(0,0),(-1,-1),'TOP')]))
S += [subj, Spacer(1,8)]
S.append(Paragraph('L’anno duemilaventisei, il giorno venti del mese di febbraio, alle ore 11,15, nella sede dell’Unione in Baragiano, a seguito di regolare convocazione, si è riunita la Giunta dell’Unione.', body))
S.append(Paragraph('All’appello nominale risultano presenti i Sigg.: <b>CARLUCCI DOMENICO</b> – Presidente; <b>LAURINO ROSARIA</b> – Vice Presidente; <b>FASANELLA GERARDO</b> – Componente; <b>D’ANDREA VITO</b> – Componente. Risulta assente il Sig. <b>PIETRAFESA MICHELE</b> – Componente.', body))
S.append(Paragraph('Assiste il Segretario dell’Unione <b>Dott. Rocco Vaccaro</b>, con funzioni consultive, referenti e di assistenza e con il compito della redazione del verbale.', body))
S.append(Paragraph('Presiede la seduta il <b>Sig. Domenico Carlucci</b>, Presidente dell’Unione, il quale, riconosciuta la validità dell’adunanza, invita i presenti a deliberare sull’argomento in oggetto.', body))
S.append(Paragraph('LA GIUNTA DELL’UNIONE', ctr))
for t in [
 'PREMESSO che lo Statuto dell’Unione, all’art. 6, individua tra le funzioni conferite dai Comuni aderenti il servizio di Polizia Locale, da svolgersi in forma associata mediante apposita convenzione;',
 'VISTA la deliberazione del Consiglio dell’Unione n. 2 del 30/01/2026, con la quale è stato approvato il bilancio di previsione 2026/2028;',
 'CONSIDERATO che occorre definire, per l’anno 2026, il riparto dei costi del servizio tra i Comuni aderenti in proporzione alla popolazione residente al 31 dicembre 2025 e al numero di ore di presidio richieste da ciascun ente;',
 'VISTO lo schema di convenzione predisposto dal Responsabile dell’Area Vigilanza, composto da n. 14 articoli;',
 'ACQUISITI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell’art. 49 del D.Lgs. n. 267/2000;',
 'Con voti favorevoli n. 3 e astenuti n. 1 (Componente D’Andrea), espressi per alzata di mano,',
]:
    S.append(Paragraph(t, body))
S.append(Paragraph('D E L I B E R A', ctr))
for t in [
 'di approvare lo schema di convenzione per la gestione associata del servizio di Polizia Locale per l’anno 2026, allegato alla presente quale parte integrante e sostanziale;',
 'di approvare il piano di riparto dei costi tra i Comuni aderenti, per complessivi € 186.400,00, come risultante dal prospetto allegato alla convenzione;',
 'di autorizzare il Presidente alla sottoscrizione della convenzione e di trasmettere il presente atto ai Sindaci dei Comuni aderenti per gli adempimenti di competenza.',
]:
    S.append(Paragraph(t, bul, bulletText='•'))
S.append(Paragraph('La presente deliberazione, non dichiarata immediatamente eseguibile, diverrà esecutiva decorsi dieci giorni dalla sua pubblicazione, ai sensi dell’art. 134, comma 3, del D.Lgs. n. 267/2000.', body))
S.append(Spacer(1,10))
S.append(Paragraph('Del che si è redatto il presente verbale, che, previa lettura, viene approvato e sottoscritto.', body))
sig = Table([['IL PRESIDENTE','IL SEGRETARIO'],['Domenico Carlucci','Dott. Rocco Vaccaro'],['(firmato digitalmente)','(firmato digitalmente)']], colWidths=[8.3*cm, 8.3*cm])
sig.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'DVS',9.5),('FONT',(0,0),(-1,0),'DVS-B',9.5),('FONT',(0,2),(-1,2),'DVS-I',8),('ALIGN',(0,0),(-1,-1),'CENTER')]))
S += [KeepTogether([Spacer(1,6), sig]), Spacer(1,14)]
pub = Table([[Paragraph('<b>RELATA DI PUBBLICAZIONE</b> – Si attesta che copia della presente deliberazione è pubblicata all’Albo Pretorio on line dell’Unione dal 24/02/2026 al 11/03/2026 (n. 58 del Registro delle pubblicazioni).<br/>Baragiano, 24/02/2026 – Il Responsabile della pubblicazione: Sig.ra Teresa Molinari', small)]], colWidths=[16.6*cm])
pub.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.6,colors.black),('LEFTPADDING',(0,0),(-1,-1),6)]))
S.append(pub)
S.append(Spacer(1,6))
S.append(Paragraph('<i>Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.; sostituisce il documento cartaceo e la firma autografa.</i>', small))
doc.build(S, onFirstPage=onpage, onLaterPages=onpage)
