"""Per-file scan settings for scanify.py (round 18, scan-18)."""
R = lambda outer, inner, **kw: dict(type='round', outer=outer, inner=inner, **kw)
S = lambda **kw: dict(type='sig', **kw)
H = lambda text, **kw: dict(type='hand', text=text, **kw)

CONF = {
 'giunta-abano-halley': dict(seed=11, dpi=300, renderer='sandwich', holes=True, shadow='left', tone=238,
    angles=[0.7, -0.5], speckle=500,
    marks={'QQSIGA': S(dx=-40, dy=-70, w=300, h=80, ink='blue'),
           'QQSIGB': S(dx=-60, dy=-60, w=340, h=90, ink='black'),
           'QQHANDA': H('21/11/2025', dx=0, dy=-45, size=52, ink='blue'),
           'QQSIGC': S(dx=20, dy=-50, w=200, h=60, ink='blue', width=4)}),
 'consiglio-capoterra-sicraweb': dict(seed=22, dpi=300, renderer='hocr', holes=False, shadow='top', tone=242,
    angles=[-0.4, 0.8, -0.3], speckle=300,
    marks={'QQSIGA': S(dx=-80, dy=-70, w=320, h=85, ink='blue'),
           'QQSIGB': S(dx=-60, dy=-65, w=300, h=80, ink='black'),
           'QQSIGC': S(dx=20, dy=-40, w=180, h=50, ink='blue', width=4)}),
 'giunta-belpasso-kibernetes': dict(seed=33, dpi=300, renderer='hocr', ocr_extra=['--deskew'], holes=True, shadow='left', tone=236,
    angles=[1.2, -0.9], speckle=600,
    marks={'QQSIGD': S(dx=20, dy=-40, w=260, h=70, ink='blue'),
           'QQHANDA': H('04/12/2025', dx=0, dy=-45, size=52, ink='blue')}),
 'determina-bagnoaripoli-civilia': dict(seed=44, dpi=300, renderer='sandwich', holes=True, shadow=None, tone=244,
    angles=[0.3, -0.2], speckle=250,
    marks={'QQSIGA': S(dx=-90, dy=-60, w=300, h=80, ink='blue'),
           'QQHANDA': H('3187', dx=10, dy=-50, size=54, ink='blue'),
           'QQSIGB': S(dx=30, dy=-40, w=200, h=55, ink='black', width=4)}),
 'determina-guidonia-jiride': dict(seed=55, dpi=300, renderer='hocr', lang='ita+eng', holes=False, shadow='right', tone=240,
    angles=[-0.6, 0.5], speckle=400,
    marks={'QQSIGA': S(dx=-80, dy=-70, w=320, h=90, ink='blue')},
    abs_marks=[dict(page=0, x_mm=148, y_mm=6, spec=dict(type='rect', lines=['ALBO PRETORIO ON LINE', 'Pubbl. n. 3411/2025', 'dal 05/12/2025'], ink='black', fsize=25, angle=1.5))]),
 'determina-lagonegro-apkappa': dict(seed=66, dpi=300, renderer='sandwich', holes=True, shadow='left', tone=235,
    angles=[-1.1, 0.8], speckle=700, noise=14,
    marks={'QQHANDA': H('28', dx=10, dy=-55, size=64, ink='black'),
           'QQHANDB': H('16/01/2026', dx=10, dy=-55, size=56, ink='black'),
           'QQSIGA': S(dx=-70, dy=-70, w=330, h=90, ink='black'),
           'QQSIGB': S(dx=20, dy=-40, w=200, h=55, ink='black', width=4)}),
 'ordinanza-acerra-dedagroup': dict(seed=77, dpi=200, color=True, renderer='sandwich', holes=False, shadow='left', tone=243,
    angles=[0.5], speckle=300, lid=(60, 60, 60),
    marks={'QQSIGA': S(dx=-60, dy=-80, w=330, h=95, ink='blue', width=6)}),
 'avviso-cagli-word': dict(seed=88, dpi=300, color=True, renderer='hocr', ocr_extra=['--deskew'], holes=True, shadow=None, tone=245,
    angles=[-1.3, 1.0], speckle=200,
    marks={'QQHANDA': H('417', dx=10, dy=-55, size=60, ink='blue'),
           'QQSIGA': S(dx=-70, dy=-60, w=300, h=85, ink='blue')}),
 'certificato-cittanova-studiok': dict(seed=99, dpi=150, renderer='sandwich', holes=False, shadow='left', tone=238,
    angles=[0.9], speckle=300, blur=0.4,
    marks={'QQTICKA': dict(type='tick', dx=-10, dy=-20, s=44, ink='black'),
           'QQSIGA': S(dx=-70, dy=-65, w=300, h=85, ink='black')}),
 'allegato-dalmine-datagraph': dict(seed=111, dpi=300, renderer='hocr', ocr_extra=['--rotate-pages', '--rotate-pages-threshold', '5'], upside_down=[0], holes=False, shadow='top', tone=241,
    angles=[-0.3], speckle=350,
    marks={'QQSIGA': S(dx=10, dy=-30, w=200, h=55, ink='blue', width=4)}),
 'convocazione-fonni-zuddas': dict(seed=122, dpi=150, renderer='sandwich', holes=True, shadow='left', tone=237,
    angles=[-0.8], speckle=400, blur=0.4,
    marks={'QQSIGA': S(dx=-70, dy=-60, w=300, h=85, ink='blue')}),
 'avviso-cirie-letter': dict(seed=133, dpi=300, renderer='hocr', lang='ita+eng', holes=True, shadow=None, tone=243,
    angles=[0.4, -0.6], speckle=300,
    abs_marks=[dict(page=0, x_mm=24, y_mm=50, spec=dict(type='rect', lines=['COMUNE DI CIRIÈ (TO)', 'ARRIVO  03 FEB 2026', 'Prot. N. 0002875', 'Cat. 6  Cl. 5  Fasc. ____'], ink='black', fsize=26, angle=-2))]),
}

