# PyMuPDF Story (HTML subset -> PDF via DocumentWriter), then a second pass
# stamps the running foot and a protocol stamp with insert_text.
import sys, pymupdf

out = sys.argv[1]
HTML = """
<div style="text-align:center">
<p style="font-size:9px;margin:0">[stemma]</p>
<h1 style="font-size:19px;margin:2px 0 0 0;color:#1b4d2e">COMUNE DI NOVA SIRI</h1>
<p style="font-size:11px;margin:0">Provincia di Matera</p>
<p style="font-size:8.5px;margin:0">Piazza Municipio, 1 – 75020 Nova Siri (MT) – tel. 0835 536911 – comune.novasiri@cert.ruparbasilicata.it</p>
</div>
<hr/>
<p style="font-size:11px;margin:6px 0 0 0"><b>AREA TECNICA</b></p>
<p style="font-size:10px;margin:0 0 14px 0"><i>Servizio Ambiente e Igiene Urbana</i></p>
<h2 style="text-align:center;font-size:26px;margin:12px 0 4px 0;letter-spacing:3px">AVVISO</h2>
<p style="text-align:center;font-size:13px;margin:0 0 14px 0"><b>RACCOLTA STRAORDINARIA DEI RIFIUTI INGOMBRANTI E DEI RAEE A DOMICILIO – CALENDARIO DEL MESE DI MARZO 2026</b></p>
<p style="font-size:11px;text-align:justify;line-height:1.4">Si informa la cittadinanza che, nell’ambito del servizio di igiene urbana affidato alla ditta Ecologia Jonica S.r.l., nel mese di marzo 2026 è attivato un servizio straordinario e gratuito di ritiro a domicilio dei rifiuti ingombranti (mobili, materassi, reti, suppellettili) e dei rifiuti da apparecchiature elettriche ed elettroniche (RAEE: frigoriferi, lavatrici, televisori, piccoli elettrodomestici), secondo il seguente calendario:</p>
<table style="font-size:10.5px;width:100%;border-collapse:collapse" border="1" cellpadding="4">
<tr style="background-color:#dfeadf"><th>Data</th><th>Zona servita</th><th>Prenotazione entro</th></tr>
<tr><td>martedì 3 marzo 2026</td><td>Nova Siri Paese – centro storico e via Nazionale</td><td>venerdì 27 febbraio</td></tr>
<tr><td>martedì 10 marzo 2026</td><td>Nova Siri Scalo – zona nord della S.S. 106 Jonica</td><td>venerdì 6 marzo</td></tr>
<tr><td>martedì 17 marzo 2026</td><td>Nova Siri Scalo – zona sud e lungomare</td><td>venerdì 13 marzo</td></tr>
<tr><td>martedì 24 marzo 2026</td><td>Nova Siri Marina e contrade rurali (Pietrapica, Cugno Cavallo)</td><td>venerdì 20 marzo</td></tr>
</table>
<p style="font-size:11px;text-align:justify;line-height:1.4;margin-top:10px">La prenotazione è obbligatoria e può essere effettuata telefonando al numero verde 800 194 522, dal lunedì al venerdì dalle ore 9:00 alle ore 13:00, oppure inviando una e-mail all’indirizzo ingombranti@comune.novasiri.mt.it, indicando nome, indirizzo, recapito telefonico e tipologia dei materiali. Per ogni utenza è consentito il ritiro di un massimo di tre pezzi.</p>
<p style="font-size:11px;text-align:justify;line-height:1.4">I rifiuti devono essere collocati a cura dell’utente, entro le ore 6:00 del giorno stabilito, sul suolo pubblico antistante la propria abitazione, in modo da non costituire intralcio alla circolazione pedonale e veicolare. È vietato l’abbandono di rifiuti al di fuori delle modalità previste: le violazioni saranno sanzionate ai sensi dell’art. 255 del D.Lgs. 3 aprile 2006, n. 152.</p>
<p style="font-size:11px;text-align:justify;line-height:1.4">Si ricorda che il conferimento dei rifiuti ingombranti e dei RAEE è sempre possibile, gratuitamente, presso il Centro Comunale di Raccolta di contrada Pietrapica, aperto il lunedì, il mercoledì e il sabato dalle ore 8:30 alle ore 12:30.</p>
<p style="font-size:11px;margin-top:14px">Nova Siri, 16 febbraio 2026</p>
<p style="font-size:11px;text-align:right;margin-top:10px">Il Responsabile dell’Area Tecnica<br/>Arch. Domenico Cirigliano</p>
"""
CSS = "* {font-family: sans-serif;} th {text-align:left;}"

tmp = out + '.tmp.pdf'
story = pymupdf.Story(html=HTML, user_css=CSS)
writer = pymupdf.DocumentWriter(tmp)
mediabox = pymupdf.paper_rect('a4')
where = mediabox + (56, 48, -56, -60)
more = True
while more:
    dev = writer.begin_page(mediabox)
    more, _ = story.place(where)
    story.draw(dev)
    writer.end_page()
writer.close()

doc = pymupdf.open(tmp)
n = len(doc)
for i, page in enumerate(doc):
    page.draw_line((56, 800), (539, 800), width=0.4)
    page.insert_text((56, 812), 'Comune di Nova Siri - Area Tecnica - Avviso alla cittadinanza', fontsize=7, fontname='helv')
    page.insert_text((490, 812), f'Pagina {i+1} di {n}', fontsize=7, fontname='helv')
    if i == 0:
        r = pymupdf.Rect(400, 132, 539, 168)
        page.draw_rect(r, color=(0.1, 0.2, 0.6), width=0.8)
        for k, ln in enumerate(['COMUNE DI NOVA SIRI', 'Prot. n. 0001964 del 16/02/2026', 'Uscita - Cat. 6 Cl. 8']):
            page.insert_text((r.x0 + 5, r.y0 + 11 + k * 9.5), ln, fontsize=7.5, fontname='helv', color=(0.1, 0.2, 0.6))
doc.set_metadata({'title': 'Avviso raccolta straordinaria ingombranti marzo 2026', 'author': 'Comune di Nova Siri', 'creator': 'PyMuPDF Story', 'producer': doc.metadata.get('producer', '')})
doc.save(out, garbage=3, deflate=True)
doc.close()
import os; os.remove(tmp)
