#!/usr/bin/env python3
"""Writes ../keys.json and checks every keyed string against pdftotext -layout."""
import json, re, subprocess, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

K = []
K.append({"file": "deliberazione-santena-kalios.pdf", "role": "act",
  "what": "Giunta deliberation 38/2026 (Writer, Kalìos layout): number under the title, date only in words in the minute and in the running foot, roll as a table with X columns, points 1-4",
  "operative_points": 4,
  "act": {"municipality": "Comune di Santena", "organ": "Giunta Comunale", "kind": "deliberazione",
    "number": 38, "date": "2026-03-17", "time": "17:30",
    "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA DEI MARCIAPIEDI DI VIA TETTI AGOSTINO E VIA SAN SALVÀ – CUP F37H26000120004.",
    "attendees": [
      {"name": "DEMARIA LORENZO", "role": "Sindaco", "present": True},
      {"name": "MOLINO CHIARA", "role": "Vicesindaco", "present": True},
      {"name": "BALLATORE FABRIZIO", "role": "Assessore", "present": True},
      {"name": "TOSCO ELENA", "role": "Assessore", "present": False},
      {"name": "CAMUSSO PIERGIORGIO", "role": "Assessore", "present": True}],
    "president": {"title": "Sig.", "role": "Sindaco", "name": "Lorenzo Demaria"},
    "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Laura Migliore"},
    "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "deliberazione-colognaveneta-boxxapps.pdf", "role": "act",
  "what": "Consiglio deliberation 12/2026 (ReportLab, Boxxapps layout): register box with N. and Data, 13-row roll table, vote as a table of counts (majority), points 1)-3)",
  "operative_points": 3,
  "act": {"municipality": "Comune di Cologna Veneta", "organ": "Consiglio Comunale", "kind": "deliberazione",
    "number": 12, "date": "2026-03-30", "time": "20:30",
    "subject": "MODIFICA DEL REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE – ARTT. 12, 27 E 41. APPROVAZIONE.",
    "attendees": [{"name": n, "role": r, "present": p} for n, r, p in [
      ("FRACCAROLI DIEGO", "Sindaco", True), ("MARCOLONGO ANNALISA", "Consigliere", True),
      ("BOSCARO MATTIA", "Consigliere", True), ("PERAZZOLO GIULIA", "Consigliere", True),
      ("DAL CERO MASSIMO", "Consigliere", True), ("TREVISANI ELISA", "Consigliere", True),
      ("ZANTEDESCHI LUCA", "Consigliere", False), ("BERTOLDI FRANCESCA", "Consigliere", True),
      ("GIRARDI NICOLA", "Consigliere", True), ("VERONESE SARA", "Consigliere", True),
      ("CASTAGNA PAOLO", "Consigliere", True), ("MENEGHINI ROBERTA", "Consigliere", True),
      ("RIGHETTI ANDREA", "Consigliere", True)]],
    "president": {"role": "Sindaco", "name": "Diego Fraccaroli"},
    "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Alberto Scapin"},
    "vote": "majority",
    "vote_counts": {"present": 12, "voters": 11, "in_favour": 8, "against": 3, "abstained": 1},
    "immediately_executive": True}})
