#!/usr/bin/env python3
"""Ordinanza of Comune di Sarnano (Polizia Locale) typed into an Egaf-style
pre-printed form: form code top right, framed heading with the number box,
protocol stamp, framed 'ORDINA' section with numbered points.  fpdf2."""
import sys
from fpdf import FPDF
out = sys.argv[1]

class Form(FPDF):
    def header(self):
        self.set_font('Helvetica', '', 6.5)
        self.set_xy(150, 6); self.cell(50, 3, 'Mod. EG/PL 41 - Ordinanza di viabilità', align='R')
        if self.page_no() > 1:
            self.set_xy(10, 6); self.cell(100, 3, 'Comune di Sarnano - Ordinanza n. 14/2026 - segue')
            self.set_y(14)
    def footer(self):
        self.set_y(-13)
        self.set_font('Helvetica', '', 6.5)
        self.cell(0, 3, "Documento firmato digitalmente ai sensi dell'art. 24 del D.Lgs. 82/2005 - Egaf modulistica enti locali", align='L')
        self.cell(0, 3, 'Foglio %d/{nb}' % self.page_no(), align='R')

pdf = Form('P', 'mm', 'A4')
pdf.set_creator('Egaf Modulistica - Word add-in')
pdf.set_producer('PyFPDF/fpdf2 2.8.9')
pdf.set_title('Ordinanza 14/2026')
pdf.alias_nb_pages()
pdf.set_auto_page_break(True, 18)
pdf.set_margins(18, 14, 18)
pdf.add_page()
# heading frame
pdf.set_line_width(0.5)
pdf.rect(18, 12, 174, 30)
pdf.set_font('Times', 'B', 17); pdf.set_xy(18, 14); pdf.cell(120, 8, 'COMUNE DI SARNANO', align='C')
pdf.set_font('Times', '', 9.5); pdf.set_xy(18, 22); pdf.cell(120, 5, 'Provincia di Macerata', align='C')
pdf.set_font('Helvetica', 'B', 9); pdf.set_xy(18, 28); pdf.cell(120, 5, 'AREA VIGILANZA', align='C')
pdf.set_font('Helvetica', '', 8.5); pdf.set_xy(18, 33); pdf.cell(120, 5, 'Servizio Polizia Locale', align='C')
pdf.line(138, 12, 138, 42)
pdf.set_font('Helvetica', 'B', 10); pdf.set_xy(138, 14); pdf.cell(54, 6, 'ORDINANZA', align='C')
pdf.set_font('Helvetica', '', 7); pdf.set_xy(140, 21); pdf.cell(15, 5, 'N.'); pdf.set_font('Courier', 'B', 12); pdf.cell(35, 5, '14 / 2026', align='C')
pdf.line(148, 26, 190, 26)
pdf.set_font('Helvetica', '', 7); pdf.set_xy(140, 29); pdf.cell(15, 5, 'Data'); pdf.set_font('Courier', 'B', 11); pdf.cell(35, 5, '09/03/2026', align='C')
pdf.line(148, 34, 190, 34)
pdf.set_font('Helvetica', '', 6.5); pdf.set_xy(140, 36); pdf.cell(50, 4, 'Reg. Ordinanze P.L.', align='C')
# protocol stamp (rectangle, rotated text not needed)
pdf.set_draw_color(30, 60, 160); pdf.set_text_color(30, 60, 160); pdf.set_line_width(0.4)
pdf.rect(128, 46, 64, 14)
pdf.set_font('Courier', 'B', 8)
pdf.set_xy(129, 47); pdf.cell(62, 4, 'COMUNE DI SARNANO', align='C')
pdf.set_xy(129, 51); pdf.cell(62, 4, 'Prot. n. 0002154  del 09/03/2026', align='C')
pdf.set_xy(129, 55); pdf.cell(62, 4, 'Cat. 9  Cl. 2  -  USCITA', align='C')
pdf.set_draw_color(0); pdf.set_text_color(0)
pdf.set_y(63)
subj = 'Disciplina temporanea della circolazione e della sosta in Piazza della Libertà, Via Leopardi e Corso Alberico Gentili in occasione della manifestazione "Sarnano Sotto le Stelle" del 28 e 29 marzo 2026.'
pdf.set_font('Helvetica', 'B', 9); pdf.cell(22, 5.5, 'OGGETTO:')
pdf.set_font('Times', 'B', 11); pdf.multi_cell(152, 5.5, subj, align='L')
pdf.ln(3)
pdf.set_font('Helvetica', 'B', 10); pdf.cell(0, 6, 'IL RESPONSABILE DELL\'AREA VIGILANZA', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(1)
pdf.set_font('Times', '', 11)
for s in ["VISTA la richiesta presentata dall'Associazione Turistica Pro Sarnano, acquisita al protocollo n. 1877 del 27/02/2026, intesa ad ottenere la chiusura al traffico di alcune vie del centro storico per lo svolgimento della manifestazione \"Sarnano Sotto le Stelle\";",
          "VISTA l'autorizzazione all'occupazione di suolo pubblico n. 6/2026 rilasciata dal Servizio Attività Produttive;",
          "CONSIDERATO che, per garantire la sicurezza dei partecipanti e il regolare svolgimento della manifestazione, si rende necessario istituire temporaneamente il divieto di transito e di sosta con rimozione forzata nelle aree interessate;",
          "VISTI gli artt. 5, 6, 7 e 159 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione approvato con D.P.R. 495/1992;",
          "VISTO l'art. 107 del D.Lgs. 18 agosto 2000, n. 267 e il decreto sindacale n. 5 del 02/01/2026 di conferimento dell'incarico;"]:
    pdf.multi_cell(0, 5.2, s, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.2)
pdf.ln(2)
y0 = pdf.get_y()
pdf.set_font('Helvetica', 'B', 11); pdf.cell(0, 7, 'O R D I N A', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', '', 11)
pts = ["dalle ore 16:00 del 28 marzo 2026 alle ore 02:00 del 29 marzo 2026 e dalle ore 16:00 del 29 marzo 2026 alle ore 01:00 del 30 marzo 2026, il DIVIETO DI TRANSITO a tutti i veicoli in Piazza della Libertà, in Via Leopardi e in Corso Alberico Gentili, nel tratto compreso tra Piazza della Libertà e Via Roma;",
       "nei medesimi giorni, dalle ore 14:00, il DIVIETO DI SOSTA CON RIMOZIONE FORZATA su ambo i lati delle vie e piazze di cui al punto 1;",
       "l'istituzione del percorso alternativo per i veicoli diretti alla zona alta del paese lungo Via Benedetto Costa e Viale Giacomo Matteotti;",
       "che dai divieti di cui sopra sono esclusi i veicoli di soccorso, delle forze dell'ordine, della protezione civile e quelli al servizio di persone con disabilità munite del contrassegno di cui all'art. 381 del D.P.R. 495/1992."]
for i, s in enumerate(pts, 1):
    y = pdf.get_y(); pdf.set_x(20); pdf.set_font('Times', 'B', 11); pdf.cell(8, 5.2, '%d.' % i)
    pdf.set_font('Times', '', 11); pdf.multi_cell(0, 5.2, s, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.2)
pdf.set_line_width(0.3)
pdf.rect(18, y0 - 1, 174, pdf.get_y() - y0 + 2) if pdf.get_y() > y0 else None
pdf.ln(3)
for s in ["L'Associazione richiedente provvederà alla posa della prescritta segnaletica almeno 48 ore prima dell'inizio dei divieti, secondo le indicazioni del Servizio Polizia Locale.",
          "Gli organi di polizia stradale di cui all'art. 12 del D.Lgs. 285/1992 sono incaricati di far rispettare la presente ordinanza.",
          "Avverso il presente provvedimento è ammesso ricorso al Tribunale Amministrativo Regionale per le Marche entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni, nonché ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del D.Lgs. 285/1992."]:
    pdf.multi_cell(0, 5.2, s, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.2)
pdf.ln(4)
pdf.set_font('Times', '', 11); pdf.cell(80, 5, 'Sarnano, 09/03/2026')
pdf.set_font('Helvetica', 'B', 9); pdf.cell(0, 5, "IL RESPONSABILE DELL'AREA VIGILANZA", align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(98); pdf.set_font('Times', '', 11); pdf.cell(0, 5, 'Comm. Sup. Loredana Pieroni', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(98); pdf.set_font('Times', 'I', 8); pdf.cell(0, 4, '(firmato digitalmente)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.output(out)
