# Writes ../keys.json (kept as the record of the keys).
import json, os
K = []
def add(**k): K.append(k)
add(file="deliberazione-volpiano-storti.pdf", role="act",
    what="Giunta deliberation 58/2026 (LibreOffice Writer from ODT): register label grid with number, date and proposal; boxed OGGETTO; roll table with Presente/Assente X columns; four numbered points; running head with number",
    operative_points=4,
    act=dict(municipality="Comune di Volpiano", organ="Giunta Comunale", kind="deliberazione", number=58, date="2026-04-14", time="17:30",
             subject="APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI RIQUALIFICAZIONE ENERGETICA DELLA SCUOLA PRIMARIA “GIANNI RODARI” DI VIA TRIESTE – CUP J52B25000140004",
             proposing_office="Lavori Pubblici", proposal_number=71, proposal_date="2026-04-09",
             attendees=[dict(name="MOSCA PIERPAOLO", role="Sindaco", present=True), dict(name="FERRERO ELENA", role="Vice Sindaco", present=True),
                        dict(name="BERTOLÈ MARCO", role="Assessore", present=True), dict(name="GIACHINO SILVIA", role="Assessore", present=False),
                        dict(name="REVIGLIO ANDREA", role="Assessore", present=True)],
             president=dict(title="Sig.", role="Sindaco", name="Pierpaolo MOSCA"),
             secretary=dict(title="Dott.ssa", role="Segretario Comunale", name="Laura CRAVERO"),
             vote="unanimous", immediately_executive=True))
add(file="deliberazione-novellara-textmaker.pdf", role="act",
    what="Consiglio deliberation 21/2026 (python-docx, LibreOffice): number and date in the heading sentence, subject as a ruled title block without label, numbered two-column roll (1-9 left, 10-17 right), vote in a five-cell table, lettered points a)-d)",
    operative_points=4,
    act=dict(municipality="Comune di Novellara", organ="Consiglio Comunale", kind="deliberazione", number=21, date="2026-04-15", time="20:45",
             subject="RENDICONTO DELLA GESTIONE PER L’ESERCIZIO FINANZIARIO 2025 – APPROVAZIONE AI SENSI DELL’ART. 227 DEL D.LGS. 267/2000",
             attendees=[dict(name=n, role=r, present=p) for n, r, p in [
                ("CARLETTI STEFANO", "Sindaco", True), ("BONINI MARTA", "Consigliere", True), ("ZANICHELLI LUCA", "Consigliere", True),
                ("FONTANESI GIORGIA", "Consigliere", True), ("MAGNANI ROBERTO", "Consigliere", False), ("FERRETTI ILARIA", "Consigliere", True),
                ("CASOLI DAVIDE", "Consigliere", True), ("SASSI ANNALISA", "Consigliere", True), ("VEZZANI MATTEO", "Consigliere", True),
                ("BARTOLI CHIARA", "Consigliere", True), ("FORNACIARI ENRICO", "Consigliere", True), ("LUSUARDI PAOLA", "Consigliere", False),
                ("TIRELLI NICOLA", "Consigliere", True), ("MONTANARI SERENA", "Consigliere", True), ("GRASSELLI FABIO", "Consigliere", True),
                ("RIGHI ELISA", "Consigliere", True), ("BERTOLINI ALESSIO", "Consigliere", False)]],
             president=dict(role="Sindaco", name="Stefano Carletti"),
             secretary=dict(title="Dott.", role="Vice Segretario Comunale", name="Gianluca Ferrari"),
             vote="majority", vote_counts=dict(present=14, voters=13, in_favour=10, against=3, abstained=1),
             immediately_executive=True))
add(file="deliberazione-collazzone-umbriadigitale.pdf", role="act",
    what="Giunta deliberation 34/2026 (ReportLab): number only in the running head ('Deliberazione G.C. n. 34 del 13/04/2026'), date in words, roll in prose with the absent assessore last, five numbered points 1)-5), opinions and publication boxes",
    operative_points=5,
    act=dict(municipality="Comune di Collazzone", organ="Giunta Comunale", kind="deliberazione", number=34, date="2026-04-13", time="12:15",
             subject="Adesione al progetto “Umbria in bici 2026” promosso dalla Regione Umbria – Approvazione dello schema di accordo di collaborazione con l’A.S.D. Media Valle del Tevere.",
             attendees=[dict(name="Alessandro Pioli", role="Sindaco", present=True), dict(name="Maria Grazia Tomassoni", role="Vice Sindaco", present=True),
                        dict(name="Federico Bartolini", role="Assessore", present=True), dict(name="Chiara Ercolani", role="Assessore", present=False)],
             president=dict(role="Sindaco", name="Alessandro Pioli"),
             secretary=dict(title="Dott.ssa", role="Segretario Comunale", name="Simonetta Baldelli"),
             vote="unanimous", immediately_executive=True))
add(file="determinazione-dogliani-ancitel.pdf", role="act",
    what="determinazione of the Area Tecnica (wkhtmltopdf from HTML): register box with sector n. 47 and general register n. 198, adoption date 10/04/2026, boxed OGGETTO, five numbered points with a commitment table inside point 2",
    operative_points=5,
    act=dict(municipality="Comune di Dogliani", organ="Area Tecnica", office="Servizio Manutenzioni e Patrimonio", kind="determinazione",
             number=198, sector_number=47, date="2026-04-10",
             subject="AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE DEL VERDE PUBBLICO – STAGIONE 2026. IMPEGNO DI SPESA. CIG B8F4C21A07"))
