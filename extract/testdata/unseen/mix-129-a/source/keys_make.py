#!/usr/bin/env python3
"""Writes ../keys.json and checks every keyed string against pdftotext -layout of its PDF (exit 1 on a miss)."""
import json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
def ws(s): return re.sub(r'\s+', ' ', s).strip()
GC_MURLO = "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA MANUTENZIONE STRAORDINARIA DELLA STRADA COMUNALE VESCOVADO - CASCIANO DI MURLO. CUP G47H28000120004"
K = [
 {"file": "deliberazione-murlo-ascot.pdf", "role": "act",
  "what": "Giunta minute 41/2028 (ReportLab platypus, justified with Tw, running head with the number from page 2, roll table)",
  "operative_points": 4,
  "act": {"municipality": "Comune di Murlo", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 41,
          "date": "2028-05-12", "time": "13:00", "proposal_number": 52, "proposal_date": "2028-05-08",
          "proposing_office": "Area Tecnica", "subject": GC_MURLO,
          "attendees": [{"name": "FABBRI Davide", "role": "Sindaco", "present": True},
                        {"name": "MARZOCCHI Elena", "role": "Vicesindaco", "present": True},
                        {"name": "BIGI Tommaso", "role": "Assessore", "present": False}],
          "president": {"title": "dott.", "role": "Sindaco", "name": "Davide Fabbri"},
          "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Lucia Pianigiani"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "determinazione-murlo-ascot.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica, Area and general registers side by side (HTML printed by headless Chromium, letter-spaced headings)",
  "operative_points": 3,
  "act": {"municipality": "Comune di Murlo", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni",
          "kind": "determinazione", "number": 187, "sector_number": 58, "date": "2028-05-14",
          "subject": "Affidamento diretto del servizio di sfalcio dei cigli stradali comunali per la stagione 2028 alla ditta Verde Crete s.r.l. - CIG B4C7E21A93."}},
 {"file": "ordinanza-murlo-ascot.pdf", "role": "act",
  "what": "Sindaco's traffic ordinanza 12/2028 (pdfLaTeX, Times, number in the running foot)",
  "operative_points": 3,
  "act": {"municipality": "Comune di Murlo", "organ": "Sindaco", "kind": "ordinanza", "number": 12, "date": "2028-05-15",
          "subject": "Divieto di transito e di sosta in Piazza delle Carceri e in Via di Murlo Castello in occasione della manifestazione “Murlo in fiore” del 20 e 21 maggio 2028."}},
 {"file": "certificato-murlo-ascot.pdf", "role": "certificate",
  "what": "certificate of publication of G.C. 41/2028 (ReportLab canvas: letterhead as a Form XObject drawn after the date and signature, office stamp rotated up the margin)",
  "act": {"municipality": "Comune di Murlo", "kind": "attestazione", "number": 41, "date": "2028-05-12", "subject": GC_MURLO}},
 {"file": "deliberazione-contursiterme-cityware.pdf", "role": "act",
  "what": "Consiglio minute 14/2028 typed as .docx (python-docx) and exported by LibreOffice Writer; roll in two columns, vote by majority",
  "operative_points": 3,
  "act": {"municipality": "Comune di Contursi Terme", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 14,
          "date": "2028-05-18", "time": "18:30",
          "subject": "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2027.",
          "attendees": [{"name": n, "role": r, "present": p == "P"} for n, r, p in [
              ("CUOZZO Antonio", "Sindaco", "P"), ("VISCONTI Gerardo", "Consigliere", "P"), ("D'AMBROSIO Teresa", "Consigliere", "P"),
              ("MACCHIA Rocco", "Consigliere", "P"), ("PECORARO Alfonso", "Consigliere", "A"), ("RUGGIERO Maria Grazia", "Consigliere", "P"),
              ("SPERA Vito", "Consigliere", "P"), ("TROTTA Angela", "Consigliere", "P"), ("ALBANESE Donato", "Consigliere", "P"),
              ("GALLO Carmine", "Consigliere", "A"), ("NIGRO Filomena", "Consigliere", "P")]],
          "president": {"title": "sig.", "role": "Presidente del Consiglio Comunale", "name": "Gerardo Visconti"},
          "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Raffaele Iannone"},
          "vote": "majority", "vote_counts": {"present": 9, "in_favour": 7, "against": 2, "abstained": 0},
          "immediately_executive": True}},
 {"file": "determinazione-contursiterme-cityware.pdf", "role": "act",
  "what": "determinazione of the Area Economico-Finanziaria, Servizio Tributi (fpdf2 with DejaVu, justified by word spacing, number in the running foot)",
  "operative_points": 3,
  "act": {"municipality": "Comune di Contursi Terme", "organ": "Area Economico-Finanziaria", "office": "Servizio Tributi",
          "kind": "determinazione", "number": 212, "sector_number": 37, "date": "2028-05-16",
          "subject": "Rimborso di somme indebitamente versate a titolo di IMU per l'annualità 2026 - contribuente cod. 10482."}},
 {"file": "decreto-contursiterme-cityware.pdf", "role": "act",
  "what": "Sindaco's decree 6/2028 appointing the head of the Area Tecnica (HTML through wkhtmltopdf, protocol number beside the letterhead)",
  "operative_points": 3,
  "act": {"municipality": "Comune di Contursi Terme", "organ": "Sindaco", "kind": "decreto sindacale", "number": 6, "date": "2028-05-17",
          "subject": "Nomina del Responsabile dell'Area Tecnica e conferimento dell'incarico di Elevata Qualificazione per il periodo 18/05/2028 - 31/12/2028."}},
 {"file": "avviso-contursiterme-cityware.pdf", "role": "notice",
  "what": "unnumbered avviso pubblico on school-book grants (plain troff, groff -Tps and ps2pdf, hyphenated justified text)",
  "act": {"municipality": "Comune di Contursi Terme", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Pubblica Istruzione",
          "kind": "avviso", "date": "2028-05-19",
          "subject": "FORNITURA GRATUITA O SEMIGRATUITA DEI LIBRI DI TESTO ANNO SCOLASTICO 2028/2029"}},
 {"file": "deliberazione-condove-csi.pdf", "role": "act",
  "what": "Giunta minute 58/2028 as an 80-column Courier report (enscript, Latin-1, running head with the number and page)",
  "operative_points": 3,
  "act": {"municipality": "COMUNE DI CONDOVE", "organ": "GIUNTA COMUNALE", "kind": "deliberazione", "number": 58,
          "date": "2028-05-10", "time": "17:45",
          "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L’A.S.D. CONDOVE CAPRIE CALCIO PER LA GESTIONE DEL CAMPO SPORTIVO COMUNALE DI VIA ALPIGNANO - PERIODO 2028-2031.",
          "attendees": [{"name": "GIRAUDO MAURO", "role": "SINDACO", "present": True},
                        {"name": "PERINO SILVIA", "role": "VICESINDACO", "present": True},
                        {"name": "BELTRAMO FRANCO", "role": "ASSESSORE", "present": True},
                        {"name": "CHIAMBERLANDO ELISA", "role": "ASSESSORE", "present": False},
                        {"name": "VIGNA ROBERTO", "role": "ASSESSORE", "present": True}],
          "president": {"title": "Sig.", "role": "SINDACO", "name": "MAURO GIRAUDO"},
          "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "ALDO REBUFFO"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "determinazione-condove-csi.pdf", "role": "act",
  "what": "determinazione of the Area Amministrativa (ReportLab canvas: every glyph its own text object, justified by moving words, letter-spaced heading, letterhead and signature Form XObjects drawn last, rotated publication stamp)",
  "operative_points": 3,
  "act": {"municipality": "COMUNE DI CONDOVE", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Segreteria e Affari Generali",
          "kind": "determinazione", "number": 245, "sector_number": 71, "date": "2028-05-11",
          "subject": "Impegno di spesa per il rinnovo dell'abbonamento alla banca dati giuridica on line per l'anno 2028 - CIG B5A1D07F22."}},
 {"file": "ordinanza-condove-csi.pdf", "role": "act",
  "what": "Sindaco's ordinanza 9/2028 on the office's model, number, date and subject typed over underscores (fpdf2)",
  "operative_points": 3,
  "act": {"municipality": "COMUNE DI CONDOVE", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2028-05-13",
          "subject": "Chiusura temporanea al transito della strada comunale per la borgata Mocchie, dal km 2+300 al km 3+100, per lavori di messa in sicurezza del versante."}},
 {"file": "convocazione-condove-csi.pdf", "role": "notice",
  "what": "Sindaco's letter convening the Consiglio for 26/05/2028 (plain text through a2ps and ps2pdf, Courier)",
  "act": {"municipality": "COMUNE DI CONDOVE", "kind": "convocazione", "date": "2028-05-19",
          "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE − SESSIONE ORDINARIA."}},
]
def strings(a):
    out = []
    for k in ("municipality", "organ", "office", "proposing_office", "subject"):
        if k in a: out.append(a[k])
    for at in a.get("attendees", []): out += [at["name"], at["role"]]
    for k in ("president", "secretary"):
        if k in a: out += [v for v in a[k].values()]
    return out
miss = 0
for k in K:
    pdf = os.path.join(SET, k["file"])
    raw = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    # the blanks of a printed form (runs of underscores) are the form, not the text typed into them
    txt = ws(re.sub(r'_{3,}', ' ', raw))
    low = txt.lower()
    for s in strings(k.get("act", {})):
        if ws(s).lower() not in low:
            print("MISS", k["file"], repr(s)); miss += 1
json.dump(K, open(os.path.join(SET, "keys.json"), "w"), ensure_ascii=False, indent=1)
print("%d files, %d misses" % (len(K), miss))
sys.exit(1 if miss else 0)