K.append({"file": "deliberazione-sannicandro-deliberaweb.pdf", "role": "act",
  "what": "Giunta deliberation 57/2026 (wkhtmltopdf, DeliberaWeb layout): number and date in a shaded title bar, proposal line under it, roll in prose (present, then absent), points 1-5",
  "operative_points": 5,
  "act": {"municipality": "Comune di Sannicandro Garganico", "organ": "Giunta Comunale", "kind": "deliberazione",
    "number": 57, "date": "2026-04-14", "time": "12:15",
    "subject": "Approvazione dello schema di convenzione con l’Organizzazione di volontariato “Gargano Soccorso ODV” per il supporto alle attività comunali di protezione civile e antincendio boschivo – Anno 2026.",
    "proposing_office": "Settore Affari Generali e Istituzionali", "proposal_number": 63, "proposal_date": "2026-04-09",
    "attendees": [
      {"name": "TANCREDI Raffaele", "role": "Sindaco", "present": True},
      {"name": "D’ANTUONO Lucia", "role": "Vice Sindaco", "present": True},
      {"name": "PRENCIPE Antonio", "role": "Assessore", "present": True},
      {"name": "TARONNA Rosa", "role": "Assessore", "present": True},
      {"name": "FANIA Giuseppe", "role": "Assessore", "present": True},
      {"name": "MARINO Vincenzo", "role": "Assessore", "present": False}],
    "president": {"title": "avv.", "role": "Sindaco", "name": "Raffaele Tancredi"},
    "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Immacolata Nardella"},
    "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "determinazione-figlineincisa-ifin.pdf", "role": "act",
  "what": "determinazione dirigenziale (TCPDF, Ifin layout): Area/Servizio heading box, label grid with general register n. 412 of 22/04/2026 and sector register n. 87 of 21/04/2026, running head on page 2, points 1-5, barcode caption",
  "operative_points": 5,
  "act": {"municipality": "Comune di Figline e Incisa Valdarno", "organ": "AREA SERVIZI TECNICI",
    "office": "Servizio Manutenzioni, Verde Pubblico e Protezione Civile", "kind": "determinazione",
    "number": 412, "sector_number": 87, "date": "2026-04-22",
    "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI SFALCIO E MANUTENZIONE DEL VERDE NELLE AREE SCOLASTICHE COMUNALI – PERIODO MAGGIO/OTTOBRE 2026 – DITTA \"VERDE VALDARNO SOC. COOP. SOCIALE\" – CIG B7A2C4E91F – IMPEGNO DI SPESA."}})
K.append({"file": "determinazione-valdera-jasperreports.pdf", "role": "act",
  "what": "determinazione of an Unione dei Comuni (OpenPDF, JasperReports-style ERP print): label/field grid with Area, Servizio, register number, adoption date, proposal number and date; subject in a boxed band; points 1-4",
  "operative_points": 4,
  "act": {"municipality": "Unione Valdera", "organ": "AREA SERVIZI ALLA PERSONA",
    "office": "Servizio Politiche Abitative e Inclusione Sociale", "kind": "determinazione",
    "number": 271, "date": "2026-05-07", "proposal_number": 298, "proposal_date": "2026-05-06",
    "subject": "Fondo per il sostegno all’accesso alle abitazioni in locazione (art. 11 L. 431/1998) – Anno 2026 – Approvazione della graduatoria provvisoria degli aventi diritto e impegno di spesa sulla quota regionale."}})
K.append({"file": "determinazione-camposampiero-akropolis.pdf", "role": "act",
  "what": "determinazione del responsabile del settore (fpdf2, Akropolis layout): register box in the top right corner (general n. 198 of 12/05/2026, sector n. 34 of 11/05/2026) repeated on every page, dash-bulleted points",
  "operative_points": 4,
  "act": {"municipality": "Comune di Camposampiero", "organ": "SETTORE II – ECONOMICO FINANZIARIO E TRIBUTI",
    "office": "Ufficio Tributi", "kind": "determinazione",
    "number": 198, "sector_number": 34, "date": "2026-05-12",
    "subject": "Rimborso di somme versate e non dovute a titolo di IMU per l'anno d'imposta 2024 a favore di contribuenti vari. Impegno e liquidazione della spesa."}})
K.append({"file": "ordinanza-anguillara-sigma.pdf", "role": "act",
  "what": "ordinanza sindacale 21/2026 (.docx converted by LibreOffice, Sigma layout): register table 'Registro Ordinanze | N. 21 | del 05/06/2026', protocol line, ORDINA points 1)-3), unnumbered AVVERTE and DISPONE",
  "operative_points": 3,
  "act": {"municipality": "Comune di Anguillara Sabazia", "organ": "Sindaco", "kind": "ordinanza",
    "number": 21, "date": "2026-06-05",
    "subject": "Divieto temporaneo di balneazione nello specchio lacuale antistante il Lungolago delle Muse, tra il pontile comunale e la foce del fosso della Mola, a seguito degli esiti sfavorevoli dei campionamenti ARPA Lazio."}})
