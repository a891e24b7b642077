#!/usr/bin/env python3
"""Città di Francavilla al Mare – ordinanza sindacale (Nexus-like layout). fpdf2 2.8, DejaVu Serif/Sans embedded.
Number and date stand in the heading line ("ORDINANZA SINDACALE N. 19 DEL 21/03/2026")."""
import sys, os
from fpdf import FPDF
OUT = sys.argv[1] if len(sys.argv) > 1 else '..'
D = '/usr/share/fonts/truetype/dejavu/'
SUBJ = ("Misure urgenti per la sicurezza urbana e il decoro in occasione della manifestazione “Francavilla in Festa – "
        "Primavera 2026”: divieto di vendita per asporto di bevande in contenitori di vetro e lattine e limitazioni orarie.")

class P(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_draw_color(150); self.rect(15, 12, 17, 21)
            self.set_font('sans', '', 6); self.set_text_color(120); self.set_xy(15, 21); self.cell(17, 3, 'stemma', align='C')
            self.set_text_color(0)
            self.set_xy(36, 12); self.set_font('serif', 'B', 16); self.cell(120, 8, 'CITTÀ DI FRANCAVILLA AL MARE', new_x='LMARGIN', new_y='NEXT')
            self.set_x(36); self.set_font('serif', 'I', 10); self.cell(120, 5, 'Provincia di Chieti', new_x='LMARGIN', new_y='NEXT')
            self.set_x(36); self.set_font('sans', '', 7.5); self.cell(120, 4, 'Piazza San Domenico, 1 – 66023 Francavilla al Mare (CH)', new_x='LMARGIN', new_y='NEXT')
            # protocol stamp
            self.set_draw_color(30, 60, 140); self.set_text_color(30, 60, 140)
            self.rect(150, 12, 45, 17)
            self.set_font('sans', 'B', 7); self.set_xy(150, 13.5); self.cell(45, 4, 'Comune di Francavilla al Mare', align='C')
            self.set_font('sans', '', 7); self.set_xy(150, 18); self.cell(45, 4, 'Prot. n. 0011642/2026', align='C')
            self.set_xy(150, 22); self.cell(45, 4, 'del 21/03/2026 – USCITA', align='C')
            self.set_text_color(0); self.set_draw_color(0)
            self.line(15, 37, 195, 37); self.set_y(42)
        else:
            self.set_font('sans', '', 7); self.set_text_color(90)
            self.cell(0, 4, 'Città di Francavilla al Mare – Ordinanza sindacale n. 19 del 21/03/2026', align='R', new_x='LMARGIN', new_y='NEXT')
            self.set_text_color(0); self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font('sans', '', 7); self.set_text_color(90)
        self.cell(150, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005. Corpo di Polizia Locale – tel. 085 4920200')
        self.cell(0, 4, f'{self.page_no()}/{{nb}}', align='R'); self.set_text_color(0)

pdf = P('P', 'mm', 'A4'); pdf.set_margins(18, 15, 18); pdf.set_auto_page_break(True, 20)
pdf.add_font('serif', '', D + 'DejaVuSerif.ttf'); pdf.add_font('serif', 'B', D + 'DejaVuSerif-Bold.ttf'); pdf.add_font('serif', 'I', D + 'DejaVuSerif-Italic.ttf')
pdf.add_font('sans', '', D + 'DejaVuSans.ttf'); pdf.add_font('sans', 'B', D + 'DejaVuSans-Bold.ttf')
pdf.set_title('Ordinanza sindacale n. 19/2026'); pdf.set_creator('Nexus Atti'); pdf.set_author('Città di Francavilla al Mare')
pdf.add_page()
pdf.set_font('serif', 'B', 12.5); pdf.cell(0, 7, 'ORDINANZA SINDACALE N. 19 DEL 21/03/2026', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(3)
pdf.set_font('sans', 'B', 9.5); pdf.cell(22, 5, 'OGGETTO:')
pdf.set_font('sans', '', 9.5); pdf.multi_cell(0, 5, SUBJ, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(4)
pdf.set_font('serif', 'B', 11); pdf.cell(0, 6, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
body = [
 'PREMESSO che dal 10 al 12 aprile 2026 si svolgerà sul lungomare Alcione e nelle piazze del centro cittadino la manifestazione “Francavilla in Festa – Primavera 2026”, organizzata in collaborazione con le associazioni di categoria, con concerti serali, stand gastronomici e spettacoli pirotecnici, per la quale è prevista un’elevata affluenza di pubblico;',
 'CONSIDERATO che in analoghe occasioni si è registrato l’abbandono di bottiglie e contenitori di vetro sulle aree pubbliche e sull’arenile, con pericolo per l’incolumità delle persone e pregiudizio per il decoro urbano;',
 'SENTITO il Comitato provinciale per l’ordine e la sicurezza pubblica nella seduta del 17/03/2026 e acquisito il parere del Comandante del Corpo di Polizia Locale, nota prot. n. 11208 del 18/03/2026;',
 'VISTI l’art. 50, commi 5 e 7-bis, del D.Lgs. 18 agosto 2000, n. 267, la Legge 24 novembre 1981, n. 689, e il vigente Regolamento di Polizia Urbana;']
for t in body:
    pdf.set_font('serif', '', 10); pdf.multi_cell(0, 4.9, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
pdf.ln(2); pdf.set_font('serif', 'B', 11); pdf.cell(0, 6, 'O R D I N A', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
pts = [
 'dalle ore 16:00 del 10/04/2026 alle ore 04:00 del 13/04/2026, nell’area compresa tra viale Alcione, piazza Sirena, viale Nettuno e corso Roma, è vietata la vendita per asporto di bevande di qualsiasi genere in contenitori di vetro e in lattine, anche da parte di esercizi commerciali, artigianali e di somministrazione, nonché mediante distributori automatici;',
 'nella stessa area e nello stesso periodo la vendita per asporto di bevande alcoliche di qualsiasi gradazione è consentita esclusivamente fino alle ore 24:00;',
 'è fatto divieto a chiunque di detenere e introdurre nelle aree della manifestazione bottiglie e bicchieri di vetro;',
 'le violazioni alla presente ordinanza sono punite con la sanzione amministrativa pecuniaria da € 25,00 a € 500,00, ai sensi dell’art. 7-bis del D.Lgs. 267/2000, fatte salve le sanzioni previste da altre norme.']
for i, t in enumerate(pts, 1):
    pdf.set_font('serif', 'B', 10); pdf.cell(8, 4.9, f'{i}.')
    pdf.set_font('serif', '', 10); pdf.multi_cell(0, 4.9, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
pdf.ln(2); pdf.set_font('serif', 'B', 11); pdf.cell(0, 6, 'D I S P O N E', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
pdf.set_font('serif', '', 10)
pdf.multi_cell(0, 4.9, 'che la presente ordinanza sia pubblicata all’Albo Pretorio on line e sul sito istituzionale dell’Ente, e trasmessa alla Prefettura – U.T.G. di Chieti, alla Questura di Chieti, alla Compagnia Carabinieri di Ortona, alla Tenenza della Guardia di Finanza e al Corpo di Polizia Locale, incaricati della vigilanza sulla sua osservanza.', align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
pdf.multi_cell(0, 4.9, 'Avverso il presente provvedimento è ammesso ricorso al T.A.R. Abruzzo – Sezione di Pescara entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.', align='J', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4); pdf.set_font('sans', '', 9.5)
pdf.cell(90, 5, 'Francavilla al Mare, 21/03/2026')
pdf.set_font('sans', 'B', 9.5); pdf.cell(0, 5, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(108); pdf.set_font('sans', '', 9.5); pdf.cell(0, 5, 'Dott. Antonio Di Nisio', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(108); pdf.set_font('sans', '', 7.5); pdf.cell(0, 4, '(firmato digitalmente)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.output(os.path.join(OUT, 'ordinanza-francavilla-nexus.pdf'))
