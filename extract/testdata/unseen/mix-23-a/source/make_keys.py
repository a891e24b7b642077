import json
K = []
def add(**k): K.append(k)
add(file='deliberazione-monreale-datagraph.pdf', role='act',
    what="Consiglio Comunale deliberation 27 of 19/03/2026 (Sicily) printed as a 132-column line-printer report in Courier (enscript -> ps2pdf): all capitals, CITTA'-style accents whose ASCII apostrophe is the font's quoteright, boxes of + - |, a 24-row roll in two side-by-side columns numbered 1-12 and 13-24, dotted-leader vote table, 4 numbered points, running head and foot, 2 pages",
    operative_points=4,
    act=dict(municipality='Città di Monreale', organ='Consiglio Comunale', kind='deliberazione', number=27, date='2026-03-19', time='18:30',
             subject='APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L’APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA - MODIFICHE AGLI ARTT. 12, 18 E 24.',
             proposing_office='SETTORE III - ENTRATE E TRIBUTI', proposal_number=31, proposal_date='2026-02-27',
             attendees=[dict(name=n, role='Consigliere', present=p) for n, p in []],
             president=dict(title='DOTT.', role='PRESIDENTE DEL CONSIGLIO COMUNALE', name='SALVATORE LO IACONO'),
             secretary=dict(title='DOTT.SSA', role='SEGRETARIO GENERALE', name='MARIA CONCETTA DI MAGGIO'),
             vote='majority', vote_counts=dict(present=20, voters=18, in_favour=14, against=4, abstained=2),
             immediately_executive=True))
roll = [("LO IACONO SALVATORE","P"),("CAMPISI GIUSEPPA","P"),("DI GREGORIO ANTONINO","P"),("MANISCALCO ROSALIA","A"),
        ("TERRANOVA VINCENZO","P"),("GUARNERI MARIA GRAZIA","P"),("SCIORTINO FILIPPO","P"),("RANDAZZO CALOGERO","P"),
        ("PITRE’ ANNA MARIA","P"),("BONANNO GIUSEPPE","P"),("LA ROSA FRANCESCA","A"),("SPATARO IGNAZIO","P"),
        ("CUSIMANO ROSARIO","P"),("D’ALESSANDRO GIOVANNA","P"),("MANGIAPANE SANTO","P"),("LI VOLSI CATERINA","P"),
        ("FERRARA BENEDETTO","A"),("CANNIZZARO LUCIA","P"),("MESSINA PIETRO","P"),("VIRGA ELEONORA","P"),
        ("PANZECA MICHELE","P"),("TUMMINELLO ROSA","A"),("CORRAO GASPARE","P"),("BADALAMENTI ILENIA","P")]
# the roll prints no role column: only names and PRESENTE/ASSENTE
K[0]['act']['attendees'] = [dict(name=n, present=(p == 'P')) for n, p in roll]

add(file='deliberazione-chiaravalle-jiride.pdf', role='act',
    what='Giunta Comunale deliberation 41 of 12/03/2026 typeset with pdflatex (Latin Modern Type 1 fonts, T1 encoding): no space characters in the text layer, fi ligatures, hyphenated body lines, boxed title, ruled roll table with X under Presente/Assente, 4 enumerated points, running head and foot, 2 pages',
    operative_points=4,
    act=dict(municipality='Comune di Chiaravalle', organ='Giunta Comunale', kind='deliberazione', number=41, date='2026-03-12', time='12:30',
             subject='Approvazione del progetto di fattibilità tecnico-economica per la riqualificazione energetica dell’impianto di illuminazione pubblica di via Fratelli Rosselli e viale della Vittoria – CUP J62F26000010004.',
             proposing_office='Settore Lavori Pubblici, Patrimonio e Ambiente', proposal_number=52, proposal_date='2026-03-05',
             attendees=[dict(name='COSTANTINI MARCO', role='Sindaco', present=True), dict(name='BRUGIAPAGLIA ELISA', role='Vice Sindaco', present=True),
                        dict(name='GIULIODORI PAOLO', role='Assessore', present=True), dict(name='PIERSANTI LAURA', role='Assessore', present=False),
                        dict(name='MANCINELLI ROBERTO', role='Assessore', present=True)],
             president=dict(title='Dott.', role='Sindaco', name='Marco Costantini'),
             secretary=dict(title='Dott.ssa', role='Segretario Generale', name='Silvia Cingolani'),
             vote='unanimous', immediately_executive=True))

