# QuestPDF-like layout (cards, thin rules, header/footer components) -> fpdf2
import sys
from fpdf import FPDF
out=sys.argv[1]
F='/usr/share/fonts/truetype/liberation/'
class P(FPDF):
    def header(self):
        self.set_font('LS','B',8); self.set_text_color(90,90,90)
        self.cell(0,4,'UNIONE COMUNI DEL SORBARA  ·  Atti degli organi',new_x='LMARGIN',new_y='NEXT')
        self.set_draw_color(0,110,160); self.set_line_width(.6); self.line(15,self.get_y()+1,195,self.get_y()+1); self.ln(5)
        self.set_text_color(0,0,0)
    def footer(self):
        self.set_y(-14); self.set_font('LS','',7.5); self.set_text_color(110,110,110)
        self.set_draw_color(200,200,200); self.set_line_width(.2); self.line(15,self.get_y(),195,self.get_y())
        self.cell(120,5,'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate')
        self.cell(0,5,'Pagina %d / {nb}'%self.page_no(),align='R')
p=P(format='A4'); p.set_margins(15,14,15); p.set_auto_page_break(True,18)
p.add_font('LS','',F+'LiberationSans-Regular.ttf'); p.add_font('LS','B',F+'LiberationSans-Bold.ttf'); p.add_font('LS','I',F+'LiberationSans-Italic.ttf')
p.set_title('Deliberazione Giunta Unione n. 9/2026'); p.set_creator('QuestPDF-style layout (fpdf2)'); p.set_author('Unione Comuni del Sorbara')
p.add_page()
# letterhead
p.set_fill_color(0,110,160); p.rect(15,p.get_y(),14,16,'F')
p.set_xy(32,p.get_y()); p.set_font('LS','B',17); p.cell(0,8,'UNIONE COMUNI DEL SORBARA',new_x='LMARGIN',new_y='NEXT')
p.set_x(32); p.set_font('LS','',9); p.set_text_color(80,80,80)
p.cell(0,5,'Provincia di Modena  ·  Sede legale: Via Roma, 1 – Nonantola (MO)',new_x='LMARGIN',new_y='NEXT'); p.set_text_color(0,0,0); p.ln(6)
# label grid card
p.set_font('LS','B',12); p.cell(0,7,'DELIBERAZIONE DELLA GIUNTA DELL\'UNIONE',align='C',new_x='LMARGIN',new_y='NEXT'); p.ln(2)
y=p.get_y(); p.set_draw_color(180,180,180); p.set_fill_color(245,248,250); p.rect(15,y,180,16,'DF')
labels=[('Numero','9'),('Data','11/03/2026'),('Ora','13:00'),('Esecutività','Immediata')]
for i,(k,v) in enumerate(labels):
    x=15+i*45; p.set_xy(x+3,y+2); p.set_font('LS','',7.5); p.set_text_color(100,100,100); p.cell(40,4,k.upper())
    p.set_xy(x+3,y+7); p.set_font('LS','B',11); p.set_text_color(0,0,0); p.cell(40,6,v)
