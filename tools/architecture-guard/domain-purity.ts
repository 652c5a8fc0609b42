import ts from 'typescript';

// What a pure domain never touches: the clock, randomness, ids, crypto and the process. Time and
// ids come in through the ports.
const forbiddenInCode = [
  'Date.now',
  'new Date(',
  'Math.random',
  'randomUUID',
  'crypto',
  'process.',
];

/** Every module specifier `file` names: static, dynamic, type-only and `require`d. */
function moduleSpecifiers(file: ts.SourceFile): string[] {
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      specifiers.push(node.moduleReference.expression.text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      specifiers.push(node.argument.literal.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      const [argument] = node.arguments;
      // A computed specifier can't be checked, so it counts as a forbidden one.
      specifiers.push(argument && ts.isStringLiteral(argument) ? argument.text : '<computed>');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return specifiers;
}

/**
 * What makes a domain source file impure, or an empty list. Comments are dropped first (the
 * domain's docs may well say that it never calls `Date.now`); then the code may contain none of
 * the forbidden words, and may import only from its own folder (`./`).
 */
export function impuritiesIn(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const code = ts.createPrinter({ removeComments: true }).printFile(file);

  return [
    ...forbiddenInCode.filter((word) => code.includes(word)).map((word) => `uses ${word}`),
    ...moduleSpecifiers(file)
      .filter((specifier) => !specifier.startsWith('./'))
      .map((specifier) => `imports ${specifier}`),
  ];
}
