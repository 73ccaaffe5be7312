// Keeps the saved FA-KES claim fixtures reproducible from the corpus.
// Regenerate with: UPDATE_FIXTURES=1 npx jest --config tests/jest.config.js tests/unit/disputes/fakes-fixtures
import fs from 'node:fs';
import { CORPUS_PATH, EVENTS, deriveFixture, fixturePath, loadFixture, serialiseFixture } from './support/fakes-events';

const corpus = fs.existsSync(CORPUS_PATH);

describe('FA-KES claim fixtures', () => {
  it.each(Object.keys(EVENTS))('has a saved fixture for %s', (name) => {
    if (process.env.UPDATE_FIXTURES && corpus) fs.writeFileSync(fixturePath(name), serialiseFixture(deriveFixture(name)));
    const f = loadFixture(name);
    expect(f.attribution).toMatch(/FA-KES.*CC BY 4\.0/);
    expect(f.claims.length).toBeGreaterThan(20);
  });

  (corpus ? it.each(Object.keys(EVENTS)) : it.skip.each(Object.keys(EVENTS)))('derives %s from the corpus exactly as saved', (name) => {
    expect(loadFixture(name).claims).toEqual(deriveFixture(name).claims);
  });
});
