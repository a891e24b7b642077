# Comune di Santa Croce Camerina – Consiglio 14/2026, ReportLab platypus
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DVS', F+'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DVSB', F+'DejaVuSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DV', F+'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', F+'DejaVuSans-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('DVS',0,0,'DVS'); addMapping('DVS',1,0,'DVSB')
addMapping('DV',0,0,'DV'); addMapping('DV',1,0,'DVB')

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'delibera-santacrocecamerina-reportlab.pdf')
body = ParagraphStyle('b', fontName='DVS', fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
ctr = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='DVSB', fontSize=11, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle('s', parent=body, fontName='DV', fontSize=8, leading=10)
cell = ParagraphStyle('cell', fontName='DV', fontSize=8.5, leading=10)

def page(c, doc):
    c.saveState()
    c.setFont('DVB', 8)
    c.drawString(20*mm, 287*mm, 'COMUNE DI SANTA CROCE CAMERINA')
    c.setFont('DV', 8)
    c.drawRightString(190*mm, 287*mm, 'Deliberazione del Consiglio Comunale n. 14 del 05/03/2026')
    c.setLineWidth(0.4); c.line(20*mm, 285*mm, 190*mm, 285*mm)
    c.line(20*mm, 15*mm, 190*mm, 15*mm)
    c.setFont('DV', 7)
    c.drawString(20*mm, 11*mm, 'Documento informatico sottoscritto con firma digitale ai sensi dell\u2019art. 24 del D.Lgs. 7 marzo 2005, n. 82')
    c.drawRightString(190*mm, 11*mm, 'pag. %d' % doc.page)
    c.restoreState()

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=22*mm, bottomMargin=22*mm,
                      title='Delibera CC 14/2026', author='Comune di Santa Croce Camerina - Ufficio Segreteria',
                      subject='Deliberazione del Consiglio Comunale')
doc.addPageTemplates([PageTemplate(id='p', frames=[Frame(20*mm, 20*mm, 170*mm, 262*mm, id='f')], onPage=page)])
S = []
head = Table([[Paragraph('<font name="DV" size="6.5">[stemma]</font>', cell),
               Paragraph('<font name="DVSB" size="16">COMUNE DI SANTA CROCE CAMERINA</font><br/>'
                         '<font name="DVS" size="9.5">Libero Consorzio Comunale di Ragusa</font><br/>'
                         '<font name="DV" size="7.5">Piazza Vittorio Emanuele, 1 – 97017 Santa Croce Camerina (RG)</font>', cell)]],
             colWidths=[22*mm, 148*mm], rowHeights=[24*mm])
head.setStyle(TableStyle([('VALIGN',(0,0),(-1,-1),'MIDDLE'),('BOX',(0,0),(0,0),0.5,colors.grey),('ALIGN',(0,0),(0,0),'CENTER')]))
S += [head, Spacer(1, 4*mm)]
box = Table([[Paragraph('<b>COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</b>', ParagraphStyle('x', parent=cell, fontSize=10.5, alignment=TA_CENTER))],
             [Paragraph('N. <b>14</b> del <b>05/03/2026</b>', ParagraphStyle('y', parent=cell, fontSize=10, alignment=TA_CENTER))]],
            colWidths=[170*mm])
box.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.8,colors.black),('LINEBELOW',(0,0),(-1,0),0.4,colors.black),('TOPPADDING',(0,0),(-1,-1),4),('BOTTOMPADDING',(0,0),(-1,-1),4)]))
S += [box, Spacer(1, 3*mm)]
ogg = Table([[Paragraph('<b>OGGETTO:</b>', cell),
              Paragraph('<b>Approvazione delle modifiche agli articoli 12, 18 e 27 del Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria.</b>', ParagraphStyle('o', parent=cell, fontSize=9.5, leading=12))]],
            colWidths=[22*mm, 148*mm])
ogg.setStyle(TableStyle([('VALIGN',(0,0),(-1,-1),'TOP')]))
S += [ogg, Spacer(1, 3*mm)]
S.append(Paragraph("L'anno <b>duemilaventisei</b>, il giorno <b>cinque</b> del mese di <b>marzo</b>, alle ore <b>19:00</b> e seguenti, nella sala delle adunanze consiliari, in sessione ordinaria, seduta pubblica di prima convocazione, a seguito di regolare avviso di convocazione prot. n. 4127 del 26/02/2026, notificato a norma di legge, si è riunito il Consiglio Comunale.", body))
S.append(Paragraph("All'appello nominale, eseguito alle ore 19:10, risultano presenti ed assenti i seguenti Consiglieri:", body))
left = [('1','CILIA GIOVANNA','P'),('2','MANDARÀ SALVATORE','P'),('3','OCCHIPINTI ROSARIA','P'),('4','PUGLISI EMANUELE','A'),
        ('5','DI STEFANO CARMELO','P'),('6','CAMPO VALENTINA','P'),('7','GURRIERI GIUSEPPE','P'),('8','SCHEMBARI LORENA','P')]
right = [('9','BLANCO ANTONINO','P'),('10','LEGGIO MARIA CONCETTA','A'),('11','TUMINO FRANCESCO','P'),('12','IACONO GIORGIO','P'),
         ('13','RUSSO ILENIA','P'),('14','DISTEFANO PIETRO','A'),('15','CARFÌ ROBERTA','P'),('16','FIORILLA MATTEO','P')]
rows = [['N.','Consigliere','Pres.','Ass.','N.','Consigliere','Pres.','Ass.']]
for a, b in zip(left, right):
    rows.append([a[0], a[1], 'X' if a[2]=='P' else '', 'X' if a[2]=='A' else '',
                 b[0], b[1], 'X' if b[2]=='P' else '', 'X' if b[2]=='A' else ''])
