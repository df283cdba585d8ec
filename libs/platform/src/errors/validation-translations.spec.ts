import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { constraintMessage, translatedConstraints } from './validation';

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

/** class-validator decorators that never produce a message of their own. */
const SILENT = new Set(['IsOptional', 'Allow', 'ValidateIf', 'Type']);

/** Decorator name → the constraint key class-validator reports. */
function constraintKey(decorator: string): string {
  if (decorator === 'ValidateNested') return 'nestedValidation';
  if (decorator === 'IsUUID') return 'isUuid';
  if (decorator === 'Length') return 'isLength';
  return decorator[0].toLowerCase() + decorator.slice(1);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.includes('.spec.') ? [path] : [];
  });
}

describe('validation messages in Vietnamese and English', () => {
  it('covers every class-validator decorator the contracts and services use', () => {
    const roots = [join(REPO_ROOT, 'libs', 'contracts', 'src'), join(REPO_ROOT, 'services')];
    const imported = new Set<string>();
    for (const file of roots.flatMap(sourceFiles)) {
      const text = readFileSync(file, 'utf8');
      const match = /import\s*\{([^}]*)\}\s*from\s*'class-validator'/.exec(text);
      for (const name of match?.[1].split(',').map((part) => part.trim().split(/\s+as\s+/)[0]) ?? []) {
        if (/^(Is|Array|Max|Min|Matches|Length|ValidateNested)/.test(name) && !name.startsWith('IsOptional')) imported.add(name);
      }
    }
    const missing = [...imported].filter((name) => !SILENT.has(name)).map(constraintKey).filter((key) => !translatedConstraints().includes(key));
    expect(missing).toEqual([]);
  });

  it('puts the limit into the sentence', () => {
    expect(constraintMessage('arrayMaxSize', 'vi', 'periods must contain no more than 10 elements')).toBe('có tối đa 10 phần tử');
    expect(constraintMessage('maxLength', 'en', 'name must be shorter than or equal to 200 characters')).toBe('is too long (at most 200 characters)');
    expect(constraintMessage('min', 'vi', 'limit must not be less than 1')).toBe('không được nhỏ hơn 1');
  });

  it('keeps class-validator’s own text for a constraint it does not know', () => {
    expect(constraintMessage('isFancy', 'vi', 'x must be fancy')).toBe('x must be fancy');
  });
});
