import sys
from fpdf import FPDF
p=FPDF(); p.add_font("DV","", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"); p.add_font("DV","B","/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
p.set_creator("Sicraweb"); p.add_page(); p.set_font("DV","B",14); p.cell(0,8,"COMUNE DI ASSORO",align="C",new_x="LMARGIN",new_y="NEXT")
p.set_font("DV","",9); p.cell(0,5,"Libero Consorzio Comunale di Enna",align="C",new_x="LMARGIN",new_y="NEXT"); p.ln(4)
p.set_font("DV","B",11); p.cell(95,8,"ORDINANZA SINDACALE",border=1); p.cell(95,8,"N. 11 del 20/03/2026",border=1,new_x="LMARGIN",new_y="NEXT"); p.ln(4)
p.set_font("DV","",10); p.multi_cell(0,5,"OGGETTO: Misure urgenti per la prevenzione degli incendi boschivi e di interfaccia per la stagione estiva 2026 - Obbligo di pulizia dei terreni incolti.",new_x="LMARGIN",new_y="NEXT"); p.ln(3)
p.set_font("DV","B",11); p.cell(0,6,"IL SINDACO",align="C",new_x="LMARGIN",new_y="NEXT"); p.set_font("DV","",10)
p.multi_cell(0,5,"Vista la L.R. 16/1996; visto l'art. 50 del D.Lgs. 267/2000; su proposta dell'Area Tecnica - Servizio Protezione Civile - Ufficio Ambiente;",new_x="LMARGIN",new_y="NEXT")
p.set_font("DV","B",11); p.cell(0,6,"ORDINA",align="C",new_x="LMARGIN",new_y="NEXT"); p.set_font("DV","",10)
for i,t in enumerate(["ai proprietari dei terreni incolti di provvedere alla pulizia entro il 31 maggio 2026;","di realizzare fasce parafuoco di almeno 10 metri lungo i confini con la viabilità;","alla Polizia Municipale di vigilare sull'osservanza della presente ordinanza."],1):
    p.multi_cell(0,5,f"{i}. {t}",new_x="LMARGIN",new_y="NEXT")
p.ln(8); p.cell(0,5,"Assoro, 20/03/2026",new_x="LMARGIN",new_y="NEXT"); p.cell(0,5,"IL SINDACO",align="R",new_x="LMARGIN",new_y="NEXT"); p.cell(0,5,"Giuseppe Nicosia Cantarella",align="R")
p.output(sys.argv[1])
