from common import *

S = styles('DejaVuSans', 9.5, 12.5)
P = lambda t, s='body': Paragraph(t, S[s])
FR = ParagraphStyle('fr', parent=S['body'], fontName='DejaVuSans-Oblique', fontSize=8.5, leading=11, textColor=colors.HexColor('#333333'))
F = lambda t: Paragraph(t, FR)
out = OUT + '/consiglio-morgex-bilingue.pdf'


def page(c, d):
    c.saveState()
    if d.page == 1:
        crest(c, A4[0] / 2 - 14, A4[1] - 30 * mm, 28, 34)
        c.setFont('DejaVuSans-Bold', 12)
        c.drawString(20 * mm, A4[1] - 20 * mm, 'COMUNE DI MORGEX')
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 20 * mm, 'COMMUNE DE MORGEX')
        c.setFont('DejaVuSans', 8)
        c.drawString(20 * mm, A4[1] - 25 * mm, "Regione Autonoma Valle d'Aosta")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 25 * mm, "Région Autonome Vallée d'Aoste")
        c.line(20 * mm, A4[1] - 35 * mm, A4[0] - 20 * mm, A4[1] - 35 * mm)
    c.setFont('DejaVuSans', 7.5)
    c.drawCentredString(A4[0] / 2, 10 * mm, 'Piazza Principe Tommaso, 1 – 11017 Morgex (AO) – pag. %d' % d.page)
    c.restoreState()


doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=40 * mm, bottomMargin=18 * mm)
st = [P('VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 14', 'h'),
      Paragraph('PROCÈS-VERBAL DE DÉLIBÉRATION DU CONSEIL COMMUNAL N° 14', ParagraphStyle('x', parent=S['h'], fontName='DejaVuSans-Oblique', fontSize=9, spaceBefore=0)),
      Spacer(1, 4)]
ot = Table([[P('<b>OGGETTO:</b>', 'cell'), P('<b>Approvazione del rendiconto della gestione per l\'esercizio finanziario 2024.</b>', 'cell')],
            [Paragraph('OBJET :', FR), Paragraph('Approbation du compte de gestion de l\'exercice 2024.', FR)]], colWidths=[24 * mm, 146 * mm])
ot.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('BOX', (0, 0), (-1, -1), 0.5, colors.black)]))
st += [ot, Spacer(1, 8),
       P('L\'anno duemilaventicinque, addì ventotto del mese di aprile, alle ore 20.30, nella sala consiliare del Municipio, convocato con avvisi scritti recapitati a norma di legge, si è riunito, in sessione ordinaria e in seduta pubblica di prima convocazione, il Consiglio comunale, nelle persone dei Signori:'),
       F('L\'an deux mille vingt-cinq, le vingt-huit du mois d\'avril, à 20 h 30, dans la salle du Conseil de la Maison communale, le Conseil communal s\'est réuni en séance ordinaire et publique, en première convocation, en les personnes de Mesdames et Messieurs :'),
       Spacer(1, 4)]
roll = [('BERTOLIN LORENZO', 'Sindaco', 'X', ''), ('CHAMPRETAVY ELISA', 'Vice Sindaco', 'X', ''),
        ('BIONAZ MARCO', 'Consigliere', 'X', ''), ('CUAZ SIMONA', 'Consigliere', 'X', ''),
        ('DÉRIARD PAOLO', 'Consigliere', 'X', ''), ('FAVRE NICOLETTA', 'Consigliere', '', 'X'),
        ('GLAREY ANDREA', 'Consigliere', 'X', ''), ('JORDANEY IVO', 'Consigliere', 'X', ''),
        ('MARTINET SILVIA', 'Consigliere', 'X', ''), ('PERRIN DANIELE', 'Consigliere', 'X', ''),
        ('THIÉBAT ROBERTA', 'Consigliere', 'X', '')]
