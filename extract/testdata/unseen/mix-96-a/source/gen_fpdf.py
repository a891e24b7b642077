# fpdf2 documents: d04 Zapponeta certificate of publication, d11 Cervaro ordinanza (number box at top right,
# running foot on every page)
import sys
from fpdf import FPDF
which, out = sys.argv[1], sys.argv[2]
F = "/usr/share/fonts/truetype/dejavu/"
class Doc(FPDF):
    def footer(self):
        self.set_y(-14); self.set_font("dv", "", 7.5)
        self.cell(0, 5, FOOT + f" – pag. {self.page_no()}/{{nb}}", align="C")
pdf = None
if which == "d04":
    FOOT = "Comune di Zapponeta – Servizio Segreteria – Albo Pretorio on line"
    pdf = Doc(format="A4"); pdf.add_font("dv", "", F + "DejaVuSans.ttf"); pdf.add_font("dv", "B", F + "DejaVuSans-Bold.ttf")
    pdf.set_creator("Halley Albo 4.1"); pdf.add_page(); pdf.set_margins(22, 20, 22); pdf.set_y(22)
    pdf.set_font("dv", "B", 15); pdf.cell(0, 8, "COMUNE DI ZAPPONETA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9.5); pdf.cell(0, 5, "Provincia di Foggia", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(10)
    pdf.set_font("dv", "B", 12); pdf.cell(0, 7, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(6)
    pdf.set_font("dv", "", 10.5)
    pdf.multi_cell(0, 6, "Deliberazione della Giunta Comunale n. 38 del 24/03/2026", border=1, align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    pdf.multi_cell(0, 6, "Oggetto: Approvazione dello schema di convenzione con l'associazione di volontariato Protezione Civile Zapponeta per la vigilanza delle spiagge libere nella stagione balneare 2026.", new_x="LMARGIN", new_y="NEXT"); pdf.ln(5)
    pdf.multi_cell(0, 6, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio, CERTIFICA che copia della deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune, al n. 498 del registro delle pubblicazioni, per quindici giorni consecutivi dal 25/03/2026 al 09/04/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000, e che contro di essa non sono pervenuti reclami od opposizioni.", align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(5)
    pdf.multi_cell(0, 6, "La deliberazione è stata altresì comunicata ai capigruppo consiliari con nota prot. n. 3102 del 25/03/2026.", align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(10)
    pdf.cell(80, 6, "Zapponeta, 10/04/2026"); pdf.cell(0, 6, "IL RESPONSABILE DELLA PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 6, ""); pdf.cell(0, 6, "sig. Matteo Palumbo", align="C")
else:
    FOOT = "Comune di Cervaro – Settore Polizia Locale – Via Casilina Nord, 2 – tel. 0776 366012"
    pdf = Doc(format="A4"); pdf.add_font("dv", "", F + "DejaVuSerif.ttf"); pdf.add_font("dv", "B", F + "DejaVuSerif-Bold.ttf")
    pdf.set_creator("Sicraweb Atti 2026"); pdf.add_page(); pdf.set_margins(20, 18, 20)
    pdf.set_xy(135, 14); pdf.set_font("dv", "", 8.5)
    pdf.multi_cell(55, 5, "Registro Ordinanze\nn. 14 del 25/03/2026", border=1, align="C")
    pdf.set_xy(20, 18); pdf.set_font("dv", "B", 15); pdf.cell(110, 8, "COMUNE DI CERVARO", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9); pdf.cell(110, 5, "Provincia di Frosinone", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 9.5); pdf.cell(110, 5, "SETTORE POLIZIA LOCALE", new_x="LMARGIN", new_y="NEXT"); pdf.ln(10)
    pdf.set_font("dv", "B", 12); pdf.cell(0, 7, "ORDINANZA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    pdf.set_font("dv", "B", 10)
    pdf.multi_cell(0, 5.5, "OGGETTO: Istituzione del senso unico alternato regolato da impianto semaforico in via Casilina Nord per lavori di rifacimento della rete idrica.", align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
    pdf.cell(0, 6, "IL RESPONSABILE DEL SETTORE POLIZIA LOCALE", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("dv", "", 10)
    for t in ["Vista la richiesta della società Acea ATO 5 S.p.A., acquisita al prot. n. 3290 del 23/03/2026, di regolamentare la circolazione in via Casilina Nord, nel tratto compreso tra il civico 40 e il civico 78, per l'esecuzione di lavori urgenti di rifacimento della condotta idrica;",
              "Ritenuto necessario, per la sicurezza della circolazione e dei lavoratori, istituire il senso unico alternato regolato da impianto semaforico mobile;",
              "Visti gli articoli 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e il relativo Regolamento di esecuzione; visto l'art. 107 del D.Lgs. 267/2000;"]:
        pdf.multi_cell(0, 5.5, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    pdf.set_font("dv", "B", 10); pdf.cell(0, 7, "ORDINA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("dv", "", 10)
    for i, t in enumerate(["dalle ore 7:00 del 30/03/2026 alle ore 19:00 del 10/04/2026 è istituito il senso unico alternato regolato da impianto semaforico in via Casilina Nord, tra il civico 40 e il civico 78;",
                           "nel medesimo tratto è istituito il divieto di sosta con rimozione forzata su ambo i lati e il limite massimo di velocità di 30 km/h;",
                           "la ditta esecutrice dei lavori provvede alla posa e alla manutenzione della segnaletica prevista dal D.M. 10 luglio 2002;",
                           "gli organi di polizia stradale di cui all'art. 12 del Codice della Strada sono incaricati dell'osservanza della presente ordinanza."], 1):
        pdf.multi_cell(0, 5.5, f"{i}. {t}", align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    pdf.ln(2); pdf.multi_cell(0, 5.5, "Avverso la presente ordinanza è ammesso ricorso al T.A.R. Lazio – Sezione di Latina entro 60 giorni dalla pubblicazione, ovvero ricorso al Ministero delle infrastrutture e dei trasporti ai sensi dell'art. 37 del Codice della Strada.", align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(8)
    pdf.cell(80, 6, "Cervaro, 25 marzo 2026"); pdf.cell(0, 6, "IL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 6, ""); pdf.cell(0, 6, "Commissario Capo Roberto Fionda", align="C")
pdf.output(out)
