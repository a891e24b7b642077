# Checks that every keyed string of ../keys.json occurs in the pdftotext -layout
# output of its PDF (whitespace collapsed); dates and numbers are checked in
# their printed forms by hand (see NOTES.md). Prints what is not found.
import json, re, subprocess, os
here = os.path.dirname(os.path.abspath(__file__))
keys = json.load(open(os.path.join(here, '..', 'keys.json')))
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
bad = 0
for k in keys:
    pdf = os.path.join(here, '..', k['file'])
    txt = norm(subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout)
    a = k.get('act', {})
    strings = []
    for f in ('municipality', 'organ', 'office', 'kind', 'subject', 'proposing_office'):
        if f in a: strings.append((f, a[f]))
    for p in ('president', 'secretary'):
        if p in a:
            for f in ('title', 'role', 'name'):
                if f in a[p]: strings.append((p + '.' + f, a[p][f]))
    for i, at in enumerate(a.get('attendees', [])):
        strings.append(('attendee%d.name' % i, at['name'])); strings.append(('attendee%d.role' % i, at['role']))
    miss = [(f, s) for f, s in strings if norm(s) not in txt]
    print('%-50s %s' % (k['file'], 'ok' if not miss else 'MISSING %s' % miss))
    bad += len(miss)
print('missing:', bad)
