#!/usr/bin/env python3
"""Write ../keys.json for set mix-140-c and check that every keyed string is
found in `pdftotext -layout` of its PDF (whitespace collapsed). Subjects are
matched exactly; municipality, organ, office (and names/roles, none keyed in
this set) without regard to case or the shape of the apostrophe. Exits 1 on a
miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

F = "Comune di Fonte Nuova"
M = "Comune di Monteroni di Lecce"
V = "Comune di Fiumicello Villa Vicentina"

SUBJ_DGC_M = ("DETERMINAZIONE DELLE TARIFFE ORARIE PER L'UTILIZZO DELLA PALESTRA COMUNALE E DEL CAMPO "
              "POLIVALENTE DA PARTE DI ASSOCIAZIONI E SOCIETÀ SPORTIVE - ANNO 2029.")

KEYS = [
    # ---------------- Fonte Nuova (Sicraweb-like) ----------------
    {"file": "ordinanzasindacale-fontenuova-sicraweb.pdf", "role": "act",
     "what": "ordinanza contingibile e urgente del Sindaco n. 2/2029 (drinking-water ban in Tor Lupara), HTML printed by headless Chromium; Sicraweb-like registration grid with a 'Proponente' Settore row",
     "operative_points": 3,
     "act": {"municipality": F, "organ": "Sindaco", "kind": "ordinanza", "number": 2, "date": "2029-01-08",
             "subject": "DIVIETO TEMPORANEO DI UTILIZZO A SCOPO POTABILE E ALIMENTARE DELL'ACQUA DISTRIBUITA DALLA RETE IDRICA NELLE VIE DELLA LOCALITÀ TOR LUPARA ALIMENTATE DAL SERBATOIO DI VIA DEI CASTAGNI."}},
    {"file": "ordinanzadirigenziale-fontenuova-sicraweb.pdf", "role": "act",
     "what": "ordinanza dirigenziale of the Settore VI - Polizia Locale (roadworks on Via Palombarese), general register n. 18 beside the Settore's n. 5; python-docx .docx with the letterhead in the page header, exported by LibreOffice Writer",
     "operative_points": 4,
     "act": {"municipality": F, "organ": "SETTORE VI – POLIZIA LOCALE", "office": "Ufficio Traffico e Viabilità",
             "kind": "ordinanza", "number": 18, "sector_number": 5, "date": "2029-01-12",
             "subject": "ISTITUZIONE TEMPORANEA DEL DIVIETO DI SOSTA CON RIMOZIONE FORZATA E DEL SENSO UNICO ALTERNATO REGOLATO DA IMPIANTO SEMAFORICO IN VIA PALOMBARESE, NEL TRATTO COMPRESO TRA VIA GIUSEPPE DI VITTORIO E VIA DELLE MIMOSE, PER LAVORI DI ESTENSIONE DELLA RETE DI DISTRIBUZIONE DEL GAS METANO DAL 15/01/2029 AL 26/01/2029."}},
    {"file": "avviso-fontenuova-sicraweb.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico on the rent-support contribution, subject set as a title under 'AVVISO PUBBLICO', issuing Servizio under its Settore at the top right; fpdf2 with Liberation TTF",
     "act": {"municipality": F, "office": "Servizio Politiche Sociali e Abitative", "kind": "avviso", "date": "2029-01-11",
             "subject": "CONTRIBUTO INTEGRATIVO PER IL PAGAMENTO DEI CANONI DI LOCAZIONE ANNUALITÀ 2028 (ART. 11 DELLA LEGGE 9 DICEMBRE 1998, N. 431)"}},
    {"file": "certificato-fontenuova-sicraweb.pdf", "role": "certificate",
     "what": "certificato di pubblicazione of Giunta deliberation 4/2029, data in a grid (register of publications n. 57), ReportLab canvas",
     "act": {"municipality": F, "kind": "attestazione", "number": 4, "date": "2029-01-05",
             "subject": "INDIRIZZI PER LA PROSECUZIONE DEL SERVIZIO DI TRASPORTO SCOLASTICO NELLE MORE DELL'AGGIUDICAZIONE DELLA NUOVA PROCEDURA DI GARA - PERIODO GENNAIO/GIUGNO 2029"}},
    # ---------------- Monteroni di Lecce (J-Iride-like) ----------------
    {"file": "ordinanzadirigenziale-monteroni-jiride.pdf", "role": "act",
     "what": "ordinanza of the Settore Tecnico closing Via San Pietro in Lama for sewer works, 'Reg. Ord. n. 12', Settore/Servizio/Responsabile grid; HTML through wkhtmltopdf",
     "operative_points": 3,
     "act": {"municipality": M, "organ": "SETTORE TECNICO", "office": "Lavori Pubblici, Manutenzioni e Viabilità",
             "kind": "ordinanza", "number": 12, "date": "2029-01-10",
             "subject": "CHIUSURA TEMPORANEA AL TRANSITO VEICOLARE DI VIA SAN PIETRO IN LAMA, NEL TRATTO COMPRESO TRA VIA ARNESANO E VIA DEI MILLE, PER L'ESECUZIONE DEI LAVORI DI POTENZIAMENTO DELLA RETE FOGNARIA NERA - DAL 15/01/2029 AL 09/02/2029."}},
    {"file": "ordinanzasindacale-monteroni-jiride.pdf", "role": "act",
     "what": "ordinanza contingibile e urgente del Sindaco 'N. 2/2029' with 'Reg. Gen. n. 9' on the same line (orange weather alert, schools closed); groff -ms through ps2pdf",
     "operative_points": 3,
     "act": {"municipality": M, "organ": "Sindaco", "kind": "ordinanza", "number": 9, "sector_number": 2, "date": "2029-01-14",
             "subject": "CHIUSURA DELLE SCUOLE DI OGNI ORDINE E GRADO, DEL CIMITERO COMUNALE, DEI PARCHI E DELLE VILLE COMUNALI PER IL GIORNO 15 GENNAIO 2029 – ALLERTA METEO ARANCIONE."}},
    {"file": "avviso-monteroni-jiride.pdf", "role": "notice",
     "what": "avviso pubblico n. 2/2029 on the use of municipal sports facilities, subject after OGGETTO in mixed case, Settore/Ufficio grid; hand-written content stream with pikepdf (standard 14 fonts, Tw justification)",
     "act": {"municipality": M, "office": "Ufficio Sport, Cultura e Turismo", "kind": "avviso", "number": 2, "date": "2029-01-11",
             "subject": "Concessione in uso temporaneo della palestra comunale di Via Lecce e del campo polivalente di Via Carmiano ad associazioni e società sportive dilettantistiche - periodo febbraio/giugno 2029."}},
    {"file": "certificato-monteroni-jiride.pdf", "role": "certificate",
     "what": "certificato di esecutività (art. 134 c. 3) of Giunta deliberation 2/2029, hand-written flat ODT exported by LibreOffice Writer",
     "act": {"municipality": M, "kind": "attestazione", "number": 2, "date": "2029-01-04",
             "subject": SUBJ_DGC_M}},
    # ---------------- Fiumicello Villa Vicentina (Insiel-like) ----------------
    {"file": "ordinanzasindacale-fiumicello-insiel.pdf", "role": "act",
     "what": "ORDINANZA SINDACALE N. 1 DEL 09/01/2029, contingibile e urgente (Isonzo embankments closed for flood risk); ReportLab platypus with a canvas letterhead",
     "operative_points": 3,
     "act": {"municipality": V, "organ": "Sindaco", "kind": "ordinanza", "number": 1, "date": "2029-01-09",
             "subject": "DIVIETO DI ACCESSO, TRANSITO E SOSTA SULLE SOMMITÀ ARGINALI E NELLE AREE GOLENALI DEL FIUME ISONZO IN LOCALITÀ ISOLA MOROSINI E PAPARIANO PER RISCHIO IDRAULICO."}},
    {"file": "ordinanzadirigenziale-fiumicello-insiel.pdf", "role": "act",
     "what": "ordinanza of the Area Vigilanza - Servizio di Polizia Locale 'N. 2 / P.L.' with 'Reg. Gen. n. 3' (Epiphany bonfire), HTML printed by headless Chromium with an @page footer",
     "operative_points": 4,
     "act": {"municipality": V, "organ": "AREA VIGILANZA", "office": "Servizio di Polizia Locale",
             "kind": "ordinanza", "number": 3, "sector_number": 2, "date": "2029-01-03",
             "subject": "DIVIETO DI TRANSITO E DI SOSTA IN VIA DEI CAMPI E NELL'AREA ANTISTANTE IL CAMPO SPORTIVO DI VILLA VICENTINA IN OCCASIONE DEL TRADIZIONALE FALÒ EPIFANICO (PIGNARÛL) DEL 5 GENNAIO 2029."}},
    {"file": "bando-fiumicello-insiel.pdf", "role": "notice",
     "what": "BANDO N. 1/2029 for grants to associations, subject after OGGETTO, Area and Servizio at the top right of a two-cell letterhead; python-docx .docx exported by LibreOffice Writer",
     "act": {"municipality": V, "office": "Servizio Cultura, Sport e Associazionismo", "kind": "bando", "number": 1, "date": "2029-01-12",
             "subject": "Contributi ordinari a favore delle associazioni culturali, sportive, ricreative e di volontariato operanti nel territorio comunale per l'attività dell'anno 2029."}},
    {"file": "certificato-fiumicello-insiel.pdf", "role": "certificate",
     "what": "attestato di pubblicazione e di esecutività (L.R. FVG 21/2003) of Giunta deliberation 1/2029, Latin-1 text through enscript (Courier 11) and ps2pdf",
     "act": {"municipality": V, "kind": "attestazione", "number": 1, "date": "2029-01-08",
             "subject": "APPROVAZIONE DEI CRITERI PER LA CONCESSIONE DI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI OPERANTI NEL TERRITORIO COMUNALE - ANNO 2029."}},
]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("\u2019", "'").replace("\u2018", "'").lower()
    return s


def text_of(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    miss = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); miss += 1; continue
        raw = text_of(path)
        exact, folded = norm(raw, False), norm(raw, True)
        a = k["act"]
        checks = [("subject", a.get("subject"), False)]
        for fld in ("municipality", "organ", "office", "proposing_office"):
            checks.append((fld, a.get(fld), True))
        for who in ("president", "secretary"):
            if who in a:
                checks += [(who + ".name", a[who]["name"], True), (who + ".role", a[who]["role"], True),
                           (who + ".title", a[who]["title"], True)]
        for at in a.get("attendees", []):
            checks += [("attendee", at["name"], True), ("attendee role", at["role"], True)]
        for label, val, fold in checks:
            if not val:
                continue
            hay = folded if fold else exact
            if norm(val, fold) not in hay:
                print("MISS %s %s: %r" % (k["file"], label, val)); miss += 1
    print("%d keys, %d misses" % (len(KEYS), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
