"""Contursi Terme: certificate of publication of Giunta deliberation 87/2028.
The package prints its pre-set form (labels and blanks of underscores) and
then sets the values over the blanks in Courier-Bold, as a form-overlay
print does. Hand-written PostScript, then ps2pdf."""
import sys
from pslib import Page, document, pstr, width, wrap
import contursi_style as st

SUBJ = ("Approvazione del progetto di fattibilit\u00e0 tecnico-economica dei lavori di messa in "
        "sicurezza e adeguamento funzionale della strada comunale di Contrada Bagni. "
        "CUP H67H28000140004.")


def build():
    form = Page()      # the pre-set form
    fill = Page()      # the values set over the blanks
    st.office_and_box(form, 'SEGRETERIA GENERALE', ['Ufficio Albo Pretorio on line'],
                      [('CERTIFICATO DI PUBBLICAZIONE', 'F2'), ('Reg. Pubbl. N. ________', 'F1')])
    # value for the register number, over its blank
    x = 445 - width('Reg. Pubbl. N. ________', 'F1', 10) / 2 + width('Reg. Pubbl. N. ', 'F1', 10)
    fill.text(x + 8, 732 - 14 + 1, '734', 'F7', 10)

    form.spaced(297.5, 662, 'ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE', 'F2', 11, 1.5, center=True)
    y = 630
    form.text(62, y, 'Il sottoscritto Messo Comunale, vista la documentazione agli atti dell\'Ufficio,', 'F1', 11)
    y -= 24
    form.center(297.5, y, 'ATTESTA', 'F2', 11)
    y -= 24
    # line with three blanks
    parts = [('che copia della deliberazione della ', None), ('____________________________', 'Giunta Comunale'),
             (' n. ', None), ('________', '87'), (' del ', None), ('______________', '10/07/2028')]
    xx = 62
    for s, val in parts:
        form.text(xx, y, s, 'F1', 11)
        if val:
            fill.text(xx + 6, y + 1, val, 'F7', 10.5)
        xx += width(s, 'F1', 11)
    y -= 22
    form.text(62, y, 'avente ad oggetto:', 'F1', 11)
    y -= 8
    lines = wrap(SUBJ, 'F2', 10.5, 455)
    h = 14 * len(lines) + 10
    form.rect(62, y - h, 471, h, 0.5)
    yy = y - 15
    for ln in lines:
        fill.text(70, yy, ln, 'F2', 10.5)
        yy -= 14
    y -= h + 22
    parts = [("\u00e8 stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi", None)]
    form.text(62, y, parts[0][0], 'F1', 11)
    y -= 18
    parts = [('dal ', None), ('______________', '12/07/2028'), (' al ', None), ('______________', '27/07/2028'),
             (' (art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267)', None)]
    xx = 62
    for s, val in parts:
        form.text(xx, y, s, 'F1', 11)
        if val:
            fill.text(xx + 6, y + 1, val, 'F7', 10.5)
        xx += width(s, 'F1', 11)
    y -= 18
    form.text(62, y, 'e che avverso la stessa non sono pervenuti reclami od opposizioni.', 'F1', 11)
    y -= 30
    form.text(62, y, 'Contursi Terme, l\u00ec ______________', 'F1', 11)
    fill.text(62 + width('Contursi Terme, l\u00ec ', 'F1', 11) + 6, y + 1, '28/07/2028', 'F7', 10.5)
    y -= 40
    form.center(170, y, 'IL MESSO COMUNALE', 'F2', 10)
    form.center(425, y, 'IL SEGRETARIO COMUNALE', 'F2', 10)
    form.center(170, y - 30, '______________________________', 'F1', 10)
    form.center(425, y - 30, '______________________________', 'F1', 10)
    fill.center(170, y - 28, 'Antonio Mauriello', 'F3', 11)
    fill.center(425, y - 28, 'dott.ssa Maria Rosaria Sica', 'F3', 11)
    y -= 80
    form.line(62, y + 14, 533, y + 14, 0.4)
    form.spaced(297.5, y, 'CERTIFICATO DI ESECUTIVIT\u00c0', 'F2', 10.5, 1.5, center=True)
    y -= 22
    form.rect(62, y - 2, 9, 9, 0.6)
    fill.text(63.5, y - 0.5, 'X', 'F7', 10)
    form.text(78, y, 'dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)', 'F1', 10.5)
    y -= 18
    form.rect(62, y - 2, 9, 9, 0.6)
    form.text(78, y, 'divenuta esecutiva decorsi dieci giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000)', 'F1', 10.5)
    y -= 40
    form.center(425, y, 'IL SEGRETARIO COMUNALE', 'F2', 10)
    form.center(425, y - 30, '______________________________', 'F1', 10)
    fill.center(425, y - 28, 'dott.ssa Maria Rosaria Sica', 'F3', 11)
    foot = Page()
    st.foot(foot, 'Certificato di pubblicazione \u2013 Reg. Pubbl. n. 734/2028', 1, 1)
    body = '\n'.join(['ContursiHead execform', form.body(), foot.body(), '% overlay of the values', fill.body()])
    return document('Asmenet Albo - stampa modulo certificato', 'CERT_PUBBL_734_2028', [body], st.forms())


if __name__ == '__main__':
    open(sys.argv[1], 'w', encoding='latin-1').write(build())