add(file='deliberazione-vallebrembana-sicraweb.pdf', role='act',
    what='deliberation 18 of 24/02/2026 of the Giunta Esecutiva of a Lombard Comunità Montana: Word template (python-docx -> LibreOffice Writer 7.4, Arial->Liberation Sans), letterhead table, register box (codice ente / numero / data), OGGETTO in a ruled table, roll table with Presente/Assente giustificato, 5 numbered points, address foot, 2 pages',
    operative_points=5,
    act=dict(municipality='Comunità Montana Valle Brembana', organ='Giunta Esecutiva', kind='deliberazione', number=18, date='2026-02-24', time='17:00',
             subject='APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON I COMUNI ADERENTI PER LA GESTIONE ASSOCIATA DELLA FUNZIONE DI PROTEZIONE CIVILE – PERIODO 2026-2028.',
             attendees=[dict(name='MILESI GIANLUIGI', role='Presidente', present=True), dict(name='CARMINATI SARA', role='Vicepresidente', present=True),
                        dict(name='LOCATELLI ENRICO', role='Assessore', present=True), dict(name='TIRABOSCHI MIRKO', role='Assessore', present=False),
                        dict(name='PESENTI ROBERTA', role='Assessore', present=True)],
             president=dict(title='Sig.', role='Presidente', name='Gianluigi Milesi'),
             secretary=dict(title='Dott.ssa', role='Segretario', name='Lorena Arnoldi'),
             vote='unanimous', immediately_executive=True))

add(file='determinazione-sandaniele-insiel.pdf', role='act',
    what='determinazione n. 112 of 05/03/2026 (Area n. 38, proposal 131 of 02/03/2026) of a Friuli Comune, typed as a typewriter-like Word page: Courier New (Liberation Mono in the PDF), alignment by spaces, accents typed as apostrophes, straight quotes, underlined OGGETTO label, spaced D E T E R M I N A, 4 points 1)-4), accounting visa; python-docx -> LibreOffice, 2 pages',
    operative_points=4,
    act=dict(municipality='Comune di San Daniele del Friuli', organ='AREA TECNICA E TECNICO-MANUTENTIVA', office='Servizio Lavori Pubblici',
             kind='determinazione', number=112, sector_number=38, date='2026-03-05',
             subject='Lavori di manutenzione straordinaria della copertura della scuola primaria "Ippolito Nievo". Affidamento diretto ai sensi dell\'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 e impegno di spesa. CIG B7A4C21F90.',
             proposal_number=131, proposal_date='2026-03-02'))

add(file='determinazione-marigliano-halley.pdf', role='act',
    what='determinazione dirigenziale, Registro Generale n. 287 of 11/03/2026, Registro del Settore n. 44 of 10/03/2026 (Halley-like, ReportLab): letterhead, Settore box, register table and OGGETTO drawn glyph by glyph with no space glyphs, headings letter-spaced with Tc, body justified with Tw, 5 numbered points, accounting visa box, 2 pages',
    operative_points=5,
    act=dict(municipality='Comune di Marigliano', organ='SETTORE II - FINANZIARIO E TRIBUTI', office='Servizio Tributi',
             kind='determinazione', number=287, sector_number=44, date='2026-03-11',
             subject='Rimborso ai contribuenti di somme versate e non dovute a titolo di Imposta Municipale Propria (IMU) per gli anni d’imposta 2022 e 2023 – Impegno e liquidazione della spesa.'))

add(file='determinazione-asppotenza-dedagroup.pdf', role='act',
    what='determinazione dirigenziale n. 412 of 16/03/2026 of the Azienda Sanitaria Locale di Potenza (U.O.C. Provveditorato – Economato), HTML printed by Chromium (Skia/PDF): coloured letterhead, label/value table (struttura proponente, proposta n. 451 del 12/03/2026), boxed OGGETTO, letter-spaced CSS heading, 5 numbered points, fixed running foot, 2 pages',
    operative_points=5,
    act=dict(municipality='Azienda Sanitaria Locale di Potenza', organ='U.O.C. Provveditorato – Economato', kind='determinazione', number=412, date='2026-03-16',
             subject='Affidamento diretto, ai sensi dell’art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, della fornitura di n. 24 carrelli per la gestione della terapia farmacologica destinati al Presidio Ospedaliero di Villa d’Agri – CIG B8C3D90E12 – Importo € 38.420,00 oltre IVA.',
             proposal_number=451, proposal_date='2026-03-12', immediately_executive=True))

