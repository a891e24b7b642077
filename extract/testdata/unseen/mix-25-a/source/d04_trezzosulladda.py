# D04 Comune (Lombardy), determinazione (Kibernetes-like), ReportLab canvas: paragraphs justified with Tw (word spacing)
# and others with Tc (character spacing), letter-spaced headings drawn with Tc, running head on page 2
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kit; from kit import *
from reportlab.pdfgen import canvas; from reportlab.lib.pagesizes import A4
fonts(); W, H = A4; X = 62; TW = W - 2 * X
c = canvas.Canvas(os.path.join(OUT, 'determinazione-trezzosulladda-kibernetes.pdf'), pagesize=A4)
c.setTitle('Determinazione n. 268 del 08/05/2026'); c.setAuthor('Comune di Trezzo sull\'Adda'); c.setCreator('Kibernetes Atti - modulo Determine')
def foot(n):
    c.setFont('Sans', 7); c.setFillGray(0.35)
    c.drawCentredString(W / 2, 30, "Comune di Trezzo sull'Adda – Via Roma, 5 – 20056 Trezzo sull'Adda (MI) – protocollo@pec.comune.trezzosulladda.mi.it")
    c.drawRightString(W - X, 20, 'Pagina %d di 2' % n); c.setFillGray(0)
# letterhead
c.setLineWidth(0.8); c.rect(X, H - 118, 52, 60); c.setFont('Sans', 6); c.drawCentredString(X + 26, H - 90, 'STEMMA')
spaced(c, "COMUNE DI TREZZO SULL'ADDA", X + 66, H - 78, 'Serif-B', 17, 2.6)
spaced(c, 'CITTÀ METROPOLITANA DI MILANO', X + 66, H - 96, 'Serif', 9.5, 1.8)
c.setFont('Serif', 9); c.drawString(X + 66, H - 111, 'SETTORE SERVIZI ALLA PERSONA')
c.setFont('Serif-I', 9); c.drawString(X + 66, H - 122, 'Servizio Istruzione')
c.line(X, H - 132, W - X, H - 132)
y = H - 160
spaced(c, 'DETERMINAZIONE', 0, y, 'Serif-B', 13, 5, center=W / 2); y -= 20
c.setFont('Serif', 10.5)
c.drawCentredString(W / 2, y, 'Registro Generale n. 268 del 08/05/2026'); y -= 14
c.drawCentredString(W / 2, y, 'Registro di Settore n. 47 del 07/05/2026'); y -= 24
subj = 'Affidamento del servizio di pre-scuola e post-scuola presso le scuole primarie statali per l’anno scolastico 2026/2027 – Determina a contrarre e indizione della procedura negoziata – CIG B9D37E1146.'
c.setFont('Serif-B', 10.5); c.drawString(X, y, 'OGGETTO:')
y = tw_par(c, subj, X + 58, y, TW - 58, 'Serif-B', 10.5, 13.5)
y -= 10; c.setLineWidth(0.4); c.line(X, y + 6, W - X, y + 6); y -= 10
spaced(c, 'IL RESPONSABILE DEL SETTORE', 0, y, 'Serif-B', 10.5, 1.5, center=W / 2); y -= 20
P = [('tw', 'Visto il decreto del Sindaco n. 4 del 09/01/2026 con il quale è stato conferito alla sottoscritta l’incarico di Elevata Qualificazione del Settore Servizi alla Persona;'),
     ('tc', 'Richiamate la deliberazione del Consiglio Comunale n. 11 del 26/02/2026, con la quale è stato approvato il bilancio di previsione 2026/2028, e la deliberazione della Giunta Comunale n. 29 del 05/03/2026 di approvazione del Piano Esecutivo di Gestione;'),
     ('tw', 'Premesso che il Comune garantisce da anni alle famiglie degli alunni delle scuole primarie «Ai Caduti» e «Don Milani» un servizio di accoglienza prima dell’inizio delle lezioni (pre-scuola, dalle ore 7:30) e di assistenza al termine delle stesse (post-scuola, fino alle ore 18:00);'),
     ('tw', 'Dato atto che il contratto in essere scade il 30/06/2026 e che occorre avviare la procedura per il nuovo affidamento per l’anno scolastico 2026/2027, con facoltà di rinnovo per un ulteriore anno;'),
     ('tc', 'Considerato che l’importo stimato del servizio, calcolato su 34 settimane e 128 iscritti, ammonta a € 118.400,00 oltre IVA, inferiore alla soglia di cui all’art. 14 del D.Lgs. n. 36/2023;'),
     ('tw', 'Ritenuto di procedere mediante procedura negoziata ai sensi dell’art. 50, comma 1, lett. e), del D.Lgs. n. 36/2023, previa consultazione di almeno cinque operatori economici iscritti sulla piattaforma Sintel di ARIA S.p.A., con il criterio dell’offerta economicamente più vantaggiosa;'),
     ('tw', 'Visti il D.Lgs. n. 267/2000, il D.Lgs. n. 36/2023 e il vigente Regolamento sull’ordinamento degli uffici e dei servizi;')]
