"""Comune di Caulonia, comunicazione di avvio del procedimento (prot. 2875 del 09/03/2026) - Writer letter (fodt)."""
from fodt_common import Doc
from logo import crest

S = "\u00ad"
logo = crest("logo-caulonia.png", field=(30, 60, 140), charge=(240, 190, 40), variant=3)
d = Doc(font="Liberation Serif", size="11pt", margins=("1.5cm", "1.5cm", "2.3cm", "2.0cm"))
img = d.image(logo, 1.3, 1.65)
c0 = d.pstyle(align="center", after="0cm")
d.header = ('<text:p text:style-name="%s">%s</text:p>' % (c0, img) +
            d.p("COMUNE DI CAULONIA", align="center", size="15pt", bold=True, after="0cm") +
            d.p("Città Metropolitana di Reggio Calabria", align="center", size="9.5pt", italic=True, after="0cm") +
            d.p("AREA TECNICA – ^^Servizio Manutenzioni e Cimiteri^^", align="center", size="9.5pt", after="0.1cm"))
d.footer = d.p("Via Roma, 1 – 89040 Caulonia (RC) – tel. 0964 861 111 – PEC: areatecnica.caulonia@asmepec.it\nPagina {PAGE} di {PAGES}", align="center", size="7.5pt")

# protocol stamp as a text frame at the right of the first lines
sp = d.pstyle(align="center", size="8pt", after="0cm", font="DejaVu Sans Condensed")
stamp = d.textframe(d.p("**COMUNE DI CAULONIA**", style=sp) + d.p("Protocollo N. 0002875", style=sp) + d.p("del 09/03/2026 – USCITA", style=sp),
                    w_cm=4.8, x_cm=12.2, y_cm=0.0, border="0.8pt solid #333333")
p1 = d.pstyle(align="start", after="0cm")
d.add('<text:p text:style-name="%s">%sProt. n. 2875</text:p>' % (p1, stamp))
d.para("Caulonia, 09/03/2026", align="start", after="0.5cm")
d.para("Ai concessionari, agli eredi e agli aventi causa\ndelle sepolture indicate nell'elenco\n__tramite pubblicazione all'Albo Pretorio on line__", align="start", indent="9.5cm", after="0.5cm", before="0.6cm")
d.para("COMUNICAZIONE DI AVVIO DEL PROCEDIMENTO", align="center", bold=True, size="12pt", after="0.05cm")
d.para("(artt. 7 e 8 della Legge 7 agosto 1990, n. 241)", align="center", size="9.5pt", after="0.35cm")
d.para("**OGGETTO:** Avvio del procedimento di dichiarazione di decadenza di concessioni cimiteriali per stato di abbandono delle sepolture – Cimitero di Caulonia Marina.",
       align="justify", indent="2.4cm", first="-2.4cm", after="0.3cm")
for t in [
 "Il Responsabile dell'Area Tecnica, in esecuzione della deliberazione della Giunta Comunale n. 31 del 26/02/2026 e ai sensi dell'art. 63 del Regolamento comunale di polizia mortuaria, approvato con deliberazione del Consiglio Comunale n. 22 del 29/07/2011,",
]:
    d.para(t)
d.para("COMUNICA", align="center", bold=True, before="0.2cm", after="0.2cm")
d.para("l'avvio del procedimento di dichiarazione di decadenza delle concessioni cimiteriali di seguito elencate, relative a sepolture del Cimitero di Caulonia Marina che, a seguito dei sopralluoghi eseguiti dal personale del Servizio nei mesi di gennaio e febbraio 2026, risultano in evidente stato di abbandono e di incuria, con pericolo per la sicurezza dei visitatori e per il decoro del luogo:", after="0.2cm")
th = d.pstyle(align="center", size="9pt", bold=True, after="0cm")
tc = d.pstyle(align="start", size="9pt", after="0cm")
d.table([[("N.", th), ("Tipologia", th), ("Settore / posizione", th), ("Atto di concessione", th), ("Intestatario", th)],
         [("1", tc), ("Cappella gentilizia", tc), ("Settore B, lotto 4", tc), ("rep. n. 118 del 14/05/1962", tc), ("Famiglia Ierace Vincenzo", tc)],
         [("2", tc), ("Tomba di famiglia", tc), ("Settore B, lotto 11", tc), ("rep. n. 203 del 02/09/1968", tc), ("Fragomeni Antonio", tc)],
         [("3", tc), ("Loculo", tc), ("Blocco C, fila 3, n. 27", tc), ("rep. n. 377 del 21/03/1974", tc), ("Scali Maria Carmela", tc)],
         [("4", tc), ("Tomba di famiglia", tc), ("Settore D, lotto 2", tc), ("rep. n. 412 del 08/11/1976", tc), ("Famiglia Zavaglia Giuseppe", tc)]],
        [0.9, 3.4, 3.9, 4.4, 4.9], header_bg="#DDDDDD")
d.para("A tal fine si informa che:", before="0.3cm", after="0.1cm")
d.lst([
 "l'amministrazione competente è il Comune di Caulonia – Area Tecnica;",
 "il responsabile del procedimento è il Geom. Francesco Lucà, Istruttore tecnico del Servizio Manutenzioni e Cimiteri (tel. 0964 861 134);",
 "gli interessati possono prendere visione degli atti e presentare memorie scritte e documenti entro **trenta giorni** dalla pubblicazione della presente comunicazione, presso l'Ufficio Tecnico comunale, dal lunedì al venerdì dalle ore 9:00 alle ore 12:00;",
 "entro il medesimo termine i concessionari o gli aventi causa possono evitare la decadenza impegnandosi per iscritto a eseguire i lavori di ripristino entro centottanta giorni;",
 "il procedimento dovrà concludersi entro novanta giorni dalla data di pubblicazione della presente comunicazione.",
], kind="bul", bullet="–")
d.para("Decorso inutilmente il termine assegnato, si procederà alla dichiarazione di decadenza delle conces" + S + "sioni e alla successiva estumulazione delle salme, i cui resti saranno collocati nell'ossario comune, salvo diversa richiesta degli aventi titolo.", before="0.2cm")
d.para("La presente comunicazione, non essendo possibile la comunicazione personale per il numero e l'irreperibilità dei destinatari, è pubblicata all'Albo Pretorio on line per sessanta giorni consecutivi ed è affissa all'ingresso del cimitero e presso le sepolture interessate.", before="0.1cm")
d.para("IL RESPONSABILE DELL'AREA TECNICA\nIng. Rocco Pelle\n//(firmato digitalmente)//", align="center", indent="8.5cm", before="0.6cm")
d.write("lettera-caulonia-writer.fodt")