def add_round(name, marker, outer, inner, dx=120, dy=-60, r=150, ink='violet'):
    m = CONF[name]['marks']
    cur = m[marker]
    m[marker] = (cur if isinstance(cur, list) else [cur]) + [R(outer, inner, dx=dx, dy=dy, r=r, ink=ink)]

add_round('giunta-abano-halley', 'QQSIGA', 'COMUNE DI ABANO TERME * PROVINCIA DI PADOVA *', 'IL\nSINDACO', dx=-170, dy=-40)
add_round('giunta-belpasso-kibernetes', 'QQSIGD', 'COMUNE DI BELPASSO * CITTÀ METROPOLITANA DI CATANIA *', 'UFFICIO\nSEGRETERIA', dx=-150, dy=-20)
add_round('determina-bagnoaripoli-civilia', 'QQSIGA', 'COMUNE DI BAGNO A RIPOLI * CITTÀ METROPOLITANA DI FIRENZE *', 'AREA 3', dx=250, dy=-50, r=140)
add_round('determina-guidonia-jiride', 'QQSIGA', 'CITTÀ DI GUIDONIA MONTECELIO * ROMA *', 'SETTORE IV', dx=-200, dy=-40)
add_round('determina-lagonegro-apkappa', 'QQSIGA', 'COMUNE DI LAGONEGRO * PROV. DI POTENZA *', 'UFFICIO\nTECNICO', dx=-180, dy=-30)
add_round('ordinanza-acerra-dedagroup', 'QQSIGA', 'COMUNE DI ACERRA * CITTÀ METROPOLITANA DI NAPOLI *', 'IL\nSINDACO', dx=-150, dy=-40, r=130)
add_round('avviso-cagli-word', 'QQSIGA', 'COMUNE DI CAGLI * PROVINCIA DI PESARO E URBINO *', 'SERVIZI\nSOCIALI', dx=-170, dy=-20, ink='blue')
add_round('certificato-cittanova-studiok', 'QQSIGA', 'COMUNE DI CITTANOVA * REGGIO CALABRIA *', 'SEGRETERIA', dx=-170, dy=-10)
add_round('convocazione-fonni-zuddas', 'QQSIGA', 'COMUNE DI FONNI * PROVINCIA DI NUORO *', 'IL\nSINDACO', dx=-230, dy=-20)
add_round('consiglio-capoterra-sicraweb', 'QQSIGB', 'COMUNE DI CAPOTERRA * CITTÀ METROPOLITANA DI CAGLIARI *', 'IL\nSEGRETARIO', dx=260, dy=-40)