p.set_y(y+20)
p.set_font('LS','',7.5); p.set_text_color(100,100,100); p.cell(0,4,'OGGETTO',new_x='LMARGIN',new_y='NEXT'); p.set_text_color(0,0,0)
p.set_font('LS','B',10.5)
subj="Approvazione del Piano operativo 2026 del Corpo Unico di Polizia Locale e destinazione dei proventi delle sanzioni al Codice della Strada ai sensi dell'art. 208 del D.Lgs. 285/1992."
p.multi_cell(0,5.2,subj,new_x='LMARGIN',new_y='NEXT'); p.ln(1)
p.set_draw_color(200,200,200); p.line(15,p.get_y(),195,p.get_y()); p.ln(3)
p.set_font('LS','',9.8)
def para(t,h=5): p.multi_cell(0,h,t,align='J',new_x='LMARGIN',new_y='NEXT',markdown=True); p.ln(1.2)
para("L'anno duemilaventisei, il giorno undici del mese di marzo, alle ore 13:00, presso la sede dell'Unione in Nonantola, in seguito a regolare convocazione, si è riunita la Giunta dell'Unione.")
para("Sono presenti i Sigg.: **ZANOLI FEDERICA** – Presidente; **MALAGUTI ROBERTO** – Vice Presidente; **GUERZONI STEFANO** – Assessore; **BORSARI ILARIA** – Assessore. Risulta assente il Sig. **VENTURELLI MIRKO** – Assessore.")
para("Presiede la seduta la Dott.ssa Federica Zanoli, Presidente dell'Unione. Assiste il Segretario dell'Unione, Dott. Gianni Corradini, incaricato della redazione del verbale.")
p.ln(1); p.set_font('LS','B',10.5); p.cell(0,6,'LA GIUNTA DELL\'UNIONE',align='C',new_x='LMARGIN',new_y='NEXT'); p.set_font('LS','',9.8)
for t in ["**Richiamato** l'art. 208 del D.Lgs. 30 aprile 1992, n. 285, che disciplina la destinazione dei proventi delle sanzioni amministrative pecuniarie per violazioni al Codice della Strada;",
 "**Vista** la deliberazione del Consiglio dell'Unione n. 4 del 24/02/2026, di approvazione del bilancio di previsione 2026-2028;",
 "**Vista** la proposta del Comandante del Corpo Unico di Polizia Locale, che quantifica i proventi previsti per l'anno 2026 in € 410.000,00 e ne propone la ripartizione fra interventi di segnaletica, potenziamento dei controlli e progetti di educazione stradale nelle scuole;",
 "**Visto** il Piano operativo 2026 del Corpo Unico di Polizia Locale, allegato al presente atto;",
 "**Acquisiti** i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;",
 "Con voti favorevoli unanimi, espressi in forma palese (presenti 4, votanti 4, favorevoli 4);"]:
    para(t)
p.set_font('LS','B',10.5); p.cell(0,6,'DELIBERA',align='C',new_x='LMARGIN',new_y='NEXT'); p.set_font('LS','',9.8)
pts=["di approvare il Piano operativo 2026 del Corpo Unico di Polizia Locale, allegato al presente atto quale parte integrante e sostanziale;",
 "di destinare i proventi di cui all'art. 208 del D.Lgs. 285/1992, stimati per l'anno 2026 in € 410.000,00, secondo il prospetto riportato nel Piano, nel rispetto delle quote minime previste dal comma 4 del medesimo articolo;",
 "di trasmettere la presente deliberazione ai Comuni aderenti e al Comandante del Corpo Unico di Polizia Locale per gli adempimenti di competenza."]
for i,t in enumerate(pts,1):
    p.set_x(15); p.cell(8,5,'%d.'%i); p.multi_cell(172,5,t,align='J',new_x='LMARGIN',new_y='NEXT'); p.ln(1)
para("Successivamente, con separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
p.ln(4)
y=p.get_y(); p.set_font('LS','',8); p.set_text_color(100,100,100)
p.set_xy(15,y); p.cell(85,4,'IL PRESIDENTE DELL\'UNIONE'); p.set_xy(110,y); p.cell(85,4,'IL SEGRETARIO DELL\'UNIONE')
p.set_text_color(0,0,0); p.set_font('LS','B',10)
p.set_xy(15,y+5); p.cell(85,5,'Dott.ssa Federica Zanoli'); p.set_xy(110,y+5); p.cell(85,5,'Dott. Gianni Corradini')
p.set_font('LS','I',8); p.set_xy(15,y+10); p.cell(85,4,'firmato digitalmente'); p.set_xy(110,y+10); p.cell(85,4,'firmato digitalmente')
p.set_y(y+20); p.set_fill_color(245,248,250); p.set_draw_color(180,180,180)
p.set_font('LS','',8.5)
p.multi_cell(0,4.6,"PUBBLICAZIONE – La presente deliberazione è pubblicata all'Albo Pretorio on line dell'Unione per 15 giorni consecutivi a partire dal 16/03/2026, registrazione n. 133/2026.",border=1,fill=True,new_x='LMARGIN',new_y='NEXT')
p.output(out)
