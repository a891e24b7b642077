"""La Morra: determinazione of the Area Tecnica as the package's 80-column
report, sent to the PDF printer through a line-printer emulation that places
every glyph on its own (moveto/show per character, spaces never drawn) on a
grid slightly wider than Courier's own advance. Hand-written PostScript
program; ps2pdf makes the PDF."""
import sys
from lamorra_text import header, subject, justify, center, points, signatures
from pslib import PROLOG, pstr

SUBJ = ("LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA SCUOLA PRIMARIA DEL "
        "CAPOLUOGO - APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE DEL "
        "SALDO ALLA DITTA EDILCOPERTURE LANGHE S.N.C. - CUP D47H27001230004 - CIG B1F2A4C7D9")

PITCH, LEAD, LEFT, TOP, PER_PAGE = 6.12, 12.24, 52, 790, 58


def text():
    L = []
    L += header('ORIGINALE', ['AREA TECNICA', 'Servizio Manutenzioni e Patrimonio'],
                [('REG. GENERALE N.', '197'), ('DEL', '21/07/2028'),
                 ('REG. AREA N.', '58'), ('DEL', '20/07/2028')])
    L.append(center("DETERMINAZIONE DEL RESPONSABILE DELL'AREA TECNICA"))
    L.append('')
    L += subject(SUBJ)
    L.append('')
    L.append(center("IL RESPONSABILE DELL'AREA TECNICA"))
    L.append('')
    for t in [
        "RICHIAMATA la propria determinazione n. 412 del 28/11/2027 (Reg. Area n. 121), con la "
        "quale i lavori di manutenzione straordinaria della copertura della scuola primaria del "
        "capoluogo sono stati affidati alla ditta EDILCOPERTURE LANGHE S.N.C., con sede in Alba, "
        "P.IVA 03318270046, per l'importo di euro 58.760,00 oltre IVA al 10%;",
        "VISTO il verbale di consegna dei lavori in data 08/04/2028 e il certificato di "
        "ultimazione dei lavori in data 26/06/2028;",
        "VISTO lo stato finale dei lavori e il certificato di regolare esecuzione redatti dal "
        "Direttore dei Lavori, Arch. BOSIO Carla, in data 10/07/2028, dai quali risulta un "
        "credito residuo dell'impresa di euro 6.476,00 oltre IVA, per complessivi euro 7.123,60;",
        "VISTA la fattura elettronica n. 37/PA del 14/07/2028 e accertata la regolarita' "
        "contributiva dell'impresa (DURC prot. INPS_41560233, scadenza 02/11/2028);",
        "VISTI il D.Lgs. n. 267/2000, il D.Lgs. n. 36/2023 e il relativo Allegato II.14;",
    ]:
        L += justify(t, first=3)
    L.append('')
    L.append(center('D E T E R M I N A'))
    L.append('')
    L += points([
        "DI APPROVARE lo stato finale dei lavori e il certificato di regolare esecuzione "
        "redatto in data 10/07/2028 dal Direttore dei Lavori;",
        "DI LIQUIDARE alla ditta EDILCOPERTURE LANGHE S.N.C. la somma di euro 7.123,60, IVA "
        "compresa, a saldo dei lavori, a valere sull'impegno n. 904/2027, capitolo 2040/3;",
        "DI SVINCOLARE la garanzia definitiva prestata dall'impresa, ai sensi dell'art. 117 "
        "del D.Lgs. n. 36/2023;",
        "DI DARE ATTO che il presente provvedimento e' pubblicato all'Albo Pretorio on line e "
        "nella sezione Amministrazione Trasparente del sito istituzionale.",
    ])
    L.append('')
    L.append('La Morra, li 21/07/2028')
    L.append('')
    L += signatures(['', ''], ["IL RESPONSABILE DELL'AREA TECNICA", 'F.to Geom. RINALDI Andrea'])
    L.append('')
    L.append('-' * 80)
    L.append(center("VISTO DI REGOLARITA' CONTABILE"))
    L += justify("Visto di regolarita' contabile attestante la copertura finanziaria ai sensi "
                 "dell'art. 183, comma 7, del D.Lgs. n. 267/2000.")
    L += signatures(['La Morra, li 21/07/2028', ''],
                    ["IL RESPONSABILE DELL'AREA FINANZIARIA", 'F.to Rag. GHISOLFI Franca'])
    return L


def glyphs(line, y, bold=False):
    out = ['/F7 10 ft' if bold else '/F6 10 ft']
    for i, ch in enumerate(line):
        if ch != ' ':
            out.append('%.2f %.2f moveto %s show' % (LEFT + i * PITCH, y, pstr(ch)))
    return '\n'.join(out)


def build():
    lines = text()
    pages = [lines[i:i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]
    ps = [PROLOG.format(creator='SIPAL ATTI - Stampa su emulazione stampante di linea',
                        title='DETAT_197_2028')]
    for n, pl in enumerate(pages, 1):
        body = []
        for k, ln in enumerate(pl):
            body.append(glyphs(ln, TOP - k * LEAD, bold=(n == 1 and k == 0)))
        foot = ('Determinazione Area Tecnica n. 197 del 21/07/2028' +
                ('Pag. %d di %d' % (n, len(pages))).rjust(30))
        body.append(glyphs(foot, 40))
        ps.append('%%%%Page: %d %d\nsave\n%s\nrestore\nshowpage' % (n, n, '\n'.join(body)))
    ps.append('%%%%Trailer\n%%%%Pages: %d\n%%%%EOF\n' % len(pages))
    return '\n'.join(ps)


if __name__ == '__main__':
    open(sys.argv[1], 'w', encoding='latin-1').write(build())
