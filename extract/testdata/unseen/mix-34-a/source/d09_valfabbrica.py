# Deliberazione della Giunta Comunale di Valfabbrica in the Halley layout,
# written as a raw PDF whose text layer is awkward though the page looks
# normal: every glyph of the body placed by its own Tm (justified lines),
# letter-spaced headings (Tc), roll as a dotted-leader list, the subject
# after the roll, and the Albo stamp rotated along the left margin.
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from pdfraw import Doc, Stream, wrap, sw

out = sys.argv[1]
doc = Doc(info={'Producer': 'Halley Informatica - Atti Amministrativi', 'Title': 'Delibera G.C. 31/2026'})
W, H = doc.w, doc.h
LM, RM = 78, W - 62
TW = RM - LM
TOTAL = 2


class Flow:
    def __init__(self):
        self.pn = 0
        self.s = None
        self.pages = []
        self.newpage()

    def newpage(self):
        if self.s:
            self.finish()
        self.pn += 1
        self.s = Stream()
        self.y = H - 60
        if self.pn > 1:
            self.s.text(LM, H - 40, 'Comune di Valfabbrica - Deliberazione della Giunta Comunale n. 31 del 11/03/2026',
                        'Helvetica-Oblique', 7.5)
            self.s.line(LM, H - 44, RM, H - 44, 0.3)
            self.y = H - 66

    def finish(self):
        s = self.s
        s.line(LM, 44, RM, 44, 0.3)
        s.text(LM, 34, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005', 'Helvetica', 7)
        p = f'Pag. {self.pn} di {TOTAL}'
        s.text(RM - sw(p, 'Helvetica', 7), 34, p, 'Helvetica', 7)
        # rotated Albo stamp along the left margin
        stamp = ('ALBO PRETORIO ON LINE - Pubblicata dal 12/03/2026 al 27/03/2026 - N. 287 Reg. Pubbl. - '
                 'Comune di Valfabbrica')
        s.raw(f'q 0.45 g BT /F1 7 Tf 0 1 -1 0 40 {H / 2 - sw(stamp, "Helvetica", 7) / 2:.2f} Tm ({stamp}) Tj ET Q')
        s.raw(f'q 0.6 G 0.4 w 30 {H / 2 - 200:.2f} 14 400 re S Q')
        self.pages.append(s.getvalue())
        self.s = None

    def need(self, h):
        if self.y - h < 60:
            self.newpage()

    def para(self, text, font='Times-Roman', size=11, lead=14.2, indent=0, first='', after=4, justify=True):
        lines = wrap(first + text, font, size, TW - indent)
        for i, words in enumerate(lines):
            self.need(lead)
            s = ' '.join(words)
            last = (i == len(lines) - 1)
            extra = 0
            if justify and not last and len(words) > 1:
                extra = (TW - indent - sw(s, font, size)) / (len(words) - 1)
            x = LM + indent
            self.s.glyphs(x, self.y, s, font, size, extra)
            self.y -= lead
        self.y -= after

    def centred(self, text, font='Times-Bold', size=11, tc=0, after=6):
        self.need(16)
        self.s.centred(LM + TW / 2, self.y, text, font, size, tc)
        self.y -= size + after


f = Flow()
s = f.s
# letterhead: stemma placeholder and letter-spaced name
s.rect(LM, H - 98, 38, 46, 0.8)
s.raw(f'q 0.85 g {LM + 4} {H - 94} 30 38 re f Q')
s.centred(LM + 19, H - 78, 'STEMMA', 'Helvetica', 5.5)
s.text(LM + 52, H - 66, 'COMUNE DI VALFABBRICA', 'Times-Bold', 17, tc=5.5)
s.text(LM + 52, H - 82, 'PROVINCIA DI PERUGIA', 'Times-Roman', 9.5, tc=2.0)
s.text(LM + 52, H - 95, 'Piazza San Sebastiano n. 1 - 06029 Valfabbrica (PG) - C.F. 00427540540', 'Helvetica', 7.5)
s.line(LM, H - 106, RM, H - 106, 1.2)
# register box
y0 = H - 170
s.rect(LM, y0, TW, 52, 0.8)
s.line(LM + TW * 0.62, y0, LM + TW * 0.62, y0 + 52, 0.8)
s.text(LM + 10, y0 + 33, 'DELIBERAZIONE DELLA GIUNTA COMUNALE', 'Times-Bold', 12, tc=0.2)
s.text(LM + 10, y0 + 14, 'ORIGINALE', 'Helvetica-Bold', 9, tc=1.5)
s.text(LM + TW * 0.62 + 12, y0 + 33, 'N.   31', 'Times-Bold', 13)
s.text(LM + TW * 0.62 + 12, y0 + 14, 'Data  11/03/2026', 'Times-Bold', 11)
f.y = y0 - 26

f.para('L\'anno duemilaventisei, il giorno undici del mese di marzo, alle ore 12:15, nella Sala delle adunanze '
       'della Residenza municipale, previa osservanza di tutte le formalità prescritte dalla vigente legge, '
       'sono stati convocati a seduta i componenti della Giunta Comunale.', after=6)
f.para('All\'appello risultano:', after=6)
roll = [('MORETTI ALBERTO', 'Sindaco', 'Presente'), ('BRUNELLI FRANCESCA', 'Vice Sindaco', 'Presente'),
        ('CAPORALI SIMONE', 'Assessore', 'Assente'), ('FIORUCCI LAURA', 'Assessore', 'Presente')]
for n, r, p in roll:
    f.need(15)
    y = f.y
    s = f.s
    s.glyphs(LM + 30, y, n, 'Times-Bold', 11)
    x1 = LM + 30 + sw(n, 'Times-Bold', 11) + 4
    s.text(x1, y, '.' * int((LM + 228 - x1) / sw('.', 'Times-Roman', 11)), 'Times-Roman', 11)
    s.glyphs(LM + 232, y, r, 'Times-Roman', 11)
    x2 = LM + 232 + sw(r, 'Times-Roman', 11) + 4
    s.text(x2, y, '.' * int((LM + 350 - x2) / sw('.', 'Times-Roman', 11)), 'Times-Roman', 11)
    s.glyphs(LM + 354, y, p, 'Times-Roman', 11)
    f.y -= 15
f.y -= 2
f.para('Presenti: 3          Assenti: 1', font='Times-Bold', indent=30, after=8, justify=False)
f.para('Assume la presidenza il Sig. Alberto Moretti, nella sua qualità di Sindaco. Partecipa il Segretario '
       'Comunale Dott.ssa Patrizia Scarponi, che provvede alla redazione del presente verbale.', after=4)
f.para('Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita i '
       'convenuti a deliberare sull\'oggetto sotto indicato:', after=8)
# subject after the roll, boxed
subj = ('Approvazione schema di convenzione con l\'Associazione “Pro Loco Valfabbrica” per la gestione del Centro '
        'di aggregazione giovanile di Casa Castalda – anni 2026/2027.')
lines = wrap(subj, 'Times-Bold', 11, TW - 80)
bh = 14 * len(lines) + 10
f.need(bh + 10)
f.s.rect(LM, f.y - bh + 12, TW, bh, 0.8)
f.s.text(LM + 8, f.y, 'OGGETTO:', 'Times-Bold', 11)
for words in lines:
    f.s.glyphs(LM + 72, f.y, ' '.join(words), 'Times-Bold', 11)
    f.y -= 14
f.y -= 16
f.centred('LA GIUNTA COMUNALE', tc=2.5, after=8)
for t in [
    'PREMESSO che il Comune di Valfabbrica è proprietario dell\'immobile sito in Casa Castalda, Via del Castello '
    'n. 4, destinato a Centro di aggregazione giovanile, e che intende garantirne l\'apertura e l\'animazione '
    'mediante la collaborazione con soggetti del Terzo settore operanti sul territorio;',
    'VISTA la proposta di collaborazione presentata dall\'Associazione “Pro Loco Valfabbrica”, acquisita al '
    'protocollo dell\'Ente al n. 1842 del 20/02/2026, che prevede l\'apertura del Centro per almeno tre pomeriggi '
    'settimanali e l\'organizzazione di laboratori rivolti ai ragazzi dagli 11 ai 17 anni;',
    'RICHIAMATI l\'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore) e il Regolamento comunale '
    'per la concessione di contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale '
    'n. 17 del 28/05/2019;',
    'DATO ATTO che l\'onere a carico del Comune è quantificato in € 4.500,00 annui, quale rimborso delle spese '
    'documentate, con imputazione alla Missione 12, Programma 01 del bilancio di previsione 2026/2028;',
    'ACQUISITI i pareri favorevoli in ordine alla regolarità tecnica e contabile espressi ai sensi dell\'art. 49 '
    'del D.Lgs. 18 agosto 2000, n. 267 dal Responsabile dell\'Area Amministrativa e dal Responsabile dell\'Area '
    'Economico-Finanziaria;',
    'CON VOTI unanimi favorevoli, resi nelle forme di legge;',
]:
    f.para(t)
f.y -= 4
f.need(60)
f.centred('D E L I B E R A', after=8)
for i, t in enumerate([
    'di approvare lo schema di convenzione con l\'Associazione “Pro Loco Valfabbrica” per la gestione del Centro '
    'di aggregazione giovanile di Casa Castalda per gli anni 2026 e 2027, allegato al presente atto quale parte '
    'integrante e sostanziale;',
    'di autorizzare il Responsabile dell\'Area Amministrativa alla sottoscrizione della convenzione;',
    'di dare atto che la spesa complessiva di € 9.000,00 (€ 4.500,00 per ciascuna annualità) trova copertura alla '
    'Missione 12, Programma 01, capitolo 1912/2 del bilancio di previsione 2026/2028;',
    'di disporre che l\'Associazione presenti entro il 31 gennaio di ogni anno una relazione sull\'attività svolta '
    'e il rendiconto delle spese sostenute;',
    'di trasmettere la presente deliberazione in elenco ai Capigruppo consiliari, ai sensi dell\'art. 125 del '
    'D.Lgs. n. 267/2000.',
], 1):
    # the number is placed in the hanging indent, in its own text object
    f.need(14.2)
    f.s.text(LM + 4, f.y, f'{i})', 'Times-Roman', 11)
    f.para(t, indent=22, first='')
f.y -= 4
f.para('Inoltre, LA GIUNTA COMUNALE, con separata votazione unanime favorevole, stante l\'urgenza di consentire '
       'l\'apertura del Centro dal 1° aprile 2026, DELIBERA di dichiarare il presente atto immediatamente '
       'eseguibile, ai sensi dell\'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.', after=14)
f.para('Letto, confermato e sottoscritto.', after=12)
f.need(60)
s = f.s
s.centred(LM + TW * 0.25, f.y, 'IL SINDACO', 'Times-Bold', 11, tc=1)
s.centred(LM + TW * 0.75, f.y, 'IL SEGRETARIO COMUNALE', 'Times-Bold', 11, tc=1)
f.y -= 15
s.centred(LM + TW * 0.25, f.y, 'Alberto Moretti', 'Times-Roman', 11)
s.centred(LM + TW * 0.75, f.y, 'Dott.ssa Patrizia Scarponi', 'Times-Roman', 11)
f.y -= 12
s.centred(LM + TW * 0.25, f.y, '(firmato digitalmente)', 'Times-Italic', 8.5)
s.centred(LM + TW * 0.75, f.y, '(firmato digitalmente)', 'Times-Italic', 8.5)
f.finish()
assert len(f.pages) == TOTAL, len(f.pages)
for p in f.pages:
    doc.page(p)
doc.save(out)
