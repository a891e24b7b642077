# Ordinanza del Sindaco di Roccaraso - text typed in an old DOS editor and
# turned into PDF line by line by an fpdf2 text-to-PDF script (Courier).
from fpdf import FPDF
from fw import center, lr, wrap, spaced, check_width

W = 76
L = [
    center("COMUNE DI ROCCARASO", W),
    center("(Provincia dell'Aquila)", W),
    center("Viale Iv Novembre, 2 - 67037 Roccaraso", W).replace("Iv", "IV"),
    "",
    center("IL SINDACO", W),
    "",
    lr("ORDINANZA N. 9", "Roccaraso, 12/03/2026", W),
    "Prot. n. 2874",
    "",
]
L += wrap("Chiusura al transito veicolare e pedonale della strada comunale Roccaraso - "
          "Pietransieri, dal km 1+200 al km 1+650, per caduta massi dal versante "
          "sovrastante.", W, "OGGETTO: ", " " * 9)
L += ["_" * W, ""]
L += [center("IL SINDACO", W), ""]
for t in [
    "PREMESSO che nella mattinata dell'11/03/2026 personale dell'Ufficio Tecnico "
    "comunale ha rilevato il distacco di massi e materiale roccioso dalla scarpata "
    "sovrastante la strada comunale Roccaraso - Pietransieri, in localita' Vallone "
    "Sant'Antonio, con parziale occupazione della carreggiata;",
    "VISTO il verbale di sopralluogo redatto dal Responsabile dell'Area Tecnica, "
    "acquisito al prot. n. 2861 dell'11/03/2026, dal quale risulta che il versante "
    "presenta ulteriori blocchi instabili e che non e' possibile garantire la "
    "sicurezza della circolazione;",
    "CONSIDERATO che la situazione rappresenta un grave pericolo per la pubblica "
    "incolumita' e che occorre provvedere con urgenza, nelle more degli interventi "
    "di disgaggio e di messa in sicurezza del versante;",
    "VISTI gli artt. 50 e 54 del D.Lgs. 18/08/2000, n. 267;",
    "VISTI gli artt. 6 e 7 del D.Lgs. 30/04/1992, n. 285 (Nuovo Codice della Strada);",
]:
    L += wrap(t, W)
    L.append("")
L += [center(spaced("ORDINA"), W), ""]
pts = [
    "la chiusura al transito veicolare e pedonale della strada comunale Roccaraso - "
    "Pietransieri nel tratto compreso tra il km 1+200 e il km 1+650, con decorrenza "
    "immediata e fino al ripristino delle condizioni di sicurezza;",
    "all'Ufficio Tecnico comunale di provvedere all'immediata apposizione della "
    "segnaletica di divieto e delle barriere di chiusura alle due estremita' del tratto "
    "interessato;",
    "che il traffico diretto alla frazione di Pietransieri sia deviato lungo la S.R. 17 "
    "e la strada provinciale n. 84, come da segnaletica di preavviso;",
    "al Comando di Polizia Locale e alle Forze dell'Ordine di vigilare sull'osservanza "
    "della presente ordinanza.",
]
for i, t in enumerate(pts, 1):
    L += wrap(t, W, "%d) " % i, "   ")
L.append("")
L += [center(spaced("AVVERTE"), W), ""]
L += wrap("che contro il presente provvedimento e' ammesso ricorso al T.A.R. Abruzzo entro "
          "60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della "
          "Repubblica entro 120 giorni.", W)
L.append("")
L += [center(spaced("DISPONE"), W), ""]
L += wrap("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e trasmessa, "
          "per quanto di competenza, a:", W)
for d in ["Prefettura - U.T.G. dell'Aquila;", "Provincia dell'Aquila - Settore Viabilita';",
          "Comando Stazione Carabinieri di Roccaraso;", "Comando di Polizia Locale - SEDE;",
          "Ufficio Tecnico comunale - SEDE."]:
    L.append("   - " + d)
L += [
    "",
    "Dalla Residenza Municipale, 12/03/2026",
    "",
    "                                                 IL SINDACO",
    "                                       F.to Dott. Gianfranco Ricciardelli",
]
check_width(L, W, "roccaraso")

cut = L.index(center(spaced("DISPONE"), W))
pages = [L[:cut], L[cut:]]
assert len(pages[0]) <= 62
pdf = FPDF(format="A4", unit="pt")
pdf.set_auto_page_break(False)
pdf.set_creator("TXT2PDF 1.2")
pdf.set_title("ORD009.TXT")
for n, pg in enumerate(pages, 1):
    pdf.add_page()
    pdf.set_font("Courier", size=10)
    y = 52
    for line in pg:
        if line.strip():
            pdf.text(62, y, line)
        y += 12.4
    pdf.text(62, 812, lr("Ordinanza n. 9 del 12/03/2026", "pag. %d di %d" % (n, len(pages)), W))
pdf.output("build/roccaraso.pdf")
print(len(L), len(pages))
