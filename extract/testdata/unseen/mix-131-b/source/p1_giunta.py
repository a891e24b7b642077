"""Pedaso: Giunta deliberation 58/2028, printed by a package's own print
module as a PostScript program: grid and roll set cell by cell with
moveto/show, prose justified by widthshow, headings letter-spaced by ashow,
the letterhead and the foot kept as forms (Form XObjects after ps2pdf), the
foot drawn before the page and the letterhead after it."""
import sys
from pslib import Flow, Page, document, pstr, width, wrap
import pedaso_style as st

SUBJ = ("Stagione balneare 2028. Approvazione del piano di utilizzo delle spiagge libere e del "
        "servizio di salvataggio. Indirizzi al Responsabile dell'Area Tecnica.")
ROLL = [('VESPRINI Alessandro', 'Sindaco', True), ('CONCETTI Laura', 'Vicesindaco', True),
        ('MARZIALI Daniele', 'Assessore', True)]
FOOT = 'Deliberazione della Giunta Comunale n. 58 del 13/07/2028'

PREMESSE = [
    "Premesso che il Comune di Pedaso, ai sensi della Legge Regionale delle Marche n. 7/2004 e "
    "del Piano di utilizzo delle aree del demanio marittimo, esercita le funzioni amministrative "
    "in materia di demanio marittimo con finalit\u00e0 turistico-ricreative;",
    "Considerato che lungo il litorale comunale sono presenti tratti di spiaggia libera "
    "intercalati alle concessioni demaniali, per i quali occorre assicurare, durante la stagione "
    "balneare, la pulizia, l'accessibilit\u00e0 anche da parte delle persone con disabilit\u00e0 e "
    "il servizio di assistenza e salvataggio, secondo l'ordinanza di sicurezza balneare della "
    "Capitaneria di Porto di San Benedetto del Tronto;",
    "Visto il piano di utilizzo delle spiagge libere per la stagione 2028 predisposto "
    "dall'Area Tecnica, che individua quattro postazioni di salvataggio, due passerelle per "
    "l'accesso al mare e le aree riservate agli animali d'affezione, con una spesa stimata di "
    "\u20ac 38.500,00;",
    "Vista la proposta di deliberazione n. 63 del 10/07/2028 dell'Area Tecnica;",
    "Acquisiti i pareri favorevoli di regolarit\u00e0 tecnica e contabile resi ai sensi "
    "dell'art. 49 del D.Lgs. n. 267/2000, riportati in calce al presente atto;",
]
POINTS = [
    "di approvare il piano di utilizzo delle spiagge libere e del servizio di salvataggio per "
    "la stagione balneare 2028, conservato agli atti dell'Area Tecnica;",
    "di stabilire che il servizio di salvataggio sia assicurato dal 15 luglio al 10 settembre "
    "2028, tutti i giorni dalle ore 9:00 alle ore 19:00, presso le quattro postazioni individuate "
    "dal piano;",
    "di demandare al Responsabile dell'Area Tecnica l'affidamento del servizio e l'adozione "
    "dei conseguenti impegni di spesa, entro il limite di \u20ac 38.500,00, con imputazione al "
    "capitolo 1756/2 del bilancio 2028/2030, esercizio 2028;",
    "di dare atto che il piano sar\u00e0 pubblicato sul sito istituzionale e affisso presso gli "
    "accessi alle spiagge libere.",
]


