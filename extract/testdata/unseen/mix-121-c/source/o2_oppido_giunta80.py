#!/usr/bin/env python3
"""Comune di Oppido Mamertina - Giunta n. 80 del 16.09.2027 - house style "Asmenet",
printed by fpdf2 with the core Times font: justified multi_cell (word spacing
with Tw), a running foot with the act's number and the page, a roll with the
presence written in words (presente / assente giustificato); the president is
named only in the signatures.
"""
import sys
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = sys.argv[1] if len(sys.argv) > 1 else "giunta-80-oppidomamertina-asmenet.pdf"


class P(FPDF):
    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.set_draw_color(0)
        self.line(20, self.get_y() - 1, 192, self.get_y() - 1)
        self.cell(86, 5, "Delibera G.C. n. 80 del 16.09.2027")
        self.cell(86, 5, "Pag. %d/{nb}" % self.page_no(), align="R")


pdf = P(format="A4")
pdf.set_margins(20, 16, 18)
pdf.set_auto_page_break(True, 22)
pdf.set_title("Delibera G.C. n. 80 del 16.09.2027")
pdf.set_author("Comune di Oppido Mamertina")
pdf.set_creator("Asmenet Calabria - Atti")
pdf.set_producer("fpdf2 2.8.9")
pdf.add_page()
pdf.set_font("Helvetica", "B", 10)
pdf.cell(0, 5, "COPIA", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Times", "B", 17)
pdf.cell(0, 8, "COMUNE DI OPPIDO MAMERTINA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Times", "I", 10.5)
pdf.cell(0, 5, "Città Metropolitana di Reggio Calabria", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Times", "", 8.5)
pdf.cell(0, 4, "Piazza Umberto I - 89014 Oppido Mamertina (RC)", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
y = pdf.get_y() + 3
pdf.set_line_width(0.3)
pdf.line(20, y, 192, y); pdf.line(20, y + 0.9, 192, y + 0.9)
pdf.set_y(y + 4)
pdf.set_font("Helvetica", "B", 11.5)
pdf.cell(0, 6, "DELIBERAZIONE DELLA GIUNTA COMUNALE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.cell(0, 6, "N. 80 del 16.09.2027", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(2)
SUBJ = ("Atto di indirizzo per la partecipazione all'avviso pubblico della Regione Calabria per il "
        "finanziamento di interventi di mitigazione del rischio idrogeologico.")
pdf.set_font("Times", "", 11)
pdf.multi_cell(0, 5.5, "**OGGETTO:** " + SUBJ, border=1, align="L", padding=2, markdown=True,
               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(3)


def par(t, h=5.3, after=1.8, md=True):
    pdf.multi_cell(0, h, t, align="J", markdown=md, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


pdf.set_font("Times", "", 11)
par("L'anno **duemilaventisette** il giorno **sedici** del mese di **settembre** alle ore **12:00**, nella "
    "sala delle adunanze della Casa Comunale, convocata nelle forme di legge, si è riunita la Giunta "
    "Comunale con l'intervento dei Signori:")
roll = [("GIOFFRÈ Bruno", "Sindaco", "presente"),
        ("ZAPPIA Rosaria", "Vice Sindaco", "presente"),
        ("RASO Antonio", "Assessore", "assente giustificato"),
        ("MAZZITELLI Giuseppe", "Assessore", "presente"),
        ("MITTIGA Caterina", "Assessore", "presente")]
pdf.set_font("Times", "B", 10.5)
x0 = 34
pdf.set_x(x0)
for w_, h_ in ((62, "Componente"), (40, "Carica"), (42, "Presenza")):
    pdf.cell(w_, 6, h_, border="B")
pdf.ln(6)
pdf.set_font("Times", "", 10.5)
for n, c, p in roll:
    pdf.set_x(x0)
    pdf.cell(62, 5.6, n)
    pdf.cell(40, 5.6, c)
    pdf.cell(42, 5.6, p)
    pdf.ln(5.6)
pdf.set_x(x0)
pdf.cell(144, 0.1, "", border="T")
pdf.ln(2)
pdf.set_x(x0)
pdf.set_font("Times", "B", 10.5)
pdf.cell(72, 5.5, "Presenti: 4")
pdf.cell(72, 5.5, "Assenti: 1")
pdf.ln(8)
pdf.set_font("Times", "", 11)
par("Assiste il Segretario Comunale **dott.ssa Maria Teresa Cutrupi**, incaricata della redazione del "
    "verbale. Assume la presidenza il Sindaco, il quale, constatato il numero legale degli intervenuti, "
    "dichiara aperta la seduta e invita la Giunta a deliberare sull'argomento in oggetto.")
pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 7, "LA GIUNTA COMUNALE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Times", "", 11)
for t in [
    "**Premesso** che con decreto dirigenziale del Dipartimento Territorio e Tutela dell'Ambiente della "
    "Regione Calabria è stato approvato l'avviso pubblico per il finanziamento di interventi di mitigazione "
    "del rischio idrogeologico in favore dei Comuni classificati a rischio elevato o molto elevato nel "
    "Piano di Assetto Idrogeologico, con scadenza delle candidature fissata al 15 ottobre 2027;",
    "**Considerato** che il territorio comunale presenta diffusi fenomeni di dissesto lungo la strada "
    "comunale per la frazione Piminoro e nell'area a valle dell'abitato di Tresilico, già segnalati "
    "all'Autorità di Bacino Distrettuale dell'Appennino Meridionale;",
    "**Ritenuto** di fornire al Responsabile del Settore III - Tecnico gli indirizzi per la predisposizione "
    "della candidatura, individuando quale intervento prioritario il consolidamento del versante in "
    "località Piminoro, per un importo stimato di euro 980.000,00;",
    "**Visti** il D.Lgs. 18 agosto 2000, n. 267 e il D.Lgs. 31 marzo 2023, n. 36;",
    "**Dato atto** che sulla proposta di deliberazione è stato espresso il parere favorevole di regolarità "
    "tecnica ai sensi dell'art. 49 del D.Lgs. 267/2000 e che il presente atto, quale mero indirizzo, non "
    "comporta riflessi diretti sulla situazione economico-finanziaria dell'Ente;",
    "Con voti unanimi favorevoli resi nelle forme di legge,",
]:
    par(t)
pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 7, "DELIBERA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Times", "", 11)
pts = [
    "di formulare atto di indirizzo al Responsabile del Settore III - Tecnico affinché predisponga la "
    "candidatura del Comune all'avviso pubblico regionale per il finanziamento di interventi di "
    "mitigazione del rischio idrogeologico, individuando come prioritario il consolidamento del versante "
    "in località Piminoro;",
    "di nominare Responsabile Unico del Progetto l'ing. Saverio Morabito, Responsabile del Settore III - "
    "Tecnico;",
    "di autorizzare il Sindaco alla sottoscrizione della domanda di partecipazione e degli atti connessi.",
]
for i, t in enumerate(pts, 1):
    pdf.cell(8, 5.3, "%d)" % i)
    pdf.multi_cell(0, 5.3, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
par("Infine la Giunta Comunale, con separata votazione unanime, stante l'approssimarsi della scadenza "
    "dell'avviso, dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
    "D.Lgs. n. 267/2000.")
pdf.ln(3)
par("Letto, confermato e sottoscritto.")
if pdf.get_y() > 245:
    pdf.add_page()
pdf.ln(4)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(86, 5, "IL SINDACO", align="C")
pdf.cell(86, 5, "IL SEGRETARIO COMUNALE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Times", "", 11)
pdf.cell(86, 6, "F.to avv. Bruno Gioffrè", align="C")
pdf.cell(86, 6, "F.to dott.ssa Maria Teresa Cutrupi", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(6)
pdf.set_font("Times", "", 9.5)
pdf.multi_cell(0, 4.6, "Copia conforme all'originale, in carta libera per uso amministrativo. "
               "Oppido Mamertina, 17.09.2027 - Il Segretario Comunale F.to dott.ssa Maria Teresa Cutrupi",
               align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.output(OUT)
print(OUT, pdf.pages_count)
