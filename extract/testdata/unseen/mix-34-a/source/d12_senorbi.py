# Avviso di deposito of the Comune di Senorbì (an unnumbered notice) as the
# Zuddas "Albo" module prints it, written as a raw PDF: the letterhead, the
# running foot and the protocol stamp are Form XObjects reused on each page;
# the body is justified with Tw (word spacing) and, in the numbered list, with
# Tc (character spacing); the title is letter-spaced and drawn line by line.
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from pdfraw import Doc, Stream, wrap, sw, esc, FONTNAME

out = sys.argv[1]
doc = Doc(info={'Producer': 'Zuddas Albo Pretorio - PDF engine 3.1', 'Title': 'Avviso deposito Variante 4 PUC'})
W, H = doc.w, doc.h
LM, RM = 70, W - 64
TW = RM - LM

# letterhead form
lh = Stream()
lh.raw('q 0.15 0.35 0.6 rg 0 0 6 58 re f Q')
lh.text(16, 40, 'COMUNE DI SENORBÌ', 'Times-Bold', 19, tc=1.2)
lh.text(16, 24, 'Provincia del Sud Sardegna', 'Times-Italic', 10.5)
lh.text(16, 10, 'Via Carlo Sanna n. 1 - 09040 Senorbì (SU) - C.F. 80009730926 - protocollo@pec.comune.senorbi.ca.it',
        'Helvetica', 7.2)
lh.line(0, 0, TW, 0, 0.9)
doc.xobject('Head', lh.getvalue(), (0, -2, TW, 60))

# running foot form
ft = Stream()
ft.line(0, 16, TW, 16, 0.3)
ft.text(0, 6, 'Comune di Senorbì - Area Tecnica - Servizio Urbanistica ed Edilizia Privata - tel. 070 9809231',
        'Helvetica', 7)
doc.xobject('Foot', ft.getvalue(), (0, 0, TW, 20))

# protocol stamp form (drawn once, top right of page 1)
pr = Stream()
pr.rect(0, 0, 150, 34, 0.7)
pr.text(6, 22, 'Prot. n. 2291', 'Helvetica-Bold', 9)
pr.text(6, 9, 'del 12/03/2026', 'Helvetica', 9)
pr.text(96, 15, 'Cat. 6.1', 'Helvetica', 7)
doc.xobject('Prot', pr.getvalue(), (0, 0, 150, 34))


class Flow:
    def __init__(self):
        self.pages, self.s, self.pn = [], None, 0
        self.newpage()

    def newpage(self):
        if self.s:
            self.finish()
        self.pn += 1
        self.s = Stream()
        self.s.do('Head', LM, H - 96)
        self.y = H - 124

    def finish(self):
        self.s.do('Foot', LM, 30)
        self.pages.append(self.s)
        self.s = None

    def need(self, h):
        if self.y - h < 64:
            self.newpage()

    def para(self, text, font='Times-Roman', size=11, lead=14.6, indent=0, after=5, mode='tw', label=None):
        lines = wrap(text, font, size, TW - indent)
        for i, words in enumerate(lines):
            self.need(lead)
            s = ' '.join(words)
            last = i == len(lines) - 1
            gap = TW - indent - sw(s, font, size)
            tw = tc = 0
            if not last:
                if mode == 'tw' and len(words) > 1:
                    tw = gap / (len(words) - 1)
                elif mode == 'tc':
                    tc = gap / max(1, len(s) - 1)
            if label and i == 0:
                self.s.text(LM, self.y, label, font, size)
            self.s.raw(f'BT /{FONTNAME[font]} {size} Tf {tc:.4f} Tc {tw:.4f} Tw 1 0 0 1 {LM + indent:.2f} {self.y:.2f} Tm '
                       f'({esc(s)}) Tj ET')
            self.y -= lead
        self.y -= after


f = Flow()
f.s.do('Prot', RM - 150, H - 150)
f.s.text(LM, H - 134, 'AREA TECNICA', 'Helvetica-Bold', 10)
f.s.text(LM, H - 147, 'Servizio Urbanistica ed Edilizia Privata', 'Helvetica', 10)
f.y = H - 190
title = ['AVVISO DI DEPOSITO DELLA VARIANTE N. 4', 'AL PIANO URBANISTICO COMUNALE (PUC)',
         'ADOTTATA CON DELIBERAZIONE DEL CONSIGLIO', 'COMUNALE N. 7 DEL 26/02/2026']
for t in title:
    f.s.centred(LM + TW / 2, f.y, t, 'Times-Bold', 12.5, tc=1.6)
    f.y -= 16
