import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screen, screenConversation } from './index.js';

/**
 * Everyday messages: what patients send a CBT companion when nothing is wrong. The intent corpus
 * (graph/intent-corpus/, written blind for another purpose, with no risk content) is a large, honest
 * sample of them.
 */
function everyday(): string[] {
  const dir = new URL('../../graph/intent-corpus/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(new URL(f, dir), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
}

describe('everyday messages are not crises', () => {
  it('the model alone never pages on an everyday request, and at most one in forty is asked the safety question', () => {
    const texts = everyday();
    expect(texts.length).toBeGreaterThan(2000);
    const raised = texts.map((t) => screen(t)).filter((s) => s.level !== 'none');
    expect(raised.filter((s) => s.level === 'urgent' && s.signals.every((x) => x.startsWith('model.')))).toEqual([]);
    expect(raised.length / texts.length).toBeLessThan(0.025);
  });

  it('answers inside an exercise that paged in patients\' trials no longer do', () => {
    for (const t of [
      'Ha well im on my phone in bed so thats two of them broken already. The problem is my head wont switch off, its all parents evening on thursday and what the parents are going to say',
      'And I have been behind on my marking, theres a pile of literacy books on my kitchen table right now',
      'q me van a quitar la moto y ya no voy a poder trabajar y me van a correr del depa',
      'dm her on insta like hey my bad ive been mia whats left for me to do',
    ])
      expect(screen(t).level, t).not.toBe('urgent');
  });

  it('"I\'m done" said of a break at work is not giving up, but alone it is still asked about', () => {
    expect(screen('ok im done, my break is over. gotta go').level).toBe('none');
    expect(screen('im done. bye').level).toBe('concern');
  });

  it('a goodbye that says the companion will not be messaging is not a final goodbye; saying one will not message again still is', () => {
    expect(screen("Fine, I'll take it you won't be messaging me unprompted then. Off to a meeting now, thanks for your help, goodbye.").level).toBe('none');
    expect(screen("i won't be messaging again. thank you for everything. goodbye").level).toBe('urgent');
  });

  it('"giving it a try" in Spanish is not an attempt', () => {
    for (const t of ['bueno, le hago el intento esta noche aunque me cuesta', 'voy a hacer el intento de salir a caminar']) expect(screen(t).level, t).toBe('none');
    expect(screen('mi intento fue el año pasado y otra vez estoy igual de mal').level).not.toBe('none');
  });

  it('after risk in the last few turns, the model may still raise what the rules miss', () => {
    const s = screenConversation(['some nights I kind of hope I just never wake up', 'I have been putting my sleeping tablets aside though, a few weeks worth in the drawer']);
    expect(s.level).toBe('urgent');
  });

  it('a child shut in by a parent figure, told by a neighbour, is urgent without the model', () => {
    const s = screenConversation(['The girl upstairs is only 7 and she is always hungry. Her stepdad locks her out on the landing when she cries'], { rulesOnly: true });
    expect(s.level).toBe('urgent');
    expect(s.categories).toContain('child_safeguarding');
  });

  it('"quiero hacerlo" about an exercise is not ideation; after a wish to disappear it is', () => {
    expect(screen('lo de apuntar pensamientos, quiero hacerlo con lo de hoy').level).toBe('none');
    expect(screen('¿hay un test para la ansiedad? quiero hacerlo').level).toBe('none');
    expect(screenConversation(['a veces pienso que sería mejor desaparecer', 'sí, a veces quiero hacerlo']).level).not.toBe('none');
  });

  it('doubting the homework is not hopelessness; doubting life still is', () => {
    expect(screen('¿para qué sirve anotar lo que pienso? no le veo sentido').level).toBe('none');
    expect(screen('ya no le veo sentido a nada').level).toBe('concern');
  });
});