for mode, t in P:
    y = (tw_par if mode == 'tw' else tc_par)(c, t, X, y, TW, 'Serif', 10.5, 13.6, indent=18); y -= 5
y -= 4; spaced(c, 'DETERMINA', 0, y, 'Serif-B', 11, 4, center=W / 2); y -= 20
D = ['di avviare la procedura negoziata per l’affidamento del servizio di pre-scuola e post-scuola presso le scuole primarie statali per l’anno scolastico 2026/2027, per un importo a base di gara di € 118.400,00 oltre IVA;',
     'di approvare la lettera d’invito, il capitolato speciale d’appalto e lo schema di contratto, depositati agli atti del Servizio Istruzione;',
     'di prenotare la spesa complessiva di € 124.320,00, IVA al 5% compresa, alla Missione 04 Programma 06 del bilancio 2026/2028, per € 46.620,00 sull’esercizio 2026 e per € 77.700,00 sull’esercizio 2027;',
     'di dare atto che il Responsabile Unico del Progetto è la sottoscritta Dott.ssa Paola Brambilla;',
     'di disporre la pubblicazione del presente atto all’Albo Pretorio on line e nella sezione Amministrazione Trasparente.']
page = 1
for i, t in enumerate(D, 1):
    if y < 140:
        foot(page); c.showPage(); page += 1; y = H - 60
        c.setFont('Sans-I', 8); c.drawString(X, y, "Comune di Trezzo sull'Adda – Determinazione R.G. n. 268 del 08/05/2026"); c.line(X, y - 4, W - X, y - 4); y -= 30
    c.setFont('Serif', 10.5); c.drawString(X + 4, y, '%d.' % i)
    y = tw_par(c, t, X + 22, y, TW - 22, 'Serif', 10.5, 13.6); y -= 5
y -= 16
c.setFont('Serif', 10.5); c.drawCentredString(W - X - 110, y, 'IL RESPONSABILE DEL SETTORE'); y -= 14
c.drawCentredString(W - X - 110, y, 'SERVIZI ALLA PERSONA'); y -= 14
c.setFont('Serif-I', 10.5); c.drawCentredString(W - X - 110, y, 'Dott.ssa Paola Brambilla'); y -= 12
c.setFont('Serif', 8); c.drawCentredString(W - X - 110, y, '(documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005)'); y -= 40
c.setLineWidth(0.5); c.rect(X, y - 78, TW, 88)
spaced(c, 'VISTO DI REGOLARITÀ CONTABILE', 0, y - 6, 'Serif-B', 9.5, 1.2, center=W / 2)
tw_par(c, 'Si attesta la copertura finanziaria della spesa ai sensi dell’art. 183, comma 7, del D.Lgs. n. 267/2000. Prenotazioni n. 412/2026 e n. 37/2027.', X + 8, y - 22, TW - 16, 'Serif', 9.5, 12)
c.setFont('Serif', 9.5); c.drawString(X + 8, y - 50, 'Trezzo sull’Adda, 08/05/2026')
c.drawRightString(W - X - 8, y - 50, 'Il Responsabile del Settore Finanziario'); c.drawRightString(W - X - 8, y - 63, 'Rag. Luca Colombo')
y -= 110
c.setFont('Serif', 9); c.drawString(X, y, 'Pubblicata all’Albo Pretorio on line dal 12/05/2026 per 15 giorni consecutivi – n. 786 del registro delle pubblicazioni.')
foot(page); c.save()
