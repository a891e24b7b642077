from common import *

S = styles('Helvetica', 11, 15)
P = lambda t, s='body': Paragraph(t, S[s])
out = OUT + '/giunta-teggiano-halley.pdf'


def page(c, d):
    c.saveState()
    if d.page == 1:
        crest(c, A4[0] / 2 - 15, A4[1] - 30 * mm, 30, 36)
        c.setFont('Helvetica', 10)
        c.drawCentredString(A4[0] / 2, A4[1] - 36 * mm, 'Verbale di deliberazione della Giunta Comunale del Comune di Teggiano – Provincia di Salerno')
        c.setLineWidth(1.2); c.line(20 * mm, A4[1] - 39 * mm, A4[0] - 20 * mm, A4[1] - 39 * mm)
    else:
        c.setFont('Helvetica-Oblique', 8)
        c.drawString(20 * mm, A4[1] - 12 * mm, 'Comune di Teggiano – Deliberazione di G.C. nr. 112 del 09.10.2025')
    c.setFont('Helvetica', 8)
    c.drawRightString(A4[0] - 20 * mm, 10 * mm, 'Pag. %d' % d.page)
    c.restoreState()


doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=44 * mm, bottomMargin=18 * mm,
                        title='Delibera GC 112/2025')
doc2 = None
st = []
st += [P('COPIA', 'right'),
       P('DELIBERAZIONE nr. 112 del 09.10.2025', 'big'), Spacer(1, 8)]
ot = Table([[P('<u>OGGETTO</u>:', 'cell'), P('<b>APPROVAZIONE SCHEMA DI CONVENZIONE CON L\'ASSOCIAZIONE "PRO LOCO TEGGIANO" PER LA REALIZZAZIONE DELLA MANIFESTAZIONE "ALLA TAVOLA DELLA PRINCIPESSA COSTANZA" – EDIZIONE 2025. ATTO DI INDIRIZZO.</b>', 'cell')]],
           colWidths=[25 * mm, 145 * mm])
ot.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('BOX', (0, 0), (-1, -1), 0.6, colors.black), ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
st += [ot, Spacer(1, 10),
       P('L\'anno duemilaventicinque, il giorno nove del mese di ottobre, alle ore 12:15, nella Casa Comunale, regolarmente convocata, si è riunita la Giunta Comunale con l\'intervento dei Signori:'),
       Spacer(1, 4)]
roll = [[P('<b>PRESENTI</b>', 'cell'), P('<b>ASSENTI</b>', 'cell')],
        [P('DI CANDIA MICHELE – Sindaco', 'cell'), P('MAROTTA GIUSEPPINA – Assessore', 'cell')],
        [P('CARDIELLO ROCCO – Vice Sindaco', 'cell'), ''],
        [P('PETRAGLIA ANNA MARIA – Assessore', 'cell'), ''],
        [P('LAMATTINA VITO – Assessore', 'cell'), '']]
