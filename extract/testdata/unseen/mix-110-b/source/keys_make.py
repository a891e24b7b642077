#!/usr/bin/env python3
"""Writes ../keys.json for set mix-110-b and checks every keyed string
against `pdftotext -layout` of its PDF (white space collapsed): the subject
exactly, municipality/organ/office/kind without regard to case (the kind also
in a letter-spaced heading). The number
and the date must be printed too (the date as dd/mm/yyyy or in words).
Exits 1 on any miss."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

FOIANO = "Comune di Foiano della Chiana"
VALDERICE = "Comune di Valderice"
LEGNANO = "Città di Legnano"

KEYS = [
    {"file": "avviso-foianodellachiana-ascotweb.pdf", "role": "act",
     "what": "numbered avviso pubblico n. 14/2026 (rent support), Area heading with its Servizio in a label "
             "grid; ReportLab, letter-spaced letterhead (Tc), justified by word spacing (Tw), running foot "
             "with the number",
     "act": {"municipality": FOIANO, "organ": "AREA AMMINISTRATIVA E SERVIZI ALLA PERSONA",
             "office": "Servizi Sociali e Politiche Abitative", "kind": "avviso", "number": 14,
             "date": "2026-10-12",
             "subject": "CONTRIBUTI AD INTEGRAZIONE DEI CANONI DI LOCAZIONE – ANNO 2026 (ART. 11 DELLA LEGGE "
                        "9 DICEMBRE 1998, N. 431)"}},
    {"file": "bando-foianodellachiana-ascotweb.pdf", "role": "notice",
     "what": "unnumbered bando for market stalls; Word model (python-docx) exported by LibreOffice, "
             "letterhead in the page header, label grid, PAGE field",
     "act": {"municipality": FOIANO, "office": "AREA VIGILANZA E ATTIVITÀ PRODUTTIVE", "kind": "bando",
             "date": "2026-10-14",
             "subject": "BANDO PUBBLICO PER L'ASSEGNAZIONE IN CONCESSIONE DEI POSTEGGI LIBERI NEL MERCATO "
                        "SETTIMANALE DEL GIOVEDÌ"}},
    {"file": "esito-foianodellachiana-ascotweb.pdf", "role": "notice",
     "what": "esito di gara (avviso di appalto aggiudicato) with the offers table; HTML printed by headless "
             "Chromium, running head and foot in @page margin boxes",
     "act": {"municipality": FOIANO, "office": "AREA TECNICA – LAVORI PUBBLICI E PATRIMONIO",
             "kind": "avviso", "date": "2026-10-21",
             "subject": "Procedura negoziata senza bando per l'affidamento dei lavori di riqualificazione "
                        "della pavimentazione di Via Ricasoli e Piazza Cavour. CUP H27H26000410004 – CIG "
                        "B8F41C2A7D"}},
    {"file": "convocazione-foianodellachiana-ascotweb.pdf", "role": "notice",
     "what": "convocation of a council commission by its Presidente, addressees in two columns; pdfLaTeX "
             "(Latin Modern, glyphs placed without space characters)",
     "act": {"municipality": FOIANO, "kind": "convocazione", "date": "2026-10-23",
             "subject": "Convocazione della Commissione Consiliare Permanente Affari Generali e Bilancio – "
                        "seduta del 28 ottobre 2026."}},
    {"file": "avviso-valderice-datagraph.pdf", "role": "notice",
     "what": "unnumbered avviso (school transport refunds); plain troff through groff -Tps and ps2pdf, "
             "heading letter-spaced by horizontal motions",
     "act": {"municipality": VALDERICE, "office": "SETTORE I – AFFARI GENERALI E SERVIZI ALLA PERSONA",
             "kind": "avviso", "date": "2026-10-05",
             "subject": "RIMBORSO DELLE SPESE DI TRASPORTO DEGLI ALUNNI PENDOLARI DELLE SCUOLE SECONDARIE "
                        "DI SECONDO GRADO – A.S. 2026/2027"}},
    {"file": "graduatoria-valderice-datagraph.pdf", "role": "notice",
     "what": "avviso publishing a graduatoria (servizio civico), 80-column Courier report by enscript with "
             "a running head carrying the protocol number and pages",
     "act": {"municipality": VALDERICE, "office": "SETTORE III - SERVIZI SOCIALI E PUBBLICA ISTRUZIONE",
             "kind": "avviso", "date": "2026-10-16",
             "subject": "GRADUATORIA DEFINITIVA DEGLI AMMESSI AL SERVIZIO CIVICO COMUNALE PER IL PERIODO "
                        "NOVEMBRE 2026 - OTTOBRE 2027 - PUBBLICAZIONE."}},
    {"file": "comunicazione-valderice-datagraph.pdf", "role": "notice",
     "what": "comunicazione del Sindaco (water supply suspended); content stream written by hand with "
             "pikepdf: glyphs placed one at a time, letterhead/footer/stamp as Form XObjects drawn last, "
             "protocol stamp rotated up the margin",
     "act": {"municipality": VALDERICE, "office": "Sindaco", "kind": "comunicazione",
             "date": "2026-10-19",
             "subject": "Sospensione dell'erogazione idrica nelle frazioni di Bonagia, Crocevie e Chiesanuova "
                        "nei giorni 21 e 22 ottobre 2026."}},
    {"file": "deposito-valderice-datagraph.pdf", "role": "notice",
     "what": "messo's avviso di deposito (art. 60 DPR 600/1973), printed form of underscores filled in "
             "Courier over the blanks; fpdf2",
     "act": {"municipality": VALDERICE, "office": "UFFICIO MESSI NOTIFICATORI", "kind": "avviso",
             "date": "2026-10-23",
             "subject": "AVVISO DI DEPOSITO DI ATTO PRESSO LA CASA COMUNALE"}},
    {"file": "avviso-legnano-archiflow.pdf", "role": "act",
     "what": "numbered avviso pubblico n. 31/2026 (sports grants), Settore and Servizio in the letterhead's "
             "right block; headless Chromium, running head and foot with the number",
     "act": {"municipality": LEGNANO, "organ": "SETTORE SERVIZI ALLA PERSONA",
             "office": "Servizio Sport e Tempo Libero", "kind": "avviso", "number": 31,
             "date": "2026-10-20",
             "subject": "Contributi alle associazioni sportive dilettantistiche per l'attività della "
                        "stagione sportiva 2026/2027"}},
    {"file": "bando-legnano-archiflow.pdf", "role": "act",
     "what": "numbered bando pubblico n. 5/2026 (allotments); wkhtmltopdf, justified text, tables for the "
             "letterhead",
     "act": {"municipality": LEGNANO, "organ": "SETTORE TERRITORIO E AMBIENTE",
             "office": "Servizio Ecologia e Verde Pubblico", "kind": "bando", "number": 5,
             "date": "2026-10-09",
             "subject": "Assegnazione in concessione degli orti urbani comunali per il triennio 2027-2029"}},
    {"file": "avviso-anagrafe-legnano-archiflow.pdf", "role": "notice",
     "what": "unnumbered avviso (Saturday openings for identity cards); flat ODF exported by LibreOffice, "
             "letterhead table in the page header, letter-spaced title",
     "act": {"municipality": LEGNANO, "office": "SETTORE SERVIZI AL CITTADINO", "kind": "avviso",
             "date": "2026-10-26",
             "subject": "Aperture straordinarie dello Sportello Anagrafe per il rilascio della Carta "
                        "d'Identità Elettronica nei sabati di novembre 2026"}},
    {"file": "deposito-legnano-archiflow.pdf", "role": "notice",
     "what": "avviso di deposito of an adopted piano attuativo (L.R. 12/2005); ReportLab, running foot with "
             "the protocol number",
     "act": {"municipality": LEGNANO, "office": "SETTORE TERRITORIO E AMBIENTE", "kind": "avviso",
             "date": "2026-10-27",
             "subject": "Piano attuativo dell'ambito di trasformazione ATR 9 di via Novara adottato con "
                        "deliberazione della Giunta Comunale n. 214 del 6 ottobre 2026"}},
]

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"]


def text_of(pdf):
    t = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                       check=True).stdout
    return " ".join(t.split())


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        txt = text_of(path)
        low = txt.casefold()
        a = k["act"]
        for f in ("subject",):
            if f in a and " ".join(a[f].split()) not in txt:
                print("MISS %s %s: %r" % (k["file"], f, a[f])); misses += 1
        squeezed = low.replace(" ", "")   # letter-spaced headings ("A V V I S O")
        for f in ("municipality", "organ", "office", "kind"):
            if f in a and " ".join(a[f].split()).casefold() not in low and not (
                    f == "kind" and a[f] in squeezed):
                print("MISS %s %s: %r" % (k["file"], f, a[f])); misses += 1
        if "number" in a and not re.search(r"\b%d/2026\b" % a["number"], txt):
            print("MISS %s number: %r" % (k["file"], a["number"])); misses += 1
        if "date" in a:
            y, m, d = a["date"].split("-")
            forms = ["%s/%s/%s" % (d, m, y), "%d %s %s" % (int(d), MONTHS[int(m) - 1], y)]
            if not any(f_ in txt for f_ in forms):
                print("MISS %s date: %r" % (k["file"], a["date"])); misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
