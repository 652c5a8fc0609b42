// What esbuild, and tsup's CommonJS pass after it, write for a top-level class: `class Name`,
// `var Name = class`, or `var Name = (_class = class`.
const assignedClass = String.raw`(?:var|let|const)\s+(\w+)\s*=\s*(?:\(\s*_class\d*\s*=\s*)?class\b`;
const declaredClass = String.raw`class\s+(\w+)`;
const classDeclaration = new RegExp(
  String.raw`^(?:export\s+)?(?:${assignedClass}|${declaredClass})`,
  'gm',
);

const formats = [
  { name: 'ESM', extension: '.js' },
  { name: 'CommonJS', extension: '.cjs' },
] as const;

/**
 * Classes whose body appears in more than one file of the same format, given each built file's
 * path and text. Each copy of a class is a different constructor, so an error thrown by one entry
 * point fails `instanceof` against the class another entry point exports. Bundlers make such
 * copies when code splitting is off.
 */
export function classesDefinedTwice(files: ReadonlyMap<string, string>): string[] {
  const duplicates: string[] = [];

  for (const format of formats) {
    const definedIn = new Map<string, string[]>();
    for (const [path, text] of files) {
      if (!path.endsWith(format.extension)) continue;
      for (const match of text.matchAll(classDeclaration)) {
        const name = match[1] ?? match[2] ?? '';
        definedIn.set(name, [...(definedIn.get(name) ?? []), path]);
      }
    }
    for (const [name, paths] of definedIn) {
      if (paths.length > 1) duplicates.push(`${format.name} class ${name} in ${paths.join(', ')}`);
    }
  }
  return duplicates;
}