rt = Table(rows, colWidths=[8*mm, 50*mm, 12*mm, 12*mm, 8*mm, 56*mm, 12*mm, 12*mm])
rt.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'DV',8.5),('FONT',(0,0),(-1,0),'DVB',8),
    ('GRID',(0,0),(-1,-1),0.4,colors.grey),('BACKGROUND',(0,0),(-1,0),colors.HexColor('#eeeeee')),
    ('ALIGN',(2,0),(3,-1),'CENTER'),('ALIGN',(6,0),(7,-1),'CENTER'),('ALIGN',(0,0),(0,-1),'RIGHT'),('ALIGN',(4,0),(4,-1),'RIGHT'),
    ('LINEAFTER',(3,0),(3,-1),1.2,colors.black)]))
S += [rt, Spacer(1, 2*mm)]
S.append(Paragraph("Assegnati n. 16 – In carica n. 16 – <b>Presenti n. 13 – Assenti n. 3</b>", ParagraphStyle('t', parent=body, alignment=TA_CENTER)))
S.append(Paragraph("Sono altresì presenti, senza diritto di voto, il Sindaco Dott. Angelo Ferrera e gli Assessori Sigg. Nunzio Battaglia e Sofia Cascone.", body))
S.append(Paragraph("Presiede la seduta il Presidente del Consiglio <b>Sig.ra Giovanna Cilia</b>. Partecipa il Segretario Generale <b>Dott. Salvatore Nicastro</b>, anche con funzioni di verbalizzante. Il Presidente, constatato il numero legale, dichiara aperta la seduta e pone in discussione il punto n. 3 dell'ordine del giorno.", body))
S.append(Paragraph("IL CONSIGLIO COMUNALE", ctr))
for t in [
 "<b>Vista</b> la proposta di deliberazione n. 11 del 18/02/2026 predisposta dal Responsabile dell'Area II – Servizi Finanziari e Tributi, allegata al presente atto per farne parte integrante e sostanziale;",
 "<b>Richiamata</b> la propria deliberazione n. 7 del 29/03/2021, con la quale è stato approvato il Regolamento per la disciplina del canone patrimoniale di cui all'art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160;",
 "<b>Ritenuto</b> necessario adeguare le disposizioni relative alle esenzioni per le insegne di esercizio, alle riduzioni per le manifestazioni promosse da enti senza scopo di lucro ed alle modalità di versamento del canone;",
 "<b>Visto</b> il parere favorevole dell'Organo di revisione economico-finanziaria, reso con verbale n. 4 del 24/02/2026;",
 "<b>Visti</b> i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 53 della L. 142/1990, come recepito dalla L.R. 48/1991 e successive modifiche;",
 "<b>Udita</b> la relazione dell'Assessore al Bilancio e gli interventi dei Consiglieri Blanco e Tumino, riportati nel resoconto della seduta;",
 "Il Presidente pone ai voti la proposta. Esce dall'aula il Consigliere Russo Ilenia (presenti n. 12). Con la seguente votazione, espressa per alzata di mano: presenti n. 12, votanti n. 11, voti favorevoli n. 8, voti contrari n. 3 (Blanco, Tumino, Iacono), astenuti n. 1 (Carfì);"]:
    S.append(Paragraph(t, body))
S.append(Paragraph("DELIBERA", ctr))
for t in [
 "1) di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo riportato nell'allegato \u201cA\u201d alla presente deliberazione;",
 "2) di dare atto che le modifiche approvate hanno efficacia dal 1\u00b0 gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;",
 "3) di disporre la pubblicazione del Regolamento così modificato nella sezione \u201cAmministrazione trasparente\u201d del sito istituzionale dell'Ente."]:
    S.append(Paragraph(t, ParagraphStyle('pt', parent=body, leftIndent=6*mm, firstLineIndent=-6*mm)))
S.append(Paragraph("Successivamente, su proposta del Presidente, con voti favorevoli n. 8 e contrari n. 3, astenuti n. 1, resi per alzata di mano, il Consiglio Comunale dichiara la presente deliberazione <b>immediatamente esecutiva</b> ai sensi dell'art. 12, comma 2, della L.R. 3 dicembre 1991, n. 44.", body))
S.append(Spacer(1, 5*mm))
S.append(Paragraph("Letto, approvato e sottoscritto.", body))
sig = Table([['IL CONSIGLIERE ANZIANO', 'IL PRESIDENTE', 'IL SEGRETARIO GENERALE'],
             ['F.to Mandarà Salvatore', 'F.to Giovanna Cilia', 'F.to Dott. Salvatore Nicastro']], colWidths=[56*mm, 57*mm, 57*mm])
sig.setStyle(TableStyle([('FONT',(0,0),(-1,0),'DVB',8.5),('FONT',(0,1),(-1,1),'DV',8.5),('ALIGN',(0,0),(-1,-1),'CENTER'),('TOPPADDING',(0,1),(-1,1),10)]))
S.append(KeepTogether([sig]))
S.append(Spacer(1, 8*mm))
pub = Table([[Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Il sottoscritto Segretario Generale, su conforme attestazione del Messo comunale, certifica che copia della presente deliberazione è pubblicata all'Albo Pretorio on line dal 06/03/2026 per quindici giorni consecutivi (Reg. Albo n. 389/2026).<br/>Santa Croce Camerina, 06/03/2026 \u2003\u2003\u2003 Il Segretario Generale F.to Dott. Salvatore Nicastro", small)]], colWidths=[170*mm])
pub.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.6,colors.black),('TOPPADDING',(0,0),(-1,-1),5),('BOTTOMPADDING',(0,0),(-1,-1),5)]))
S.append(KeepTogether([pub]))
doc.build(S)
