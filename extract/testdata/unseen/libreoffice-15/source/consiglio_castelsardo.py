"""Consiglio Comunale di Castelsardo, deliberazione n. 38 del 27/11/2025 - Sicraweb-like print (fodt)."""
from fodt_common import Doc
from logo import crest

logo = crest("logo-castelsardo.png", field=(20, 90, 170), charge=(240, 240, 240), variant=2)
d = Doc(font="Liberation Sans", size="10.5pt", margins=("1.4cm", "1.4cm", "2.2cm", "1.8cm"))

# header: table with logo + letterhead
hp = d.pstyle(align="start", after="0cm")
hn = d.pstyle(align="start", size="15pt", bold=True, after="0cm", font="DejaVu Serif")
hs = d.pstyle(align="start", size="9.5pt", after="0cm", italic=True)
tb = Doc.__new__(Doc)  # not used
img = d.image(logo, 1.5, 1.9)
# build header table by hand through a temporary body capture
saved = d.body; d.body = []
d.table([[('<text:p text:style-name="%s">%s</text:p>' % (hp, img), hp),
          (d.p("COMUNE DI CASTELSARDO", style=hn) + d.p("^^Provincia di Sassari^^", style=hs) + d.p("Piazza del Popolo, 1 – 07031 Castelsardo", style=hs), hs)]],
        [2.0, 15.6], border=None, align="left", pstyles=[hp, hs])
hdr_tbl = d.body[0]; d.body = saved
rule = d.pstyle(align="start", after="0.1cm", border=None, size="2pt")
d.auto.append('<style:style style:name="HR" style:family="paragraph"><style:paragraph-properties fo:border-bottom="1.2pt solid #1E4E8C" fo:padding-bottom="0.05cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="2pt"/></style:style>')
hdr_tbl = hdr_tbl.replace('COMUNE DI CASTELSARDO', 'COMUNE DI CASTELSARDO')
d.header = hdr_tbl + '<text:p text:style-name="HR"/>'
d.footer = d.p("//Delibera di Consiglio Comunale n. 38 del 27/11/2025//\tPag. {PAGE} di {PAGES}", size="8pt", align="start",
               tabs=[("17.6cm", "right", False)])

