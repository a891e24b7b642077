# Comune di Condove, "CSI" house style: ordinanza on the office's printed model, the blanks of underscores filled by the program
import sys
from fpdf import FPDF
p = FPDF(); p.set_margins(20, 15, 20); p.set_auto_page_break(True, 18)
p.add_font('Mono', '', '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf')
p.add_font('Sans', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
p.add_font('Sans', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
p.set_title('Ordinanza 9/2028'); p.set_author('CSI Piemonte - modello ORD01')
p.add_page()
p.set_font('Sans', 'B', 14); p.cell(0, 7, 'COMUNE DI CONDOVE', align='C', new_x='LMARGIN', new_y='NEXT')
p.set_font('Sans', '', 9); p.cell(0, 5, "Città Metropolitana di Torino", align='C', new_x='LMARGIN', new_y='NEXT'); p.ln(5)
p.set_font('Sans', 'B', 12); p.cell(0, 7, 'ORDINANZA SINDACALE', align='C', new_x='LMARGIN', new_y='NEXT'); p.ln(3)
def blank(label, value, total=60, y=None):
    """print 'label ____' and type the value over the underscores"""
    p.set_font('Sans', '', 10.5)
    x0 = p.get_x(); yy = p.get_y()
    p.cell(p.get_string_width(label) + 1, 7, label)
    xb = p.get_x(); p.set_font('Mono', '', 10.5); p.cell(total, 7, '_' * int(total / p.get_string_width('_')))
    xe = p.get_x(); p.set_xy(xb + 2, yy - 0.8); p.set_font('Sans', 'B', 10.5); p.cell(total - 2, 7, value); p.set_xy(xe, yy)
p.set_x(20); blank('N.', '9', 25); blank('   del', '13/05/2028', 40); p.ln(10)
p.set_font('Sans', 'B', 10.5); p.cell(0, 6, 'OGGETTO:', new_x='LMARGIN', new_y='NEXT')
subj = ["Chiusura temporanea al transito della strada comunale per la borgata Mocchie,",
        "dal km 2+300 al km 3+100, per lavori di messa in sicurezza del versante."]
for s in subj:
    yy = p.get_y(); p.set_font('Mono', '', 10.5); p.cell(0, 7, '_' * 82, new_x='LMARGIN', new_y='NEXT')
    p.set_xy(21, yy - 0.8); p.set_font('Sans', '', 10); p.cell(0, 7, s); p.set_xy(20, yy + 7)
p.ln(4); p.set_font('Sans', 'B', 11); p.cell(0, 7, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT')
p.set_font('Sans', '', 10)
for s in ["Premesso che a seguito delle piogge intense del 2 e 3 maggio 2028 si sono verificati distacchi di materiale lapideo dal versante a monte della strada comunale per la borgata Mocchie;",
          "Vista la relazione dell'Ufficio Tecnico comunale in data 08/05/2028, prot. n. 4488, che indica la necessità di eseguire lavori urgenti di disgaggio e posa di reti paramassi;",
          "Ritenuto necessario, a tutela della pubblica incolumità, interdire il transito nel tratto interessato per la durata dei lavori;",
          "Visti gli artt. 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 e l'art. 54 del D.Lgs. 18 agosto 2000, n. 267;"]:
    p.multi_cell(0, 5.2, s, align='J', new_x='LMARGIN', new_y='NEXT'); p.ln(1.2)
p.set_font('Sans', 'B', 11); p.cell(0, 7, 'ORDINA', align='C', new_x='LMARGIN', new_y='NEXT'); p.set_font('Sans', '', 10)
for s in ["- la chiusura al transito di tutti i veicoli e dei pedoni della strada comunale per la borgata Mocchie, dal km 2+300 al km 3+100, dalle ore 8:00 del 15/05/2028 alle ore 18:00 del 06/06/2028;",
          "- che durante la chiusura i residenti della borgata Mocchie utilizzino il percorso alternativo della strada provinciale n. 200 per Frassinere;",
          "- che l'impresa esecutrice dei lavori provveda all'apposizione e al mantenimento della segnaletica prevista dal Codice della Strada."]:
    p.multi_cell(0, 5.2, s, align='J', new_x='LMARGIN', new_y='NEXT'); p.ln(1.2)
p.multi_cell(0, 5.2, "Contro il presente provvedimento è ammesso ricorso al T.A.R. Piemonte entro 60 giorni dalla pubblicazione all'Albo Pretorio.", align='J', new_x='LMARGIN', new_y='NEXT')
p.ln(8); p.set_x(20); blank('Condove, lì', '13/05/2028', 40); p.ln(10)
p.set_x(115); p.set_font('Sans', '', 10); p.multi_cell(75, 5, 'IL SINDACO\nGIRAUDO Mauro\n(firmato digitalmente)', align='C')
p.output(sys.argv[1])
