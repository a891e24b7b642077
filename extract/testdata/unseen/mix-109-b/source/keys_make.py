#!/usr/bin/env python3
"""Writes ../keys.json for set mix-109-b and checks every keyed string
against `pdftotext -layout` of its PDF (white space collapsed). Subjects are
matched exactly; municipality, organ and office without regard to case (as
the scorer compares them). Numbers must stand as whole numbers and dates as
dd/mm/yyyy somewhere in the text. Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

CAS = "Comune di Casalecchio di Reno"
SBT = "Città di San Benedetto del Tronto"
SGR = "Comune di San Giovanni Rotondo"

keys = [
    {"file": "determinazione-casalecchiodireno-jiride.pdf", "role": "act",
     "what": "Casalecchio di Reno determinazione R.G. 612 (Reg. Sett. 148, proposta 1730): frontispiece label grid, boxed "
             "subject, running head with the R.G. number, visto contabile; ReportLab, justified with Tw",
     "operative_points": 6,
     "act": {"municipality": CAS, "organ": "AREA SERVIZI AL TERRITORIO",
             "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
             "number": 612, "sector_number": 148, "date": "2026-09-14",
             "proposal_number": 1730, "proposal_date": "2026-09-10",
             "subject": "LAVORI DI MANUTENZIONE STRAORDINARIA DEI MARCIAPIEDI DI VIA GUGLIELMO MARCONI E VIA PIAVE. "
                        "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. A), DEL D.LGS. 36/2023 ALLA DITTA "
                        "EDILSTRADE RENO S.R.L. E IMPEGNO DI SPESA - CUP G37H26000410004 - CIG B4C7D19E2A"}},
    {"file": "determinazione-casalecchiodireno-jiride-scuole.pdf", "role": "act",
     "what": "Casalecchio di Reno determinazione R.G. 627 (Reg. Sett. 41, proposta 1768) on grants to nursery schools: "
             "the same grid as a Word table, .docx by python-docx through LibreOffice Writer, header/footer fields, "
             "Word list numbering",
     "operative_points": 5,
     "act": {"municipality": CAS, "organ": "AREA SERVIZI ALLA PERSONA",
             "office": "Servizio Scuola e Servizi Educativi", "kind": "determinazione",
             "number": 627, "sector_number": 41, "date": "2026-09-17",
             "proposal_number": 1768, "proposal_date": "2026-09-15",
             "subject": "CONTRIBUTI ALLE SCUOLE DELL'INFANZIA PARITARIE PER L'ANNO SCOLASTICO 2026/2027 IN ATTUAZIONE "
                        "DELLA CONVENZIONE APPROVATA CON DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 38 DEL 29/05/2024. "
                        "IMPEGNO DI SPESA E LIQUIDAZIONE DEL PRIMO ACCONTO"}},
    {"file": "ordinanza-casalecchiodireno-jiride.pdf", "role": "act",
     "what": "Casalecchio di Reno ordinanza dirigenziale R.G. 284 (Reg. Sett. 96), traffic for a town festival: grid, "
             "letter-spaced O R D I N A, streets and addressees in two CSS columns, running foot in @page margin "
             "boxes; headless Chromium",
     "operative_points": 5,
     "act": {"municipality": CAS, "organ": "AREA SERVIZI AL TERRITORIO",
             "office": "Servizio Mobilità e Viabilità", "kind": "ordinanza",
             "number": 284, "sector_number": 96, "date": "2026-09-21",
             "subject": "PROVVEDIMENTI TEMPORANEI DI DISCIPLINA DELLA CIRCOLAZIONE E DELLA SOSTA IN VIA PORRETTANA, "
                        "VIA MARCONI E STRADE LIMITROFE PER LO SVOLGIMENTO DELLA MANIFESTAZIONE \u201cCASALECCHIO FA "
                        "FESTA\u201d DI DOMENICA 27 SETTEMBRE 2026"}},
    {"file": "determinazione-casalecchiodireno-jiride-rimborsi.pdf", "role": "act",
     "what": "Casalecchio di Reno determinazione R.G. 641 (Reg. Sett. 87, proposta 1805), IMU refunds: grid drawn with "
             "cells, boxed subject, running head from page 2; fpdf2 with embedded Liberation TTF, justified by TJ offsets",
     "operative_points": 4,
     "act": {"municipality": CAS, "organ": "AREA SERVIZI FINANZIARI",
             "office": "Servizio Entrate e Tributi", "kind": "determinazione",
             "number": 641, "sector_number": 87, "date": "2026-09-23",
             "proposal_number": 1805, "proposal_date": "2026-09-21",
             "subject": "RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) PER LE "
                        "ANNUALITÀ 2023 E 2024. LIQUIDAZIONE A FAVORE DI N. 7 CONTRIBUENTI"}},
    {"file": "determinazione-sanbenedettodeltronto-halley.pdf", "role": "act",
     "what": "San Benedetto del Tronto determinazione Reg. Gen. 1487 / Reg. Sett. 212, tree pruning: Settore and "
             "Servizio only in the running head, subject after OGGETTO, lettered dispositivo; plain troff, groff -Tps "
             "and ps2pdf",
     "operative_points": 6,
     "act": {"municipality": SBT, "organ": "SETTORE LAVORI PUBBLICI E MANUTENZIONI",
             "office": "Servizio Verde Pubblico", "kind": "determinazione",
             "number": 1487, "sector_number": 212, "date": "2026-09-17",
             "subject": "SERVIZIO DI POTATURA E MESSA IN SICUREZZA DELLE ALBERATURE DI PINUS PINEA LUNGO VIALE "
                        "BUONARROTI E IL LUNGOMARE SUD. DETERMINA A CONTRARRE E AFFIDAMENTO DIRETTO ALLA DITTA VERDE "
                        "PICENO SOC. COOP. - CIG B51E8A27C3"}},
    {"file": "determinazione-sanbenedettodeltronto-halley-fondolocazioni.pdf", "role": "act",
     "what": "San Benedetto del Tronto determinazione Reg. Gen. 1502 / Reg. Sett. 58, rent-support ranking: 80-column "
             "Courier report whose program writes the running head and pads justified lines with spaces; enscript "
             "and ps2pdf",
     "operative_points": 5,
     "act": {"municipality": SBT, "organ": "SETTORE POLITICHE SOCIALI E WELFARE",
             "office": "Servizio Politiche Abitative", "kind": "determinazione",
             "number": 1502, "sector_number": 58, "date": "2026-09-21",
             "subject": "FONDO NAZIONALE PER IL SOSTEGNO ALL\u2019ACCESSO ALLE ABITAZIONI IN LOCAZIONE (ART. 11 LEGGE "
                        "431/1998) - ANNUALITÀ 2026 - APPROVAZIONE DELLA GRADUATORIA DEFINITIVA DEI BENEFICIARI E "
                        "IMPEGNO DI SPESA"}},
    {"file": "ordinanza-sanbenedettodeltronto-halley.pdf", "role": "act",
     "what": "San Benedetto del Tronto ordinanza dirigenziale Reg. Gen. 612 / Reg. Sett. 301 of the Polizia Locale, "
             "road works: fancyhdr running head, soul letter-spaced headings, lettered ORDINA; pdflatex",
     "operative_points": 4,
     "act": {"municipality": SBT, "organ": "SETTORE POLIZIA LOCALE",
             "office": "Servizio Viabilità e Traffico", "kind": "ordinanza",
             "number": 612, "sector_number": 301, "date": "2026-09-24",
             "subject": "ISTITUZIONE DEL DIVIETO DI SOSTA CON RIMOZIONE FORZATA E DEL DIVIETO DI TRANSITO IN VIA "
                        "CALATAFIMI, NEL TRATTO COMPRESO TRA VIA MONTEBELLO E VIA PALESTRO, PER LAVORI DI ALLACCIO "
                        "ALLA RETE FOGNARIA DAL 28 SETTEMBRE AL 9 OTTOBRE 2026"}},
    {"file": "ordinanza-sanbenedettodeltronto-halley-demolizione.pdf", "role": "act",
     "what": "San Benedetto del Tronto ordinanza dirigenziale Reg. Gen. 618 / Reg. Sett. 27, demolition of an "
             "unauthorised building: Writer header with Settore and number, lettered ORDINA; flat ODT through "
             "LibreOffice Writer",
     "operative_points": 3,
     "act": {"municipality": SBT, "organ": "SETTORE GESTIONE DEL TERRITORIO E ATTIVITÀ EDILIZIA",
             "office": "Servizio Edilizia Privata e Vigilanza", "kind": "ordinanza",
             "number": 618, "sector_number": 27, "date": "2026-09-28",
             "subject": "ORDINANZA DI DEMOLIZIONE DI OPERE EDILIZIE ESEGUITE IN ASSENZA DI PERMESSO DI COSTRUIRE IN "
                        "VIA SAN GIACOMO N. 14 E DI RIPRISTINO DELLO STATO DEI LUOGHI AI SENSI DELL'ART. 31 DEL "
                        "D.P.R. 380/2001"}},
    {"file": "determinazione-sangiovannirotondo-civilianext.pdf", "role": "act",
     "what": "San Giovanni Rotondo determinazione R.G. 934 (Reg. Sett. 318, proposta 1102), bulky-waste service "
             "extension: content streams written by hand (pikepdf), every glyph placed alone, letterhead and foot "
             "as Form XObjects drawn after the body, rotated Albo stamp in the margin",
     "operative_points": 5,
     "act": {"municipality": SGR, "organ": "SETTORE III \u2013 LAVORI PUBBLICI, PATRIMONIO E AMBIENTE",
             "office": "Servizio Ambiente e Igiene Urbana", "kind": "determinazione",
             "number": 934, "sector_number": 318, "date": "2026-09-22",
             "proposal_number": 1102, "proposal_date": "2026-09-18",
             "subject": "SERVIZIO DI RACCOLTA E TRASPORTO DEI RIFIUTI INGOMBRANTI E DEI RAEE CONFERITI PRESSO IL "
                        "CENTRO COMUNALE DI RACCOLTA DI VIA FOGGIA. PROROGA TECNICA FINO AL 31/12/2026 E IMPEGNO DI "
                        "SPESA - CIG B62D0F4A91"}},
    {"file": "ordinanza-sangiovannirotondo-civilianext.pdf", "role": "act",
     "what": "San Giovanni Rotondo ordinanza dirigenziale n. 173 of the Polizia Locale, traffic for the feast of "
             "San Pio: printed model with blanks of underscores, values typed over them in Courier; ReportLab canvas",
     "operative_points": 4,
     "act": {"municipality": SGR, "organ": "SETTORE IV \u2013 POLIZIA LOCALE",
             "office": "Ufficio Viabilità e Traffico", "kind": "ordinanza",
             "number": 173, "date": "2026-09-15",
             "subject": "REGOLAMENTAZIONE TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA IN VIALE CAPPUCCINI E PIAZZALE "
                        "SANTA MARIA DELLE GRAZIE IN OCCASIONE DELLE CELEBRAZIONI IN ONORE DI SAN PIO DA PIETRELCINA "
                        "DEL 22 E 23 SETTEMBRE 2026"}},
    {"file": "determinazione-sangiovannirotondo-civilianext-cancelleria.pdf", "role": "act",
     "what": "San Giovanni Rotondo determinazione R.G. 951 (Reg. Sett. 144, proposta 1131), stationery on MEPA: "
             "page-sized HTML blocks with absolute running foot; wkhtmltopdf 0.12.6",
     "operative_points": 5,
     "act": {"municipality": SGR, "organ": "SETTORE II \u2013 SERVIZI FINANZIARI",
             "office": "Servizio Economato e Provveditorato", "kind": "determinazione",
             "number": 951, "sector_number": 144, "date": "2026-09-25",
             "proposal_number": 1131, "proposal_date": "2026-09-23",
             "subject": "FORNITURA DI CARTA IN RISME E MATERIALE DI CANCELLERIA PER GLI UFFICI COMUNALI MEDIANTE "
                        "ORDINE DIRETTO SUL MERCATO ELETTRONICO DELLA PUBBLICA AMMINISTRAZIONE (MEPA). AFFIDAMENTO E "
                        "IMPEGNO DI SPESA - CIG B63A1C7E05"}},
    {"file": "ordinanza-sangiovannirotondo-civilianext-rifiuti.pdf", "role": "act",
     "what": "San Giovanni Rotondo ordinanza dirigenziale R.G. 181 (Reg. Sett. 57), removal of dumped waste: fpdf2 "
             "core fonts, justified with Tw, headings letter-spaced with Tc, signatures alone on page 2",
     "operative_points": 3,
     "act": {"municipality": SGR, "organ": "SETTORE III - LAVORI PUBBLICI, PATRIMONIO E AMBIENTE",
             "office": "Servizio Ambiente e Igiene Urbana", "kind": "ordinanza",
             "number": 181, "sector_number": 57, "date": "2026-09-29",
             "subject": "ORDINANZA DI RIMOZIONE, AVVIO A RECUPERO O SMALTIMENTO DEI RIFIUTI ABBANDONATI E DI "
                        "RIPRISTINO DELLO STATO DEI LUOGHI SU TERRENO PRIVATO IN CONTRADA SAN NICOLA (FOGLIO 62, "
                        "PARTICELLA 418) AI SENSI DELL'ART. 192 DEL D.LGS. 152/2006"}},
]


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return collapse(out)


def main():
    misses = 0
    for k in keys:
        pdf = os.path.join(SET, k["file"])
        if not os.path.exists(pdf):
            print("MISSING FILE", k["file"])
            misses += 1
            continue
        t = text_of(pdf)
        tl = t.lower()
        a = k.get("act", {})
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a and collapse(a[f]).lower() not in tl:
                print("%s: %s not found: %r" % (k["file"], f, a[f]))
                misses += 1
        if "subject" in a and collapse(a["subject"]) not in t:
            print("%s: subject not found: %r" % (k["file"], a["subject"]))
            misses += 1
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<![\d/.])%d(?![\d/])" % a[f], t):
                print("%s: %s %d not found" % (k["file"], f, a[f]))
                misses += 1
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                if "%s/%s/%s" % (d, m, y) not in t:
                    print("%s: %s %s not found" % (k["file"], f, a[f]))
                    misses += 1
        size = os.path.getsize(pdf)
        if size > 400 * 1024:
            print("%s: %d bytes, over 400 KB" % (k["file"], size))
            misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(keys, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys, %d misses" % (len(keys), misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
