#!/usr/bin/env python3
"""Writes ../keys.json (the answers) and checks that every keyed string
occurs in the pdftotext -layout output, whitespace collapsed."""
import json, os, re, subprocess, sys
O = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = [
 {"file": "delibera-giunta-ficarra-reportlab.pdf", "role": "act",
  "what": "Giunta deliberation 47/2026 of Ficarra (ReportLab): register box COPIA/N./del, subject boxed after OGGETTO:, roll table with Presente/Assente columns, points 1-5, page x of y foot, publication box",
  "operative_points": 5,
  "act": {"municipality": "Comune di Ficarra", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 47, "date": "2026-03-12", "time": "17:30",
          "subject": "Approvazione progetto “Estate Ficarrese 2026” – Atto di indirizzo per la programmazione delle manifestazioni culturali e turistiche.",
          "proposing_office": "Servizio Cultura, Turismo e Spettacolo", "proposal_number": 52, "proposal_date": "2026-03-09",
          "attendees": [
            {"name": "FOTI SALVATORE", "role": "Sindaco", "present": True},
            {"name": "CARUSO GIUSEPPINA", "role": "Vice Sindaco", "present": True},
            {"name": "BONTEMPO ANTONINO", "role": "Assessore", "present": False},
            {"name": "LA ROSA MARIA CONCETTA", "role": "Assessore", "present": True},
            {"name": "MILICI CARMELO", "role": "Assessore", "present": True}],
          "president": {"title": "Dott.", "role": "Sindaco", "name": "Salvatore Foti"},
          "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Rosalba Ferrara"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "delibera-consiglio-castellanagrotte-abbyy.pdf", "role": "act",
  "what": "Consiglio deliberation 18/2026 of Castellana Grotte (Word .docx, ABBYY producer string): number/date centred under the title, roll of 17 in a two-block table (1-9 left, 10-17 right, P/A), vote counts in prose, points 1)-5)",
  "operative_points": 5,
  "act": {"municipality": "Comune di Castellana Grotte", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 18, "date": "2026-03-27", "time": "18:30",
          "subject": "APPROVAZIONE DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA – MODIFICHE AGLI ARTT. 12, 27 E 41.",
          "attendees": [{"name": n, "present": n not in ("CAMPANELLA PASQUALE", "CALABRESE ROSA", "TAURINO ELENA")} for n in [
            "DE BELLIS ANTONELLO", "LIPPOLIS ROSANNA", "SIMONE VITO", "GIANNINI MARIA TERESA",
            "PINTO DOMENICO", "ANGELINI ANNA", "CAMPANELLA PASQUALE", "NOTARNICOLA ILARIA",
            "TINELLI GIUSEPPE", "LOCOROTONDO FRANCESCO", "CALABRESE ROSA", "DELL’AERA NICOLA",
            "SPINELLI MARIANGELA", "D’ALESSANDRO LUCA", "MICCOLIS VITANTONIO", "TAURINO ELENA",
            "GIRARDI MICHELE"]],
          "president": {"title": "Avv.", "role": "Presidente del Consiglio", "name": "Rosanna Lippolis"},
          "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Vito Antonio Sgobba"},
          "vote": "majority",
          "vote_counts": {"present": 14, "voters": 13, "in_favour": 10, "against": 3, "abstained": 1},
          "immediately_executive": True}},
 {"file": "delibera-giunta-altavallemetauro-4d.pdf", "role": "act",
  "what": "Giunta deliberation 9/2026 of the Unione Montana Alta Valle del Metauro (HTML printed by Chromium, 4D-style form): label grid Numero/Data/Proposta/Servizio proponente, subject as a shaded title block without label, roll in prose ('Sono presenti i Sigg.: … È assente …'), points a.-d., running head",
  "operative_points": 4,
  "act": {"municipality": "Unione Montana Alta Valle del Metauro", "organ": "Giunta dell’Unione", "kind": "deliberazione",
          "number": 9, "date": "2026-03-18", "time": "11:30",
          "subject": "Approvazione dello schema di convenzione con i Comuni aderenti per la gestione associata del servizio di protezione civile – anni 2026-2028",
          "proposing_office": "Servizio Associato di Protezione Civile", "proposal_number": 11, "proposal_date": "2026-03-12",
          "attendees": [
            {"name": "ALESSANDRI MARCO", "role": "Presidente", "present": True},
            {"name": "BRAVI ELISA", "role": "Vice Presidente", "present": True},
            {"name": "LUCCARINI GIANFRANCO", "role": "Componente", "present": True},
            {"name": "ROSSI PAOLO", "role": "Componente", "present": True},
            {"name": "PIERANTONI SILVIA", "role": "Componente", "present": False}],
          "president": {"role": "Presidente", "name": "Marco Alessandri"},
          "secretary": {"title": "Dott.", "role": "Segretario dell’Unione", "name": "Lorenzo Cappellacci"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "determina-santamargheritadibelice-twig.pdf", "role": "act",
  "what": "determinazione of the Settore Tecnico of Santa Margherita di Belice (in-house PHP/Twig page through wkhtmltopdf): label grid with Registro generale N. 211 / 16/03/2026 and Registro di settore N. 58 del 13/03/2026, subject in a labelled box, points 1-5",
  "operative_points": 5,
  "act": {"municipality": "Comune di Santa Margherita di Belice", "organ": "Settore Tecnico",
          "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
          "number": 211, "sector_number": 58, "date": "2026-03-16",
          "subject": "Affidamento diretto, ai sensi dell’art. 50, comma 1, lett. b) del D.Lgs. 36/2023, del servizio di manutenzione ordinaria degli impianti di pubblica illuminazione – periodo aprile-dicembre 2026. Determina a contrarre e impegno di spesa."}},
 {"file": "determina-montefortino-andreani.pdf", "role": "act",
  "what": "determinazione of the Servizio Tributi of Montefortino (tributi-package fixed form, fpdf2): grey band letterhead, boxed grid N. REGISTRO GENERALE 34 / N. DI SERVIZIO 7 / DATA ADOZIONE, contributor box, three dash-bulleted points",
  "operative_points": 3,
  "act": {"municipality": "Comune di Montefortino", "organ": "Area Economico-Finanziaria", "office": "Servizio Tributi",
          "kind": "determinazione", "number": 34, "sector_number": 7, "date": "2026-03-11",
          "subject": "Rimborso IMU anno d’imposta 2024 per versamento non dovuto – contribuente cod. 004512 – Impegno e liquidazione."}},
 {"file": "determina-zollino-lyx.pdf", "role": "act",
  "what": "determinazione of the Area Amministrativa of Zollino (LyX/pdflatex): number in the running head and in a margin note (Reg. Gen. n. 89 del 19/03/2026, Reg. Area n. 23 del 18/03/2026), subject in a ruled table, points 1-4",
  "operative_points": 4,
  "act": {"municipality": "Comune di Zollino", "organ": "Area Amministrativa", "office": "Servizio Socio-Assistenziale",
          "kind": "determinazione", "number": 89, "sector_number": 23, "date": "2026-03-19",
          "subject": "Servizio di trasporto sociale per anziani e persone con disabilità – Proroga tecnica del contratto fino al 30 giugno 2026 e impegno di spesa."}},
 {"file": "ordinanza-farasanmartino-pdfsam.pdf", "role": "act",
  "what": "ordinanza sindacale contingibile e urgente n. 6 of 20/03/2026 of Fara San Martino (TCPDF) merged with its Allegato A page (PDFsam): register row ORDINANZA SINDACALE / N. / Data, ORDINA points 1-3; each page foots 'Pagina 1 di 1'",
  "operative_points": 3,
  "act": {"municipality": "Comune di Fara San Martino", "organ": "Sindaco", "kind": "ordinanza",
          "number": 6, "date": "2026-03-20",
          "subject": "Divieto temporaneo di utilizzo dell’acqua erogata dal civico acquedotto per scopi potabili e alimentari nelle contrade Macchia, Pietrafitta e Colle Sant’Angelo."}},
 {"file": "avviso-gratteri-quarkxpress.pdf", "role": "act",
  "what": "numbered avviso pubblico n. 3/2026 of Gratteri (QuarkXPress-style poster, ReportLab): title in a coloured band, text in two columns with Art. 1-9, deadline box",
  "act": {"municipality": "Comune di Gratteri", "organ": "Area Amministrativa",
          "office": "Servizio Cultura, Sport e Associazionismo", "kind": "avviso", "number": 3, "date": "2026-03-23",
          "subject": "Concessione di contributi alle associazioni culturali, sportive e di volontariato per attività e manifestazioni – Anno 2026"}},
 {"file": "certificato-patu-excel.pdf", "role": "certificate",
  "what": "certificate of publication (Excel form printed by Calc) of Giunta deliberation 31 of 05/03/2026, published 10/03-25/03/2026 (reg. 187/2026), signed 26/03/2026; label/value grid",
  "act": {"municipality": "Comune di Patù", "kind": "attestazione", "number": 31, "date": "2026-03-05",
          "subject": "Concessione in comodato d’uso gratuito dei locali dell’ex scuola elementare di via Vittorio Emanuele all’Associazione “Centopietre” – Approvazione schema di contratto."}},
 {"file": "allegato-isoladelgransasso-strvision.pdf", "role": "attachment",
  "what": "Allegato B to Giunta deliberation 22/2026: computo metrico estimativo (STR Vision CPM layout, fpdf2), 7 items with measurement lines, SOMMANO rows, total € 144.971,60",
  "act": {"municipality": "Comune di Isola del Gran Sasso d'Italia"}},
 {"file": "convocazione-ofena-beamer.pdf", "role": "notice",
  "what": "convocation of the Consiglio Comunale of Ofena for 30/03/2026 18:00, issued 21/03/2026 prot. 871 (LaTeX beamer, 4 landscape frames: title, CONVOCA, ordine del giorno 1-6, signature)",
  "act": {"municipality": "Comune di Ofena", "kind": "convocazione", "date": "2026-03-21",
          "subject": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
 {"file": "avviso-apecchio-notepadpp.pdf", "role": "notice",
  "what": "unnumbered avviso alla cittadinanza of Apecchio (plain text printed from Notepad++: path/time header, page number foot, monospaced, ASCII apostrophes for accents)",
  "act": {"municipality": "Comune di Apecchio", "office": "Ufficio Servizi Demografici - Stato Civile", "kind": "avviso",
          "date": "2026-03-24",
          "subject": "AVVISO ALLA CITTADINANZA - APERTURA STRAORDINARIA DELL'UFFICIO ANAGRAFE PER IL RILASCIO DELLA CARTA D'IDENTITA' ELETTRONICA (CIE)"}},
]
json.dump(K, open(os.path.join(O, "keys.json"), "w"), ensure_ascii=False, indent=1)

def norm(s):
    return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    t = norm(subprocess.run(["pdftotext", "-layout", os.path.join(O, k["file"]), "-"], capture_output=True, text=True).stdout)
    tl = t.lower()
    a = k.get("act", {})
    strs = [a.get(f) for f in ("municipality", "organ", "office", "subject", "proposing_office")]
    for f in ("number", "sector_number", "proposal_number"):
        if f in a: strs.append(str(a[f]))
    for x in a.get("attendees", []):
        strs += [x["name"], x.get("role")]
    for p in ("president", "secretary"):
        if p in a: strs += [a[p].get("title"), a[p].get("role"), a[p]["name"]]
    for s in strs:
        if s and norm(s).lower() not in tl:
            print("MISSING", k["file"], repr(s)); bad += 1
print("checked", len(K), "keys;", bad, "missing")
