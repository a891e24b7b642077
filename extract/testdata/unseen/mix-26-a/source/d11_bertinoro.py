# D11 Comune (Emilia-Romagna), determinazione (Halley-like print), ReportLab canvas with the base-14 Times and Helvetica
# (WinAnsi, not embedded): premises justified by Tw (word spacing), the dispositive points justified by Tc (character
# spacing), letter-spaced headings (Tc) for the Comune's name, DETERMINAZIONE and D E T E R M I N A
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import *
from reportlab.pdfgen import canvas; from reportlab.lib.pagesizes import A4
W, H = A4; X = 66; TW = W - X - 60
c = canvas.Canvas(os.path.join(OUT, 'determinazione-bertinoro-halley.pdf'), pagesize=A4)
c.setTitle('Determinazione n. 198 del 12/05/2026'); c.setCreator('Halley PA - Atti'); c.setAuthor('SSP02')
T, TB, TI, HB, HV = 'Times-Roman', 'Times-Bold', 'Times-Italic', 'Helvetica-Bold', 'Helvetica'
CX = X + TW / 2
def foot(n):
    c.setFont(HV, 7); c.setFillGray(0.3)
    c.drawString(X, 32, 'Determinazione n. 198 del 12/05/2026 – Settore Servizi alla Persona'); c.drawRightString(X + TW, 32, 'Pag. %d di 2' % n); c.setFillGray(0)
    c.setLineWidth(0.4); c.line(X, 42, X + TW, 42)
c.setLineWidth(0.8); c.rect(X, H - 112, 46, 56); c.setFont(HV, 6); c.drawCentredString(X + 23, H - 86, 'STEMMA')
spaced(c, 'COMUNE DI BERTINORO', X + 60, H - 74, HB, 16, 3.2)
c.setFont(TI, 10.5); c.drawString(X + 60, H - 90, 'Provincia di Forlì-Cesena')
c.setFont(T, 8.5); c.drawString(X + 60, H - 103, 'Piazza della Libertà, 1 – 47032 Bertinoro (FC) – www.comune.bertinoro.fc.it')
c.setLineWidth(1.2); c.line(X, H - 120, X + TW, H - 120)
y = H - 142
c.setFont(HB, 10); c.drawString(X, y, 'SETTORE SERVIZI ALLA PERSONA'); y -= 13
c.setFont(HV, 9.5); c.drawString(X, y, 'Servizio Scuola e Politiche Giovanili'); y -= 26
spaced(c, 'DETERMINAZIONE', 0, y, TB, 14, 4, center=CX); y -= 24
c.setLineWidth(0.6); c.rect(X, y - 24, TW, 34)
c.setFont(TB, 10.5); c.drawString(X + 8, y - 2, 'N. 198 del 12/05/2026'); c.setFont(T, 10); c.drawString(X + 8, y - 16, '(registro generale)')
c.setFont(TB, 10.5); c.drawRightString(X + TW - 8, y - 2, 'N. 41 del 11/05/2026'); c.setFont(T, 10); c.drawRightString(X + TW - 8, y - 16, '(registro del Settore)')
y -= 46
c.setFont(TB, 10.5); c.drawString(X, y, 'OGGETTO:')
subj = 'Centri estivi comunali 2026 – Affidamento del servizio di gestione alla Cooperativa Sociale “Il Cammino” – CIG B9A3C51D20 – Impegno di spesa.'
y = tw_par(c, subj, X + 62, y, TW - 62, TB, 10.5, 13.5) - 14
spaced(c, 'IL RESPONSABILE DEL SETTORE', 0, y, TB, 11, 1.6, center=CX); y -= 20
prem = ['Richiamata la deliberazione della Giunta comunale n. 52 del 16/04/2026, con la quale sono stati approvati gli indirizzi per l’organizzazione dei centri estivi comunali rivolti ai bambini e ai ragazzi dai 3 ai 14 anni per l’estate 2026, presso i plessi scolastici di Bertinoro capoluogo, Santa Maria Nuova e Fratta Terme;',
        'Dato atto che con determinazione n. 141 del 20/04/2026 è stata avviata una procedura negoziata sulla piattaforma telematica SATER dell’Agenzia Intercent-ER, con invito rivolto a cinque operatori economici, da aggiudicarsi secondo il criterio dell’offerta economicamente più vantaggiosa;',
        'Visto il verbale della commissione giudicatrice del 07/05/2026, dal quale risulta prima classificata la Cooperativa Sociale “Il Cammino” di Forlimpopoli, con punti 88,50/100 e un ribasso del 4,20% sull’importo a base di gara;',
        'Verificato il possesso dei requisiti di ordine generale di cui agli artt. 94 e seguenti del D.Lgs. 31 marzo 2023, n. 36, mediante il fascicolo virtuale dell’operatore economico;',
        'Visti il D.Lgs. 18 agosto 2000, n. 267, e in particolare gli artt. 107, 147-bis, 183 e 192, e il decreto sindacale n. 11 del 30/12/2025 di conferimento dell’incarico;']
