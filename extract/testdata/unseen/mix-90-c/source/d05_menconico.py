import sys
from fpdf import FPDF
p=FPDF(format="A4"); p.set_creator("Maggioli Sicraweb"); p.set_producer("Sicraweb PDF 2.4")
p.add_font("LS","",  "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
p.add_font("LS","B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
p.set_auto_page_break(True,20); p.add_page(); p.set_margins(20,15,20)
p.set_font("LS","B",14); p.cell(0,7,"COMUNE DI MENCONICO",align="C",new_x="LMARGIN",new_y="NEXT")
p.set_font("LS","",10); p.cell(0,5,"Provincia di Pavia",align="C",new_x="LMARGIN",new_y="NEXT"); p.ln(6)
p.set_font("LS","B",12); p.cell(0,7,"PARERE DI REGOLARITÀ TECNICA",align="C",new_x="LMARGIN",new_y="NEXT")
p.set_font("LS","",9); p.cell(0,5,"(art. 49, comma 1, e art. 147-bis del D.Lgs. 18 agosto 2000, n. 267)",align="C",new_x="LMARGIN",new_y="NEXT"); p.ln(5)
p.set_font("LS","",10)
rows=[("Proposta di deliberazione","Giunta Comunale n. 18 del 08/04/2026"),("Ufficio proponente","Area Tecnica – Servizio Lavori Pubblici"),
("Oggetto","Approvazione del progetto di fattibilità tecnico-economica per la messa in sicurezza della strada comunale Menconico – Cella di Bobbio. CUP E27H26000120004.")]
for a,b in rows:
    y=p.get_y(); p.set_font("LS","B",10); p.multi_cell(50,6,a,border=1,new_x="RIGHT",new_y="TOP"); p.set_font("LS","",10); p.multi_cell(0,6,b,border=1,new_x="LMARGIN",new_y="NEXT")
    if p.get_y()-y>6:
        p.rect(20,y,50,p.get_y()-y)
p.ln(6)
p.multi_cell(0,6,"Il sottoscritto Responsabile dell'Area Tecnica, esaminata la proposta di deliberazione in oggetto e la relativa istruttoria, ai sensi dell'art. 49, comma 1, del D.Lgs. n. 267/2000,",new_x="LMARGIN",new_y="NEXT")
p.ln(2); p.set_font("LS","B",11); p.cell(0,7,"ESPRIME PARERE FAVOREVOLE",align="C",new_x="LMARGIN",new_y="NEXT"); p.set_font("LS","",10)
p.multi_cell(0,6,"in ordine alla regolarità tecnica e alla correttezza dell'azione amministrativa.",new_x="LMARGIN",new_y="NEXT"); p.ln(8)
p.cell(0,6,"Menconico, 09/04/2026",new_x="LMARGIN",new_y="NEXT"); p.ln(4)
p.set_x(110); p.cell(0,6,"IL RESPONSABILE DELL'AREA TECNICA",align="C",new_x="LMARGIN",new_y="NEXT")
p.set_x(110); p.cell(0,6,"geom. Alessandro Bergonzi",align="C",new_x="LMARGIN",new_y="NEXT")
p.set_y(-25); p.set_font("LS","",7); p.cell(0,4,"Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate",align="C")
p.output(sys.argv[1])
