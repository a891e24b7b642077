# Comune di Trivento - convocazione del Consiglio Comunale (Hypersic-like print): paragraphs justified
# with Tw and with Tc, headings letter-spaced with Tc, one Tj per line.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from kit import *
fonts()
W, H = A4
c = canvas.Canvas('../convocazione-trivento-hypersic.pdf', pagesize=A4)
c.setCreator('Hypersic - Segreteria Organi'); c.setTitle('Convocazione Consiglio Comunale 26/03/2026')
X0, X1 = 62, W - 62; TW = X1 - X0; CX = W / 2
c.setLineWidth(0.7); c.rect(CX - 18, H - 86, 36, 42); c.setFont('Sans', 5); c.drawCentredString(CX, H - 67, 'STEMMA')
spaced(c, 'COMUNE DI TRIVENTO', 0, H - 106, 'Serif-B', 18, 2.2, center=CX)
spaced(c, 'PROVINCIA DI CAMPOBASSO', 0, H - 121, 'Serif', 9.5, 1.6, center=CX)
c.setFont('Serif', 8.5); c.drawCentredString(CX, H - 133, 'Piazza Giovanni XXIII, 1 – 86029 Trivento (CB) – Tel. 0874 873 111 – PEC: protocollo@pec.comune.trivento.cb.it')
c.line(X0, H - 140, X1, H - 140)
y = H - 164
c.setFont('Serif', 10.5); c.drawString(X0, y, 'Prot. n. 2291'); c.drawRightString(X1, y, 'Trivento, 17/03/2026'); y -= 26
for line in ['Ai Signori Consiglieri Comunali', 'Al Revisore dei Conti', 'Al Segretario Comunale', 'e p.c. Al Prefetto di Campobasso', 'Al Comando Stazione Carabinieri di Trivento']:
    c.setFont('Serif-I', 10.5); c.drawString(X1 - 205, y, line); y -= 13
y -= 12
spaced(c, 'AVVISO DI CONVOCAZIONE', 0, y, 'Serif-B', 13, 3.0, center=CX); y -= 24
c.setFont('Serif-B', 10.5); c.drawString(X0, y, 'Oggetto:')
y = tw_par(c, 'Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 26 marzo 2026.', X0 + 50, y, TW - 50, 'Serif-B', 10.5, 13.5) - 10
spaced(c, 'IL PRESIDENTE DEL CONSIGLIO COMUNALE', 0, y, 'Serif-B', 10.5, 1.4, center=CX); y -= 20
y = tc_par(c, 'Visti gli articoli 38 e 39 del D.Lgs. 18 agosto 2000, n. 267, lo Statuto comunale e il vigente Regolamento per il funzionamento del Consiglio Comunale; sentito il Sindaco e d’intesa con la Conferenza dei Capigruppo riunitasi in data 13/03/2026,', X0, y, TW, 'Serif', 10.5, 14, indent=24) - 8
spaced(c, 'CONVOCA', 0, y, 'Serif-B', 11.5, 4.0, center=CX); y -= 20
y = tw_par(c, 'il Consiglio Comunale in sessione ordinaria, in seduta pubblica di prima convocazione, presso la Sala consiliare del Palazzo municipale, per il giorno giovedì 26 marzo 2026 alle ore 18:00 e, occorrendo, in seconda convocazione per il giorno venerdì 27 marzo 2026 alla stessa ora, per la trattazione del seguente', X0, y, TW, 'Serif', 10.5, 14, indent=24) - 8
spaced(c, 'ORDINE DEL GIORNO', 0, y, 'Serif-B', 11, 2.6, center=CX); y -= 20
odg = ['Lettura e approvazione dei verbali della seduta precedente del 29/12/2025.',
       'Comunicazioni del Sindaco.',
       'Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 – nota di aggiornamento.',
       'Approvazione del bilancio di previsione finanziario 2026-2028 e relativi allegati.',
       'Conferma delle aliquote dell’Imposta Municipale Propria (IMU) per l’anno 2026.',
       'Approvazione del Piano Economico Finanziario e delle tariffe TARI 2026.',
       'Interrogazione del gruppo consiliare “Trivento Domani” in merito alla viabilità rurale in contrada Codacchio.']
for i, t in enumerate(odg, 1):
    c.setFont('Serif', 10.5); c.drawString(X0 + 10, y, f'{i}.')
    y = tc_par(c, t, X0 + 28, y, TW - 28, 'Serif', 10.5, 13.5) - 3
y -= 8
y = tw_par(c, 'Gli atti relativi agli argomenti iscritti all’ordine del giorno sono depositati presso l’Ufficio di Segreteria e consultabili dai Consiglieri nelle ore d’ufficio, a partire dalla data di notifica del presente avviso. La seduta sarà trasmessa in diretta streaming sul sito istituzionale dell’Ente.', X0, y, TW, 'Serif', 10.5, 14, indent=24) - 22
for t, f in [('IL PRESIDENTE DEL CONSIGLIO COMUNALE', 'Serif-B'), ('Dott. Nicola Di Tullio', 'Serif'), ('(firmato digitalmente)', 'Serif-I')]:
    c.setFont(f, 10.5); c.drawCentredString(X1 - 110, y, t); y -= 14
c.setFont('Sans', 7); c.drawCentredString(CX, 34, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate – Pubblicato all’Albo Pretorio on line n. 176/2026')
c.showPage(); c.save()
