# Comune di Calasetta – numbered public notice printed by the SUAP/commercio
# web application (Ruby, Prawn 2.4). Liberation fonts embedded.
require 'prawn'
require 'prawn/table'
out = ARGV[0]
L = '/usr/share/fonts/truetype/liberation/'
Prawn::Document.generate(out, page_size: 'A4', margin: [62, 56, 60, 56],
  info: { Title: 'Avviso pubblico n. 4/2026', Author: 'Comune di Calasetta - Area Amministrativa',
          Creator: 'Sportello Commercio', Producer: 'Prawn' }) do |pdf|
  pdf.font_families.update('LS' => { normal: L + 'LiberationSans-Regular.ttf', bold: L + 'LiberationSans-Bold.ttf',
                                     italic: L + 'LiberationSans-Italic.ttf' },
                           'LSe' => { normal: L + 'LiberationSerif-Regular.ttf', bold: L + 'LiberationSerif-Bold.ttf' })
  pdf.font 'LS'
  pdf.repeat(:all) do
    pdf.bounding_box([0, pdf.bounds.top + 40], width: pdf.bounds.width, height: 36) do
      pdf.fill_color '0a4f7a'
      pdf.fill_rectangle [0, 36], 30, 36
      pdf.fill_color 'ffffff'
      pdf.text_box 'CAL', at: [2, 22], size: 8, style: :bold
      pdf.fill_color '0a4f7a'
      pdf.text_box 'COMUNE DI CALASETTA', at: [40, 34], size: 15, style: :bold
      pdf.fill_color '333333'
      pdf.text_box 'Provincia del Sud Sardegna – Area Amministrativa e Attività Produttive', at: [40, 16], size: 8.5
      pdf.fill_color '000000'
    end
    pdf.stroke_color '0a4f7a'
    pdf.stroke_horizontal_line 0, pdf.bounds.width, at: pdf.bounds.top + 2
    pdf.stroke_horizontal_line 0, pdf.bounds.width, at: -8
    pdf.text_box 'Comune di Calasetta – Piazza Municipio – 09011 Calasetta (SU) – PEC: protocollo@pec.comune.calasetta.example.it',
                 at: [0, -12], size: 7, width: pdf.bounds.width, align: :center
  end
  pdf.move_down 6
  pdf.table([["Prot. n. 2214 del 06/03/2026", "Classif. 8.4", "Calasetta, 06/03/2026"]],
            width: pdf.bounds.width, cell_style: { size: 9, borders: [:top, :bottom], border_color: '999999', padding: [3, 4] }) do
    columns(1).align = :center; columns(2).align = :right
  end
  pdf.move_down 14
  pdf.text 'AVVISO PUBBLICO N. 4/2026', size: 16, style: :bold, align: :center
  pdf.move_down 10
  pdf.formatted_text [{ text: 'OGGETTO: ', styles: [:bold] },
                      { text: 'Avviso pubblico per la concessione temporanea di posteggi per il commercio su aree pubbliche in occasione della stagione estiva 2026.', styles: [:bold] }],
                     size: 10.5, align: :justify, leading: 2
  pdf.move_down 10
  pdf.text 'IL RESPONSABILE DELL’AREA AMMINISTRATIVA E ATTIVITÀ PRODUTTIVE', size: 10.5, style: :bold, align: :center
  pdf.move_down 6
  body = [
    "<b>Visti</b> il D.Lgs. 31 marzo 1998, n. 114, la L.R. 18 maggio 2006, n. 5 e il vigente Regolamento comunale per il commercio su aree pubbliche, approvato con deliberazione del Consiglio Comunale n. 22 del 30/07/2019;",
    "<b>Vista</b> la deliberazione della Giunta Comunale n. 31 del 26/02/2026, con la quale sono state individuate le aree destinate ai posteggi stagionali per il periodo 1° giugno – 30 settembre 2026;",
    "<b>In esecuzione</b> della propria determinazione n. 97 del 05/03/2026;",
  ]
  body.each { |t| pdf.text t, inline_format: true, size: 10.5, align: :justify, leading: 2; pdf.move_down 4 }
  pdf.move_down 4
  pdf.text 'RENDE NOTO', size: 11, style: :bold, align: :center
  pdf.move_down 6
  pdf.text 'che è indetta la procedura per la concessione temporanea dei seguenti posteggi stagionali:', size: 10.5
  pdf.move_down 6
  data = [['Posteggio', 'Ubicazione', 'Superficie', 'Settore merceologico'],
          ['1', 'Lungomare Colombo (lato spiaggia)', 'mq 12', 'Alimentare – somministrazione'],
          ['2', 'Lungomare Colombo (lato spiaggia)', 'mq 12', 'Non alimentare'],
          ['3', 'Piazzale Sottotorre', 'mq 20', 'Alimentare'],
          ['4', 'Via Roma – area parcheggio', 'mq 9', 'Non alimentare – artigianato locale'],
          ['5', 'Località Spiaggia Grande', 'mq 15', 'Alimentare – somministrazione']]
  pdf.table(data, header: true, width: pdf.bounds.width, cell_style: { size: 9.5, padding: [3, 5] }) do
    row(0).font_style = :bold; row(0).background_color = 'dce9f2'
    columns(0).align = :center; columns(2).align = :center
  end
  pdf.move_down 10
  [
    "1. Possono presentare domanda le imprese individuali e le società regolarmente costituite, in possesso dei requisiti di cui all’art. 71 del D.Lgs. 59/2010.",
    "2. La domanda, in bollo, deve essere presentata esclusivamente tramite il portale SUAPE della Regione Sardegna entro le ore 12:00 del 06/04/2026.",
    "3. La graduatoria sarà formata secondo i criteri dell’art. 14 del Regolamento comunale (anzianità di esercizio, presenze pregresse, regolarità contributiva).",
    "4. Il canone dovuto è determinato ai sensi del Regolamento per il canone unico patrimoniale e dovrà essere versato prima del rilascio della concessione.",
  ].each { |t| pdf.indent(14) { pdf.text t, size: 10.5, align: :justify, leading: 2 }; pdf.move_down 4 }
  pdf.move_down 4
  pdf.text "Il responsabile del procedimento è la Sig.ra Marisa Biggio (tel. 0781 000317). Il presente avviso è pubblicato all’Albo Pretorio on line e sul sito istituzionale dell’Ente fino alla scadenza del termine.", size: 10.5, align: :justify, leading: 2
  pdf.move_down 20
  pdf.bounding_box([pdf.bounds.width / 2, pdf.cursor], width: pdf.bounds.width / 2) do
    pdf.text 'IL RESPONSABILE DELL’AREA', size: 10.5, align: :center
    pdf.text 'Dott. Efisio Rombi', size: 10.5, style: :bold, align: :center
    pdf.text 'Firmato digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005', size: 7.5, align: :center
  end
  pdf.number_pages 'Pag. <page> di <total>', at: [pdf.bounds.right - 80, -24], width: 80, align: :right, size: 7.5
end
