"""Contursi Terme: determinazione of the Area Tecnica, written as a hand-made
PostScript program (word spacing by widthshow, letter-spaced headings by
ashow, a letterhead form drawn after the page body, a stamp rotated up the
left margin). ps2pdf makes the PDF."""
import sys
from pslib import Flow, Page, document, pstr
import contursi_style as st

SUBJ = ("Affidamento diretto, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, "
        "del servizio di sfalcio e diserbo delle aree verdi e delle banchine stradali comunali "
        "per la stagione estiva 2028 alla ditta Verde Sele s.r.l. \u2013 CIG B3A7D52E10 \u2013 "
        "Impegno di spesa.")

PREMESSE = [
    ("Premesso che con decreto sindacale n. 4 del 02/01/2028 il sottoscritto \u00e8 stato nominato "
     "Responsabile dell'Area Tecnica, con attribuzione delle funzioni di cui all'art. 107 del "
     "D.Lgs. 18 agosto 2000, n. 267;"),
    ("Richiamate la deliberazione del Consiglio Comunale n. 9 del 28/02/2028, dichiarata "
     "immediatamente eseguibile, con la quale \u00e8 stato approvato il bilancio di previsione "
     "finanziario 2028/2030, e la deliberazione della Giunta Comunale n. 31 del 14/03/2028, di "
     "approvazione del Piano Esecutivo di Gestione 2028/2030;"),
    ("Considerato che nel periodo estivo occorre assicurare lo sfalcio dell'erba e il diserbo delle "
     "aree verdi comunali, delle aiuole e delle banchine delle strade comunali esterne, anche ai "
     "fini della prevenzione degli incendi e del decoro urbano, e che l'Ente non dispone di "
     "personale e mezzi sufficienti a svolgere il servizio in amministrazione diretta;"),
    ("Dato atto che, a seguito di indagine informale di mercato, \u00e8 stato richiesto un preventivo "
     "alla ditta Verde Sele s.r.l., con sede in Contursi Terme alla via Provinciale n. 48, "
     "P.IVA 05873120652, iscritta sulla piattaforma di approvvigionamento digitale utilizzata "
     "dall'Ente, la quale ha offerto l'importo di \u20ac 18.400,00 oltre IVA al 22%, per complessivi "
     "\u20ac 22.448,00, ritenuto congruo in rapporto ai prezzi di mercato;"),
    ("Accertata la regolarit\u00e0 contributiva della ditta mediante DURC prot. INAIL_43817266 con "
     "scadenza 09/10/2028 e verificata l'assenza di cause di esclusione di cui agli artt. 94 e "
     "seguenti del D.Lgs. n. 36/2023;"),
    ("Attestata, ai sensi dell'art. 147-bis del D.Lgs. n. 267/2000, la regolarit\u00e0 tecnica e la "
     "correttezza dell'azione amministrativa e dato atto dell'insussistenza di situazioni di "
     "conflitto di interessi, anche potenziale, ai sensi dell'art. 6-bis della Legge n. 241/1990;"),
    ("Visti il D.Lgs. n. 267/2000, il D.Lgs. n. 36/2023, lo Statuto comunale e il vigente "
     "Regolamento comunale di contabilit\u00e0;"),
]

POINTS = [
    ("di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, alla ditta "
     "Verde Sele s.r.l. il servizio di sfalcio e diserbo delle aree verdi e delle banchine stradali "
     "comunali per la stagione estiva 2028, per l'importo di \u20ac 18.400,00 oltre IVA al 22%;"),
    ("di impegnare la somma complessiva di \u20ac 22.448,00 al capitolo 1254/3 \u201cManutenzione verde "
     "pubblico \u2013 prestazioni di servizi\u201d del bilancio 2028/2030, esercizio 2028, dando atto "
     "che l'obbligazione \u00e8 esigibile entro il 31/12/2028;"),
    ("di dare atto che il CIG attribuito alla procedura \u00e8 B3A7D52E10 e che il Responsabile Unico "
     "del Progetto \u00e8 il geom. Nicola Guarino, dipendente dell'Area Tecnica;"),
    ("di trasmettere il presente provvedimento all'Area Finanziaria per il visto di regolarit\u00e0 "
     "contabile attestante la copertura finanziaria e di disporne la pubblicazione all'Albo "
     "Pretorio on line per quindici giorni consecutivi."),
]

