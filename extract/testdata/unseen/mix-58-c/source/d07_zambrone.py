# Ordinanza sindacale, Comune di Zambrone - layout after a LazReport (Lazarus) band report; made with fpdf2
import sys
from fpdf import FPDF
D='/usr/share/fonts/truetype/dejavu/'
class R(FPDF):
    def header(self):
        self.set_font('S','B',9); self.set_fill_color(235,235,235)
        self.cell(0,6,'COMUNE DI ZAMBRONE - Provincia di Vibo Valentia',border='TB',fill=True,new_x='LMARGIN',new_y='NEXT')
        self.set_font('S','',7.5); self.cell(95,5,'Registro Ordinanze - Anno 2026',new_x='RIGHT'); self.cell(0,5,'Ordinanza n. 12 del 01/07/2026',align='R',new_x='LMARGIN',new_y='NEXT'); self.ln(4)
    def footer(self):
        self.set_y(-15); self.set_font('S','',7)
        self.cell(0,4,'Via Municipio, 10 - 89868 Zambrone (VV) - PEC: protocollo.zambrone@asmepec.it',align='C',new_x='LMARGIN',new_y='NEXT')
        self.cell(0,4,'Pag. %d/{nb}'%self.page_no(),align='R')
p=R('P','mm','A4'); p.alias_nb_pages()
p.add_font('S','',D+'DejaVuSans.ttf'); p.add_font('S','B',D+'DejaVuSans-Bold.ttf')
p.add_font('T','',D+'DejaVuSerif.ttf'); p.add_font('T','B',D+'DejaVuSerif-Bold.ttf'); p.add_font('T','I',D+'DejaVuSerif-Italic.ttf')
p.set_creator('LazReport 1.0 - Gestione Ordinanze'); p.set_title('Ordinanza Sindacale n. 12/2026'); p.set_author('Comune di Zambrone')
p.set_margins(20,15,20); p.set_auto_page_break(True,22); p.add_page()
p.set_font('T','B',16); p.cell(0,9,'COMUNE DI ZAMBRONE',align='C',new_x='LMARGIN',new_y='NEXT')
p.set_font('T','',10); p.cell(0,5,'(Provincia di Vibo Valentia)',align='C',new_x='LMARGIN',new_y='NEXT'); p.ln(3)
p.set_font('T','B',11); p.cell(0,6,'IL SINDACO',align='C',new_x='LMARGIN',new_y='NEXT'); p.ln(2)
p.set_font('S','B',10); p.set_draw_color(0); p.set_line_width(0.4)
p.cell(0,8,'ORDINANZA SINDACALE N. 12 DEL 01/07/2026',border=1,align='C',new_x='LMARGIN',new_y='NEXT'); p.ln(3)
p.set_font('T','B',10); p.cell(22,5.5,'Oggetto:')
p.multi_cell(0,5.5,'Divieto temporaneo di balneazione nel tratto di mare antistante la località Marina di Zambrone, punto di campionamento n. 3 "Foce torrente", a seguito degli esiti analitici sfavorevoli comunicati da ARPACAL.',new_x='LMARGIN',new_y='NEXT'); p.ln(3)
def para(t,b=False):
    p.set_font('T','B' if b else '',10); p.multi_cell(0,5.2,t,align='J',new_x='LMARGIN',new_y='NEXT'); p.ln(1.5)
para('VISTO il D.Lgs. 30 maggio 2008, n. 116, e il Decreto del Ministero della Salute 30 marzo 2010, recanti la disciplina della gestione della qualità delle acque di balneazione;')
para('VISTA la nota dell\'ARPACAL - Dipartimento Provinciale di Vibo Valentia, acquisita al protocollo comunale n. 4127 del 30/06/2026, con la quale si comunica che il campione prelevato in data 27/06/2026 presso il punto n. 3 "Foce torrente" ha evidenziato valori di Enterococchi intestinali ed Escherichia coli superiori ai limiti previsti dall\'Allegato A al citato Decreto;')
para('RITENUTO necessario, a tutela della salute pubblica, disporre il divieto temporaneo di balneazione nel tratto interessato fino all\'esito favorevole del campionamento suppletivo;')
para('VISTI l\'art. 50, commi 5 e 6, del D.Lgs. 18 agosto 2000, n. 267, e lo Statuto comunale;')
p.set_font('T','B',11); p.cell(0,7,'O R D I N A',align='C',new_x='LMARGIN',new_y='NEXT'); p.ln(1)
pts=['il divieto temporaneo di balneazione, con decorrenza immediata, nel tratto di mare antistante la località Marina di Zambrone compreso tra 100 metri a nord e 100 metri a sud della foce del torrente, in corrispondenza del punto di campionamento n. 3;',
 'l\'apposizione, a cura dell\'Ufficio Tecnico comunale, di idonea segnaletica bilingue (italiano e inglese) recante la dicitura "DIVIETO DI BALNEAZIONE - BATHING PROHIBITED" lungo il tratto interdetto;',
 'ai titolari delle concessioni demaniali marittime ricadenti nel tratto di informare gli utenti del presente divieto mediante avviso esposto in modo visibile presso le strutture.']
for i,t in enumerate(pts,1):
    p.set_font('T','',10); x=p.get_x(); p.cell(8,5.2,'%d.'%i); p.multi_cell(0,5.2,t,align='J',new_x='LMARGIN',new_y='NEXT'); p.ln(1.5)
p.set_font('T','B',11); p.cell(0,7,'D I S P O N E',align='C',new_x='LMARGIN',new_y='NEXT'); p.ln(1)
para('che il presente provvedimento sia pubblicato all\'Albo Pretorio on line e trasmesso all\'ARPACAL, all\'Azienda Sanitaria Provinciale di Vibo Valentia, alla Capitaneria di Porto di Vibo Valentia Marina e al Comando della Polizia Locale, incaricati della vigilanza sull\'osservanza della presente ordinanza. Il divieto sarà revocato con successivo provvedimento all\'esito favorevole delle analisi.')
para('Avverso la presente ordinanza è ammesso ricorso al T.A.R. Calabria entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.')
p.ln(2); p.set_font('T','',10); p.cell(0,5,'Zambrone, 01/07/2026',new_x='LMARGIN',new_y='NEXT'); p.ln(2)
p.set_x(115); p.set_font('T','B',10); p.cell(70,5,'IL SINDACO',align='C',new_x='LMARGIN',new_y='NEXT')
p.set_x(115); p.set_font('T','',10); p.cell(70,5,'Avv. Domenico Fiamingo',align='C',new_x='LMARGIN',new_y='NEXT')
p.set_x(115); p.set_font('T','I',8); p.cell(70,5,'Firmato digitalmente ai sensi del D.Lgs. 82/2005',align='C',new_x='LMARGIN',new_y='NEXT')
p.output(sys.argv[1])