add(file="determinazione-marghine-fpdf.pdf", role="act",
    what="determinazione of an Unione dei Comuni (fpdf2, FPDF-style web print): label grid with general register n. 403 of 09/04/2026 and sector n. 112 of 08/04/2026, 'Oggetto:' with hanging indent, invoice table, unnumbered 'DI LIQUIDARE / DI DARE ATTO …' paragraphs",
    act=dict(municipality="Unione dei Comuni del Marghine", organ="Settore Socio-Assistenziale", office="Servizio Politiche Sociali", kind="determinazione",
             number=403, sector_number=112, date="2026-04-09",
             subject="Servizio di assistenza domiciliare integrata per anziani e disabili nei Comuni dell'Unione – Liquidazione fatture del mese di marzo 2026 alla Cooperativa Sociale “Sa Mata” – CIG A02E5B7C11."))
add(file="determinazione-cervinara-advsys.pdf", role="act",
    what="DETERMINAZIONE DIRIGENZIALE (PHP TCPDF, Code 128 barcode with caption): sector n. 61 of 08/04/2026 and general register n. 287 of 09/04/2026 in one heading line, proposal n. 74, OGGETTO in a two-cell table, four numbered points",
    operative_points=4,
    act=dict(municipality="Comune di Cervinara", organ="Settore Economico-Finanziario", office="Ufficio Tributi", kind="determinazione",
             number=287, sector_number=61, date="2026-04-09",
             subject="RIMBORSO SOMME NON DOVUTE A TITOLO DI IMU ANNUALITÀ 2023 E 2024 – CONTRIBUENTI VARI – IMPEGNO E LIQUIDAZIONE",
             proposal_number=74, proposal_date="2026-04-07"))
add(file="ordinanza-nonantola-bipublisher.pdf", role="act",
    what="ordinanza sindacale 19/2026 (Java OpenPDF, BI-Publisher-like report): coloured running band, field/value grid (Tipo atto, Numero, Settore, Data, Ufficio proponente), OGGETTO cell, six numbered points under ORDINA",
    operative_points=6,
    act=dict(municipality="Comune di Nonantola", organ="Sindaco", kind="ordinanza", number=19, date="2026-04-14",
             subject="Misure per la prevenzione e il controllo delle malattie trasmesse da insetti vettori ed in particolare dalla zanzara tigre (Aedes albopictus) e dalla zanzara comune (Culex pipiens) – Anno 2026.",
             proposing_office="Ambiente"))
add(file="avviso-pagani-liferay.pdf", role="act",
    what="AVVISO PUBBLICO N. 7/2026 (headless Chromium, portal print page): portlet band with publication register, breadcrumb, Settore heading, protocol line, OGGETTO box, requirements list, deadline table",
    act=dict(municipality="Città di Pagani", organ="Settore Politiche Sociali", office="Ufficio di Piano – Servizi Sociali", kind="avviso", number=7, date="2026-04-15",
             subject="Contributi per il sostegno all’accesso alle abitazioni in locazione (art. 11 L. 431/1998) – Annualità 2026. Apertura dei termini per la presentazione delle domande."))
add(file="certificato-stroncone-enscript.pdf", role="certificate",
    what="certificate of completed publication (plain text through enscript and Ghostscript, Courier): dotted label lines for the certified Consiglio deliberation n. 9 of 30/03/2026, published 31/03-15/04/2026, publication register n. 412",
    act=dict(municipality="Comune di Stroncone", kind="attestazione", number=9, date="2026-03-30",
             subject="APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO (PEF) 2026-2029 DEL SERVIZIO INTEGRATO DI GESTIONE DEI RIFIUTI E DELLE TARIFFE TARI PER L’ANNO 2026"))
add(file="allegato-bitti-excel.pdf", role="attachment",
    what="Allegato A to Giunta deliberation 41/2026: budget-variation schedule printed from a spreadsheet (LibreOffice Calc from XLSX), landscape, entrata and spesa tables, sheet-name and page footer",
    act=dict(municipality="Comune di Bitti"))
add(file="convocazione-serramanna-latex.pdf", role="notice",
    what="convocation of the Consiglio Comunale (pdfLaTeX): protocol and date line, addressees, six-item numbered agenda, signed by the Presidente del Consiglio",
    act=dict(municipality="Comune di Serramanna", kind="convocazione", date="2026-04-16", subject="CONVOCAZIONE DEL CONSIGLIO COMUNALE"))
add(file="avviso-carignano-quarkxpress.pdf", role="notice",
    what="unnumbered notice to citizens, one-page poster (ReportLab canvas): colour band letterhead with SERVIZI DEMOGRAFICI, kicker 'AVVISO ALLA CITTADINANZA', two-line headline, info box, date in words",
    act=dict(municipality="Comune di Carignano", office="Servizi Demografici", kind="avviso", date="2026-04-15",
             subject="APERTURA STRAORDINARIA DELLO SPORTELLO CARTA D’IDENTITÀ ELETTRONICA"))
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "keys.json")
json.dump(K, open(out, "w"), ensure_ascii=False, indent=1)
print(len(K))
