#!/usr/bin/env python3
"""Recomputes the expected results of the roll-call named queries straight from the vendored CSV files,
without Jena or RDF, as an independent check of queries/*.expected.csv:

    python3 src/test/python/rollcall_expected.py OUTDIR && for f in OUTDIR/*.csv; do diff <(tr -d '\\r' < $f) queries/$(basename $f); done

It reads data/datasets/unga-rollcalls (CSV files and dataset.yaml), data/reference/states.yaml and
data/reference/bodies.yaml and the curated votes of data/sources/*.yaml; it needs PyYAML (python3-yaml)."""
import csv, glob, gzip, io, math, os, re, sys
from collections import defaultdict
import yaml

D = 'data/datasets/unga-rollcalls'
ID = 'https://w3id.org/un-rights/id/'
manifest = yaml.load(open(f'{D}/dataset.yaml'), Loader=yaml.BaseLoader)
states = yaml.load(open('data/reference/states.yaml'), Loader=yaml.BaseLoader)['states']
bodies = {b['key']: b['name'] for b in yaml.load(open('data/reference/bodies.yaml'), Loader=yaml.BaseLoader)['bodies']}
name = {s['key']: s['name'] for s in states}
by_alpha2 = {s['alpha2']: s['key'] for s in states if 'to' not in s and 'alpha2' in s}


def rows(file):
    # R writes a missing value as a bare NA; csv cannot tell it from a quoted "NA", so the raw line comes too.
    with gzip.open(f'{D}/{file}', 'rt', encoding='utf-8', newline='') as f:
        lines = f.read().splitlines()
    header = next(csv.reader([lines[0]]))
    for line in lines[1:]:
        yield dict(zip(header, next(csv.reader([line])))), line


rollcalls = {r['rcid']: r for r, _ in rows('un_roll_calls.csv.gz')}
hr = {r['rcid'] for r, _ in rows('un_roll_call_issues.csv.gz') if r['short_name'] == 'hr'}


def state_of(code, country, date):
    for rule in manifest['countryCodes']:
        who = rule['code'] == code if 'code' in rule else code is None and rule['name'] == country
        if who and ('before' not in rule or date < rule['before']):
            return rule['state']
    return by_alpha2[code]


ballots = defaultdict(dict)  # rcid -> state key -> option
for r, line in rows('un_votes.csv.gz'):
    code = None if line.split(',')[-2] == 'NA' else r['country_code']
    ballots[r['rcid']][state_of(code, r['country'], rollcalls[r['rcid']]['date'])] = r['vote']


