#!/usr/bin/env python3
"""Neive, ordinanza of the Area Vigilanza (Servizio di Polizia Locale) n. 57
of 15/12/2028, "Cartesio" house style: the package prints its traffic-order
form (template text with blanks of underscores) and then writes the values
over the blanks in Courier, in a second pass, as fpdf2 does here. Number and
date are filled into the blanks of the title line; the subject is typed in a
bordered box under it."""
import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format='A4')
pdf.set_auto_page_break(False)
pdf.set_title('Ordinanza PL n. 57/2028')
pdf.set_creator('Cartesio Suite - modulo Polizia Locale')
pdf.add_page()
fills = []   # (x, y, text, size) written after the whole template


def t(x, y, s, style='', size=10.5, font='Helvetica'):
    pdf.set_font(font, style, size)
    pdf.text(x, y, s)


def blank(x, y, n, value, size=10.5, dx=1.5):
    """A blank of n underscores at (x, y); the value is written later over it."""
    pdf.set_font('Helvetica', '', size)
    pdf.text(x, y, '_' * n)
    fills.append((x + dx, y - 0.6, value))
    return x + pdf.get_string_width('_' * n)


def after(x, s, style='', size=10.5):
    pdf.set_font('Helvetica', style, size)
    return x + pdf.get_string_width(s)


# --- template ---
pdf.set_line_width(0.4)
pdf.ellipse(20, 11, 16, 16)
t(22.6, 20.2, 'NEIVE', 'B', 6)
t(42, 17, 'COMUNE DI NEIVE', 'B', 16)
t(42, 23, 'Provincia di Cuneo', 'I', 10)
t(42, 27.5, 'Via Rocca, 1 - 12052 Neive (CN) - neive@cert.ruparpiemonte.it', '', 7.5)
pdf.set_line_width(0.8)
pdf.line(20, 31, 190, 31)
t(20, 39, 'AREA VIGILANZA', 'B', 11.5)
t(20, 44.5, 'Servizio di Polizia Locale', '', 10)
t(140, 39, 'Mod. PL/ORD-07', '', 7.5)

y = 56
x = 52
t(x, y, 'ORDINANZA N.', 'B', 13)
x2 = after(x, 'ORDINANZA N. ', 'B', 13)
x2 = blank(x2, y, 8, '57', 13, dx=5)
x3 = after(x2, ' ', 'B', 13)
t(x3, y, 'DEL', 'B', 13)
x4 = after(x3, 'DEL ', 'B', 13)
blank(x4, y, 14, '15/12/2028', 13, dx=2)

# subject box (typed by the office in the box of the form)
pdf.set_line_width(0.4)
pdf.rect(20, 62, 170, 21)
t(23, 68, 'OGGETTO:', 'B', 10)
pdf.set_font('Helvetica', 'B', 10)
pdf.set_xy(43, 64)
pdf.multi_cell(144, 5, 'Regolamentazione temporanea della circolazione stradale in Via Circonvallazione e '
               'Piazza Italia in occasione della manifestazione "Natale nel Borgo" del 24 dicembre 2028.')

t(72, 93, "IL RESPONSABILE DELL'AREA VIGILANZA", 'B', 10.5)

y = 103
x = 20
t(x, y, 'Vista la richiesta presentata da'); xb = after(x, 'Vista la richiesta presentata da ')
xb = blank(xb, y, 36, 'Pro Loco di Neive')
t(xb + 1, y, 'in data'); xb = after(xb + 1, 'in data ')
blank(xb, y, 16, '05/12/2028')
y += 6.5
t(20, y, 'prot. n.'); xb = after(20, 'prot. n. ')
xb = blank(xb, y, 12, '7512')
t(xb + 1, y, ', intesa ad ottenere la regolamentazione del traffico per lo svolgimento della')
y += 6.5
t(20, y, 'manifestazione denominata'); xb = after(20, 'manifestazione denominata ')
blank(xb, y, 54, 'Natale nel Borgo')
y += 6.5
t(20, y, 'prevista per il giorno'); xb = after(20, 'prevista per il giorno ')
xb = blank(xb, y, 16, '24/12/2028')
t(xb + 1, y, 'dalle ore'); xb = after(xb + 1, 'dalle ore ')
xb = blank(xb, y, 9, '14:00')
t(xb + 1, y, 'alle ore'); xb = after(xb + 1, 'alle ore ')
blank(xb, y, 9, '24:00')
y += 9
for s in ["Ritenuto necessario, per motivi di sicurezza della circolazione e di tutela della pubblica incolumita',",
          "adottare provvedimenti temporanei di limitazione del traffico veicolare;",
          "Visti gli artt. 5, 6, 7 e 21 del D.Lgs. 30/04/1992, n. 285 (Nuovo Codice della Strada) e il relativo",
          "Regolamento di esecuzione e attuazione (D.P.R. 16/12/1992, n. 495);",
          "Visto l'art. 107 del D.Lgs. 18/08/2000, n. 267 e il decreto sindacale di nomina n.",
          ]:
    t(20, y, s)
    y += 5.8
