import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropContext, dropCorrected } from '../../src/understanding/drop-context.js';

describe('dropContext', () => {
  it('blanks what people say about themselves when another sentence asks', () => {
    expect(dropContext('hi, I work at a ministry of finance. any cases on tax?').trim()).toBe(
      'any cases on tax?',
    );
    expect(dropContext("We're a small city in Spain. Looking for waste management ideas.").trim()).toBe(
      'Looking for waste management ideas.',
    );
  });

  it('keeps a sentence about what the person is working on: it is what they ask about', () => {
    expect(
      dropContext("I lead a team in Italy. We're exploring how to use AI in permits. Any examples?").trim(),
    ).toBe("We're exploring how to use AI in permits. Any examples?");
  });

  it('blanks a clause that says who asks, ahead of the question with only a comma between', () => {
    const kept = (text: string) => dropContext(text).trim();
    expect(kept('I work at a ministry of finance, any cases on tax?')).toBe('any cases on tax?');
    expect(
      kept('im from ministry of health in vietnam, we want learn how others do vaccination reminders'),
    ).toBe('we want learn how others do vaccination reminders');
    // A clause with the subject in it is no context: "writing a report on AI ethics".
    expect(kept("I'm writing a report on AI ethics in govt, got anything?")).toBe(
      'AI ethics in govt, got anything?',
    );
    expect(kept('I work in Korea, Japan and China')).toBe('I work in Korea, Japan and China');
  });

  it('blanks what a message takes back before "I meant"', () => {
    expect(dropCorrected('oops i meant before 2020').trim()).toBe('before 2020');
    expect(dropCorrected('nah not AI, I meant blockchain').trim()).toBe('blockchain');
    expect(dropCorrected("that's not what I meant")).toBe("that's not what I meant");
  });

  it('blanks "for my …" and "for our …" to the end of the clause', () => {
    expect(dropContext('citizen engagement for my presentation tomorrow').trim()).toBe('citizen engagement');
    expect(dropContext('health for our council, in Korea')).toBe(`health ${' '.repeat(15)}, in Korea`);
  });

  it('blanks the piece of work it is for, keeping a subject said in it', () => {
    expect(dropContext('AI for a briefing tomorrow').trimEnd()).toBe('AI');
    expect(dropContext('open data for the board meeting on monday').trimEnd()).toBe('open data');
    expect(dropContext('funding for the climate report')).toBe('funding for the climate report');
    expect(dropContext("examples for the DG's speech on trust").replace(/\s+/gu, ' ')).toBe(
      'examples on trust',
    );
  });

  it('blanks who will use the cases and how, after the question', () => {
    expect(dropContext('cases on digital identity the DG can cite').trimEnd()).toBe(
      'cases on digital identity',
    );
    expect(dropContext("what's the best case on participatory budgeting to cite").trimEnd()).toBe(
      "what's the best case on participatory budgeting",
    );
    expect(dropContext('mental health cases that I could mention in a keynote').trimEnd()).toBe(
      'mental health cases',
    );
    expect(dropContext('open government I can drop into talking points').trimEnd()).toBe('open government');
    expect(dropContext('which case on citizen assemblies should the minister quote').trimEnd()).toBe(
      'which case on citizen assemblies',
    );
  });

  it('blanks how a sentence says who asks before what they ask', () => {
    const kept = (text: string) => dropContext(text).trim();
    expect(kept("I'm writing a policy brief about digital inclusion")).toBe('digital inclusion');
    expect(kept('we are a small municipality in Spain looking for ideas on engaging young people')).toBe(
      'looking for ideas on engaging young people',
    );
    expect(kept('As a small city in Chile, we want ideas on waste')).toBe('we want ideas on waste');
    expect(kept('our mayor asked me for examples of participatory budgeting')).toBe(
      'examples of participatory budgeting',
    );
    expect(kept('hi, my boss needs cases on tax')).toBe(`hi,${' '.repeat(15)}cases on tax`);
  });

  it('blanks who asks up to what they work on, keeping that as the subject', () => {
    const kept = (text: string) => dropContext(text).trim();
    expect(kept('We are a regional government in Italy working on digital identity. Any examples?')).toBe(
      'digital identity. Any examples?',
    );
    expect(kept("I'm with the tax agency of Chile focusing on e-invoicing, anything?")).toBe(
      'e-invoicing, anything?',
    );
  });

  it('blanks how chat introduces the asker, and what they build before a question about something', () => {
    const kept = (text: string) => dropContext(text).trim();
    expect(kept('phd student here, anything on open data?')).toBe(', anything on open data?');
    expect(
      kept(
        "civic tech volunteer here 🙋 we're building a tool for city councils, any examples of e-petitions?",
      ),
    ).toBe('any examples of e-petitions?');
    // Nothing else says what about: what they build is the subject.
    expect(kept("we're building a chatbot for taxes, any examples?")).toBe(
      "we're building a chatbot for taxes, any examples?",
    );
    expect(kept('first year masters student here 👋 smth on digital id?')).toBe('smth on digital id?');
    expect(kept('long time lurker here need cases on housing')).toBe('need cases on housing');
    expect(kept('anything new here?')).toBe('anything new here?');
    expect(kept('what do you have here?')).toBe('what do you have here?');
  });

  it('blanks the coursework it is for and when it is due', () => {
    expect(dropContext('cases on open data for a uni assignment due tmrw').trimEnd()).toBe(
      'cases on open data',
    );
    expect(dropContext('smart cities for my essay due friday').trimEnd()).toBe('smart cities');
  });

  it('keeps a sentence about the person that asks for something, and a message of one sentence', () => {
    for (const text of [
      "I'm interested in open data. Anything from Chile?",
      'I need cases on health. From Chile please.',
      'I work in Korea.',
      'Digital government in France. Since 2020.',
      'im looking for health cases',
      'we are interested in Korea',
      'my city in Spain',
    ])
      expect(dropContext(text)).toBe(text);
  });

  it('only ever turns characters into spaces, keeping every position', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const out = dropContext(text);
        expect(out.length).toBe(text.length);
        for (let i = 0; i < out.length; i++) if (out[i] !== text[i]) expect(out[i]).toBe(' ');
      }),
      { numRuns: 500 },
    );
  });
});