def symbol(unres):
    if re.fullmatch(r'A/RES/(?:ES-[0-9]+|S-[0-9]+|[0-9]+)/[0-9]+[A-Z]{0,2}', unres):
        return unres
    m = re.fullmatch(r'R/([1-9][0-9]*)/([1-9][0-9]*[A-Z]{0,2}(?:/[A-Z]+)?)', unres)
    if not m:
        return ''
    session, number = int(m.group(1)), m.group(2)
    if session >= 31:
        return f'A/RES/{session}/{number}'
    roman = ['', 'X', 'XX', 'XXX'][session // 10] + ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][session % 10]
    return '' if '/' in number else f'A/RES/{number}({roman})'


def tally(rcid):
    t = defaultdict(int)
    for option in ballots[rcid].values():
        t[option] += 1
    return t['yes'], t['no'], t['abstain']


dprk_rcids = [str(i) for c in manifest['concerns'] if c['state'] == 'prk' for i in c['rcids']]
out = {}

out['dprk-ballots-on-dprk-resolutions'] = [['date', 'rcid', 'symbol', 'dprkBallot', 'yes', 'no', 'abstain']] + sorted(
    [rollcalls[r]['date'], r, symbol(rollcalls[r]['unres']), ballots[r].get('prk', 'no ballot'), *tally(r)] for r in dprk_rcids)

out['ballots-on-dprk-resolutions'] = [['date', 'symbol', 'state', 'name', 'ballot']] + sorted(
    ([rollcalls[r]['date'], symbol(rollcalls[r]['unres']), ID + 'state/' + s, name[s], o]
     for r in dprk_rcids for s, o in ballots[r].items()), key=lambda row: (row[0], row[3]))

session = [r for r in rollcalls.values() if r['session'] == '69' and r['rcid'] in hr]
out['human-rights-roll-calls-of-a-session'] = [['date', 'rcid', 'symbol', 'title', 'yes', 'no', 'abstain', 'important']] + sorted(
    ([r['date'], r['rcid'], symbol(r['unres']), r['short'] or r['descr'], *tally(r['rcid']),
      {'1': 'true', '0': 'false'}.get(r['importantvote'], '')] for r in session), key=lambda row: (row[0], int(row[1])))

agreement = []
for decade_rows in [defaultdict(lambda: [0, 0])]:
    for r in hr:
        mine = ballots[r].get('prk')
        if mine is None:
            continue
        decade = f"{int(rollcalls[r]['date'][:4]) // 10 * 10}s"
        for s, o in ballots[r].items():
            if s != 'prk':
                decade_rows[(decade, s)][0] += 1
                decade_rows[(decade, s)][1] += o == mine
    for (decade, s), (shared, same) in decade_rows.items():
        if shared >= 10:
            agreement.append([decade, ID + 'state/' + s, name[s], shared, same, math.floor(100 * same / shared + 0.5)])
out['human-rights-agreement-with-a-state-by-decade'] = [['decade', 'state', 'name', 'shared', 'same', 'agreementPercent']] + sorted(
    agreement, key=lambda row: (row[0], -row[5], row[2]))

pattern = re.compile(r'(situation of human rights|human rights situation|question of human rights) in ', re.I)
others = []
for r in rollcalls.values():
    text = f"{r['short']} {r['descr']}"
    if r['rcid'] in hr and r['rcid'] not in dprk_rcids and r['date'] >= '1991-09-17' and pattern.search(text):
        about = re.sub(r'^.*?(situation of human rights|human rights situation|question of human rights) in ([^:<."]*).*$', r'\2', text, flags=re.I)
        others.append([r['date'], r['rcid'], symbol(r['unres']), about, ballots[r['rcid']].get('prk', 'no ballot')])
out['dprk-ballots-on-other-country-resolutions'] = [['date', 'rcid', 'symbol', 'about', 'dprkBallot']] + sorted(
    others, key=lambda row: (row[0], int(row[1])))

articles = []
links = {str(l['rcid']): l['resolutions'] for l in manifest['links']}
for path in sorted(glob.glob('data/sources/*.yaml')):
    source = yaml.load(open(path), Loader=yaml.BaseLoader)
    for vote in source.get('votes', []):
        if 'yes' not in vote:
            continue
        for rcid, resolutions in links.items():
            if vote['resolution'] in resolutions:
                record = rollcalls[rcid]
                y, n, a = tally(rcid)
                articles.append([ID + 'resolution/' + vote['resolution'], ID + 'source/' + source['source']['key'], vote['locator'],
                                 bodies[vote['body']], vote['date'], vote['yes'], vote.get('no', ''), vote.get('abstain', ''),
                                 f'rcid {rcid}', bodies['un-general-assembly'], record['date'], y, n, a,
                                 str((vote['yes'], vote.get('no'), vote.get('abstain')) == (str(y), str(n), str(a))).lower()])
out['article-tallies-against-the-record'] = [['resolution', 'articleSource', 'articleLocator', 'articleBody', 'articleDate',
    'articleYes', 'articleNo', 'articleAbstain', 'recordLocator', 'recordBody', 'recordDate', 'recordYes', 'recordNo',
    'recordAbstain', 'countsAgree']] + sorted(articles)

os.makedirs(sys.argv[1], exist_ok=True)
for query, table in out.items():
    with open(os.path.join(sys.argv[1], query + '.expected.csv'), 'w', newline='') as f:
        csv.writer(f, lineterminator='\n').writerows(table)
print(f'{len(rollcalls)} roll calls, {sum(len(b) for b in ballots.values())} ballots; wrote {len(out)} files')
