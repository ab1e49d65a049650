/**
 * For the layer check only: Babel's TypeScript preset drops `import type`, which would hide a
 * component leaning on a feature's types. This turns each type-only import or re-export into a
 * bare `import 'x'`, so the dependency stays visible to dependency-cruiser.
 */
module.exports = function keepTypeImports({ types: t }) {
  const onlyTypes = (node, kind) =>
    node[kind] === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s[kind] === 'type'));
  const bareImport = (path) => path.replaceWith(t.importDeclaration([], t.stringLiteral(path.node.source.value)));
  return {
    visitor: {
      // On entering the program, before the TypeScript preset removes type imports on its own entry.
      Program(program) {
        program.traverse({
          ImportDeclaration(path) {
            if (onlyTypes(path.node, 'importKind')) bareImport(path);
          },
          ExportNamedDeclaration(path) {
            if (path.node.source && onlyTypes(path.node, 'exportKind')) bareImport(path);
          },
        });
      },
    },
  };
};
