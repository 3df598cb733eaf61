// The claim splitter on sentences written for this test (German and English): what it splits, what it
// keeps whole, and that every claim's span is its text in the sentence.
import { describe, expect, it } from 'vitest';
import { splitClaims, type Claim } from '../../src/engine/claims/split-claims';

const texts = (claims: Claim[]) => claims.map((c) => c.text);

function expectSpansHold(sentence: string, claims: Claim[]) {
  for (const c of claims) {
    expect(sentence.slice(c.start, c.end)).toBe(c.text);
    for (const p of c.parts) expect(p.start >= c.start && p.end <= c.end).toBe(true);
  }
}

describe('splitClaims, German', () => {
  it('splits coordinated main clauses whose second clause leaves out its subject', () => {
    const s = 'Die Bürgermeisterin besuchte am Montag die Baustelle und versprach den Anwohnern eine neue Brücke.';
    const claims = splitClaims(s, 'de');
    expect(texts(claims)).toEqual(['Die Bürgermeisterin besuchte am Montag die Baustelle', 'und versprach den Anwohnern eine neue Brücke']);
    expect(claims[1]).toMatchObject({ kind: 'coordinated', host: 0 });
    expectSpansHold(s, claims);
  });

  it('splits a participle after "und" that opens reported speech', () => {
    const s = 'Der Landrat hat mitgeteilt, er habe mit der Ministerin gesprochen und vereinbart, die Gutachter sollten sofort beginnen.';
    expect(texts(splitClaims(s, 'de'))).toEqual([
      'Der Landrat hat mitgeteilt, er habe mit der Ministerin gesprochen',
      'und vereinbart, die Gutachter sollten sofort beginnen',
    ]);
  });

  it('cuts a relative clause out of its host, and a second statement coordinated with it', () => {
    const s = 'Die Stadt hat einen Vertrag mit dem Verkehrsverbund geschlossen, der zehn Jahre gilt und vom Rat einstimmig gebilligt wurde.';
    const claims = splitClaims(s, 'de');
    expect(texts(claims)).toEqual([
      'Die Stadt hat einen Vertrag mit dem Verkehrsverbund geschlossen',
      'der zehn Jahre gilt',
      'und vom Rat einstimmig gebilligt wurde',
    ]);
    expect(claims.slice(1).map((c) => [c.kind, c.host])).toEqual([['relative', 0], ['relative', 0]]);
    expectSpansHold(s, claims);
  });

  it('keeps the host whole around a relative clause in its middle, its own words without the clause', () => {
    const s = 'Die Brücke, die im Jahr 1962 gebaut wurde, muss abgerissen werden.';
    const claims = splitClaims(s, 'de');
    expect(texts(claims)).toEqual([s.slice(0, -1), 'die im Jahr 1962 gebaut wurde']);
    expect(claims[0]!.parts.map((p) => s.slice(p.start, p.end))).toEqual(['Die Brücke', 'muss abgerissen werden']);
  });

  it('splits at "wobei" and at a preposition before a relative pronoun', () => {
    expect(texts(splitClaims('Geplant sind weitere Treffen der beiden Verbände, wobei der Vorsitzende bereits einen Termin nannte.', 'de')))
      .toEqual(['Geplant sind weitere Treffen der beiden Verbände', 'wobei der Vorsitzende bereits einen Termin nannte']);
    expect(texts(splitClaims('Die Ministerin stellte den Plan in Hannover vor, bei dem ursprünglich nur Zahlen erwartet worden waren.', 'de')))
      .toEqual(['Die Ministerin stellte den Plan in Hannover vor', 'bei dem ursprünglich nur Zahlen erwartet worden waren']);
  });

  it('splits the two clauses of a quote, and leaves the closing "so X" to all of them', () => {
    const s = '„Wir reden regelmäßig miteinander, und wir werden uns bald wieder treffen“, so die Ministerin.';
    const at = s.indexOf('so die Ministerin');
    const claims = splitClaims(s, 'de', { start: at, end: at + 'so die Ministerin'.length });
    expect(texts(claims)).toEqual(['„Wir reden regelmäßig miteinander', 'und wir werden uns bald wieder treffen“']);
  });

  it('keeps reported speech with "teilte X mit" or "sagte X" as one claim', () => {
    for (const s of [
      'Die Sitzung habe etwa zwei Stunden gedauert, teilte das Rathaus am Abend mit.',
      'Der Verband berichtet, die Preise seien im Mai gestiegen.',
      'Das Gespräch sei konstruktiv gewesen, sagte der Sprecher.',
    ]) expect(splitClaims(s, 'de')).toEqual([expect.objectContaining({ kind: 'whole', text: s })]);
  });

  it('keeps lists, infinitive clauses and "das" before a noun whole', () => {
    for (const s of [
      'Besprochen wurden viele Themen, darunter der Haushalt, die Schulen, der Nahverkehr und die Energie.',
      'Es sollten sofort Gespräche beginnen, um den Streit zu beenden.',
      'Der Minister kündigte an, den Bürgermeister umgehend über die Ergebnisse zu informieren.',
      'Die Sprecherin schrieb, das Treffen sei gut verlaufen.',
      'Die Gewerkschaft und der Arbeitgeberverband haben sich geeinigt.',
      'Es kamen konkrete Zusagen und konkrete Zahlen.',
    ]) expect(texts(splitClaims(s, 'de'))).toEqual([s]);
  });
});

