import type { Plugin } from 'vite';

/**
 * Takes zod's two uses of the Function constructor out of the bundles: the probe that asks whether
 * eval is allowed (`allowsEval`, flagged by `web-ext lint` as DANGEROUS_EVAL) and the JIT compiler
 * (`Doc.compile`). lib/zod-config.ts turns the JIT off at run time (`jitless`); this makes the code
 * itself absent, so reviewers and CSPs find no eval to ask about. A zod upgrade that moves either
 * piece fails the build here rather than shipping the probe again.
 */
const PATCHES: { file: RegExp; find: RegExp; replace: string }[] = [
  {
    file: /zod\/v4\/core\/util\.js$/,
    find: /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{[\s\S]*?\n\}\);/,
    replace: 'export const allowsEval = /* @__PURE__*/ cached(() => false);',
  },
  {
    file: /zod\/v4\/core\/doc\.js$/,
    find: /compile\(\) \{[\s\S]*?\n {4}\}/,
    replace:
      "compile() {\n        throw new Error('zod JIT is not in this build (build-plugins/zod-no-eval.ts)');\n    }",
  },
];

export function zodNoEval(): Plugin {
  return {
    name: 'zod-no-eval',
    enforce: 'pre',
    transform(code, id) {
      const patch = PATCHES.find((p) => p.file.test(id.split('?')[0]!.replace(/\\/g, '/')));
      if (!patch) return null;
      if (!patch.find.test(code)) throw new Error(`zod-no-eval: ${id} no longer has the code to remove`);
      return { code: code.replace(patch.find, patch.replace), map: null };
    },
  };
}
