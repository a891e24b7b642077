"""Writes ../keys.json (the answers, keyed by reading the documents) and checks
that every keyed string occurs in `pdftotext -layout` output (whitespace
collapsed; subjects exactly, other strings ignoring case)."""
import json
import os
import re
import subprocess
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def A(name, role, present=True):
    return {"name": name, "role": role, "present": present}


KEYS = [
    {"file": "deliberazione-tortona-sicraweb.pdf", "role": "act",
     "what": "Giunta deliberation 58/2026 (Sicraweb layout, ReportLab): letterhead as a Form XObject on "
             "every page, register box, roll table with Presente/Assente columns, justified (Tw) "
             "paragraphs, numbered points 1-4, vertical Albo stamp on the right margin",
     "operative_points": 4,
     "act": {"municipality": "Città di Tortona", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 58, "date": "2026-03-12", "time": "17:30",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
                        "RIQUALIFICAZIONE ENERGETICA DELLA PALESTRA DELLA SCUOLA PRIMARIA DI VIA EMILIA "
                        "– CUP D92B26000010004.",
             "proposing_office": "Settore Lavori Pubblici e Manutenzioni", "proposal_number": 64,
             "proposal_date": "2026-03-05",
             "attendees": [A("BRIGNONE LUCA", "Sindaco"), A("ROSSO PAOLA", "Vice Sindaco"),
                           A("DAGLIO MARCO", "Assessore"), A("FERRARI CHIARA", "Assessore", False),
                           A("GUIDOBONO ENRICO", "Assessore"), A("TORRE SIMONA", "Assessore")],
             "president": {"title": "Dott.", "role": "Sindaco", "name": "Luca Brignone"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Laura Bisio"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-palmi-studiok.pdf", "role": "act",
     "what": "Consiglio deliberation 14/2026 (Studio K layout, hand-written streams): 17-row roll in two "
             "columns drawn column by column, running foot/head drawn first, signature block drawn "
             "before the body, embedded Type 1 fonts with /Differences + ToUnicode; majority vote, "
             "points 1)-4), attestato di pubblicazione box at the end",
     "operative_points": 4,
     "act": {"municipality": "Comune di Palmi", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 14, "date": "2026-02-26", "time": "17:30",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO DEGLI IMPIANTI "
                        "SPORTIVI DI PROPRIETÀ COMUNALE.",
             "proposing_office": "Settore Affari Generali", "proposal_number": 18,
             "proposal_date": "2026-02-12",
             "attendees": [A("BARBARO FRANCESCO", "Sindaco"), A("GERACE MARIA TERESA", "Presidente"),
                           A("CUTRÌ DOMENICO", "Consigliere"), A("LACQUANITI ROSARIO", "Consigliere"),
                           A("MORABITO ELENA", "Consigliere", False), A("SURACE GIUSEPPE", "Consigliere"),
                           A("CARIDI ANNUNZIATA", "Consigliere"), A("ZAGARI MICHELE", "Consigliere"),
                           A("FOTI CATERINA", "Consigliere"), A("SALERNO VINCENZO", "Consigliere"),
                           A("CRUCITTI LUCIA", "Consigliere", False), A("MILETO ANTONIO", "Consigliere"),
                           A("FAZZARI SILVANA", "Consigliere"), A("RUSSO PASQUALE", "Consigliere"),
                           A("TRIPODI CARMELA", "Consigliere", False), A("AMATO SALVATORE", "Consigliere"),
                           A("LAGANÀ BRUNO", "Consigliere")],
             "president": {"title": "Avv.", "role": "Presidente del Consiglio Comunale",
                           "name": "Maria Teresa Gerace"},
             "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Fabio Scordo"},
             "vote": "majority",
             "vote_counts": {"present": 14, "voters": 13, "in_favour": 10, "against": 3, "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-selargius-zuddas.pdf", "role": "act",
     "what": "Giunta deliberation 31/2026 (Zuddas layout, pdfLaTeX): Latin Modern Type 1 subsets with "
             "/Differences + ToUnicode, words separated by TJ kerns only, fi/ff/ffi ligatures, Italian "
             "hyphenation across lines; roll with Presente/Assente words, ISEE tariff table, points 1.-4.",
     "operative_points": 4,
     "act": {"municipality": "Comune di Selargius", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 31, "date": "2026-02-19", "time": "12:30",
             "subject": "Servizio di trasporto scolastico a.s. 2026/2027 – Definizione delle tariffe e "
                        "delle fasce di esenzione in base all’ISEE.",
             "attendees": [A("CONCU GIANFRANCO", "Sindaco"), A("PIRAS MARIA ANTONIETTA", "Vice Sindaco"),
                           A("MELIS ROBERTO", "Assessore"), A("DEIANA SILVIA", "Assessore", False),
                           A("FADDA ALESSANDRO", "Assessore"), A("SERRA VALENTINA", "Assessore"),
                           A("PISANO IGNAZIO", "Assessore")],
             "president": {"title": "Ing.", "role": "Sindaco", "name": "Gianfranco Concu"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Giovanna Porcu"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-legnago-kibernetes.pdf", "role": "act",
     "what": "determinazione, general register n. 212 of 10/03/2026, sector register n. 45 of 09/03/2026 "
             "(Kibernetes report layout, hand-written streams): every glyph placed by its own Tm, no "
             "space characters, Identity-H subset TrueType; heading D E T E R M I N A Z I O N E as "
             "spaced glyphs; register box, points 1)-4), commitment table, visto contabile box on page 2",
     "operative_points": 4,
     "act": {"municipality": "Comune di Legnago", "organ": "Area Lavori Pubblici e Patrimonio",
             "office": "Servizio Manutenzioni e Verde Pubblico", "kind": "determinazione",
             "number": 212, "sector_number": 45, "date": "2026-03-10",
             "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. N. 36/2023 "
                        "DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO NEL CAPOLUOGO E NELLE "
                        "FRAZIONI - ANNO 2026. CIG B7F3C2A914. IMPEGNO DI SPESA."}},
    {"file": "determinazione-camerino-halley.pdf", "role": "act",
     "what": "determinazione, sector n. 22 of 05-03-2026, general register n. 187 of 06-03-2026 (Halley "
             "layout, groff -ms/tbl -> ps2pdf): Type 1C subsets with /Differences and no ToUnicode, fi/fl "
             "ligatures at codes 140/141, justified text with 'deter-/minazione' across lines; register "
             "box, points 1)-4) with a refund table between them, visto contabile",
     "operative_points": 4,
     "act": {"municipality": "Comune di Camerino", "organ": "Area Economico-Finanziaria",
             "office": "Servizio Tributi", "kind": "determinazione", "number": 187, "sector_number": 22,
             "date": "2026-03-06",
             "subject": "RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) "
                        "PER L’ANNO 2024 - LIQUIDAZIONE A FAVORE DI N. 6 CONTRIBUENTI."}},
    {"file": "determinazione-sessaaurunca-jiride.pdf", "role": "act",
     "what": "determinazione dirigenziale, general register n. 341 of 05/03/2026, sector register n. 96 of "
             "04/03/2026, proposal 112 (J-Iride layout, headless Chromium): Carlito Identity-H subsets placed glyph by glyph (Td), "
             "HarfBuzz ligatures as ActualText spans, soft hyphens broken at line ends (U+00AD kept in the text layer before "
             "the drawn hyphen), CSS letter-spaced heading, rotated Albo stamp; points 1.-5. over two pages",
     "operative_points": 5,
     "act": {"municipality": "Comune di Sessa Aurunca",
             "organ": "Settore Servizi Sociali e Pubblica Istruzione",
             "office": "Ufficio Pubblica Istruzione", "kind": "determinazione dirigenziale",
             "number": 341, "sector_number": 96, "date": "2026-03-05",
             "subject": "Servizio di trasporto scolastico per alunni con disabilità – a.s. 2025/2026 – "
                        "Impegno di spesa e liquidazione in favore della cooperativa affidataria – "
                        "CIG B5D81E2F07.",
             "proposal_number": 112, "proposal_date": "2026-03-03"}},
    {"file": "ordinanza-formia-apkappa.pdf", "role": "act",
     "what": "ordinanza n. 48 of 16/03/2026 of the Polizia Locale (APKappa/Hypersic layout, hand-written "
             "streams): standard-14 Helvetica WinAnsi, title spread by Tc, premises justified by Tw/Tc, "
             "ORDINA points 1.-5. as TJ arrays of syllables with kerning numbers and numeric word gaps, "
             "AVVERTE drawn syllable by syllable",
     "operative_points": 5,
     "act": {"municipality": "Comune di Formia", "organ": "Settore Polizia Locale",
             "office": "Servizio Viabilità e Traffico", "kind": "ordinanza", "number": 48,
             "sector_number": 19, "date": "2026-03-16",
             "subject": "Disciplina temporanea della circolazione veicolare e della sosta in via Vitruvio e "
                        "in largo Paone per i lavori di rifacimento della rete idrica e degli allacci "
                        "d'utenza."}},
    {"file": "avviso-milazzo-siscom.pdf", "role": "act",
     "what": "avviso pubblico n. 7/2026 of 09/03/2026 (Siscom layout, LuaLaTeX): Linux Libertine O CID "
             "subsets (Identity-H) with fi/fl/ffi ligatures, letterhead as one Form XObject reused on both "
             "pages, letter-spaced title (kerns), articles 1-8, protocol number in the heading",
     "act": {"municipality": "Città di Milazzo", "organ": "Area Servizi alla Persona",
             "office": "Servizio Politiche Sociali e della Famiglia", "kind": "avviso pubblico",
             "number": 7, "date": "2026-03-09",
             "subject": "Contributi economici a sostegno delle famiglie per la frequenza di asili nido e "
                        "servizi integrativi per la prima infanzia – anno educativo 2025/2026."}},
    {"file": "certificato-paterno-saga.pdf", "role": "certificate",
     "what": "certificate of publication (Saga-like monospaced print, enscript -> ps2pdf, Courier with a "
             "Latin-1 /Differences vector, no ToUnicode) of Giunta Municipale deliberation 45 of "
             "10/03/2026, published 12/03-27/03/2026 (Albo n. 1193/2026), issued 28/03/2026",
     "act": {"municipality": "Comune di Paternò", "kind": "certificato", "number": 45,
             "date": "2026-03-10",
             "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L’ASSOCIAZIONE NAZIONALE CARABINIERI - "
                        "SEZIONE DI PATERNO’ - PER LA VIGILANZA DEI PARCHI URBANI E DELLE AREE ESTERNE AGLI "
                        "ISTITUTI SCOLASTICI."}},
    {"file": "allegato-chiusi-civilia.pdf", "role": "attachment",
     "what": "Allegato A to determinazione n. 133 of 11/03/2026: ranking and split of contributions to 18 "
             "associations (Civilia Next layout, ReportLab canvas): running head as a Form XObject, table "
             "drawn column by column with rules drawn last, rotated Albo stamp on the left margin",
     "pages_without_text": [],
     "act": {"municipality": "Comune di Chiusi", "kind": "allegato"}},
    {"file": "convocazione-codogno-word.pdf", "role": "notice",
     "what": "convocation of the Consiglio Comunale for 26/03/2026 at 20:45, letter of 17/03/2026, prot. "
             "6021 (Word template .docx exported by LibreOffice Writer): Carlito subsets with ffi/fi/fl "
             "ligatures, optional hyphens drawn only where words break, agenda of 8 items",
     "act": {"municipality": "Comune di Codogno", "organ": "Presidente del Consiglio Comunale",
             "office": "Ufficio di Presidenza del Consiglio Comunale", "kind": "convocazione",
             "date": "2026-03-17", "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
    {"file": "avviso-martinafranca-datagraph.pdf", "role": "notice",
     "what": "unnumbered avviso di deposito of a PRG variant, 16/03/2026 (Datagraph layout, pikepdf with "
             "hand-written streams): every glyph placed by a relative Td, no spaces; letterhead and "
             "protocol stamp are Form XObjects; rotated Albo stamp on the left margin",
     "act": {"municipality": "Città di Martina Franca", "organ": "Settore Urbanistica e Assetto del Territorio",
             "office": "Servizio Pianificazione Urbanistica", "kind": "avviso", "date": "2026-03-16",
             "subject": "AVVISO DI DEPOSITO DEGLI ATTI RELATIVI ALLA VARIANTE PUNTUALE AL PIANO REGOLATORE "
                        "GENERALE PER LA RIQUALIFICAZIONE DELL'AREA EX MERCATO ORTOFRUTTICOLO DI VIA TARANTO"}},
]


def text_of(path):
    t = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", t)


def check():
    bad = 0
    for k in KEYS:
        t = text_of(os.path.join(OUT, k["file"]))
        tl = t.lower()
        a = k.get("act", {})
        items = []
        if "subject" in a:
            items.append(("subject", a["subject"], True))
        for f in ("municipality", "organ", "office", "proposing_office", "kind"):
            if f in a:
                items.append((f, a[f], False))
        for p in a.get("attendees", []):
            items += [("attendee", p["name"], False), ("role", p["role"], False)]
        for who in ("president", "secretary"):
            if who in a:
                for f, v in a[who].items():
                    items.append((who + "." + f, v, False))
        if "date" in a:
            y, m, d = a["date"].split("-")
            items.append(("date", "%s/%s/%s" % (d, m, y) if "%s/%s/%s" % (d, m, y) in t else "%s-%s-%s" % (d, m, y), True))
        if "time" in a:
            items.append(("time", a["time"], True))
        for f, v, exact in items:
            ok = (v in t) if exact else (v.lower() in tl)
            if not ok:
                bad += 1
                print("%-40s %-22s NOT FOUND: %r" % (k["file"], f, v))
    print("checked %d keys, %d strings not found" % (len(KEYS), bad))


if __name__ == "__main__":
    with open(os.path.join(OUT, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    check()