for s in prem: y = tw_par(c, s, X, y, TW, T, 11, 14, indent=18) - 5
foot(1); c.showPage(); y = H - 70
spaced(c, 'D E T E R M I N A', 0, y, TB, 12, 2.5, center=CX); y -= 22
pts = ['di aggiudicare alla Cooperativa Sociale “Il Cammino”, con sede in Forlimpopoli, via Duca d’Aosta n. 27, C.F. e P.IVA 03017450405, il servizio di gestione dei centri estivi comunali per il periodo dal 15/06/2026 al 04/09/2026, per l’importo di € 118.392,00 oltre IVA al 5%;',
       'di impegnare la spesa complessiva di € 124.311,60 alla Missione 4, Programma 6, capitolo 10460/5 “Centri estivi – prestazioni di servizi” del bilancio di previsione 2026-2028, esercizio 2026;',
       'di dare atto che il contratto sarà stipulato in forma pubblica amministrativa a cura dell’Ufficiale rogante dell’Ente;',
       'di dare atto che il Responsabile unico del progetto è la dott.ssa Cinzia Ravaioli, Responsabile del Servizio Scuola e Politiche Giovanili;',
       'di pubblicare il presente provvedimento all’Albo Pretorio on line e nella sezione “Amministrazione trasparente – Bandi di gara e contratti” ai sensi dell’art. 28 del D.Lgs. 36/2023.']
for i, s in enumerate(pts, 1):
    c.setFont(T, 11); c.drawString(X, y, '%d)' % i); y = tc_par(c, s, X + 20, y, TW - 20, T, 11, 14) - 5
y -= 16
c.setFont(TB, 10.5); c.drawCentredString(X + TW - 110, y, 'IL RESPONSABILE DEL SETTORE'); y -= 14
c.setFont(T, 10.5); c.drawCentredString(X + TW - 110, y, 'Dott. Stefano Zoffoli'); y -= 12
c.setFont(TI, 8.5); c.drawCentredString(X + TW - 110, y, '(firmato digitalmente)'); y -= 36
c.setLineWidth(0.6); c.rect(X, y - 64, TW, 76)
spaced(c, 'VISTO DI REGOLARITÀ CONTABILE', 0, y, TB, 10, 1.2, center=CX); y -= 16
y = tw_par(c, 'Si appone il visto di regolarità contabile attestante la copertura finanziaria ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 2026/1127 di € 124.311,60.', X + 8, y, TW - 16, T, 10, 13) - 4
c.setFont(T, 10); c.drawString(X + 8, y, 'Bertinoro, 12/05/2026'); c.drawRightString(X + TW - 8, y, 'Il Responsabile del Settore Finanziario – Dott.ssa Marta Bazzocchi')
y -= 44
c.setFont(TI, 9.5); c.drawString(X, y, 'Pubblicata all’Albo Pretorio on line dal 18/05/2026 al 02/06/2026 – n. 688 del registro delle pubblicazioni.')
foot(2); c.showPage(); c.save()
