#!/usr/bin/env python3
"""Text spool of a character-based atti procedure (80 columns), as the
Servizio prints it through Ghostscript's gslp.ps. Writes spool.txt (Latin-1)."""
import textwrap
W = 80
def wrap(t, ind=0, first=None):
    return textwrap.wrap(t, W - ind, initial_indent="", subsequent_indent="") if first is None else None
def para(t, ind=0, hang=0):
    lines = textwrap.wrap(t, W - ind - hang, break_long_words=False, break_on_hyphens=False)
    out = []
    for i, l in enumerate(lines):
        out.append(" " * (ind + (hang if i else 0)) + l)
    return out
def center(t): return t.center(W).rstrip()
SEP = "=" * W
sep = "-" * W

def head(pg, tot):
    return [
     "COMUNE DI ROMANS D'ISONZO" + ("Pag. %d di %d" % (pg, tot)).rjust(W - 25),
     "Regione Autonoma Friuli Venezia Giulia",
     "Via Latina, 24 - 34076 Romans d'Isonzo (GO)",
     SEP]
foot = [sep, "ATTI/DT01  Stampato il 05/03/2026 ore 11:42  utente: MGRION".ljust(W - 14) + "DT 0064/2026"]

body = []
body += ["", center("AREA SERVIZI ALLA PERSONA"), center("Servizio Istruzione e Politiche Sociali"), ""]
body += [center("DETERMINAZIONE N. 64 DEL 05/03/2026"), center("(Registro di Area n. 12)"), ""]
body += para("OGGETTO: SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2025/2026 - LIQUIDAZIONE FATTURA N. 18/PA DEL 28/02/2026 ALLA DITTA AUTOSERVIZI ISONTINI S.N.C. - MESE DI FEBBRAIO 2026 - CIG B2C4E91A07", 0, 9)
body += [sep, ""]
body += [center("IL TITOLARE DI INCARICO DI ELEVATA QUALIFICAZIONE"), ""]
for t in [
 "RICHIAMATO il decreto del Sindaco n. 2 del 07/01/2026 di conferimento dell'incarico di elevata qualificazione dell'Area Servizi alla Persona;",
 "RICHIAMATA la propria determinazione n. 188 del 29/08/2025, con la quale e' stato affidato alla ditta Autoservizi Isontini s.n.c. il servizio di trasporto scolastico per l'anno scolastico 2025/2026, per l'importo mensile di euro 3.950,00 oltre IVA al 10%;",
 "VISTA la fattura elettronica n. 18/PA del 28/02/2026, acquisita al protocollo n. 1622 del 02/03/2026, dell'importo di euro 4.345,00 IVA compresa, relativa al servizio reso nel mese di febbraio 2026;",
 "ACCERTATA la regolare esecuzione del servizio e verificata la regolarita' contributiva della ditta (DURC prot. INPS_49217734, scadenza 11/06/2026);",
 "VISTI il D.Lgs. 267/2000, la L.R. 18/2015 e il vigente Regolamento di contabilita';"]:
    body += para(t) + [""]
body += [center("D E T E R M I N A"), ""]
for n, t in enumerate([
 "di liquidare alla ditta Autoservizi Isontini s.n.c., con sede in Gradisca d'Isonzo, la fattura n. 18/PA del 28/02/2026 per l'importo imponibile di euro 3.950,00, con versamento all'Erario dell'IVA di euro 395,00 in regime di scissione dei pagamenti;",
 "di imputare la spesa complessiva di euro 4.345,00 all'impegno n. 402/2025, capitolo 4520 \"Servizio trasporto scolastico\", del bilancio 2026, gestione residui;",
 "di trasmettere il presente atto al Servizio Finanziario per l'emissione del mandato di pagamento."], 1):
    body += para("%d. %s" % (n, t), 2, 3) + [""]
body += ["", " " * 40 + "IL TITOLARE DI INCARICO DI E.Q.", " " * 40 + "   dott.ssa Michela Grion", " " * 40 + "(firmato digitalmente)", ""]
body += [sep, "VISTO DI REGOLARITA' CONTABILE - art. 184, c. 4, D.Lgs. 267/2000",
         "Liquidazione n. 311 del 05/03/2026 - Il Responsabile del Servizio Finanziario", "rag. Paola Furlan", sep]
body += para("La presente determinazione viene pubblicata all'Albo Pretorio on line per 15 giorni consecutivi dal 06/03/2026 al 20/03/2026 (L.R. 21/2003, art. 1, c. 15).")

PL = 52  # printable body lines per page (Courier9: 63 lines)
pages = [body[i:i + PL] for i in range(0, len(body), PL)]
out = []
for i, pg in enumerate(pages, 1):
    lines = head(i, len(pages)) + pg
    lines += [""] * (4 + PL - len(pg)) + foot
    out.append("\n".join(lines))
open("spool.txt", "w", encoding="latin-1").write("\f".join(out) + "\n")
