"""Città di Aprilia, avviso pubblico n. 7/2026 del 22/01/2026 - APKappa-like print (fodt), tagged PDF."""
from fodt_common import Doc
from logo import crest

logo = crest("logo-aprilia.png", field=(240, 240, 240), charge=(30, 110, 200), variant=1)
d = Doc(font="Liberation Sans", size="10pt", margins=("1.5cm", "1.5cm", "2cm", "2cm"))
hp = d.pstyle(align="start", after="0cm")
img = d.image(logo, 1.5, 1.9)
saved = d.body; d.body = []
d.table([[('<text:p text:style-name="%s">%s</text:p>' % (hp, img), hp),
          (d.p("CITTÀ DI APRILIA", align="start", size="16pt", bold=True, after="0cm", color="#1E5AA0") +
           d.p("Provincia di Latina", align="start", size="9.5pt", after="0.05cm") +
           d.p("SETTORE II – SERVIZI ALLA PERSONA E ALLA FAMIGLIA", align="start", size="9.5pt", bold=True, after="0cm") +
           d.p("Servizio Politiche Abitative", align="start", size="9pt", italic=True, after="0cm"), hp)]],
        [2.0, 15.0], border=None, align="left")
d.header = d.body[0] + d.p("", size="2pt", after="0cm", border=None); d.body = saved
d.footer = d.p("Piazza Roma, 1 – 04011 Aprilia (LT) – tel. 06 92018 500 – PEC protocollo@pec.comunediaprilia.gov.it\tPag. {PAGE} di {PAGES}", size="7.5pt", align="start", tabs=[("17cm", "right", False)])

d.para("AVVISO PUBBLICO N. 7/2026", align="center", bold=True, size="15pt", before="0.3cm", after="0.1cm")
d.para("**Contributi economici a sostegno del pagamento dei canoni di locazione – Anno 2026**", align="center", size="12pt", after="0.35cm")
d.para("IL DIRIGENTE", align="center", bold=True, after="0.2cm")
d.para("**Visti** la Legge 9 dicembre 1998, n. 431, art. 11, istitutiva del Fondo nazionale per il sostegno all'accesso alle abitazioni in locazione, la Legge regionale del Lazio 6 agosto 1999, n. 12, e la D.G.R. Lazio n. 1046 del 18/12/2025; in esecuzione della deliberazione della Giunta Comunale n. 9 del 16/01/2026 e della determinazione dirigenziale n. 58 del 21/01/2026,", after="0.2cm")
d.para("RENDE NOTO", align="center", bold=True, after="0.2cm")
d.para("che dal **26/01/2026** al **27/02/2026** i cittadini in possesso dei requisiti di seguito indicati possono presentare domanda per l'assegnazione di un contributo integrativo per il pagamento del canone di locazione relativo all'anno 2026.", after="0.25cm")

# deadline in a framed text box, right side
fp = d.pstyle(align="center", size="10pt", after="0cm")
frame = d.textframe(d.p("**SCADENZA**", style=fp) + d.p("27 febbraio 2026", style=fp) + d.p("ore 12:00", style=fp),
                    w_cm=4.4, x_cm=12.6, y_cm=0.0, border="1.5pt solid #1E5AA0", wrap="parallel", bg="#EAF1FA")
h = d.pstyle(align="start", bold=True, size="10.5pt", after="0.15cm")
d.add('<text:p text:style-name="%s">%sArt. 1 – Requisiti per l\'accesso</text:p>' % (h, frame))
d.para("Possono partecipare i nuclei familiari che, alla data di pubblicazione del presente avviso, possiedono i seguenti requisiti:", after="0.1cm", right="5cm")
d.lst([
 "cittadinanza italiana o di uno Stato dell'Unione Europea, ovvero titolo di soggiorno in corso di validità;",
 "residenza anagrafica nel Comune di Aprilia nell'alloggio oggetto del contratto di locazione;",
 "titolarità di un contratto di locazione ad uso abitativo regolarmente registrato, con esclusione degli alloggi di categoria catastale A/1, A/8 e A/9;",
 "ISEE ordinario o corrente 2026 non superiore a **€ 15.000,00**;",
 "non titolarità di diritti di proprietà, usufrutto, uso o abitazione su alloggio adeguato alle esigenze del nucleo familiare nel territorio della provincia di Latina.",
], kind="bul", bullet="■")
d.para("Art. 2 – Entità del contributo", align="start", bold=True, size="10.5pt", before="0.25cm", after="0.15cm")
d.para("Il contributo è calcolato in misura pari all'incidenza del canone sul valore ISEE, entro i seguenti limiti massimi:", after="0.15cm")
tp = d.pstyle(align="center", size="9.5pt", after="0cm")
d.table([["Fascia", "Valore ISEE", "Incidenza minima del canone", "Contributo massimo annuo"],
         ["A", "fino a € 7.000,00", "14%", "€ 3.100,00"],
         ["B", "da € 7.000,01 a € 15.000,00", "24%", "€ 2.325,00"]],
        [2.0, 5.0, 5.0, 5.0], header_bg="#D6E3F3", pstyles=[tp] * 4)
d.para("Art. 3 – Modalità di presentazione della domanda", align="start", bold=True, size="10.5pt", before="0.3cm", after="0.15cm", keep=True)
d.para("La domanda deve essere presentata esclusivamente sul modulo predisposto dal Servizio Politiche Abitative, disponibile sul sito istituzionale e presso l'Ufficio Relazioni con il Pubblico, corredata dei seguenti documenti:", after="0.1cm")
d.lst([
 "copia del documento di identità del richiedente;",
 "copia del contratto di locazione registrato e della ricevuta dell'ultimo versamento dell'imposta di registro, ovvero dell'opzione per la cedolare secca;",
 "attestazione ISEE 2026 in corso di validità;",
 "copia delle ricevute di pagamento del canone, anche relative a mensilità del 2025 non ancora rimborsate.",
], kind="num", fmt="1", suffix=")")
d.para("La domanda può essere inviata a mezzo PEC all'indirizzo protocollo@pec.comunediaprilia.gov.it oppure consegnata a mano all'Ufficio Protocollo, in piazza Roma n. 1, nei giorni e negli orari di apertura al pubblico.", before="0.15cm")
d.para("Art. 4 – Controlli e trattamento dei dati", align="start", bold=True, size="10.5pt", before="0.25cm", after="0.15cm", keep=True)
d.para("L'Amministrazione effettuerà controlli a campione sulla veridicità delle dichiarazioni rese, ai sensi dell'art. 71 del D.P.R. n. 445/2000. I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Responsabile del procedimento è la Dott.ssa Marta Iannucci (tel. 06 92018 544).")
d.para("Aprilia, 22/01/2026", align="start", before="0.5cm", after="0.1cm")
d.para("IL DIRIGENTE DEL SETTORE II\nDott.ssa Roberta Cestra\n//firmato digitalmente//", align="center", indent="9cm", after="0cm")
d.write("avviso-aprilia-apkappa.fodt")