add(file='ordinanza-senise-apkappa.pdf', role='act',
    what='ordinanza sindacale contingibile e urgente n. 9 of 13/03/2026 (drinking-water ban) of a Basilicata Comune: ReportLab with standard Times/Helvetica not embedded; the page looks normal but is drawn out of reading order (Albo stamp, foot, signature, points 4-1, premises bottom-up, subject, title, letterhead last); Albo publication stamp rotated 90° along the left margin; 4 numbered points; 1 page',
    operative_points=4,
    act=dict(municipality='Comune di Senise', organ='Sindaco', kind='ordinanza', number=9, date='2026-03-13',
             subject='Divieto temporaneo di utilizzo per il consumo umano dell’acqua erogata dalla rete idrica comunale nelle contrade Cappuccini, San Pietro e Pantano.'))

add(file='avviso-parcocilento-word.pdf', role='act',
    what='numbered AVVISO PUBBLICO N. 4/2026 (prot. 3127 of 16/03/2026) of a national park authority, school environmental-education grants: Word template (python-docx -> LibreOffice, Calibri->Carlito), letterhead in the page header, Area and Servizio heading, Oggetto, RENDE NOTO, articles 1-6, Direttore signature, page-number foot, 2 pages',
    act=dict(municipality='Ente Parco Nazionale del Cilento, Vallo di Diano e Alburni', organ='AREA PROMOZIONE E CONSERVAZIONE',
             office='Servizio Promozione ed Educazione Ambientale', kind='avviso', number=4, date='2026-03-16',
             subject='Avviso pubblico per la concessione di contributi a sostegno di progetti di educazione ambientale e alla sostenibilità realizzati dalle istituzioni scolastiche dei Comuni del Parco – anno scolastico 2026/2027.'))

add(file='attestazione-gorgonzola-saga.pdf', role='certificate',
    what="certificate of publication (Albo reg. 318/2026, 02/03-17/03/2026, issued 18/03/2026) of Giunta deliberation 33 of 26/02/2026: 80-column fixed-width report in standard Courier (ReportLab, one Tj per line), boxes of = - + |, dotted-leader label/value lines, CITTA'-style accents, spaced C E R T I F I C A, 1 page",
    act=dict(municipality='Comune di Gorgonzola', kind='attestazione', number=33, date='2026-02-26',
             subject="APPROVAZIONE DELLE TARIFFE DEI SERVIZI CIMITERIALI E DELLE CONCESSIONI DI LOCULI E CELLETTE OSSARIO PER L'ANNO 2026."))

add(file='allegato-grottammare-civilia.pdf', role='attachment',
    what='Allegato A to Giunta deliberation 38 of 10/03/2026: tariffs of the municipal sports facilities for 2026, an 18-row table over 2 pages (ReportLab, Civilia-like): letterhead, foot and table header are Form XObjects reused on both pages, every table row its own Form XObject, headings letter-spaced with Tc (A L L E G A T O  A), notes 1-4, signature',
    act=dict(municipality='Comune di Grottammare'))

add(file='convocazione-carnia-chromium.pdf', role='notice',
    what='letter (prot. 2841 of 12/03/2026) of the Presidente convening the Assemblea of a Friuli Comunità di montagna for 24/03/2026 at 18:00 (second call 25/03): HTML printed by Chromium, DejaVu fonts, centred letterhead, protocol left and addressees right, Oggetto, 6-item numbered agenda, signature, fixed foot, 1 page',
    act=dict(municipality='Comunità di montagna della Carnia', kind='convocazione', date='2026-03-12',
             subject='Convocazione dell’Assemblea della Comunità di montagna della Carnia – seduta ordinaria del 24 marzo 2026.'))

add(file='avviso-leonforte-siscom.pdf', role='notice',
    what="unnumbered avviso di deposito (art. 140 c.p.c.) of a Sicilian Comune's Ufficio Messi, 17/03/2026: a pre-printed form (fpdf2, DejaVu Serif) whose blanks of underscores are filled in DejaVu Sans Mono Bold 1.5 pt above the rule, so each entry is extracted on its own line above its blank; spaced R E N D E  N O T O; 1 page",
    act=dict(municipality='Comune di Leonforte', office='UFFICIO MESSI NOTIFICATORI', kind='avviso', date='2026-03-17',
             subject='AVVISO DI DEPOSITO DI ATTO PRESSO LA CASA COMUNALE'))
json.dump(K, open('../keys.json', 'w'), ensure_ascii=False, indent=1)
print(len(K))