rows = [['Cognome e nome / Nom et prénom', 'Carica', 'Presente\nPrésent', 'Assente\nAbsent']] + [list(r) for r in roll]
rows.append(['', 'Totale / Total', '10', '1'])
t = Table(rows, colWidths=[70 * mm, 40 * mm, 25 * mm, 25 * mm])
t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DejaVuSans', 8.5), ('FONT', (0, 0), (-1, 0), 'DejaVuSans-Bold', 8),
                       ('GRID', (0, 0), (-1, -2), 0.4, colors.grey), ('ALIGN', (2, 0), (-1, -1), 'CENTER'),
                       ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6e6e6')), ('FONT', (1, -1), (-1, -1), 'DejaVuSans-Bold', 8.5),
                       ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)]))
st += [t, Spacer(1, 6),
       P('Assiste alla seduta il Segretario dell\'Ente, dott.ssa Nadia Chabod.'),
       F('Assiste à la séance la Secrétaire de la Collectivité, Mme Nadia Chabod.'),
       P('Il sig. Lorenzo Bertolin, nella sua qualità di Sindaco, assume la presidenza e, riconosciuta legale l\'adunanza, dichiara aperta la seduta.'),
       F('M. Lorenzo Bertolin, en sa qualité de Syndic, assume la présidence et, ayant constaté le quorum, déclare la séance ouverte.'),
       Spacer(1, 4), P('IL CONSIGLIO COMUNALE', 'h'),
       P('<b>Richiamata</b> la legge regionale 7 dicembre 1998, n. 54 (Sistema delle autonomie in Valle d\'Aosta), e in particolare l\'articolo 21, che disciplina le competenze del Consiglio comunale;'),
       P('<b>Richiamata</b> la legge regionale 9 febbraio 1995, n. 4, e il decreto legislativo 23 giugno 2011, n. 118, recante disposizioni in materia di armonizzazione dei sistemi contabili;'),
       P('<b>Vista</b> la deliberazione della Giunta comunale n. 31 del 27.03.2025, con la quale è stato approvato lo schema del rendiconto della gestione 2024 e la relazione illustrativa;'),
       P('<b>Visto</b> il parere favorevole espresso dal Revisore dei conti in data 08.04.2025, acquisito al protocollo n. 2214;'),
       P('<b>Dato atto</b> che il rendiconto chiude con un risultato di amministrazione di euro 1.284.316,52, di cui euro 402.118,10 accantonati, euro 215.900,00 vincolati, euro 96.450,00 destinati agli investimenti ed euro 569.848,42 disponibili;'),
       P('<b>Uditi</b> gli interventi dei consiglieri, riportati nella registrazione della seduta conservata agli atti;'),
       P('<b>Acquisiti</b> i pareri favorevoli di legittimità e di regolarità contabile espressi ai sensi dell\'art. 49-bis della l.r. 54/1998;'),
       P('Con la seguente votazione, espressa per alzata di mano: presenti n. 10, votanti n. 9, favorevoli n. 7, contrari n. 2 (Bionaz, Perrin), astenuti n. 1 (Martinet),'),
       F('Par le vote suivant, exprimé à main levée : présents 10, votants 9, pour 7, contre 2, abstentions 1,'),
       Spacer(1, 3), P('DELIBERA', 'h'),
       P('1. di approvare il rendiconto della gestione per l\'esercizio finanziario 2024, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale, allegato alla presente quale parte integrante e sostanziale;', 'point'),
       P('2. di approvare il risultato di amministrazione al 31 dicembre 2024 in euro 1.284.316,52, nella composizione indicata in premessa;', 'point'),
       P('3. di trasmettere i dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni dall\'approvazione.', 'point'),
       Spacer(1, 10)]
sig = Table([['IL PRESIDENTE / LE PRÉSIDENT', 'IL SEGRETARIO / LA SECRÉTAIRE'], ['F.to Lorenzo Bertolin', 'F.to Nadia Chabod']], colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DejaVuSans', 9), ('ALIGN', (0, 0), (-1, -1), 'CENTER')]))
st.append(sig)
doc.build(st, onFirstPage=page, onLaterPages=page)
