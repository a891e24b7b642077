# Comune di Rubiera - Allegato A (tariffs schedule) drawn with matplotlib (PdfPages, TrueType fonts)
import sys
import matplotlib
matplotlib.use('pdf')
matplotlib.rcParams['pdf.fonttype'] = 42
matplotlib.rcParams['font.family'] = 'DejaVu Sans'
import matplotlib.pyplot as plt
from matplotlib.backends.backend_pdf import PdfPages
out = sys.argv[1]
rows = [
 ('1', 'Inumazione in campo comune (salma adulto)', '320,00', '335,00'),
 ('2', 'Inumazione in campo comune (resti mortali / bambini)', '160,00', '165,00'),
 ('3', 'Tumulazione in loculo', '210,00', '220,00'),
 ('4', 'Tumulazione in ossario o cinerario', '95,00', '100,00'),
 ('5', 'Esumazione ordinaria', '260,00', '270,00'),
 ('6', 'Estumulazione ordinaria', '240,00', '250,00'),
 ('7', 'Traslazione salma all\'interno del cimitero', '180,00', '190,00'),
 ('8', 'Dispersione ceneri nel cinerario comune', '80,00', '80,00'),
 ('9', 'Concessione loculo 30 anni - 1ª e 4ª fila', '2.350,00', '2.450,00'),
 ('10', 'Concessione loculo 30 anni - 2ª e 3ª fila', '2.900,00', '3.000,00'),
 ('11', 'Concessione ossario/cinerario 30 anni', '520,00', '540,00'),
 ('12', 'Illuminazione votiva - canone annuo', '18,00', '19,00'),
]
with PdfPages(out, metadata={'Title': 'Allegato A - Tariffe servizi cimiteriali 2026', 'Author': 'Comune di Rubiera - Settore Lavori Pubblici'}) as pdf:
    fig = plt.figure(figsize=(8.27, 11.69))
    fig.text(0.08, 0.955, 'COMUNE DI RUBIERA', fontsize=15, weight='bold')
    fig.text(0.08, 0.938, 'Provincia di Reggio Emilia', fontsize=9)
    fig.text(0.92, 0.955, 'ALLEGATO A', fontsize=11, weight='bold', ha='right')
    fig.text(0.92, 0.938, 'alla deliberazione della Giunta Comunale n. 40 del 12/03/2026', fontsize=7.5, ha='right')
    fig.add_artist(plt.Line2D([0.08, 0.92], [0.93, 0.93], color='black', lw=1))
    fig.text(0.5, 0.895, 'TARIFFE DEI SERVIZI CIMITERIALI – ANNO 2026', fontsize=12.5, weight='bold', ha='center')
    fig.text(0.5, 0.877, 'Cimiteri di Rubiera capoluogo, Fontana e San Faustino – importi in euro, IVA esclusa ove dovuta', fontsize=8.5, ha='center', style='italic')
    ax = fig.add_axes([0.08, 0.42, 0.84, 0.44]); ax.axis('off')
    tb = ax.table(cellText=[list(r) for r in rows], colLabels=['N.', 'Servizio / concessione', 'Tariffa 2025', 'Tariffa 2026'],
                  colWidths=[0.06, 0.6, 0.17, 0.17], loc='upper center', cellLoc='left')
    tb.auto_set_font_size(False); tb.set_fontsize(8.5); tb.scale(1, 1.55)
    for (r, c), cell in tb.get_celld().items():
        if r == 0:
            cell.set_facecolor('#d9d9d9'); cell.get_text().set_weight('bold')
        if c >= 2: cell.get_text().set_ha('right'); cell._loc = 'right'
        if c == 0: cell._loc = 'center'
    ax2 = fig.add_axes([0.14, 0.13, 0.76, 0.22])
    lab = [r[0] for r in rows[:8]]
    v25 = [float(r[2].replace('.', '').replace(',', '.')) for r in rows[:8]]
    v26 = [float(r[3].replace('.', '').replace(',', '.')) for r in rows[:8]]
    x = range(len(lab))
    ax2.bar([i - 0.2 for i in x], v25, width=0.4, color='#9e9e9e', label='2025')
    ax2.bar([i + 0.2 for i in x], v26, width=0.4, color='#404040', label='2026')
    ax2.set_xticks(list(x)); ax2.set_xticklabels(['voce ' + l for l in lab], fontsize=7)
    ax2.tick_params(axis='y', labelsize=7); ax2.legend(fontsize=7, frameon=False)
    ax2.set_title('Confronto tariffe operazioni cimiteriali (voci 1-8)', fontsize=8.5)
    for s in ('top', 'right'): ax2.spines[s].set_visible(False)
    fig.text(0.08, 0.07, 'Le tariffe decorrono dal 1° aprile 2026. Per le concessioni rinnovate si applica la riduzione del 20% prevista dall\'art. 38 del Regolamento di polizia mortuaria.', fontsize=7, wrap=True)
    fig.text(0.08, 0.045, 'Settore Lavori Pubblici, Patrimonio e Infrastrutture – Servizi cimiteriali', fontsize=7)
    fig.text(0.92, 0.045, 'pag. 1 di 1', fontsize=7, ha='right')
    pdf.savefig(fig)