FOOT = 'Determinazione Area Tecnica \u2013 Reg. Gen. n. 412 del 18/07/2028'


def build():
    f = Flow(top=735, bottom=70, x=62, w=483, first_top=640)
    p0 = f.pg
    st.office_and_box(p0, 'AREA TECNICA', ['Servizio Lavori Pubblici e Manutenzioni'],
                      [('DETERMINAZIONE', 'F2'), ('Reg. Gen. N. 412 del 18/07/2028', 'F1'),
                       ('Reg. Settore N. 96 del 17/07/2028', 'F1')])
    p0.spaced(303, 668, "DETERMINAZIONE DEL RESPONSABILE DELL'AREA", 'F2', 11, 2.2, center=True)
    f.para(SUBJ, 'F2', 11, 14, hang=62, label='OGGETTO:', label_font='F2', after=10)
    f.pg.line(62, f.y + 8, 545, f.y + 8, 0.4)
    f.skip(6)
    f.center("IL RESPONSABILE DELL'AREA TECNICA", 'F2', 11, 14, after=4)
    for t in PREMESSE:
        f.para(t, 'F1', 11, 14, indent=18, after=3)
    f.skip(4)
    f.center('DETERMINA', 'F2', 12, 14, track=4, after=6)
    for i, t in enumerate(POINTS, 1):
        f.para(t, 'F1', 11, 14, hang=18, label='%d.' % i, label_font='F1', after=3)
    f.skip(10)
    f.need(120)
    p = f.pg
    y = f.y
    p.text(62, y, 'VISTO DI REGOLARIT\u00c0 CONTABILE', 'F2', 9)
    p.text(62, y - 12, 'attestante la copertura finanziaria (art. 183, c. 7, D.Lgs. 267/2000)', 'F1', 9)
    p.text(62, y - 24, 'Impegno n. 733/2028 \u2013 Cap. 1254/3', 'F1', 9)
    p.text(62, y - 42, "IL RESPONSABILE DELL'AREA FINANZIARIA", 'F2', 9)
    p.text(62, y - 54, 'rag. Anna D\'Ambrosio', 'F1', 10)
    p.center(440, y, "IL RESPONSABILE DELL'AREA TECNICA", 'F2', 10)
    p.center(440, y - 14, 'ing. Carmine Russomando', 'F1', 11)
    p.center(440, y - 28, '(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)', 'F3', 8)
    pages = []
    tot = len(f.pages)
    for n, pg in enumerate(f.pages, 1):
        ps = []
        foot = Page()
        st.foot(foot, FOOT, n, tot)
        ps.append(foot.body())          # the foot first
        ps.append(pg.body())            # then the body
        # the publication stamp up the left margin, on the first page
        if n == 1:
            ps.append('gsave 30 250 translate 90 rotate 0.8 setlinewidth 0 -4 330 16 R '
                      '/F5 7.5 ft 6 2 moveto %s show grestore'
                      % pstr("PUBBLICATA ALL'ALBO PRETORIO ON LINE IL 18/07/2028 \u2013 REG. PUBBL. N. 781"))
        ps.append('ContursiHead execform')   # the letterhead last
        pages.append('\n'.join(ps))
    return document('Asmenet Atti - modulo stampa determine', 'DET_AT_412_2028', pages, st.forms())


if __name__ == '__main__':
    open(sys.argv[1], 'w', encoding='latin-1').write(build())