describe('splitClaims, English', () => {
  it('splits coordinated clauses with a left-out subject and with a new pronoun subject', () => {
    expect(texts(splitClaims('The mayor visited the site on Monday and promised residents a new bridge.', 'en')))
      .toEqual(['The mayor visited the site on Monday', 'and promised residents a new bridge']);
    expect(texts(splitClaims('The talks lasted two hours, and they will meet again in May.', 'en')))
      .toEqual(['The talks lasted two hours', 'and they will meet again in May']);
  });

  it('splits at a comma and a conjunction followed by a new subject (a short noun phrase) and its verb', () => {
    expect(texts(splitClaims('The mayor opened the bridge on Monday, and the two councils agreed to share its costs.', 'en')))
      .toEqual(['The mayor opened the bridge on Monday', 'and the two councils agreed to share its costs']);
    expect(texts(splitClaims('Die Ministerin besuchte die Baustelle, und der Bürgermeister versprach eine neue Brücke.', 'de')))
      .toEqual(['Die Ministerin besuchte die Baustelle', 'und der Bürgermeister versprach eine neue Brücke']);
  });

  it('keeps "X and Y <verb>" and a list with a closing ", and" whole', () => {
    for (const s of [
      'The mayor and the council agreed to share the costs.',
      'They discussed trade, energy, and the budget for the coming year.',
    ]) expect(texts(splitClaims(s, 'en'))).toEqual([s]);
  });

  it('cuts out a non-restrictive relative clause', () => {
    expect(texts(splitClaims('The council approved the contract, which runs for ten years.', 'en')))
      .toEqual(['The council approved the contract', 'which runs for ten years']);
  });

  it('keeps reported speech, lists and short coordinations whole', () => {
    for (const s of [
      'The call lasted about ninety minutes, the spokesman said.',
      'They discussed trade, energy, schools and the budget.',
      'The union and the employers reached a deal.',
    ]) expect(texts(splitClaims(s, 'en'))).toEqual([s]);
  });
});

describe('splitClaims, where a statement was made (channel claims)', () => {
  const own = (s: string, c: Claim) => c.parts.map((p) => s.slice(p.start, p.end));

  it('makes the medium a claim of its own when the clause also says what was said (a quote)', () => {
    const s = 'Die Ministerin nannte das Treffen auf ihrer Plattform Mastodon „offen und konstruktiv“.';
    const claims = splitClaims(s, 'de');
    expect(texts(claims)).toEqual([s, 'Die Ministerin nannte das Treffen auf ihrer Plattform Mastodon']);
    expect(claims[1]).toMatchObject({ kind: 'channel', host: 0 });
    // The verdict is compared without the medium, the medium with who spoke.
    expect(own(s, claims[0]!)).toEqual(['Die Ministerin nannte das Treffen', '„offen und konstruktiv“.']);
    expectSpansHold(s, claims);
  });

  it('makes a medium next to a closing source ("…, schrieb X in seinem Blog") a claim with that source', () => {
    const s = 'Man werde die Brücke noch in diesem Jahr sanieren, schrieb der Bürgermeister in seinem Blog.';
    const at = s.indexOf('schrieb der Bürgermeister');
    const claims = splitClaims(s, 'de', { start: at, end: at + 'schrieb der Bürgermeister'.length });
    expect(claims.map((c) => [c.text, c.kind])).toEqual([
      [s, 'whole'],
      ['schrieb der Bürgermeister in seinem Blog', 'channel'],
    ]);
    expect(own(s, claims[0]!).join(' ')).not.toContain('Blog');
    expectSpansHold(s, claims);
  });

  it('finds a medium by its name, and English media before or after their noun', () => {
    const s = 'The mayor said on his Telegram channel that the bridge would reopen in May.';
    const claims = splitClaims(s, 'en', { start: 0, end: 'The mayor said'.length });
    expect(texts(claims)).toEqual([s, 'The mayor said on his Telegram channel']);
    const t = 'Der Landrat schrieb auf Bluesky, die Straße bleibe bis Juni gesperrt.';
    expect(texts(splitClaims(t, 'de', { start: 0, end: 'Der Landrat schrieb'.length }))).toEqual([t, 'Der Landrat schrieb auf Bluesky']);
  });

  it('leaves a sentence whole when the medium is all it adds, or no medium is named', () => {
    for (const [s, language] of [
      ['Der Bürgermeister berichtete auf seiner Plattform über die Sitzung des Rates.', 'de'],
      ['Die Ministerin sprach in Hannover über den Haushalt und die Schulen.', 'de'],
      ['Das Geld ging auf ihr Konto, „sofort und ohne Abzug“.', 'de'],
      ['The minister posted a photo of the new bridge on Instagram.', 'en'],
      // Quote marks of markup a text carries are no quotation.
      ['Ein Sprecher schrieb <img src=x onerror="alert(1)"> in einer Mitteilung.', 'de'],
    ] as const) expect(texts(splitClaims(s, language))).toEqual([s]);
    // A source that opens the sentence and reports no statement of its own: where it reported is all it says.
    const reported = 'Der Bürgermeister berichtete auf seiner Plattform über die Sitzung des Rates.';
    expect(texts(splitClaims(reported, 'de', { start: 0, end: 'Der Bürgermeister berichtete'.length }))).toEqual([reported]);
  });
});

describe('splitClaims, other languages', () => {
  it('never splits a language it has no cues for', () => {
    const s = 'Le maire a visité le chantier et a promis un nouveau pont, qui sera construit en 2027.';
    expect(splitClaims(s, 'fr')).toEqual([expect.objectContaining({ kind: 'whole', start: 0, end: s.length })]);
  });
});
