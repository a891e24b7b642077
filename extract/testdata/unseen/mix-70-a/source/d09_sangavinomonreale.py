# San Gavino Monreale (SU): fpdf2 with embedded DejaVu Sans Condensed (Type0/Identity-H CID fonts, subset),
# running head with the register box repeated on every page, roll in two numbered columns with P / A / AG.
import sys
from fpdf import FPDF
D = "/usr/share/fonts/truetype/dejavu/"
class Doc(FPDF):
    def header(self):
        self.set_font("DVC", "B", 13); self.set_xy(20, 12)
        self.cell(120, 6, "COMUNE DI SAN GAVINO MONREALE", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DVC", "", 8.5); self.set_x(20)
        self.cell(120, 4.5, "Provincia del Sud Sardegna – Via Trento, 2 – 09037 San Gavino Monreale (SU)", new_x="LMARGIN", new_y="NEXT")
        self.set_xy(140, 11); self.set_font("DVC", "B", 9)
        self.multi_cell(50, 5, "DELIBERAZIONE C.C.\nN. 10 del 23-03-2026", border=1, align="C")
        self.set_draw_color(120, 0, 0); self.set_line_width(0.6); self.line(20, 25, 190, 25)
        self.set_draw_color(0, 0, 0); self.set_line_width(0.2); self.set_y(30)
    def footer(self):
        self.set_y(-14); self.set_font("DVC", "I", 7.5)
        self.cell(0, 5, f"Pagina {self.page_no()} di {{nb}}", align="C")
pdf = Doc(format="A4"); pdf.set_margins(20, 30, 20); pdf.set_auto_page_break(True, 20)
pdf.add_font("DVC", "", D + "DejaVuSansCondensed.ttf"); pdf.add_font("DVC", "B", D + "DejaVuSansCondensed-Bold.ttf")
pdf.add_font("DVC", "I", D + "DejaVuSansCondensed-Oblique.ttf")
pdf.set_title("Deliberazione del Consiglio comunale n. 10/2026"); pdf.set_creator("Gestione Atti Amministrativi - Datagraph")
pdf.add_page()
def para(t, style="", size=10, h=5, align="J"):
    pdf.set_font("DVC", style, size); pdf.multi_cell(0, h, t, align=align, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)
pdf.set_font("DVC", "B", 12); pdf.cell(0, 7, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DVC", "", 9); pdf.cell(0, 5, "Adunanza straordinaria di prima convocazione – seduta pubblica", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pdf.set_fill_color(235, 235, 235); pdf.set_font("DVC", "B", 10)
pdf.multi_cell(0, 5.2, "OGGETTO: Approvazione del Regolamento comunale per la concessione in uso temporaneo dei locali della ex Casa Sirigu e del Centro di aggregazione sociale di via Roma.", border=1, fill=True, padding=2, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para("L'anno duemilaventisei, il giorno ventitré del mese di marzo, alle ore 17:30, nella sala consiliare del Palazzo comunale, convocato con avviso prot. n. 3952 del 17-03-2026, si è riunito il Consiglio Comunale in adunanza straordinaria di prima convocazione.")
para("Presiede la Presidente del Consiglio comunale Manuela Podda. Partecipa il Segretario comunale dott.ssa Maria Bonaria Piras, con funzioni consultive, referenti e di assistenza.")
para("All'appello nominale risultano:")
left = [("1", "SIDA Stefano", "Sindaco", "P"), ("2", "PODDA Manuela", "Presidente", "P"), ("3", "ATZENI Roberto", "Consigliere", "P"),
        ("4", "CONCU Simona", "Consigliere", "P"), ("5", "FLORIS Giampaolo", "Consigliere", "AG"), ("6", "MURGIA Alessandra", "Consigliere", "P"),
        ("7", "PILLONI Efisio", "Consigliere", "P")]
right = [("8", "SERRA Monica", "Consigliere", "P"), ("9", "TOCCO Daniele", "Consigliere", "A"), ("10", "MELIS Giovanna", "Consigliere", "P"),
         ("11", "PISANU Marco", "Consigliere", "P"), ("12", "LECCA Federica", "Consigliere", "P"), ("13", "SCANU Ignazio", "Consigliere", "P"), ("", "", "", "")]
pdf.set_font("DVC", "B", 8.5)
cw = (7, 35, 22, 9)
for _ in range(2):
    for w, t in zip(cw, ("N.", "Cognome e Nome", "Carica", "Pres.")): pdf.cell(w, 5.5, t, border=1, align="C", fill=True)
    pdf.cell(4, 5.5, "")
pdf.ln()
pdf.set_font("DVC", "", 8.5)
for a, b in zip(left, right):
    for row in (a, b):
        if row[0]:
            for w, t, al in zip(cw, row, ("R", "L", "L", "C")): pdf.cell(w, 5.2, t, border=1, align=al)
        else:
            for w in cw: pdf.cell(w, 5.2, "")
        pdf.cell(4, 5.2, "")
    pdf.ln()
pdf.ln(1); pdf.set_font("DVC", "I", 8)
pdf.cell(0, 4.5, "Legenda: P = presente; A = assente; AG = assente giustificato.          Presenti n. 11 – Assenti n. 2", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
para("La Presidente, constatato il numero legale, dichiara aperta la seduta e passa alla trattazione del punto n. 1 dell'ordine del giorno.")
pdf.set_font("DVC", "B", 10.5); pdf.cell(0, 6, "IL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
para("Premesso che il Comune è proprietario dell'immobile denominato ex Casa Sirigu, recentemente ristrutturato con fondi del Programma regionale LavoRAS, e del Centro di aggregazione sociale di via Roma;")
para("Ritenuto necessario disciplinare in modo organico le modalità di concessione in uso temporaneo dei predetti locali ad associazioni, enti del terzo settore e privati cittadini, stabilendo criteri di priorità, tariffe e garanzie;")
para("Vista la proposta di deliberazione n. 14 del 09-03-2026 del Settore Servizi Sociali, Culturali e Sportivi, corredata dei pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;")
para("Sentita la relazione del Sindaco e dato atto che non vi sono interventi;")
para("Con votazione palese per alzata di mano, che dà il seguente risultato:")
pdf.set_font("DVC", "", 9.5)
for k, v in (("Presenti", "11"), ("Votanti", "11"), ("Favorevoli", "11"), ("Contrari", "0"), ("Astenuti", "0")):
    pdf.set_x(70); pdf.cell(35, 5, k, border=1); pdf.cell(20, 5, v, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("DVC", "B", 10.5); pdf.cell(0, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pts = ["di approvare il Regolamento comunale per la concessione in uso temporaneo dei locali della ex Casa Sirigu e del Centro di aggregazione sociale di via Roma, composto da n. 16 articoli, allegato alla presente per farne parte integrante e sostanziale;",
       "di stabilire che il Regolamento entra in vigore il giorno successivo a quello di esecutività della presente deliberazione;",
       "di demandare alla Giunta comunale la determinazione delle tariffe orarie e giornaliere di utilizzo."]
for i, t in enumerate(pts, 1):
    pdf.set_font("DVC", "", 10); pdf.cell(8, 5, f"{i}."); pdf.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
para("Inoltre, con separata votazione palese, all'unanimità dei presenti, delibera di dichiarare il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
pdf.ln(6); pdf.set_font("DVC", "B", 9.5)
pdf.cell(85, 5, "LA PRESIDENTE DEL CONSIGLIO", align="C"); pdf.cell(85, 5, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DVC", "", 9.5)
pdf.cell(85, 5, "Manuela Podda", align="C"); pdf.cell(85, 5, "dott.ssa Maria Bonaria Piras", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8); pdf.set_font("DVC", "B", 9); pdf.cell(0, 5, "PARERI (art. 49 D.Lgs. 267/2000)", new_x="LMARGIN", new_y="NEXT")
para("Regolarità tecnica: favorevole – Il Responsabile del Settore, dott. Antonio Cabras. Regolarità contabile: favorevole – Il Responsabile del Settore Finanziario, rag. Luisa Mereu.", size=8.5, h=4.3)
pdf.output(sys.argv[1])