def build():
    f = Flow(top=770, bottom=72, x=52, w=491, first_top=540)
    p = f.pg
    p.spaced(545 - width('ORIGINALE', 'F5', 11) - 8 * 3.5, 800, 'ORIGINALE', 'F5', 11, 3.5)
    # the grid with kind, number, date and proposal
    y0 = 740
    st.cell(p, 52, y0, 491, 20, 'DELIBERAZIONE DELLA GIUNTA COMUNALE', 'F5', 11, 'c')
    st.cell(p, 52, y0 - 18, 150, 18, 'Numero', 'F4', 9)
    st.cell(p, 202, y0 - 18, 150, 18, 'Data', 'F4', 9)
    st.cell(p, 352, y0 - 18, 191, 18, 'Ufficio proponente', 'F4', 9)
    st.cell(p, 52, y0 - 38, 150, 20, '58', 'F5', 11, 'c')
    st.cell(p, 202, y0 - 38, 150, 20, '13/07/2028', 'F5', 11, 'c')
    st.cell(p, 352, y0 - 38, 191, 20, 'AREA TECNICA', 'F5', 10, 'c')
    p.text(52, y0 - 52, 'Proposta n. 63 del 10/07/2028', 'F8', 8)
    # subject box
    lines = wrap(SUBJ, 'F5', 10, 420)
    h = 14 * len(lines) + 10
    top = y0 - 62
    p.rect(52, top - h, 491, h, 0.8)
    p.text(58, top - 15, 'Oggetto:', 'F5', 10)
    yy = top - 15
    for ln in lines:
        p.text(115, yy, ln, 'F5', 10)
        yy -= 14
    y = top - h - 22
    mlines = wrap(
            "L'anno duemilaventotto il giorno tredici del mese di luglio alle ore 13:00 nella Sala "
            "delle adunanze della Sede Comunale, previa l'osservanza di tutte le formalit\u00e0 "
            "prescritte dalla vigente normativa, vennero oggi convocati a seduta i componenti della "
            "Giunta Comunale. All'appello risultano:", 'F1', 11, 491)
    for i, ln in enumerate(mlines):
        p.justify(52, y, ln, 'F1', 11, 491, last=(i == len(mlines) - 1))
        y -= 14
    # the roll: two members per row, cells set one by one
    y -= 10
    cols = [(52, 100, 'Cognome e Nome'), (152, 62, 'Carica'), (214, 41, 'Presente'), (255, 41, 'Assente')]
    cols2 = [(x + 246, w, t) for x, w, t in cols]
    for x, w, t in cols + cols2:
        p.add('0.9 setgray %.2f %.2f %.2f 16 rectfill 0 setgray' % (x, y - 4, w))
        st.cell(p, x, y - 4, w, 16, t, 'F5', 7.5, 'c')
    y -= 18
    for k in range(0, len(ROLL), 2):
        pair = ROLL[k:k + 2]
        for j, cs in enumerate((cols, cols2)):
            m = pair[j] if j < len(pair) else None
            vals = [m[0], m[1], 'X' if m[2] else '', '' if m[2] else 'X'] if m else ['', '', '', '']
            for (x, w, _), v in zip(cs, vals):
                st.cell(p, x, y - 4, w, 16, v, 'F4', 8.5, 'c' if w < 50 else 'l')
        y -= 16
    p.right(543, y - 6, 'Presenti n. 3     Assenti n. 0', 'F5', 9)
    y -= 30
    f.y = y
    f.para("Partecipa il Segretario Comunale dott.ssa Paola Traini, la quale provvede alla "
           "redazione del presente verbale. Essendo legale il numero degli intervenuti, l'avv. "
           "Alessandro Vesprini, nella sua qualit\u00e0 di Sindaco, assume la presidenza e dichiara "
           "aperta la seduta per la trattazione dell'oggetto sopra indicato.", after=10)
    f.center('LA GIUNTA COMUNALE', 'F2', 11, 14, track=1.5, after=6)
    for t in PREMESSE:
        f.para(t, indent=20, after=3)
    f.para("Con voti unanimi favorevoli, resi nelle forme di legge;", after=6)
    f.center('DELIBERA', 'F2', 12, 14, track=5, after=6)
    for i, t in enumerate(POINTS, 1):
        f.para(t, hang=20, label='%d.' % i, after=3)
    f.para("Inoltre, con separata votazione unanime, la Giunta Comunale dichiara il presente "
           "atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, "
           "stante l'avvio della stagione balneare.", after=14)
    f.need(90)
    p = f.pg
    p.text(52, f.y, 'Letto, approvato e sottoscritto', 'F3', 10)
    y = f.y - 24
    p.center(170, y, 'IL PRESIDENTE', 'F5', 9)
    p.center(425, y, 'IL SEGRETARIO COMUNALE', 'F5', 9)
    p.center(170, y - 14, 'avv. Alessandro Vesprini', 'F1', 11)
    p.center(425, y - 14, 'dott.ssa Paola Traini', 'F1', 11)
    p.center(170, y - 26, '(firmato digitalmente)', 'F3', 8)
    p.center(425, y - 26, '(firmato digitalmente)', 'F3', 8)
    f.y = y - 50
    f.need(110)
    p = f.pg
    y = f.y
    p.spaced(52, y, 'PARERI (art. 49 D.Lgs. 267/2000)', 'F5', 9, 1)
    y -= 10
    for lab, who, role in [('Regolarit\u00e0 tecnica: FAVOREVOLE', 'geom. Roberto Ciarrocchi',
                            "Il Responsabile dell'Area Tecnica"),
                           ('Regolarit\u00e0 contabile: FAVOREVOLE', 'rag. Elisa Pompei',
                            "Il Responsabile dell'Area Finanziaria")]:
        st.cell(p, 52, y - 34, 491, 34)
        p.text(58, y - 14, lab, 'F5', 9)
        p.text(58, y - 27, 'Data 10/07/2028', 'F4', 8.5)
        p.center(430, y - 14, role, 'F4', 8.5)
        p.center(430, y - 27, who, 'F4', 9)
        y -= 34
    pages = []
    tot = len(f.pages)
    forms = st.forms() + st.foot_form('PedasoFoot', FOOT)
    for n, pg in enumerate(f.pages, 1):
        ps = ['PedasoFoot execform']
        num = Page()
        num.right(545, 36, 'Pag. %d di %d' % (n, tot), 'F8', 7.5)
        ps.append(num.body())
        if n > 1:
            rh = Page()
            rh.right(545, 805, 'Comune di Pedaso \u2013 Delibera G.C. n. 58/2028', 'F8', 8)
            rh.line(50, 798, 545, 798, 0.3)
            ps.append(rh.body())
        ps.append(pg.body())
        if n == 1:
            ps.append('PedasoHead execform')
        pages.append('\n'.join(ps))
    return document('Halley Atti - Stampa deliberazione', 'DELGC_58_2028', pages, forms)


if __name__ == '__main__':
    open(sys.argv[1], 'w', encoding='latin-1').write(build())