d.para("**ORIGINALE**", align="end", size="9pt", after="0.2cm")
d.para("DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="center", bold=True, size="13pt", after="0.05cm")
d.para("N. **38** del **27/11/2025**", align="center", size="12pt", after="0.3cm")
d.para("**OGGETTO:**\t**Variazione di assestamento generale al bilancio di previsione finanziario 2025/2027 ai sensi dell'art. 175, comma 8, del D.Lgs. n. 267/2000.**",
       border="0.8pt solid #000000", align="start", indent="0cm", tabs=[("2.2cm", "left", False)], after="0.3cm")
d.para("Sessione ordinaria – Seduta pubblica di prima convocazione", align="center", italic=True, size="9.5pt", after="0.25cm")
d.para("L'anno **2025** il giorno **ventisette** del mese di **novembre** alle ore **18:00**, nella sala consiliare del Palazzo Comunale, regolarmente convocato con avviso prot. n. 14410 del 20/11/2025, notificato a ciascun consigliere nei termini di legge, si è riunito il Consiglio Comunale.")
d.para("Al momento dell'appello nominale risultano presenti e assenti i consiglieri di seguito indicati:", after="0.2cm")

roll = [("MURA GIOVANNI", "Sindaco", True), ("SPANO MARIA ANTONIETTA", "Presidente", True), ("TEDDE SALVATORE", None, True),
        ("COSSU ANNA MARIA", None, True), ("DEMURO FRANCESCO", None, True), ("FIORI PIETRO PAOLO", None, False),
        ("ADDIS GIOVANNA", None, True), ("SECHI MARCO", None, True), ("CARTA ANTONELLO", None, True),
        ("DEIANA ROBERTA", None, True), ("SANNA GAVINO", None, False), ("PIU MICHELE", None, True), ("SATTA LUCIA", None, True)]
rs = d.pstyle(align="start", after="0.06cm", size="10pt", tabs=[("8.1cm", "right", True)])
inner = "".join(d.p("%s%s\t%s" % (n, (" (%s)" % r) if r else "", "Presente" if p else "Assente"), style=rs) for n, r, p in roll)
d.section(inner, cols=2, gap="1.0cm", sep=True)
d.para("Presenti n. **11**\tAssenti n. **2**", align="start", before="0.2cm", tabs=[("9.3cm", "left", False)])
d.para("Partecipa il Segretario Comunale **Dott. Gianfranco Piras**, con funzioni consultive, referenti e di assistenza, che cura la verbalizzazione.", before="0.2cm")
d.para("Assume la presidenza la **Sig.ra Maria Antonietta Spano**, Presidente del Consiglio, la quale, constatato il numero legale, dichiara aperta la seduta e pone in discussione l'argomento iscritto al punto n. 3 dell'ordine del giorno.")

d.para("IL CONSIGLIO COMUNALE", align="center", bold=True, before="0.3cm", after="0.2cm")
for t in [
 "**Udita** la relazione dell'Assessore al Bilancio, Dott. Salvatore Tedde, il quale illustra le variazioni di entrata e di spesa proposte dai Responsabili dei Servizi a seguito della verifica generale di tutte le voci di bilancio;",
 "**Richiamate** la deliberazione del Consiglio Comunale n. 11 del 28/03/2025, di approvazione del Documento Unico di Programmazione 2025/2027, e la deliberazione n. 12 del 28/03/2025, di approvazione del bilancio di previsione finanziario 2025/2027;",
 "**Visto** l'art. 175, comma 8, del D.Lgs. 18 agosto 2000, n. 267, secondo il quale mediante la variazione di assestamento generale, deliberata dall'organo consiliare entro il 31 luglio e comunque entro il 30 novembre di ciascun anno, si attua la verifica generale di tutte le voci di entrata e di uscita, compreso il fondo di riserva e il fondo di cassa;",
 "**Considerato** che le variazioni proposte, analiticamente riportate nell'allegato A), comportano maggiori entrate per € 186.450,00 e minori entrate per € 22.300,00, maggiori spese per € 201.930,00 e minori spese per € 37.780,00, e che permangono gli equilibri di bilancio di cui all'art. 193 del medesimo decreto;",
 "**Visto** il parere favorevole dell'Organo di revisione economico-finanziaria, reso con verbale n. 27 del 21/11/2025, acquisito al prot. n. 14502;",
 "**Acquisiti** i pareri favorevoli di regolarità tecnica e contabile del Responsabile del Servizio Finanziario, ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
 "**Udito** l'intervento del consigliere Carta, il quale, a nome del gruppo di minoranza «Castelsardo Bene Comune», dichiara voto contrario lamentando l'insufficiente stanziamento per la manutenzione delle strade rurali;",
]:
    d.para(t, after="0.15cm")
d.para("Con votazione espressa per alzata di mano, che dà il seguente risultato: presenti n. 11, votanti n. 11, voti favorevoli n. 8, voti contrari n. 3 (Carta, Deiana, Piu), astenuti n. 0,", before="0.1cm")
d.para("D E L I B E R A", align="center", bold=True, before="0.3cm", after="0.2cm", keep=True)
d.lst([
 "di approvare la variazione di assestamento generale al bilancio di previsione finanziario 2025/2027, ai sensi dell'art. 175, comma 8, del D.Lgs. n. 267/2000, come analiticamente riportata nell'allegato A), parte integrante e sostanziale del presente atto;",
 "di dare atto che, a seguito della variazione, permangono gli equilibri generali di bilancio e il rispetto dei vincoli di finanza pubblica, come risulta dal prospetto allegato B);",
 "di apportare le conseguenti modifiche al Documento Unico di Programmazione 2025/2027;",
 "di trasmettere il presente atto al Tesoriere comunale, ai sensi dell'art. 216 del D.Lgs. n. 267/2000.",
], kind="num", fmt="1", suffix=")")
d.para("Successivamente, con separata votazione che dà il seguente esito: presenti n. 11, voti favorevoli n. 8, contrari n. 3, il Consiglio Comunale dichiara la presente deliberazione **immediatamente eseguibile** ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", before="0.25cm")

d.para("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000", align="center", bold=True, size="9.5pt", before="0.5cm", after="0.15cm", keep=True)
sp = d.pstyle(align="start", size="9pt", after="0cm")
d.table([["**Regolarità tecnica:** FAVOREVOLE\n\nData 20/11/2025\n\nIl Responsabile del Servizio\n\nDott.ssa Paola Dettori",
          "**Regolarità contabile:** FAVOREVOLE\n\nData 20/11/2025\n\nIl Responsabile del Servizio Finanziario\n\nDott.ssa Paola Dettori"]],
        [8.8, 8.8], pstyles=[sp, sp])
d.para("Letto, approvato e sottoscritto.", before="0.4cm", after="0.2cm", keep=True)
cp = d.pstyle(align="center", after="0cm")
d.table([["**IL PRESIDENTE**\n\nMaria Antonietta Spano\n\n//(firmato digitalmente)//", "**IL SEGRETARIO COMUNALE**\n\nDott. Gianfranco Piras\n\n//(firmato digitalmente)//"]],
        [8.8, 8.8], border=None, pstyles=[cp, cp])
d.write("consiglio-castelsardo-sicraweb.fodt")
