# Comune di Sagrado / Občina Zagraj - ordinanza sindacale, Italian text then Slovene translation below.
# fpdf2 with DejaVu fonts, layout after the Insiel (FVG) act templates.
import sys
from fpdf import FPDF
out = sys.argv[1]
FD = '/usr/share/fonts/truetype/dejavu/'
class Doc(FPDF):
    def header(self):
        self.set_font('DV', 'B', 12)
        self.cell(0, 6, 'COMUNE DI SAGRADO', align='C', new_x='LMARGIN', new_y='NEXT')
        self.set_font('DV', 'B', 10.5)
        self.cell(0, 5, 'OBČINA ZAGRAJ', align='C', new_x='LMARGIN', new_y='NEXT')
        self.set_font('DV', '', 7.5)
        self.cell(0, 4, 'Regione Autonoma Friuli Venezia Giulia – Avtonomna dežela Furlanija Julijska krajina', align='C', new_x='LMARGIN', new_y='NEXT')
        self.cell(0, 4, 'Piazza Sandro Pertini, 1 – 34078 Sagrado (GO)', align='C', new_x='LMARGIN', new_y='NEXT')
        self.line(18, self.get_y() + 1, 192, self.get_y() + 1); self.ln(4)
    def footer(self):
        self.set_y(-13); self.set_font('DV', '', 7)
        self.cell(0, 4, 'Ordinanza n. 6/2026 – Odredba št. 6/2026 – pag./str. %d/{nb}' % self.page_no(), align='C')
pdf = Doc(format='A4'); pdf.set_margins(18, 15, 18); pdf.set_auto_page_break(True, 18)
pdf.add_font('DV', '', FD + 'DejaVuSans.ttf'); pdf.add_font('DV', 'B', FD + 'DejaVuSans-Bold.ttf')
pdf.add_font('DV', 'I', FD + 'DejaVuSans-Oblique.ttf')
pdf.set_title('Ordinanza n. 6 del 11/03/2026'); pdf.set_author('Comune di Sagrado'); pdf.set_creator('Insiel - Adweb Atti')
pdf.add_page()
def txt(t, style='', size=9.5, align='J', h=4.8):
    pdf.set_font('DV', style, size); pdf.multi_cell(0, h, t, align=align, new_x='LMARGIN', new_y='NEXT')
# register box
pdf.set_font('DV', 'B', 9.5)
pdf.cell(87, 7, 'ORDINANZA SINDACALE', border=1, align='C')
pdf.cell(87, 7, 'N. 6 DEL 11/03/2026', border=1, align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DV', 'I', 8.5)
pdf.cell(87, 6, 'ŽUPANOVA ODREDBA', border=1, align='C')
pdf.cell(87, 6, 'ŠT. 6 Z DNE 11.03.2026', border=1, align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
txt('OGGETTO: Istituzione del divieto di transito e di sosta in via Dante Alighieri, nel tratto compreso tra piazza Sandro Pertini e via Giuseppe Verdi, dal 16 al 27 marzo 2026, per lavori di rifacimento della rete idrica.', 'B', 9.5)
pdf.ln(3)
txt('IL SINDACO', 'B', 10, 'C')
txt('Vista la richiesta della società Irisacqua S.r.l., pervenuta al prot. n. 1502 del 05/03/2026, di poter eseguire i lavori di sostituzione della condotta idrica in via Dante Alighieri con occupazione dell\'intera carreggiata;')
txt('Ritenuto necessario, per motivi di sicurezza della circolazione e di tutela dell\'incolumità pubblica, disciplinare temporaneamente il traffico nel tratto interessato;')
txt('Visti gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo codice della strada), il relativo regolamento di esecuzione e l\'art. 50 del D.Lgs. 18 agosto 2000, n. 267;')
pdf.ln(1)
txt('O R D I N A', 'B', 10, 'C')
pts_it = ['dalle ore 7:30 del 16 marzo 2026 alle ore 18:00 del 27 marzo 2026 è istituito il divieto di transito a tutti i veicoli in via Dante Alighieri, nel tratto compreso tra piazza Sandro Pertini e via Giuseppe Verdi, eccettuati i mezzi di soccorso e quelli dell\'impresa esecutrice;',
          'nel medesimo periodo e tratto è istituito il divieto di sosta con rimozione forzata su ambo i lati della carreggiata;',
          'la società Irisacqua S.r.l. provvederà alla posa della segnaletica prescritta almeno 48 ore prima dell\'inizio dei lavori;',
          'la Polizia Locale e gli altri organi di cui all\'art. 12 del codice della strada sono incaricati di far rispettare la presente ordinanza.']
for i, p in enumerate(pts_it, 1):
    txt('%d. %s' % (i, p))
txt('Avverso il presente provvedimento è ammesso ricorso al T.A.R. del Friuli Venezia Giulia entro 60 giorni dalla pubblicazione all\'Albo pretorio.', 'I', 8.5)
pdf.ln(2)
pdf.set_font('DV', '', 9.5)
pdf.cell(87, 5, 'Sagrado, 11/03/2026')
pdf.cell(87, 5, 'IL SINDACO – ŽUPAN', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.cell(87, 5, '')
pdf.cell(87, 5, 'Marco Vittori', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.cell(87, 4, '')
pdf.set_font('DV', 'I', 7)
pdf.cell(87, 4, '(firmato digitalmente – digitalno podpisano)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.set_draw_color(120, 120, 120); pdf.line(18, pdf.get_y(), 192, pdf.get_y()); pdf.ln(2)
txt('PREVOD V SLOVENSKI JEZIK (Zakon 38/2001)', 'B', 9, 'C')
txt('ZADEVA: Uvedba prepovedi prometa in parkiranja v ulici Dante Alighieri, na odseku med trgom Sandro Pertini in ulico Giuseppe Verdi, od 16. do 27. marca 2026, zaradi del za obnovo vodovodnega omrežja.', 'BI' if False else 'B', 9)
txt('ŽUPAN', 'B', 9.5, 'C')
txt('Na podlagi prošnje družbe Irisacqua S.r.l., prejete pod prot. št. 1502 z dne 05.03.2026, za izvedbo del za zamenjavo vodovoda v ulici Dante Alighieri z zasedbo celotnega vozišča; ob upoštevanju členov 5, 6 in 7 Zakonske uredbe št. 285 z dne 30. aprila 1992 (Cestni zakonik);', 'I', 9)
txt('O D R E J A', 'B', 9.5, 'C')
pts_sl = ['od 7.30 dne 16. marca 2026 do 18.00 dne 27. marca 2026 se v ulici Dante Alighieri, na odseku med trgom Sandro Pertini in ulico Giuseppe Verdi, uvede prepoved prometa za vsa vozila, razen za reševalna vozila in vozila izvajalca;',
          'v istem obdobju in na istem odseku se na obeh straneh vozišča uvede prepoved parkiranja s prisilno odstranitvijo vozil;',
          'družba Irisacqua S.r.l. postavi predpisano prometno signalizacijo vsaj 48 ur pred začetkom del;',
          'lokalna policija in drugi organi iz 12. člena Cestnega zakonika skrbijo za izvajanje te odredbe.']
for i, p in enumerate(pts_sl, 1):
    txt('%d. %s' % (i, p), 'I', 9)
pdf.ln(2)
pdf.set_font('DV', '', 8)
pdf.multi_cell(0, 4, 'Pubblicata all\'Albo pretorio on line dal 11/03/2026 al 26/03/2026 – Objavljeno na spletni oglasni deski od 11.03.2026 do 26.03.2026', border=1, align='C')
pdf.output(out)
