# -*- coding: utf-8 -*-
"""Write ../keys.json from acts.py and check every keyed string against
`pdftotext -layout` of its PDF (whitespace collapsed).  Exit 1 on a miss.

Comparison: subjects and names exactly (the apostrophe keyed in the shape
the text layer gives it: ' or ’); municipality, organ, offices and roles
without regard to case, as the conventions compare them.  Where a subject
wraps inside a box drawn with bars (| ... |), the bars are dropped before
the search (second pass), and the key notes nothing: the bars are not text."""
import json, os, re, subprocess, sys
from acts import ACTS, it_date

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

WHAT = {
    'A1': 'Giunta minute of Ardore in the ASMENET 80-column layout (+---+ boxes, roll two members per line with P/A), printed by GNU enscript and ps2pdf',
    'A2': 'Giunta minute of Ardore, same ASMENET layout printed by a2ps (its own header with the act number, hyphens as minus signs) and ps2pdf',
    'A3': 'Consiglio minute of Ardore (roll of 13, two per line in +---+ boxes, majority vote with counts), plain troff in Courier through groff -Tps and ps2pdf',
    'A4': 'Consiglio minute of Ardore, second item of the same session, written as a hand-made PDF that places every Courier glyph alone (no spaces), running head and foot with the number',
    'B1': 'Giunta minute of Villa Carcina (Dedalo, Times), roll with tab stops and X under Presente/Assente, roles after the name; plain troff through groff and ps2pdf, page traps for running heads',
    'B2': 'Giunta minute of Villa Carcina presided by the Vice Sindaco, pdfLaTeX (glyphs placed without spaces, letter-spaced heading with microtype, fancyhdr running heads and foots)',
    'B3': 'Consiglio minute of Villa Carcina (roll of 17 in two columns numbered down, | bars), hand-written PDF content streams justified with Tw, headings letter-spaced with Tc',
    'B4': 'Consiglio minute of Villa Carcina ratifying a Giunta act, hand-written PostScript (widthshow justification, ashow letter spacing) distilled by ps2pdf',
    'C1': 'Giunta minute of Oschiri on the SIPAL form DG01: hand-written PDF, module and footer in Form XObjects drawn after the text, values over underscores, rotated publication stamp',
    'C2': 'Giunta minute of Oschiri on the SIPAL form, hand-written PostScript (values typed over the blanks, rotated stamp) distilled by ps2pdf',
    'C3': 'Consiglio minute of Oschiri (roll of 13, two per line, P/A columns marked X), blanks filled inline with underscores, GNU enscript and ps2pdf',
    'C4': 'Consiglio minute of Oschiri, second item of the same session, same SIPAL text form printed by a2ps and ps2pdf',
}

def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

def variants(s):
    out = [s]
    for a, b in (("'", '’'), ('’', "'")):
        if a in s:
            out.append(s.replace(a, b))
    return out

class Checker:
    def __init__(self, pdf):
        t = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, check=True).stdout
        self.t1 = norm(t)
        self.t2 = norm(re.sub(r'[|]', ' ', t))
        self.misses = []

    def find(self, s, ci=False, what=''):
        for hay in (self.t1, self.t2):
            for v in variants(norm(s)):
                if (v.lower() in hay.lower()) if ci else (v in hay):
                    return v
        self.misses.append('%s: %r' % (what, s))
        return s

def key_for(a, ck):
    k = {'file': a['file'], 'role': 'act', 'what': WHAT[a['id']], 'operative_points': len(a['points'])}
    act = {}
    act['municipality'] = ck.find(a['municipality'], True, 'municipality')
    act['organ'] = ck.find(a['organ'], True, 'organ')
    act['kind'] = a['kind']
    act['number'] = a['number']
    act['date'] = a['date']
    act['time'] = a['time']
    pn, pd, po = a['proposal']
    act['proposal_number'] = pn
    act['proposal_date'] = pd
    act['proposing_office'] = ck.find(po, True, 'proposing_office')
    act['subject'] = ck.find(a['subject'], False, 'subject')
    att = []
    for n, r, p in a['roll']:
        att.append({'name': ck.find(n, False, 'attendee'), 'role': ck.find(r, True, 'role'), 'present': p})
    act['attendees'] = att
    for who in ('president', 'secretary'):
        d = a[who]
        o = {}
        if 'title' in d:
            o['title'] = ck.find(d['title'] + ' ' + d['name'], False, who + ' title+name').split(' ')[0]
        o['role'] = ck.find(d['role'], True, who + ' role')
        o['name'] = ck.find(d['name'], False, who + ' name')
        act[who] = o
    act['vote'] = a['vote']
    if a['vote_counts']:
        act['vote_counts'] = a['vote_counts']
    act['immediately_executive'] = a['ie']
    # numbers, dates and the hour as printed
    ck.find(it_date(a['date']), False, 'date')
    ck.find(a['time_print'], False, 'time')
    ck.find(str(a['number']), False, 'number')
    ck.find('%d del %s' % (pn, it_date(pd)), False, 'proposal')
    for pt in a['points']:
        ck.find(pt[:40], False, 'point')
    k['act'] = act
    return k

def main():
    keys, bad = [], 0
    for a in ACTS:
        pdf = os.path.join(SET, a['file'])
        ck = Checker(pdf)
        keys.append(key_for(a, ck))
        if ck.misses:
            bad += 1
            print('MISS', a['file'])
            for m in ck.misses:
                print('   ', m)
        else:
            print('ok  ', a['file'])
    with open(os.path.join(SET, 'keys.json'), 'w', encoding='utf-8') as f:
        json.dump(keys, f, ensure_ascii=False, indent=1)
        f.write('\n')
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
