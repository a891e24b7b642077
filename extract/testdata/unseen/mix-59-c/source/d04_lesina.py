# Comune di Lesina - determinazione, "tecnopa" label-grid layout, fpdf2
import sys
from fpdf import FPDF
out=sys.argv[1]
F='/usr/share/fonts/truetype/dejavu/'
class P(FPDF):
    def header(self):
        self.set_font('DV','B',14); self.cell(0,7,'COMUNE DI LESINA',align='C',new_x='LMARGIN',new_y='NEXT')
        self.set_font('DV','',9); self.cell(0,5,'Provincia di Foggia',align='C',new_x='LMARGIN',new_y='NEXT')
        self.cell(0,5,'Via Vittorio Veneto, 2 - 71010 Lesina (FG) - P.IVA 00434670713',align='C',new_x='LMARGIN',new_y='NEXT')
        self.ln(2); self.set_line_width(0.4); self.line(15,self.get_y(),195,self.get_y()); self.ln(4)
    def footer(self):
        self.set_y(-16); self.set_font('DV','',7)
        self.cell(0,4,'Determinazione R.G. n. 212 del 18/03/2026 - Settore III - Tecnico',new_x='LMARGIN',new_y='NEXT')
        self.cell(0,4,'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa',new_x='LMARGIN',new_y='NEXT')
        self.set_y(-16); self.cell(0,4,'Pagina %d di {nb}'%self.page_no(),align='R')
pdf=P(format='A4'); pdf.set_margins(15,12,15); pdf.set_auto_page_break(True,22)
pdf.add_font('DV','',F+'DejaVuSansCondensed.ttf'); pdf.add_font('DV','B',F+'DejaVuSansCondensed-Bold.ttf'); pdf.add_font('DV','I',F+'DejaVuSansCondensed-Oblique.ttf')
pdf.set_title('Determinazione RG 212/2026'); pdf.set_creator('TecnoPA Atti Amministrativi 4.2'); pdf.set_author('Settore III - Tecnico')
pdf.add_page()
pdf.set_font('DV','B',11)
pdf.cell(0,6,'SETTORE III – TECNICO',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('DV','',10)
pdf.cell(0,5,'Servizio Lavori Pubblici e Manutenzioni',align='C',new_x='LMARGIN',new_y='NEXT'); pdf.ln(3)
pdf.set_font('DV','B',12); pdf.set_fill_color(225,225,225)
pdf.cell(0,8,'DETERMINAZIONE DEL RESPONSABILE DEL SETTORE',border=1,align='C',fill=True,new_x='LMARGIN',new_y='NEXT')
# label grid
pdf.set_font('DV','',8)
labels=[('Registro Generale','N. 212','Data','18/03/2026'),('Registro di Settore','N. 58','Data','16/03/2026'),('Proposta','N. 71','Data','13/03/2026')]
for a,b,c,d in labels:
    pdf.set_font('DV','',8); pdf.cell(40,7,a,border=1,fill=False)
    pdf.set_font('DV','B',10); pdf.cell(50,7,b,border=1)
    pdf.set_font('DV','',8); pdf.cell(30,7,c,border=1)
    pdf.set_font('DV','B',10); pdf.cell(60,7,d,border=1,new_x='LMARGIN',new_y='NEXT')
pdf.ln(4)
pdf.set_font('DV','B',10); pdf.cell(22,6,'OGGETTO:')
pdf.multi_cell(0,5.5,"Lavori di manutenzione straordinaria della rete di pubblica illuminazione in Via Giuseppe Garibaldi e Lungolago Marina. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023 alla ditta Elettro Gargano S.r.l. e impegno di spesa. CIG B6A2F91C04.",new_x='LMARGIN',new_y='NEXT')
pdf.ln(3)
pdf.set_font('DV','B',10.5); pdf.cell(0,6,'IL RESPONSABILE DEL SETTORE',align='C',new_x='LMARGIN',new_y='NEXT'); pdf.ln(1)
pdf.set_font('DV','',10)
body=["Visto il decreto sindacale n. 4 del 02/01/2026, con il quale è stata attribuita allo scrivente la responsabilità del Settore III – Tecnico, ai sensi dell'art. 109, comma 2, del D.Lgs. 267/2000;",
"Premesso che diversi punti luce lungo Via Giuseppe Garibaldi e il Lungolago Marina risultano non funzionanti a causa del deterioramento dei cavi interrati e dei quadri di comando, come accertato dal sopralluogo del 05/03/2026;",
"Dato atto che la ditta Elettro Gargano S.r.l., con sede in San Nicandro Garganico (FG), P.IVA 04218730716, interpellata tramite la piattaforma telematica di negoziazione, ha offerto l'importo di € 18.640,00 oltre IVA al 22%, ritenuto congruo;",
"Verificati il possesso dei requisiti di ordine generale e la regolarità contributiva (DURC prot. INPS_49381722, scadenza 11/06/2026);",
"Visti il D.Lgs. 36/2023, il D.Lgs. 267/2000 e il vigente Regolamento comunale di contabilità;",
"Attestata la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;"]
for b in body: pdf.multi_cell(0,5.2,b,align='J',new_x='LMARGIN',new_y='NEXT'); pdf.ln(1.5)
pdf.set_font('DV','B',10.5); pdf.cell(0,7,'D E T E R M I N A',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('DV','',10)
pts=["di affidare, ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023, i lavori di manutenzione straordinaria della rete di pubblica illuminazione in Via Giuseppe Garibaldi e Lungolago Marina alla ditta Elettro Gargano S.r.l., per l'importo di € 18.640,00 oltre IVA;",
"di impegnare la somma complessiva di € 22.740,80 (IVA inclusa) sul capitolo 2835/1 \"Manutenzione straordinaria impianti di illuminazione pubblica\" del bilancio 2026/2028, esercizio 2026;",
"di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
"di nominare Responsabile Unico del Progetto l'Ing. Francesco Pio Tricarico;",
"di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione \"Amministrazione Trasparente\" del sito istituzionale."]
for i,p in enumerate(pts,1):
    x=pdf.get_x(); pdf.cell(8,5.2,'%d.'%i); pdf.multi_cell(0,5.2,p,align='J',new_x='LMARGIN',new_y='NEXT'); pdf.ln(1)
pdf.ln(5)
pdf.set_x(110); pdf.set_font('DV','B',10); pdf.cell(85,5,'IL RESPONSABILE DEL SETTORE III',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_x(110); pdf.set_font('DV','',10); pdf.cell(85,5,'Ing. Francesco Pio Tricarico',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.ln(6)
pdf.set_font('DV','B',9); pdf.cell(0,6,'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA',border='LTR',align='C',new_x='LMARGIN',new_y='NEXT')
pdf.set_font('DV','',8.5)
pdf.multi_cell(0,4.6,"Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile. Impegno n. 418/2026 – Cap. 2835/1 – € 22.740,80.\nLesina, 18/03/2026 – Il Responsabile del Settore II – Economico-Finanziario, Dott.ssa Rosaria Di Iorio",border='LBR',new_x='LMARGIN',new_y='NEXT')
pdf.output(out)
