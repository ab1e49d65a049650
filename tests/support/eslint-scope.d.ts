// eslint-scope ships no types; budgets.spec.ts uses this much of it (a variable's references, by scope).
declare module 'eslint-scope' {
  interface Reference {
    identifier: unknown;
  }
  interface Variable {
    references: Reference[];
  }
  interface Scope {
    set: Map<string, Variable>;
  }
  interface ScopeManager {
    acquire(node: unknown): Scope | null;
  }
  export function analyze(program: unknown, options?: { ecmaVersion?: number }): ScopeManager;
}