f.y -= 10
f.s.centred(LM + TW / 2, f.y, 'IL RESPONSABILE DELL\'AREA TECNICA', 'Times-Bold', 11)
f.y -= 20
for t in [
    'Visti la legge regionale 22 dicembre 1989, n. 45, e in particolare l\'art. 20, come sostituito dalla legge '
    'regionale 3 luglio 2017, n. 11, recante norme per l\'uso e la tutela del territorio regionale;',
    'Vista la deliberazione del Consiglio Comunale n. 7 del 26/02/2026, esecutiva ai sensi di legge, con la quale è '
    'stata adottata la variante n. 4 al Piano Urbanistico Comunale, relativa alla riperimetrazione della zona '
    'omogenea D2 "Su Cuccuru" e all\'aggiornamento delle norme tecniche di attuazione per le zone agricole E;',
]:
    f.para(t)
f.y -= 2
f.s.centred(LM + TW / 2, f.y, 'R E N D E   N O T O', 'Times-Bold', 11)
f.y -= 20
f.para('che la deliberazione di adozione, unitamente agli elaborati della variante e al rapporto ambientale '
       'preliminare, è depositata a libera visione del pubblico presso l\'Ufficio Tecnico comunale, in Via Carlo '
       'Sanna n. 1, per sessanta giorni consecutivi decorrenti dalla data di pubblicazione del presente avviso sul '
       'Bollettino Ufficiale della Regione Autonoma della Sardegna (BURAS), nei seguenti orari:')
for i, t in enumerate([
    'dal lunedì al venerdì, dalle ore 10:00 alle ore 13:00;',
    'il martedì e il giovedì pomeriggio, dalle ore 16:00 alle ore 18:00, previo appuntamento telefonico;',
    'in consultazione telematica, nella sezione "Amministrazione trasparente - Pianificazione e governo del '
    'territorio" del sito istituzionale www.comune.senorbi.ca.it.',
], 1):
    f.para(t, indent=22, mode='tc', label=f'{chr(96 + i)})', after=3)
f.y -= 3
f.para('La variante adottata è costituita dai seguenti elaborati:', after=3)
for i, t in enumerate([
    'Tav. 1 - Relazione illustrativa e quadro conoscitivo;',
    'Tav. 2 - Norme tecniche di attuazione: testo vigente e testo variato a confronto;',
    'Tav. 3 - Zonizzazione del territorio extraurbano, scala 1:10.000, stato vigente;',
    'Tav. 4 - Zonizzazione del territorio extraurbano, scala 1:10.000, stato di variante;',
    'Tav. 5 - Zona D2 "Su Cuccuru": perimetrazione e planovolumetrico, scala 1:2.000;',
    'Tav. 6 - Rapporto preliminare di assoggettabilità a VAS (art. 12 D.Lgs. 152/2006);',
    'Tav. 7 - Studio di compatibilità idraulica e geologica-geotecnica (art. 8, comma 2, N.A. del PAI);',
    'Tav. 8 - Verifica di coerenza con il Piano Paesaggistico Regionale.',
], 1):
    f.para(t, indent=22, mode='tc', label='-', after=2)
f.y -= 3
f.para('Entro il termine di sessanta giorni dalla pubblicazione sul BURAS chiunque può prendere visione degli atti e '
       'presentare osservazioni in forma scritta, indirizzate al Comune di Senorbì - Area Tecnica, mediante consegna '
       'all\'Ufficio Protocollo ovvero a mezzo posta elettronica certificata all\'indirizzo '
       'protocollo@pec.comune.senorbi.ca.it, indicando nell\'oggetto "Osservazioni Variante n. 4 al PUC".')
f.para('Il presente avviso è pubblicato all\'Albo Pretorio on line del Comune, sul sito istituzionale, sul BURAS e '
       'mediante affissione di manifesti nei luoghi di maggiore frequentazione del territorio comunale.')
f.para('Responsabile del procedimento: Geom. Efisio Melis - tel. 070 9809231 - e-mail: urbanistica@comune.senorbi.ca.it.')
f.y -= 8
f.need(70)
f.s.text(LM, f.y, 'Senorbì, 12/03/2026', 'Times-Roman', 11)
f.y -= 24
cx = LM + TW * 0.72
f.s.centred(cx, f.y, 'IL RESPONSABILE DELL\'AREA TECNICA', 'Times-Bold', 10.5)
f.s.centred(cx, f.y - 14, 'Ing. Stefania Orrù', 'Times-Roman', 11)
f.s.centred(cx, f.y - 27, '(documento firmato digitalmente)', 'Times-Italic', 8.5)
f.finish()
N = len(f.pages)
for i, st in enumerate(f.pages, 1):
    pg = f'pag. {i}/{N}'
    st.text(RM - sw(pg, 'Helvetica', 7), 36, pg, 'Helvetica', 7)
    doc.page(st.getvalue())
doc.save(out)
