# Determinazione dirigenziale, Comune di Mogliano Veneto: imitation of a Rails-based "atti" web app
# that prints acts through Prawn (label grid at the top, sans-serif body, signature footer).
require 'prawn'
require 'prawn/table'
out = ARGV[0] or abort 'usage: ruby 04_moglianoveneto_prawn.rb out.pdf'
FD = '/usr/share/fonts/truetype/dejavu/'
info = { Title: 'Determinazione RG 214/2026', Author: 'Comune di Mogliano Veneto', Creator: 'Atti Digitali - stampa', Producer: 'Prawn' }
Prawn::Document.generate(out, page_size: 'A4', margin: [70, 50, 60, 50], info: info) do |pdf|
  pdf.font_families.update('DejaVu' => { normal: FD + 'DejaVuSans.ttf', bold: FD + 'DejaVuSans-Bold.ttf',
                                         italic: FD + 'DejaVuSans-Oblique.ttf', bold_italic: FD + 'DejaVuSans-BoldOblique.ttf' },
                            'DejaVuCond' => { normal: FD + 'DejaVuSansCondensed.ttf', bold: FD + 'DejaVuSansCondensed-Bold.ttf' })
  pdf.font 'DejaVu', size: 9.5
  pdf.repeat(:all) do
    pdf.bounding_box([0, pdf.bounds.top + 45], width: pdf.bounds.width, height: 40) do
      pdf.fill_color '1F4E79'; pdf.fill_rectangle [0, 38], 6, 34; pdf.fill_color '000000'
      pdf.text_box 'COMUNE DI MOGLIANO VENETO', at: [14, 38], size: 14, style: :bold
      pdf.text_box 'Provincia di Treviso', at: [14, 20], size: 8.5
      pdf.text_box "Piazza del Municipio, 1 - 31021 Mogliano Veneto (TV)\nprotocollo.comune.moglianoveneto.tv@pecveneto.it", at: [300, 36], width: 195, size: 7, align: :right
    end
  end
  pdf.move_down 4
  grid = [
    [{ content: 'SETTORE 3° – LAVORI PUBBLICI, AMBIENTE E PATRIMONIO', colspan: 4, font_style: :bold, size: 10.5, background_color: 'DCE6F1' }],
    [{ content: 'Servizio Manutenzioni e Verde Pubblico', colspan: 4, size: 9.5 }],
    [{ content: 'DETERMINAZIONE DIRIGENZIALE', colspan: 4, font_style: :bold, size: 12, align: :center }],
    ['Registro Generale', 'n. 214', 'del', '19/03/2026'],
    ['Registro di Settore', 'n. 61', 'del', '16/03/2026'],
    ['Centro di responsabilità', 'LLPP-03', 'Classificazione', '6.5 / 2026 - fasc. 14']
  ]
  pdf.table(grid, column_widths: [130, 120, 95, 150], cell_style: { size: 9, padding: [4, 6], border_width: 0.5, border_color: '7F7F7F' }) do |t|
    (3..5).each { |r| t.row(r).column(0).font_style = :bold; t.row(r).column(2).font_style = :bold; t.row(r).column(0).background_color = 'F2F2F2'; t.row(r).column(2).background_color = 'F2F2F2' }
  end
  pdf.move_down 10
  pdf.table([[{ content: 'OGGETTO', font_style: :bold, background_color: 'F2F2F2' },
              { content: "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 del servizio di manutenzione ordinaria delle aree verdi scolastiche – periodo aprile-ottobre 2026 – CIG B7C41E2A90. Impegno di spesa.", font_style: :bold }]],
            column_widths: [70, 425], cell_style: { size: 10, padding: [5, 6], border_width: 0.5, border_color: '7F7F7F' })
  pdf.move_down 14
  pdf.text 'IL DIRIGENTE', style: :bold, align: :center, size: 10.5
  pdf.move_down 6
  body = [
    "RICHIAMATO il decreto del Sindaco n. 3 del 08/01/2026, con il quale è stato conferito al sottoscritto l'incarico di direzione del Settore 3° – Lavori Pubblici, Ambiente e Patrimonio;",
    "RICHIAMATE la deliberazione del Consiglio Comunale n. 68 del 22/12/2025, di approvazione del bilancio di previsione 2026/2028, e la deliberazione della Giunta Comunale n. 4 del 13/01/2026, di approvazione del Piano Esecutivo di Gestione 2026/2028;",
    "PREMESSO che le aree verdi di pertinenza dei plessi scolastici comunali (scuole dell'infanzia \"Arcobaleno\" e \"Collodi\", scuole primarie \"Piave\", \"Verdi\" e \"Marconi\", scuola secondaria \"Minerva Roma\") necessitano di interventi periodici di sfalcio, potatura delle siepi e raccolta del fogliame, non eseguibili con il personale operaio in servizio;",
    "VISTO il preventivo presentato dalla ditta Verde Terraglio Soc. Coop. Sociale, con sede in Preganziol (TV), P.IVA 04518230269, acquisito al prot. n. 9120 del 10/03/2026, per l'importo di € 28.740,00 oltre IVA 22%, ritenuto congruo dal RUP in relazione ai prezzi di mercato;",
    "DATO ATTO che la ditta risulta in possesso dei requisiti di cui agli artt. 94 e 95 del D.Lgs. 36/2023, come da verifiche effettuate tramite il Fascicolo Virtuale dell'Operatore Economico, e che il DURC è regolare (prot. INAIL_52231087, scadenza 24/06/2026);",
    "VISTI il D.Lgs. 18 agosto 2000, n. 267, in particolare gli artt. 107, 183 e 192, e il D.Lgs. 31 marzo 2023, n. 36;"
  ]
  body.each { |p| pdf.text p, align: :justify, leading: 2.5; pdf.move_down 6 }
  pdf.move_down 4
  pdf.text 'DETERMINA', style: :bold, align: :center, size: 10.5
  pdf.move_down 6
  pts = [
    "di affidare alla ditta Verde Terraglio Soc. Coop. Sociale, con sede in Preganziol (TV), il servizio di manutenzione ordinaria delle aree verdi scolastiche per il periodo aprile-ottobre 2026, per l'importo di € 28.740,00 oltre IVA 22%, per complessivi € 35.062,80;",
    "di impegnare la spesa complessiva di € 35.062,80 alla Missione 4, Programma 6, Titolo 1, Macroaggregato 103, capitolo 4180 \"Manutenzione aree verdi scuole\" del bilancio 2026/2028, esercizio 2026, dando atto che l'obbligazione è esigibile entro il 31/12/2026;",
    "di dare atto che il Responsabile Unico del Progetto è il Geom. Marta Zanatta e che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
    "di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione \"Amministrazione Trasparente\" del sito istituzionale."
  ]
  pts.each_with_index do |p, i|
    pdf.indent(18) do
      pdf.float { pdf.indent(-16) { pdf.text "#{i + 1})" } }
      pdf.text p, align: :justify, leading: 2.5
    end
    pdf.move_down 5
  end
  pdf.move_down 16
  pdf.start_new_page if pdf.cursor < 90
  pdf.bounding_box([pdf.bounds.width - 220, pdf.cursor], width: 220) do
    pdf.text 'IL DIRIGENTE DEL SETTORE 3°', align: :center, style: :bold, size: 9.5
    pdf.text 'Ing. Paolo Trevisan', align: :center, size: 9.5
    pdf.text '(documento firmato digitalmente)', align: :center, size: 7.5, style: :italic
  end
  pdf.move_down 20
  pdf.table([[{ content: "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA\nAi sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto favorevole. Impegno n. 2026/812 di € 35.062,80 – Cap. 4180.\nMogliano Veneto, 19/03/2026 – Il Dirigente del Settore 2° Economico-Finanziario, Dott.ssa Chiara Bortolato (firmato digitalmente)", size: 8 }]],
            width: pdf.bounds.width, cell_style: { border_width: 0.5, padding: 6 })
  pdf.repeat(:all, dynamic: true) do
    pdf.bounding_box([0, -12], width: pdf.bounds.width, height: 30) do
      pdf.stroke_color 'AAAAAA'; pdf.stroke_horizontal_rule; pdf.move_down 4
      pdf.fill_color '555555'
      pdf.text "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate. Determinazione R.G. n. 214 del 19/03/2026 – Pagina #{pdf.page_number} di #{pdf.page_count}", size: 7
      pdf.fill_color '000000'
    end
  end
end