K.append({"file": "avviso-taurianova-ecomune.pdf", "role": "act",
  "what": "numbered avviso pubblico 3/2026 (Chromium, eComune layout): Settore and Ufficio heading, protocol and date line, title box 'AVVISO PUBBLICO N. 3/2026', subject after OGGETTO, articles, repeated foot",
  "act": {"municipality": "Città di Taurianova", "organ": "SETTORE 2 – SERVIZI ALLA PERSONA, PUBBLICA ISTRUZIONE E CULTURA",
    "office": "Ufficio Pubblica Istruzione", "kind": "avviso", "number": 3, "date": "2026-05-18",
    "subject": "Borse di studio a favore degli studenti delle scuole secondarie di secondo grado residenti nel Comune di Taurianova – Anno scolastico 2025/2026 (D.Lgs. 63/2017 – Fondo unico per il welfare dello studente)."}})
K.append({"file": "attestazione-pineto-tinn.pdf", "role": "certificate",
  "what": "certificate of publication (groff, TINN layout) of Giunta deliberation 67 of 21/05/2026, Reg. pubbl. 1187/2026, published 25/05-09/06/2026, signed 10/06/2026; act data in a boxed label table",
  "act": {"municipality": "Comune di Pineto", "kind": "attestazione", "number": 67, "date": "2026-05-21",
    "subject": "LAVORI DI RIPASCIMENTO E PROTEZIONE DEL LITORALE IN LOCALITÀ TORRE CERRANO – APPROVAZIONE PROGETTO ESECUTIVO – CUP J87B25000310002."}})
K.append({"file": "allegato-tollo-urbismart.pdf", "role": "attachment",
  "what": "Allegato A to Consiglio deliberation 14 of 28/05/2026 (LibreOffice Calc, Urbi Smart export): landscape table of the 'Piano delle alienazioni e valorizzazioni immobiliari 2026/2028', 7 rows and a total",
  "act": {"municipality": "Comune di Tollo"}})
K.append({"file": "convocazione-trecate-wordtemplate.pdf", "role": "notice",
  "what": "convocation of the Consiglio Comunale (Word template converted by LibreOffice): letterhead table, protocol and date line, addressees, title, sessions of 18 and 19/06/2026 at 21:00, agenda of 7 items",
  "act": {"municipality": "Comune di Trecate", "kind": "convocazione", "date": "2026-06-10",
    "subject": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"}})
K.append({"file": "avviso-floridia-nuvola.pdf", "role": "notice",
  "what": "unnumbered avviso alla cittadinanza (ReportLab, base-14 fonts, Nuvola layout): protocol stamp top right, Settore heading, two-line red title, timetable table, QR caption and signature foot",
  "act": {"municipality": "Comune di Floridia", "organ": "SETTORE V – AMBIENTE, ECOLOGIA E SERVIZI MANUTENTIVI",
    "office": "Servizio Igiene Ambientale", "kind": "avviso", "date": "2026-06-12",
    "subject": "AVVISO ALLA CITTADINANZA INTERVENTI DI DISINFESTAZIONE E DERATTIZZAZIONE DEL TERRITORIO COMUNALE"}})

json.dump(K, open("keys.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def strings(o, path=""):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in ("file", "what", "role", "kind", "vote", "date", "proposal_date"):
                continue
            yield from strings(v, path + "." + k)
    elif isinstance(o, list):
        for i, v in enumerate(o):
            yield from strings(v, f"{path}[{i}]")
    elif isinstance(o, str):
        yield path, o

bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", k["file"], "-"], capture_output=True, text=True).stdout)
    for p, s in strings(k):
        if norm(s) not in txt:
            bad += 1
            print("MISSING", k["file"], p, repr(s))
print("checked", len(K), "keys;", bad, "missing")