# decree number blank on the last line above
xb = after(20, "Visto l'art. 107 del D.Lgs. 18/08/2000, n. 267 e il decreto sindacale di nomina n. ")
xb = blank(xb, y - 5.8, 6, '5')
t(xb + 1, y - 5.8, 'del'); xb = after(xb + 1, 'del ')
blank(xb, y - 5.8, 14, '02/01/2028')

y += 5
t(95, y, 'O R D I N A', 'B', 11.5)
y += 9
rows = [
    ('1)', "il DIVIETO DI TRANSITO a tutti i veicoli in", 'Via Circonvallazione'),
    ('2)', "il DIVIETO DI SOSTA con rimozione forzata in", 'Piazza Italia'),
    ('3)', "la DEVIAZIONE del traffico veicolare su", 'Via Borgonuovo e S.P. 3'),
]
for n, lab, val in rows:
    t(20, y, n)
    t(27, y, lab)
    xb = after(27, lab + ' ')
    blank(xb, y, 40 if n != '3)' else 46, val, 10.5, dx=1)
    y += 6.5
    t(27, y, 'dalle ore'); xb = after(27, 'dalle ore ')
    xb = blank(xb, y, 9, '13:00')
    t(xb + 1, y, 'del giorno'); xb = after(xb + 1, 'del giorno ')
    xb = blank(xb, y, 14, '24/12/2028')
    t(xb + 1, y, 'alle ore'); xb = after(xb + 1, 'alle ore ')
    xb = blank(xb, y, 9, '02:00')
    t(xb + 1, y, 'del giorno'); xb = after(xb + 1, 'del giorno ')
    blank(xb, y, 14, '25/12/2028')
    y += 9
for s in ["Sono esclusi dai divieti i veicoli di soccorso, di polizia e quelli al servizio di persone con disabilita'",
          "muniti di contrassegno. La presente ordinanza e' resa nota mediante l'apposizione della prescritta",
          "segnaletica a cura dell'Area Tecnica e la pubblicazione all'Albo Pretorio on line.",
          "I trasgressori saranno puniti ai sensi del Codice della Strada.",
          "Avverso il presente provvedimento e' ammesso ricorso al T.A.R. Piemonte entro 60 giorni ovvero, entro",
          "60 giorni, ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37 del C.d.S."]:
    t(20, y, s, '', 10)
    y += 5.5
y += 8
t(20, y, 'Neive, li'); blank(after(20, 'Neive, li '), y, 16, '15/12/2028')
t(112, y, "IL RESPONSABILE DELL'AREA VIGILANZA", 'B', 10)
y += 6
blank(118, y, 34, 'Comm. Sergio Ravera', 10.5, dx=2)
y += 5
t(121, y, '(firmato digitalmente)', 'I', 7.5)

pdf.set_line_width(0.3)
pdf.line(20, 284, 190, 284)
t(20, 288, 'Cartesio Suite - Polizia Locale - stampa modulo PL/ORD-07 rev. 3', '', 7)
t(176, 288, 'Pag. 1/1', '', 7)

# --- second pass: the values, in Courier, over the blanks ---
for x, yy, s in fills:
    pdf.set_font('Courier', 'B', 10.5)
    pdf.text(x, yy, s)
pdf.output(out)
