#!/usr/bin/env python3
"""Writes ../keys.json and checks that every keyed string occurs in pdftotext -layout output."""
import json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
K = [
 {"file": "delibera-giunta-monastir-pdflatex.pdf", "role": "act",
  "what": "Giunta deliberation 41/2026 (pdfLaTeX article): number/date in a framed register box under the title, subject after OGGETTO:, roll as a Presente/Assente table, numbered points 1-4, publication certificate at the foot",
  "operative_points": 4,
  "act": {"municipality": "Comune di Monastir", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 41, "date": "2026-03-12", "time": "13:15",
          "subject": "Approvazione del progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria ed efficientamento energetico della scuola primaria di via Sant’Antonio. CUP G37H26000120004.",
          "proposing_office": "Area Tecnica – Servizio Lavori Pubblici", "proposal_number": 47, "proposal_date": "2026-03-09",
          "attendees": [{"name": "PILLONI LUISA", "role": "Sindaco", "present": True},
                        {"name": "MELIS ANDREA", "role": "Vice Sindaco", "present": True},
                        {"name": "CONGIU ROBERTA", "role": "Assessore", "present": True},
                        {"name": "SERRA FEDERICO", "role": "Assessore", "present": False},
                        {"name": "ATZENI MARIA GRAZIA", "role": "Assessore", "present": True}],
          "president": {"title": "Avv.", "role": "Sindaco", "name": "Luisa Pilloni"},
          "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Valentina Loi"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "delibera-consiglio-castelfrentano-reportlab.pdf", "role": "act",
  "what": "Consiglio deliberation 9/2026 (ReportLab): number/date/seduta and subject in a label grid, 13 councillors in a two-column numbered roll (P/A), vote in a Presenti/Votanti/Favorevoli/Contrari/Astenuti table, points 1)-3)",
  "operative_points": 3,
  "act": {"municipality": "Comune di Castel Frentano", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 9, "date": "2026-02-27", "time": "18:30",
          "subject": "APPROVAZIONE DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA – MODIFICHE AGLI ARTT. 12, 18 E 27.",
          "attendees": [{"name": "DI NARDO GABRIELE", "role": "Sindaco", "present": True},
                        {"name": "TRAVAGLINI ELENA", "role": "Presidente del Consiglio", "present": True},
                        {"name": "D'ALESSANDRO MARCO", "role": "Consigliere", "present": True},
                        {"name": "PAOLINI SILVIA", "role": "Consigliere", "present": False},
                        {"name": "DI FELICE ROBERTO", "role": "Consigliere", "present": True},
                        {"name": "CIAMPOLI ANNALISA", "role": "Consigliere", "present": True},
                        {"name": "MARINUCCI LUCA", "role": "Consigliere", "present": True},
                        {"name": "DE LUCA GIOVANNA", "role": "Consigliere", "present": True},
                        {"name": "FALCONE DAVIDE", "role": "Consigliere", "present": True},
                        {"name": "TABASSI MONICA", "role": "Consigliere", "present": False},
                        {"name": "CROCE STEFANO", "role": "Consigliere", "present": True},
                        {"name": "SPADACCINI RITA", "role": "Consigliere", "present": True},
                        {"name": "BUCCIARELLI ENZO", "role": "Consigliere", "present": True}],
          "president": {"title": "Dott.ssa", "role": "Presidente del Consiglio", "name": "Elena Travaglini"},
          "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Nicola Di Biase"},
          "vote": "majority",
          "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
          "immediately_executive": True}},
 {"file": "delibera-giunta-morrovalle-html2ps.pdf", "role": "act",
  "what": "Giunta deliberation 28/2026 (html2ps + Ghostscript): 'Atto n. / del' in a one-row table, roll in prose (Sono presenti i Sigg.: … Sono assenti i Sigg.: …), three bulleted points, attestato di pubblicazione at the foot",
  "operative_points": 3,
  "act": {"municipality": "Comune di Morrovalle", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 28, "date": "2026-03-05", "time": "12:00",
          "subject": "CONCESSIONE CONTRIBUTO ALL’ASSOCIAZIONE PRO LOCO DI MORROVALLE PER LA REALIZZAZIONE DELLA MANIFESTAZIONE \"PRIMAVERA MORROVALLESE 2026\".",
          "attendees": [{"name": "CAPPELLETTI ANDREA", "role": "Sindaco", "present": True},
                        {"name": "MORONI CHIARA", "role": "Vice Sindaco", "present": True},
                        {"name": "PIERGENTILI LUCA", "role": "Assessore", "present": True},
                        {"name": "ANGELETTI SARA", "role": "Assessore", "present": False},
                        {"name": "VITALI MARCO", "role": "Assessore", "present": False}],
          "president": {"title": "Ing.", "role": "Sindaco", "name": "Andrea Cappelletti"},
          "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Paolo Ricci"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "determina-casamassima-docx-mailmerge.pdf", "role": "act",
  "what": "determinazione dirigenziale (Word template filled by docx-mailmerge, LibreOffice PDF): Area and Servizio as headings, general register 214 and Area register 38 in a 2x2 box with the proposal, subject after OGGETTO:, points 1.-5., visto contabile and publication boxes",
  "operative_points": 5,
  "act": {"municipality": "Comune di Casamassima", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni",
          "kind": "determinazione", "number": 214, "sector_number": 38, "date": "2026-03-10",
          "subject": "Lavori di rifacimento della segnaletica orizzontale sulle strade comunali – Affidamento diretto ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 alla ditta Segnal Sud S.r.l. – Impegno di spesa. CIG B4F1C27A93",
          "proposing_office": "Servizio Lavori Pubblici e Manutenzioni", "proposal_number": 251, "proposal_date": "2026-03-06"}},
 {"file": "determina-unioneterralbese-playwright.pdf", "role": "act",
  "what": "determinazione of an Unione dei Comuni (HTML printed by Chromium through Playwright, running head and 'Pagina 1 di 1' foot): number/date in the title, Settore/Servizio/sector register in a label grid, subject in a shaded OGGETTO block, unnumbered DI … paragraphs",
  "act": {"municipality": "Unione dei Comuni del Terralbese", "organ": "Settore Vigilanza e Polizia Locale", "office": "Servizio Polizia Locale Associata",
          "kind": "determinazione", "number": 57, "sector_number": 12, "date": "2026-03-11",
          "subject": "Acquisto di n. 2 etilometri omologati per il Servizio di Polizia Locale associato – Affidamento e impegno di spesa a favore della ditta Ecotech Sardegna S.r.l. – CIG B5A7D93E21"}},
 {"file": "determina-moggioudinese-borb.pdf", "role": "act",
  "what": "determinazione (borb): Area / Servizio / service register in a label table, 'DETERMINAZIONE N. 96 DEL 06/03/2026' as title, subject after OGGETTO: between rules, ordered list 1.-3.",
  "operative_points": 3,
  "act": {"municipality": "Comune di Moggio Udinese", "organ": "Area Economico-Finanziaria", "office": "Servizio Tributi",
          "kind": "determinazione", "number": 96, "sector_number": 14, "date": "2026-03-06",
          "subject": "RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) ANNI 2022-2023 – CONTRIBUENTI DIVERSI."}},
 {"file": "ordinanza-roccasangiovanni-vim-hardcopy.pdf", "role": "act",
  "what": "ordinanza of the Polizia Locale as a fixed-width text spool (Vim :hardcopy PostScript, Ghostscript): dotted label fields for number/date/protocol, OGGETTO over three lines, ORDINA 1)-4), unnumbered DISPONE",
  "operative_points": 4,
  "act": {"municipality": "Comune di Rocca San Giovanni", "organ": "Area Vigilanza", "office": "Servizio di Polizia Locale",
          "kind": "ordinanza", "number": 7, "date": "2026-03-09",
          "subject": "Istituzione temporanea del divieto di transito e di sosta con rimozione forzata in Via Roma e Largo Castello per lavori di rifacimento della rete idrica."}},
 {"file": "avviso-foglianoredipuglia-asciidoctor-pdf.pdf", "role": "act",
  "what": "numbered avviso pubblico 2/2026 (Asciidoctor PDF / Prawn, running head with the protocol): Area and Servizio centred, title block, articles Art. 1-6 with a criteria table",
  "act": {"municipality": "Comune di Fogliano Redipuglia", "organ": "Area Amministrativa", "office": "Servizio Cultura, Sport e Associazionismo",
          "kind": "avviso", "number": 2, "date": "2026-03-10",
          "subject": "AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE PER L’ANNO 2026"}},
 {"file": "attestazione-palagianello-pdfcpu.pdf", "role": "certificate",
  "what": "attestazione di avvenuta pubblicazione (pdfcpu create, standard fonts) of Giunta deliberation 33 of 17/02/2026, published 19/02-06/03/2026, issued 09/03/2026",
  "act": {"municipality": "Comune di Palagianello", "kind": "attestazione", "number": 33, "date": "2026-02-17",
          "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE NAZIONALE CARABINIERI – SEZIONE DI PALAGIANELLO PER ATTIVITÀ DI VOLONTARIATO DI PROTEZIONE CIVILE E VIGILANZA ALL'USCITA DELLE SCUOLE"}},
 {"file": "allegato-serdiana-rinohtype.pdf", "role": "attachment",
  "what": "Allegato A to Giunta deliberation 19/2026: cemetery tariffs in two ruled tables (rinohtype from reStructuredText)",
  "act": {"municipality": "Comune di Serdiana"}},
 {"file": "convocazione-monteurano-z3c-rml.pdf", "role": "notice",
  "what": "convocation of the Consiglio Comunale (z3c.rml / ReportLab): protocol box, addressees, title, session dates, numbered agenda of 6 items, signed by the Presidente del Consiglio",
  "act": {"municipality": "Comune di Monte Urano", "kind": "convocazione", "date": "2026-03-12",
          "subject": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
 {"file": "avviso-melpignano-relatorio.pdf", "role": "notice",
  "what": "unnumbered avviso alla cittadinanza (ODT template filled by relatorio, LibreOffice PDF): big AVVISO, title line, two bulleted dates, signed by the Ufficio Tecnico",
  "act": {"municipality": "Comune di Melpignano", "office": "Ufficio Tecnico Comunale", "kind": "avviso", "date": "2026-03-11",
          "subject": "CHIUSURA TEMPORANEA DEL CIMITERO COMUNALE PER LAVORI DI MESSA IN SICUREZZA"}},
]
json.dump(K, open(os.path.join(OUT, "keys.json"), "w"), ensure_ascii=False, indent=1)

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()
bad = 0
for k in K:
    txt = subprocess.run(["pdftotext", "-layout", os.path.join(OUT, k["file"]), "-"], capture_output=True, text=True).stdout
    n = norm(txt)
    a = k.get("act", {})
    strings = []
    for f in ("municipality", "organ", "office", "subject", "proposing_office"):
        if f in a: strings.append((f, a[f]))
    for p in ("president", "secretary"):
        if p in a:
            for f in ("title", "role", "name"):
                strings.append((p + "." + f, a[p][f]))
    for at in a.get("attendees", []):
        strings.append(("attendee", at["name"])); strings.append(("role", at["role"]))
    for f, s in strings:
        if norm(s) not in n:
            bad += 1; print("MISSING", k["file"], f, repr(s))
print("checked", len(K), "files;", bad, "missing")