rt = Table(roll, colWidths=[85 * mm, 85 * mm])
rt.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, 0), 0.5, colors.black), ('LINEAFTER', (0, 0), (0, -1), 0.5, colors.black)]))
st += [rt, Spacer(1, 8),
       P('Partecipa alla seduta, con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a) del D.Lgs. n. 267/2000), il Segretario Comunale Dott. Antonio Cafaro.'),
       P('Il Presidente, Dott. Michele Di Candia, in qualità di Sindaco, constatato il numero legale degli intervenuti, dichiara aperta la riunione ed invita i convenuti a deliberare sull\'oggetto sopraindicato.'),
       Spacer(1, 6), P('LA GIUNTA COMUNALE', 'h'),
       P('<b>Premesso</b> che il Comune di Teggiano promuove da oltre trent\'anni, in collaborazione con l\'Associazione "Pro Loco Teggiano", la rievocazione storica "Alla Tavola della Principessa Costanza", che rievoca le nozze celebrate nel 1480 tra Costanza d\'Aragona e Antonello Sanseverino, principe di Salerno;'),
       P('<b>Considerato</b> che la manifestazione richiama ogni anno migliaia di visitatori nel centro storico e costituisce uno dei principali eventi di promozione turistica del Vallo di Diano;'),
       P('<b>Vista</b> la nota della Pro Loco acquisita al protocollo generale dell\'Ente al n. 9874 del 18.09.2025, con la quale si chiede la stipula di apposita convenzione per la realizzazione dell\'edizione 2025, corredata dal programma delle attività e dal piano finanziario, per una spesa complessiva prevista di € 46.800,00;'),
       P('<b>Ritenuto</b> di sostenere l\'iniziativa mediante la concessione di un contributo economico pari ad € 15.000,00, nonché la messa a disposizione a titolo gratuito delle piazze, dei locali del Chiostro di Sant\'Antonio e delle attrezzature comunali;'),
       P('<b>Visto</b> il Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici, approvato con deliberazione di Consiglio Comunale n. 21 del 30.06.2016;'),
       P('<b>Visto</b> lo schema di convenzione allegato alla presente sotto la lettera "A", composto da n. 11 articoli, che disciplina i reciproci impegni delle parti, le modalità di rendicontazione e di erogazione del contributo;'),
       P('<b>Dato atto</b> che l\'edizione 2025 prevede, tra l\'altro, il corteo storico con oltre quattrocento figuranti in costume, il banchetto nuziale nel sagrato della Cattedrale di Santa Maria Maggiore, gli spettacoli di musica antica, di giocoleria e di falconeria, nonché le botteghe degli antichi mestieri lungo le vie del centro storico;'),
       P('<b>Dato atto</b>, altresì, che la Pro Loco si impegna a garantire il rispetto delle norme in materia di sicurezza delle manifestazioni pubbliche, acquisendo le autorizzazioni previste e predisponendo il piano di safety e security da sottoporre alla Commissione comunale di vigilanza sui locali di pubblico spettacolo;'),
       P('<b>Rilevato</b> che la manifestazione persegue finalità di interesse generale riconducibili alle funzioni del Comune in materia di promozione della cultura, valorizzazione del patrimonio storico e sviluppo turistico del territorio, ai sensi dell\'art. 13 del D.Lgs. n. 267/2000 e dell\'art. 118, ultimo comma, della Costituzione, e che pertanto il sostegno economico non si configura quale spesa di sponsorizzazione vietata dall\'art. 6, comma 9, del D.L. n. 78/2010;'),
       P('<b>Richiamate</b>: la deliberazione di Consiglio Comunale n. 9 del 28.03.2025, di approvazione del Documento Unico di Programmazione 2025/2027; la deliberazione di Consiglio Comunale n. 10 del 28.03.2025, di approvazione del bilancio di previsione 2025/2027; la deliberazione di Giunta Comunale n. 41 del 10.04.2025, di approvazione del Piano Esecutivo di Gestione 2025/2027;'),
       P('<b>Ritenuto</b> che lo schema di convenzione sia meritevole di approvazione, in quanto conforme agli indirizzi dell\'Amministrazione e al citato Regolamento comunale;'),
       P('<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell\'art. 49, comma 1, del D.Lgs. 18.08.2000, n. 267, dal Responsabile dell\'Area Amministrativa e dal Responsabile dell\'Area Finanziaria;'),
       P('<b>Visto</b> il D.Lgs. 18.08.2000, n. 267 e ss.mm.ii.;'),
       P('<b>Visto</b> lo Statuto Comunale;'),
       P('Con votazione unanime favorevole resa per alzata di mano (Presenti n. 4 – Votanti n. 4 – Favorevoli n. 4 – Contrari n. 0),'),
       Spacer(1, 4), P('D E L I B E R A', 'h'),
       P('per le motivazioni espresse in narrativa che qui si intendono integralmente riportate:'),
       P('1)&nbsp;&nbsp;di approvare lo schema di convenzione con l\'Associazione "Pro Loco Teggiano", con sede in Teggiano alla Piazza Municipio, per la realizzazione della manifestazione "Alla Tavola della Principessa Costanza" – edizione 2025, allegato alla presente sotto la lettera "A" quale parte integrante e sostanziale;', 'point'),
       P('2)&nbsp;&nbsp;di concedere all\'Associazione un contributo economico di € 15.000,00, da erogarsi per il 50% alla sottoscrizione della convenzione e per il restante 50% a presentazione del rendiconto delle spese sostenute, debitamente documentato;', 'point'),
       P('3)&nbsp;&nbsp;di dare atto che la spesa di € 15.000,00 trova copertura sul cap. 1842/1 "Contributi per manifestazioni turistiche" del bilancio di previsione 2025/2027, esercizio 2025;', 'point'),
       P('4)&nbsp;&nbsp;di autorizzare l\'utilizzo gratuito delle piazze del centro storico, dei locali del Chiostro di Sant\'Antonio e delle attrezzature comunali nei giorni della manifestazione, ferma restando la responsabilità dell\'Associazione per eventuali danni;', 'point'),
       P('5)&nbsp;&nbsp;di demandare al Responsabile dell\'Area Amministrativa la sottoscrizione della convenzione e l\'adozione di ogni successivo provvedimento gestionale, ivi compreso l\'impegno di spesa;', 'point'),
       P('6)&nbsp;&nbsp;di trasmettere copia della presente, contestualmente alla pubblicazione all\'Albo Pretorio on line, ai Capigruppo Consiliari ai sensi dell\'art. 125 del D.Lgs. n. 267/2000;', 'point'),
       P('7)&nbsp;&nbsp;di dichiarare, con successiva e separata votazione unanime, il presente atto immediatamente eseguibile ai sensi dell\'art. 134, comma 4, del D.Lgs. n. 267/2000, stante l\'urgenza di provvedere.', 'point'),
       Spacer(1, 10),
       P('<i>Sulla proposta di deliberazione sono stati espressi i seguenti pareri ai sensi dell\'art. 49 del D.Lgs. 267/2000:</i>', 'small'),
       P('Parere di regolarità tecnica: FAVOREVOLE – Il Responsabile dell\'Area Amministrativa F.to Dott.ssa Carmela Pessolano', 'small'),
       P('Parere di regolarità contabile: FAVOREVOLE – Il Responsabile dell\'Area Finanziaria F.to Rag. Donato Morello', 'small'),
       Spacer(1, 12), P('Letto, confermato e sottoscritto.', 'left'), Spacer(1, 4)]
sig = Table([['IL SINDACO', 'IL SEGRETARIO COMUNALE'], ['F.to Dott. Michele Di Candia', 'F.to Dott. Antonio Cafaro']], colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 10), ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 10), ('ALIGN', (0, 0), (-1, -1), 'CENTER')]))
st += [sig, Spacer(1, 18)]
cert = [P('CERTIFICATO DI PUBBLICAZIONE', 'h'),
        P('Reg. Pubbl. n. 1187', 'center'),
        P('Il sottoscritto Responsabile della pubblicazione certifica che copia della presente deliberazione di Giunta Comunale nr. 112 del 09.10.2025 viene pubblicata all\'Albo Pretorio on line di questo Comune il giorno 14.10.2025 e vi rimarrà per 15 giorni consecutivi, fino al 29.10.2025, ai sensi dell\'art. 124, comma 1, del D.Lgs. n. 267/2000.'),
        P('Teggiano, 14.10.2025', 'left'),
        P('IL RESPONSABILE DELLA PUBBLICAZIONE<br/>F.to Sig. Gerardo Spinelli', 'right'),
        Spacer(1, 10),
        P('ESECUTIVITÀ', 'h'),
        P('La presente deliberazione è divenuta esecutiva il giorno 09.10.2025, essendo stata dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. n. 267/2000).'),
        P('IL SEGRETARIO COMUNALE<br/>F.to Dott. Antonio Cafaro', 'right')]
st += [KeepTogether(cert)]
doc.build(st, onFirstPage=page, onLaterPages=page)
